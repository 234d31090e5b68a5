//! Attendance and certificates: the trainer's register (present, late with
//! the minutes, excused, absent), the operator's own check-in by QR, the
//! trainer's completion mark, and the certificate issued once a
//! participant meets the course's conditions, verified by its code and
//! revocable.

use chrono::{DateTime, Utc};
use crocevia_domain::training::Attendance;
use crocevia_domain::training::completion::{Record, certified_half_hours, completed};
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_domain::training::verification::new_code;
use rand::RngCore;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;

use super::entities::{attendance, certificate, edition, enrolment, session};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// A mark in a session's register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Present, late, excused, absent.
    pub attendance: Attendance,
    /// Minutes attended, for a late arrival.
    pub minutes: Option<u32>,
}

/// A certificate as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// Id.
    pub id: Uuid,
    /// Verification code (stored form).
    pub code: String,
    /// The edition completed.
    pub edition: Uuid,
    /// The holder.
    pub user: Uuid,
    /// The holder's name as issued.
    pub holder: String,
    /// The course's title as issued.
    pub course: String,
    /// Certified half hours.
    pub half_hours: u32,
    /// Issued.
    pub issued_at: DateTime<Utc>,
    /// Revoked, when and why.
    pub revoked: Option<(DateTime<Utc>, String)>,
}

impl Certificate {
    /// Certified hours, to the half hour.
    #[must_use]
    pub fn hours(&self) -> f32 {
        // A few thousand half hours at most: exact in f32.
        let half = u16::try_from(self.half_hours).map_or(f32::from(u16::MAX), f32::from);
        half / 2.0
    }
}

fn certificate_of(m: certificate::Model) -> Certificate {
    Certificate {
        id: m.id,
        code: m.code,
        edition: m.edition_id,
        user: m.user_id,
        holder: m.holder_name,
        course: m.course_title,
        half_hours: u32::try_from(m.half_hours).unwrap_or(0),
        issued_at: m.issued_at,
        revoked: m
            .revoked_at
            .map(|at| (at, m.revoked_reason.unwrap_or_default())),
    }
}

async fn enrolled(txn: &impl ConnectionTrait, edition: Uuid, user: Uuid) -> StoreResult<bool> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::EditionId.eq(edition))
        .filter(enrolment::Column::UserId.eq(user))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled.as_str()))
        .one(txn)
        .await?
        .is_some())
}

async fn write_mark(
    txn: &impl ConnectionTrait,
    (session, user): (Uuid, Uuid),
    mark: Mark,
    (source, by): (&str, Option<Uuid>),
) -> StoreResult<()> {
    attendance::Entity::insert(attendance::ActiveModel {
        session_id: Set(session),
        user_id: Set(user),
        mark: Set(mark.attendance.as_str().to_owned()),
        minutes: Set(mark.minutes.map(|m| i32::try_from(m).unwrap_or(i32::MAX))),
        source: Set(source.to_owned()),
        recorded_at: Set(Utc::now()),
        recorded_by: Set(by),
    })
    .on_conflict(
        OnConflict::columns([attendance::Column::SessionId, attendance::Column::UserId])
            .update_columns([
                attendance::Column::Mark,
                attendance::Column::Minutes,
                attendance::Column::Source,
                attendance::Column::RecordedAt,
                attendance::Column::RecordedBy,
            ])
            .to_owned(),
    )
    .exec(txn)
    .await?;
    Ok(())
}

impl Store {
    /// The trainer's register of a session: each participant's mark, all in
    /// one transaction. `Invalid` for someone not enrolled in the edition.
    pub async fn register_attendance(
        &self,
        session: Uuid,
        marks: &[(Uuid, Mark)],
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let s = session::Entity::find_by_id(session)
            .one(&txn)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("session {session}")))?;
        for (user, mark) in marks {
            if !enrolled(&txn, s.edition_id, *user).await? {
                txn.rollback().await?;
                return Err(StoreError::Invalid("not enrolled in this edition"));
            }
            write_mark(&txn, (session, *user), *mark, ("register", Some(by))).await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// An operator's own check-in at a session (the code already checked):
    /// present, unless the trainer registered them otherwise already.
    /// `Invalid` when they are not enrolled.
    pub async fn check_in(&self, session: Uuid, user: Uuid, trail: &Trail) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let s = session::Entity::find_by_id(session)
            .one(&txn)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("session {session}")))?;
        if !enrolled(&txn, s.edition_id, user).await? {
            txn.rollback().await?;
            return Err(StoreError::Invalid("not enrolled in this edition"));
        }
        let registered = attendance::Entity::find_by_id((session, user))
            .one(&txn)
            .await?
            .is_some_and(|a| a.source == "register");
        if !registered {
            let present = Mark {
                attendance: Attendance::Present,
                minutes: None,
            };
            write_mark(&txn, (session, user), present, ("checkin", Some(user))).await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The marks of a session, by participant.
    pub async fn attendance_of(&self, session: Uuid) -> StoreResult<Vec<(Uuid, Mark)>> {
        attendance::Entity::find()
            .filter(attendance::Column::SessionId.eq(session))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| {
                let attendance = Attendance::parse(&a.mark)
                    .ok_or_else(|| StoreError::Corrupt(format!("attendance {}", a.session_id)))?;
                Ok((
                    a.user_id,
                    Mark {
                        attendance,
                        minutes: a.minutes.map(|m| u32::try_from(m).unwrap_or(0)),
                    },
                ))
            })
            .collect()
    }

    /// What is known of `user` in `edition` for completion: the minutes
    /// scheduled and attended, and the trainer's mark.
    pub async fn completion_record(&self, edition: Uuid, user: Uuid) -> StoreResult<Record> {
        let sessions = session::Entity::find()
            .filter(session::Column::EditionId.eq(edition))
            .all(self.conn())
            .await?;
        let marks = attendance::Entity::find()
            .filter(attendance::Column::UserId.eq(user))
            .filter(attendance::Column::SessionId.is_in(sessions.iter().map(|s| s.id)))
            .all(self.conn())
            .await?;
        let minutes = |m: i32| u32::try_from(m).unwrap_or(0);
        let mut record = Record::default();
        for s in &sessions {
            record.scheduled_minutes += minutes(s.minutes);
            if let Some(a) = marks.iter().find(|a| a.session_id == s.id) {
                let mark = Attendance::parse(&a.mark)
                    .ok_or_else(|| StoreError::Corrupt(format!("attendance {}", s.id)))?;
                record.attended_minutes +=
                    mark.counted_minutes(minutes(s.minutes), a.minutes.map(minutes));
            }
        }
        record.marked = enrolment::Entity::find()
            .filter(enrolment::Column::EditionId.eq(edition))
            .filter(enrolment::Column::UserId.eq(user))
            .one(self.conn())
            .await?
            .is_some_and(|e| e.marked);
        Ok(record)
    }

    /// The trainer marks (or unmarks) a participant as having completed.
    pub async fn mark_completed(
        &self,
        (edition, user): (Uuid, Uuid),
        marked: bool,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let changed = enrolment::Entity::update_many()
            .col_expr(
                enrolment::Column::Marked,
                sea_orm::sea_query::Expr::value(marked),
            )
            .filter(enrolment::Column::EditionId.eq(edition))
            .filter(enrolment::Column::UserId.eq(user))
            .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled.as_str()))
            .exec(&txn)
            .await?;
        if changed.rows_affected == 0 {
            txn.rollback().await?;
            return Err(StoreError::Invalid("not enrolled in this edition"));
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Issues the certificate of `user` for `edition` when they meet the
    /// course's conditions (`None` when they do not yet); the one already
    /// issued when there is one. `holder` is their name as printed.
    pub async fn issue_certificate(
        &self,
        (edition, user): (Uuid, Uuid),
        holder: &str,
        trail: impl FnOnce(&Certificate) -> Trail,
    ) -> StoreResult<Option<Certificate>> {
        let e = edition::Entity::find_by_id(edition)
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("edition {edition}")))?;
        let course = self
            .course(e.course_id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("edition {edition}")))?;
        let record = self.completion_record(edition, user).await?;
        if !completed(&course.input.completion, &record) {
            return Ok(None);
        }
        let txn = self.begin_write().await?;
        if let Some(existing) = certificate::Entity::find()
            .filter(certificate::Column::EditionId.eq(edition))
            .filter(certificate::Column::UserId.eq(user))
            .filter(certificate::Column::RevokedAt.is_null())
            .one(&txn)
            .await?
        {
            txn.rollback().await?;
            return Ok(Some(certificate_of(existing)));
        }
        let mut random = [0u8; 7];
        rand::rng().fill_bytes(&mut random);
        let half_hours = certified_half_hours(record.attended_minutes);
        let row = certificate::ActiveModel {
            id: Set(Uuid::now_v7()),
            code: Set(new_code(random)),
            edition_id: Set(edition),
            user_id: Set(user),
            holder_name: Set(holder.trim().chars().take(200).collect()),
            course_title: Set(course.input.title.chars().take(300).collect()),
            half_hours: Set(i32::try_from(half_hours).unwrap_or(i32::MAX)),
            issued_at: Set(Utc::now()),
            revoked_at: Set(None),
            revoked_reason: Set(None),
        }
        .insert(&txn)
        .await?;
        let issued = certificate_of(row);
        self.settle(&txn, &trail(&issued)).await?;
        txn.commit().await?;
        Ok(Some(issued))
    }

    /// The certificate of a verification code (stored form), revoked or not.
    pub async fn certificate_by_code(&self, code: &str) -> StoreResult<Option<Certificate>> {
        Ok(certificate::Entity::find()
            .filter(certificate::Column::Code.eq(code))
            .one(self.conn())
            .await?
            .map(certificate_of))
    }

    /// An operator's certificates, newest first.
    pub async fn certificates_of(&self, user: Uuid) -> StoreResult<Vec<Certificate>> {
        use sea_orm::QueryOrder;
        Ok(certificate::Entity::find()
            .filter(certificate::Column::UserId.eq(user))
            .order_by_desc(certificate::Column::IssuedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(certificate_of)
            .collect())
    }

    /// The certificates of an edition (revoked ones too), by holder's name.
    pub async fn certificates_of_edition(&self, edition: Uuid) -> StoreResult<Vec<Certificate>> {
        use sea_orm::QueryOrder;
        Ok(certificate::Entity::find()
            .filter(certificate::Column::EditionId.eq(edition))
            .order_by_asc(certificate::Column::HolderName)
            .all(self.conn())
            .await?
            .into_iter()
            .map(certificate_of)
            .collect())
    }

    /// A certificate by id.
    pub async fn certificate(&self, id: Uuid) -> StoreResult<Option<Certificate>> {
        Ok(certificate::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(certificate_of))
    }

    /// For each of `users`: their enrolments not cancelled, their valid
    /// certificates and the certified half hours (two grouped queries).
    pub async fn training_records(
        &self,
        users: &[Uuid],
    ) -> StoreResult<std::collections::HashMap<Uuid, (u64, u64, u64)>> {
        use sea_orm::QuerySelect;
        use sea_orm::sea_query::{Expr, ExprTrait as _};
        let mut out: std::collections::HashMap<Uuid, (u64, u64, u64)> = Default::default();
        let n = |v: i64| u64::try_from(v).unwrap_or(0);
        for chunk in users.chunks(500) {
            let enrolled: Vec<(Uuid, i64)> = enrolment::Entity::find()
                .select_only()
                .column(enrolment::Column::UserId)
                .column_as(Expr::col(enrolment::Column::Id).count(), "n")
                .filter(enrolment::Column::UserId.is_in(chunk.iter().copied()))
                .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled.as_str()))
                .group_by(enrolment::Column::UserId)
                .into_tuple()
                .all(self.conn())
                .await?;
            for (user, count) in enrolled {
                out.entry(user).or_default().0 = n(count);
            }
            let certified: Vec<(Uuid, i64, Option<i64>)> = certificate::Entity::find()
                .select_only()
                .column(certificate::Column::UserId)
                .column_as(Expr::col(certificate::Column::Id).count(), "n")
                .column_as(Expr::col(certificate::Column::HalfHours).sum(), "h")
                .filter(certificate::Column::UserId.is_in(chunk.iter().copied()))
                .filter(certificate::Column::RevokedAt.is_null())
                .group_by(certificate::Column::UserId)
                .into_tuple()
                .all(self.conn())
                .await?;
            for (user, count, half_hours) in certified {
                let e = out.entry(user).or_default();
                e.1 = n(count);
                e.2 = n(half_hours.unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// Revokes a certificate with the reason (shown on its public page).
    pub async fn revoke_certificate(
        &self,
        id: Uuid,
        reason: &str,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let changed = certificate::Entity::update_many()
            .col_expr(
                certificate::Column::RevokedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .col_expr(
                certificate::Column::RevokedReason,
                sea_orm::sea_query::Expr::value(
                    reason.trim().chars().take(500).collect::<String>(),
                ),
            )
            .filter(certificate::Column::Id.eq(id))
            .filter(certificate::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
        if changed.rows_affected == 0 {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("certificate {id}")));
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
