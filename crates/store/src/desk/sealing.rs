//! Sealing at start the free-text columns that held plain text before they
//! were sealed (appointment purposes, task titles, case closing reasons: they
//! often tell a health or legal fact). A migration cannot do it (it does not
//! see the field key), so the server does it when it starts, in batches,
//! before it listens; it is idempotent (a sealed value carries a mark).

use crocevia_domain::crypto::FieldCipher;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QuerySelect, Select};

use super::entities::{appointment, case, task};
use super::{SEALED_TEXT, seal_text};
use crate::{Store, StoreResult};

/// Rows sealed per round (one short write each).
const BATCH: u64 = 500;

impl Store {
    /// Seals the free-text values still in plain text; returns how many.
    pub async fn seal_plain_text(&self, cipher: &FieldCipher) -> StoreResult<usize> {
        let mut sealed = 0;
        sealed += self
            .seal_column::<appointment::Entity>(
                (appointment::Column::Id, appointment::Column::Purpose),
                super::calendar::purpose_context,
                cipher,
            )
            .await?;
        sealed += self
            .seal_column::<task::Entity>(
                (task::Column::Id, task::Column::Title),
                super::work::title_context,
                cipher,
            )
            .await?;
        sealed += self
            .seal_column::<case::Entity>(
                (case::Column::Id, case::Column::CloseReason),
                super::cases::close_reason_context,
                cipher,
            )
            .await?;
        Ok(sealed)
    }

    async fn seal_column<E: EntityTrait>(
        &self,
        (id, text): (E::Column, E::Column),
        context: fn(Uuid) -> String,
        cipher: &FieldCipher,
    ) -> StoreResult<usize> {
        let mut sealed = 0;
        loop {
            let plain: Select<E> = E::find()
                .select_only()
                .column(id)
                .column(text)
                .filter(text.is_not_null())
                .filter(text.not_like(format!("{SEALED_TEXT}%")))
                .limit(BATCH);
            let rows: Vec<(Uuid, String)> = plain.into_tuple().all(self.conn()).await?;
            if rows.is_empty() {
                return Ok(sealed);
            }
            for (row, value) in rows {
                // Only if still the value read: a concurrent write wins.
                E::update_many()
                    .col_expr(text, Expr::value(seal_text(cipher, &value, &context(row))))
                    .filter(id.eq(row))
                    .filter(text.eq(value))
                    .exec(self.conn())
                    .await?;
                sealed += 1;
            }
        }
    }
}
