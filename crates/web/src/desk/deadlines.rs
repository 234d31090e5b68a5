//! Deadlines of the desk: permits expiring soon (the renewal can be sent
//! from [`PERMIT_RENEWAL_DAYS`] days before expiry) and those expired
//! recently, and the actions and tasks of the desk's cases due within two
//! weeks or overdue, for every record the operator may read.

use std::collections::HashMap;

use askama::Template;
use axum::response::Response;
use chrono::NaiveDate;
use crocevia_domain::desk::PERMIT_RENEWAL_DAYS;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::identity::perm;
use uuid::Uuid;

use super::{cipher, full_name, listing_page, names_of, readable_agencies};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::AppChrome;

/// Expired permits stay on the list this many days.
const EXPIRED_SHOWN_DAYS: i64 = 30;
/// Actions and tasks due within this many days are listed.
pub(super) const DUE_SHOWN_DAYS: i64 = 14;

pub(super) struct DeadlineRow {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) permit_type: String,
    pub(super) expiry: String,
    /// "expires in N days" or "expired".
    pub(super) when: String,
    pub(super) expired: bool,
}

/// An action or task due, with its case and person.
pub(super) struct DueRow {
    pub(super) case_id: Uuid,
    pub(super) person: String,
    pub(super) title: String,
    pub(super) due: String,
    pub(super) overdue: bool,
}

#[derive(Template)]
#[template(path = "app_desk_deadlines.html")]
struct DeadlinesPage {
    app: AppChrome,
    rows: Vec<DeadlineRow>,
    due: Vec<DueRow>,
}

/// Permits of `agencies` expiring between `from` and `until`, soonest first.
pub(super) async fn permit_rows(
    state: &AppState,
    tr: Tr,
    agencies: &[Uuid],
    (from, until): (NaiveDate, NaiveDate),
    limit: u64,
) -> WebResult<Vec<DeadlineRow>> {
    let today = rome_today();
    let people = state
        .store()
        .permits_expiring(agencies, (from, until), limit, &cipher(state))
        .await?;
    Ok(people
        .into_iter()
        .filter_map(|p| {
            let expiry = p.input.permit_expiry?;
            let days = (expiry - today).num_days();
            Some(DeadlineRow {
                id: p.id,
                name: full_name(&p),
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
        .collect())
}

/// Actions and tasks due (of `operator`, or of every case of `agencies`),
/// with the person each case is about.
pub(super) async fn due_rows(
    state: &AppState,
    operator: Option<Uuid>,
    (agencies, readable): (&[Uuid], &[Uuid]),
    limit: u64,
) -> WebResult<Vec<DueRow>> {
    let today = rome_today();
    let tasks = state
        .store()
        .tasks_due(
            operator,
            agencies,
            today,
            today + chrono::Duration::days(DUE_SHOWN_DAYS),
            limit,
            &cipher(state),
        )
        .await?;
    let case_ids: Vec<Uuid> = tasks.iter().map(|t| t.case_id).collect();
    let cases = state.store().cases(&case_ids, &cipher(state)).await?;
    let person_ids: Vec<Uuid> = cases.iter().map(|c| c.person_id).collect();
    let names = names_of(state, &person_ids, readable).await?;
    let people: HashMap<Uuid, String> = cases
        .iter()
        .map(|c| (c.id, names.get(&c.person_id).cloned().unwrap_or_default()))
        .collect();
    let mut rows = Vec::with_capacity(tasks.len());
    for t in tasks {
        rows.push(DueRow {
            case_id: t.case_id,
            person: people.get(&t.case_id).cloned().unwrap_or_default(),
            due: t.input.due.map(|d| d.to_string()).unwrap_or_default(),
            overdue: t.input.due.is_some_and(|d| d < today),
            title: t.input.title,
        });
    }
    Ok(rows)
}

/// The desk's deadlines: permits to renew and actions due, soonest first.
pub(super) async fn list(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let (tr, app, agencies) =
        listing_page(&state, &operator, (&headers, &csrf), "desk-deadlines-title").await?;
    let today = rome_today();
    let rows = permit_rows(
        &state,
        tr,
        &agencies,
        (
            today - chrono::Days::new(EXPIRED_SHOWN_DAYS.unsigned_abs()),
            today + chrono::Days::new(PERMIT_RENEWAL_DAYS.unsigned_abs()),
        ),
        500,
    )
    .await?;
    let case_agencies = readable_agencies(&state, &operator, perm::DESK_CASE_READ).await?;
    let due = due_rows(&state, None, (&case_agencies, &agencies), 500).await?;
    Ok(render_html(&DeadlinesPage { app, rows, due }))
}
