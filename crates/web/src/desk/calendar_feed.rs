//! Each operator's private calendar feed (iCalendar, behind a token only
//! the hash of which is stored): issued, rotated and stopped from the
//! calendar page.
//!
//! The feed carries the time and place of each appointment, never the
//! purpose nor the person's name: calendars are synchronised to devices and
//! third-party services, and a purpose often tells a health or legal fact.
//! It stops when its operator no longer holds a desk permission. It also
//! carries the training sessions the operator holds a seat in (course,
//! time and place).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use crocevia_domain::desk::AppointmentStatus;
use crocevia_domain::desk::calendar::{FeedEvent, ical, rome_today};
use crocevia_domain::identity::{Target, holds, perm};
use crocevia_store::desk::Calendar;

use super::calendar::{CalendarQuery, render_calendar};
use super::{cipher, lookup};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::identity::authorize;

/// Issues a new private feed address (the old one stops working) and shows
/// it once.
pub(super) async fn issue_feed(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    let token = state.store().issue_calendar_token(operator.user.id).await?;
    let base = state.settings().public_url.clone().unwrap_or_else(|| {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        format!("http://{host}")
    });
    let url = format!("{}/calendar/{token}.ics", base.trim_end_matches('/'));
    render_calendar(
        &state,
        &operator,
        (&headers, &csrf),
        &CalendarQuery::default(),
        (Some(url), None),
    )
    .await
}

/// Stops the operator's feed.
pub(super) async fn revoke_feed(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state, operator, ..
    } = ctx;
    state
        .store()
        .revoke_calendar_token(operator.user.id)
        .await?;
    Ok(Redirect::to("/app/desk/calendar?saved=1").into_response())
}

/// The private feed: the operator's appointments from four weeks back to
/// six months ahead, as iCalendar, each titled only "appointment". Unknown
/// tokens, and those of operators who no longer read people at the desk,
/// answer 404.
pub(super) async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> WebResult<Response> {
    let token = file.strip_suffix(".ics").ok_or(WebError::NotFound)?;
    let operator = state
        .store()
        .calendar_token_operator(token)
        .await?
        .ok_or(WebError::NotFound)?;
    let user = state
        .store()
        .user(operator)
        .await?
        .filter(|u| u.active)
        .ok_or(WebError::NotFound)?;
    // The policy's answer now, not when the address was made: losing the
    // desk's permissions stops the feed (the token was issued in a session
    // that passed the second factor).
    let subject = state.store().subject(operator, true).await?;
    if !holds(&subject, perm::DESK_PERSON_READ) {
        return Err(WebError::NotFound);
    }
    let today = rome_today();
    let appointments = state
        .store()
        .appointments(
            Calendar::Operator(operator),
            today - Duration::days(28),
            today + Duration::days(183),
            2000,
            &cipher(&state),
        )
        .await?;
    let tr = Tr(user.ui_lang);
    let places = lookup(
        appointments.iter().filter_map(|a| a.input.outreach_id),
        |o| {
            let state = &state;
            async move {
                Ok(state
                    .store()
                    .outreach(o)
                    .await?
                    .map(|o| format!("{}, {}", o.input.name, o.input.place)))
            }
        },
    )
    .await?;
    let mut events = Vec::with_capacity(appointments.len());
    for a in &appointments {
        let location = a
            .input
            .outreach_id
            .and_then(|o| places.get(&o).cloned().flatten());
        events.push(FeedEvent {
            uid: format!("{}@crocevia", a.id),
            starts: a.input.starts,
            ends: a.input.starts + Duration::minutes(i64::from(a.input.minutes)),
            summary: tr.t("desk-feed-event"),
            location,
            cancelled: a.status == AppointmentStatus::Cancelled,
        });
    }
    // The training sessions the operator holds a seat in.
    events.extend(
        crate::training::calendar::user_events(
            &state,
            operator,
            crocevia_domain::desk::calendar::from_rome(
                (today - Duration::days(28)).and_time(chrono::NaiveTime::MIN),
            ),
            tr,
        )
        .await?,
    );
    let body = ical(
        &tr.t1("desk-feed-name", "name", &user.display_name),
        &events,
        Utc::now(),
    );
    Ok(crate::training::calendar::ical_response(body, None))
}
