//! Server-side sessions: the browser holds a random token, the database its
//! SHA-256, so sessions are revocable and survive across app servers.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::ActiveValue::Set;
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;
use sha2::{Digest, Sha256};

use super::users::User;
use crate::act::Trail;
use crate::{Store, StoreResult};

/// Row of `sessions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    /// SHA-256 of the token, hex.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Owner.
    pub user_id: Uuid,
    /// Whether the second factor was passed in this session.
    pub second_factor: bool,
    /// Login time.
    pub created_at: DateTimeUtc,
    /// Last request (updated at most once a minute).
    pub last_seen_at: DateTimeUtc,
    /// Absolute expiry.
    pub expires_at: DateTimeUtc,
}

/// No relations declared.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// A session as listed to its owner. `id` is the token's hash: safe to show
/// and to use for revocation, useless to log in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionInfo {
    /// Token hash.
    pub id: String,
    /// Second factor passed.
    pub second_factor: bool,
    /// Login time.
    pub created_at: DateTime<Utc>,
    /// Last activity.
    pub last_seen_at: DateTime<Utc>,
    /// Expiry.
    pub expires_at: DateTime<Utc>,
}

impl From<Model> for SessionInfo {
    fn from(m: Model) -> Self {
        SessionInfo {
            id: m.id,
            second_factor: m.second_factor,
            created_at: m.created_at,
            last_seen_at: m.last_seen_at,
            expires_at: m.expires_at,
        }
    }
}

/// Sessions end this long after login, however active.
pub const SESSION_LIFETIME: Duration = Duration::hours(10);
/// Sessions end after this long without a request.
pub const SESSION_IDLE: Duration = Duration::hours(2);

/// A fresh session token (256 random bits).
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored id of a token.
#[must_use]
pub fn token_id(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl Store {
    /// Opens a session and returns the token for the cookie.
    pub async fn create_session(
        &self,
        user_id: Uuid,
        second_factor: bool,
        trail: &Trail,
    ) -> StoreResult<String> {
        let txn = self.begin_write().await?;
        let token = new_token();
        let now = Utc::now();
        ActiveModel {
            id: Set(token_id(&token)),
            user_id: Set(user_id),
            second_factor: Set(second_factor),
            created_at: Set(now),
            last_seen_at: Set(now),
            expires_at: Set(now + SESSION_LIFETIME),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(token)
    }

    /// The live session of a token and its active user; expired or idle
    /// sessions are deleted on sight.
    pub async fn session_user(&self, token: &str) -> StoreResult<Option<(SessionInfo, User)>> {
        let id = token_id(token);
        let Some(session) = Entity::find_by_id(id.clone()).one(self.conn()).await? else {
            return Ok(None);
        };
        let now = Utc::now();
        if session.expires_at <= now || session.last_seen_at + SESSION_IDLE <= now {
            Entity::delete_by_id(id).exec(self.conn()).await?;
            return Ok(None);
        }
        let Some(user) = self.user(session.user_id).await?.filter(|u| u.active) else {
            return Ok(None);
        };
        let mut info = SessionInfo::from(session.clone());
        if now - session.last_seen_at > Duration::minutes(1) {
            let mut active: ActiveModel = session.into();
            active.last_seen_at = Set(now);
            active.update(self.conn()).await?;
            info.last_seen_at = now;
        }
        Ok(Some((info, user)))
    }

    /// A user's live sessions, newest first.
    pub async fn list_sessions(&self, user_id: Uuid) -> StoreResult<Vec<SessionInfo>> {
        let now = Utc::now();
        Ok(Entity::find()
            .filter(Column::UserId.eq(user_id))
            .order_by_desc(Column::CreatedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .filter(|s| s.expires_at > now && s.last_seen_at + SESSION_IDLE > now)
            .map(Into::into)
            .collect())
    }

    /// Ends one of `user_id`'s sessions; `false` when it is not theirs or gone.
    pub async fn revoke_session(
        &self,
        user_id: Uuid,
        session_id: &str,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let result = Entity::delete_many()
            .filter(Column::Id.eq(session_id))
            .filter(Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected > 0, trail).await
    }

    /// Ends every session of a user (logout everywhere; admin revocation),
    /// with `trail(ended)` in the same transaction.
    pub async fn revoke_all_sessions(
        &self,
        user_id: Uuid,
        trail: impl FnOnce(u64) -> crate::act::Trail,
    ) -> StoreResult<u64> {
        let txn = self.begin_write().await?;
        let result = Entity::delete_many()
            .filter(Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        self.settle(&txn, &trail(result.rows_affected)).await?;
        txn.commit().await?;
        Ok(result.rows_affected)
    }
}
