//! Storage of the TOTP second factor: the secret (encrypted by the caller with
//! the field key), replay protection and single-use recovery codes.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sea_orm::ActiveValue::Set;
use sea_orm::Condition;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sha2::{Digest, Sha256};

use super::{sessions, users};
use crate::act::Trail;
use crate::{Store, StoreResult};

/// The `recovery_codes` table.
pub mod recovery_code {
    use sea_orm::entity::prelude::*;

    /// Row of `recovery_codes`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "recovery_codes")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Owner.
        pub user_id: Uuid,
        /// SHA-256 of the normalised code.
        pub code_hash: String,
        /// When it was used.
        pub used_at: Option<DateTimeUtc>,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The hash stored for a normalised recovery code (they carry ~49 bits of
/// randomness each and are single-use, so a fast hash suffices).
#[must_use]
pub fn recovery_hash(user: Uuid, normalised: &str) -> String {
    hex::encode(Sha256::digest(
        format!("recovery:{user}:{normalised}").as_bytes(),
    ))
}

/// A user's stored second-factor state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotpState {
    /// Sealed secret bytes.
    pub sealed_secret: Vec<u8>,
    /// Confirmed with a code.
    pub confirmed: bool,
    /// Last accepted step.
    pub last_step: Option<u64>,
}

impl Store {
    /// The user's TOTP state, if a secret (pending or confirmed) is stored.
    pub async fn totp_state(&self, user: Uuid) -> StoreResult<Option<TotpState>> {
        let Some(m) = users::Entity::find_by_id(user).one(self.conn()).await? else {
            return Ok(None);
        };
        Ok(m.totp_secret
            .and_then(|s| STANDARD.decode(s).ok())
            .map(|sealed_secret| TotpState {
                sealed_secret,
                confirmed: m.totp_confirmed,
                last_step: m.totp_last_step.and_then(|s| u64::try_from(s).ok()),
            }))
    }

    /// Stores a new, unconfirmed secret (replacing any pending one); refused
    /// (`false`) when a confirmed one exists.
    pub async fn set_pending_totp(&self, user: Uuid, sealed: &[u8]) -> StoreResult<bool> {
        let result = users::Entity::update_many()
            .col_expr(
                users::Column::TotpSecret,
                Expr::value(STANDARD.encode(sealed)),
            )
            .col_expr(
                users::Column::TotpLastStep,
                Expr::value(Option::<i64>::None),
            )
            .filter(users::Column::Id.eq(user))
            .filter(users::Column::TotpConfirmed.eq(false))
            .exec(self.conn())
            .await?;
        Ok(result.rows_affected == 1)
    }

    /// Confirms the pending secret at `step`, replaces the recovery codes, and
    /// marks `session` as having passed the second factor.
    pub async fn confirm_totp(
        &self,
        user: Uuid,
        step: u64,
        recovery_hashes: &[String],
        session: &str,
        trail: &Trail,
    ) -> StoreResult<String> {
        let txn = self.begin_write().await?;
        users::Entity::update_many()
            .col_expr(users::Column::TotpConfirmed, Expr::value(true))
            .col_expr(users::Column::TotpLastStep, Expr::value(step as i64))
            .filter(users::Column::Id.eq(user))
            .exec(&txn)
            .await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        for hash in recovery_hashes {
            recovery_code::ActiveModel {
                id: Set(Uuid::now_v7()),
                user_id: Set(user),
                code_hash: Set(hash.clone()),
                used_at: Set(None),
            }
            .insert(&txn)
            .await?;
        }
        let token = mark_second_factor(&txn, session).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(token)
    }

    /// Accepts a TOTP step for the user and the session, once: the session's
    /// new token, or `None` when the step (or a later one) was already used,
    /// so a code is never replayed.
    pub async fn accept_totp_step(
        &self,
        user: Uuid,
        step: u64,
        session: &str,
        trail: &Trail,
    ) -> StoreResult<Option<String>> {
        let txn = self.begin_write().await?;
        let step = step as i64;
        let result = users::Entity::update_many()
            .col_expr(users::Column::TotpLastStep, Expr::value(step))
            .filter(users::Column::Id.eq(user))
            .filter(
                Condition::any()
                    .add(users::Column::TotpLastStep.is_null())
                    .add(users::Column::TotpLastStep.lt(step)),
            )
            .exec(&txn)
            .await?;
        if result.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(None);
        }
        let token = mark_second_factor(&txn, session).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(Some(token))
    }

    /// Uses a recovery code for the user and the session: the session's new
    /// token, or `None` when the code is unknown or already used.
    pub async fn use_recovery_code(
        &self,
        user: Uuid,
        hash: &str,
        session: &str,
        trail: &Trail,
    ) -> StoreResult<Option<String>> {
        let txn = self.begin_write().await?;
        let result = recovery_code::Entity::update_many()
            .col_expr(
                recovery_code::Column::UsedAt,
                Expr::value(chrono::Utc::now()),
            )
            .filter(recovery_code::Column::UserId.eq(user))
            .filter(recovery_code::Column::CodeHash.eq(hash))
            .filter(recovery_code::Column::UsedAt.is_null())
            .exec(&txn)
            .await?;
        if result.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(None);
        }
        let token = mark_second_factor(&txn, session).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(Some(token))
    }

    /// Recovery codes not used yet.
    pub async fn unused_recovery_codes(&self, user: Uuid) -> StoreResult<u64> {
        Ok(recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(user))
            .filter(recovery_code::Column::UsedAt.is_null())
            .count(self.conn())
            .await?)
    }
}

/// Marks the session as past the second factor under a new token, which it
/// returns: a token seen before the factor (a fixed or stolen cookie) is
/// worth nothing after it.
async fn mark_second_factor(txn: &impl ConnectionTrait, session: &str) -> StoreResult<String> {
    let token = sessions::new_token();
    sessions::Entity::update_many()
        .col_expr(
            sessions::Column::Id,
            Expr::value(sessions::token_id(&token)),
        )
        .col_expr(sessions::Column::SecondFactor, Expr::value(true))
        .filter(sessions::Column::Id.eq(session))
        .exec(txn)
        .await?;
    Ok(token)
}
