//! Sealing at start the columns that held plain text before they were
//! sealed (appointment purposes, task titles, case closing reasons, a
//! person's permit type, expiry and citizenships, their identifiers: they
//! tell health or legal facts). A migration cannot do it (it does not see
//! the field key), so the server does it when it starts, in batches, before
//! it listens; it is idempotent (a sealed value carries a mark, a converted
//! identifier its sealed value).

use crocevia_domain::crypto::FieldCipher;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QuerySelect, Select};

use sea_orm::ActiveValue::Set;

use super::entities::{appointment, case, person, person_identifier, task};
use super::{open, seal, split};
use crate::{Store, StoreResult};

/// The mark of a free-text column sealed in place: the column held plain
/// text before (appointment purposes, task titles, case closing reasons),
/// so a value without it is an old row the start-up step
/// ([`Store::seal_plain_text`]) has not sealed yet.
pub(super) const SEALED_TEXT: &str = "~s1~";

/// Seals a free-text value of a column that may still hold plain text.
pub(super) fn seal_text(cipher: &FieldCipher, text: &str, context: &str) -> String {
    format!("{SEALED_TEXT}{}", seal(cipher, text, context))
}

/// The sealing context of a person's permit type.
pub(super) fn permit_type_context(id: Uuid) -> String {
    format!("desk_people.permit_type:{id}")
}

/// The sealing context of a person's permit expiry.
pub(super) fn permit_expiry_context(id: Uuid) -> String {
    format!("desk_people.permit_expiry:{id}")
}

/// The sealing context of a person's citizenships.
pub(super) fn citizenships_context(id: Uuid) -> String {
    format!("desk_people.citizenships:{id}")
}

/// A person's citizenships from their column (sealed, or plain in a row
/// the start-up step has not sealed yet).
pub(super) fn open_citizenships(
    cipher: &FieldCipher,
    id: Uuid,
    stored: &str,
) -> StoreResult<Vec<String>> {
    Ok(split(&open_text(
        cipher,
        stored,
        &citizenships_context(id),
    )?))
}

/// The sealing context of a person's identifier of one kind.
fn identifier_context(person: Uuid, kind: &str) -> String {
    format!("desk_person_identifiers:{person}:{kind}")
}

/// The row of an identifier (normalized `value`): its blind index, which
/// the lookups compare, and the value sealed.
pub(super) fn identifier_row(
    cipher: &FieldCipher,
    person: Uuid,
    kind: &str,
    value: &str,
) -> person_identifier::ActiveModel {
    person_identifier::ActiveModel {
        kind: Set(kind.to_owned()),
        value: Set(cipher.blind_index(value)),
        person_id: Set(person),
        sealed_value: Set(Some(seal(cipher, value, &identifier_context(person, kind)))),
    }
}

/// An identifier (kind, normalized value) from its row; a row not converted
/// yet holds the value itself.
pub(super) fn open_identifier(
    cipher: &FieldCipher,
    row: person_identifier::Model,
) -> StoreResult<(String, String)> {
    let value = match &row.sealed_value {
        Some(sealed) => open(
            cipher,
            sealed,
            &identifier_context(row.person_id, &row.kind),
        )?,
        None => row.value,
    };
    Ok((row.kind, value))
}

/// A value of a column sealed in place, opened when there is a cipher; an
/// old plain value as it is; `None` when sealed and there is no cipher
/// (lists that leave sealed facts closed).
pub(super) fn open_text_if(
    cipher: Option<&FieldCipher>,
    stored: Option<&str>,
    context: &str,
) -> StoreResult<Option<String>> {
    match (stored, cipher) {
        (None, _) => Ok(None),
        (Some(s), Some(c)) => open_text(c, s, context).map(Some),
        (Some(s), None) if s.starts_with(SEALED_TEXT) => Ok(None),
        (Some(s), None) => Ok(Some(s.to_owned())),
    }
}

/// Opens what [`seal_text`] sealed; an old plain value as it is (until the
/// start-up step seals it).
pub(super) fn open_text(cipher: &FieldCipher, stored: &str, context: &str) -> StoreResult<String> {
    match stored.strip_prefix(SEALED_TEXT) {
        Some(sealed) => open(cipher, sealed, context),
        None => Ok(stored.to_owned()),
    }
}

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
            .seal_column::<person::Entity>(
                (person::Column::Id, person::Column::PermitType),
                permit_type_context,
                cipher,
            )
            .await?;
        sealed += self
            .seal_column::<person::Entity>(
                (person::Column::Id, person::Column::PermitExpiry),
                permit_expiry_context,
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
        sealed += self
            .seal_column::<person::Entity>(
                (person::Column::Id, person::Column::Citizenships),
                citizenships_context,
                cipher,
            )
            .await?;
        sealed += self.seal_identifiers(cipher).await?;
        Ok(sealed)
    }

    /// Replaces each identifier still in plain text by its blind index and
    /// sealed value.
    async fn seal_identifiers(&self, cipher: &FieldCipher) -> StoreResult<usize> {
        let mut sealed = 0;
        loop {
            let plain = person_identifier::Entity::find()
                .filter(person_identifier::Column::SealedValue.is_null())
                .limit(BATCH)
                .all(self.conn())
                .await?;
            if plain.is_empty() {
                return Ok(sealed);
            }
            for row in plain {
                let converted = identifier_row(cipher, row.person_id, &row.kind, &row.value);
                // Only if still the row read: a concurrent edit wins.
                person_identifier::Entity::update_many()
                    .set(converted)
                    .filter(person_identifier::Column::Kind.eq(row.kind))
                    .filter(person_identifier::Column::Value.eq(row.value))
                    .filter(person_identifier::Column::PersonId.eq(row.person_id))
                    .filter(person_identifier::Column::SealedValue.is_null())
                    .exec(self.conn())
                    .await?;
                sealed += 1;
            }
        }
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
