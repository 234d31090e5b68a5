//! The administrator's view of the mail outbox (`/app/admin/mail`): how
//! many mails wait, failed or left today, and each undelivered one with its
//! recipient, what it is about, its attempts and why the last failed, never
//! its text. A failed mail can be sent again (audited).

use askama::Template;
use axum::Router;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use crocevia_domain::identity::{Target, perm};
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::mail::{Content, MailCounts, MailStatus};
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::identity::{AppChrome, Operator, authorize};

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/app/admin/mail", get(page))
        .route("/app/admin/mail/{id}/retry", post(retry))
}

/// One undelivered mail as listed.
struct Row {
    /// Where "send again" posts.
    retry: String,
    queued: String,
    about: String,
    recipient: String,
    attempts: i32,
    failed: bool,
    next: String,
    why: Option<String>,
}

#[derive(Template)]
#[template(path = "admin_mail.html")]
struct QueuePage {
    app: AppChrome,
    counts: MailCounts,
    rows: Vec<Row>,
}

/// The message key of a failure's kind (the stored reason is one of the
/// transport's words, [`super::MailError`] or the worker's).
fn why_key(why: &str) -> String {
    let slug: String = why
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("mail-why-{slug}")
}

/// Mail is the network's: a network-wide user administrator sees it.
async fn guard(state: &AppState, operator: &Operator) -> WebResult<()> {
    authorize(state, operator, perm::ADMIN_USERS, &Target::Network).await
}

async fn page(ctx: Ctx) -> WebResult<Response> {
    guard(&ctx.state, &ctx.operator).await?;
    let tr = ctx.tr;
    let store = ctx.state.store();
    let mut rows = Vec::new();
    for m in store.undelivered_mail(200).await? {
        let recipient = store
            .user(m.user)
            .await?
            .map_or_else(|| tr.t("mail-queue-no-recipient"), |u| u.email.to_string());
        let about = match &m.content {
            Content::Notice { kind, .. } => tr.t(&format!("notify-{}", kind.replace('.', "-"))),
            Content::Link { topic, .. } if topic == "invite" => tr.t("mail-invite-subject"),
            Content::Link { .. } => tr.t("mail-reset-subject"),
        };
        let failed = m.status == MailStatus::Failed;
        rows.push(Row {
            retry: format!("/app/admin/mail/{}/retry", m.id),
            queued: crate::desk::local_time(m.created_at),
            about,
            recipient,
            attempts: m.attempts,
            failed,
            next: crate::desk::local_time(m.next_at),
            why: m.last_error.as_deref().map(|w| tr.t(&why_key(w))),
        });
    }
    let counts = store.mail_counts().await?;
    let app = ctx.chrome("mail-queue-title").await?;
    Ok(render_html(&QueuePage { app, counts, rows }))
}

/// Sends a failed mail again.
async fn retry(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    guard(&ctx.state, &ctx.operator).await?;
    let done = ctx.trail(AuditEvent::new("mail.retry", "mail", Some(id.to_string())));
    if !ctx.state.store().retry_mail(id, &done).await? {
        return Err(WebError::NotFound);
    }
    ctx.state.mail_queued();
    Ok(Redirect::to("/app/admin/mail").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    #[test]
    fn every_failure_kind_reads_in_both_workspace_languages() {
        let kinds = [
            "rejected permanently",
            "rejected for now",
            "timed out",
            "TLS failed",
            "connection failed",
            "invalid SMTP URL",
            "mail directory not writable",
            "mail file not written",
            "invalid address",
            "no active recipient",
            "sealed link unreadable",
        ];
        for lang in crate::identity::APP_LANGS {
            for kind in kinds {
                let key = why_key(kind);
                assert_ne!(Tr(lang).t(&key), key, "{key} in {lang:?}");
            }
        }
    }
}
