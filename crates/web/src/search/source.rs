//! Documents from the stored public content: published guides, the glossary
//! and active directory services. Only current translations are indexed (an
//! outdated one is as good as missing), so a result is shown in a language
//! only where the page shows that language.

use crocevia_domain::Lang;
use crocevia_domain::guides::{GUIDE_FIELDS, GuideStatus};
use crocevia_store::directory::read::ReadModel;
use crocevia_store::guides::{Concept, Guide, Texts, TranslationStatus};

use crocevia_search::{ConceptWords, Doc, PublicKind};

/// A field in `lang` when current and not empty.
fn current<'a>(texts: &'a Texts, field: &str, lang: Lang) -> Option<&'a str> {
    texts
        .get(field, lang.as_str())
        .filter(|(t, status)| *status != TranslationStatus::Outdated && !t.trim().is_empty())
        .map(|(t, _)| t)
}

/// A published guide's document (`None` for drafts and guides in review).
#[must_use]
pub fn guide_doc(guide: &Guide) -> Option<Doc> {
    if GuideStatus::parse(&guide.row.status) != Some(GuideStatus::Published) {
        return None;
    }
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let Some(title) = current(&guide.texts, "title", lang) else {
            continue;
        };
        let mut body: Vec<&str> = Vec::new();
        body.extend(current(&guide.texts, "description", lang));
        body.extend(current(&guide.texts, "audience", lang));
        for n in 1..=guide.steps.len() {
            body.extend(current(&guide.texts, &format!("step.{n}.title"), lang));
            body.extend(current(&guide.texts, &format!("step.{n}.body"), lang));
        }
        body.extend(current(&guide.texts, "documents", lang));
        // Outcome, timing, costs, legal references, contacts.
        for field in GUIDE_FIELDS.iter().skip(3) {
            body.extend(current(&guide.texts, field, lang));
        }
        texts.push((lang, title.to_owned(), body.join("\n\n")));
    }
    (!texts.is_empty()).then(|| Doc {
        kind: PublicKind::Guide,
        id: guide.row.slug.clone(),
        entity: guide.row.id.clone(),
        texts,
        points: Vec::new(),
        place: None,
    })
}

/// A concept's document: the term and its aliases as title, the definition
/// as body.
#[must_use]
pub fn concept_doc(concept: &Concept) -> Doc {
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let Some(term) = current(&concept.texts, "term", lang) else {
            continue;
        };
        let mut title = term.to_owned();
        if let Some(aliases) = current(&concept.texts, "aliases", lang) {
            for alias in aliases.lines().map(str::trim).filter(|a| !a.is_empty()) {
                title.push_str(" · ");
                title.push_str(alias);
            }
        }
        let body = current(&concept.texts, "definition", lang).unwrap_or_default();
        texts.push((lang, title, body.to_owned()));
    }
    Doc {
        kind: PublicKind::Concept,
        id: concept.row.slug.clone(),
        entity: concept.row.id.clone(),
        texts,
        points: Vec::new(),
        place: None,
    }
}

/// A concept's words in every language, for the glossary bridge.
#[must_use]
pub fn concept_words(concept: &Concept) -> ConceptWords {
    let mut words = Vec::new();
    for lang in Lang::ALL {
        words.extend(current(&concept.texts, "term", lang).map(|t| (lang, t.to_owned())));
        if let Some(aliases) = current(&concept.texts, "aliases", lang) {
            words.extend(
                aliases
                    .lines()
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(|a| (lang, a.to_owned())),
            );
        }
    }
    ConceptWords {
        slug: concept.row.slug.clone(),
        words,
    }
}

/// An active service's document: name as title; description, eligibility,
/// how to apply and the organization's name as body; its places.
#[must_use]
pub fn service_doc(model: &ReadModel, id: &str) -> Option<Doc> {
    use crocevia_store::directory::hsds::Kind;
    let record = model.snapshot.record(Kind::Service, id)?;
    let str_of = |r: &serde_json::Map<String, serde_json::Value>, f: &str| {
        r.get(f)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .unwrap_or_default()
    };
    if str_of(&record, "status") != "active" {
        return None;
    }
    let organization = record
        .get("organization_id")
        .and_then(|v| v.as_str())
        .and_then(|o| model.snapshot.record(Kind::Organization, o));
    const BODY: [&str; 3] = [
        "description",
        "eligibility_description",
        "application_process",
    ];
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let field =
            |entity: &str, rid: &str, r: &serde_json::Map<String, serde_json::Value>, f: &str| {
                let source = str_of(r, f);
                if lang == Lang::It {
                    return Some(source);
                }
                model
                    .translation_from(entity, rid, f, lang.as_str(), &source)
                    .filter(|(_, status)| status.is_current())
                    .map(|(text, _)| text)
            };
        let Some(name) = field("service", id, &record, "name").filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut body: Vec<String> = BODY
            .iter()
            .filter_map(|f| field("service", id, &record, f))
            .filter(|t| !t.is_empty())
            .collect();
        if let Some(org) = &organization {
            let org_id = str_of(org, "id");
            body.extend(field("organization", &org_id, org, "name"));
        }
        texts.push((lang, name, body.join("\n\n")));
    }
    let listings = model.of_service(id);
    let points = listings
        .iter()
        .filter_map(|l| l.point)
        .map(|p| (p.lat, p.lon))
        .collect();
    let place = listings
        .iter()
        .filter_map(|l| l.municipality.as_deref())
        .find_map(|code| crocevia_domain::territories::territories().municipality(code))
        .map(|m| m.name.clone());
    Some(Doc {
        kind: PublicKind::Service,
        id: id.to_owned(),
        entity: id.to_owned(),
        texts,
        points,
        place,
    })
}

/// Every service id of the directory.
#[must_use]
pub fn service_ids(model: &ReadModel) -> Vec<String> {
    model.services.keys().cloned().collect()
}
