//! Editors' pages of the glossary (`/app/glossary/…`): the concepts by
//! Italian term, and the Italian form of a concept (term, other ways to say
//! it, definition, related concepts, source) checked field by field.
//! Translations are made in the translators' workspace. The glossary is the
//! whole network's: only a network-wide grant edits it.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{Target, perm};
use crocevia_store::StoreError;
use crocevia_store::guides::{Concept, ConceptInput};
use crocevia_store::identity::audit::AuditEvent;

use crate::AppState;
use crate::context::Ctx;
use crate::directory::records::RecordPage;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;

type Errors = BTreeMap<String, String>;

const FIELDS: [&str; 6] = ["slug", "term", "aliases", "definition", "related", "source"];

#[derive(Template)]
#[template(path = "app_glossary.html")]
struct ListPage {
    app: AppChrome,
    rows: Vec<ConceptRow>,
}

/// A concept in the glossary's list.
struct ConceptRow {
    id: String,
    /// The Italian term.
    term: String,
    slug: String,
    /// In how many languages the term is reviewed.
    reviewed: usize,
}

/// The concepts, by Italian term.
pub async fn list(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let mut rows: Vec<ConceptRow> = state
        .store()
        .concepts()
        .await?
        .into_iter()
        .map(|c| {
            let reviewed = crocevia_domain::Lang::ALL
                .iter()
                .filter(|l| {
                    c.texts.get("term", l.as_str()).is_some_and(|(_, s)| {
                        s == crocevia_store::guides::TranslationStatus::Reviewed
                    })
                })
                .count();
            ConceptRow {
                id: c.row.id.clone(),
                term: c.texts.italian("term").to_owned(),
                slug: c.row.slug.clone(),
                reviewed,
            }
        })
        .collect();
    rows.sort_by_cached_key(|r| r.term.to_lowercase());
    let app = app_chrome(&state, lang, "appgloss-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&ListPage { app, rows }))
}

fn form_of(c: &Concept) -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    f.insert("slug".to_owned(), c.row.slug.clone());
    for k in ["term", "aliases", "definition"] {
        f.insert(k.to_owned(), c.texts.italian(k).to_owned());
    }
    f.insert("related".to_owned(), c.related.join(", "));
    f.insert("source".to_owned(), c.row.source.clone());
    f
}

async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    (id, notice): (Option<&str>, Option<String>),
    form: &BTreeMap<String, String>,
    errors: &Errors,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let fields = FIELDS
        .iter()
        .map(|k| {
            let f = Field::new(
                k,
                tr.t(&format!("appgloss-field-{k}")),
                form.get(*k).map_or("", String::as_str),
                Vec::new(),
                errors,
            );
            if matches!(*k, "aliases" | "definition") {
                f.multiline()
            } else {
                f
            }
        })
        .collect();
    let page = RecordPage {
        app: app_chrome(state, lang, "appgloss-title", Some(&operator.user), csrf).await?,
        back: ("/app/glossary".to_owned(), tr.t("appgloss-back")),
        heading: tr.t(if id.is_some() {
            "appgloss-edit-title"
        } else {
            "appgloss-new-title"
        }),
        notice,
        action: id.map_or_else(
            || "/app/glossary/new".to_owned(),
            |id| format!("/app/glossary/{id}"),
        ),
        submit: tr.t("appgloss-save"),
        fields,
        lists: Vec::new(),
        add: None,
    };
    Ok(render_form(&page, !errors.is_empty()))
}

/// The form of a new concept.
pub async fn new_form(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let empty = BTreeMap::new();
    render(
        &state,
        &operator,
        (&headers, &csrf),
        (None, None),
        &empty,
        &Errors::new(),
    )
    .await
}

async fn concept(state: &AppState, id: &str) -> WebResult<Concept> {
    state.store().concept(id).await?.ok_or(WebError::NotFound)
}

/// A stored concept's form.
pub async fn edit_form(ctx: Ctx, Path(id): Path<String>, uri: Uri) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let c = concept(&state, &id).await?;
    let tr = Tr(lang);
    let notice = uri
        .query()
        .filter(|q| q.contains("saved=1"))
        .map(|_| tr.t("appgloss-saved"));
    let what = (Some(id.as_str()), notice);
    render(
        &state,
        &operator,
        (&headers, &csrf),
        what,
        &form_of(&c),
        &Errors::new(),
    )
    .await
}

/// Checks the form against the glossary; the concept to save or the errors.
fn check(
    form: &BTreeMap<String, String>,
    id: Option<&str>,
    slugs: &[String],
    tr: Tr,
) -> Result<ConceptInput, Errors> {
    let get = |k: &str| form.get(k).map_or("", String::as_str);
    let mut errors = Errors::new();
    let slug = get("slug");
    if !crocevia_domain::guides::valid_slug(slug) {
        errors.insert("slug".to_owned(), tr.t("appguide-error-slug"));
    }
    for k in ["term", "definition"] {
        if get(k).is_empty() {
            errors.insert(k.to_owned(), tr.t("appdir-error-required"));
        }
    }
    let related: Vec<String> = get("related")
        .split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect();
    if let Some(wrong) = related
        .iter()
        .find(|r| r.as_str() == slug || !slugs.contains(r))
    {
        errors.insert(
            "related".to_owned(),
            tr.t1("appgloss-error-related", "slug", wrong),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ConceptInput {
        id: id.map(str::to_owned),
        slug: slug.to_owned(),
        related,
        source: get("source").to_owned(),
        term: get("term").to_owned(),
        aliases: get("aliases").to_owned(),
        definition: get("definition").to_owned(),
    })
}

async fn submit(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Option<&str>,
    body: &[u8],
) -> WebResult<Response> {
    authorize(state, operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let concepts = state.store().concepts().await?;
    if id.is_some_and(|id| !concepts.iter().any(|c| c.row.id == id)) {
        return Err(WebError::NotFound);
    }
    let tr = Tr(app_lang(headers, Some(&operator.user)));
    let form: BTreeMap<String, String> = crate::form::Posted::parse(body).values();
    let slugs: Vec<String> = concepts.into_iter().map(|c| c.row.slug).collect();
    let input = match check(&form, id, &slugs, tr) {
        Ok(input) => input,
        Err(errors) => {
            return render(state, operator, (headers, csrf), (id, None), &form, &errors).await;
        }
    };
    let action = if id.is_some() {
        "guides.concept.update"
    } else {
        "guides.concept.create"
    };
    let event = |saved: &str| {
        let event = AuditEvent::new(action, "concept", Some(saved.to_owned()));
        crocevia_store::act::Trail::new(acted(operator, headers, event))
    };
    match state
        .store()
        .save_concept(&input, Some(operator.user.id), event)
        .await
    {
        Ok(saved) => {
            state.glossary_changed();
            Ok(Redirect::to(&format!("/app/glossary/{saved}?saved=1")).into_response())
        }
        Err(StoreError::Conflict("slug")) => {
            let mut errors = Errors::new();
            errors.insert("slug".to_owned(), tr.t("appgloss-error-slug-taken"));
            render(state, operator, (headers, csrf), (id, None), &form, &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Creates a concept.
pub async fn create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    submit(&state, &operator, (&headers, &csrf), None, &body).await
}

/// Saves a concept.
pub async fn update(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    submit(&state, &operator, (&headers, &csrf), Some(&id), &body).await
}
