//! The programme: the catalogue of courses and their editions every operator
//! sees (`/app/training`), each course's page in the reader's language when
//! translated, and what a programme coordinator (`training.manage`) plans
//! there: editions, each in one area for a period under a project (the
//! course's own form is [`super::course_form`]).

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use crocevia_domain::identity::{holds, perm};
use crocevia_domain::training::completion::Condition;
use crocevia_store::StoreError;
use crocevia_store::guides::Texts;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::{Course, CourseInput, Edition, EditionInput, Trainer};
use uuid::Uuid;

use super::needs::need_text;
use super::{
    Programme, Saved, day_start, edition_label, hours_label, may_manage, parse_day, require_manage,
};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::{Field, Posted};
use crate::guides::{Fallbacks, Shown, pick};
use crate::identity::AppChrome;
use crate::identity::operator::subject;

/// A course's field in the reader's language (then English, then the
/// Italian `italian` it is written in).
pub(super) fn course_text(texts: Option<&Texts>, field: &str, italian: &str, ctx: &Ctx) -> Shown {
    texts
        .and_then(|t| pick(t, field, ctx.lang))
        .unwrap_or_else(|| Shown {
            text: italian.to_owned(),
            lang: "it",
            status: crocevia_store::guides::TranslationStatus::Source,
        })
}

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
    /// Its title as shown, and the language it is in.
    title: Shown,
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
    let texts = store.course_texts().await?;
    let courses = store
        .courses()
        .await?
        .into_iter()
        .map(|c| CourseCard {
            id: c.id,
            about: course_about(&ctx, &programme, &c.input),
            title: course_text(
                texts.get(&c.id).map(|(_, t)| t),
                "title",
                &c.input.title,
                &ctx,
            ),
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
#[template(path = "app_training_course.html")]
struct CoursePage {
    app: AppChrome,
    id: Uuid,
    title: Shown,
    /// Which parts are not in the reader's language, or unreviewed.
    notice: Option<String>,
    about: String,
    professions: String,
    trainers: String,
    conditions: String,
    description: Shown,
    /// For a coordinator: each language's translation (tag, name, status,
    /// the translators' page), and whether the course was just saved.
    translations: Vec<[String; 4]>,
    saved: bool,
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

/// Each target language's translation of a course: its tag, its name, its
/// status in words (the least advanced of the fields) and the translators'
/// page.
fn translations(ctx: &Ctx, id: Uuid, texts: &Texts) -> Vec<[String; 4]> {
    ctx.state
        .target_langs()
        .into_iter()
        .map(|l| {
            let status = texts
                .fields()
                .map(|f| {
                    texts
                        .get(f, l.as_str())
                        .map_or("missing", |(_, s)| s.as_str())
                })
                .min_by_key(|s| {
                    ["missing", "outdated", "machine", "reviewed"]
                        .iter()
                        .position(|o| o == s)
                })
                .unwrap_or("missing");
            [
                l.as_str().to_owned(),
                crate::i18n::Tr(l).t("language-name"),
                ctx.tr.t(&format!("appdir-tr-{status}")),
                format!("/app/translate/course/{id}/{l}"),
            ]
        })
        .collect()
}

async fn render_course(ctx: &Ctx, id: Uuid, form: &Posted, saved: bool) -> WebResult<Response> {
    let store = ctx.state.store();
    let course = store.course(id).await?.ok_or(WebError::NotFound)?;
    let texts = store.course_texts_of(id).await?.map(|(_, t)| t);
    let programme = Programme::load(ctx).await?;
    let tr = ctx.tr;
    let title = course_text(texts.as_ref(), "title", &course.input.title, ctx);
    let description = course_text(
        texts.as_ref(),
        "description",
        &course.input.description,
        ctx,
    );
    let mut fallbacks = Fallbacks::default();
    fallbacks.note(&title, ctx.lang);
    if !description.text.is_empty() {
        fallbacks.note(&description, ctx.lang);
    }
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
    let manage = may_manage(ctx).await?;
    let edition_form = if manage {
        let e = &form.errors;
        let mut fields = vec![
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
        ];
        // Every edition is delivered under one of the programme's projects,
        // when it has any (the only one is chosen from the start).
        if !programme.projects.is_empty() {
            let only = match programme.projects.as_slice() {
                [p] if !form.has("project") => p.code.as_str(),
                _ => form.get("project"),
            };
            fields.insert(
                1,
                Field::new(
                    "project",
                    tr.t("training-edition-project"),
                    only,
                    programme.project_choices(),
                    e,
                )
                .hint(tr.t("training-edition-project-hint")),
            );
        }
        Some(fields)
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
            notice: fallbacks.notice(tr),
            translations: match (&texts, manage) {
                (Some(t), true) => translations(ctx, id, t),
                _ => Vec::new(),
            },
            saved,
            title,
            professions,
            trainers,
            description,
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
pub(super) async fn show_course(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(q): Query<Saved>,
) -> WebResult<Response> {
    render_course(&ctx, id, &Posted::default(), q.saved.is_some()).await
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
    let project = form.get("project").to_owned();
    if !programme.projects.is_empty() && programme.project(&project).is_none() {
        form.refuse("project", tr.t("training-error-project"));
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
        return render_course(&ctx, course, &form, false).await;
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
        project: (!project.is_empty()).then_some(project),
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
            render_course(&ctx, course, &form, false).await
        }
        Err(e) => Err(e.into()),
    }
}
