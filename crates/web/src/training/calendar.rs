//! Training sessions in calendars: an edition's sessions as an iCalendar
//! file (`/app/training/editions/{id}/calendar.ics`, attached to the mail
//! confirming a seat), and an operator's sessions for their private feed.
//! A session is its course's title, time and place: nothing personal.

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use crocevia_domain::desk::calendar::{FeedEvent, ical, rome};
use crocevia_domain::training::enrolment::EnrolmentStatus;
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crocevia_store::StoreResult;
use crocevia_store::training::{Session, Venue};

/// The events of `sessions` of the course titled `title`.
fn events(
    sessions: &[Session],
    title: &str,
    places: &[(String, String)],
    tr: Tr,
) -> Vec<FeedEvent> {
    sessions
        .iter()
        .map(|s| {
            let location = match &s.input.venue {
                Venue::Location(l) => places
                    .iter()
                    .find(|(id, _)| id == l)
                    .map(|(_, name)| name.clone()),
                Venue::Place(p) => Some(p.clone()),
                Venue::Online(u) => Some(u.clone()),
            };
            let starts = rome(s.input.starts_at);
            FeedEvent {
                uid: format!("{}@crocevia-training", s.id),
                starts,
                ends: starts + Duration::minutes(i64::from(s.input.minutes)),
                summary: crate::i18n::bare(&tr.t1("training-calendar-event", "course", title)),
                location,
                cancelled: false,
            }
        })
        .collect()
}

/// The directory's places, read only when a session is held at one.
async fn places_for(state: &AppState, sessions: &[Session]) -> StoreResult<Vec<(String, String)>> {
    if sessions
        .iter()
        .any(|s| matches!(s.input.venue, Venue::Location(_)))
    {
        Ok(state.store().directory_locations().await?)
    } else {
        Ok(Vec::new())
    }
}

/// An edition's sessions as an iCalendar document, in `tr`'s language;
/// `None` when the edition is gone.
pub(crate) async fn edition_ical(
    state: &AppState,
    edition: Uuid,
    tr: Tr,
) -> StoreResult<Option<String>> {
    let store = state.store();
    let Some(e) = store.edition(edition).await? else {
        return Ok(None);
    };
    let title = store
        .course(e.input.course)
        .await?
        .map(|c| c.input.title)
        .unwrap_or_default();
    let sessions = store.sessions_of(edition).await?;
    let places = places_for(state, &sessions).await?;
    Ok(Some(ical(
        &title,
        &events(&sessions, &title, &places, tr),
        Utc::now(),
    )))
}

/// The sessions of the editions `user` holds a seat in, from `from` on.
pub(crate) async fn user_events(
    state: &AppState,
    user: Uuid,
    from: DateTime<Utc>,
    tr: Tr,
) -> StoreResult<Vec<FeedEvent>> {
    let store = state.store();
    let mut all = Vec::new();
    for e in store.enrolments_of_user(user).await? {
        if e.status != EnrolmentStatus::Enrolled {
            continue;
        }
        let Some(edition) = store.edition(e.edition).await? else {
            continue;
        };
        let title = store
            .course(edition.input.course)
            .await?
            .map(|c| c.input.title)
            .unwrap_or_default();
        let sessions: Vec<Session> = store
            .sessions_of(e.edition)
            .await?
            .into_iter()
            .filter(|s| s.input.starts_at >= from)
            .collect();
        let places = places_for(state, &sessions).await?;
        all.extend(events(&sessions, &title, &places, tr));
    }
    Ok(all)
}

/// An iCalendar document as a response: never cached, no referrer sent
/// from it, downloaded as `filename` when given (a subscribed feed has none).
pub(crate) fn ical_response(body: String, filename: Option<&str>) -> Response {
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    if let Some(v) =
        filename.and_then(|f| HeaderValue::from_str(&format!("attachment; filename=\"{f}\"")).ok())
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// `GET /app/training/editions/{id}/calendar.ics`: the edition's sessions,
/// for anyone signed in (the programme is open to all).
pub(super) async fn edition_file(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let body = edition_ical(&ctx.state, id, ctx.tr)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(ical_response(body, Some("training.ics")))
}

/// Reminds the participants of each session held tomorrow in Italy, once
/// (a notice in the workspace and by mail). The server runs it every hour;
/// returns how many sessions were reminded of.
pub async fn remind_tomorrow(state: &AppState) -> WebResult<usize> {
    let tomorrow = crocevia_domain::desk::calendar::rome_today() + Duration::days(1);
    let day = |d: chrono::NaiveDate| {
        crocevia_domain::desk::calendar::from_rome(d.and_time(chrono::NaiveTime::MIN))
    };
    let reminded = state
        .store()
        .remind_sessions(
            (day(tomorrow), day(tomorrow + Duration::days(1))),
            |session, participants| {
                crocevia_store::act::Trail::unrecorded().notify(
                    participants.iter().copied(),
                    "training.reminder",
                    ("training_edition", session.edition),
                )
            },
        )
        .await?;
    if reminded > 0 {
        state.mail_queued();
    }
    Ok(reminded)
}
