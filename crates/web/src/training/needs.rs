//! A course created from a need of a needs survey: the course form names
//! the need (a question, or one of its choices) and starts from its words;
//! the course page says which needs it answers.

use crocevia_store::training::Need;
use uuid::Uuid;

use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Posted;

/// `?survey=&question=&choice=`: a course created from a survey's need.
#[derive(Debug, Default, serde::Deserialize)]
pub(super) struct FromNeed {
    #[serde(default)]
    pub(super) survey: String,
    #[serde(default)]
    pub(super) question: String,
    #[serde(default)]
    pub(super) choice: String,
}

/// The need named by the form's `need_*` fields, with the words a course
/// for it starts from (a title, and the thematic line when the need is
/// one): `None` when none is named, 400 when it names no need of a survey.
pub(super) async fn need_of(
    ctx: &Ctx,
    form: &Posted,
) -> WebResult<Option<(Need, (String, String))>> {
    if form.get("need_survey").is_empty() {
        return Ok(None);
    }
    let survey = match form.get("need_survey").parse::<Uuid>() {
        Ok(id) => ctx.state.store().survey(id).await?,
        Err(_) => None,
    };
    let question = survey
        .as_ref()
        .and_then(|s| s.input.form.question(form.get("need_question")));
    let (Some(survey), Some(question)) = (&survey, question) else {
        return Err(WebError::BadRequest("no such need"));
    };
    let choice = match form.get("need_choice") {
        "" => None,
        name => Some(
            question
                .choices
                .iter()
                .find(|c| c.name == name)
                .ok_or(WebError::BadRequest("no such need"))?,
        ),
    };
    let title = choice.map_or_else(
        || question.label.get(ctx.lang).to_owned(),
        |c| c.label.get(ctx.lang).to_owned(),
    );
    let line = choice.map(|c| c.name.clone()).unwrap_or_default();
    Ok(Some((
        Need {
            survey: survey.id,
            question: question.name.clone(),
            choice: choice.map(|c| c.name.clone()),
        },
        (title.chars().take(200).collect(), line),
    )))
}

/// A need in words: the survey, the question and the choice.
pub(super) async fn need_text(ctx: &Ctx, need: &Need) -> WebResult<String> {
    let Some(survey) = ctx.state.store().survey(need.survey).await? else {
        return Ok(String::new());
    };
    let Some(q) = survey.input.form.question(&need.question) else {
        return Ok(survey.input.title);
    };
    let mut text = format!("{}: {}", survey.input.title, q.label.get(ctx.lang));
    if let Some(c) = need
        .choice
        .as_ref()
        .and_then(|c| q.choices.iter().find(|x| &x.name == c))
    {
        text.push_str(" — ");
        text.push_str(c.label.get(ctx.lang));
    }
    Ok(text)
}
