//! Deadlines of the desk: permits expiring soon (the renewal can be sent
//! from [`PERMIT_RENEWAL_DAYS`] days before expiry) and those expired
//! recently, for every person the operator may read.

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use crocevia_domain::desk::PERMIT_RENEWAL_DAYS;
use crocevia_domain::identity::{Target, perm};
use uuid::Uuid;

use super::readable_agencies;
use crate::AppState;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;

/// Expired permits stay on the list this many days.
const EXPIRED_SHOWN_DAYS: i64 = 30;

struct DeadlineRow {
    id: Uuid,
    name: String,
    permit_type: String,
    expiry: String,
    /// "expires in N days" or "expired".
    when: String,
    expired: bool,
}

#[derive(Template)]
#[template(path = "app_desk_deadlines.html")]
struct DeadlinesPage {
    app: AppChrome,
    rows: Vec<DeadlineRow>,
}

/// The permits to renew, soonest first.
pub(super) async fn list(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(
        &state,
        lang,
        "desk-deadlines-title",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    let agencies = readable_agencies(&state, &operator, perm::DESK_PERSON_READ).await?;
    let today = chrono::Utc::now().date_naive();
    let people = state
        .store()
        .permits_expiring(
            &agencies,
            today - chrono::Days::new(EXPIRED_SHOWN_DAYS.unsigned_abs()),
            today + chrono::Days::new(PERMIT_RENEWAL_DAYS.unsigned_abs()),
            500,
        )
        .await?;
    let rows = people
        .into_iter()
        .filter_map(|p| {
            let expiry = p.input.permit_expiry?;
            let days = (expiry - today).num_days();
            Some(DeadlineRow {
                id: p.id,
                name: format!("{} {}", p.input.given_name, p.input.family_name),
                permit_type: p
                    .input
                    .permit_type
                    .as_deref()
                    .map(|t| tr.t(&format!("desk-permit-{t}")))
                    .unwrap_or_default(),
                expiry: expiry.to_string(),
                when: if days < 0 {
                    tr.t("desk-permit-expired")
                } else {
                    tr.t1("desk-permit-expires-in", "days", &days.to_string())
                },
                expired: days < 0,
            })
        })
        .collect();
    Ok(render_html(&DeadlinesPage { app, rows }))
}
