//! Single-use, expiring tokens for links sent by email (invitation, password
//! reset). Only their SHA-256 is stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Duration, Utc};
use rand::RngCore;
use sea_orm::ActiveValue::Set;

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;

use super::sessions::token_id;
use super::users::{self, User};
use crate::act::Trail;
use crate::{Store, StoreResult};

/// Row of `user_tokens`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_tokens")]
pub struct Model {
    /// SHA-256 of the token.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Whose.
    pub user_id: Uuid,
    /// `invite` or `reset`.
    pub purpose: String,
    /// Creation.
    pub created_at: DateTimeUtc,
    /// Expiry.
    pub expires_at: DateTimeUtc,
    /// When it was used.
    pub used_at: Option<DateTimeUtc>,
}

/// No relations declared.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What a link is for, and how long it lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Set the first password of an invited operator (7 days).
    Invite,
    /// Choose a new password (1 hour).
    Reset,
}

impl TokenPurpose {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Invite => "invite",
            Self::Reset => "reset",
        }
    }

    fn lifetime(self) -> Duration {
        match self {
            Self::Invite => Duration::days(7),
            Self::Reset => Duration::hours(1),
        }
    }
}

impl Store {
    /// Issues a token for `user` and queues the mail that carries it, with
    /// `trail`, in one transaction: `seal` turns the token into the sealed
    /// link the outbox keeps. Earlier unused tokens of the same purpose stop
    /// working.
    pub async fn issue_user_token(
        &self,
        user: Uuid,
        purpose: TokenPurpose,
        seal: impl FnOnce(&str) -> String,
        trail: Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let token = insert_token(&txn, user, purpose).await?;
        let trail = trail.mail_link(user, purpose.as_str(), seal(&token));
        self.settle(&txn, &trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The active user a valid (unused, unexpired) token belongs to.
    pub async fn user_for_token(
        &self,
        token: &str,
        purpose: TokenPurpose,
    ) -> StoreResult<Option<User>> {
        let Some(row) = Entity::find_by_id(token_id(token)).one(self.conn()).await? else {
            return Ok(None);
        };
        if row.purpose != purpose.as_str() || row.used_at.is_some() || row.expires_at <= Utc::now()
        {
            return Ok(None);
        }
        Ok(self.user(row.user_id).await?.filter(|u| u.active))
    }

    /// Uses a valid token to set the user's password, and ends all their
    /// sessions; `None` when the token is not valid (any more).
    pub async fn set_password_with_token(
        &self,
        token: &str,
        purpose: TokenPurpose,
        password_hash: &str,
        trail: &Trail,
    ) -> StoreResult<Option<User>> {
        let Some(user) = self.user_for_token(token, purpose).await? else {
            return Ok(None);
        };
        let txn = self.begin_write().await?;
        let used = Entity::update_many()
            .col_expr(Column::UsedAt, Expr::value(Utc::now()))
            .filter(Column::Id.eq(token_id(token)))
            .filter(Column::UsedAt.is_null())
            .exec(&txn)
            .await?;
        if used.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(None);
        }
        users::Entity::update_many()
            .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
            .col_expr(users::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(users::Column::Id.eq(user.id))
            .exec(&txn)
            .await?;
        super::sessions::Entity::delete_many()
            .filter(super::sessions::Column::UserId.eq(user.id))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(Some(user))
    }

    /// When the pending invitation of each invited operator expires (unused
    /// invitation links only; one per operator, since a new one replaces the old).
    pub async fn pending_invitations(
        &self,
    ) -> StoreResult<std::collections::BTreeMap<Uuid, chrono::DateTime<Utc>>> {
        Ok(Entity::find()
            .filter(Column::Purpose.eq(TokenPurpose::Invite.as_str()))
            .filter(Column::UsedAt.is_null())
            .all(self.conn())
            .await?
            .into_iter()
            .map(|t| (t.user_id, t.expires_at))
            .collect())
    }
}

/// Issues a new `purpose` token of `user` inside `txn`, ending the unused
/// ones of that purpose; returns the token (only its hash is stored).
pub(crate) async fn insert_token(
    txn: &impl ConnectionTrait,
    user: Uuid,
    purpose: TokenPurpose,
) -> StoreResult<String> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let now = Utc::now();
    Entity::delete_many()
        .filter(Column::UserId.eq(user))
        .filter(Column::Purpose.eq(purpose.as_str()))
        .filter(Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    ActiveModel {
        id: Set(token_id(&token)),
        user_id: Set(user),
        purpose: Set(purpose.as_str().to_owned()),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
    }
    .insert(txn)
    .await?;
    Ok(token)
}
