//! Generated training data for benchmarks (`crocevia gen training`):
//! editions, sessions, enrolments, attendance, certificates and survey
//! responses written in bulk, in one transaction per call. Nobody's act:
//! no audit entry, no notice (like the other generators).

use chrono::{DateTime, NaiveDate, Utc};
use crocevia_domain::training::Attendance;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_domain::training::survey::Answer;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;

use super::entities::{attendance, certificate, edition, enrolment, response, session};
use super::surveys::Respondent;
use crate::desk::synthetic::insert_chunks;
use crate::{Store, StoreResult};

/// An edition with its sessions (start, minutes).
#[derive(Debug, Clone)]
pub struct SyntheticEdition {
    /// Id.
    pub id: Uuid,
    /// Course.
    pub course: Uuid,
    /// Area's code.
    pub area: String,
    /// Seats.
    pub seats: u32,
    /// Enrolment window.
    pub window: (DateTime<Utc>, DateTime<Utc>),
    /// First and last day.
    pub days: (NaiveDate, NaiveDate),
    /// Sessions: id, start, minutes.
    pub sessions: Vec<(Uuid, DateTime<Utc>, u32)>,
}

/// One participant of an edition: their enrolment, attendance at each
/// session (in the edition's order) and, if completed, the certificate
/// (code, holder's name, course title, half hours, issued).
#[derive(Debug, Clone)]
pub struct SyntheticParticipant {
    /// The edition.
    pub edition: Uuid,
    /// The operator.
    pub user: Uuid,
    /// Enrolled or waiting.
    pub status: EnrolmentStatus,
    /// Enrolled when.
    pub at: DateTime<Utc>,
    /// Per session: its id and the mark.
    pub attendance: Vec<(Uuid, Attendance)>,
    /// The certificate, when issued.
    pub certificate: Option<(String, String, String, u32)>,
}

fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl Store {
    /// Writes generated editions with their sessions.
    pub async fn insert_synthetic_editions(
        &self,
        editions: &[SyntheticEdition],
    ) -> StoreResult<()> {
        let now = Utc::now();
        let mut rows = Vec::new();
        let mut sessions = Vec::new();
        for e in editions {
            rows.push(edition::ActiveModel {
                id: Set(e.id),
                course_id: Set(e.course),
                area_code: Set(e.area.clone()),
                seats: Set(int(e.seats)),
                enrol_opens: Set(e.window.0),
                enrol_closes: Set(e.window.1),
                starts_on: Set(e.days.0.to_string()),
                ends_on: Set(e.days.1.to_string()),
                created_at: Set(now),
                project_code: Set(None),
            });
            for (id, starts, minutes) in &e.sessions {
                sessions.push(session::ActiveModel {
                    id: Set(*id),
                    edition_id: Set(e.id),
                    starts_at: Set(*starts),
                    minutes: Set(int(*minutes)),
                    location_id: Set(None),
                    place: Set(Some("Sala formazione (generata)".to_owned())),
                    online_url: Set(None),
                    reminded_at: Set(Some(now)),
                });
            }
        }
        let txn = self.begin_write().await?;
        insert_chunks(&txn, rows).await?;
        insert_chunks(&txn, sessions).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes generated participants: enrolments, attendance, certificates.
    pub async fn insert_synthetic_participants(
        &self,
        participants: &[SyntheticParticipant],
    ) -> StoreResult<()> {
        let mut enrolments = Vec::new();
        let mut marks = Vec::new();
        let mut certificates = Vec::new();
        for p in participants {
            enrolments.push(enrolment::ActiveModel {
                id: Set(Uuid::now_v7()),
                edition_id: Set(p.edition),
                user_id: Set(p.user),
                status: Set(p.status.as_str().to_owned()),
                requested_at: Set(p.at),
                enrolled_by: Set(None),
                marked: Set(p.certificate.is_some()),
                updated_at: Set(p.at),
            });
            for (s, mark) in &p.attendance {
                marks.push(attendance::ActiveModel {
                    session_id: Set(*s),
                    user_id: Set(p.user),
                    mark: Set(mark.as_str().to_owned()),
                    minutes: Set(None),
                    source: Set("register".to_owned()),
                    recorded_at: Set(p.at),
                    recorded_by: Set(None),
                });
            }
            if let Some((code, holder, title, half_hours)) = &p.certificate {
                certificates.push(certificate::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    code: Set(code.clone()),
                    edition_id: Set(p.edition),
                    user_id: Set(p.user),
                    holder_name: Set(holder.clone()),
                    course_title: Set(title.clone()),
                    half_hours: Set(int(*half_hours)),
                    issued_at: Set(p.at),
                    revoked_at: Set(None),
                    revoked_reason: Set(None),
                });
            }
        }
        let txn = self.begin_write().await?;
        insert_chunks(&txn, enrolments).await?;
        insert_chunks(&txn, marks).await?;
        insert_chunks(&txn, certificates).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes generated responses to a survey (answers already read
    /// against its form), each on `day`.
    pub async fn insert_synthetic_responses(
        &self,
        survey: Uuid,
        day: NaiveDate,
        responses: &[(Respondent, Vec<(String, Answer)>)],
    ) -> StoreResult<()> {
        let mut rows = Vec::new();
        let mut answers = Vec::new();
        for (who, given) in responses {
            let id = Uuid::new_v4();
            rows.push(response::ActiveModel {
                id: Set(id),
                survey_id: Set(survey),
                agency_kind: Set(who.agency_kind.clone()),
                profession: Set(who.profession.clone()),
                province: Set(who.province.clone()),
                via: Set("public".to_owned()),
                submitted_on: Set(day.to_string()),
            });
            for (q, a) in given {
                answers.extend(super::surveys::rows_of(id, survey, q, a));
            }
        }
        let txn = self.begin_write().await?;
        insert_chunks(&txn, rows).await?;
        insert_chunks(&txn, answers).await?;
        txn.commit().await?;
        Ok(())
    }
}
