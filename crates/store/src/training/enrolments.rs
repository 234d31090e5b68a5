//! Enrolments: an operator asks for a seat in an edition (or their
//! coordinator asks for them), gets one while there is one, else waits in
//! order; a cancellation moves the first waiting up, in the same
//! transaction, and tells them. Requests for one edition are serialised
//! (SQLite's write lock, the edition's row locked on PostgreSQL), so two
//! operators never take the last seat together.

use chrono::{DateTime, Utc};
use crocevia_domain::training::enrolment::{EnrolmentStatus, Refusal, Window, place, promotions};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{PaginatorTrait, QueryOrder, QuerySelect};

use super::entities::{edition, enrolment};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// What an enrolment request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enrolled {
    /// A seat.
    Seat,
    /// A place on the waiting list (1 is next).
    Waiting(usize),
    /// Refused, and why.
    Refused(Refusal),
}

/// An operator's enrolment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The edition.
    pub edition: Uuid,
    /// The operator.
    pub user: Uuid,
    /// Where it stands.
    pub status: EnrolmentStatus,
    /// When asked.
    pub requested_at: DateTime<Utc>,
    /// The trainer's completion mark.
    pub marked: bool,
}

fn enrolment_of(m: enrolment::Model) -> StoreResult<Enrolment> {
    Ok(Enrolment {
        edition: m.edition_id,
        user: m.user_id,
        status: EnrolmentStatus::parse(&m.status)
            .ok_or_else(|| StoreError::Corrupt(format!("enrolment {}", m.id)))?,
        requested_at: m.requested_at,
        marked: m.marked,
    })
}

/// The edition's row, locked for the rest of the transaction on PostgreSQL.
async fn locked_edition(txn: &impl ConnectionTrait, id: Uuid) -> StoreResult<edition::Model> {
    edition::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("edition {id}")))
}

async fn count(
    txn: &impl ConnectionTrait,
    edition: Uuid,
    status: EnrolmentStatus,
) -> StoreResult<u64> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::EditionId.eq(edition))
        .filter(enrolment::Column::Status.eq(status.as_str()))
        .count(txn)
        .await?)
}

impl Store {
    /// Enrols `user` in `edition` at `now`, asked by `by` (themself or a
    /// coordinator): a seat, a place on the waiting list, or the refusal
    /// with its reason (nothing written then). `trail` is given the
    /// outcome, to audit and tell whom it concerns.
    pub async fn enrol(
        &self,
        (edition, user): (Uuid, Uuid),
        by: Uuid,
        now: DateTime<Utc>,
        trail: impl FnOnce(Enrolled) -> Trail,
    ) -> StoreResult<Enrolled> {
        let txn = self.begin_write().await?;
        let e = locked_edition(&txn, edition).await?;
        let window = Window {
            opens: e.enrol_opens,
            closes: e.enrol_closes,
            seats: u32::try_from(e.seats).unwrap_or(0),
        };
        let existing = enrolment::Entity::find()
            .filter(enrolment::Column::EditionId.eq(edition))
            .filter(enrolment::Column::UserId.eq(user))
            .one(&txn)
            .await?;
        let already_in = existing
            .as_ref()
            .is_some_and(|x| x.status != EnrolmentStatus::Cancelled.as_str());
        let taken = u32::try_from(count(&txn, edition, EnrolmentStatus::Enrolled).await?)
            .unwrap_or(u32::MAX);
        let status = match place(&window, now, taken, already_in) {
            Ok(status) => status,
            Err(why) => {
                txn.rollback().await?;
                return Ok(Enrolled::Refused(why));
            }
        };
        match existing {
            Some(row) => {
                let mut row: enrolment::ActiveModel = row.into();
                row.status = Set(status.as_str().to_owned());
                row.requested_at = Set(now);
                row.enrolled_by = Set(Some(by));
                row.marked = Set(false);
                row.updated_at = Set(now);
                row.update(&txn).await?;
            }
            None => {
                enrolment::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    edition_id: Set(edition),
                    user_id: Set(user),
                    status: Set(status.as_str().to_owned()),
                    requested_at: Set(now),
                    enrolled_by: Set(Some(by)),
                    marked: Set(false),
                    updated_at: Set(now),
                }
                .insert(&txn)
                .await?;
            }
        }
        let outcome = match status {
            EnrolmentStatus::Waiting => {
                // Requests are serialised per edition: this one joined the
                // back of the queue.
                let queue = count(&txn, edition, EnrolmentStatus::Waiting).await?;
                Enrolled::Waiting(usize::try_from(queue).unwrap_or(usize::MAX))
            }
            _ => Enrolled::Seat,
        };
        self.settle(&txn, &trail(outcome)).await?;
        txn.commit().await?;
        Ok(outcome)
    }

    /// Cancels `user`'s enrolment in `edition`; the first waiting move up to
    /// the seats now free, in the order they asked. `trail` is given those
    /// moved up, to tell them. `NotFound` when there is nothing to cancel.
    pub async fn cancel_enrolment(
        &self,
        (edition, user): (Uuid, Uuid),
        now: DateTime<Utc>,
        trail: impl FnOnce(&[Uuid]) -> Trail,
    ) -> StoreResult<Vec<Uuid>> {
        let txn = self.begin_write().await?;
        let e = locked_edition(&txn, edition).await?;
        let cancelled = enrolment::Entity::update_many()
            .col_expr(
                enrolment::Column::Status,
                Expr::value(EnrolmentStatus::Cancelled.as_str()),
            )
            .col_expr(enrolment::Column::UpdatedAt, Expr::value(now))
            .filter(enrolment::Column::EditionId.eq(edition))
            .filter(enrolment::Column::UserId.eq(user))
            .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled.as_str()))
            .exec(&txn)
            .await?;
        if cancelled.rows_affected == 0 {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!(
                "enrolment in edition {edition}"
            )));
        }
        let taken = u32::try_from(count(&txn, edition, EnrolmentStatus::Enrolled).await?)
            .unwrap_or(u32::MAX);
        let waiting = enrolment::Entity::find()
            .filter(enrolment::Column::EditionId.eq(edition))
            .filter(enrolment::Column::Status.eq(EnrolmentStatus::Waiting.as_str()))
            .order_by_asc(enrolment::Column::RequestedAt)
            .order_by_asc(enrolment::Column::Id)
            .all(&txn)
            .await?;
        let n = promotions(u32::try_from(e.seats).unwrap_or(0), taken, waiting.len());
        let moved: Vec<Uuid> = waiting.iter().take(n).map(|w| w.user_id).collect();
        if !moved.is_empty() {
            enrolment::Entity::update_many()
                .col_expr(
                    enrolment::Column::Status,
                    Expr::value(EnrolmentStatus::Enrolled.as_str()),
                )
                .col_expr(enrolment::Column::UpdatedAt, Expr::value(now))
                .filter(enrolment::Column::Id.is_in(waiting.iter().take(n).map(|w| w.id)))
                .exec(&txn)
                .await?;
        }
        self.settle(&txn, &trail(&moved)).await?;
        txn.commit().await?;
        Ok(moved)
    }

    /// The enrolments of an edition (cancelled ones too), in the order asked.
    pub async fn enrolments_of(&self, edition: Uuid) -> StoreResult<Vec<Enrolment>> {
        enrolment::Entity::find()
            .filter(enrolment::Column::EditionId.eq(edition))
            .order_by_asc(enrolment::Column::RequestedAt)
            .order_by_asc(enrolment::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(enrolment_of)
            .collect()
    }

    /// An operator's enrolments, newest first.
    pub async fn enrolments_of_user(&self, user: Uuid) -> StoreResult<Vec<Enrolment>> {
        enrolment::Entity::find()
            .filter(enrolment::Column::UserId.eq(user))
            .order_by_desc(enrolment::Column::RequestedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(enrolment_of)
            .collect()
    }
}
