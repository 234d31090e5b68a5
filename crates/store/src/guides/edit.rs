//! What editors write: a guide's structure and Italian texts (with a
//! revision kept of each save), and glossary concepts with their audit entry.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;
use serde::Deserialize;

use super::{Guide, NewText, Step, concept, guide, guide_of, revision, text};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

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
        trail: impl FnOnce(&str) -> Trail,
    ) -> StoreResult<String> {
        let txn = self.begin_write().await?;
        let taken = guide::Entity::find()
            .filter(guide::Column::Slug.eq(&input.slug))
            .one(&txn)
            .await?
            .is_some_and(|g| Some(&g.id) != input.id.as_ref());
        if taken {
            txn.rollback().await?;
            return Err(StoreError::Conflict("slug"));
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
        self.settle(&txn, &trail(&id)).await?;
        txn.commit().await?;
        Ok(id)
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
        trail: impl FnOnce(&str) -> Trail,
    ) -> StoreResult<String> {
        let txn = self.begin_write().await?;
        let other = concept::Entity::find()
            .filter(concept::Column::Slug.eq(&input.slug))
            .one(&txn)
            .await?;
        if other.is_some_and(|c| Some(&c.id) != input.id.as_ref()) {
            txn.rollback().await?;
            return Err(StoreError::Conflict("slug"));
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
        self.settle(&txn, &trail(&id)).await?;
        txn.commit().await?;
        Ok(id)
    }
}
