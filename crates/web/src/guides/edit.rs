//! Editors' pages of the guides (`/app/guides/…`): the list with guides past
//! their review date flagged, the Italian form of a guide (structure, steps,
//! every section) checked field by field, the workflow draft → in review →
//! published, and the revision history with differences and restore.
//! Guides are the whole network's: only a network-wide grant edits them.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::guides::{CATEGORIES, GUIDE_FIELDS, GuideStatus, PERMIT_TYPES, valid_slug};
use crocevia_domain::identity::{Target, perm};
use crocevia_store::guides::{Guide, GuideConflict, GuideInput, RevisionContent, Step};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;

use crate::AppState;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;
use crocevia_store::act::Trail;

/// Errors by field name.
type Errors = BTreeMap<String, String>;

fn status_label(tr: Tr, status: &str) -> String {
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
pub async fn list(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let today = Utc::now().date_naive();
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

/// The form as typed.
#[derive(Debug, Default, Clone)]
struct GuideForm {
    slug: String,
    category: String,
    permits: Vec<String>,
    review_every_months: String,
    reviewed: bool,
    /// Single text fields by name.
    texts: BTreeMap<String, String>,
    /// Steps: title, body, services (comma codes), links (`URL | label` per
    /// line), the number it had.
    steps: Vec<StepForm>,
}

#[derive(Debug, Default, Clone)]
struct StepForm {
    title: String,
    body: String,
    services: String,
    links: String,
    from: String,
}

impl StepForm {
    fn is_empty(&self) -> bool {
        [&self.title, &self.body, &self.services, &self.links]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

const TEXT_FIELDS: [&str; 14] = [
    "title",
    "description",
    "brief_who",
    "brief_bring",
    "brief_cost",
    "brief_time",
    "brief_where",
    "audience",
    "documents",
    "outcome",
    "timing",
    "costs",
    "legal",
    "contacts",
];

impl GuideForm {
    fn parse(body: &[u8]) -> GuideForm {
        let mut f = GuideForm::default();
        let mut steps: BTreeMap<usize, StepForm> = BTreeMap::new();
        for (k, v) in crate::form::Posted::parse(body).pairs() {
            let v = v.trim().to_owned();
            match k {
                "slug" => f.slug = v,
                "category" => f.category = v,
                "permit" => f.permits.push(v),
                "review_every_months" => f.review_every_months = v,
                "reviewed" => f.reviewed = true,
                k if TEXT_FIELDS.contains(&k) => {
                    f.texts.insert(k.to_owned(), v);
                }
                k => {
                    let Some((n, part)) = k
                        .strip_prefix("step-")
                        .and_then(|r| r.split_once('-'))
                        .and_then(|(n, p)| Some((n.parse::<usize>().ok()?, p)))
                    else {
                        continue;
                    };
                    if n > 50 {
                        continue;
                    }
                    let s = steps.entry(n).or_default();
                    match part {
                        "title" => s.title = v,
                        "body" => s.body = v,
                        "services" => s.services = v,
                        "links" => s.links = v,
                        "from" => s.from = v,
                        _ => {}
                    }
                }
            }
        }
        f.steps = steps.into_values().filter(|s| !s.is_empty()).collect();
        f
    }

    /// The form of a stored guide.
    fn of(g: &Guide) -> GuideForm {
        let texts = TEXT_FIELDS
            .iter()
            .map(|k| ((*k).to_owned(), g.texts.italian(k).to_owned()))
            .collect();
        let steps = g
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = i + 1;
                StepForm {
                    title: g.texts.italian(&format!("step.{n}.title")).to_owned(),
                    body: g.texts.italian(&format!("step.{n}.body")).to_owned(),
                    services: s.services.join(", "),
                    links: s
                        .links
                        .iter()
                        .enumerate()
                        .map(|(j, url)| {
                            let label = g.texts.italian(&format!("step.{n}.link.{}", j + 1));
                            if label.is_empty() {
                                url.clone()
                            } else {
                                format!("{url} | {label}")
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n"),
                    from: n.to_string(),
                }
            })
            .collect();
        GuideForm {
            slug: g.row.slug.clone(),
            category: g.row.category.clone(),
            permits: g.permit_types.clone(),
            review_every_months: g.row.review_every_months.to_string(),
            reviewed: false,
            texts,
            steps,
        }
    }

    fn text(&self, k: &str) -> &str {
        self.texts.get(k).map_or("", String::as_str)
    }

    /// Every field checked; the guide to save, or the errors by field.
    fn check(&self, tr: Tr, id: Option<&str>, reviewer: &str) -> Result<GuideInput, Errors> {
        let mut errors = Errors::new();
        if !valid_slug(&self.slug) {
            errors.insert("slug".to_owned(), tr.t("appguide-error-slug"));
        }
        if !CATEGORIES.contains(&self.category.as_str()) {
            errors.insert("category".to_owned(), tr.t("appguide-error-category"));
        }
        if self
            .permits
            .iter()
            .any(|p| !PERMIT_TYPES.contains(&p.as_str()))
        {
            errors.insert("permit".to_owned(), tr.t("appguide-error-category"));
        }
        let months = self.review_every_months.parse::<i32>().ok();
        if !months.is_some_and(|m| (1..=36).contains(&m)) {
            errors.insert(
                "review_every_months".to_owned(),
                tr.t("appguide-error-months"),
            );
        }
        if self.text("title").is_empty() {
            errors.insert("title".to_owned(), tr.t("appdir-error-required"));
        }
        let mut texts: BTreeMap<String, String> = TEXT_FIELDS
            .iter()
            .map(|k| ((*k).to_owned(), self.text(k).to_owned()))
            .collect();
        let mut steps = Vec::new();
        for (i, s) in self.steps.iter().enumerate() {
            let n = i + 1;
            let key = format!("step-{n}");
            if s.title.is_empty() {
                errors.insert(key.clone(), tr.t("appguide-error-step-title"));
            }
            let services: Vec<String> = s
                .services
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            if let Some(wrong) = services
                .iter()
                .find(|c| crocevia_domain::directory::taxonomy::id_of(c).is_none())
            {
                errors.insert(
                    key.clone(),
                    tr.t1("appguide-error-step-service", "code", wrong),
                );
            }
            let mut links = Vec::new();
            for (j, line) in s
                .links
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .enumerate()
            {
                let (url, label) = line
                    .split_once('|')
                    .map_or((line, ""), |(u, l)| (u.trim(), l.trim()));
                if !url.starts_with("https://") || url.contains(char::is_whitespace) {
                    errors.insert(key.clone(), tr.t1("appguide-error-step-link", "link", url));
                }
                links.push(url.to_owned());
                texts.insert(format!("step.{n}.link.{}", j + 1), label.to_owned());
            }
            texts.insert(format!("step.{n}.title"), s.title.clone());
            texts.insert(format!("step.{n}.body"), s.body.clone());
            steps.push((
                Step { services, links },
                s.from.parse::<usize>().ok().filter(|f| *f >= 1),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(GuideInput {
            id: id.map(str::to_owned),
            slug: self.slug.clone(),
            category: self.category.clone(),
            permit_types: self.permits.clone(),
            review_every_months: months.unwrap_or(12),
            reviewed: self
                .reviewed
                .then(|| (Utc::now().date_naive().to_string(), reviewer.to_owned())),
            steps,
            texts,
        })
    }
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
    categories: Vec<(&'static str, String, bool)>,
    category_error: Option<String>,
    permits: Vec<(&'static str, String, bool)>,
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
                (
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
                (
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
pub async fn new_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
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
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let guide = state.store().guide(&id).await?.ok_or(WebError::NotFound)?;
    let tr = Tr(app_lang(&headers, Some(&operator.user)));
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
fn trail(operator: &Operator, headers: &HeaderMap, action: &str, id: &str) -> Trail {
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
                .await?;
            state.guides_changed();
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
        Err(GuideConflict::Slug) => {
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
    }
}

/// Creates a guide (a draft).
pub async fn create(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    submit(&state, &operator, (&headers, &csrf), None, &body).await
}

/// Saves a guide.
pub async fn update(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    submit(&state, &operator, (&headers, &csrf), Some(&id), &body).await
}

/// The status form.
#[derive(Debug, Deserialize)]
pub struct StatusForm {
    to: String,
}

/// Moves a guide in the workflow: draft → in review → published (and back).
pub async fn set_status(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    csrf: CsrfToken,
    axum::Form(form): axum::Form<StatusForm>,
) -> WebResult<Response> {
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
        let message = Tr(app_lang(&headers, Some(&operator.user))).t("appguide-error-transition");
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
async fn refuse(
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

/// One field's difference between two revisions, word by word.
struct FieldDiff {
    label: String,
    /// (changed, removed, text) pieces.
    pieces: Vec<(bool, bool, String)>,
}

struct RevisionRow {
    number: i32,
    when: String,
    who: String,
    status: String,
}

#[derive(Template)]
#[template(path = "app_guide_revisions.html")]
struct RevisionsPage {
    app: AppChrome,
    id: String,
    title: String,
    rows: Vec<RevisionRow>,
    diff: Option<(i32, Vec<FieldDiff>)>,
}

/// Which revision to compare with the one before it.
#[derive(Debug, Deserialize)]
pub struct RevisionsQuery {
    diff: Option<i32>,
}

/// A field key as a label: `step.2.body` → "Passo 2: testo".
pub(super) fn field_label(tr: Tr, key: &str) -> String {
    match key.strip_prefix("step.").and_then(|r| r.split_once('.')) {
        Some((n, part)) => tr.t_args(
            "appguide-diff-step",
            &[
                ("number", n),
                (
                    "part",
                    &tr.t(&format!(
                        "appguide-diff-step-{}",
                        part.split('.').next().unwrap_or(part)
                    )),
                ),
            ],
        ),
        None => tr.t(&format!("appguide-field-{key}")),
    }
}

/// The Gulpease index of an Italian text, as the note under its field; a
/// warning when it is harder than plain language (under 60).
fn reading_note(tr: Tr, text: &str) -> Option<(String, bool)> {
    let r = crocevia_domain::readability::readability(text, crocevia_domain::Lang::It)?;
    let score = format!("{:.0}", r.score.clamp(0.0, 100.0));
    let key = if r.hard {
        "appguide-reading-hard"
    } else {
        "appguide-reading-ok"
    };
    Some((tr.t1(key, "score", &score), r.hard))
}

fn diff(tr: Tr, old: &RevisionContent, new: &RevisionContent) -> Vec<FieldDiff> {
    let mut keys: Vec<&String> = old.texts.keys().chain(new.texts.keys()).collect();
    keys.sort();
    keys.dedup();
    let order = |k: &str| {
        GUIDE_FIELDS
            .iter()
            .position(|f| *f == k)
            .unwrap_or(if k == "documents" { 3 } else { 50 })
    };
    keys.sort_by_key(|k| order(k));
    let mut out = Vec::new();
    let empty = String::new();
    for key in keys {
        let (a, b) = (
            old.texts.get(key).unwrap_or(&empty),
            new.texts.get(key).unwrap_or(&empty),
        );
        if a == b {
            continue;
        }
        // Consecutive words of the same kind make one piece.
        let mut pieces: Vec<(bool, bool, String)> = Vec::new();
        for c in similar::TextDiff::from_words(a.as_str(), b.as_str()).iter_all_changes() {
            let kind = (
                c.tag() != similar::ChangeTag::Equal,
                c.tag() == similar::ChangeTag::Delete,
            );
            match pieces.last_mut() {
                Some(last) if (last.0, last.1) == kind => last.2.push_str(c.value()),
                _ => pieces.push((kind.0, kind.1, c.value().to_owned())),
            }
        }
        out.push(FieldDiff {
            label: field_label(tr, key),
            pieces,
        });
    }
    let structure = |c: &RevisionContent| {
        serde_json::json!([
            c.slug,
            c.category,
            c.permit_types,
            c.steps,
            c.review_every_months
        ])
        .to_string()
    };
    if structure(old) != structure(new) {
        out.push(FieldDiff {
            label: tr.t("appguide-diff-structure"),
            pieces: vec![
                (true, true, structure(old)),
                (false, false, " ".to_owned()),
                (true, false, structure(new)),
            ],
        });
    }
    out
}

/// The revisions of a guide; with `diff=N`, what revision N changed.
pub async fn revisions(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<RevisionsQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = store.guide(&id).await?.ok_or(WebError::NotFound)?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let revisions = store.guide_revisions(&id).await?;
    let mut names: BTreeMap<uuid::Uuid, String> = BTreeMap::new();
    for r in &revisions {
        if let Some(by) = r.created_by
            && !names.contains_key(&by)
            && let Some(u) = store.user(by).await?
        {
            names.insert(by, u.display_name);
        }
    }
    let diff = match q.diff {
        Some(n) => {
            let find = |n: i32| revisions.iter().find(|r| r.number == n);
            let new = find(n).ok_or(WebError::NotFound)?;
            let old = find(n - 1).map(RevisionContent::of).unwrap_or_default();
            Some((n, diff(tr, &old, &RevisionContent::of(new))))
        }
        None => None,
    };
    let rows = revisions
        .iter()
        .map(|r| RevisionRow {
            number: r.number,
            when: r.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            who: r
                .created_by
                .and_then(|b| names.get(&b).cloned())
                .unwrap_or_else(|| tr.t("appguide-system")),
            status: status_label(tr, &r.status),
        })
        .collect();
    let app = app_chrome(
        &state,
        lang,
        "appguide-revisions",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    Ok(render_html(&RevisionsPage {
        app,
        title: guide.texts.italian("title").to_owned(),
        id,
        rows,
        diff,
    }))
}

/// Restores a revision's Italian texts and structure (as a new revision;
/// the status stays).
pub async fn restore(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path((id, number)): Path<(String, i32)>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = store.guide(&id).await?.ok_or(WebError::NotFound)?;
    let revision = store
        .guide_revisions(&id)
        .await?
        .into_iter()
        .find(|r| r.number == number)
        .ok_or(WebError::NotFound)?;
    let content = RevisionContent::of(&revision);
    let input = GuideInput {
        id: Some(id.clone()),
        slug: content.slug,
        category: content.category,
        permit_types: content.permit_types,
        review_every_months: content.review_every_months.max(1),
        reviewed: None,
        steps: content
            .steps
            .into_iter()
            .enumerate()
            .map(|(i, s)| (s, Some(i + 1)))
            .collect(),
        texts: content.texts,
    };
    let saved = store
        .save_guide(&input, Some(operator.user.id), |_| {
            trail(&operator, &headers, "guides.guide.restore", &id)
        })
        .await?;
    state.guides_changed();
    if saved.is_err() {
        let message = Tr(app_lang(&headers, Some(&operator.user))).t("appguide-error-slug-taken");
        return refuse(
            &state,
            &operator,
            (&headers, &csrf),
            &guide,
            ("status", message),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/app/guides/{id}?restored={number}")).into_response())
}
