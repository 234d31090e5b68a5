//! Erasure that cascades to every table and file, leaving only anonymous
//! activity, and the retention dry run.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::identity::perm;
use uuid::Uuid;

use super::{RightsQuery, render_rights, subject_record};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::form::Posted;
use crate::i18n::Tr;
use crate::identity::{AppChrome, app_chrome, authorize};
use axum::body::Bytes;

/// Erases the person: every row about them and their files, leaving only
/// anonymous activity; the audit log keeps that it happened (ids only).
pub(crate) async fn erase(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    subject_record(&state, &operator, id).await?;
    let form = Posted::parse(&body);
    let request: String = form.get("request").chars().take(100).collect();
    if form.get("confirm") != "on" || request.is_empty() {
        let query = RightsQuery::default();
        return render_rights(
            (&state, &operator),
            (&headers, &csrf),
            id,
            &query,
            Some(form),
        )
        .await;
    }
    // The audit log is append-only and read by auditors: the request's
    // reference (free text, which may tell why the person asked) goes in as
    // a keyed fingerprint, which whoever holds the reference can match
    // (`request_fingerprint`) and nobody can read back.
    let fingerprint = request_fingerprint(&state, &request);
    let Some(erased) = state
        .store()
        .erase_person(id, |erased| {
            crate::desk::trail(
                &operator,
                &headers,
                "desk.rights.erase",
                ("person", id),
                Some(format!(
                    "request {fingerprint}: {} records, {} visits and {} cases kept as anonymous activity",
                    erased.people, erased.visits, erased.cases
                )),
            )
        })
        .await?
    else {
        return Err(WebError::NotFound);
    };
    tracing::info!(people = erased.people, "person erased");
    Ok(Redirect::to("/app/desk?erased=1").into_response())
}

#[derive(Template)]
#[template(path = "app_desk_retention.html")]
struct RetentionPage {
    app: AppChrome,
    /// (rule, what the next run erases).
    rows: Vec<(String, String)>,
}

/// `GET /app/desk/retention`: the retention rules and what the next daily
/// run would erase (dry run), for those who audit.
pub(crate) async fn retention(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(
        &state,
        &operator,
        perm::AUDIT_READ,
        &crocevia_domain::identity::Target::Listing,
    )
    .await?;
    let tr = Tr(lang);
    let app = app_chrome(&state, lang, "retention-title", Some(&operator.user), &csrf).await?;
    let rules = state.settings().retention;
    let report = state.store().retention_report(&rules, Utc::now()).await?;
    let n = |v: usize| v.to_string();
    let rows = vec![
        (
            tr.t1(
                "retention-people",
                "years",
                &rules.inactive_person_years.to_string(),
            ),
            n(report.people.len()),
        ),
        (
            tr.t1(
                "retention-cases",
                "years",
                &rules.closed_case_years.to_string(),
            ),
            n(report.cases.len()),
        ),
        (
            tr.t1(
                "retention-referrals",
                "years",
                &rules.closed_referral_years.to_string(),
            ),
            n(report.referrals.len()),
        ),
        (
            tr.t1(
                "retention-notifications",
                "days",
                &rules.notification_days.to_string(),
            ),
            report.notifications.to_string(),
        ),
    ];
    Ok(render_html(&RetentionPage { app, rows }))
}

/// The keyed fingerprint of an erasure request's reference written to the
/// audit log (`ref:` and 16 characters of an HMAC-SHA256 under the field
/// key, separated from its other uses by a label).
pub(crate) fn request_fingerprint(state: &AppState, reference: &str) -> String {
    let mac = crate::security::sign(
        state.settings().field_key.expose(),
        &format!("crocevia.erasure-request.v1:{}", reference.trim()),
    );
    format!("ref:{}", mac.chars().take(16).collect::<String>())
}
