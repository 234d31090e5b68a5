//! The translators' workspace (`/app/translate/…`): what is missing,
//! unreviewed or outdated per language; the Italian source and the
//! translation side by side, field by field, with "reviewed"; XLIFF 2.0 export
//! of the pending work and import, checked entirely before anything is written.
//! Guides, glossary and the training courses are the whole network's: only
//! a network-wide grant translates them (a course also by the programme's
//! coordinators, who write it).

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::Lang;
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::translation::source_hash;
use crocevia_store::guides::{NewText, TextBatch, Texts, TranslationStatus};
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::texts::COURSE;
use serde::Deserialize;

use super::xliff;
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Choice;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;
use crate::upload::Upload;
use crocevia_store::act::Trail;

/// A field's status in a language, `missing` included.
fn status_of(texts: &Texts, field: &str, lang: &str) -> &'static str {
    texts
        .get(field, lang)
        .map_or("missing", |(_, s)| s.as_str())
}

/// Every guide, concept and course: (entity, id, Italian title or term,
/// texts).
async fn entities(state: &AppState) -> WebResult<Vec<(&'static str, String, String, Texts)>> {
    let store = state.store();
    let mut out: Vec<(&'static str, String, String, Texts)> = store
        .guides()
        .await?
        .into_iter()
        .map(|g| {
            let title = g.texts.italian("title").to_owned();
            ("guide", g.row.id, title, g.texts)
        })
        .collect();
    out.extend(store.concepts().await?.into_iter().map(|c| {
        let term = c.texts.italian("term").to_owned();
        ("concept", c.row.id, term, c.texts)
    }));
    out.extend(
        store
            .course_texts()
            .await?
            .into_iter()
            .map(|(id, (title, texts))| (COURSE, id.to_string(), title, texts)),
    );
    Ok(out)
}

/// Who may translate an entity of this kind: translators anything; the
/// programme's coordinators also a course.
async fn authorize_kind(state: &AppState, operator: &Operator, kind: &str) -> WebResult<()> {
    if kind == COURSE {
        let subject = crate::identity::operator::subject(state, operator).await?;
        if crocevia_domain::identity::allows(subject, perm::TRAINING_MANAGE, &Target::Network) {
            return Ok(());
        }
    }
    authorize(state, operator, perm::GUIDES_TRANSLATE, &Target::Network).await
}

/// Whether a status is what the filter asks for.
fn wanted(filter: &str, status: &str) -> bool {
    match filter {
        "all" => true,
        "pending" | "" => matches!(status, "missing" | "machine" | "outdated"),
        f => f == status,
    }
}

struct Row {
    href: String,
    kind: String,
    title: String,
    counts: Vec<(String, usize)>,
}

#[derive(Template)]
#[template(path = "app_translate.html")]
struct OverviewPage {
    app: AppChrome,
    lang: String,
    langs: Vec<Choice>,
    status: String,
    statuses: Vec<Choice>,
    rows: Vec<Row>,
    notice: Option<String>,
    import_error: Option<String>,
}

/// The overview's filters.
#[derive(Debug, Default, Deserialize)]
pub struct OverviewQuery {
    lang: Option<String>,
    status: Option<String>,
    imported: Option<String>,
}

const STATUSES: [&str; 6] = [
    "pending", "missing", "machine", "outdated", "reviewed", "all",
];

fn chosen_lang(state: &AppState, lang: Option<&str>) -> Lang {
    let langs = state.target_langs();
    lang.and_then(Lang::from_url_segment)
        .filter(|l| langs.contains(l))
        .or_else(|| langs.first().copied())
        .unwrap_or(Lang::En)
}

async fn overview_page(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    q: &OverviewQuery,
    import_error: Option<String>,
) -> WebResult<Response> {
    let ui = app_lang(headers, Some(&operator.user));
    let tr = Tr(ui);
    let lang = chosen_lang(state, q.lang.as_deref());
    let status = q
        .status
        .clone()
        .filter(|s| STATUSES.contains(&s.as_str()))
        .unwrap_or_else(|| "pending".to_owned());
    let rows = entities(state)
        .await?
        .into_iter()
        .filter_map(|(kind, id, title, texts)| {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for f in texts.fields() {
                *counts
                    .entry(status_of(&texts, f, lang.as_str()))
                    .or_default() += 1;
            }
            counts
                .iter()
                .any(|(s, n)| *n > 0 && wanted(&status, s))
                .then(|| Row {
                    href: format!("/app/translate/{kind}/{id}/{lang}"),
                    kind: tr.t(&format!("apptr-kind-{kind}")),
                    title,
                    counts: ["missing", "machine", "outdated", "reviewed"]
                        .iter()
                        .map(|s| {
                            (
                                tr.t(&format!("appdir-tr-{s}")),
                                counts.get(s).copied().unwrap_or(0),
                            )
                        })
                        .collect(),
                })
        })
        .collect();
    let app = app_chrome(state, ui, "apptr-title", Some(&operator.user), csrf).await?;
    let page = OverviewPage {
        app,
        lang: lang.as_str().to_owned(),
        langs: state
            .target_langs()
            .into_iter()
            .map(|l| Choice::new(l.as_str(), Tr(l).t("language-name")))
            .collect(),
        statuses: STATUSES
            .iter()
            .map(|s| Choice::new(*s, tr.t(&format!("apptr-status-{s}"))))
            .collect(),
        status,
        rows,
        notice: q
            .imported
            .as_ref()
            .map(|n| tr.t1("apptr-imported", "count", n)),
        import_error: import_error.clone(),
    };
    Ok(render_form(&page, import_error.is_some()))
}

/// What is left to translate in a language.
pub async fn overview(ctx: Ctx, Query(q): Query<OverviewQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_TRANSLATE, &Target::Network).await?;
    overview_page(&state, &operator, (&headers, &csrf), &q, None).await
}

/// A field's label for translators.
fn label(tr: Tr, entity: &str, field: &str) -> String {
    if entity == "concept" {
        tr.t(&format!("apptr-field-{field}"))
    } else if entity == COURSE {
        tr.t(if field == "title" {
            "training-course-name"
        } else {
            "training-course-description"
        })
    } else {
        super::revisions::field_label(tr, field)
    }
}

struct FieldView {
    field: String,
    label: String,
    source: String,
    text: String,
    status: String,
    status_label: String,
    reviewed: bool,
    /// For an English translation: its Flesch reading ease, and whether it
    /// is harder than plain language.
    reading: Option<(String, bool)>,
}

#[derive(Template)]
#[template(path = "app_translate_entity.html")]
struct EntityPage {
    app: AppChrome,
    action: String,
    /// Where "back" goes (a course's page for a course), and its words.
    back: (String, String),
    title: String,
    lang: String,
    language: String,
    dir: &'static str,
    fields: Vec<FieldView>,
    notice: Option<String>,
}

/// Which guide or concept.
#[derive(Debug, Deserialize)]
pub struct EntityPath {
    kind: String,
    id: String,
    lang: String,
}

/// Notices after saving.
#[derive(Debug, Deserialize)]
pub struct EntityQuery {
    saved: Option<String>,
}

async fn entity_texts(state: &AppState, kind: &str, id: &str) -> WebResult<(String, Texts)> {
    let store = state.store();
    match kind {
        "guide" => {
            let g = store.guide(id).await?.ok_or(WebError::NotFound)?;
            Ok((g.texts.italian("title").to_owned(), g.texts))
        }
        "concept" => {
            let c = store.concept(id).await?.ok_or(WebError::NotFound)?;
            Ok((c.texts.italian("term").to_owned(), c.texts))
        }
        COURSE => {
            let id = id.parse().map_err(|_| WebError::NotFound)?;
            store.course_texts_of(id).await?.ok_or(WebError::NotFound)
        }
        _ => Err(WebError::NotFound),
    }
}

/// Fields in reading order: the guide's sections, steps in order.
fn ordered_fields(texts: &Texts) -> Vec<String> {
    let mut fields: Vec<String> = texts.fields().map(str::to_owned).collect();
    let rank = |f: &str| -> (usize, usize, String) {
        let order = [
            "title",
            "term",
            "description",
            "brief_who",
            "brief_bring",
            "brief_cost",
            "brief_time",
            "brief_where",
            "aliases",
            "definition",
            "audience",
        ];
        if let Some(i) = order.iter().position(|o| *o == f) {
            return (0, i, String::new());
        }
        if let Some(rest) = f.strip_prefix("step.") {
            let (n, part) = rest.split_once('.').unwrap_or((rest, ""));
            return (1, n.parse().unwrap_or(0), part.to_owned());
        }
        let after = [
            "documents",
            "outcome",
            "timing",
            "costs",
            "legal",
            "contacts",
        ];
        (
            2,
            after.iter().position(|o| *o == f).unwrap_or(99),
            f.to_owned(),
        )
    };
    fields.sort_by_key(|f| rank(f));
    fields
}

/// The Italian and the translation side by side.
pub async fn entity_form(
    ctx: Ctx,
    Path(p): Path<EntityPath>,
    Query(q): Query<EntityQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize_kind(&state, &operator, &p.kind).await?;
    let lang = Lang::from_url_segment(&p.lang)
        .filter(|l| state.target_langs().contains(l))
        .ok_or(WebError::NotFound)?;
    let (title, texts) = entity_texts(&state, &p.kind, &p.id).await?;
    // The page speaks the workspace's language, left to right as it is;
    // only the translation's own fields are in the target language.
    let ui = app_lang(&headers, Some(&operator.user));
    let tr = Tr(ui);
    let fields = ordered_fields(&texts)
        .into_iter()
        .map(|f| {
            let status = status_of(&texts, &f, lang.as_str());
            FieldView {
                label: label(tr, &p.kind, &f),
                source: texts.italian(&f).to_owned(),
                text: texts
                    .get(&f, lang.as_str())
                    .map(|(t, _)| t.to_owned())
                    .unwrap_or_default(),
                reading: texts.get(&f, lang.as_str()).and_then(|(t, _)| {
                    let r = crocevia_domain::readability::readability(t, lang)?;
                    let score = format!("{:.0}", r.score.clamp(0.0, 100.0));
                    let key = if r.hard {
                        "apptr-reading-hard"
                    } else {
                        "apptr-reading-ok"
                    };
                    Some((tr.t1(key, "score", &score), r.hard))
                }),
                status: status.to_owned(),
                status_label: tr.t(&format!("appdir-tr-{status}")),
                reviewed: status == TranslationStatus::Reviewed.as_str(),
                field: f,
            }
        })
        .collect();
    let app = app_chrome(&state, ui, "apptr-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&EntityPage {
        app,
        action: format!("/app/translate/{}/{}/{lang}", p.kind, p.id),
        back: if p.kind == COURSE {
            (
                format!("/app/training/courses/{}", p.id),
                tr.t("training-course-back"),
            )
        } else {
            (format!("/app/translate?lang={lang}"), tr.t("apptr-back"))
        },
        title,
        lang: lang.as_str().to_owned(),
        language: Tr(lang).t("language-name"),
        dir: lang.direction().as_str(),
        fields,
        notice: q.saved.map(|_| tr.t("apptr-saved")),
    }))
}

/// Saves the translations typed (an emptied field keeps its translation).
pub async fn save_entity(ctx: Ctx, Path(p): Path<EntityPath>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize_kind(&state, &operator, &p.kind).await?;
    let lang = Lang::from_url_segment(&p.lang)
        .filter(|l| state.target_langs().contains(l))
        .ok_or(WebError::NotFound)?;
    let (_, texts) = entity_texts(&state, &p.kind, &p.id).await?;
    let mut typed: BTreeMap<String, String> = BTreeMap::new();
    let mut reviewed: Vec<String> = Vec::new();
    for (k, v) in crate::form::Posted::parse(&body).pairs() {
        if let Some(f) = k.strip_prefix("t:") {
            typed.insert(f.to_owned(), v.trim().to_owned());
        } else if let Some(f) = k.strip_prefix("r:") {
            reviewed.push(f.to_owned());
        }
    }
    let writes: Vec<NewText> = texts
        .fields()
        .filter_map(|f| {
            let text = typed.get(f).filter(|t| !t.is_empty())?;
            let status = TranslationStatus::stored(reviewed.iter().any(|r| r == f));
            let unchanged = texts
                .get(f, lang.as_str())
                .is_some_and(|(t, s)| t == text && s.as_str() == status);
            (!unchanged).then(|| NewText {
                field: f.to_owned(),
                lang: lang.as_str().to_owned(),
                text: text.clone(),
                status: status.to_owned(),
            })
        })
        .collect();
    if !writes.is_empty() {
        let event = AuditEvent::new("guides.translation.save", &p.kind, Some(p.id.clone()));
        let done = Trail::new(acted(&operator, &headers, event));
        state
            .store()
            .put_texts((&p.kind, &p.id), &writes, Some(operator.user.id), &done)
            .await?;
        state.glossary_changed();
        state.guides_changed();
    }
    Ok(Redirect::to(&format!(
        "/app/translate/{}/{}/{lang}?saved=1",
        p.kind, p.id
    ))
    .into_response())
}

/// The export's filters.
#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    lang: Option<String>,
    status: Option<String>,
}

/// The pending work of a language as XLIFF 2.0.
pub async fn export(ctx: Ctx, Query(q): Query<ExportQuery>) -> WebResult<Response> {
    let Ctx {
        state, operator, ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_TRANSLATE, &Target::Network).await?;
    let lang = chosen_lang(&state, q.lang.as_deref());
    let status = q.status.unwrap_or_else(|| "pending".to_owned());
    let files: Vec<xliff::File> = entities(&state)
        .await?
        .into_iter()
        .filter_map(|(kind, id, _, texts)| {
            let units: Vec<xliff::Unit> = ordered_fields(&texts)
                .into_iter()
                .filter(|f| wanted(&status, status_of(&texts, f, lang.as_str())))
                .map(|f| {
                    let source = texts.italian(&f).to_owned();
                    let current = texts
                        .get(&f, lang.as_str())
                        .filter(|(_, s)| *s != TranslationStatus::Outdated);
                    xliff::Unit {
                        hash: source_hash(source.trim()),
                        target: current.map(|(t, _)| t.to_owned()),
                        reviewed: current.is_some_and(|(_, s)| s == TranslationStatus::Reviewed),
                        source,
                        field: f,
                    }
                })
                .collect();
            (!units.is_empty()).then(|| xliff::File {
                entity: kind.to_owned(),
                id,
                units,
            })
        })
        .collect();
    let body = xliff::write(lang.as_str(), &files);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/xliff+xml; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"crocevia-{lang}.xlf\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Checks an XLIFF document against the stored texts: every file and unit
/// must exist and still have the Italian it was made from.
fn check_import(
    tr: Tr,
    langs: &[Lang],
    doc: &xliff::Document,
    stored: &[(&'static str, String, String, Texts)],
) -> Result<(Lang, Vec<TextBatch>), String> {
    let lang = Lang::from_url_segment(&doc.target)
        .filter(|l| langs.contains(l))
        .ok_or_else(|| tr.t1("apptr-error-lang", "lang", &doc.target))?;
    let mut batches = Vec::new();
    for f in &doc.files {
        let texts = stored
            .iter()
            .find(|(k, id, _, _)| *k == f.entity && *id == f.id)
            .map(|(_, _, _, t)| t)
            .ok_or_else(|| {
                tr.t1(
                    "apptr-error-file",
                    "file",
                    &format!("{}/{}", f.entity, f.id),
                )
            })?;
        let mut writes = Vec::new();
        for u in &f.units {
            let place = format!("{}/{} {}", f.entity, f.id, u.field);
            if texts.get(&u.field, "it").is_none() {
                return Err(tr.t1("apptr-error-unit", "unit", &place));
            }
            if source_hash(texts.italian(&u.field).trim()) != u.hash {
                return Err(tr.t1("apptr-error-hash", "unit", &place));
            }
            if let Some(t) = u.target.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                writes.push(NewText {
                    field: u.field.clone(),
                    lang: lang.as_str().to_owned(),
                    text: t.to_owned(),
                    status: TranslationStatus::stored(u.reviewed).to_owned(),
                });
            }
        }
        if !writes.is_empty() {
            batches.push(((f.entity.clone(), f.id.clone()), writes));
        }
    }
    Ok((lang, batches))
}

/// Imports an XLIFF 2.0 file (multipart field `file`): nothing is written
/// unless every unit is valid.
pub async fn import(ctx: Ctx, upload: Upload) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_TRANSLATE, &Target::Network).await?;
    let tr = Tr(lang);
    let file = upload.field("file").filter(|f| !f.data.is_empty());
    let lang_field = upload
        .field("lang")
        .map(|f| String::from_utf8_lossy(&f.data).into_owned());
    let q = OverviewQuery {
        lang: lang_field,
        ..OverviewQuery::default()
    };
    let refuse =
        |message: String| overview_page(&state, &operator, (&headers, &csrf), &q, Some(message));
    let Some(file) = file else {
        return refuse(tr.t("apptr-error-nofile")).await;
    };
    let Ok(xml) = std::str::from_utf8(&file.data) else {
        return refuse(tr.t("apptr-error-utf8")).await;
    };
    let doc = match xliff::read(xml) {
        Ok(d) => d,
        Err(e) => {
            return refuse(tr.t_args(
                "apptr-error-xml",
                &[("line", &e.line.to_string()), ("reason", &e.message)],
            ))
            .await;
        }
    };
    let stored = entities(&state).await?;
    let (lang, batches) = match check_import(tr, &state.target_langs(), &doc, &stored) {
        Ok(v) => v,
        Err(message) => return refuse(message).await,
    };
    let count: usize = batches.iter().map(|(_, w)| w.len()).sum();
    let event = AuditEvent::new(
        "guides.translation.import",
        "xliff",
        Some(lang.as_str().to_owned()),
    );
    let done = Trail::new(acted(&operator, &headers, event));
    state
        .store()
        .put_translations(&batches, Some(operator.user.id), &done)
        .await?;
    state.glossary_changed();
    state.guides_changed();
    Ok(Redirect::to(&format!("/app/translate?lang={lang}&imported={count}")).into_response())
}
