//! Households: two people of one agency linked with their relation, stored
//! in both directions.

use crocevia_domain::desk::Relation;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{ExprTrait, OnConflict};

use super::corrupt;
use super::entities::household;
use crate::act::Trail;
use crate::{Store, StoreResult};

impl Store {
    /// Links two people of a household (the relation read from `person`;
    /// the other direction is stored too). Linking again changes the
    /// relation.
    pub async fn link_household(
        &self,
        person_id: Uuid,
        other: Uuid,
        relation: Relation,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        for (a, b, r) in [
            (person_id, other, relation),
            (other, person_id, relation.inverse()),
        ] {
            household::Entity::insert(household::ActiveModel {
                person_id: Set(a),
                other_id: Set(b),
                relation: Set(r.as_str().to_owned()),
            })
            .on_conflict(
                OnConflict::columns([household::Column::PersonId, household::Column::OtherId])
                    .update_column(household::Column::Relation)
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Unlinks two people of a household (both directions).
    pub async fn unlink_household(
        &self,
        person_id: Uuid,
        other: Uuid,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        household::Entity::delete_many()
            .filter(
                sea_orm::Condition::any()
                    .add(
                        household::Column::PersonId
                            .eq(person_id)
                            .and(household::Column::OtherId.eq(other)),
                    )
                    .add(
                        household::Column::PersonId
                            .eq(other)
                            .and(household::Column::OtherId.eq(person_id)),
                    ),
            )
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A person's household: (other person, relation read from `person`).
    pub async fn household(&self, person_id: Uuid) -> StoreResult<Vec<(Uuid, Relation)>> {
        household::Entity::find()
            .filter(household::Column::PersonId.eq(person_id))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|h| {
                Ok((
                    h.other_id,
                    Relation::parse(&h.relation)
                        .ok_or_else(|| corrupt("household", h.person_id))?,
                ))
            })
            .collect()
    }
}
