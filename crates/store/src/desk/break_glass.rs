//! Emergency access (break-glass) to a record outside the operator's
//! scope, the lookup by exact identifier that leads to it, and the transfer
//! of a record to another agency.

use chrono::{DateTime, Utc};
use crocevia_domain::crypto::FieldCipher;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QueryOrder, QuerySelect};

use super::entities::{appointment, break_glass, case, person, person_identifier};
use super::{open, seal};
use crate::{Store, StoreResult};

/// An emergency access to a record outside the operator's scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakGlass {
    /// Id.
    pub id: Uuid,
    /// Operator.
    pub user_id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// The record's agency.
    pub agency_id: Uuid,
    /// Why.
    pub reason: String,
    /// Opened.
    pub started_at: DateTime<Utc>,
    /// Ends.
    pub ends_at: DateTime<Utc>,
}

fn reason_context(id: Uuid) -> String {
    format!("desk_break_glass.reason:{id}")
}

impl Store {
    /// Opens a break-glass access of `user` to a person until `ends_at`.
    pub async fn open_break_glass(
        &self,
        (user, person_id, agency): (Uuid, Uuid, Uuid),
        reason: &str,
        ends_at: DateTime<Utc>,
        cipher: &FieldCipher,
        trail: impl FnOnce(Uuid) -> crate::act::Trail,
    ) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        let txn = self.begin_write().await?;
        break_glass::ActiveModel {
            id: Set(id),
            user_id: Set(user),
            person_id: Set(person_id),
            agency_id: Set(agency),
            reason: Set(seal(
                cipher,
                reason,
                &format!("desk_break_glass.reason:{id}"),
            )),
            started_at: Set(Utc::now()),
            ends_at: Set(ends_at),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// One break-glass access, its reason opened.
    pub async fn break_glass(
        &self,
        id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<BreakGlass>> {
        let Some(m) = break_glass::Entity::find_by_id(id).one(self.conn()).await? else {
            return Ok(None);
        };
        Ok(Some(BreakGlass {
            id: m.id,
            user_id: m.user_id,
            person_id: m.person_id,
            agency_id: m.agency_id,
            reason: open(cipher, &m.reason, &reason_context(id))?,
            started_at: m.started_at,
            ends_at: m.ends_at,
        }))
    }

    /// When `user`'s break-glass access to a person ends, if one is open at
    /// `now`.
    pub async fn break_glass_until(
        &self,
        user: Uuid,
        person_id: Uuid,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        Ok(break_glass::Entity::find()
            .select_only()
            .column(break_glass::Column::EndsAt)
            .filter(break_glass::Column::UserId.eq(user))
            .filter(break_glass::Column::PersonId.eq(person_id))
            .filter(break_glass::Column::EndsAt.gt(now))
            .order_by_desc(break_glass::Column::EndsAt)
            .into_tuple()
            .one(self.conn())
            .await?)
    }

    /// The people (id and agency, merged records left out) holding an
    /// identifier (normalized value, found by its blind index), in any
    /// agency: the only way to reach a record outside one's scope, by an
    /// exact identifier.
    pub async fn people_by_identifier(
        &self,
        value: &str,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<(Uuid, Uuid)>> {
        let ids: Vec<Uuid> = person_identifier::Entity::find()
            .select_only()
            .column(person_identifier::Column::PersonId)
            .filter(person_identifier::Column::Value.eq(cipher.blind_index(value)))
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(person::Entity::find()
            .select_only()
            .columns([person::Column::Id, person::Column::AgencyId])
            .filter(person::Column::Id.is_in(ids))
            .filter(person::Column::MergedInto.is_null())
            .into_tuple()
            .all(self.conn())
            .await?)
    }

    /// Transfers a person's record to another agency: the record, its cases
    /// and its booked appointments change owner. Visits stay with the desk
    /// that recorded them (they are its activity).
    pub async fn transfer_person(
        &self,
        person_id: Uuid,
        to: Uuid,
        trail: &crate::act::Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        person::Entity::update_many()
            .col_expr(person::Column::AgencyId, Expr::value(to))
            .col_expr(person::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(person::Column::Id.eq(person_id))
            .exec(&txn)
            .await?;
        case::Entity::update_many()
            .col_expr(case::Column::AgencyId, Expr::value(to))
            .filter(case::Column::PersonId.eq(person_id))
            .exec(&txn)
            .await?;
        appointment::Entity::update_many()
            .col_expr(appointment::Column::AgencyId, Expr::value(to))
            .filter(appointment::Column::PersonId.eq(person_id))
            .filter(appointment::Column::Status.eq("booked"))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
