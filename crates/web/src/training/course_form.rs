//! A course's form (`training.manage`): a new course
//! (`/app/training/courses/new`, from a need of a survey if asked) and a
//! course changed (`/app/training/courses/{id}/edit`), both refused by field
//! with what was typed kept. The title and description are written in
//! Italian; their translations are the translators' workspace's
//! (`/app/translate/course/{id}/{lang}`), outdated when the Italian changes.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::Profession;
use crocevia_domain::training::CourseFormat;
use crocevia_domain::training::completion::Condition;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::{Course, CourseInput, Trainer};
use uuid::Uuid;

use super::needs::{FromNeed, need_of, need_text};
use super::{Programme, hours_text, parse_hours, require_manage};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::{Check, Choice, Field, Posted};
use crate::identity::AppChrome;

#[derive(Template)]
#[template(path = "app_training_course_form.html")]
struct CourseFormPage {
    app: AppChrome,
    /// Where the form posts, and the course changed (none: a new one).
    action: String,
    editing: Option<Uuid>,
    fields: Vec<Field>,
    professions: Vec<Check>,
    trainers: Vec<Check>,
    mark: bool,
    error: bool,
    /// The need the course answers, in words, with its hidden fields
    /// (survey, question, choice).
    need: Option<(String, [String; 3])>,
}

/// The operators who may teach: those with the trainer profession.
async fn trainer_choices(ctx: &Ctx) -> WebResult<Vec<Choice>> {
    Ok(ctx
        .state
        .store()
        .users()
        .await?
        .into_iter()
        .filter(|u| u.active && u.profession == Profession::Trainer)
        .map(|u| Choice::new(u.id.to_string(), u.display_name))
        .collect())
}

/// The form, new (`editing` none) or of a course, as `form` has it.
async fn render_course_form(
    ctx: &Ctx,
    form: &Posted,
    editing: Option<Uuid>,
) -> WebResult<Response> {
    require_manage(ctx).await?;
    let tr = ctx.tr;
    let programme = Programme::load(ctx).await?;
    let fresh = editing.is_none() && form.pairs().all(|(k, _)| k.starts_with("need_"));
    let need = need_of(ctx, form).await?;
    let described = match &need {
        Some((n, _)) => Some((
            need_text(ctx, n).await?,
            [
                n.survey.to_string(),
                n.question.clone(),
                n.choice.clone().unwrap_or_default(),
            ],
        )),
        None => None,
    };
    // From a need, the title and line start as the need's own words.
    let (title, line) = match (&need, fresh) {
        (Some((_, (title, line))), true) => (title.clone(), line.clone()),
        _ => (form.get("title").to_owned(), form.get("line").to_owned()),
    };
    let formats = CourseFormat::ALL
        .iter()
        .map(|f| Choice::new(f.as_str(), tr.t(&format!("training-format-{}", f.as_str()))))
        .collect();
    let percent = if fresh { "75" } else { form.get("percent") };
    let e = &form.errors;
    let fields = vec![
        Field::new("title", tr.t("training-course-name"), &title, vec![], e),
        Field::new(
            "line",
            tr.t("training-line"),
            &line,
            programme.line_choices(),
            e,
        ),
        Field::new(
            "format",
            tr.t("training-format"),
            form.get("format"),
            formats,
            e,
        ),
        Field::new(
            "hours",
            tr.t("training-course-hours"),
            form.get("hours"),
            vec![],
            e,
        )
        .hint(tr.t("training-course-hours-hint")),
        Field::new(
            "percent",
            tr.t("training-course-percent"),
            percent,
            vec![],
            e,
        )
        .kind("number"),
        Field::new(
            "description",
            tr.t("training-course-description"),
            form.get("description"),
            vec![],
            e,
        )
        .multiline(),
        Field::new(
            "external",
            tr.t("training-course-external"),
            form.get("external"),
            vec![],
            e,
        )
        .multiline()
        .hint(tr.t("training-course-external-hint")),
    ];
    let professions = Profession::ALL
        .iter()
        .map(|p| {
            Check::new(
                p.as_str(),
                tr.t(&format!("profession-{}", p.as_str())),
                form.has_value("professions", p.as_str()),
            )
        })
        .collect();
    let trainers = trainer_choices(ctx)
        .await?
        .into_iter()
        .map(|c| {
            let checked = form.has_value("trainers", &c.value);
            Check::new(c.value, c.label, checked)
        })
        .collect();
    let (title_key, action) = match editing {
        Some(id) => (
            "training-course-edit",
            format!("/app/training/courses/{id}/edit"),
        ),
        None => ("training-course-new", "/app/training/courses".to_owned()),
    };
    Ok(render_form(
        &CourseFormPage {
            app: ctx.chrome(title_key).await?,
            action,
            editing,
            fields,
            professions,
            trainers,
            mark: fresh || form.has("mark"),
            error: !form.is_valid(),
            need: described,
        },
        !form.is_valid(),
    ))
}

/// The form of a new course (from a need of a survey, if asked).
pub(super) async fn new_course(
    ctx: Ctx,
    axum::extract::Query(from): axum::extract::Query<FromNeed>,
) -> WebResult<Response> {
    let body = if from.survey.is_empty() {
        String::new()
    } else {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("need_survey", &from.survey)
            .append_pair("need_question", &from.question)
            .append_pair("need_choice", &from.choice)
            .finish()
    };
    render_course_form(&ctx, &Posted::parse(body.as_bytes()), None).await
}

/// Reads a course from its form; the errors are recorded by field.
fn course_input(
    ctx: &Ctx,
    form: &mut Posted,
    programme: &Programme,
    trainers: &[Choice],
) -> Option<CourseInput> {
    let tr = ctx.tr;
    let title = form.get("title").to_owned();
    if title.is_empty() || title.chars().count() > 200 {
        form.refuse("title", tr.t("training-error-title"));
    }
    let line = form.get("line").to_owned();
    if programme.line(&line).is_none() {
        form.refuse("line", tr.t("training-error-line"));
    }
    let format = CourseFormat::parse(form.get("format"));
    if format.is_none() {
        form.refuse("format", tr.t("training-error-format"));
    }
    let minutes = parse_hours(form.get("hours"));
    if minutes.is_none() {
        form.refuse("hours", tr.t("training-error-hours"));
    }
    let percent = form
        .get("percent")
        .parse::<u8>()
        .ok()
        .filter(|p| (1..=100).contains(p));
    if percent.is_none() {
        form.refuse("percent", tr.t("training-error-percent"));
    }
    let description = form.get("description").to_owned();
    if description.chars().count() > 20_000 {
        form.refuse("description", tr.t("training-error-description"));
    }
    let professions: Vec<Profession> = form
        .all("professions")
        .filter_map(Profession::parse)
        .collect();
    let mut chosen: Vec<Trainer> = form
        .all("trainers")
        .filter(|t| trainers.iter().any(|c| c.value == *t))
        .filter_map(|t| t.parse().ok())
        .map(Trainer::User)
        .collect();
    let external: Vec<String> = form
        .get("external")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if external.iter().any(|n| n.chars().count() > 200) || external.len() > 20 {
        form.refuse("external", tr.t("training-error-external"));
    }
    chosen.extend(external.into_iter().map(Trainer::External));
    let mut completion = vec![Condition::Attendance { percent: percent? }];
    if form.has("mark") {
        completion.push(Condition::TrainerMark);
    }
    if !form.is_valid() {
        return None;
    }
    Some(CourseInput {
        title,
        line,
        format: format?,
        minutes: minutes?,
        professions,
        description,
        completion,
        trainers: chosen,
        needs: Vec::new(),
    })
}

/// Creates a course from its form.
pub(super) async fn create_course(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let mut form = Posted::parse(&body);
    let programme = Programme::load(&ctx).await?;
    let trainers = trainer_choices(&ctx).await?;
    let need = need_of(&ctx, &form).await?;
    let Some(mut input) = course_input(&ctx, &mut form, &programme, &trainers) else {
        return render_course_form(&ctx, &form, None).await;
    };
    input.needs = need.map(|(n, _)| n).into_iter().collect();
    let id = ctx
        .state
        .store()
        .create_course(&input, ctx.operator.user.id, |id| {
            ctx.trail(AuditEvent::new(
                "training.course.create",
                "training_course",
                Some(id.to_string()),
            ))
        })
        .await?;
    Ok(Redirect::to(&format!("/app/training/courses/{id}")).into_response())
}

/// A course as its form is filled in.
fn typed(course: &Course) -> Posted {
    let c = &course.input;
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("title", &c.title)
        .append_pair("line", &c.line)
        .append_pair("format", c.format.as_str())
        .append_pair(
            "hours",
            &hours_text(c.minutes / 30, crocevia_domain::Lang::It),
        )
        .append_pair("description", &c.description);
    for condition in &c.completion {
        match condition {
            Condition::Attendance { percent } => {
                form.append_pair("percent", &percent.to_string());
            }
            Condition::TrainerMark => {
                form.append_pair("mark", "on");
            }
        }
    }
    for p in &c.professions {
        form.append_pair("professions", p.as_str());
    }
    let mut external = Vec::new();
    for t in &c.trainers {
        match t {
            Trainer::User(u) => {
                form.append_pair("trainers", &u.to_string());
            }
            Trainer::External(name) => external.push(name.as_str()),
        }
    }
    form.append_pair("external", &external.join("\n"));
    Posted::parse(form.finish().as_bytes())
}

/// The form of a course, filled in.
pub(super) async fn edit_course(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let course = ctx
        .state
        .store()
        .course(id)
        .await?
        .ok_or(WebError::NotFound)?;
    render_course_form(&ctx, &typed(&course), Some(id)).await
}

/// Changes a course from its form.
pub(super) async fn update_course(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    if ctx.state.store().course(id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    let mut form = Posted::parse(&body);
    let programme = Programme::load(&ctx).await?;
    let trainers = trainer_choices(&ctx).await?;
    let Some(input) = course_input(&ctx, &mut form, &programme, &trainers) else {
        return render_course_form(&ctx, &form, Some(id)).await;
    };
    let trail = ctx.trail(AuditEvent::new(
        "training.course.update",
        "training_course",
        Some(id.to_string()),
    ));
    match ctx.state.store().update_course(id, &input, &trail).await {
        Ok(()) => Ok(Redirect::to(&format!("/app/training/courses/{id}?saved=1")).into_response()),
        Err(StoreError::NotFound(_)) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
