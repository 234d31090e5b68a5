//! The questions of a survey, while nobody answered: adding one (its texts
//! in Italian and in each enabled language, refused by field with what was
//! typed kept), removing one, moving one up. Every change is checked whole
//! by the domain (`SurveyForm::check`) before it is saved.

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::training::survey::{
    Choice as SurveyChoice, FormError, MAX_CHOICES, MAX_LABEL, Question, QuestionKind, SurveyForm,
    Texts,
};
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::{Survey, SurveyInput};
use uuid::Uuid;

use super::builder::{Imported, TRANSLATED, render};
use super::{form_error_key, load};
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Posted;
use crate::training::{Programme, require_manage};

/// Lines of a text area, blank ones left out.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The question typed in the form (after the checks by field), named
/// after its place.
async fn typed_question(ctx: &Ctx, form: &mut Posted, form_now: &SurveyForm) -> Option<Question> {
    let tr = ctx.tr;
    let kind = QuestionKind::parse(form.get("kind"));
    if kind.is_none() {
        form.refuse("kind", tr.t("survey-error-kind"));
    }
    let label = form.get("label_it").to_owned();
    if label.is_empty() || label.chars().count() > MAX_LABEL {
        form.refuse("label_it", tr.t("survey-error-label"));
    }
    let hint = form.get("hint_it").to_owned();
    if hint.chars().count() > MAX_LABEL {
        form.refuse("hint_it", tr.t("survey-error-label"));
    }
    let mut italian = lines(form.get("choices_it"));
    let kind = kind?;
    let mut names: Vec<String> = (1..=italian.len()).map(|i| format!("c{i}")).collect();
    if kind == QuestionKind::Ranking && italian.is_empty() {
        // A ranking of the programme's thematic lines, unless written.
        let programme = Programme::load(ctx).await.ok()?;
        italian = programme.lines.iter().map(|l| l.name.clone()).collect();
        names = programme.lines.iter().map(|l| l.code.clone()).collect();
    }
    if kind.has_choices() {
        if !(2..=MAX_CHOICES).contains(&italian.len())
            || italian.iter().any(|c| c.chars().count() > MAX_LABEL)
        {
            form.refuse("choices_it", tr.t("survey-error-choices"));
        }
    } else if !italian.is_empty() {
        form.refuse("choices_it", tr.t("survey-error-no-choices"));
    }
    let mut label_texts = Texts::italian(&label);
    let mut choices: Vec<SurveyChoice> = names
        .iter()
        .zip(&italian)
        .map(|(name, text)| SurveyChoice {
            name: name.clone(),
            label: Texts::italian(text),
        })
        .collect();
    for (lang, label_field, choices_field) in TRANSLATED {
        let text = form.get(label_field).to_owned();
        if text.chars().count() > MAX_LABEL {
            form.refuse(label_field, tr.t("survey-error-label"));
        } else if !text.is_empty() {
            label_texts.0.insert(lang.as_str().to_owned(), text);
        }
        let translated = lines(form.get(choices_field));
        if translated.is_empty() {
            continue;
        }
        if translated.len() != choices.len()
            || translated.iter().any(|c| c.chars().count() > MAX_LABEL)
        {
            form.refuse(
                choices_field,
                tr.t_count(
                    "survey-error-translated-choices",
                    "count",
                    choices.len() as u64,
                ),
            );
            continue;
        }
        for (c, t) in choices.iter_mut().zip(translated) {
            c.label.0.insert(lang.as_str().to_owned(), t);
        }
    }
    let taken = |n: usize| form_now.question(&format!("q{n}")).is_some();
    let number = (form_now.questions.len() + 1..).find(|n| !taken(*n))?;
    if !form.is_valid() {
        return None;
    }
    Some(Question {
        name: format!("q{number}"),
        kind,
        label: label_texts,
        hint: if hint.is_empty() {
            Texts::default()
        } else {
            Texts::italian(&hint)
        },
        required: form.has("required"),
        choices: if kind.has_choices() {
            choices
        } else {
            Vec::new()
        },
    })
}

/// Saves the survey's new questions: back to the page, or refused there.
async fn save_form(
    ctx: &Ctx,
    survey: &Survey,
    form: SurveyForm,
    typed: &Posted,
    event: &'static str,
) -> WebResult<Response> {
    let tr = ctx.tr;
    // A draft may be emptied again; it opens with a question at least.
    if let Err(e) = form.check().or_else(|e| match e {
        FormError::Empty => Ok(()),
        e => Err(e),
    }) {
        return render(
            ctx,
            survey,
            Some(("questions", typed, tr.t(form_error_key(e)))),
            &Imported::default(),
        )
        .await;
    }
    let input = SurveyInput {
        form,
        ..survey.input.clone()
    };
    let trail = ctx.trail(AuditEvent::new(
        event,
        "training_survey",
        Some(survey.id.to_string()),
    ));
    match ctx
        .state
        .store()
        .change_survey(survey.id, &input, &trail)
        .await
    {
        Ok(()) => Ok(
            Redirect::to(&format!("/app/training/surveys/{}#questions", survey.id)).into_response(),
        ),
        Err(StoreError::Conflict(_)) => {
            render(
                ctx,
                survey,
                Some(("questions", typed, tr.t("survey-error-answered"))),
                &Imported::default(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds a question at the end.
pub(in crate::training) async fn add_question(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut form = Posted::parse(&body);
    let Some(question) = typed_question(&ctx, &mut form, &survey.input.form).await else {
        let why = ctx.tr.t("survey-error-question");
        return render(
            &ctx,
            &survey,
            Some(("questions", &form, why)),
            &Imported::default(),
        )
        .await;
    };
    let mut questions = survey.input.form.clone();
    questions.questions.push(question);
    save_form(
        &ctx,
        &survey,
        questions,
        &form,
        "training.survey.question.add",
    )
    .await
}

/// Removes a question.
pub(in crate::training) async fn remove_question(
    ctx: Ctx,
    Path((id, name)): Path<(Uuid, String)>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut questions = survey.input.form.clone();
    questions.questions.retain(|q| q.name != name);
    if questions.questions.len() == survey.input.form.questions.len() {
        return Err(WebError::NotFound);
    }
    save_form(
        &ctx,
        &survey,
        questions,
        &Posted::default(),
        "training.survey.question.remove",
    )
    .await
}

/// Moves a question one place up.
pub(in crate::training) async fn move_up(
    ctx: Ctx,
    Path((id, name)): Path<(Uuid, String)>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut questions = survey.input.form.clone();
    let Some(at) = questions.questions.iter().position(|q| q.name == name) else {
        return Err(WebError::NotFound);
    };
    if at > 0 {
        questions.questions.swap(at - 1, at);
    }
    save_form(
        &ctx,
        &survey,
        questions,
        &Posted::default(),
        "training.survey.question.move",
    )
    .await
}
