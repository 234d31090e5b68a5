//! How a person is written in rows: the person row itself, names, sound keys, identifiers and languages, every one computed again on each write.

use super::entities::{person, person_identifier, person_key, person_language, person_name};
use super::keys::stored_keys;
use super::sealing::{
    citizenships_context, identifier_row, permit_expiry_context, permit_type_context, seal_text,
};
use super::{PersonInput, csv, seal, sensitive_context};
use crate::StoreResult;
use chrono::{DateTime, Utc};
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::PartialDate;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use std::collections::BTreeSet;

/// The row of `desk_people` for `input` (id, owner and creation left unset).
pub(super) fn person_model(
    id: Uuid,
    input: &PersonInput,
    cipher: &FieldCipher,
    now: DateTime<Utc>,
) -> person::ActiveModel {
    let sensitive = (!input.sensitive.is_empty()).then(|| {
        let json = serde_json::to_string(&input.sensitive).unwrap_or_default();
        seal(cipher, &json, &sensitive_context(id))
    });
    person::ActiveModel {
        given_name: Set(input.given_name.clone()),
        family_name: Set(input.family_name.clone()),
        latin_name: Set(input.latin_name.clone()),
        birth_date: Set(input.birth.map(|b| b.to_string())),
        birth_year: Set(input.birth.map(PartialDate::year)),
        sex: Set(input.sex.clone()),
        citizenships: Set(seal_text(
            cipher,
            &csv(&input.citizenships),
            &citizenships_context(id),
        )),
        permit_type: Set(input
            .permit_type
            .as_deref()
            .map(|t| seal_text(cipher, t, &permit_type_context(id)))),
        permit_expiry: Set(input.permit_expiry.map(|d| {
            seal_text(
                cipher,
                &d.format("%Y-%m-%d").to_string(),
                &permit_expiry_context(id),
            )
        })),
        permit_expiry_month: Set(input.permit_expiry.map(|d| d.format("%Y-%m").to_string())),
        phone: Set(input.phone.clone()),
        email: Set(input.email.clone()),
        address: Set(input.address.clone()),
        sensitive: Set(sensitive),
        merged_into: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub(super) async fn write_person_parts(
    txn: &impl ConnectionTrait,
    id: Uuid,
    input: &PersonInput,
    cipher: &FieldCipher,
) -> StoreResult<()> {
    let mut names = vec![
        format!("{} {}", input.given_name, input.family_name),
        input.latin_name.clone(),
    ];
    names.extend(input.aliases.iter().cloned());
    if !input.aliases.is_empty() {
        person_name::Entity::insert_many(
            input
                .aliases
                .iter()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .map(|a| person_name::ActiveModel {
                    person_id: Set(id),
                    name: Set(a.clone()),
                }),
        )
        .on_conflict(
            OnConflict::columns([person_name::Column::PersonId, person_name::Column::Name])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    }
    insert_names_keys_ids(
        txn,
        id,
        (&names, input.birth.map(PartialDate::year)),
        &input.identifiers,
        cipher,
    )
    .await?;
    if !input.languages.is_empty() {
        person_language::Entity::insert_many(input.languages.iter().map(|(lang, level)| {
            person_language::ActiveModel {
                person_id: Set(id),
                lang: Set(lang.clone()),
                level: Set(level.clone()),
            }
        }))
        .on_conflict(
            OnConflict::columns([
                person_language::Column::PersonId,
                person_language::Column::Lang,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}

/// Adds the sound keys of `names` and the identifiers (sealed, with their
/// blind index) to a person.
pub(super) async fn insert_names_keys_ids(
    txn: &impl ConnectionTrait,
    id: Uuid,
    (names, birth_year): (&[String], Option<i32>),
    identifiers: &[(String, String)],
    cipher: &FieldCipher,
) -> StoreResult<()> {
    let keys = stored_keys(names, birth_year);
    if !keys.is_empty() {
        person_key::Entity::insert_many(keys.into_iter().map(|key| person_key::ActiveModel {
            key: Set(key),
            person_id: Set(id),
        }))
        .on_conflict(
            OnConflict::columns([person_key::Column::Key, person_key::Column::PersonId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    }
    if !identifiers.is_empty() {
        person_identifier::Entity::insert_many(
            identifiers
                .iter()
                .map(|(kind, value)| identifier_row(cipher, id, kind, value)),
        )
        .on_conflict(
            OnConflict::columns([
                person_identifier::Column::Kind,
                person_identifier::Column::Value,
                person_identifier::Column::PersonId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}
