//! Operators' notifications in the workspace: what happened to which object
//! (never a person's name), read or not.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QueryOrder, QuerySelect};

use crate::desk::entities::notification;
use crate::{Store, StoreResult};

/// One notification of an operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// Id.
    pub id: Uuid,
    /// Kind, e.g. `referral.received`.
    pub kind: String,
    /// Object kind.
    pub object_type: String,
    /// Object id.
    pub object_id: Uuid,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Read.
    pub read_at: Option<DateTime<Utc>>,
}

impl Store {
    /// An operator's latest notifications.
    pub async fn notifications(&self, user: Uuid, limit: u64) -> StoreResult<Vec<Notification>> {
        Ok(notification::Entity::find()
            .filter(notification::Column::UserId.eq(user))
            .order_by_desc(notification::Column::CreatedAt)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|n| Notification {
                id: n.id,
                kind: n.kind,
                object_type: n.object_type,
                object_id: n.object_id,
                created_at: n.created_at,
                read_at: n.read_at,
            })
            .collect())
    }

    /// How many notifications an operator has not read.
    pub async fn unread_notifications(&self, user: Uuid) -> StoreResult<u64> {
        Ok(notification::Entity::find()
            .filter(notification::Column::UserId.eq(user))
            .filter(notification::Column::ReadAt.is_null())
            .count(self.conn())
            .await?)
    }

    /// Marks all of an operator's notifications read.
    pub async fn mark_notifications_read(&self, user: Uuid) -> StoreResult<()> {
        notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, Expr::value(Some(Utc::now())))
            .filter(notification::Column::UserId.eq(user))
            .filter(notification::Column::ReadAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
