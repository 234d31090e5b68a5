//! "Was this useful?" and "report wrong information" on every guide and
//! service page, and the editors' queue that reads them.
//!
//! Anonymous by construction: no account, no address (the rate limit keys a
//! hash of it, kept one hour), no cookie identifier; a report's text is
//! limited and the form says not to write personal data. The queue shows a
//! guide's reports to guide editors and a service's to directory editors;
//! marking one handled is audited in the same transaction.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::Utc;
use crocevia_domain::Lang;
use crocevia_domain::identity::feedback_kinds;
use crocevia_store::directory::hsds::Kind;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::portal::feedback::FeedbackInput;
use serde::Deserialize;
use uuid::Uuid;

use super::page_lang;
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, subject};
use crate::layout::{Chrome, Section};
use crate::limits::{Client, FEEDBACK_PER_ADDRESS};
use crate::security::CsrfToken;

/// The longest report kept, in characters.
pub const REPORT_MAX: usize = 2000;

/// Routes of feedback: the readers' form and the editors' queue.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/feedback", post(send))
        .route("/app/feedback", get(queue))
        .route("/app/feedback/{id}/handled", post(handled))
}

/// What a guide or service page needs to show the form.
#[derive(Debug, Clone)]
pub struct FeedbackForm {
    /// `guide` or `service`.
    pub kind: &'static str,
    /// The guide's slug or the service's id.
    pub target: String,
    /// The CSRF token.
    pub csrf: String,
    /// The page after feedback was sent: thanks instead of the form.
    pub thanks: bool,
    /// A refused report (empty, too long), with the text to show again.
    pub error: Option<(String, String)>,
}

impl FeedbackForm {
    /// The form of a page about `(kind, target)`.
    #[must_use]
    pub fn of(kind: &'static str, target: &str, csrf: &CsrfToken, thanks: bool) -> FeedbackForm {
        FeedbackForm {
            kind,
            target: target.to_owned(),
            csrf: csrf.value().to_owned(),
            thanks,
            error: None,
        }
    }
}

/// The query of a page after feedback was sent (`?feedback=thanks`).
#[derive(Debug, Default, Deserialize)]
pub struct AfterFeedback {
    #[serde(default)]
    feedback: Option<String>,
}

impl AfterFeedback {
    /// Whether the reader just sent feedback from this page.
    #[must_use]
    pub fn thanked(&self) -> bool {
        self.feedback.as_deref() == Some("thanks")
    }
}

#[derive(Debug, Deserialize)]
struct Sent {
    kind: String,
    target: String,
    /// `yes` or `no`.
    #[serde(default)]
    useful: Option<String>,
    #[serde(default)]
    report: Option<String>,
}

/// The page a feedback is about, if it exists: its path after `/{lang}`.
async fn page_of(state: &AppState, kind: &str, target: &str) -> WebResult<Option<String>> {
    Ok(match kind {
        "guide" => state
            .published_guides()
            .await?
            .guide(target)
            .map(|_| format!("/guides/{target}")),
        "service" => {
            let Ok(id) = target.parse::<Uuid>() else {
                return Ok(None);
            };
            let model = state.directory().await?;
            model
                .snapshot
                .record(Kind::Service, &id.to_string())
                .is_some()
                .then(|| format!("/services/{id}"))
        }
        _ => None,
    })
}

/// Keeps a reader's answer or report and goes back to the page, which
/// thanks them. A report empty or too long comes back with its error and
/// text, nothing kept.
async fn send(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Client(client): Client,
    csrf: CsrfToken,
    Form(form): Form<Sent>,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let Some(path) = page_of(&state, &form.kind, &form.target).await? else {
        return Err(WebError::NotFound);
    };
    let useful = match form.useful.as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        Some(_) => return Err(WebError::BadRequest("useful is yes or no")),
        None => None,
    };
    let report = form.report.as_deref().map(str::trim);
    let tr = Tr(lang);
    if useful.is_none() {
        let error = match report {
            None | Some("") => Some(tr.t("feedback-empty")),
            Some(r) if r.chars().count() > REPORT_MAX => Some(tr.t_count(
                "feedback-too-long",
                "max",
                u64::try_from(REPORT_MAX).unwrap_or(u64::MAX),
            )),
            Some(_) => None,
        };
        if let Some(error) = error {
            let kept: String = report
                .unwrap_or_default()
                .chars()
                .take(REPORT_MAX * 2)
                .collect();
            return refused(&state, lang, &path, &form, (error, kept), &csrf).await;
        }
    }
    FEEDBACK_PER_ADDRESS.hit(&state, &client).await?;
    state
        .store()
        .add_feedback(
            &FeedbackInput {
                lang: lang.as_str().to_owned(),
                kind: form.kind.clone(),
                target: form.target.clone(),
                useful,
                report: if useful.is_none() {
                    report.map(str::to_owned)
                } else {
                    None
                },
            },
            Utc::now(),
        )
        .await?;
    Ok(Redirect::to(&format!("/{lang}{path}?feedback=thanks#feedback")).into_response())
}

#[derive(Template)]
#[template(path = "feedback_refused.html")]
struct RefusedPage {
    chrome: Chrome,
    /// The page the report is about.
    back: String,
    feedback: FeedbackForm,
}

/// The report form again, with what was wrong and the text typed (422).
async fn refused(
    state: &AppState,
    lang: Lang,
    path: &str,
    form: &Sent,
    error: (String, String),
    csrf: &CsrfToken,
) -> WebResult<Response> {
    let chrome = super::chrome(state, lang, path, Section::Home, "feedback-report").await?;
    let kind = if form.kind == "guide" {
        "guide"
    } else {
        "service"
    };
    let mut feedback = FeedbackForm::of(kind, &form.target, csrf, false);
    feedback.error = Some(error);
    let mut response = render_html(&RefusedPage {
        chrome,
        back: format!("/{lang}{path}"),
        feedback,
    });
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

/// The kinds of report an operator handles: guides for guide editors,
/// services for directory editors.
async fn kinds_for(state: &AppState, operator: &Operator) -> WebResult<Vec<&'static str>> {
    let kinds = feedback_kinds(subject(state, operator).await?);
    if kinds.is_empty() {
        return Err(WebError::NotPermitted("feedback queue"));
    }
    Ok(kinds)
}

struct ReportRow {
    id: Uuid,
    at: String,
    page: String,
    href: String,
    /// The language's code and its own name.
    lang: (String, String),
    report: String,
}

struct PageRow {
    page: String,
    href: String,
    useful: u64,
    not_useful: u64,
    share: u32,
}

#[derive(Template)]
#[template(path = "app_feedback.html")]
struct QueuePage {
    app: AppChrome,
    reports: Vec<ReportRow>,
    pages: Vec<PageRow>,
}

/// The name of a page a feedback is about, for the queue.
async fn page_name(state: &AppState, kind: &str, target: &str) -> WebResult<String> {
    Ok(match kind {
        "guide" => state.published_guides().await?.guide(target).map_or_else(
            || target.to_owned(),
            |g| g.texts.italian("title").to_owned(),
        ),
        _ => {
            let model = state.directory().await?;
            model
                .snapshot
                .record(Kind::Service, target)
                .and_then(|r| r.get("name").and_then(|n| n.as_str().map(str::to_owned)))
                .unwrap_or_else(|| target.to_owned())
        }
    })
}

/// The editors' queue: open reports, oldest first, and the "was this
/// useful?" answers per page, the least useful first.
async fn queue(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    let kinds = kinds_for(&state, &operator).await?;
    let store = state.store();
    let mut reports = Vec::new();
    for r in store.open_reports(&kinds, 200).await? {
        reports.push(ReportRow {
            id: r.id,
            at: crate::desk::local_time(r.created_at),
            page: page_name(&state, &r.kind, &r.target).await?,
            href: public_href(&r.kind, &r.target),
            lang: (
                r.lang.clone(),
                Lang::from_url_segment(&r.lang)
                    .map_or_else(|| r.lang.clone(), |l| Tr(l).t("language-name")),
            ),
            report: r.report.unwrap_or_default(),
        });
    }
    let mut pages = Vec::new();
    for (kind, target, s) in store.satisfaction(&kinds).await?.into_iter().take(50) {
        let total = s.useful + s.not_useful;
        pages.push(PageRow {
            page: page_name(&state, &kind, &target).await?,
            href: public_href(&kind, &target),
            useful: s.useful,
            not_useful: s.not_useful,
            share: u32::try_from(s.useful * 100 / total.max(1)).unwrap_or(0),
        });
    }
    let app = app_chrome(
        &state,
        lang,
        "feedback-queue-title",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    Ok(render_html(&QueuePage {
        app,
        reports,
        pages,
    }))
}

fn public_href(kind: &str, target: &str) -> String {
    match kind {
        "guide" => format!("/it/guides/{target}"),
        _ => format!("/it/services/{target}"),
    }
}

/// Marks a report handled (audited); a report the operator may not handle,
/// or one already handled, is not found.
async fn handled(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let kinds = kinds_for(&state, &operator).await?;
    let event = acted(
        &operator,
        &headers,
        AuditEvent::new("portal.feedback.handled", "feedback", Some(id.to_string())),
    );
    let done = state
        .store()
        .handle_report(
            id,
            &kinds,
            operator.user.id,
            &crocevia_store::act::Trail::new(event),
            Utc::now(),
        )
        .await?;
    if !done {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/app/feedback").into_response())
}
