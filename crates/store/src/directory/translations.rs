//! Translations of the directory's record texts: what is stored, and the
//! Italian source each was made from (a hash of it, so a translation of an
//! older text shows as outdated). A field is a record's own (`description`)
//! or a nested item's (`required_documents/<id>/document`).

use chrono::Utc;
use crocevia_domain::translation::source_hash;
use sea_orm::ActiveValue::Set;
use sea_orm::ConnectionTrait;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use serde_json::{Map, Value};

use super::hsds::{self, Records};
use super::{CHUNK, id, location, organization, service, text_of, translation};
use crate::StoreResult;

/// A translation to store.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct Translation {
    /// `service`, `organization` or `location`.
    pub entity: String,
    /// Record id.
    pub id: String,
    /// Field (`name`, `description`, …).
    pub field: String,
    /// Language tag.
    pub lang: String,
    /// Text.
    pub text: String,
    /// `machine` or `reviewed`.
    pub status: String,
}

/// The text of a translatable field of a record: a top-level field
/// (`description`), or one of a nested item, named
/// `list/item id/field` (`required_documents/<id>/document`,
/// `cost_options/<id>/option`).
#[must_use]
pub fn field_text(record: &Map<String, Value>, field: &str) -> Option<String> {
    let mut path = field.splitn(3, '/');
    match (path.next(), path.next(), path.next()) {
        (Some(list), Some(item), Some(key)) => record
            .get(list)?
            .as_array()?
            .iter()
            .filter_map(Value::as_object)
            .find(|o| o.get("id").and_then(Value::as_str) == Some(item))
            .and_then(|o| text_of(o, key)),
        _ => text_of(record, field),
    }
}

pub(super) async fn write_translations(
    txn: &impl ConnectionTrait,
    records: &Records,
    translations: &[Translation],
    version: i64,
) -> StoreResult<()> {
    if translations.is_empty() {
        return Ok(());
    }
    // What the columns hold (PostgreSQL enforces the lengths): refused with
    // its place, not as a driver error.
    for (i, t) in translations.iter().enumerate() {
        for (name, value, most) in [
            ("entity", &t.entity, 32),
            ("id", &t.id, 64),
            ("field", &t.field, 160),
            ("lang", &t.lang, 16),
            ("status", &t.status, 16),
        ] {
            if value.chars().count() > most {
                return Err(crate::StoreError::Refused(hsds::RecordError {
                    place: format!("translation {}", i + 1),
                    field: name.to_owned(),
                    message: format!("longer than {most} characters"),
                }));
            }
        }
    }
    // The source each translation was made from: the current Italian text,
    // from this batch when it carries the record, else from the database.
    let mut batch: std::collections::HashMap<(&str, String), &Map<String, Value>> =
        std::collections::HashMap::new();
    for (entity, list) in [
        ("service", &records.services),
        ("organization", &records.organizations),
        ("location", &records.locations),
    ] {
        for r in list {
            batch.insert((entity, id(r)), r);
        }
    }
    let now = Utc::now();
    for chunk in translations.chunks(CHUNK) {
        let mut rows = Vec::with_capacity(chunk.len());
        for t in chunk {
            let source = match batch.get(&(t.entity.as_str(), t.id.clone())) {
                Some(r) => field_text(r, &t.field),
                None => source_text(txn, &t.entity, &t.id, &t.field).await?,
            };
            rows.push(translation::ActiveModel {
                entity: Set(t.entity.clone()),
                entity_id: Set(t.id.clone()),
                field: Set(t.field.clone()),
                lang: Set(t.lang.clone()),
                text: Set(t.text.clone()),
                status: Set(t.status.clone()),
                source_hash: Set(source_hash(&source.unwrap_or_default())),
                updated_at: Set(now),
                changed_version: Set(version),
            });
        }
        translation::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([
                    translation::Column::Entity,
                    translation::Column::EntityId,
                    translation::Column::Field,
                    translation::Column::Lang,
                ])
                .update_columns([
                    translation::Column::Text,
                    translation::Column::Status,
                    translation::Column::SourceHash,
                    translation::Column::UpdatedAt,
                    translation::Column::ChangedVersion,
                ])
                .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

/// The Italian text of a record's field.
async fn source_text(
    conn: &impl ConnectionTrait,
    entity: &str,
    id: &str,
    field: &str,
) -> StoreResult<Option<String>> {
    let record = match entity {
        "service" => service::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|m| m.record),
        "organization" => organization::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|m| m.record),
        "location" => location::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|m| m.record),
        _ => None,
    };
    Ok(record
        .and_then(|r| serde_json::from_str::<Map<String, Value>>(&r).ok())
        .and_then(|r| field_text(&r, field)))
}
