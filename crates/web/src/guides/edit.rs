//! Editors' pages of the guides (`/app/guides/…`): the list with guides past
//! their review date flagged, the Italian form of a guide (structure, steps,
//! every section) checked field by field, the workflow draft → in review →
//! published, and the revision history with differences and restore.
//! Guides are the whole network's: only a network-wide grant edits them.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::guides::{CATEGORIES, GuideStatus, PERMIT_TYPES};
use crocevia_domain::identity::{Target, perm};
use crocevia_store::StoreError;
use crocevia_store::guides::Guide;
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;

use super::guide_form::{Errors, GuideForm, StepForm, TEXT_FIELDS, reading_note};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Check;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;
use crocevia_store::act::Trail;

pub(super) fn status_label(tr: Tr, status: &str) -> String {
    tr.t(&format!("appguide-status-{}", status.replace('_', "-")))
}

struct Row {
    id: String,
    title: String,
    category: String,
    status: String,
    reviewed: String,
    next_review: String,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "app_guides.html")]
struct ListPage {
    app: AppChrome,
    rows: Vec<Row>,
    overdue_count: usize,
    only_overdue: bool,
}

/// Query of the list.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    overdue: Option<String>,
}

/// The guides, with those past their review date flagged.
pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let tr = Tr(lang);
    let today = crocevia_domain::desk::calendar::rome_today();
    let mut rows: Vec<Row> = state
        .store()
        .guides()
        .await?
        .iter()
        .map(|g| {
            let next = g.next_review();
            Row {
                id: g.row.id.clone(),
                title: g.texts.italian("title").to_owned(),
                category: tr.t(&format!("appguide-category-{}", g.row.category)),
                status: status_label(tr, &g.row.status),
                reviewed: g.row.reviewed_on.clone().unwrap_or_default(),
                next_review: next.map(|d| d.to_string()).unwrap_or_default(),
                overdue: next.is_none_or(|d| d < today),
            }
        })
        .collect();
    let overdue_count = rows.iter().filter(|r| r.overdue).count();
    let only_overdue = q.overdue.is_some();
    if only_overdue {
        rows.retain(|r| r.overdue);
    }
    rows.sort_by_cached_key(|r| r.title.to_lowercase());
    let app = app_chrome(&state, lang, "appguide-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&ListPage {
        app,
        rows,
        overdue_count,
        only_overdue,
    }))
}

/// A step as the form shows it.
struct StepView {
    n: usize,
    form: StepForm,
    error: Option<String>,
}

/// A text field of the form.
struct TextView {
    name: &'static str,
    label: String,
    value: String,
    error: Option<String>,
    multiline: bool,
    /// How easy the Italian text is to read, and whether it is too hard
    /// for plain language (Gulpease).
    reading: Option<(String, bool)>,
}

#[derive(Template)]
#[template(path = "app_guide.html")]
struct EditPage {
    app: AppChrome,
    heading: String,
    id: Option<String>,
    status: Option<(String, String)>,
    /// Workflow actions: (target status, label).
    actions: Vec<(&'static str, String)>,
    public_href: Option<String>,
    notice: Option<String>,
    status_error: Option<String>,
    slug: String,
    slug_error: Option<String>,
    categories: Vec<Check>,
    category_error: Option<String>,
    permits: Vec<Check>,
    review_every_months: String,
    months_error: Option<String>,
    texts: Vec<TextView>,
    steps: Vec<StepView>,
}

async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    guide: Option<&Guide>,
    form: &GuideForm,
    (errors, notice): (&Errors, Option<String>),
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let id = guide.map(|g| g.row.id.clone());
    let status = guide.map(|g| (g.row.status.clone(), status_label(tr, &g.row.status)));
    let actions = match guide.and_then(|g| GuideStatus::parse(&g.row.status)) {
        Some(GuideStatus::Draft) => vec![("in_review", tr.t("appguide-to-review"))],
        Some(GuideStatus::InReview) => vec![
            ("published", tr.t("appguide-publish")),
            ("draft", tr.t("appguide-back-to-draft")),
        ],
        Some(GuideStatus::Published) => vec![("draft", tr.t("appguide-unpublish"))],
        None => Vec::new(),
    };
    let error = |k: &str| errors.get(k).cloned();
    let texts = TEXT_FIELDS
        .iter()
        .map(|k| TextView {
            name: k,
            label: tr.t(&format!("appguide-field-{k}")),
            value: form.text(k).to_owned(),
            error: error(k),
            multiline: *k != "title" && !k.starts_with("brief_"),
            reading: reading_note(tr, form.text(k)),
        })
        .collect();
    // The stored or typed steps, and one more empty to add a step.
    let steps = form
        .steps
        .iter()
        .cloned()
        .chain(std::iter::once(StepForm::default()))
        .enumerate()
        .map(|(i, s)| StepView {
            n: i + 1,
            error: error(&format!("step-{}", i + 1)),
            form: s,
        })
        .collect();
    let template = EditPage {
        heading: tr.t(if guide.is_some() {
            "appguide-edit-title"
        } else {
            "appguide-new-title"
        }),
        public_href: guide
            .filter(|g| g.row.status == "published")
            .map(|g| format!("/it/guides/{}", g.row.slug)),
        id,
        status,
        actions,
        notice,
        status_error: error("status"),
        slug: form.slug.clone(),
        slug_error: error("slug"),
        categories: CATEGORIES
            .iter()
            .map(|c| {
                Check::new(
                    *c,
                    tr.t(&format!("appguide-category-{c}")),
                    form.category == *c,
                )
            })
            .collect(),
        category_error: error("category"),
        permits: PERMIT_TYPES
            .iter()
            .map(|p| {
                Check::new(
                    *p,
                    tr.t(&format!("appguide-permit-{}", p.replace('_', "-"))),
                    form.permits.iter().any(|x| x == p),
                )
            })
            .collect(),
        review_every_months: form.review_every_months.clone(),
        months_error: error("review_every_months"),
        texts,
        steps,
        app: app_chrome(state, lang, "appguide-title", Some(&operator.user), csrf).await?,
    };
    Ok(render_form(&template, !errors.is_empty()))
}

/// Notices after an action.
#[derive(Debug, Deserialize)]
pub struct EditQuery {
    saved: Option<String>,
    status: Option<String>,
    restored: Option<String>,
}

/// The form of a new guide.
pub async fn new_form(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let form = GuideForm {
        review_every_months: "12".to_owned(),
        ..GuideForm::default()
    };
    render(
        &state,
        &operator,
        (&headers, &csrf),
        None,
        &form,
        (&Errors::new(), None),
    )
    .await
}

/// A stored guide's form.
pub async fn edit_form(
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let guide = state.store().guide(&id).await?.ok_or(WebError::NotFound)?;
    let tr = Tr(lang);
    let notice = q
        .saved
        .map(|_| tr.t("appguide-saved"))
        .or(q
            .status
            .map(|s| tr.t1("appguide-status-now", "status", &status_label(tr, &s))))
        .or(q.restored.map(|n| tr.t1("appguide-restored", "number", &n)));
    render(
        &state,
        &operator,
        (&headers, &csrf),
        Some(&guide),
        &GuideForm::of(&guide),
        (&Errors::new(), notice),
    )
    .await
}

/// The trail of a change to guide `id`.
pub(super) fn trail(operator: &Operator, headers: &HeaderMap, action: &str, id: &str) -> Trail {
    Trail::new(acted(
        operator,
        headers,
        AuditEvent::new(action, "guide", Some(id.to_owned())),
    ))
}

async fn submit(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Option<&str>,
    body: &[u8],
) -> WebResult<Response> {
    authorize(state, operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = match id {
        Some(id) => Some(store.guide(id).await?.ok_or(WebError::NotFound)?),
        None => None,
    };
    let tr = Tr(app_lang(headers, Some(&operator.user)));
    let form = GuideForm::parse(body);
    let checked = form.check(tr, id, &operator.user.display_name);
    let action = if id.is_some() {
        "guides.guide.update"
    } else {
        "guides.guide.create"
    };
    let saved = match checked {
        Ok(input) => {
            let saved = store
                .save_guide(&input, Some(operator.user.id), |saved| {
                    trail(operator, headers, action, saved)
                })
                .await;
            if saved.is_ok() {
                state.guides_changed();
            }
            saved
        }
        Err(errors) => {
            return render(
                state,
                operator,
                (headers, csrf),
                guide.as_ref(),
                &form,
                (&errors, None),
            )
            .await;
        }
    };
    match saved {
        Ok(saved) => Ok(Redirect::to(&format!("/app/guides/{saved}?saved=1")).into_response()),
        Err(StoreError::Conflict("slug")) => {
            let mut errors = Errors::new();
            errors.insert("slug".to_owned(), tr.t("appguide-error-slug-taken"));
            render(
                state,
                operator,
                (headers, csrf),
                guide.as_ref(),
                &form,
                (&errors, None),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Creates a guide (a draft).
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

/// Saves a guide.
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

/// The status form.
#[derive(Debug, Deserialize)]
pub struct StatusForm {
    to: String,
}

/// Moves a guide in the workflow: draft → in review → published (and back).
pub async fn set_status(
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<StatusForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = store.guide(&id).await?.ok_or(WebError::NotFound)?;
    let from = GuideStatus::parse(&guide.row.status);
    let to = GuideStatus::parse(&form.to);
    let allowed = matches!(
        (from, to),
        (Some(GuideStatus::Draft), Some(GuideStatus::InReview))
            | (
                Some(GuideStatus::InReview),
                Some(GuideStatus::Published | GuideStatus::Draft)
            )
            | (Some(GuideStatus::Published), Some(GuideStatus::Draft))
    );
    let Some(to) = to.filter(|_| allowed) else {
        let message = Tr(lang).t("appguide-error-transition");
        return refuse(
            &state,
            &operator,
            (&headers, &csrf),
            &guide,
            ("status", message),
        )
        .await;
    };
    let done = trail(
        &operator,
        &headers,
        &format!("guides.guide.{}", to.as_str()),
        &id,
    );
    store
        .set_guide_status(&id, to, Some(operator.user.id), &done)
        .await?;
    state.guides_changed();
    Ok(Redirect::to(&format!("/app/guides/{id}?status={}", to.as_str())).into_response())
}

/// The guide's form again with an error at the top (422).
pub(super) async fn refuse(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    guide: &Guide,
    (key, message): (&str, String),
) -> WebResult<Response> {
    let mut errors = Errors::new();
    errors.insert(key.to_owned(), message);
    render(
        state,
        operator,
        (headers, csrf),
        Some(guide),
        &GuideForm::of(guide),
        (&errors, None),
    )
    .await
}
