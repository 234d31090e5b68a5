//! Visits and cases: the one-screen visit form on a person's page, opening a
//! case, the case page with its assessment by dimension and its notes (each
//! note readable only by the professions its class allows).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::desk::{
    CaseStatus, Channel, CloseOutcome, Dimension, NeedLevel, NoteClass, Outcome,
};
use crocevia_domain::identity::perm;
use crocevia_store::desk::{Case, Person, VisitReason};
use serde::Deserialize;
use uuid::Uuid;

use super::labels::{channel_label, outcome_label, readable_classes};
use super::{
    audit, authorize_record, case_cleared, case_owned, choices, cipher, person_owned, trail,
};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Choice;
use crate::form::Posted;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang};
use crate::security::CsrfToken;
use crocevia_store::identity::audit::AuditEvent;

/// A visit as a line of the person's history.
pub(super) struct VisitRow {
    pub(super) at: String,
    pub(super) channel: String,
    pub(super) reasons: String,
    pub(super) outcomes: String,
    pub(super) lang: String,
    pub(super) mediator: bool,
    pub(super) guide: Option<String>,
}

/// A case as a line of the person's page.
pub(super) struct CaseRow {
    pub(super) id: Uuid,
    pub(super) status: String,
    pub(super) opened: String,
}

/// What the visit form offers: (value, label) lists.
pub(super) struct VisitForm {
    pub(super) reasons: Vec<Choice>,
    pub(super) channels: Vec<Choice>,
    pub(super) outcomes: Vec<Choice>,
    pub(super) guides: Vec<Choice>,
    /// The languages the visit may have been held in (code, name).
    pub(super) languages: Vec<Choice>,
    /// The outreach desks a visit may be registered at.
    pub(super) outreach: Vec<Choice>,
    pub(super) error: Option<String>,
}

impl VisitForm {
    pub(super) async fn new(
        state: &AppState,
        tr: Tr,
        reasons: &[VisitReason],
        outreach: Vec<Choice>,
    ) -> WebResult<VisitForm> {
        let reasons = reasons
            .iter()
            .map(|r| Choice::new(r.code.clone(), reason_label(tr, r)))
            .collect();
        let mut guides: Vec<Choice> = state
            .store()
            .guides()
            .await?
            .iter()
            .filter(|g| g.row.status == "published")
            .map(|g| {
                let title = g
                    .texts
                    .get("title", tr.0.as_str())
                    .or_else(|| g.texts.get("title", "it"))
                    .map(|(t, _)| t.to_owned())
                    .unwrap_or_else(|| g.row.slug.clone());
                Choice::new(g.row.slug.clone(), title)
            })
            .collect();
        guides.sort_by(|a, b| a.label.cmp(&b.label));
        Ok(VisitForm {
            reasons,
            channels: choices(tr, "desk-channel", Channel::ALL.iter().map(|c| c.as_str())),
            outcomes: choices(tr, "desk-outcome", Outcome::ALL.iter().map(|o| o.as_str())),
            guides,
            languages: super::labels::language_choices(tr.0),
            outreach,
            error: None,
        })
    }
}

impl VisitForm {
    /// The same form showing an error.
    pub(super) fn with_error(mut self, error: Option<String>) -> VisitForm {
        self.error = error;
        self
    }
}

/// A reason's label: Italian for Italian pages, English otherwise (the list
/// is configured in these two languages).
fn reason_label(tr: Tr, r: &VisitReason) -> String {
    if tr.0 == crocevia_domain::Lang::It {
        r.label_it.clone()
    } else {
        r.label_en.clone()
    }
}

/// A person's latest visits.
pub(super) async fn visit_rows(
    state: &AppState,
    tr: Tr,
    person: Uuid,
    reasons: &[VisitReason],
) -> WebResult<Vec<VisitRow>> {
    let reasons: std::collections::HashMap<&str, String> = reasons
        .iter()
        .map(|r| (r.code.as_str(), reason_label(tr, r)))
        .collect();
    let shelf = state.published_guides().await?;
    // A guide handed over by its title in the operator's language (its
    // slug only if it is no longer published).
    let guide_title = |slug: String| {
        shelf.guide(&slug).map_or(slug, |g| {
            g.texts
                .get("title", tr.0.as_str())
                .or_else(|| g.texts.get("title", "it"))
                .map_or_else(|| g.row.slug.clone(), |(t, _)| t.to_owned())
        })
    };
    Ok(state
        .store()
        .visits_of(person, 20)
        .await?
        .into_iter()
        .map(|v| VisitRow {
            at: super::local_time(v.at),
            channel: channel_label(tr, v.input.channel),
            reasons: v
                .input
                .reasons
                .iter()
                .map(|r| {
                    reasons
                        .get(r.as_str())
                        .cloned()
                        .unwrap_or_else(|| r.clone())
                })
                .collect::<Vec<_>>()
                .join(", "),
            outcomes: v
                .input
                .outcomes
                .iter()
                .map(|o| outcome_label(tr, *o))
                .collect::<Vec<_>>()
                .join(", "),
            lang: v
                .input
                .lang
                .map(|l| super::labels::language_name(&l, tr.0))
                .unwrap_or_default(),
            mediator: v.input.mediator,
            guide: v.input.guide_slug.map(guide_title),
        })
        .collect())
}

/// A person's cases.
pub(super) async fn case_rows(state: &AppState, tr: Tr, person: Uuid) -> WebResult<Vec<CaseRow>> {
    Ok(state
        .store()
        .cases_of(person, &cipher(state))
        .await?
        .into_iter()
        .map(|c| CaseRow {
            id: c.id,
            status: tr.t(&format!("desk-status-{}", c.status.as_str())),
            opened: super::local_day(c.opened_at),
        })
        .collect())
}

/// Opens a case for a person (taken in charge).
pub(super) async fn open(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    // Filed under the person's own agency: a case never lets anyone read
    // the person who could not already (nor outlives a break-glass read).
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let case = state
        .store()
        .open_case(person.id, operator.user.id, |case| {
            trail(
                &operator,
                &headers,
                "desk.case.create",
                ("case", case),
                None,
            )
            .and(crate::identity::acted(
                &operator,
                &headers,
                AuditEvent::new("desk.case.create", "person", Some(person.id.to_string())),
            ))
        })
        .await?;
    Ok(Redirect::to(&format!("/app/desk/cases/{case}")).into_response())
}

/// One dimension of the assessment as shown.
struct DimensionRow {
    /// The dimension's code (form field names).
    code: &'static str,
    dimension: String,
    level: Option<(String, String)>,
    notes: String,
    at: String,
}

/// A note as shown.
struct NoteRow {
    class: String,
    class_code: &'static str,
    body: String,
    at: String,
}

#[derive(Template)]
#[template(path = "app_desk_case.html")]
struct CasePage {
    app: AppChrome,
    notice: Option<String>,
    case: Case,
    person: Person,
    status: String,
    dimensions: Vec<DimensionRow>,
    notes: Vec<NoteRow>,
    can_write: bool,
    level_options: Vec<Choice>,
    class_options: Vec<Choice>,
    error: Option<String>,
    /// The section of the refused form (its heading's id), where the reason
    /// is shown again beside it; empty for a reason of the whole page.
    error_in: &'static str,
    status_options: Vec<Choice>,
    outcome_options: Vec<Choice>,
    /// Why and how it was closed (translated outcome).
    closing: Option<(String, String)>,
    /// Team, plan, tasks and documents.
    work: super::work::CaseWork,
    /// The Italian day it was opened.
    opened: String,
    /// What was typed in a form refused (status, notes), shown again.
    kept: Posted,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CaseNotice {
    saved: Option<String>,
    error: Option<String>,
}

/// The case page: assessment by dimension, notes, and the forms to add them.
pub(super) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(notice): Query<CaseNotice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_case((&state, &operator), (&headers, &csrf), id, notice, None).await
}

/// The case page; with a refusal (what was typed and the code of why,
/// `desk-error-*` or a document's `doc-error-*`), that form filled in again
/// and the reason shown (422).
pub(super) async fn render_case(
    (state, operator): (&AppState, &Operator),
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Uuid,
    notice: CaseNotice,
    refusal: Option<Refusal<'_>>,
) -> WebResult<Response> {
    let (state, operator, headers) = (state.clone(), operator.clone(), headers.clone());
    let refused = refusal.is_some();
    let (kept, error, error_in) = match refusal {
        Some(r) => (r.form, Some(r.code.to_owned()), r.section),
        None => (Posted::default(), notice.error.clone(), ""),
    };
    let (case, cleared) = case_cleared(&state, &operator, id).await?;
    audit(&state, &operator, &headers, "desk.case.read", ("case", id)).await?;
    let cipher = cipher(&state);
    let person = state
        .store()
        .person(case.person_id, &cleared, &cipher)
        .await?
        .ok_or(WebError::NotFound)?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(&state, lang, "desk-case-title", Some(&operator.user), csrf).await?;
    let assessments = state.store().assessments(id, &cipher).await?;
    let dimensions = Dimension::ALL
        .iter()
        .map(|d| {
            let a = assessments.get(d);
            DimensionRow {
                code: d.as_str(),
                dimension: tr.t(&format!("desk-dimension-{}", d.as_str())),
                level: a.map(|a| {
                    (
                        a.level.as_str().to_owned(),
                        tr.t(&format!("desk-need-{}", a.level.as_str())),
                    )
                }),
                notes: a.map(|a| a.notes.clone()).unwrap_or_default(),
                at: a.map(|a| super::local_day(a.at)).unwrap_or_default(),
            }
        })
        .collect();
    let readable = readable_classes(operator.user.profession);
    let notes = state
        .store()
        .notes(id, &readable, &cipher)
        .await?
        .into_iter()
        .map(|n| NoteRow {
            class: tr.t(&format!("desk-class-{}", n.class.as_str())),
            class_code: n.class.as_str(),
            body: n.body,
            at: super::local_time(n.at),
        })
        .collect();
    let can_write = authorize_record(&state, &operator, perm::DESK_CASE_WRITE, case.agency_id)
        .await
        .is_ok();
    let work = super::work::case_work(&state, tr, &case).await?;
    let page = CasePage {
        app,
        work,
        opened: super::local_day(case.opened_at),
        notice: notice.saved.map(|_| tr.t("desk-saved")),
        status: tr.t(&format!("desk-status-{}", case.status.as_str())),
        dimensions,
        notes,
        can_write,
        level_options: choices(tr, "desk-need", NeedLevel::ALL.iter().map(|l| l.as_str())),
        class_options: choices(
            tr,
            "desk-class",
            NoteClass::ALL
                .iter()
                .filter(|c| readable(**c))
                .map(|c| c.as_str()),
        ),
        error: error.map(|k| match k.as_str() {
            "note" | "close" | "task-title" | "task-date" | "task-goal" | "unchanged" => {
                tr.t(&format!("desk-error-{k}"))
            }
            "doc-error-empty" | "doc-error-size" | "doc-error-type" => tr.t(&format!("desk-{k}")),
            _ => tr.t("desk-error-choice"),
        }),
        error_in,
        status_options: choices(
            tr,
            "desk-status",
            [
                CaseStatus::Active,
                CaseStatus::Suspended,
                CaseStatus::Closed,
            ]
            .map(CaseStatus::as_str),
        ),
        outcome_options: choices(
            tr,
            "desk-close",
            CloseOutcome::ALL.iter().map(|o| o.as_str()),
        ),
        closing: case.closing.as_ref().map(|(reason, outcome)| {
            (
                reason.clone(),
                tr.t(&format!("desk-close-{}", outcome.as_str())),
            )
        }),
        case,
        person,
        kept,
    };
    Ok(render_form(&page, refused))
}

/// Records the assessment of the dimensions whose level was chosen, all in
/// one save: `level-<dimension>` and `notes-<dimension>` for each row of
/// the table (or one `dimension`, `level`, `notes`). A row left as it was,
/// without notes, is not recorded again.
pub(super) async fn assess(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let case = case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    if case.status == CaseStatus::Closed {
        return Err(WebError::NotPermitted("the case is closed"));
    }
    let form = Posted::parse(&body);
    let get = |name: &str| form.get(name);
    let cipher = cipher(&state);
    let current = state.store().assessments(id, &cipher).await?;
    let mut items = Vec::new();
    let mut rows: Vec<(String, String, String)> = Dimension::ALL
        .iter()
        .map(|d| {
            (
                d.as_str().to_owned(),
                get(&format!("level-{}", d.as_str())).to_owned(),
                get(&format!("notes-{}", d.as_str())).to_owned(),
            )
        })
        .collect();
    if !get("dimension").is_empty() {
        rows.push((
            get("dimension").to_owned(),
            get("level").to_owned(),
            get("notes").to_owned(),
        ));
    }
    for (dimension, level, notes) in rows {
        if level.is_empty() && notes.is_empty() {
            continue;
        }
        let (Some(dimension), Some(level)) =
            (Dimension::parse(&dimension), NeedLevel::parse(&level))
        else {
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                form,
                ("assessment", "choice"),
            )
            .await;
        };
        let notes: String = notes.chars().take(4000).collect();
        let unchanged =
            current.get(&dimension).is_some_and(|a| a.level == level) && notes.is_empty();
        if !unchanged {
            items.push((dimension, level, notes));
        }
    }
    if items.is_empty() {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form,
            ("assessment", "unchanged"),
        )
        .await;
    }
    let done = trail(&operator, &headers, "desk.case.assess", ("case", id), None);
    state
        .store()
        .assess(id, &items, &cipher, operator.user.id, &done)
        .await?;
    Ok(Redirect::to(&format!("/app/desk/cases/{id}?saved=1#assessment")).into_response())
}

/// Suspends, reactivates or closes a case; closing needs a reason and an
/// outcome.
pub(super) async fn set_status(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let form = Posted::parse(&body);
    let reason: String = form.get("reason").chars().take(1000).collect();
    let status = CaseStatus::parse(form.get("status")).filter(|s| *s != CaseStatus::Open);
    let closing = match (status, CloseOutcome::parse(form.get("outcome"))) {
        (Some(CaseStatus::Closed), Some(outcome)) if !reason.is_empty() => {
            Some((reason.as_str(), outcome))
        }
        (Some(CaseStatus::Closed), _) | (None, _) => {
            // Refused: the page again with what was typed (the reason).
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                form,
                ("status", "close"),
            )
            .await;
        }
        _ => None,
    };
    let Some(status) = status else {
        return Err(WebError::NotFound);
    };
    let done = trail(&operator, &headers, "desk.case.status", ("case", id), None);
    state
        .store()
        .set_case_status(id, status, closing, &cipher(&state), &done)
        .await?;
    Ok(Redirect::to(&format!("/app/desk/cases/{id}?saved=1#status")).into_response())
}

/// Adds a note of a class the author may read.
pub(super) async fn add_note(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let form = Posted::parse(&body);
    let body: String = form.get("body").chars().take(8000).collect();
    let class =
        NoteClass::parse(form.get("class")).filter(|c| c.readable_by(operator.user.profession));
    let Some(class) = class.filter(|_| !body.is_empty()) else {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form,
            ("notes", "note"),
        )
        .await;
    };
    let done = trail(&operator, &headers, "desk.case.note", ("case", id), None);
    state
        .store()
        .add_note(id, class, &body, &cipher(&state), operator.user.id, &done)
        .await?;
    Ok(Redirect::to(&format!("/app/desk/cases/{id}?saved=1#notes")).into_response())
}

/// A form of the case page refused.
pub(super) struct Refusal<'a> {
    /// What was typed.
    pub(super) form: Posted,
    /// Why (a `desk-error-*` or `doc-error-*` key).
    pub(super) code: &'a str,
    /// The section of the form (`status`, `assessment`, `notes`, `team`,
    /// `plan`, `documents`: its heading's id).
    pub(super) section: &'static str,
}

/// The case page again (422): `form` filled in as typed, why it was
/// refused (`code`, a `desk-error-*` key) at the top, linking to the
/// form's `section`, and beside the form.
pub(super) async fn refuse(
    actor: (&AppState, &Operator),
    request: (&HeaderMap, &CsrfToken),
    case: Uuid,
    form: Posted,
    (section, code): (&'static str, &str),
) -> WebResult<Response> {
    render_case(
        actor,
        request,
        case,
        CaseNotice::default(),
        Some(Refusal {
            form,
            code,
            section,
        }),
    )
    .await
}
