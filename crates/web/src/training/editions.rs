//! An edition's page (`/app/training/editions/{id}`): the course, the area,
//! the dates, the seats and the sessions; the operator enrols or cancels
//! (the waiting list moving up, those moved up told); a coordinator adds
//! sessions and sees the participants with their progress ([`register`]
//! marks completion).
//!
//! [`register`]: super::register

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDateTime, NaiveTime, Utc};
use crocevia_domain::desk::calendar::from_rome;
use crocevia_domain::training::completion::{completed, missing};
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::attendance::Certificate;
use crocevia_store::training::enrolments::Enrolled;
use crocevia_store::training::{Course, Edition, Session, SessionInput, Venue};
use crocevia_store::{Store, StoreError};
use uuid::Uuid;

use super::{Programme, hours_label, may_manage, parse_day, require_manage};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::{Choice, Field, Posted};
use crate::identity::AppChrome;
use crate::identity::operator::subject;
use crocevia_domain::identity::{holds, perm};

/// A session as listed.
pub(super) struct SessionLine {
    pub(super) id: Uuid,
    pub(super) when: String,
    pub(super) length: String,
    pub(super) venue: String,
    /// The link of an online session.
    pub(super) link: Option<String>,
}

/// A participant, for the coordinator.
struct Participant {
    id: Uuid,
    name: String,
    status: String,
    attended: String,
    /// Whether the course's conditions are met.
    done: bool,
    /// What is still missing, in words.
    missing: String,
    marked: bool,
    certificate: Option<String>,
}

#[derive(Template)]
#[template(path = "app_training_edition.html")]
struct EditionPage {
    app: AppChrome,
    id: Uuid,
    course_id: Uuid,
    course: String,
    label: String,
    window: String,
    seats: String,
    sessions: Vec<SessionLine>,
    /// Where the operator stands, in words.
    standing: Option<String>,
    can_enrol: bool,
    can_cancel: bool,
    /// The outcome of the operator's request, or why it was refused.
    notice: Option<(bool, String)>,
    manage: bool,
    /// Whether the operator runs the sessions (register, QR, completion).
    run: bool,
    session_fields: Vec<Field>,
    session_error: bool,
    /// The operators a coordinator may enrol (while the window is open).
    enrol_for: Vec<Choice>,
    participants: Vec<Participant>,
}

/// The edition and its course, or 404.
async fn load(store: &Store, id: Uuid) -> WebResult<(Edition, Course)> {
    let edition = store.edition(id).await?.ok_or(WebError::NotFound)?;
    let course = store
        .course(edition.input.course)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((edition, course))
}

/// The sessions in lines, the directory's places named.
pub(super) async fn session_lines(ctx: &Ctx, sessions: &[Session]) -> WebResult<Vec<SessionLine>> {
    let places = if sessions
        .iter()
        .any(|s| matches!(s.input.venue, Venue::Location(_)))
    {
        ctx.state.store().directory_locations().await?
    } else {
        Vec::new()
    };
    Ok(named(ctx, sessions, &places))
}

/// The sessions in lines, the directory's `places` (id, name) named.
fn named(ctx: &Ctx, sessions: &[Session], places: &[(String, String)]) -> Vec<SessionLine> {
    let places: HashMap<&str, &str> = places
        .iter()
        .map(|(id, name)| (id.as_str(), name.as_str()))
        .collect();
    sessions
        .iter()
        .map(|s| {
            let (venue, link) = match &s.input.venue {
                Venue::Location(l) => (
                    places
                        .get(l.as_str())
                        .map_or_else(|| l.clone(), |n| (*n).to_owned()),
                    None,
                ),
                Venue::Place(p) => (p.clone(), None),
                Venue::Online(u) => (ctx.tr.t("training-session-online"), Some(u.clone())),
            };
            SessionLine {
                id: s.id,
                when: crate::desk::local_time(s.input.starts_at),
                length: hours_label(ctx, s.input.minutes / 30),
                venue,
                link,
            }
        })
        .collect()
}

/// The fields of a new session, as typed (`places`: the directory's).
fn session_form(ctx: &Ctx, form: &Posted, places: &[(String, String)]) -> Vec<Field> {
    let tr = ctx.tr;
    let e = &form.errors;
    let locations = places
        .iter()
        .map(|(id, name)| Choice::new(id.clone(), name.clone()))
        .collect();
    vec![
        Field::new(
            "session_day",
            tr.t("training-session-day"),
            form.get("session_day"),
            vec![],
            e,
        )
        .date(),
        Field::new(
            "session_time",
            tr.t("training-session-time"),
            form.get("session_time"),
            vec![],
            e,
        )
        .kind("time"),
        Field::new(
            "session_hours",
            tr.t("training-course-hours"),
            form.get("session_hours"),
            vec![],
            e,
        )
        .hint(tr.t("training-course-hours-hint")),
        Field::new(
            "session_location",
            tr.t("training-session-location"),
            form.get("session_location"),
            locations,
            e,
        ),
        Field::new(
            "session_place",
            tr.t("training-session-place"),
            form.get("session_place"),
            vec![],
            e,
        )
        .hint(tr.t("training-session-place-hint")),
        Field::new(
            "session_online",
            tr.t("training-session-link"),
            form.get("session_online"),
            vec![],
            e,
        )
        .kind("url"),
    ]
}

pub(super) async fn render(
    ctx: &Ctx,
    id: Uuid,
    notice: Option<(bool, String)>,
    form: &Posted,
) -> WebResult<Response> {
    let store = ctx.state.store();
    let (edition, course) = load(store, id).await?;
    let programme = Programme::load(ctx).await?;
    let tr = ctx.tr;
    let now = Utc::now();
    let enrolments = store.enrolments_of(id).await?;
    let taken = enrolments
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Enrolled)
        .count();
    let waiting: Vec<Uuid> = enrolments
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Waiting)
        .map(|e| e.user)
        .collect();
    let mine = enrolments
        .iter()
        .find(|e| e.user == ctx.operator.user.id && e.status != EnrolmentStatus::Cancelled);
    let standing = mine.map(|e| match e.status {
        EnrolmentStatus::Waiting => {
            let place = waiting.iter().position(|u| *u == e.user).unwrap_or(0) + 1;
            tr.t1("training-standing-waiting", "place", &place.to_string())
        }
        _ => tr.t("training-standing-enrolled"),
    });
    let open = edition.input.window().is_open(now);
    let manage = may_manage(ctx).await?;
    let run = manage || super::may_run(ctx, &course).await?;
    let sessions = store.sessions_of(id).await?;
    // The directory's places: to name the sessions held there, and for a
    // coordinator to choose from.
    let places = if manage
        || sessions
            .iter()
            .any(|s| matches!(s.input.venue, Venue::Location(_)))
    {
        store.directory_locations().await?
    } else {
        Vec::new()
    };
    let enrol_for = if open
        && holds(
            subject(&ctx.state, &ctx.operator).await?,
            perm::TRAINING_ENROL,
        ) {
        super::agency::enrollable(ctx).await?
    } else {
        Vec::new()
    };
    let participants = if run {
        participants(ctx, &course, &edition, &enrolments).await?
    } else {
        Vec::new()
    };
    let session_fields = if manage {
        session_form(ctx, form, &places)
    } else {
        Vec::new()
    };
    let closes_day = (edition.input.enrol_closes - chrono::Duration::days(1)).date_naive();
    let window = tr.t_args(
        "training-edition-window",
        &[
            ("opens", &crate::desk::local_day(edition.input.enrol_opens)),
            ("closes", &closes_day.to_string()),
        ],
    );
    let seats = tr.t_args(
        "training-edition-taken",
        &[
            ("taken", &taken.to_string()),
            ("seats", &edition.input.seats.to_string()),
            ("waiting", &waiting.len().to_string()),
        ],
    );
    let refused = notice.as_ref().is_some_and(|(ok, _)| !ok) || !form.is_valid();
    Ok(render_form(
        &EditionPage {
            app: ctx.chrome("training-edition-title").await?,
            id,
            course_id: course.id,
            label: super::edition_label(ctx, &programme, &edition.input),
            course: course.input.title,
            window,
            seats,
            sessions: named(ctx, &sessions, &places),
            can_enrol: mine.is_none() && open,
            can_cancel: mine.is_some(),
            standing,
            notice,
            manage,
            run,
            session_fields,
            session_error: !form.is_valid(),
            enrol_for,
            participants,
        },
        refused,
    ))
}

/// The participants with their progress toward completion.
async fn participants(
    ctx: &Ctx,
    course: &Course,
    edition: &Edition,
    enrolments: &[crocevia_store::training::enrolments::Enrolment],
) -> WebResult<Vec<Participant>> {
    let store = ctx.state.store();
    let tr = ctx.tr;
    let ids: Vec<Uuid> = enrolments.iter().map(|e| e.user).collect();
    let names = store.display_names(&ids).await?;
    let certificates: HashMap<Uuid, Certificate> = store
        .certificates_of_edition(edition.id)
        .await?
        .into_iter()
        .map(|c| (c.user, c))
        .collect();
    let mut rows = Vec::new();
    for e in enrolments
        .iter()
        .filter(|e| e.status != EnrolmentStatus::Cancelled)
    {
        let record = store.completion_record(edition.id, e.user).await?;
        let rules = &course.input.completion;
        rows.push(Participant {
            id: e.user,
            name: names.get(&e.user).cloned().unwrap_or_default(),
            status: tr.t(&format!("training-status-{}", e.status.as_str())),
            attended: hours_label(ctx, record.attended_minutes / 30),
            done: completed(rules, &record),
            missing: missing(rules, &record)
                .iter()
                .map(|c| tr.t(&format!("training-missing-{}", c.as_str())))
                .collect::<Vec<_>>()
                .join(", "),
            marked: e.marked,
            certificate: certificates
                .get(&e.user)
                .map(|c| crocevia_domain::training::verification::display(&c.code)),
        });
    }
    Ok(rows)
}

/// The edition's page.
pub(super) async fn show(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    render(&ctx, id, None, &Posted::default()).await
}

/// The operator asks for a seat.
pub(super) async fn enrol(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let me = ctx.operator.user.id;
    let outcome = ctx
        .state
        .store()
        .enrol((id, me), me, Utc::now(), |outcome| {
            let trail = ctx.trail(AuditEvent::new(
                "training.enrol",
                "training_edition",
                Some(id.to_string()),
            ));
            match outcome {
                Enrolled::Seat => trail.notify([me], "training.enrolled", ("training_edition", id)),
                Enrolled::Waiting(_) => {
                    trail.notify([me], "training.waiting", ("training_edition", id))
                }
                Enrolled::Refused(_) => trail,
            }
        })
        .await;
    let tr = ctx.tr;
    let notice = match outcome {
        Ok(Enrolled::Seat) => (true, tr.t("training-enrol-seat")),
        Ok(Enrolled::Waiting(n)) => (
            true,
            tr.t1("training-enrol-waiting", "place", &n.to_string()),
        ),
        Ok(Enrolled::Refused(why)) => (false, tr.t(&format!("training-enrol-{}", why.as_str()))),
        Err(StoreError::NotFound(_)) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    ctx.state.mail_queued();
    render(&ctx, id, Some(notice), &Posted::default()).await
}

/// The operator gives their seat (or place in the queue) back.
pub(super) async fn cancel(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let me = ctx.operator.user.id;
    let cancelled = ctx
        .state
        .store()
        .cancel_enrolment((id, me), Utc::now(), |promoted| {
            ctx.trail(AuditEvent::new(
                "training.cancel",
                "training_edition",
                Some(id.to_string()),
            ))
            .notify(
                promoted.iter().copied(),
                "training.promoted",
                ("training_edition", id),
            )
        })
        .await;
    let notice = match cancelled {
        Ok(_) => (true, ctx.tr.t("training-cancelled")),
        Err(StoreError::NotFound(_)) => (false, ctx.tr.t("training-cancel-nothing")),
        Err(e) => return Err(e.into()),
    };
    ctx.state.mail_queued();
    render(&ctx, id, Some(notice), &Posted::default()).await
}

/// A coordinator adds a session.
pub(super) async fn add_session(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let (_, course) = load(ctx.state.store(), id).await?;
    let mut form = Posted::parse(&body);
    let tr = ctx.tr;
    let day = parse_day(form.get("session_day"));
    if day.is_none() {
        form.refuse("session_day", tr.t("training-error-day"));
    }
    let time = NaiveTime::parse_from_str(form.get("session_time"), "%H:%M").ok();
    if time.is_none() {
        form.refuse("session_time", tr.t("training-error-time"));
    }
    let minutes = super::parse_hours(form.get("session_hours")).filter(|m| *m <= 24 * 60);
    if minutes.is_none() {
        form.refuse("session_hours", tr.t("training-error-session-hours"));
    }
    let (location, place, online) = (
        form.get("session_location").to_owned(),
        form.get("session_place").to_owned(),
        form.get("session_online").to_owned(),
    );
    let known = ctx.state.store().directory_locations().await?;
    let venue = match (location.is_empty(), place.is_empty(), online.is_empty()) {
        (false, true, true) if known.iter().any(|(l, _)| *l == location) => {
            Some(Venue::Location(location))
        }
        (true, false, true) if place.chars().count() <= 300 => Some(Venue::Place(place)),
        (true, true, false)
            if online.chars().count() <= 500
                && (online.starts_with("https://") || online.starts_with("http://")) =>
        {
            Some(Venue::Online(online))
        }
        _ => None,
    };
    match &venue {
        None => form.refuse("session_place", tr.t("training-error-venue")),
        Some(Venue::Online(_)) if !course.input.format.online() => {
            form.refuse("session_online", tr.t("training-error-not-online"));
        }
        Some(Venue::Location(_) | Venue::Place(_)) if course.input.format.online() => {
            form.refuse("session_place", tr.t("training-error-online"));
        }
        Some(_) => {}
    }
    let (Some(day), Some(time), Some(minutes), Some(venue), true) =
        (day, time, minutes, venue, form.is_valid())
    else {
        return render(&ctx, id, None, &form).await;
    };
    let input = SessionInput {
        starts_at: from_rome(NaiveDateTime::new(day, time)),
        minutes,
        venue,
    };
    // Those with a seat are told, with the sessions for their calendar.
    let seated: Vec<Uuid> = ctx
        .state
        .store()
        .enrolments_of(id)
        .await?
        .into_iter()
        .filter(|e| e.status == EnrolmentStatus::Enrolled)
        .map(|e| e.user)
        .collect();
    ctx.state
        .store()
        .add_session(id, &input, |sid| {
            ctx.trail(AuditEvent::new(
                "training.session.add",
                "training_session",
                Some(sid.to_string()),
            ))
            .notify(seated, "training.changed", ("training_edition", id))
        })
        .await?;
    ctx.state.mail_queued();
    Ok(Redirect::to(&format!("/app/training/editions/{id}#sessions")).into_response())
}
