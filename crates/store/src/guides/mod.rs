//! Procedure guides and the glossary: their structure, every text field per
//! language with its translation status, and guide revisions.
//!
//! Italian is the source language: its texts have status `source`. A
//! translation is `machine` or `reviewed`, and remembers the hash of the
//! Italian text it was made from; when the Italian changes it reads as
//! `outdated` (derived, never stored).

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use serde::{Deserialize, Serialize};

use crate::act::Trail;
use crate::{Store, StoreResult};
use crocevia_domain::translation::source_hash;

pub mod demo;
mod edit;

pub use edit::{ConceptInput, GuideInput, RevisionContent};

/// The `guides` table.
pub mod guide {
    use sea_orm::entity::prelude::*;

    /// Row of `guides`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "guides")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// URL name (`rinnovo-permesso-di-soggiorno`).
        #[sea_orm(unique)]
        pub slug: String,
        /// One of `crocevia_domain::guides::CATEGORIES`.
        pub category: String,
        /// JSON array of permit types.
        pub permit_types: String,
        /// JSON array of steps: `{"services": [...], "links": [...]}`.
        pub steps: String,
        /// `draft`, `in_review`, `published`.
        pub status: String,
        /// Date of the last content review (`YYYY-MM-DD`).
        pub reviewed_on: Option<String>,
        /// Who reviewed it.
        pub reviewed_by: Option<String>,
        /// Months until the next review is due.
        pub review_every_months: i32,
        /// Last change.
        pub updated_at: DateTimeUtc,
        /// Who made it.
        pub updated_by: Option<Uuid>,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `glossary_concepts` table.
pub mod concept {
    use sea_orm::entity::prelude::*;

    /// Row of `glossary_concepts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "glossary_concepts")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// URL name.
        #[sea_orm(unique)]
        pub slug: String,
        /// JSON array of related concepts' slugs.
        pub related: String,
        /// Legal reference or source.
        pub source: String,
        /// Last change.
        pub updated_at: DateTimeUtc,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `content_texts` table.
pub mod text {
    use sea_orm::entity::prelude::*;

    /// Row of `content_texts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "content_texts")]
    pub struct Model {
        /// `guide` or `concept`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub entity: String,
        /// Guide or concept id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub entity_id: String,
        /// Field key (`title`, `step.2.body`, `term`…).
        #[sea_orm(primary_key, auto_increment = false)]
        pub field: String,
        /// Language tag.
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        /// The text.
        pub text: String,
        /// `source` (Italian), `machine` or `reviewed`.
        pub status: String,
        /// SHA-256 of the Italian text a translation was made from.
        pub source_hash: String,
        /// Last change.
        pub updated_at: DateTimeUtc,
        /// Who made it.
        pub updated_by: Option<Uuid>,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `guide_revisions` table.
pub mod revision {
    use sea_orm::entity::prelude::*;

    /// Row of `guide_revisions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "guide_revisions")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// The guide.
        pub guide_id: String,
        /// 1, 2, 3… per guide.
        pub number: i32,
        /// The guide's status after this revision.
        pub status: String,
        /// JSON: the guide's structure and Italian texts.
        pub content: String,
        /// When.
        pub created_at: DateTimeUtc,
        /// Who.
        pub created_by: Option<Uuid>,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One step of a guide: where to go (directory categories) and official
/// pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Directory taxonomy codes.
    #[serde(default)]
    pub services: Vec<String>,
    /// Official pages (https).
    #[serde(default)]
    pub links: Vec<String>,
}

pub use crocevia_domain::translation::TranslationStatus;

/// Every text of one guide or concept, by (field, language).
#[derive(Debug, Clone, Default)]
pub struct Texts {
    map: BTreeMap<(String, String), text::Model>,
}

impl Texts {
    pub(crate) fn from_rows(rows: Vec<text::Model>) -> Texts {
        Texts {
            map: rows
                .into_iter()
                .map(|t| ((t.field.clone(), t.lang.clone()), t))
                .collect(),
        }
    }

    /// A field in a language, with its status.
    #[must_use]
    pub fn get(&self, field: &str, lang: &str) -> Option<(&str, TranslationStatus)> {
        let t = self.map.get(&(field.to_owned(), lang.to_owned()))?;
        if lang == "it" {
            return Some((&t.text, TranslationStatus::Source));
        }
        let source = self
            .map
            .get(&(field.to_owned(), "it".to_owned()))
            .map_or("", |s| s.text.as_str());
        let status = TranslationStatus::of(&t.status, &t.source_hash, source);
        Some((&t.text, status))
    }

    /// The Italian text of a field (empty when missing).
    #[must_use]
    pub fn italian(&self, field: &str) -> &str {
        self.get(field, "it").map_or("", |(t, _)| t)
    }

    /// Every field key with an Italian text.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.map
            .keys()
            .filter(|(_, l)| l == "it")
            .map(|(f, _)| f.as_str())
    }
}

/// A guide with its texts.
#[derive(Debug, Clone)]
pub struct Guide {
    /// The row.
    pub row: guide::Model,
    /// Its steps.
    pub steps: Vec<Step>,
    /// Its permit types.
    pub permit_types: Vec<String>,
    /// Its texts.
    pub texts: Texts,
}

impl Guide {
    /// When the next review is due (`reviewed_on` plus the interval).
    #[must_use]
    pub fn next_review(&self) -> Option<chrono::NaiveDate> {
        let reviewed = self
            .row
            .reviewed_on
            .as_deref()?
            .parse::<chrono::NaiveDate>()
            .ok()?;
        reviewed.checked_add_months(chrono::Months::new(
            u32::try_from(self.row.review_every_months).unwrap_or(12),
        ))
    }
}

/// A glossary concept with its texts.
#[derive(Debug, Clone)]
pub struct Concept {
    /// The row.
    pub row: concept::Model,
    /// Related concepts' slugs.
    pub related: Vec<String>,
    /// Its texts (`term`, `aliases` one per line, `definition`).
    pub texts: Texts,
}

/// Texts to write for one guide or concept: ((entity, id), texts).
pub type TextBatch = ((String, String), Vec<NewText>);

/// A text to write: (field, language, text, status).
#[derive(Debug, Clone)]
pub struct NewText {
    /// Field key.
    pub field: String,
    /// Language tag.
    pub lang: String,
    /// The text.
    pub text: String,
    /// `machine` or `reviewed` (ignored for Italian).
    pub status: String,
}

impl Store {
    /// Every guide (any status), by slug, with its texts.
    pub async fn guides(&self) -> StoreResult<Vec<Guide>> {
        let rows = guide::Entity::find()
            .order_by_asc(guide::Column::Slug)
            .all(self.conn())
            .await?;
        let mut texts = self.texts_of("guide", None).await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let t = texts.remove(&row.id).unwrap_or_default();
                guide_of(row, t)
            })
            .collect())
    }

    /// One guide by slug.
    pub async fn guide_by_slug(&self, slug: &str) -> StoreResult<Option<Guide>> {
        let Some(row) = guide::Entity::find()
            .filter(guide::Column::Slug.eq(slug))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let texts = self
            .texts_of("guide", Some(&row.id))
            .await?
            .remove(&row.id)
            .unwrap_or_default();
        Ok(Some(guide_of(row, texts)))
    }

    /// Every glossary concept, with its texts.
    pub async fn concepts(&self) -> StoreResult<Vec<Concept>> {
        let rows = concept::Entity::find()
            .order_by_asc(concept::Column::Slug)
            .all(self.conn())
            .await?;
        let mut texts = self.texts_of("concept", None).await?;
        Ok(rows
            .into_iter()
            .map(|row| Concept {
                related: serde_json::from_str(&row.related).unwrap_or_default(),
                texts: texts.remove(&row.id).unwrap_or_default(),
                row,
            })
            .collect())
    }

    /// A fingerprint of the glossary's terms, aliases and definitions: the
    /// number of concepts and of their texts, and the last change of any.
    /// Every write of a concept's texts changes it (a deletion the counts),
    /// so a cache built from [`Store::concepts`] is current while it holds.
    pub async fn glossary_version(&self) -> StoreResult<String> {
        use sea_orm::PaginatorTrait;
        let concepts = concept::Entity::find().count(self.conn()).await?;
        Ok(format!(
            "{concepts}:{}",
            self.texts_version("concept").await?
        ))
    }

    /// A fingerprint of the guides: their number and last change, and the
    /// number and last change of their texts. Every save, status change and
    /// translation changes it, so a cache built from
    /// [`Store::published_guides`] is current while it holds.
    pub async fn guides_version(&self) -> StoreResult<String> {
        let guides = self
            .count_and_latest(guide::Entity::find(), guide::Column::UpdatedAt)
            .await?;
        Ok(format!("{guides}:{}", self.texts_version("guide").await?))
    }

    /// The number of texts of `entity` and their last change.
    async fn texts_version(&self, entity: &str) -> StoreResult<String> {
        let texts = text::Entity::find().filter(text::Column::Entity.eq(entity));
        self.count_and_latest(texts, text::Column::UpdatedAt).await
    }

    /// `rows:latest`: how many rows `query` finds and the latest `updated`
    /// among them (microseconds), in one query.
    async fn count_and_latest<E: EntityTrait>(
        &self,
        query: sea_orm::Select<E>,
        updated: E::Column,
    ) -> StoreResult<String> {
        use sea_orm::QuerySelect;
        use sea_orm::sea_query::{Expr, Func};
        let (rows, latest): (i64, Option<DateTimeUtc>) = query
            .select_only()
            .column_as(Expr::expr(Func::count(Expr::cust("*"))), "rows")
            .column_as(updated.max(), "latest")
            .into_tuple()
            .one(self.conn())
            .await?
            .unwrap_or((0, None));
        let latest = latest.map(|t| t.timestamp_micros()).unwrap_or_default();
        Ok(format!("{rows}:{latest}"))
    }

    /// Every published guide with its texts, by slug.
    pub async fn published_guides(&self) -> StoreResult<BTreeMap<String, Guide>> {
        let rows = guide::Entity::find()
            .filter(
                guide::Column::Status.eq(crocevia_domain::guides::GuideStatus::Published.as_str()),
            )
            .all(self.conn())
            .await?;
        let mut texts = self.texts_of("guide", None).await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let t = texts.remove(&row.id).unwrap_or_default();
                (row.slug.clone(), guide_of(row, t))
            })
            .collect())
    }

    /// Writes texts of a guide (`guide`) or concept (`concept`) in one
    /// transaction; a guide's Italian changes make a new revision.
    pub async fn put_texts(
        &self,
        (entity, id): (&str, &str),
        texts: &[NewText],
        by: Option<Uuid>,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        Store::write_texts(&txn, (entity, id), texts, by).await?;
        if entity == "guide" && texts.iter().any(|t| t.lang == "it") {
            let status = guide::Entity::find_by_id(id.to_owned())
                .one(&txn)
                .await?
                .map_or_else(|| "draft".to_owned(), |g| g.status);
            Store::record_revision(&txn, id, &status, by).await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Writes translations of many guides and concepts in one transaction
    /// (an XLIFF import: all or nothing).
    pub async fn put_translations(
        &self,
        batches: &[TextBatch],
        by: Option<Uuid>,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        for ((entity, id), texts) in batches {
            Store::write_texts(&txn, (entity, id), texts, by).await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Moves a guide in the editorial workflow, recording a revision.
    pub async fn set_guide_status(
        &self,
        id: &str,
        status: crocevia_domain::guides::GuideStatus,
        by: Option<Uuid>,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        guide::Entity::update_many()
            .col_expr(
                guide::Column::Status,
                sea_orm::sea_query::Expr::value(status.as_str()),
            )
            .col_expr(
                guide::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(guide::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        Store::record_revision(&txn, id, status.as_str(), by).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// One glossary concept by id, with its texts.
    pub async fn concept(&self, id: &str) -> StoreResult<Option<Concept>> {
        let Some(row) = concept::Entity::find_by_id(id.to_owned())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let texts = self
            .texts_of("concept", Some(id))
            .await?
            .remove(id)
            .unwrap_or_default();
        Ok(Some(Concept {
            related: serde_json::from_str(&row.related).unwrap_or_default(),
            texts,
            row,
        }))
    }

    /// The texts of one entity kind (or one entity), by entity id.
    async fn texts_of(
        &self,
        entity: &str,
        id: Option<&str>,
    ) -> StoreResult<BTreeMap<String, Texts>> {
        let mut query = text::Entity::find().filter(text::Column::Entity.eq(entity));
        if let Some(id) = id {
            query = query.filter(text::Column::EntityId.eq(id));
        }
        let mut by_entity: BTreeMap<String, Vec<text::Model>> = BTreeMap::new();
        for t in query.all(self.conn()).await? {
            by_entity.entry(t.entity_id.clone()).or_default().push(t);
        }
        Ok(by_entity
            .into_iter()
            .map(|(k, v)| (k, Texts::from_rows(v)))
            .collect())
    }

    /// Writes texts of an entity (upsert by field and language). A
    /// translation records the hash of the Italian text it translates: the one
    /// written with it, else the stored one. Guides and concepts are public:
    /// their change is recorded for the search index. A course's Italian is
    /// its own row's ([`crate::training::texts`]): only its translations are
    /// written here.
    pub(crate) async fn write_texts<C: ConnectionTrait>(
        conn: &C,
        (entity, id): (&str, &str),
        texts: &[NewText],
        by: Option<Uuid>,
    ) -> StoreResult<()> {
        let stored: BTreeMap<String, String> = if entity == crate::training::texts::COURSE {
            if texts.iter().any(|t| t.lang == "it") {
                return Err(crate::StoreError::Invalid(
                    "a course's Italian texts are written with the course",
                ));
            }
            crate::training::texts::italian(conn, id).await?
        } else {
            crate::outbox::record(conn, [(entity, id)]).await?;
            text::Entity::find()
                .filter(text::Column::Entity.eq(entity))
                .filter(text::Column::EntityId.eq(id))
                .filter(text::Column::Lang.eq("it"))
                .all(conn)
                .await?
                .into_iter()
                .map(|t| (t.field, t.text))
                .collect()
        };
        let italian: BTreeMap<&str, &str> = texts
            .iter()
            .filter(|t| t.lang == "it")
            .map(|t| (t.field.as_str(), t.text.as_str()))
            .collect();
        let now = Utc::now();
        for t in texts {
            let (status, hash) = if t.lang == "it" {
                (TranslationStatus::Source.as_str().to_owned(), String::new())
            } else {
                let source = italian
                    .get(t.field.as_str())
                    .copied()
                    .or_else(|| stored.get(&t.field).map(String::as_str))
                    .unwrap_or_default();
                let reviewed = t.status == TranslationStatus::Reviewed.as_str();
                let status = TranslationStatus::stored(reviewed);
                (status.to_owned(), source_hash(source))
            };
            text::Entity::insert(text::ActiveModel {
                entity: Set(entity.to_owned()),
                entity_id: Set(id.to_owned()),
                field: Set(t.field.clone()),
                lang: Set(t.lang.clone()),
                text: Set(t.text.trim().to_owned()),
                status: Set(status),
                source_hash: Set(hash),
                updated_at: Set(now),
                updated_by: Set(by),
            })
            .on_conflict(
                OnConflict::columns([
                    text::Column::Entity,
                    text::Column::EntityId,
                    text::Column::Field,
                    text::Column::Lang,
                ])
                .update_columns([
                    text::Column::Text,
                    text::Column::Status,
                    text::Column::SourceHash,
                    text::Column::UpdatedAt,
                    text::Column::UpdatedBy,
                ])
                .to_owned(),
            )
            .exec(conn)
            .await?;
        }
        Ok(())
    }
}

fn guide_of(row: guide::Model, texts: Texts) -> Guide {
    Guide {
        steps: serde_json::from_str(&row.steps).unwrap_or_default(),
        permit_types: serde_json::from_str(&row.permit_types).unwrap_or_default(),
        texts,
        row,
    }
}
