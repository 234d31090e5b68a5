//! Operators' notifications: in the workspace (`/app/notifications`, with
//! the unread count in the header) and by email. A notification names what
//! happened and links to it, never the person it is about: mail leaves the
//! system, and the link opens only for those allowed.

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use uuid::Uuid;

use crate::AppState;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang};
use crate::security::CsrfToken;

/// Where a notification's object is seen.
fn link(object_type: &str, id: Uuid) -> String {
    match object_type {
        "referral" => format!("/app/desk/referrals/{id}"),
        "person" => format!("/app/desk/people/{id}"),
        "break-glass" => format!("/app/desk/break-glass/{id}"),
        _ => "/app/".to_owned(),
    }
}

/// Tells `users` that `kind` happened to an object: in the workspace, and by
/// mail in each one's language. A mail that cannot leave is logged (without
/// the address) and does not undo what happened.
pub(crate) async fn tell(
    state: &AppState,
    users: &[Uuid],
    kind: &str,
    (object_type, id): (&str, Uuid),
) -> WebResult<()> {
    let users: Vec<Uuid> = users
        .iter()
        .copied()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    state
        .store()
        .notify(&users, kind, (object_type, id))
        .await?;
    let settings = state.settings();
    let url = format!("{}{}", settings.link_base, link(object_type, id));
    let key = kind.replace('.', "-");
    for user in users {
        let Some(user) = state.store().user(user).await? else {
            continue;
        };
        let tr = Tr(user.ui_lang);
        let subject = tr.t(&format!("notify-{key}"));
        let body = tr
            .t1("notify-mail-body", "link", &url)
            .replace(['\u{2068}', '\u{2069}'], "");
        let body = format!("{subject}\n\n{body}");
        if let Err(e) = settings
            .mailer
            .send(&settings.mail_from, user.email.as_str(), &subject, body)
            .await
        {
            // A mail error carries only its kind, never the address.
            tracing::warn!(user = %user.id, kind, why = %e, "notification mail not sent");
        }
    }
    Ok(())
}

struct Row {
    text: String,
    at: String,
    href: String,
    unread: bool,
}

#[derive(Template)]
#[template(path = "app_notifications.html")]
struct NotificationsPage {
    app: AppChrome,
    rows: Vec<Row>,
}

/// The operator's latest notifications; opening the page reads them.
pub(crate) async fn page(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let rows = state
        .store()
        .notifications(operator.user.id, 100)
        .await?
        .into_iter()
        .map(|n| Row {
            text: tr.t(&format!("notify-{}", n.kind.replace('.', "-"))),
            at: crate::desk::local_time(n.created_at),
            href: link(&n.object_type, n.object_id),
            unread: n.read_at.is_none(),
        })
        .collect();
    state
        .store()
        .mark_notifications_read(operator.user.id)
        .await?;
    let app = app_chrome(
        &state,
        lang,
        "notifications-title",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    Ok(render_html(&NotificationsPage { app, rows }))
}
