//! Appointments and outreach desks: the week's calendar of an operator or
//! of their desks (appointments and outreach sessions), booking from the
//! calendar or a person's page, outreach desks as weekly sessions with place
//! and times; the private feed is in [`super::calendar_feed`].

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use crocevia_domain::desk::AppointmentStatus;
use crocevia_domain::desk::calendar::{WeeklySession, rome_today};
use crocevia_domain::identity::perm;
use crocevia_store::act::Trail;
use crocevia_store::desk::{Appointment, Calendar, Outreach, OutreachInput};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    acting_agency, choices, cipher, listing_page, lookup, names_of, outreach_choices,
    readable_agencies, trail,
};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Choice;
use crate::form::Posted;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator};
use crate::security::CsrfToken;
use axum::body::Bytes;

/// An appointment as a line of a calendar.
pub(super) struct AppointmentRow {
    pub(super) id: Uuid,
    pub(super) day: String,
    pub(super) time: String,
    pub(super) minutes: u16,
    pub(super) purpose: String,
    pub(super) person: Option<(Uuid, String)>,
    pub(super) operator: String,
    pub(super) place: String,
    pub(super) status: String,
    pub(super) status_code: &'static str,
}

/// Appointments as shown: names of people, operators and outreach desks
/// looked up once.
pub(super) async fn appointment_rows(
    state: &AppState,
    tr: Tr,
    appointments: &[Appointment],
    readable: &[Uuid],
) -> WebResult<Vec<AppointmentRow>> {
    let people: Vec<Uuid> = appointments
        .iter()
        .filter_map(|a| a.input.person_id)
        .collect();
    let names = names_of(state, &people, readable).await?;
    let operators = lookup(
        appointments.iter().filter_map(|a| a.input.operator_id),
        |o| async move {
            Ok(state
                .store()
                .user(o)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default())
        },
    )
    .await?;
    let places = lookup(
        appointments.iter().filter_map(|a| a.input.outreach_id),
        |o| async move {
            Ok(state
                .store()
                .outreach(o)
                .await?
                .map(|o| o.input.name)
                .unwrap_or_default())
        },
    )
    .await?;
    let mut rows = Vec::with_capacity(appointments.len());
    for a in appointments {
        let operator = a
            .input
            .operator_id
            .and_then(|o| operators.get(&o).cloned())
            .unwrap_or_default();
        let place = match a.input.outreach_id {
            Some(o) => places.get(&o).cloned().unwrap_or_default(),
            None => tr.t("desk-visit-at-desk"),
        };
        rows.push(AppointmentRow {
            id: a.id,
            day: a.input.starts.format("%Y-%m-%d").to_string(),
            time: a.input.starts.format("%H:%M").to_string(),
            minutes: a.input.minutes,
            purpose: a.input.purpose.clone(),
            person: a
                .input
                .person_id
                .and_then(|p| names.get(&p).map(|n| (p, n.clone()))),
            operator,
            place,
            status: tr.t(&format!("desk-appointment-{}", a.status.as_str())),
            status_code: a.status.as_str(),
        });
    }
    Ok(rows)
}

/// A day of the week's calendar.
struct DayColumn {
    label: String,
    date: String,
    today: bool,
    appointments: Vec<AppointmentRow>,
    /// Outreach sessions that day.
    sessions: Vec<SessionLine>,
}

/// An outreach desk in the list, with its weekly session in words.
struct OutreachRow {
    desk: Outreach,
    /// "Tuesdays 9:00–12:00".
    when: String,
}

/// An outreach desk's session on a day of the calendar.
struct SessionLine {
    name: String,
    place: String,
    /// From–to.
    hours: String,
}

#[derive(Template)]
#[template(path = "app_desk_calendar.html")]
struct CalendarPage {
    app: AppChrome,
    notice: Option<String>,
    error: Option<String>,
    mine: bool,
    week_label: String,
    prev: String,
    next: String,
    days: Vec<DayColumn>,
    form: BookingForm,
    /// Whether the operator's feed is on, and its address when just issued.
    feed_on: bool,
    feed_url: Option<String>,
    /// A refused booking as typed.
    kept: Posted,
}

/// What the booking form offers.
pub(super) struct BookingForm {
    pub(super) operators: Vec<Choice>,
    pub(super) outreach: Vec<Choice>,
    pub(super) me: Uuid,
    pub(super) day: String,
}

impl BookingForm {
    /// The form for an operator whose desks are `agencies` (those they may
    /// register visits for), offering `outreach`.
    pub(super) async fn new(
        state: &AppState,
        operator: &Operator,
        (agencies, outreach): (&[Uuid], Vec<Choice>),
        day: NaiveDate,
    ) -> WebResult<BookingForm> {
        let mut operators: Vec<Choice> = Vec::new();
        for a in agencies {
            for u in state.store().agency_users(*a).await? {
                if !operators.iter().any(|o| o.value == u.id.to_string()) {
                    operators.push(Choice::new(u.id.to_string(), u.display_name));
                }
            }
        }
        Ok(BookingForm {
            operators,
            outreach,
            me: operator.user.id,
            day: day.to_string(),
        })
    }
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CalendarQuery {
    /// Any day of the week shown (`YYYY-MM-DD`); this week by default.
    #[serde(default)]
    week: String,
    /// `desk` for the desks' calendar; the operator's own otherwise.
    #[serde(default)]
    who: String,
    saved: Option<String>,
    error: Option<String>,
}

impl CalendarQuery {
    /// The week of `day` again with a booking refused for `code` (`when`,
    /// `purpose`, `choice`).
    pub(super) fn refused(day: &str, code: &str) -> CalendarQuery {
        CalendarQuery {
            week: day.to_owned(),
            error: Some(code.to_owned()),
            ..CalendarQuery::default()
        }
    }
}

fn monday(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The week's calendar.
pub(super) async fn page(ctx: Ctx, Query(q): Query<CalendarQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_calendar(&state, &operator, (&headers, &csrf), &q, (None, None)).await
}

/// The week's calendar; with the feed's address when just issued, or a
/// refused booking as typed (422, the reason in `q.error`).
pub(super) async fn render_calendar(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    q: &CalendarQuery,
    (feed_url, kept): (Option<String>, Option<Posted>),
) -> WebResult<Response> {
    let (tr, app, agencies) =
        listing_page(state, operator, (headers, csrf), "desk-calendar-title").await?;
    let today = rome_today();
    let first = monday(NaiveDate::parse_from_str(&q.week, "%Y-%m-%d").unwrap_or(today));
    let last = first + Duration::days(6);
    let mine = q.who != "desk";
    let calendar = if mine {
        Calendar::Operator(operator.user.id)
    } else {
        Calendar::Desks(&agencies)
    };
    let appointments = state
        .store()
        .appointments(calendar, first, last, 500, &cipher(state))
        .await?;
    let mut by_day: BTreeMap<String, Vec<AppointmentRow>> = BTreeMap::new();
    for row in appointment_rows(state, tr, &appointments, &agencies).await? {
        by_day.entry(row.day.clone()).or_default().push(row);
    }
    let outreach = if mine {
        Vec::new()
    } else {
        state.store().outreach_desks(&agencies, false).await?
    };
    let days = (0..7)
        .map(|i| {
            let date = first + Duration::days(i);
            let key = date.to_string();
            DayColumn {
                label: tr.t(&format!(
                    "desk-weekday-{}",
                    date.weekday().number_from_monday()
                )),
                today: date == today,
                appointments: by_day.remove(&key).unwrap_or_default(),
                sessions: outreach
                    .iter()
                    .filter(|o| !o.input.session.days(date, date).is_empty())
                    .map(|o| SessionLine {
                        name: o.input.name.clone(),
                        place: o.input.place.clone(),
                        hours: format!(
                            "{}–{}",
                            o.input.session.starts.format("%H:%M"),
                            o.input.session.ends.format("%H:%M")
                        ),
                    })
                    .collect(),
                date: key,
            }
        })
        .collect();
    let who = if mine { "" } else { "&who=desk" };
    let page = CalendarPage {
        app,
        notice: q.saved.as_ref().map(|_| tr.t("desk-saved")),
        error: q.error.as_deref().map(|e| booking_error(tr, e)),
        mine,
        week_label: tr.t_args(
            "desk-calendar-week",
            &[("from", &first.to_string()), ("to", &last.to_string())],
        ),
        prev: format!("/app/desk/calendar?week={}{who}", first - Duration::days(7)),
        next: format!("/app/desk/calendar?week={}{who}", first + Duration::days(7)),
        days,
        form: {
            let desks = readable_agencies(state, operator, perm::DESK_VISIT_WRITE).await?;
            let outreach = outreach_choices(state, &desks).await?;
            BookingForm::new(state, operator, (&desks, outreach), today.max(first)).await?
        },
        feed_on: state.store().has_calendar_token(operator.user.id).await?,
        feed_url,
        kept: kept.clone().unwrap_or_default(),
    };
    Ok(render_form(&page, kept.is_some()))
}

/// The message for a booking that did not validate.
pub(super) fn booking_error(tr: Tr, code: &str) -> String {
    tr.t(match code {
        "when" => "desk-error-appointment-when",
        "purpose" => "desk-error-appointment-purpose",
        _ => "desk-error-choice",
    })
}

#[derive(Debug, Deserialize)]
pub(super) struct AppointmentStatusForm {
    #[serde(default)]
    status: String,
}

/// Marks an appointment done, missed or cancelled.
pub(super) async fn set_status(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    axum::Form(form): axum::Form<AppointmentStatusForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let appointment = state
        .store()
        .appointment(id, &cipher(&state))
        .await?
        .ok_or(WebError::NotFound)?;
    super::authorize_record(
        &state,
        &operator,
        perm::DESK_VISIT_WRITE,
        appointment.agency_id,
    )
    .await?;
    let Some(status) = AppointmentStatus::parse(&form.status) else {
        return Err(WebError::NotFound);
    };
    let done = appointment
        .input
        .person_id
        .map_or_else(Trail::unrecorded, |p| {
            trail(
                &operator,
                &headers,
                "desk.appointment.status",
                ("person", p),
                None,
            )
        });
    state
        .store()
        .set_appointment_status(id, status, &done)
        .await?;
    let week = appointment.input.starts.date();
    Ok(Redirect::to(&format!("/app/desk/calendar?week={week}&saved=1")).into_response())
}

#[derive(Template)]
#[template(path = "app_desk_outreach.html")]
struct OutreachPage {
    app: AppChrome,
    notice: Option<String>,
    error: Option<String>,
    desks: Vec<OutreachRow>,
    weekdays: Vec<Choice>,
    can_write: bool,
    /// A refused form as typed.
    kept: Posted,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct OutreachNotice {
    saved: Option<String>,
    error: Option<String>,
}

/// The outreach desks of the operator's agencies, and the form to open one.
pub(super) async fn outreach_list(
    ctx: Ctx,
    Query(notice): Query<OutreachNotice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_outreach((&state, &operator), (&headers, &csrf), notice, None).await
}

/// The outreach page; with a refused form as typed (422).
async fn render_outreach(
    (state, operator): (&AppState, &Operator),
    (headers, csrf): (&HeaderMap, &CsrfToken),
    notice: OutreachNotice,
    kept: Option<Posted>,
) -> WebResult<Response> {
    let (state, operator) = (state.clone(), operator.clone());
    let (tr, app, agencies) =
        listing_page(&state, &operator, (headers, csrf), "desk-outreach-title").await?;
    let desks = state
        .store()
        .outreach_desks(&agencies, true)
        .await?
        .into_iter()
        .map(|o| {
            let s = &o.input.session;
            let when = tr.t_args(
                "desk-outreach-when",
                &[
                    (
                        "day",
                        &tr.t(&format!("desk-weekday-{}", s.weekday.number_from_monday())),
                    ),
                    ("from", &s.starts.format("%H:%M").to_string()),
                    ("to", &s.ends.format("%H:%M").to_string()),
                ],
            );
            OutreachRow { desk: o, when }
        })
        .collect();
    let can_write = !readable_agencies(&state, &operator, perm::DESK_VISIT_WRITE)
        .await?
        .is_empty();
    let page = OutreachPage {
        app,
        notice: notice.saved.map(|_| tr.t("desk-saved")),
        error: (notice.error.is_some() || kept.is_some()).then(|| tr.t("desk-error-outreach")),
        desks,
        weekdays: choices(tr, "desk-weekday", ["1", "2", "3", "4", "5", "6", "7"]),
        can_write,
        kept: kept.clone().unwrap_or_default(),
    };
    Ok(render_form(&page, kept.is_some()))
}

/// The outreach desk of a posted form, when it holds together.
fn outreach_input(form: &Posted) -> Option<OutreachInput> {
    let text = |s: &str, max: usize| -> String { s.trim().chars().take(max).collect() };
    let (name, place) = (text(form.get("name"), 200), text(form.get("place"), 200));
    let weekday = form
        .get("weekday")
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=7).contains(d))
        .and_then(|d| Weekday::try_from(d - 1).ok())?;
    let time = |s: &str| NaiveTime::parse_from_str(s.trim(), "%H:%M").ok();
    let (starts, ends) = (time(form.get("starts"))?, time(form.get("ends"))?);
    let from = NaiveDate::parse_from_str(form.get("from"), "%Y-%m-%d").ok()?;
    let until = match form.get("until") {
        "" => None,
        u => Some(NaiveDate::parse_from_str(u, "%Y-%m-%d").ok()?),
    };
    if name.is_empty() || place.is_empty() || ends <= starts || until.is_some_and(|u| u < from) {
        return None;
    }
    let address = text(form.get("address"), 500);
    Some(OutreachInput {
        name,
        place,
        address: (!address.is_empty()).then_some(address),
        session: WeeklySession {
            weekday,
            starts,
            ends,
            from,
            until,
        },
    })
}

/// Opens an outreach desk with its weekly session.
pub(super) async fn outreach_create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let agency = acting_agency(&state, &operator, perm::DESK_VISIT_WRITE).await?;
    let form = Posted::parse(&body);
    let Some(input) = outreach_input(&form) else {
        let notice = OutreachNotice::default();
        return render_outreach((&state, &operator), (&headers, &csrf), notice, Some(form)).await;
    };
    state.store().create_outreach(agency.id, &input).await?;
    Ok(Redirect::to("/app/desk/outreach?saved=1").into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct ActiveForm {
    #[serde(default)]
    active: String,
}

/// Closes or reopens an outreach desk.
pub(super) async fn outreach_active(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    axum::Form(form): axum::Form<ActiveForm>,
) -> WebResult<Response> {
    let Ctx {
        state, operator, ..
    } = ctx;
    let desk = state
        .store()
        .outreach(id)
        .await?
        .ok_or(WebError::NotFound)?;
    super::authorize_record(&state, &operator, perm::DESK_VISIT_WRITE, desk.agency_id).await?;
    state
        .store()
        .set_outreach_active(id, form.active == "1")
        .await?;
    Ok(Redirect::to("/app/desk/outreach?saved=1").into_response())
}
