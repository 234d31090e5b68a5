//! The public pages of guides and glossary.

use std::cmp::Ordering;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use crocevia_domain::guides::{BRIEF_FIELDS, CATEGORIES, GUIDE_FIELDS, GuideStatus};
use crocevia_store::guides::{Concept, Guide};

use std::sync::Arc;

use super::{Fallbacks, Glossary, Linker, Rich, Shown, pick};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, Section};
use crate::portal::{chrome, page, page_lang};
use crate::security::CsrfToken;

/// Compares strings in the collation of a language (Arabic, Chinese pinyin,
/// Bengali… each in its own order); code point order when no data exists.
fn collator(lang: Lang) -> impl Fn(&str, &str) -> Ordering {
    let locale = icu_locale_core::Locale::try_from_str(lang.as_str())
        .unwrap_or(icu_locale_core::Locale::UNKNOWN);
    let collator = icu_collator::Collator::try_new(
        (&locale).into(),
        icu_collator::options::CollatorOptions::default(),
    )
    .ok();
    move |a: &str, b: &str| match &collator {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// One guide in the list.
struct GuideItem {
    href: String,
    title: Shown,
    description: Option<Shown>,
}

struct CategoryGroup {
    id: &'static str,
    name: String,
    guides: Vec<GuideItem>,
}

#[derive(Template)]
#[template(path = "guides.html")]
struct ListPage {
    chrome: Chrome,
    groups: Vec<CategoryGroup>,
    notice: Option<String>,
}

fn published(guides: Vec<Guide>) -> Vec<Guide> {
    guides
        .into_iter()
        .filter(|g| GuideStatus::parse(&g.row.status) == Some(GuideStatus::Published))
        .collect()
}

/// The guides, by category.
pub async fn list(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(&state, lang, "/guides", Section::Guides, "guides-title").await?;
    let guides = published(state.store().guides().await?);
    let compare = collator(lang);
    let mut fallbacks = Fallbacks::default();
    let groups = CATEGORIES
        .iter()
        .filter_map(|c| {
            let mut items: Vec<GuideItem> = guides
                .iter()
                .filter(|g| g.row.category == *c)
                .filter_map(|g| {
                    let title = pick(&g.texts, "title", lang)?;
                    fallbacks.note(&title, lang);
                    Some(GuideItem {
                        href: format!("/{lang}/guides/{}", g.row.slug),
                        description: pick(&g.texts, "description", lang),
                        title,
                    })
                })
                .collect();
            items.sort_by(|a, b| compare(&a.title.text, &b.title.text));
            (!items.is_empty()).then(|| CategoryGroup {
                id: c,
                name: chrome.t(&format!("guide-category-{c}")),
                guides: items,
            })
        })
        .collect();
    let template = ListPage {
        notice: fallbacks.notice(chrome.tr),
        chrome,
        groups,
    };
    Ok(page(&state, jar, lang, &template))
}

/// A link of a step.
pub(super) struct StepLink {
    pub(super) href: String,
    pub(super) label: Shown,
}

pub(super) struct StepView {
    pub(super) title: Shown,
    pub(super) body: Option<Rich>,
    /// Directory searches: (href, category name).
    pub(super) services: Vec<(String, String)>,
    pub(super) links: Vec<StepLink>,
}

/// A section of the guide after the steps.
pub(super) struct SectionView {
    pub(super) id: &'static str,
    pub(super) heading: String,
    pub(super) body: Rich,
}

/// A guide in one language, ready to render (the page, or a column of the
/// bilingual print).
pub(super) struct GuideView {
    pub(super) lang: &'static str,
    pub(super) dir: &'static str,
    /// Headings in this language: audience, steps, documents, where to go,
    /// official pages, permit types, contents, in brief.
    pub(super) heads: [String; 8],
    pub(super) title: Shown,
    pub(super) description: Option<Rich>,
    /// The "in brief" box: (heading, text) of each line the guide has.
    pub(super) brief: Vec<(String, Shown)>,
    pub(super) category: String,
    pub(super) notice: Option<String>,
    pub(super) audience: Option<Rich>,
    pub(super) permit_types: Vec<String>,
    pub(super) steps: Vec<StepView>,
    pub(super) documents: Option<Rich>,
    pub(super) sections: Vec<SectionView>,
    pub(super) reviewed: Option<String>,
}

impl GuideView {
    /// `text` in the guide's language as HTML, its Latin-script runs marked
    /// ([`crate::i18n::mark_latin_runs`]).
    pub(super) fn m(&self, text: impl AsRef<str>) -> String {
        crate::i18n::mark_latin_runs(text.as_ref(), self.lang)
    }

    /// `text` in `lang` as HTML, marked likewise.
    pub(super) fn m_in(&self, text: impl AsRef<str>, lang: impl AsRef<str>) -> String {
        crate::i18n::mark_latin_runs(text.as_ref(), lang.as_ref())
    }
}

/// Builds the guide in `lang` (links point to pages in `page`).
pub(super) fn guide_view(
    guide: &Guide,
    glossary: &Glossary,
    lang: Lang,
    page: Lang,
) -> Option<GuideView> {
    let tr = crate::i18n::Tr(lang);
    let texts = &guide.texts;
    let title = pick(texts, "title", lang)?;
    let mut fallbacks = Fallbacks::default();
    fallbacks.note(&title, lang);
    let mut linker = Linker::new(glossary, page);
    let mut rich = |field: &str, fallbacks: &mut Fallbacks| {
        pick(texts, field, lang).map(|shown| {
            fallbacks.note(&shown, lang);
            linker.rich(&shown)
        })
    };
    let description = rich("description", &mut fallbacks);
    let brief: Vec<(String, Shown)> = BRIEF_FIELDS
        .iter()
        .filter_map(|field| {
            let shown = pick(texts, field, lang)?;
            fallbacks.note(&shown, lang);
            let heading = tr.t(&format!(
                "guide-brief-{}",
                field.trim_start_matches("brief_")
            ));
            Some((heading, shown))
        })
        .collect();
    let audience = rich("audience", &mut fallbacks);
    let mut steps = Vec::new();
    for (i, step) in guide.steps.iter().enumerate() {
        let n = i + 1;
        let Some(step_title) = pick(texts, &format!("step.{n}.title"), lang) else {
            continue;
        };
        fallbacks.note(&step_title, lang);
        let body = rich(&format!("step.{n}.body"), &mut fallbacks);
        let services = step
            .services
            .iter()
            .filter(|c| crocevia_domain::directory::taxonomy::id_of(c).is_some())
            .map(|c| {
                (
                    format!("/{page}/services?category={c}"),
                    tr.t(&format!("category-{c}")),
                )
            })
            .collect();
        let links = step
            .links
            .iter()
            .enumerate()
            .filter(|(_, href)| href.starts_with("https://"))
            .map(|(j, href)| StepLink {
                href: href.clone(),
                label: pick(texts, &format!("step.{n}.link.{}", j + 1), lang).unwrap_or_else(
                    || Shown {
                        text: href.clone(),
                        lang: "en",
                        status: crocevia_store::guides::TranslationStatus::Source,
                    },
                ),
            })
            .collect();
        steps.push(StepView {
            title: step_title,
            body,
            services,
            links,
        });
    }
    // The documents are a checklist: one item per line.
    let documents = pick(texts, "documents", lang).map(|mut shown| {
        fallbacks.note(&shown, lang);
        shown.text = shown
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("- {}", l.trim().trim_start_matches("- ")))
            .collect::<Vec<_>>()
            .join("\n");
        linker.rich(&shown)
    });
    let mut sections = Vec::new();
    for field in GUIDE_FIELDS.iter().skip(3) {
        if let Some(shown) = pick(texts, field, lang) {
            fallbacks.note(&shown, lang);
            sections.push(SectionView {
                id: field,
                heading: tr.t(&format!("guide-section-{field}")),
                body: linker.rich(&shown),
            });
        }
    }
    let reviewed = guide.row.reviewed_on.as_ref().map(|date| {
        tr.t_args(
            "guide-reviewed",
            &[
                ("date", date.as_str()),
                (
                    "next",
                    &guide
                        .next_review()
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                ),
            ],
        )
    });
    Some(GuideView {
        lang: lang.as_str(),
        dir: lang.direction().as_str(),
        heads: [
            "guide-section-audience",
            "guide-section-steps",
            "guide-section-documents",
            "guide-where-to-go",
            "guide-official-pages",
            "guide-permit-types",
            "guide-contents",
            "guide-brief-title",
        ]
        .map(|k| tr.t(k)),
        category: tr.t(&format!("guide-category-{}", guide.row.category)),
        permit_types: guide
            .permit_types
            .iter()
            .filter(|p| crocevia_domain::guides::PERMIT_TYPES.contains(&p.as_str()))
            .map(|p| tr.t(&format!("guide-permit-{p}")))
            .collect(),
        notice: fallbacks.notice(tr),
        title,
        description,
        brief,
        audience,
        steps,
        documents,
        sections,
        reviewed,
    })
}

#[derive(Template)]
#[template(path = "guide.html")]
struct GuidePage {
    chrome: Chrome,
    slug: String,
    v: GuideView,
    share: crate::portal::Share,
    feedback: crate::portal::FeedbackForm,
}

/// A published guide and the glossary, or 404 (both from the caches).
pub(super) async fn published_guide(
    state: &AppState,
    slug: &str,
) -> WebResult<(Arc<Guide>, Arc<Glossary>)> {
    let guide = state
        .published_guides()
        .await?
        .guide(slug)
        .ok_or(WebError::NotFound)?;
    Ok((guide, state.glossary().await?))
}

/// One guide.
pub async fn guide(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Query(after): Query<crate::portal::AfterFeedback>,
    csrf: CsrfToken,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let (guide, glossary) = published_guide(&state, &slug).await?;
    let feedback = crate::portal::FeedbackForm::of("guide", &slug, &csrf, after.thanked());
    let v = guide_view(&guide, &glossary, lang, lang).ok_or(WebError::NotFound)?;
    let mut chrome = chrome(
        &state,
        lang,
        &format!("/guides/{slug}"),
        Section::Guides,
        "guides-title",
    )
    .await?;
    chrome.title.clone_from(&v.title.text);
    let share = crate::portal::Share::of(&chrome, &v.title.text);
    Ok(page(
        &state,
        jar,
        lang,
        &GuidePage {
            chrome,
            slug,
            v,
            share,
            feedback,
        },
    ))
}

/// A glossary entry in a list.
struct Entry {
    href: String,
    term: Shown,
    italian: Option<String>,
    definition: Option<Shown>,
}

#[derive(Template)]
#[template(path = "glossary.html")]
struct GlossaryPage {
    chrome: Chrome,
    entries: Vec<Entry>,
    notice: Option<String>,
}

fn entry(c: &Concept, lang: Lang) -> Option<Entry> {
    let term = pick(&c.texts, "term", lang)?;
    let italian = (term.lang != "it")
        .then(|| c.texts.italian("term").to_owned())
        .filter(|t| !t.is_empty());
    Some(Entry {
        href: format!("/{lang}/glossary/{}", c.row.slug),
        definition: pick(&c.texts, "definition", lang),
        italian,
        term,
    })
}

/// The glossary, in the language's alphabetical order.
pub async fn glossary(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(
        &state,
        lang,
        "/glossary",
        Section::Glossary,
        "glossary-title",
    )
    .await?;
    let glossary = state.glossary().await?;
    let mut fallbacks = Fallbacks::default();
    let mut entries: Vec<Entry> = glossary
        .concepts()
        .iter()
        .filter_map(|c| entry(c, lang))
        .collect();
    for e in &entries {
        fallbacks.note(&e.term, lang);
    }
    let compare = collator(lang);
    entries.sort_by(|a, b| compare(&a.term.text, &b.term.text));
    let template = GlossaryPage {
        notice: fallbacks.notice(chrome.tr),
        chrome,
        entries,
    };
    Ok(page(&state, jar, lang, &template))
}

#[derive(Template)]
#[template(path = "concept.html")]
struct ConceptPage {
    chrome: Chrome,
    term: Shown,
    italian: Option<String>,
    aliases: Option<Shown>,
    definition: Option<Shown>,
    source: String,
    related: Vec<Entry>,
    guides: Vec<(String, Shown)>,
    notice: Option<String>,
}

/// One glossary concept.
pub async fn concept(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let store = state.store();
    let glossary = state.glossary().await?;
    let concepts = glossary.concepts();
    let c = concepts
        .iter()
        .find(|c| c.row.slug == slug)
        .ok_or(WebError::NotFound)?;
    let Entry {
        term,
        italian,
        definition,
        ..
    } = entry(c, lang).ok_or(WebError::NotFound)?;
    let mut chrome = chrome(
        &state,
        lang,
        &format!("/glossary/{slug}"),
        Section::Glossary,
        "glossary-title",
    )
    .await?;
    chrome.title.clone_from(&term.text);
    let mut fallbacks = Fallbacks::default();
    fallbacks.note(&term, lang);
    if let Some(d) = &definition {
        fallbacks.note(d, lang);
    }
    let related = c
        .related
        .iter()
        .filter_map(|r| concepts.iter().find(|x| &x.row.slug == r))
        .filter_map(|r| entry(r, lang))
        .collect();
    // The guides whose Italian text uses the term.
    let it_term = c.texts.italian("term").to_lowercase();
    let guides = if it_term.chars().count() < 3 {
        Vec::new()
    } else {
        published(store.guides().await?)
            .into_iter()
            .filter(|g| {
                g.texts
                    .fields()
                    .any(|f| g.texts.italian(f).to_lowercase().contains(&it_term))
            })
            .filter_map(|g| {
                pick(&g.texts, "title", lang).map(|t| (format!("/{lang}/guides/{}", g.row.slug), t))
            })
            .collect()
    };
    let template = ConceptPage {
        aliases: pick(&c.texts, "aliases", lang).map(|mut a| {
            a.text = a.text.lines().collect::<Vec<_>>().join(", ");
            a
        }),
        source: c.row.source.clone(),
        notice: fallbacks.notice(chrome.tr),
        chrome,
        term,
        italian,
        definition,
        related,
        guides,
    };
    Ok(page(&state, jar, lang, &template))
}
