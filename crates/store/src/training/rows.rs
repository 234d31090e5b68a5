//! Stored training rows read back as the capability's types: editions,
//! sessions and courses (a stored value that does not read back is
//! `Corrupt`), and the integer conversions of their columns.

use chrono::NaiveDate;
use crocevia_domain::identity::Profession;
use crocevia_domain::training::CourseFormat;
use crocevia_domain::training::completion::Condition;
use uuid::Uuid;

use super::entities::{course, edition, session, trainer};
use super::{
    Course, CourseInput, Edition, EditionInput, Need, Session, SessionInput, Trainer, Venue,
};
use crate::{StoreError, StoreResult};

pub(super) fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub(super) fn uint(n: i32) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

pub(super) fn day(s: &str, what: &str, id: Uuid) -> StoreResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| StoreError::Corrupt(format!("{what} {id}")))
}

pub(super) fn edition_of(m: edition::Model) -> StoreResult<Edition> {
    Ok(Edition {
        id: m.id,
        input: EditionInput {
            course: m.course_id,
            area: m.area_code,
            seats: uint(m.seats),
            enrol_opens: m.enrol_opens,
            enrol_closes: m.enrol_closes,
            starts_on: day(&m.starts_on, "edition", m.id)?,
            ends_on: day(&m.ends_on, "edition", m.id)?,
            project: m.project_code,
        },
    })
}

pub(super) fn session_of(m: session::Model) -> Session {
    let venue = match (m.location_id, m.online_url, m.place) {
        (Some(l), _, _) => Venue::Location(l),
        (None, Some(u), _) => Venue::Online(u),
        (None, None, p) => Venue::Place(p.unwrap_or_default()),
    };
    Session {
        id: m.id,
        edition: m.edition_id,
        input: SessionInput {
            starts_at: m.starts_at,
            minutes: uint(m.minutes),
            venue,
        },
    }
}

pub(super) fn course_of(
    m: course::Model,
    trainers: Vec<trainer::Model>,
    needs: Vec<Need>,
) -> StoreResult<Course> {
    let corrupt = || StoreError::Corrupt(format!("course {}", m.id));
    let format = CourseFormat::parse(&m.format).ok_or_else(corrupt)?;
    let professions = m
        .professions
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| Profession::parse(p).ok_or_else(corrupt))
        .collect::<StoreResult<Vec<_>>>()?;
    let mut completion = Vec::new();
    if let Some(p) = m.completion_percent {
        completion.push(Condition::Attendance {
            percent: u8::try_from(p).map_err(|_| corrupt())?,
        });
    }
    if m.completion_mark {
        completion.push(Condition::TrainerMark);
    }
    Ok(Course {
        id: m.id,
        input: CourseInput {
            title: m.title,
            line: m.line_code,
            format,
            minutes: uint(m.minutes),
            professions,
            description: m.description,
            completion,
            trainers: trainers
                .into_iter()
                .map(|t| match (t.user_id, t.external_name) {
                    (Some(u), _) => Trainer::User(u),
                    (None, n) => Trainer::External(n.unwrap_or_default()),
                })
                .collect(),
            needs,
        },
    })
}
