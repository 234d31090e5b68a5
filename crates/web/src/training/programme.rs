//! The programme: the catalogue of courses and their editions every operator
//! sees (`/app/training`), and what a programme coordinator
//! (`training.manage`) writes: a course (`/app/training/courses/new`) and its
//! editions, each in one area for a period, from the course's page.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use crocevia_domain::identity::{Profession, holds, perm};
use crocevia_domain::training::CourseFormat;
use crocevia_domain::training::completion::Condition;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::{Course, CourseInput, Edition, EditionInput, Trainer};
use uuid::Uuid;

use super::needs::{FromNeed, need_of, need_text};
use super::{
    Programme, day_start, edition_label, hours_label, may_manage, parse_day, parse_hours,
    require_manage,
};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::{Check, Choice, Field, Posted};
use crate::identity::AppChrome;
use crate::identity::operator::subject;

/// One edition in the catalogue.
pub(super) struct EditionLine {
    pub(super) id: Uuid,
    pub(super) label: String,
    /// Whether enrolment is open now.
    pub(super) open: bool,
}

impl EditionLine {
    /// An edition as listed at `now`.
    pub(super) fn of(ctx: &Ctx, programme: &Programme, e: &Edition, now: DateTime<Utc>) -> Self {
        EditionLine {
            id: e.id,
            label: edition_label(ctx, programme, &e.input),
            open: e.input.window().is_open(now),
        }
    }
}

/// One course in the catalogue.
struct CourseCard {
    id: Uuid,
    title: String,
    about: String,
    editions: Vec<EditionLine>,
}

#[derive(Template)]
#[template(path = "app_training.html")]
struct IndexPage {
    app: AppChrome,
    manage: bool,
    /// Whether the operator reads the programme's totals.
    totals: bool,
    /// Whether the operator follows their agency's training.
    agency: bool,
    courses: Vec<CourseCard>,
    /// The surveys waiting for the operator's answers: (id, title).
    surveys: Vec<(Uuid, String)>,
}

/// What a course is, in a line: thematic line, format, hours.
pub(super) fn course_about(ctx: &Ctx, programme: &Programme, course: &CourseInput) -> String {
    let tr = ctx.tr;
    [
        programme.line_name(&course.line),
        tr.t(&format!("training-format-{}", course.format.as_str())),
        hours_label(ctx, course.minutes / 30),
    ]
    .join(" · ")
}

/// The catalogue: every course and its editions, open ones marked.
pub(super) async fn index(ctx: Ctx) -> WebResult<Response> {
    let store = ctx.state.store();
    let programme = Programme::load(&ctx).await?;
    let mut editions: BTreeMap<Uuid, Vec<Edition>> = BTreeMap::new();
    for e in store.all_editions().await? {
        editions.entry(e.input.course).or_default().push(e);
    }
    let now = Utc::now();
    let courses = store
        .courses()
        .await?
        .into_iter()
        .map(|c| CourseCard {
            id: c.id,
            about: course_about(&ctx, &programme, &c.input),
            title: c.input.title,
            editions: editions
                .remove(&c.id)
                .unwrap_or_default()
                .iter()
                .map(|e| EditionLine::of(&ctx, &programme, e, now))
                .collect(),
        })
        .collect();
    Ok(render_html(&IndexPage {
        manage: may_manage(&ctx).await?,
        totals: holds(
            subject(&ctx.state, &ctx.operator).await?,
            perm::MONITORING_READ,
        ),
        agency: holds(
            subject(&ctx.state, &ctx.operator).await?,
            perm::TRAINING_ENROL,
        ),
        app: ctx.chrome("training-title").await?,
        courses,
        surveys: super::surveys::waiting_for(&ctx).await?,
    }))
}

#[derive(Template)]
#[template(path = "app_training_course_form.html")]
struct CourseFormPage {
    app: AppChrome,
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

async fn render_course_form(ctx: &Ctx, form: &Posted) -> WebResult<Response> {
    require_manage(ctx).await?;
    let tr = ctx.tr;
    let programme = Programme::load(ctx).await?;
    let fresh = form.pairs().all(|(k, _)| k.starts_with("need_"));
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
    Ok(render_form(
        &CourseFormPage {
            app: ctx.chrome("training-course-new").await?,
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
    render_course_form(&ctx, &Posted::parse(body.as_bytes())).await
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
        return render_course_form(&ctx, &form).await;
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

#[derive(Template)]
#[template(path = "app_training_course.html")]
struct CoursePage {
    app: AppChrome,
    id: Uuid,
    title: String,
    about: String,
    professions: String,
    trainers: String,
    conditions: String,
    description: String,
    editions: Vec<EditionLine>,
    /// The needs of surveys it answers: (the survey's results, in words).
    needs: Vec<(String, String)>,
    /// The form of a new edition, for a coordinator.
    edition_form: Option<Vec<Field>>,
    edition_error: bool,
}

/// The course and what its conditions ask, in words.
pub(super) fn conditions_text(ctx: &Ctx, course: &Course) -> String {
    course
        .input
        .completion
        .iter()
        .map(|c| match c {
            Condition::Attendance { percent } => ctx.tr.t1(
                "training-condition-attendance",
                "percent",
                &percent.to_string(),
            ),
            Condition::TrainerMark => ctx.tr.t("training-condition-trainer-mark"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

async fn render_course(ctx: &Ctx, id: Uuid, form: &Posted) -> WebResult<Response> {
    let store = ctx.state.store();
    let course = store.course(id).await?.ok_or(WebError::NotFound)?;
    let programme = Programme::load(ctx).await?;
    let tr = ctx.tr;
    let now = Utc::now();
    let editions = store
        .editions_of(id)
        .await?
        .iter()
        .map(|e| EditionLine::of(ctx, &programme, e, now))
        .collect();
    let user_ids: Vec<Uuid> = course
        .input
        .trainers
        .iter()
        .filter_map(|t| match t {
            Trainer::User(u) => Some(*u),
            Trainer::External(_) => None,
        })
        .collect();
    let names = store.display_names(&user_ids).await?;
    let trainers = course
        .input
        .trainers
        .iter()
        .filter_map(|t| match t {
            Trainer::User(u) => names.get(u).cloned(),
            Trainer::External(n) => Some(n.clone()),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let professions = if course.input.professions.is_empty() {
        tr.t("training-professions-all")
    } else {
        course
            .input
            .professions
            .iter()
            .map(|p| tr.t(&format!("profession-{}", p.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let edition_form = if may_manage(ctx).await? {
        let e = &form.errors;
        Some(vec![
            Field::new(
                "area",
                tr.t("training-area"),
                form.get("area"),
                programme.area_choices(),
                e,
            ),
            Field::new(
                "seats",
                tr.t("training-edition-seats"),
                form.get("seats"),
                vec![],
                e,
            )
            .kind("number"),
            Field::new(
                "starts_on",
                tr.t("training-edition-starts"),
                form.get("starts_on"),
                vec![],
                e,
            )
            .date(),
            Field::new(
                "ends_on",
                tr.t("training-edition-ends"),
                form.get("ends_on"),
                vec![],
                e,
            )
            .date(),
            Field::new(
                "enrol_opens",
                tr.t("training-edition-opens"),
                form.get("enrol_opens"),
                vec![],
                e,
            )
            .date(),
            Field::new(
                "enrol_closes",
                tr.t("training-edition-closes"),
                form.get("enrol_closes"),
                vec![],
                e,
            )
            .date()
            .hint(tr.t("training-edition-closes-hint")),
        ])
    } else {
        None
    };
    let mut needs = Vec::new();
    for n in &course.input.needs {
        needs.push((
            format!("/app/training/surveys/{}/results", n.survey),
            need_text(ctx, n).await?,
        ));
    }
    Ok(render_form(
        &CoursePage {
            app: ctx.chrome("training-course-title").await?,
            id,
            about: course_about(ctx, &programme, &course.input),
            conditions: conditions_text(ctx, &course),
            title: course.input.title,
            professions,
            trainers,
            description: course.input.description,
            editions,
            needs,
            edition_form,
            edition_error: !form.is_valid(),
        },
        !form.is_valid(),
    ))
}

/// A course's page: what it is, its editions, and for a coordinator the
/// form of a new edition.
pub(super) async fn show_course(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    render_course(&ctx, id, &Posted::default()).await
}

/// Plans an edition of the course.
pub(super) async fn create_edition(
    ctx: Ctx,
    Path(course): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let mut form = Posted::parse(&body);
    let programme = Programme::load(&ctx).await?;
    let tr = ctx.tr;
    let area = form.get("area").to_owned();
    if programme.area(&area).is_none() {
        form.refuse("area", tr.t("training-error-area"));
    }
    let seats = form
        .get("seats")
        .parse::<u32>()
        .ok()
        .filter(|s| (1..=10_000).contains(s));
    if seats.is_none() {
        form.refuse("seats", tr.t("training-error-seats"));
    }
    let mut dates = BTreeMap::new();
    for name in ["starts_on", "ends_on", "enrol_opens", "enrol_closes"] {
        match parse_day(form.get(name)) {
            Some(d) => {
                dates.insert(name, d);
            }
            None => form.refuse(name, tr.t("training-error-day")),
        }
    }
    if let (Some(s), Some(e)) = (dates.get("starts_on"), dates.get("ends_on"))
        && e < s
    {
        form.refuse("ends_on", tr.t("training-error-ends"));
    }
    if let (Some(o), Some(c)) = (dates.get("enrol_opens"), dates.get("enrol_closes"))
        && c < o
    {
        form.refuse("enrol_closes", tr.t("training-error-closes"));
    }
    let (Some(seats), true) = (seats, form.is_valid()) else {
        return render_course(&ctx, course, &form).await;
    };
    let input = EditionInput {
        course,
        area,
        seats,
        enrol_opens: day_start(dates["enrol_opens"]),
        // The window closes at the end of the day named.
        enrol_closes: day_start(dates["enrol_closes"] + chrono::Duration::days(1)),
        starts_on: dates["starts_on"],
        ends_on: dates["ends_on"],
    };
    let created = ctx
        .state
        .store()
        .create_edition(&input, |id| {
            ctx.trail(AuditEvent::new(
                "training.edition.create",
                "training_edition",
                Some(id.to_string()),
            ))
        })
        .await;
    match created {
        Ok(id) => Ok(Redirect::to(&format!("/app/training/editions/{id}")).into_response()),
        Err(StoreError::NotFound(_)) => Err(WebError::NotFound),
        Err(StoreError::Invalid(_)) => {
            form.refuse("starts_on", tr.t("training-error-ends"));
            render_course(&ctx, course, &form).await
        }
        Err(e) => Err(e.into()),
    }
}
