//! Needs surveys in the web. A programme coordinator (`training.manage` for
//! the whole network) writes a survey or imports one written for Kobo
//! (XLSForm), opens it for a period to the operators of chosen agencies or
//! provinces and, if asked, to anyone holding its public link
//! ([`builder`]); operators answer once in the workspace, partner bodies
//! without an account on the public page ([`answer`]); the coordinator
//! reads the results per question and group of respondents, downloads the
//! responses and the form, and creates a course from a need ([`results`]).
//! An answer is kept with the respondent's agency kind, profession and
//! province, never with a name.

mod answer;
mod builder;
mod opening;
mod public;
mod questions;
mod results;
mod xlsx;

use askama::Template;
use axum::body::Bytes;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use crocevia_domain::training::survey::{FormError, SurveyForm};
use crocevia_domain::training::xlsform::{self, Located, Problem};
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::{Survey, SurveyInput};
use uuid::Uuid;

pub(super) use self::answer::{answer_form, send_answer, waiting_for};
pub(super) use self::builder::show as show_survey;
pub(super) use self::opening::{close, open};
pub(super) use self::public::{answer_public, public_form};
pub(super) use self::questions::{add_question, move_up, remove_question};
pub(super) use self::results::{responses_csv, responses_xlsx, show as results, xlsform_file};
use super::require_manage;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::{Field, Posted};
use crate::i18n::Tr;
use crate::identity::AppChrome;
use crate::upload::Upload;

/// A survey's state at a moment: its message key suffix.
fn state_of(survey: &Survey, now: DateTime<Utc>) -> &'static str {
    match (survey.opens, survey.closes) {
        (None, _) => "draft",
        (Some(o), _) if now < o => "scheduled",
        (_, Some(c)) if c <= now => "closed",
        _ => "open",
    }
}

/// A survey of the programme, or 404.
async fn load(ctx: &Ctx, id: Uuid) -> WebResult<Survey> {
    ctx.state
        .store()
        .survey(id)
        .await?
        .ok_or(WebError::NotFound)
}

/// One survey in the list.
struct SurveyLine {
    id: Uuid,
    title: String,
    state: String,
    responses: u64,
    /// "12 answers".
    count: String,
}

#[derive(Template)]
#[template(path = "app_training_surveys.html")]
struct ListPage {
    app: AppChrome,
    surveys: Vec<SurveyLine>,
    /// The new survey's fields.
    fields: Vec<Field>,
    /// Why the new survey was refused (its fields say where).
    error: bool,
    /// Why the import was refused, in words.
    import_error: Option<String>,
}

async fn render_list(
    ctx: &Ctx,
    form: &Posted,
    import_error: Option<String>,
) -> WebResult<Response> {
    let tr = ctx.tr;
    let now = Utc::now();
    let surveys = ctx
        .state
        .store()
        .surveys()
        .await?
        .into_iter()
        .map(|s| SurveyLine {
            id: s.id,
            state: tr.t(&format!("survey-state-{}", state_of(&s, now))),
            title: s.input.title,
            responses: s.responses,
            count: tr.t_count("survey-responses", "count", s.responses),
        })
        .collect();
    let fields = vec![
        Field::new(
            "title",
            tr.t("survey-field-title"),
            form.get("title"),
            vec![],
            &form.errors,
        ),
        Field::new(
            "description",
            tr.t("survey-field-description"),
            form.get("description"),
            vec![],
            &form.errors,
        )
        .multiline(),
    ];
    let refused = !form.is_valid() || import_error.is_some();
    Ok(render_form(
        &ListPage {
            app: ctx.chrome("survey-list-title").await?,
            surveys,
            error: !form.is_valid(),
            fields,
            import_error,
        },
        refused,
    ))
}

/// The programme's surveys, with the forms to write or import one.
pub(super) async fn list(ctx: Ctx) -> WebResult<Response> {
    require_manage(&ctx).await?;
    render_list(&ctx, &Posted::default(), None).await
}

fn created(ctx: &Ctx, id: Uuid, how: &'static str) -> crocevia_store::act::Trail {
    ctx.trail(AuditEvent::new(
        how,
        "training_survey",
        Some(id.to_string()),
    ))
}

/// Creates a survey, a draft without questions yet.
pub(super) async fn create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let mut form = Posted::parse(&body);
    let title = form.get("title").to_owned();
    let description = form.get("description").to_owned();
    if title.is_empty() || title.chars().count() > 300 {
        form.refuse("title", ctx.tr.t("survey-error-title"));
    }
    if description.chars().count() > 4_000 {
        form.refuse("description", ctx.tr.t("survey-error-description"));
    }
    if !form.is_valid() {
        return render_list(&ctx, &form, None).await;
    }
    let input = SurveyInput {
        title,
        description,
        form: SurveyForm::default(),
    };
    let id = ctx
        .state
        .store()
        .create_survey(&input, ctx.operator.user.id, |id| {
            created(&ctx, id, "training.survey.create")
        })
        .await?;
    Ok(Redirect::to(&format!("/app/training/surveys/{id}")).into_response())
}

/// Why a workbook was refused, in words: where, then what.
fn located(tr: Tr, at: &Located) -> String {
    let problem = match &at.problem {
        Problem::NoSurveySheet(sheets) => {
            tr.t1("survey-import-no-survey", "sheets", &sheets.join(", "))
        }
        Problem::NoColumn(c) => tr.t1("survey-import-no-column", "column", c),
        Problem::UnknownType(t) => tr.t1("survey-import-unknown-type", "type", t),
        Problem::Repeat => tr.t("survey-import-repeat"),
        Problem::NoList(l) => tr.t1("survey-import-no-list", "list", l),
        Problem::Range => tr.t("survey-import-range"),
        Problem::Form(e) => tr.t(form_error_key(*e)),
    };
    let row = at.row.to_string();
    match (&at.column, at.row) {
        (_, 0) => tr.t_args(
            "survey-import-at-sheet",
            &[("sheet", &at.sheet), ("problem", &problem)],
        ),
        (None, _) => tr.t_args(
            "survey-import-at-row",
            &[("sheet", &at.sheet), ("row", &row), ("problem", &problem)],
        ),
        (Some((letter, header)), _) => tr.t_args(
            "survey-import-at",
            &[
                ("sheet", &at.sheet),
                ("row", &row),
                ("column", &format!("{letter} ({header})")),
                ("problem", &problem),
            ],
        ),
    }
}

/// The message of a form's refusal.
fn form_error_key(e: FormError) -> &'static str {
    match e {
        FormError::Empty => "survey-form-empty",
        FormError::TooMany => "survey-form-too-many",
        FormError::Name(_) => "survey-form-name",
        FormError::NameTwice(_) => "survey-form-name-twice",
        FormError::Label(_) => "survey-form-label",
        FormError::Choices(_) => "survey-form-choices",
        FormError::Choice(..) => "survey-form-choice",
    }
}

/// Imports a survey written as XLSForm (an xlsx with `survey`, `choices`
/// and `settings` sheets): a new draft, or the workbook refused with its
/// sheet, row and column and nothing written.
pub(super) async fn import(ctx: Ctx, upload: Upload) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let tr = ctx.tr;
    let blank = Posted::default();
    let refuse = |why: String| render_list(&ctx, &blank, Some(why));
    let Some(file) = upload.field("file").filter(|f| !f.data.is_empty()) else {
        return refuse(tr.t("survey-import-no-file")).await;
    };
    let sheets = match xlsx::read(&file.data) {
        Ok(sheets) => sheets,
        Err(xlsx::Unreadable::NotXlsx) => return refuse(tr.t("survey-import-not-xlsx")).await,
        Err(xlsx::Unreadable::TooBig) => return refuse(tr.t("survey-import-too-big")).await,
    };
    let read = match xlsform::read(&sheets) {
        Ok(read) => read,
        Err(at) => return refuse(located(tr, &at)).await,
    };
    let title = if read.title.trim().is_empty() {
        file.filename
            .as_deref()
            .and_then(|n| n.rsplit(['/', '\\']).next())
            .map(|n| n.trim_end_matches(".xlsx").trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| tr.t("survey-import-untitled"))
    } else {
        read.title.trim().to_owned()
    };
    let input = SurveyInput {
        title: title.chars().take(300).collect(),
        description: String::new(),
        form: read.form,
    };
    let id = ctx
        .state
        .store()
        .create_survey(&input, ctx.operator.user.id, |id| {
            created(&ctx, id, "training.survey.import")
        })
        .await?;
    let skipped = if read.skipped.is_empty() {
        String::new()
    } else {
        format!("&skipped={}", read.skipped.len())
    };
    Ok(Redirect::to(&format!("/app/training/surveys/{id}?imported=1{skipped}")).into_response())
}
