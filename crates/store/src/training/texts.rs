//! A course's texts in other languages. The Italian title and description
//! are the course's own row (what certificates copy and lists sort by);
//! their translations are `content_texts` rows of entity `course`, written
//! and reviewed in the translators' workspace like a guide's, each against
//! the Italian it translated ([`crocevia_domain::translation`]): a course
//! whose Italian changes has its translations outdated, never shown.

use std::collections::BTreeMap;

use sea_orm::entity::prelude::*;
use uuid::Uuid;

use super::entities::course;
use crate::guides::Texts;
use crate::guides::text;
use crate::{Store, StoreResult};

/// The `content_texts` entity of courses.
pub const COURSE: &str = "course";

/// The translated fields of a course and their Italian, in reading order
/// (an empty description is nothing to translate).
fn sources(m: &course::Model) -> BTreeMap<String, String> {
    [("title", &m.title), ("description", &m.description)]
        .into_iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(f, t)| (f.to_owned(), t.trim().to_owned()))
        .collect()
}

/// The Italian texts of the course `id` (none for an unknown course).
pub(crate) async fn italian(
    conn: &impl ConnectionTrait,
    id: &str,
) -> StoreResult<BTreeMap<String, String>> {
    let Ok(id) = id.parse::<Uuid>() else {
        return Ok(BTreeMap::new());
    };
    Ok(course::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(|m| sources(&m))
        .unwrap_or_default())
}

/// A course's texts: its Italian as sources, its translations beside.
fn texts_of(m: &course::Model, translations: Vec<text::Model>) -> Texts {
    let mut rows = translations;
    rows.retain(|t| t.lang != "it");
    rows.extend(sources(m).into_iter().map(|(field, text)| text::Model {
        entity: COURSE.to_owned(),
        entity_id: m.id.to_string(),
        field,
        lang: "it".to_owned(),
        text,
        status: "source".to_owned(),
        source_hash: String::new(),
        updated_at: m.updated_at,
        updated_by: m.created_by,
    }));
    Texts::from_rows(rows)
}

impl Store {
    /// Every course's texts, by course.
    pub async fn course_texts(&self) -> StoreResult<BTreeMap<Uuid, (String, Texts)>> {
        let mut translations: BTreeMap<String, Vec<text::Model>> = BTreeMap::new();
        for t in text::Entity::find()
            .filter(text::Column::Entity.eq(COURSE))
            .all(self.conn())
            .await?
        {
            translations.entry(t.entity_id.clone()).or_default().push(t);
        }
        Ok(course::Entity::find()
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                let texts = texts_of(
                    &m,
                    translations.remove(&m.id.to_string()).unwrap_or_default(),
                );
                (m.id, (m.title.clone(), texts))
            })
            .collect())
    }

    /// One course's Italian title and texts.
    pub async fn course_texts_of(&self, id: Uuid) -> StoreResult<Option<(String, Texts)>> {
        let Some(m) = course::Entity::find_by_id(id).one(self.conn()).await? else {
            return Ok(None);
        };
        let translations = text::Entity::find()
            .filter(text::Column::Entity.eq(COURSE))
            .filter(text::Column::EntityId.eq(id.to_string()))
            .all(self.conn())
            .await?;
        Ok(Some((m.title.clone(), texts_of(&m, translations))))
    }
}
