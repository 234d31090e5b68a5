//! The audit log's search page for those who audit: filters kept on screen, entries in words.

use super::operator::request_id;
use super::{AppChrome, app_chrome};
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::guard::authorize;
use crate::i18n::Tr;
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use crocevia_domain::identity::{Target, perm};
use crocevia_store::identity::audit::{AuditEvent, AuditQuery};
use serde::Deserialize;

/// Filters of the audit search as typed (kept on screen).
#[derive(Debug, Default, Deserialize)]
pub(super) struct AuditFilters {
    #[serde(default)]
    pub(super) actor: String,
    #[serde(default)]
    pub(super) object_type: String,
    #[serde(default)]
    pub(super) object_id: String,
    #[serde(default)]
    pub(super) from: String,
    #[serde(default)]
    pub(super) until: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub(super) struct AuditPage {
    pub(super) app: AppChrome,
    pub(super) filters: AuditFilters,
    pub(super) from_error: Option<String>,
    pub(super) until_error: Option<String>,
    pub(super) entries: Vec<crocevia_store::identity::audit::Model>,
}

/// `YYYY-MM-DD` as the RFC 3339 start of that UTC day; `Err` when malformed.
pub(super) fn day_start(input: &str) -> Result<Option<String>, ()> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(input, "%Y-%m-%d")
        .map(|d| Some(format!("{}T00:00:00.000000Z", d.format("%Y-%m-%d"))))
        .map_err(|_| ())
}

pub(super) fn non_empty(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The data-protection officer's search of the audit log (itself audited).
pub(super) async fn audit_search(
    ctx: Ctx,
    Query(filters): Query<AuditFilters>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::AUDIT_READ, &Target::Network).await?;
    let tr = Tr(lang);
    let from = day_start(&filters.from);
    let until = day_start(&filters.until);
    let from_error = from.is_err().then(|| tr.t("audit-date-invalid"));
    let until_error = until.is_err().then(|| tr.t("audit-date-invalid"));
    let entries = match (from, until) {
        (Ok(from), Ok(until)) => {
            let query = AuditQuery {
                actor_user: non_empty(&filters.actor),
                object_type: non_empty(&filters.object_type),
                object_id: non_empty(&filters.object_id),
                from,
                until,
            };
            state.store().search_audit(&query, 200).await?
        }
        _ => Vec::new(),
    };
    state
        .store()
        .audit(
            &AuditEvent::new("identity.audit.read", "audit_log", None)
                .by(operator.user.id)
                .request(request_id(&headers)),
        )
        .await?;
    let app = app_chrome(&state, lang, "audit-title", Some(&operator.user), &csrf).await?;
    let invalid = from_error.is_some() || until_error.is_some();
    let response = render_form(
        &AuditPage {
            app,
            filters,
            from_error,
            until_error,
            entries,
        },
        invalid,
    );
    Ok(response)
}
