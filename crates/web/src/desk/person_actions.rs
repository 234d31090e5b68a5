//! What an operator records from a person's page: a visit, a household
//! link and an appointment (also booked from the desk's calendar). A refused
//! form comes back as the page it was posted from, filled in as typed
//! ([`super::people::refuse_person`], [`super::calendar::render_calendar`]).

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use crocevia_domain::desk::{Channel, Outcome, Relation};
use crocevia_domain::identity::perm;
use crocevia_store::act::Trail;
use crocevia_store::desk::{AppointmentInput, VisitInput};
use crocevia_store::identity::audit::AuditEvent;
use uuid::Uuid;

use super::calendar::{CalendarQuery, render_calendar};
use super::people::{PersonNotice, refuse_person};
use super::{acting_agency, cipher, person_owned, readable_agencies, trail};
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Posted;

/// Reads the visit form: reasons (at least one), channel, language,
/// mediator, outcomes and the guide handed over.
fn parse_visit(body: &[u8], known_reasons: &[String]) -> Result<VisitInput, &'static str> {
    // Errors are `reason` (none chosen) or `choice` (a value not offered).
    let mut input = VisitInput {
        channel: Channel::Desk,
        lang: None,
        mediator: false,
        reasons: Vec::new(),
        outcomes: Vec::new(),
        guide_slug: None,
        outreach_id: None,
    };
    for (k, v) in crate::form::Posted::parse(body).pairs() {
        let v = v.trim();
        match k {
            "reason" if known_reasons.iter().any(|r| r == v) => input.reasons.push(v.to_owned()),
            "reason" => return Err("choice"),
            "channel" => input.channel = Channel::parse(v).ok_or("choice")?,
            "lang" if !v.is_empty() => {
                let lang = crocevia_domain::desk::labels::language(v).ok_or("choice")?;
                input.lang = Some(lang.code.to_owned());
            }
            "mediator" => input.mediator = v == "on" || v == "true",
            "outcome" => input.outcomes.push(Outcome::parse(v).ok_or("choice")?),
            "guide" if !v.is_empty() => input.guide_slug = Some(v.chars().take(120).collect()),
            "outreach" if !v.is_empty() => {
                input.outreach_id = Some(v.parse().map_err(|_| "choice")?);
            }
            _ => {}
        }
    }
    if input.reasons.is_empty() {
        return Err("reason");
    }
    // Each reason and outcome once, in the order given (they are stored as
    // one short list).
    let mut seen = std::collections::HashSet::new();
    input.reasons.retain(|r| seen.insert(r.clone()));
    let mut seen = std::collections::HashSet::new();
    input.outcomes.retain(|o| seen.insert(*o));
    if input.outreach_id.is_some() {
        input.channel = Channel::Outreach;
    }
    if input.guide_slug.is_some() && !input.outcomes.contains(&Outcome::Guide) {
        input.outcomes.push(Outcome::Guide);
    }
    Ok(input)
}

/// Records a visit of a known person (the person's page's form).
pub(super) async fn record_visit(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let refuse = async |code: &str| {
        let notice = PersonNotice::visit_refused(code);
        let form = Posted::parse(&body);
        refuse_person((&state, &operator), (&headers, &csrf), id, form, notice).await
    };
    // The visit is the recording desk's activity (it stays with it on a
    // transfer); who sees it is decided by the person it is about.
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_VISIT_WRITE).await?;
    let agency = acting_agency(&state, &operator, perm::DESK_VISIT_WRITE).await?;
    let known: Vec<String> = state
        .store()
        .visit_reasons()
        .await?
        .into_iter()
        .map(|r| r.code)
        .collect();
    match parse_visit(&body, &known) {
        Ok(input) => {
            let writable = readable_agencies(&state, &operator, perm::DESK_VISIT_WRITE).await?;
            if let Some(slug) = &input.guide_slug
                && state.store().guide_by_slug(slug).await?.is_none()
            {
                return Err(WebError::NotFound);
            }
            if let Some(outreach) = input.outreach_id
                && state
                    .store()
                    .outreach(outreach)
                    .await?
                    .is_none_or(|o| !o.active || !writable.contains(&o.agency_id))
            {
                return refuse("choice").await;
            }
            let done = trail(
                &operator,
                &headers,
                "desk.visit.create",
                ("person", person.id),
                None,
            );
            let visit = state
                .store()
                .record_visit(person.id, agency.id, &input, operator.user.id, &done)
                .await?;
            tracing::info!(visit = %visit, "visit recorded");
            Ok(Redirect::to(&format!("/app/desk/people/{id}?visit=1#visits")).into_response())
        }
        Err(code) => refuse(code).await,
    }
}

/// Links a registered person to this one's household, or unlinks them.
/// Both must be records the operator may change.
pub(super) async fn link(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    let other = form
        .get("other")
        .parse::<Uuid>()
        .map_err(|_| WebError::BadRequest("the person to link is not an id"))?;
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    let (other, _) = person_owned(&state, &operator, other, perm::DESK_PERSON_WRITE).await?;
    if person.id == other.id {
        return Err(WebError::NotFound);
    }
    // Both records' access logs show the change.
    let event = |p: Uuid| {
        crate::identity::acted(
            &operator,
            &headers,
            AuditEvent::new("desk.person.household", "person", Some(p.to_string())),
        )
    };
    let done = Trail::new(event(person.id)).and(event(other.id));
    if form.has("remove") {
        state
            .store()
            .unlink_household(person.id, other.id, &done)
            .await?;
    } else {
        let Some(relation) = Relation::parse(form.get("relation")) else {
            let notice = PersonNotice::household_refused(form.get("link_q"));
            return refuse_person((&state, &operator), (&headers, &csrf), id, form, notice).await;
        };
        state
            .store()
            .link_household(person.id, other.id, relation, &done)
            .await?;
    }
    Ok(Redirect::to(&format!("/app/desk/people/{id}?saved=1#household")).into_response())
}

/// Books an appointment (from the calendar, or a person's page when the
/// form names the person); back where it came from.
pub(super) async fn book(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    // An appointment about a person is booked at the person's own agency
    // (who may see it is who may see the person); one about no one at the
    // operator's desk.
    let (person, agency) = match form.get("person") {
        "" => (
            None,
            acting_agency(&state, &operator, perm::DESK_VISIT_WRITE).await?,
        ),
        p => {
            let id = p.parse::<Uuid>().map_err(|_| WebError::NotFound)?;
            let (person, agency) =
                person_owned(&state, &operator, id, perm::DESK_VISIT_WRITE).await?;
            (Some(person), agency)
        }
    };
    // Refused: the page it came from again, the form as typed.
    let refuse = async |code: &str| match &person {
        Some(p) => {
            let notice = PersonNotice::booking_refused(code);
            refuse_person(
                (&state, &operator),
                (&headers, &csrf),
                p.id,
                form.clone(),
                notice,
            )
            .await
        }
        None => {
            let q = CalendarQuery::refused(form.get("day"), code);
            render_calendar(
                &state,
                &operator,
                (&headers, &csrf),
                &q,
                (None, Some(form.clone())),
            )
            .await
        }
    };
    let day = NaiveDate::parse_from_str(form.get("day"), "%Y-%m-%d");
    let time = NaiveTime::parse_from_str(form.get("time"), "%H:%M");
    let minutes = match form.get("minutes") {
        "" => Ok(30),
        m => m.parse::<u16>(),
    };
    let (Ok(day), Ok(time), Ok(minutes @ 5..=480)) = (day, time, minutes) else {
        return refuse("when").await;
    };
    let purpose: String = form.get("purpose").chars().take(200).collect();
    if purpose.is_empty() {
        return refuse("purpose").await;
    }
    let users = state.store().agency_users(agency.id).await?;
    let operator_id = match form.get("operator") {
        "" => None,
        o => match o
            .parse::<Uuid>()
            .ok()
            .filter(|o| users.iter().any(|u| u.id == *o))
        {
            Some(o) => Some(o),
            None => return refuse("choice").await,
        },
    };
    let outreach_id = match form.get("outreach") {
        "" => None,
        o => {
            let found = match o.parse::<Uuid>() {
                Ok(o) => state.store().outreach(o).await?,
                Err(_) => None,
            };
            match found {
                Some(o) if o.agency_id == agency.id && o.active => Some(o.id),
                _ => return refuse("choice").await,
            }
        }
    };
    let input = AppointmentInput {
        operator_id,
        person_id: person.as_ref().map(|p| p.id),
        outreach_id,
        starts: NaiveDateTime::new(day, time),
        minutes,
        purpose,
    };
    // An appointment with a person is in their access log.
    let done = person.as_ref().map_or_else(Trail::unrecorded, |p| {
        trail(
            &operator,
            &headers,
            "desk.appointment.create",
            ("person", p.id),
            None,
        )
    });
    let id = state
        .store()
        .book(agency.id, &input, operator.user.id, &cipher(&state), &done)
        .await?;
    tracing::info!(appointment = %id, "appointment booked");
    let target = match &person {
        Some(p) => format!("/app/desk/people/{}?saved=1#appointments", p.id),
        None => format!("/app/desk/calendar?week={}&saved=1", form.get("day")),
    };
    Ok(Redirect::to(&target).into_response())
}
