//! The desk's home (`/app/desk`): the person search box and its results
//! (by POST: the words searched never reach a URL), or the operator's
//! dashboard when nothing was searched.

use askama::Template;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::Response;
use crocevia_domain::desk::{Channel, Likeness};
use crocevia_domain::identity::{Target, holds, perm};
use serde::Deserialize;
use uuid::Uuid;

use super::labels::channel_label;
use super::people::{PersonRow, find, parse_query, row};
use super::{audit_search, cipher, names_of, readable_agencies};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, subject};
use crate::security::CsrfToken;

#[derive(Template)]
#[template(path = "app_desk.html")]
struct DeskPage {
    app: AppChrome,
    q: String,
    searched: bool,
    results: Vec<PersonRow>,
    can_register: bool,
    can_break_glass: bool,
    notice: Option<String>,
    /// The operator's day, when nothing was searched.
    dashboard: Option<Dashboard>,
}

/// The operator's dashboard: today's appointments, their open cases, the
/// actions due, the permits to renew and the desk's latest visits.
/// One of the desk's latest visits: who, when and how.
struct VisitLine {
    person: Uuid,
    name: String,
    at: String,
    channel: String,
}

struct Dashboard {
    today: String,
    appointments: Vec<super::calendar::AppointmentRow>,
    /// Each case by its person's name, with its status.
    cases: Vec<super::RecordLine>,
    due: Vec<super::deadlines::DueRow>,
    permits: Vec<super::deadlines::DeadlineRow>,
    visits: Vec<VisitLine>,
}

/// How many lines each part of the dashboard shows.
const DASHBOARD_ROWS: u64 = 10;

async fn dashboard(state: &AppState, tr: Tr, operator: &Operator) -> WebResult<Dashboard> {
    let today = crocevia_domain::desk::calendar::rome_today();
    let me = operator.user.id;
    let appointments = state
        .store()
        .appointments(
            crocevia_store::desk::Calendar::Operator(me),
            today,
            today,
            50,
            &cipher(state),
        )
        .await?;
    let readable = readable_agencies(state, operator, perm::DESK_PERSON_READ).await?;
    let case_agencies = readable_agencies(state, operator, perm::DESK_CASE_READ).await?;
    let cases = state
        .store()
        .open_cases_of(me, &case_agencies, DASHBOARD_ROWS, &cipher(state))
        .await?;
    let visits = state
        .store()
        .recent_visits(&readable, DASHBOARD_ROWS)
        .await?;
    let mut ids: Vec<Uuid> = cases.iter().map(|c| c.person_id).collect();
    ids.extend(visits.iter().map(|v| v.0));
    let names = names_of(state, &ids, &readable).await?;
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    Ok(Dashboard {
        today: today.to_string(),
        appointments: super::calendar::appointment_rows(state, tr, &appointments, &readable)
            .await?,
        cases: cases
            .iter()
            .map(|c| super::RecordLine {
                id: c.id,
                name: name(&c.person_id),
                detail: tr.t(&format!("desk-status-{}", c.status.as_str())),
            })
            .collect(),
        due: super::deadlines::due_rows(
            state,
            Some(me),
            (&case_agencies, &readable),
            DASHBOARD_ROWS,
        )
        .await?,
        permits: super::deadlines::permit_rows(
            state,
            tr,
            &readable,
            (
                today,
                today + chrono::Duration::days(crocevia_domain::desk::PERMIT_RENEWAL_DAYS),
            ),
            DASHBOARD_ROWS,
        )
        .await?,
        visits: visits
            .iter()
            .map(|(p, at, channel)| {
                let channel = Channel::parse(channel)
                    .map(|c| channel_label(tr, c))
                    .unwrap_or_default();
                VisitLine {
                    person: *p,
                    name: name(p),
                    at: super::local_time(*at),
                    channel,
                }
            })
            .collect(),
    })
}

/// What the desk's home may say in its address. The words searched are not
/// here: names and tax codes sent in a URL end up in browser history,
/// proxies' and servers' logs and `Referer` headers, so the search goes by
/// POST ([`search`]) and an old bookmark's `?q=` is ignored.
#[derive(Debug, Default, Deserialize)]
pub(super) struct HomeQuery {
    /// After a transfer or an erasure, the desk's home says it was done.
    transferred: Option<String>,
    erased: Option<String>,
}

/// The search form's body.
#[derive(Debug, Default, Deserialize)]
pub(super) struct SearchForm {
    #[serde(default)]
    q: String,
}

/// The desk's start: one box to find a person by name (any spelling or
/// script), tax code, STP/ENI code, permit number or date of birth, and the
/// operator's dashboard.
pub(super) async fn home(ctx: Ctx, Query(query): Query<HomeQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let notice = if query.transferred.is_some() {
        Some("desk-transferred")
    } else if query.erased.is_some() {
        Some("desk-erased")
    } else {
        None
    };
    render_home(&state, &operator, (&headers, &csrf), "", notice).await
}

/// `POST /app/desk/search`: the search's results, on the desk's home with
/// the words typed kept in the box (no redirect: they never reach a URL).
pub(super) async fn search(
    ctx: Ctx,
    axum::Form(form): axum::Form<SearchForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_home(&state, &operator, (&headers, &csrf), &form.q, None).await
}

/// The desk's home: the results of `q` when given, else the dashboard.
async fn render_home(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    q: &str,
    notice: Option<&str>,
) -> WebResult<Response> {
    crate::identity::authorize(state, operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(state, lang, "desk-title", Some(&operator.user), csrf).await?;
    let q: String = q.trim().chars().take(200).collect();
    let mut results = Vec::new();
    if !q.is_empty() {
        let parsed = parse_query(&q);
        let agencies = readable_agencies(state, operator, perm::DESK_PERSON_READ).await?;
        let likeness = Likeness {
            given: &parsed.names,
            birth: parsed.birth,
            identifiers: &parsed.identifiers,
            ..Likeness::default()
        };
        for (p, score, reasons) in find(state, &agencies, &likeness, 20).await? {
            results.push(row(tr, &p, &reasons, score));
        }
        audit_search(state, operator, headers, results.len()).await?;
    }
    let subject = subject(state, operator).await?;
    let dashboard = if q.is_empty() {
        Some(dashboard(state, tr, operator).await?)
    } else {
        None
    };
    Ok(render_html(&DeskPage {
        app,
        dashboard,
        searched: !q.is_empty(),
        q,
        results,
        can_register: holds(subject, perm::DESK_PERSON_WRITE),
        can_break_glass: holds(subject, perm::DESK_BREAK_GLASS),
        notice: notice.map(|key| tr.t(key)),
    }))
}
