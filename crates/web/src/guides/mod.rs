//! Procedure guides and the glossary on the public portal:
//! `/{lang}/guides`, `/{lang}/guides/{slug}`, `/{lang}/glossary`,
//! `/{lang}/glossary/{slug}`. Every field is shown in the reader's language
//! when translated (and not outdated), else in English, else in Italian, with a
//! notice; glossary terms are linked inside guide texts.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use crocevia_domain::Lang;
use crocevia_domain::guides::{Block, Segment, Terms, blocks};
use crocevia_store::guides::{Concept, Texts, TranslationStatus};

use crate::AppState;

pub mod edit;
pub mod glossary_edit;
mod guide_form;
pub mod pages;
pub mod print;
mod revisions;
pub mod translate;
pub mod xliff;

/// Routes of guides and glossary.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/guides", get(pages::list))
        .route("/{lang}/guides/{slug}", get(pages::guide))
        .route("/{lang}/guides/{slug}/print", get(print::print))
        .route("/{lang}/guides/{slug}/pdf", get(print::pdf))
        .route("/{lang}/glossary", get(pages::glossary))
        .route("/{lang}/glossary/{slug}", get(pages::concept))
        .route("/app/translate", get(translate::overview))
        .route("/app/translate/export", get(translate::export))
        .route("/app/translate/import", post(translate::import))
        .route(
            "/app/translate/{kind}/{id}/{lang}",
            get(translate::entity_form).post(translate::save_entity),
        )
        .route("/app/glossary", get(glossary_edit::list))
        .route(
            "/app/glossary/new",
            get(glossary_edit::new_form).post(glossary_edit::create),
        )
        .route(
            "/app/glossary/{id}",
            get(glossary_edit::edit_form).post(glossary_edit::update),
        )
        .route("/app/guides", get(edit::list))
        .route("/app/guides/new", get(edit::new_form).post(edit::create))
        .route("/app/guides/{id}", get(edit::edit_form).post(edit::update))
        .route("/app/guides/{id}/status", post(edit::set_status))
        .route("/app/guides/{id}/revisions", get(revisions::revisions))
        .route(
            "/app/guides/{id}/revisions/{number}/restore",
            post(revisions::restore),
        )
}

/// A field as shown: its text, the language it is in and its status.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: &'static str,
    /// Its status.
    pub status: TranslationStatus,
}

/// The reader's language, then English, then Italian: the first that has the
/// field in a current translation.
#[must_use]
pub fn pick(texts: &Texts, field: &str, lang: Lang) -> Option<Shown> {
    let mut chain = vec![lang];
    for l in [Lang::En, Lang::It] {
        if !chain.contains(&l) {
            chain.push(l);
        }
    }
    chain.into_iter().find_map(|l| {
        let (text, status) = texts.get(field, l.as_str())?;
        (status != TranslationStatus::Outdated && !text.trim().is_empty()).then(|| Shown {
            text: text.to_owned(),
            lang: l.as_str(),
            status,
        })
    })
}

/// What the reader is told about the languages of a page.
#[derive(Debug, Default)]
pub struct Fallbacks {
    /// Languages shown instead of the reader's.
    pub instead: Vec<&'static str>,
    /// Some texts are unreviewed translations.
    pub machine: bool,
}

impl Fallbacks {
    /// Notes what a shown field means for the page.
    pub fn note(&mut self, shown: &Shown, lang: Lang) {
        if shown.lang != lang.as_str() {
            if !self.instead.contains(&shown.lang) {
                self.instead.push(shown.lang);
            }
        } else if shown.status == TranslationStatus::Machine {
            self.machine = true;
        }
    }

    /// The notice, in the reader's language.
    #[must_use]
    pub fn notice(&self, tr: crate::i18n::Tr) -> Option<String> {
        if !self.instead.is_empty() {
            let names = self
                .instead
                .iter()
                .filter_map(|l| Lang::from_url_segment(l))
                .map(|l| crate::i18n::Tr(l).t("language-name"))
                .collect::<Vec<_>>()
                .join(", ");
            Some(tr.t1("guide-not-translated", "language", &names))
        } else if self.machine {
            Some(tr.t("guide-machine-translated"))
        } else {
            None
        }
    }
}

/// A piece of shown text: plain, or a glossary term with the concept's
/// definition, shown in place when the term is tapped (a declarative
/// popover: no script), and a link to the concept's page.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The words.
    pub text: String,
    /// For a glossary term: the concept page, its definition (HTML, its
    /// Latin-script runs marked), and the id of the definition's element (unique on the page: a concept is linked
    /// once per language).
    pub term: Option<(String, String, String)>,
}

impl Piece {
    /// The words as HTML in a text in `lang`, with their Latin-script runs
    /// marked ([`crate::i18n::mark_latin_runs`]).
    #[must_use]
    pub fn html(&self, lang: impl AsRef<str>) -> String {
        crate::i18n::mark_latin_runs(&self.text, lang.as_ref())
    }
}

/// A shown block: a paragraph (one item) or a list.
#[derive(Debug, Clone)]
pub struct ShownBlock {
    /// A bulleted list.
    pub list: bool,
    /// Its items (one for a paragraph).
    pub items: Vec<Vec<Piece>>,
}

/// Shown text with its language, in blocks with glossary links.
#[derive(Debug, Clone)]
pub struct Rich {
    /// The language it is in.
    pub lang: &'static str,
    /// The blocks.
    pub blocks: Vec<ShownBlock>,
    /// The name of the link from a definition to the glossary, in the
    /// page's language.
    pub more: String,
}

/// The published guides as the public pages show them, read once per
/// guides version ([`crate::AppState::published_guides`]): a guide page
/// read every text of its guide in every language from the database.
pub struct Shelf {
    version: String,
    guides: BTreeMap<String, Arc<crocevia_store::guides::Guide>>,
}

impl Shelf {
    /// The guides read at `version` ([`crocevia_store::Store::guides_version`]).
    #[must_use]
    pub fn new(version: String, guides: BTreeMap<String, crocevia_store::guides::Guide>) -> Shelf {
        Shelf {
            version,
            guides: guides.into_iter().map(|(k, g)| (k, Arc::new(g))).collect(),
        }
    }

    /// The version it was read at.
    #[must_use]
    pub fn version(&self) -> &str {
        &self.version
    }

    /// A published guide.
    #[must_use]
    pub fn guide(&self, slug: &str) -> Option<Arc<crocevia_store::guides::Guide>> {
        self.guides.get(slug).cloned()
    }

    /// Every published guide as a link in `lang`: (href, title, the
    /// title's language), by title.
    #[must_use]
    pub fn links(&self, lang: Lang) -> Vec<(String, String, &'static str)> {
        let mut out: Vec<(String, String, &'static str)> = self
            .guides
            .values()
            .filter_map(|g| {
                let title = pick(&g.texts, "title", lang)?;
                Some((
                    format!("/{lang}/guides/{}", g.row.slug),
                    title.text,
                    title.lang,
                ))
            })
            .collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        out
    }
}

/// The glossary as guide pages link it: its concepts and, per language,
/// the term matcher with the definitions, built once per glossary version
/// ([`crate::AppState::glossary`]) instead of once per page.
pub struct Glossary {
    version: String,
    concepts: Vec<Concept>,
    by_lang: std::sync::Mutex<HashMap<&'static str, Arc<LangTerms>>>,
}

/// The terms of one language with each concept's definition.
struct LangTerms {
    terms: Terms,
    definitions: BTreeMap<String, String>,
}

impl Glossary {
    /// The glossary of `concepts`, read at `version`
    /// ([`crocevia_store::Store::glossary_version`]).
    #[must_use]
    pub fn new(version: String, concepts: Vec<Concept>) -> Glossary {
        Glossary {
            version,
            concepts,
            by_lang: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// The version it was read at.
    #[must_use]
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every concept, with its texts.
    #[must_use]
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The terms of `lang` (current texts only, outdated translations left
    /// out), built at the first page that needs them.
    fn terms(&self, lang: &'static str) -> Arc<LangTerms> {
        if let Some(built) = self.by_lang.lock().ok().and_then(|m| m.get(lang).cloned()) {
            return built;
        }
        let mut forms: Vec<(String, String)> = Vec::new();
        let mut definitions = BTreeMap::new();
        for c in &self.concepts {
            let current = |field: &str| {
                c.texts
                    .get(field, lang)
                    .filter(|(_, s)| *s != TranslationStatus::Outdated)
                    .map(|(t, _)| t)
            };
            if let Some(term) = current("term") {
                forms.push((term.to_owned(), c.row.slug.clone()));
                for alias in current("aliases").unwrap_or_default().lines() {
                    forms.push((alias.trim().to_owned(), c.row.slug.clone()));
                }
                if let Some(d) = current("definition") {
                    definitions.insert(c.row.slug.clone(), d.to_owned());
                }
            }
        }
        let built = Arc::new(LangTerms {
            terms: Terms::new(forms.iter().map(|(f, s)| (f.as_str(), s.as_str()))),
            definitions,
        });
        if let Ok(mut by_lang) = self.by_lang.lock() {
            by_lang.insert(lang, Arc::clone(&built));
        }
        built
    }
}

/// The glossary terms of the languages a page shows, linked once per page.
pub struct Linker<'a> {
    glossary: &'a Glossary,
    /// The page's language (for links).
    page: Lang,
    /// Concepts already linked on the page.
    linked: HashSet<String>,
}

impl<'a> Linker<'a> {
    /// A linker for a page in `page`.
    #[must_use]
    pub fn new(glossary: &'a Glossary, page: Lang) -> Linker<'a> {
        Linker {
            glossary,
            page,
            linked: HashSet::new(),
        }
    }

    /// A shown text in blocks, with the first occurrence on the page of each
    /// glossary term linked.
    pub fn rich(&mut self, shown: &Shown) -> Rich {
        let page = self.page;
        let lang = shown.lang;
        let mut linked = std::mem::take(&mut self.linked);
        let built = self.glossary.terms(lang);
        let LangTerms { terms, definitions } = &*built;
        let mut pieces = |text: &str| -> Vec<Piece> {
            terms
                .link(text, &mut linked)
                .into_iter()
                .map(|s| match s {
                    Segment::Text(text) => Piece { text, term: None },
                    Segment::Term { text, slug } => Piece {
                        text,
                        term: Some((
                            format!("/{page}/glossary/{slug}"),
                            crate::i18n::mark_latin_runs(
                                definitions.get(&slug).map_or("", String::as_str),
                                lang,
                            ),
                            format!("term-{lang}-{slug}"),
                        )),
                    },
                })
                .collect()
        };
        let blocks = blocks(&shown.text)
            .into_iter()
            .map(|b| match b {
                Block::Paragraph(p) => ShownBlock {
                    list: false,
                    items: vec![pieces(&p)],
                },
                Block::List(items) => ShownBlock {
                    list: true,
                    items: items.iter().map(|i| pieces(i)).collect(),
                },
            })
            .collect();
        self.linked = linked;
        Rich {
            lang,
            blocks,
            more: crate::i18n::Tr(page).t("glossary-title"),
        }
    }
}
