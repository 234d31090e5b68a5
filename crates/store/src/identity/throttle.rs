//! Login throttling stored in the database, so every app server sees it: after
//! [`MAX_FAILURES`] wrong passwords within [`WINDOW`], the account (or the
//! email, whether or not an account exists) is locked for [`LOCKOUT`].

use chrono::{DateTime, Duration, Utc};
use crocevia_domain::identity::Email;
use sea_orm::ActiveValue::Set;
use sea_orm::TransactionTrait;
use sea_orm::entity::prelude::*;
use sha2::{Digest, Sha256};

use crate::{Store, StoreResult};

/// Row of `login_throttle`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_throttle")]
pub struct Model {
    /// SHA-256 of the normalised email.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// Failures in the current window.
    pub failures: i32,
    /// Start of the current window.
    pub window_started_at: DateTimeUtc,
    /// Locked until this time.
    pub locked_until: Option<DateTimeUtc>,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Wrong passwords that trigger a lockout.
pub const MAX_FAILURES: i32 = 10;
/// Window in which failures are counted.
pub const WINDOW: Duration = Duration::minutes(15);
/// Length of a lockout.
pub const LOCKOUT: Duration = Duration::minutes(15);

fn key(email: &Email) -> String {
    hex::encode(Sha256::digest(format!("login:{email}").as_bytes()))
}

impl Store {
    /// When logins for `email` are locked, until when.
    pub async fn login_locked_until(&self, email: &Email) -> StoreResult<Option<DateTime<Utc>>> {
        let now = Utc::now();
        Ok(Entity::find_by_id(key(email))
            .one(self.conn())
            .await?
            .and_then(|r| r.locked_until)
            .filter(|until| *until > now))
    }

    /// Counts a failed login; returns whether `email` is now locked.
    pub async fn record_login_failure(&self, email: &Email) -> StoreResult<bool> {
        let now = Utc::now();
        let txn = self.conn().begin().await?;
        let existing = Entity::find_by_id(key(email)).one(&txn).await?;
        let (failures, window_started_at) = match &existing {
            Some(r) if r.window_started_at + WINDOW > now => (r.failures + 1, r.window_started_at),
            _ => (1, now),
        };
        let locked_until = (failures >= MAX_FAILURES).then(|| now + LOCKOUT);
        let row = ActiveModel {
            key: Set(key(email)),
            failures: Set(if locked_until.is_some() { 0 } else { failures }),
            window_started_at: Set(window_started_at),
            locked_until: Set(locked_until.or(existing.as_ref().and_then(|r| r.locked_until))),
        };
        if existing.is_some() {
            row.update(&txn).await?;
        } else {
            row.insert(&txn).await?;
        }
        txn.commit().await?;
        Ok(locked_until.is_some())
    }

    /// Forgets failures after a successful login.
    pub async fn clear_login_failures(&self, email: &Email) -> StoreResult<()> {
        Entity::delete_by_id(key(email)).exec(self.conn()).await?;
        Ok(())
    }
}
