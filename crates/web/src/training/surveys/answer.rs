//! Answering a survey: an operator in the workspace
//! (`/app/training/surveys/{id}/answer`), once, while it is open and they
//! are asked (the public link is [`super::public`]). Every answer is read against its
//! question by the domain; a refused form comes back with each question's
//! reason beside it and everything kept; nothing is written until all is
//! right. Neither page asks or keeps a name.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::Lang;
use crocevia_domain::identity::AgencyKind;
use crocevia_domain::territories::territories;
use crocevia_domain::training::survey::{
    Answer, AnswerError, MAX_TEXT_ANSWER, Question, QuestionKind, SCALE,
};
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::{Respondent, Survey, Via};
use serde::Deserialize;
use uuid::Uuid;

use super::load;
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::Posted;
use crate::i18n::Tr;
use crate::identity::AppChrome;

/// One choice of a question as shown.
pub(crate) struct ChoiceView {
    pub(crate) name: String,
    pub(crate) label: String,
    /// Ticked or chosen.
    pub(crate) chosen: bool,
    /// Its place as typed (ranking).
    pub(crate) place: String,
    /// The name of its place's select (ranking).
    pub(crate) place_label: String,
}

/// A question as shown to who answers it.
pub(crate) struct QuestionView {
    pub(crate) number: usize,
    pub(crate) name: String,
    /// `single`, `multiple`, `scale`, `ranking`, `text`.
    pub(crate) kind: &'static str,
    pub(crate) label: String,
    pub(crate) hint: String,
    /// `it` when the page's language has no text of its own.
    pub(crate) lang: Option<&'static str>,
    pub(crate) required: bool,
    pub(crate) choices: Vec<ChoiceView>,
    /// The point or words typed.
    pub(crate) value: String,
    pub(crate) places: Vec<String>,
    /// The places a ranking offers (`1` to the number of choices).
    pub(crate) places_offered: Vec<String>,
    /// How to rank, in words.
    pub(crate) rank_hint: String,
    pub(crate) error: Option<String>,
}

/// The words the questions need, in the page's language.
pub(crate) struct Words {
    pub(crate) required: String,
    pub(crate) choose: String,
    pub(crate) scale_hint: String,
    pub(crate) points: Vec<String>,
}

impl Words {
    pub(super) fn new(tr: Tr) -> Words {
        Words {
            required: tr.t("survey-required"),
            choose: tr.t("survey-choose"),
            scale_hint: tr.t("survey-scale-hint"),
            points: SCALE.map(|p| p.to_string()).collect(),
        }
    }
}

/// The field names of a question's answer: one per question, one per
/// choice for a ranking.
fn field(q: &Question) -> String {
    format!("q.{}", q.name)
}

fn place_field(q: &Question, choice: &str) -> String {
    format!("q.{}.{choice}", q.name)
}

/// What was given for `q` in `form`, as the domain reads it.
fn given<'a>(q: &Question, form: &'a Posted) -> Vec<&'a str> {
    match q.kind {
        QuestionKind::Ranking => q
            .choices
            .iter()
            .map(|c| {
                let name = place_field(q, &c.name);
                form.pairs()
                    .find(|(k, _)| *k == name)
                    .map_or("", |(_, v)| v)
            })
            .collect(),
        _ => {
            let name = field(q);
            form.pairs()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v)
                .collect()
        }
    }
}

fn error_text(tr: Tr, q: &Question, e: AnswerError) -> String {
    match e {
        AnswerError::Missing => tr.t("survey-error-missing"),
        AnswerError::Unknown => tr.t("survey-error-unknown"),
        AnswerError::Scale => tr.t("survey-error-scale"),
        AnswerError::Ranking => tr.t_count("survey-error-ranking", "count", q.choices.len() as u64),
        AnswerError::TooLong => tr.t_count("survey-error-too-long", "max", MAX_TEXT_ANSWER as u64),
    }
}

/// Each refused question's name and why, in words.
pub(super) type Refusals = Vec<(String, String)>;

/// Reads every answer of `form`: the answers, or each question's refusal.
pub(super) fn read_answers(
    tr: Tr,
    survey: &Survey,
    form: &Posted,
) -> Result<Vec<(String, Answer)>, Refusals> {
    let mut answers = Vec::new();
    let mut refused = Vec::new();
    for q in &survey.input.form.questions {
        match q.read(&given(q, form)) {
            Ok(Some(a)) => answers.push((q.name.clone(), a)),
            Ok(None) => {}
            Err(e) => refused.push((q.name.clone(), error_text(tr, q, e))),
        }
    }
    if refused.is_empty() {
        Ok(answers)
    } else {
        Err(refused)
    }
}

/// The questions as shown in `lang`, with what was typed and why refused.
pub(super) fn views(
    tr: Tr,
    survey: &Survey,
    lang: Lang,
    form: &Posted,
    refused: &[(String, String)],
) -> Vec<QuestionView> {
    survey
        .input
        .form
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let typed = given(q, form);
            QuestionView {
                number: i + 1,
                name: q.name.clone(),
                kind: q.kind.as_str(),
                label: q.label.get(lang).to_owned(),
                hint: q.hint.get(lang).to_owned(),
                lang: (!q.label.has(lang)).then_some("it"),
                required: q.required,
                choices: q
                    .choices
                    .iter()
                    .map(|c| ChoiceView {
                        name: c.name.clone(),
                        label: c.label.get(lang).to_owned(),
                        chosen: typed.contains(&c.name.as_str()),
                        place: String::new(),
                        place_label: tr.t1("survey-place", "choice", c.label.get(lang)),
                    })
                    .collect(),
                value: if q.kind == QuestionKind::Ranking {
                    String::new()
                } else {
                    typed.join("\n")
                },
                places: if q.kind == QuestionKind::Ranking {
                    typed.iter().map(|t| (*t).to_owned()).collect()
                } else {
                    Vec::new()
                },
                places_offered: if q.kind == QuestionKind::Ranking {
                    (1..=q.choices.len()).map(|n| n.to_string()).collect()
                } else {
                    Vec::new()
                },
                rank_hint: tr.t_count("survey-rank-hint", "count", q.choices.len() as u64),
                error: refused
                    .iter()
                    .find(|(n, _)| *n == q.name)
                    .map(|(_, why)| why.clone()),
            }
        })
        .map(|mut v| {
            for (c, p) in v.choices.iter_mut().zip(v.places.iter()) {
                c.place.clone_from(p);
            }
            v
        })
        .collect()
}

#[derive(Template)]
#[template(path = "app_training_survey_answer.html")]
struct AnswerPage {
    app: AppChrome,
    id: Uuid,
    title: String,
    description: String,
    /// What is kept with the answers, in words.
    kept: String,
    questions: Vec<QuestionView>,
    words: Words,
    /// How many questions were refused.
    refused: usize,
    /// That many, in words.
    summary: String,
    /// `answered`, `closed`, `not-asked`, or empty (the form).
    outcome: &'static str,
}

/// The operator's agencies (id, province) and their first agency's kind
/// and province, as their answers keep them.
async fn respondent(ctx: &Ctx) -> WebResult<(Vec<(String, Option<String>)>, Respondent)> {
    let grants = ctx.state.store().grants_of(ctx.operator.user.id).await?;
    let agencies = grants
        .iter()
        .map(|g| {
            (
                g.agency.id.to_string(),
                g.agency.territory.parts().1.map(str::to_owned),
            )
        })
        .collect();
    let first = grants.first().map(|g| &g.agency);
    Ok((
        agencies,
        Respondent {
            user: Some(ctx.operator.user.id),
            agency_kind: first.map_or_else(String::new, |a| a.kind.as_str().to_owned()),
            profession: ctx.operator.user.profession.as_str().to_owned(),
            province: first
                .and_then(|a| a.territory.parts().1)
                .unwrap_or_default()
                .to_owned(),
            via: Via::Workspace,
        },
    ))
}

/// The surveys open now that ask the operator and that they have not
/// answered yet: (id, title).
pub(in crate::training) async fn waiting_for(ctx: &Ctx) -> WebResult<Vec<(Uuid, String)>> {
    let store = ctx.state.store();
    let now = chrono::Utc::now();
    let open: Vec<Survey> = store
        .surveys()
        .await?
        .into_iter()
        .filter(|s| s.is_open(now))
        .collect();
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let (agencies, _) = respondent(ctx).await?;
    let answered = store.surveys_answered_by(ctx.operator.user.id).await?;
    Ok(open
        .into_iter()
        .filter(|s| s.audience.includes(&agencies) && !answered.contains(&s.id))
        .map(|s| (s.id, s.input.title))
        .collect())
}

/// `?done=1`: after answering.
#[derive(Debug, Default, Deserialize)]
pub(in crate::training) struct Done {
    done: Option<String>,
}

async fn render_answer(
    ctx: &Ctx,
    survey: &Survey,
    form: &Posted,
    refused: &[(String, String)],
    outcome: &'static str,
) -> WebResult<Response> {
    let tr = ctx.tr;
    let (_, who) = respondent(ctx).await?;
    let kind =
        AgencyKind::parse(&who.agency_kind).map(|k| tr.t(&format!("consent-kind-{}", k.as_str())));
    let province = territories()
        .province(&who.province)
        .map(|p| p.name.clone());
    let profession = Some(tr.t(&format!("survey-profession-{}", who.profession)));
    // Only what is known of the respondent is said (a regional office has
    // no province).
    let details = [
        ("survey-agency-kind", kind),
        ("survey-profession", profession),
        ("survey-province", province),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.map(|v| format!("{}: {v}", tr.t(key))))
    .collect::<Vec<_>>()
    .join("; ");
    let kept = tr.t1("survey-answer-kept", "details", &details);
    let mut app = ctx.chrome("survey-answer-title").await?;
    app.title.clone_from(&survey.input.title);
    Ok(render_form(
        &AnswerPage {
            app,
            id: survey.id,
            title: survey.input.title.clone(),
            description: survey.input.description.clone(),
            kept,
            questions: views(tr, survey, ctx.lang, form, refused),
            words: Words::new(tr),
            refused: refused.len(),
            summary: tr.t_count("survey-error-summary", "count", refused.len() as u64),
            outcome,
        },
        !refused.is_empty(),
    ))
}

/// Whether the operator is asked by `survey` now: `None` when they are,
/// else why not (`closed`, `not-asked`, `answered`).
async fn may_answer(ctx: &Ctx, survey: &Survey) -> WebResult<Option<&'static str>> {
    if !survey.is_open(chrono::Utc::now()) {
        return Ok(Some("closed"));
    }
    let (agencies, _) = respondent(ctx).await?;
    if !survey.audience.includes(&agencies) {
        return Ok(Some("not-asked"));
    }
    let answered = ctx
        .state
        .store()
        .answered_survey(survey.id, ctx.operator.user.id)
        .await?;
    Ok(answered.then_some("answered"))
}

/// The survey's questions for an operator asked.
pub(in crate::training) async fn answer_form(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> WebResult<Response> {
    let survey = load(&ctx, id).await?;
    let outcome = if done.done.is_some() {
        Some("answered")
    } else {
        may_answer(&ctx, &survey).await?
    };
    render_answer(
        &ctx,
        &survey,
        &Posted::default(),
        &[],
        outcome.unwrap_or(""),
    )
    .await
}

/// Keeps an operator's answers.
pub(in crate::training) async fn send_answer(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let survey = load(&ctx, id).await?;
    if let Some(outcome) = may_answer(&ctx, &survey).await? {
        let mut response = render_answer(&ctx, &survey, &Posted::default(), &[], outcome).await?;
        *response.status_mut() = StatusCode::CONFLICT;
        return Ok(response);
    }
    let form = Posted::parse(&body);
    let answers = match read_answers(ctx.tr, &survey, &form) {
        Ok(answers) => answers,
        Err(refused) => return render_answer(&ctx, &survey, &form, &refused, "").await,
    };
    let (_, who) = respondent(&ctx).await?;
    // The audit names the act, not the answers.
    let trail = ctx.trail(AuditEvent::new(
        "training.survey.answer",
        "training_survey",
        Some(id.to_string()),
    ));
    match ctx
        .state
        .store()
        .answer_survey(id, &who, &answers, &trail)
        .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/app/training/surveys/{id}/answer?done=1")).into_response())
        }
        Err(StoreError::Conflict(why)) => {
            let outcome = if why == "answered" {
                "answered"
            } else {
                "closed"
            };
            let mut response =
                render_answer(&ctx, &survey, &Posted::default(), &[], outcome).await?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
        Err(e) => Err(e.into()),
    }
}
