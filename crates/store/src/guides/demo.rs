//! The demo guides and glossary (`src/demo/guides/`, format in its
//! `FORMAT.md`): loaded once; a guide or concept already there (by slug) is
//! left as editors made it.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::QuerySelect;
use sea_orm::entity::prelude::*;
use serde::Deserialize;

use super::{NewText, Step, concept, guide, revision};
use crate::demo::demo_error;
use crate::{Store, StoreResult};

/// The demo guides, one file each.
const GUIDES: [&str; 14] = [
    include_str!("../demo/guides/guide-primo-permesso-di-soggiorno.json"),
    include_str!("../demo/guides/guide-rinnovo-permesso-di-soggiorno.json"),
    include_str!("../demo/guides/guide-conversione-permesso-di-soggiorno.json"),
    include_str!("../demo/guides/guide-ricongiungimento-familiare.json"),
    include_str!("../demo/guides/guide-iscrizione-anagrafica.json"),
    include_str!("../demo/guides/guide-codice-fiscale.json"),
    include_str!("../demo/guides/guide-iscrizione-servizio-sanitario-nazionale.json"),
    include_str!("../demo/guides/guide-riconoscimento-titoli-di-studio.json"),
    include_str!("../demo/guides/guide-conversione-patente-di-guida.json"),
    include_str!("../demo/guides/guide-iscrizione-scuola.json"),
    include_str!("../demo/guides/guide-corsi-di-italiano-test-a2.json"),
    include_str!("../demo/guides/guide-cittadinanza-italiana.json"),
    include_str!("../demo/guides/guide-protezione-internazionale.json"),
    include_str!("../demo/guides/guide-permesso-ue-soggiornanti-lungo-periodo.json"),
];

/// The demo glossary, in parts.
const GLOSSARY: [&str; 2] = [
    include_str!("../demo/guides/glossary-a.json"),
    include_str!("../demo/guides/glossary-b.json"),
];

#[derive(Debug, Deserialize)]
struct GuideFile {
    slug: String,
    category: String,
    #[serde(default)]
    permit_types: Vec<String>,
    reviewed_on: Option<String>,
    review_every_months: Option<i32>,
    #[serde(default)]
    steps: Vec<Step>,
    texts: BTreeMap<String, GuideTexts>,
}

#[derive(Debug, Default, Deserialize)]
struct GuideTexts {
    #[serde(default)]
    status: String,
    #[serde(default)]
    steps: Vec<StepTexts>,
    #[serde(default)]
    documents: Vec<String>,
    #[serde(flatten)]
    fields: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
struct StepTexts {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    links: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ConceptFile {
    slug: String,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    source: String,
    texts: BTreeMap<String, ConceptTexts>,
}

#[derive(Debug, Deserialize)]
struct ConceptTexts {
    #[serde(default)]
    status: String,
    term: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    definition: String,
}

/// The texts of a guide file as rows.
fn guide_texts(file: &GuideFile) -> Vec<NewText> {
    let mut out = Vec::new();
    for (lang, t) in &file.texts {
        let mut push = |field: String, text: String| {
            if !text.trim().is_empty() {
                out.push(NewText {
                    field,
                    lang: lang.clone(),
                    text,
                    status: t.status.clone(),
                });
            }
        };
        for field in crocevia_domain::guides::GUIDE_FIELDS
            .iter()
            .chain(&crocevia_domain::guides::BRIEF_FIELDS)
        {
            if let Some(v) = t.fields.get(*field).and_then(serde_json::Value::as_str) {
                push((*field).to_owned(), v.to_owned());
            }
        }
        push("documents".to_owned(), t.documents.join("\n"));
        for (i, step) in t.steps.iter().enumerate() {
            push(format!("step.{}.title", i + 1), step.title.clone());
            push(format!("step.{}.body", i + 1), step.body.clone());
            for (j, label) in step.links.iter().enumerate() {
                push(format!("step.{}.link.{}", i + 1, j + 1), label.clone());
            }
        }
    }
    out
}

/// The texts of a concept as rows.
fn concept_texts(file: &ConceptFile) -> Vec<NewText> {
    let mut out = Vec::new();
    for (lang, t) in &file.texts {
        for (field, text) in [
            ("term", t.term.clone()),
            ("aliases", t.aliases.join("\n")),
            ("definition", t.definition.clone()),
        ] {
            if !text.trim().is_empty() {
                out.push(NewText {
                    field: field.to_owned(),
                    lang: lang.clone(),
                    text,
                    status: t.status.clone(),
                });
            }
        }
    }
    out
}

impl Store {
    /// Loads the demo guides and glossary concepts that are not there yet
    /// (by slug); returns how many of each were added.
    pub async fn load_demo_guides(&self) -> StoreResult<(usize, usize)> {
        let guides: Vec<GuideFile> = GUIDES
            .iter()
            .map(|g| serde_json::from_str(g).map_err(|e| demo_error(format!("demo guide: {e}"))))
            .collect::<StoreResult<_>>()?;
        let mut concepts: Vec<ConceptFile> = Vec::new();
        for part in GLOSSARY {
            let mut c: Vec<ConceptFile> = serde_json::from_str(part)
                .map_err(|e| demo_error(format!("demo glossary: {e}")))?;
            concepts.append(&mut c);
        }
        let txn = self.begin_write().await?;
        let have_guides: Vec<String> = guide::Entity::find()
            .select_only()
            .column(guide::Column::Slug)
            .into_tuple()
            .all(&txn)
            .await?;
        let have_concepts: Vec<String> = concept::Entity::find()
            .select_only()
            .column(concept::Column::Slug)
            .into_tuple()
            .all(&txn)
            .await?;
        let now = Utc::now();
        let mut added = (0, 0);
        for g in guides.iter().filter(|g| !have_guides.contains(&g.slug)) {
            let id = Uuid::now_v7().to_string();
            let steps = serde_json::to_string(&g.steps).unwrap_or_else(|_| "[]".to_owned());
            let permit_types =
                serde_json::to_string(&g.permit_types).unwrap_or_else(|_| "[]".to_owned());
            guide::Entity::insert(guide::ActiveModel {
                id: Set(id.clone()),
                slug: Set(g.slug.clone()),
                category: Set(g.category.clone()),
                permit_types: Set(permit_types),
                steps: Set(steps),
                status: Set("published".to_owned()),
                reviewed_on: Set(g.reviewed_on.clone()),
                reviewed_by: Set(Some("Redazione Crocevia (demo)".to_owned())),
                review_every_months: Set(g.review_every_months.unwrap_or(12)),
                updated_at: Set(now),
                updated_by: Set(None),
            })
            .exec(&txn)
            .await?;
            let texts = guide_texts(g);
            Store::write_texts(&txn, ("guide", &id), &texts, None).await?;
            Store::record_revision(&txn, &id, "published", None).await?;
            added.0 += 1;
        }
        for c in concepts.iter().filter(|c| !have_concepts.contains(&c.slug)) {
            let id = Uuid::now_v7().to_string();
            concept::Entity::insert(concept::ActiveModel {
                id: Set(id.clone()),
                slug: Set(c.slug.clone()),
                related: Set(serde_json::to_string(&c.related).unwrap_or_else(|_| "[]".to_owned())),
                source: Set(c.source.clone()),
                updated_at: Set(now),
            })
            .exec(&txn)
            .await?;
            Store::write_texts(&txn, ("concept", &id), &concept_texts(c), None).await?;
            added.1 += 1;
        }
        txn.commit().await?;
        Ok(added)
    }

    /// Records the guide's current structure and Italian texts as its next
    /// revision.
    pub(crate) async fn record_revision<C: ConnectionTrait>(
        conn: &C,
        guide_id: &str,
        status: &str,
        by: Option<Uuid>,
    ) -> StoreResult<i32> {
        // The status may have changed (published or withdrawn).
        crate::outbox::record(conn, [("guide", guide_id)]).await?;
        let row = guide::Entity::find_by_id(guide_id.to_owned())
            .one(conn)
            .await?
            .ok_or_else(|| demo_error(format!("no guide {guide_id}")))?;
        let texts: BTreeMap<String, String> = super::text::Entity::find()
            .filter(super::text::Column::Entity.eq("guide"))
            .filter(super::text::Column::EntityId.eq(guide_id))
            .filter(super::text::Column::Lang.eq("it"))
            .all(conn)
            .await?
            .into_iter()
            .map(|t| (t.field, t.text))
            .collect();
        let content = serde_json::json!({
            "slug": row.slug,
            "category": row.category,
            "permit_types": serde_json::from_str::<serde_json::Value>(&row.permit_types).unwrap_or_default(),
            "steps": serde_json::from_str::<serde_json::Value>(&row.steps).unwrap_or_default(),
            "reviewed_on": row.reviewed_on,
            "review_every_months": row.review_every_months,
            "texts": texts,
        });
        let last: Option<i32> = revision::Entity::find()
            .select_only()
            .column_as(revision::Column::Number.max(), "n")
            .filter(revision::Column::GuideId.eq(guide_id))
            .into_tuple::<Option<i32>>()
            .one(conn)
            .await?
            .flatten();
        let number = last.unwrap_or(0) + 1;
        revision::Entity::insert(revision::ActiveModel {
            id: Set(Uuid::now_v7().to_string()),
            guide_id: Set(guide_id.to_owned()),
            number: Set(number),
            status: Set(status.to_owned()),
            content: Set(content.to_string()),
            created_at: Set(Utc::now()),
            created_by: Set(by),
        })
        .exec(conn)
        .await?;
        Ok(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_files_follow_the_format() {
        let mut slugs = std::collections::BTreeSet::new();
        for g in GUIDES {
            let g: GuideFile = serde_json::from_str(g).expect("guide");
            assert!(slugs.insert(g.slug.clone()), "duplicate {}", g.slug);
            assert!(
                crocevia_domain::guides::CATEGORIES.contains(&g.category.as_str()),
                "{}",
                g.slug
            );
            for (lang, t) in &g.texts {
                assert!(
                    t.steps.is_empty() || t.steps.len() == g.steps.len(),
                    "{} {lang}: steps",
                    g.slug
                );
            }
            for lang in ["it", "en"] {
                let t = &g.texts[lang];
                assert_eq!(t.status, "reviewed", "{} {lang}", g.slug);
                for field in crocevia_domain::guides::GUIDE_FIELDS
                    .iter()
                    .chain(&crocevia_domain::guides::BRIEF_FIELDS)
                {
                    assert!(t.fields.contains_key(*field), "{} {lang} {field}", g.slug);
                }
            }
        }
        assert_eq!(slugs.len(), 14);
        let mut concepts = std::collections::BTreeSet::new();
        let mut related = Vec::new();
        for part in GLOSSARY {
            let list: Vec<ConceptFile> = serde_json::from_str(part).expect("glossary");
            for c in list {
                assert!(concepts.insert(c.slug.clone()), "duplicate {}", c.slug);
                assert_eq!(c.texts.len(), 10, "{}", c.slug);
                related.extend(c.related.into_iter().map(|r| (c.slug.clone(), r)));
            }
        }
        assert!(concepts.len() >= 80);
        for (from, to) in related {
            assert!(concepts.contains(&to), "{from} relates to unknown {to}");
        }
    }
}
