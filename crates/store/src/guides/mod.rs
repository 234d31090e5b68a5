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

use crate::directory::source_hash;
use crate::{Store, StoreResult};

pub mod demo;

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

/// The status of a text as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStatus {
    /// The Italian source.
    Source,
    /// An unreviewed (machine or draft) translation of the current source.
    Machine,
    /// A reviewed translation of the current source.
    Reviewed,
    /// A translation of an older source.
    Outdated,
}

impl TextStatus {
    /// Its name (`missing` is the absence of a text).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            TextStatus::Source => "source",
            TextStatus::Machine => "machine",
            TextStatus::Reviewed => "reviewed",
            TextStatus::Outdated => "outdated",
        }
    }
}

/// Every text of one guide or concept, by (field, language).
#[derive(Debug, Clone, Default)]
pub struct Texts {
    map: BTreeMap<(String, String), text::Model>,
}

impl Texts {
    fn from_rows(rows: Vec<text::Model>) -> Texts {
        Texts {
            map: rows
                .into_iter()
                .map(|t| ((t.field.clone(), t.lang.clone()), t))
                .collect(),
        }
    }

    /// A field in a language, with its status.
    #[must_use]
    pub fn get(&self, field: &str, lang: &str) -> Option<(&str, TextStatus)> {
        let t = self.map.get(&(field.to_owned(), lang.to_owned()))?;
        if lang == "it" {
            return Some((&t.text, TextStatus::Source));
        }
        let source = self
            .map
            .get(&(field.to_owned(), "it".to_owned()))
            .map_or("", |s| s.text.as_str());
        let status = if source_hash(source.trim()) != t.source_hash {
            TextStatus::Outdated
        } else if t.status == "reviewed" {
            TextStatus::Reviewed
        } else {
            TextStatus::Machine
        };
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
        txn.commit().await?;
        Ok(())
    }

    /// Writes translations of many guides and concepts in one transaction
    /// (an XLIFF import: all or nothing).
    pub async fn put_translations(
        &self,
        batches: &[TextBatch],
        by: Option<Uuid>,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        for ((entity, id), texts) in batches {
            Store::write_texts(&txn, (entity, id), texts, by).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Moves a guide in the editorial workflow, recording a revision.
    pub async fn set_guide_status(
        &self,
        id: &str,
        status: crocevia_domain::guides::GuideStatus,
        by: Option<Uuid>,
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
    /// written with it, else the stored one.
    pub(crate) async fn write_texts<C: ConnectionTrait>(
        conn: &C,
        (entity, id): (&str, &str),
        texts: &[NewText],
        by: Option<Uuid>,
    ) -> StoreResult<()> {
        crate::outbox::record(conn, [(entity, id)]).await?;
        let stored: BTreeMap<String, String> = text::Entity::find()
            .filter(text::Column::Entity.eq(entity))
            .filter(text::Column::EntityId.eq(id))
            .filter(text::Column::Lang.eq("it"))
            .all(conn)
            .await?
            .into_iter()
            .map(|t| (t.field, t.text))
            .collect();
        let italian: BTreeMap<&str, &str> = texts
            .iter()
            .filter(|t| t.lang == "it")
            .map(|t| (t.field.as_str(), t.text.as_str()))
            .collect();
        let now = Utc::now();
        for t in texts {
            let (status, hash) = if t.lang == "it" {
                ("source".to_owned(), String::new())
            } else {
                let source = italian
                    .get(t.field.as_str())
                    .copied()
                    .or_else(|| stored.get(&t.field).map(String::as_str))
                    .unwrap_or_default();
                let status = if t.status == "reviewed" {
                    "reviewed"
                } else {
                    "machine"
                };
                (status.to_owned(), source_hash(source.trim()))
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

/// A guide as an editor saves it: structure and Italian texts.
#[derive(Debug, Clone, Default)]
pub struct GuideInput {
    /// The guide (`None`: a new one).
    pub id: Option<String>,
    /// URL name.
    pub slug: String,
    /// Category.
    pub category: String,
    /// Permit types.
    pub permit_types: Vec<String>,
    /// Months between reviews.
    pub review_every_months: i32,
    /// Checked today: (date, reviewer).
    pub reviewed: Option<(String, String)>,
    /// Steps, each with the number it had before (its translations follow it).
    pub steps: Vec<(Step, Option<usize>)>,
    /// Italian texts by field key (steps numbered as in `steps`).
    pub texts: BTreeMap<String, String>,
}

/// Why a guide cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideConflict {
    /// Another guide has this slug.
    Slug,
}

impl Store {
    /// One guide by id.
    pub async fn guide(&self, id: &str) -> StoreResult<Option<Guide>> {
        let Some(row) = guide::Entity::find_by_id(id.to_owned())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let texts = self
            .texts_of("guide", Some(id))
            .await?
            .remove(id)
            .unwrap_or_default();
        Ok(Some(guide_of(row, texts)))
    }

    /// Saves a guide's structure and Italian texts in one transaction:
    /// translations of steps follow their step when steps move, texts of
    /// removed fields go (in every language), and a revision is recorded.
    /// A new guide starts as a draft.
    pub async fn save_guide(
        &self,
        input: &GuideInput,
        by: Option<Uuid>,
    ) -> StoreResult<Result<String, GuideConflict>> {
        let txn = self.begin_write().await?;
        let taken = guide::Entity::find()
            .filter(guide::Column::Slug.eq(&input.slug))
            .one(&txn)
            .await?
            .is_some_and(|g| Some(&g.id) != input.id.as_ref());
        if taken {
            txn.rollback().await?;
            return Ok(Err(GuideConflict::Slug));
        }
        let now = Utc::now();
        let existing = match &input.id {
            Some(id) => guide::Entity::find_by_id(id.clone()).one(&txn).await?,
            None => None,
        };
        let id = existing
            .as_ref()
            .map_or_else(|| Uuid::now_v7().to_string(), |g| g.id.clone());
        let steps: Vec<&Step> = input.steps.iter().map(|(s, _)| s).collect();
        let (reviewed_on, reviewed_by) = match (&input.reviewed, &existing) {
            (Some((on, by)), _) => (Some(on.clone()), Some(by.clone())),
            (None, Some(g)) => (g.reviewed_on.clone(), g.reviewed_by.clone()),
            (None, None) => (None, None),
        };
        let status = existing
            .as_ref()
            .map_or_else(|| "draft".to_owned(), |g| g.status.clone());
        let row = guide::ActiveModel {
            id: Set(id.clone()),
            slug: Set(input.slug.clone()),
            category: Set(input.category.clone()),
            permit_types: Set(serde_json::to_string(&input.permit_types).unwrap_or_default()),
            steps: Set(serde_json::to_string(&steps).unwrap_or_default()),
            status: Set(status.clone()),
            reviewed_on: Set(reviewed_on),
            reviewed_by: Set(reviewed_by),
            review_every_months: Set(input.review_every_months),
            updated_at: Set(now),
            updated_by: Set(by),
        };
        if existing.is_some() {
            guide::Entity::update(row).exec(&txn).await?;
        } else {
            guide::Entity::insert(row).exec(&txn).await?;
        }
        // Every stored text of the guide, re-keyed: steps follow their origin,
        // fields without an Italian text any more are dropped.
        let stored = text::Entity::find()
            .filter(text::Column::Entity.eq("guide"))
            .filter(text::Column::EntityId.eq(&id))
            .all(&txn)
            .await?;
        let origin: BTreeMap<usize, usize> = input
            .steps
            .iter()
            .enumerate()
            .filter_map(|(k, (_, from))| from.map(|j| (j, k + 1)))
            .collect();
        text::Entity::delete_many()
            .filter(text::Column::Entity.eq("guide"))
            .filter(text::Column::EntityId.eq(&id))
            .exec(&txn)
            .await?;
        let mut kept = Vec::new();
        for mut t in stored {
            if let Some(rest) = t.field.strip_prefix("step.") {
                let (n, part) = rest.split_once('.').unwrap_or((rest, ""));
                match n.parse::<usize>().ok().and_then(|n| origin.get(&n)) {
                    Some(k) => t.field = format!("step.{k}.{part}"),
                    None => continue,
                }
            }
            if t.lang != "it"
                && input
                    .texts
                    .get(&t.field)
                    .is_some_and(|s| !s.trim().is_empty())
            {
                kept.push(t);
            }
        }
        for t in kept {
            text::Entity::insert(text::ActiveModel::from(t))
                .exec(&txn)
                .await?;
        }
        let italian: Vec<NewText> = input
            .texts
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(field, text)| NewText {
                field: field.clone(),
                lang: "it".to_owned(),
                text: text.clone(),
                status: String::new(),
            })
            .collect();
        Store::write_texts(&txn, ("guide", &id), &italian, by).await?;
        Store::record_revision(&txn, &id, &status, by).await?;
        txn.commit().await?;
        Ok(Ok(id))
    }

    /// The revisions of a guide, newest first.
    pub async fn guide_revisions(&self, id: &str) -> StoreResult<Vec<revision::Model>> {
        Ok(revision::Entity::find()
            .filter(revision::Column::GuideId.eq(id))
            .order_by_desc(revision::Column::Number)
            .all(self.conn())
            .await?)
    }
}

/// What a revision holds, read back.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RevisionContent {
    /// URL name.
    #[serde(default)]
    pub slug: String,
    /// Category.
    #[serde(default)]
    pub category: String,
    /// Permit types.
    #[serde(default)]
    pub permit_types: Vec<String>,
    /// Steps.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Review interval.
    #[serde(default)]
    pub review_every_months: i32,
    /// Italian texts.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

impl RevisionContent {
    /// Parses a revision's content.
    #[must_use]
    pub fn of(r: &revision::Model) -> RevisionContent {
        serde_json::from_str(&r.content).unwrap_or_default()
    }
}

/// A glossary concept as an editor saves it (Italian texts).
#[derive(Debug, Clone, Default)]
pub struct ConceptInput {
    /// The concept (`None`: a new one).
    pub id: Option<String>,
    /// URL name.
    pub slug: String,
    /// Related concepts' slugs.
    pub related: Vec<String>,
    /// Legal reference or source.
    pub source: String,
    /// Italian term.
    pub term: String,
    /// Italian aliases, one per line.
    pub aliases: String,
    /// Italian definition.
    pub definition: String,
}

impl Store {
    /// Saves a concept, its Italian texts and the audit entry `audit` makes
    /// of its id, in one transaction; another concept with the slug is a
    /// conflict.
    pub async fn save_concept(
        &self,
        input: &ConceptInput,
        by: Option<Uuid>,
        audit: impl FnOnce(&str) -> crate::identity::audit::AuditEvent,
    ) -> StoreResult<Result<String, GuideConflict>> {
        let txn = self.begin_write().await?;
        let other = concept::Entity::find()
            .filter(concept::Column::Slug.eq(&input.slug))
            .one(&txn)
            .await?;
        if other.is_some_and(|c| Some(&c.id) != input.id.as_ref()) {
            txn.rollback().await?;
            return Ok(Err(GuideConflict::Slug));
        }
        let existing = match &input.id {
            Some(id) => concept::Entity::find_by_id(id.clone()).one(&txn).await?,
            None => None,
        };
        let id = existing
            .as_ref()
            .map_or_else(|| Uuid::now_v7().to_string(), |c| c.id.clone());
        let row = concept::ActiveModel {
            id: Set(id.clone()),
            slug: Set(input.slug.clone()),
            related: Set(serde_json::to_string(&input.related).unwrap_or_default()),
            source: Set(input.source.clone()),
            updated_at: Set(Utc::now()),
        };
        if existing.is_some() {
            concept::Entity::update(row).exec(&txn).await?;
        } else {
            concept::Entity::insert(row).exec(&txn).await?;
        }
        if input.aliases.trim().is_empty() {
            text::Entity::delete_many()
                .filter(text::Column::Entity.eq("concept"))
                .filter(text::Column::EntityId.eq(&id))
                .filter(text::Column::Field.eq("aliases"))
                .exec(&txn)
                .await?;
        }
        let texts: Vec<NewText> = [
            ("term", &input.term),
            ("aliases", &input.aliases),
            ("definition", &input.definition),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(field, text)| NewText {
            field: field.to_owned(),
            lang: "it".to_owned(),
            text: text.clone(),
            status: String::new(),
        })
        .collect();
        Store::write_texts(&txn, ("concept", &id), &texts, by).await?;
        self.audit_in(&txn, &audit(&id)).await?;
        txn.commit().await?;
        Ok(Ok(id))
    }
}
