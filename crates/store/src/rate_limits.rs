//! Request rate limits shared by every app server on one database: a fixed
//! window counter per bucket, counted in one atomic statement (an upsert
//! with `RETURNING`), so parallel requests never lose a hit nor fail on a
//! read-then-write race.
//!
//! A bucket is an opaque key chosen by the caller — a keyed hash of the
//! client address or account and the action — never the address itself.

use chrono::{DateTime, Duration, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{ExprTrait, OnConflict, SimpleExpr};

use crate::{Store, StoreResult};

/// Row of `rate_limits`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limits")]
pub struct Model {
    /// What is limited (an opaque key).
    #[sea_orm(primary_key, auto_increment = false)]
    pub bucket: String,
    /// Start of the current window.
    pub window_start: DateTimeUtc,
    /// Hits in the current window.
    pub hits: i32,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// A bucket's count after a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Hits in the window, this one included.
    pub hits: u32,
    /// When the window ends (and the count starts again).
    pub resets_at: DateTime<Utc>,
}

impl Store {
    /// Counts one hit on `bucket` in a window of `window` and returns the
    /// count; a window that ended starts again at `now`.
    pub async fn rate_hit(
        &self,
        bucket: &str,
        window: Duration,
        now: DateTime<Utc>,
    ) -> StoreResult<Count> {
        let ended = Expr::col((Entity, Column::WindowStart)).lte(now - window);
        let hits: SimpleExpr = Expr::case(ended.clone(), 1)
            .finally(Expr::col((Entity, Column::Hits)).add(1))
            .into();
        let start: SimpleExpr = Expr::case(ended, now)
            .finally(Expr::col((Entity, Column::WindowStart)))
            .into();
        let row = Entity::insert(ActiveModel {
            bucket: Set(bucket.to_owned()),
            window_start: Set(now),
            hits: Set(1),
        })
        .on_conflict(
            OnConflict::column(Column::Bucket)
                .value(Column::Hits, hits)
                .value(Column::WindowStart, start)
                .to_owned(),
        )
        .exec_with_returning(self.conn())
        .await?;
        Ok(Count {
            hits: u32::try_from(row.hits).unwrap_or(u32::MAX),
            resets_at: row.window_start + window,
        })
    }

    /// The count of `bucket` in its current window, without a hit.
    pub async fn rate_count(
        &self,
        bucket: &str,
        window: Duration,
        now: DateTime<Utc>,
    ) -> StoreResult<Count> {
        let row = Entity::find_by_id(bucket.to_owned())
            .one(self.conn())
            .await?
            .filter(|r| r.window_start > now - window);
        Ok(match row {
            Some(r) => Count {
                hits: u32::try_from(r.hits).unwrap_or(u32::MAX),
                resets_at: r.window_start + window,
            },
            None => Count {
                hits: 0,
                resets_at: now + window,
            },
        })
    }

    /// Forgets the windows that started before `before`.
    pub async fn purge_rate_limits(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        Ok(Entity::delete_many()
            .filter(Column::WindowStart.lt(before))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
