//! Training the operators in the web: the programme's catalogue, courses and
//! editions ([`programme`]), an edition's page with enrolment and sessions
//! ([`editions`]), the trainer's register ([`register`]), each operator's
//! record ([`mine`]), the public verification of a certificate ([`verify`])
//! and the self check-in by QR ([`checkin`]).
//!
//! Who may do what: every operator sees the catalogue and enrols
//! themselves; the programme (areas, lines, courses, editions, sessions,
//! registers, certificates) is written by holders of `training.manage` for
//! the whole network.

mod agency;
mod badge;
pub(crate) mod calendar;
mod checkin;
mod course_form;
mod editions;
mod mine;
mod needs;
mod programme;
mod register;
mod setup;
mod surveys;
mod totals;
mod verify;

use axum::Router;
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use crocevia_domain::Lang;
use crocevia_domain::desk::calendar::from_rome;
use crocevia_domain::identity::{Target, allows, perm};
use crocevia_store::training::{Area, Course, EditionInput, Line, Project, Trainer};
use uuid::Uuid;

pub use self::calendar::remind_tomorrow;
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Choice;
use crate::guard::authorize;
use crate::identity::operator::subject;

/// The routes of the training capability.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/verify", get(verify::form))
        .route("/{lang}/verify/{code}", get(verify::show))
        .route("/app/training", get(programme::index))
        .route("/app/training/mine", get(mine::show))
        .route("/app/training/totals", get(totals::show))
        .route(
            "/app/training/certificates/{id}/pdf",
            get(mine::certificate_pdf),
        )
        .route(
            "/app/training/certificates/{id}/badge.jwt",
            get(badge::download),
        )
        .route("/.well-known/jwks.json", get(badge::jwks))
        .route("/app/training/setup", get(setup::show).post(setup::save))
        .route("/app/training/courses/new", get(course_form::new_course))
        .route("/app/training/courses", post(course_form::create_course))
        .route(
            "/app/training/courses/{id}/edit",
            get(course_form::edit_course).post(course_form::update_course),
        )
        .route("/app/training/courses/{id}", get(programme::show_course))
        .route(
            "/app/training/courses/{id}/editions",
            post(programme::create_edition),
        )
        .route("/app/training/editions/{id}", get(editions::show))
        .route("/app/training/editions/{id}/enrol", post(editions::enrol))
        .route(
            "/app/training/editions/{id}/enrol-for",
            post(agency::enrol_for),
        )
        .route("/app/training/agency", get(agency::record))
        .route(
            "/app/training/editions/{id}/calendar.ics",
            get(calendar::edition_file),
        )
        .route("/app/training/editions/{id}/cancel", post(editions::cancel))
        .route(
            "/app/training/editions/{id}/sessions",
            post(editions::add_session),
        )
        .route(
            "/app/training/editions/{id}/completion",
            post(register::complete),
        )
        .route(
            "/app/training/sessions/{id}",
            get(register::show).post(register::save),
        )
        .route(
            "/app/training/checkin",
            get(checkin::form).post(checkin::check_in),
        )
        .route("/app/training/sessions/{id}/checkin", get(checkin::show))
        .route(
            "/app/training/surveys",
            get(surveys::list).post(surveys::create),
        )
        .route("/app/training/surveys/import", post(surveys::import))
        .route("/app/training/surveys/{id}", get(surveys::show_survey))
        .route(
            "/app/training/surveys/{id}/questions",
            post(surveys::add_question),
        )
        .route(
            "/app/training/surveys/{id}/questions/{name}/remove",
            post(surveys::remove_question),
        )
        .route(
            "/app/training/surveys/{id}/questions/{name}/up",
            post(surveys::move_up),
        )
        .route("/app/training/surveys/{id}/open", post(surveys::open))
        .route("/app/training/surveys/{id}/close", post(surveys::close))
        .route(
            "/app/training/surveys/{id}/answer",
            get(surveys::answer_form).post(surveys::send_answer),
        )
        .route("/app/training/surveys/{id}/results", get(surveys::results))
        .route(
            "/app/training/surveys/{id}/responses.csv",
            get(surveys::responses_csv),
        )
        .route(
            "/app/training/surveys/{id}/responses.xlsx",
            get(surveys::responses_xlsx),
        )
        .route(
            "/app/training/surveys/{id}/xlsform.xlsx",
            get(surveys::xlsform_file),
        )
        .route(
            "/{lang}/survey/{token}",
            get(surveys::public_form).post(surveys::answer_public),
        )
}

/// Whether the operator writes the programme (`training.manage` for the
/// whole network): what shows the coordinator's forms and buttons.
async fn may_manage(ctx: &Ctx) -> WebResult<bool> {
    let subject = subject(&ctx.state, &ctx.operator).await?;
    Ok(allows(subject, perm::TRAINING_MANAGE, &Target::Network))
}

/// The guard of every change to the programme.
async fn require_manage(ctx: &Ctx) -> WebResult<()> {
    authorize(
        &ctx.state,
        &ctx.operator,
        perm::TRAINING_MANAGE,
        &Target::Network,
    )
    .await
}

/// `?saved=1`: the page after a save, saying so.
#[derive(Debug, Default, serde::Deserialize)]
struct Saved {
    saved: Option<String>,
}

/// Whether the operator runs the sessions of `course` (domain rule
/// `training::may_run`): a programme coordinator or one of its trainers.
async fn may_run(ctx: &Ctx, course: &Course) -> WebResult<bool> {
    let subject = subject(&ctx.state, &ctx.operator).await?;
    let trainers: Vec<String> = course
        .input
        .trainers
        .iter()
        .filter_map(|t| match t {
            Trainer::User(u) => Some(u.to_string()),
            Trainer::External(_) => None,
        })
        .collect();
    let trainers: Vec<&str> = trainers.iter().map(String::as_str).collect();
    Ok(crocevia_domain::training::may_run(
        subject,
        &ctx.operator.user.id.to_string(),
        &trainers,
    ))
}

/// The guard of running the sessions of `edition`: 403 for who holds no
/// `training.manage` at all, 404 for an edition of nothing, 403 for who
/// does not run this course.
async fn require_runner(ctx: &Ctx, edition: Uuid) -> WebResult<()> {
    authorize(
        &ctx.state,
        &ctx.operator,
        perm::TRAINING_MANAGE,
        &Target::Listing,
    )
    .await?;
    runs(ctx, edition).await
}

/// The second half of [`require_runner`], once `training.manage` is held.
async fn runs(ctx: &Ctx, edition: Uuid) -> WebResult<()> {
    let store = ctx.state.store();
    let edition = store.edition(edition).await?.ok_or(WebError::NotFound)?;
    let course = store
        .course(edition.input.course)
        .await?
        .ok_or(WebError::NotFound)?;
    if may_run(ctx, &course).await? {
        Ok(())
    } else {
        Err(crate::guard::refused(
            crocevia_domain::identity::Decision::Deny(
                crocevia_domain::identity::DenyReason::OutOfScope,
            ),
        ))
    }
}

/// The programme's areas and thematic lines, to name codes and fill selects.
struct Programme {
    areas: Vec<Area>,
    lines: Vec<Line>,
    projects: Vec<Project>,
}

impl Programme {
    async fn load(ctx: &Ctx) -> WebResult<Programme> {
        let store = ctx.state.store();
        Ok(Programme {
            areas: store.training_areas().await?,
            lines: store.training_lines().await?,
            projects: store.training_projects().await?,
        })
    }

    fn project(&self, code: &str) -> Option<&Project> {
        self.projects.iter().find(|p| p.code == code)
    }

    /// The project's name, or its code when it is gone.
    fn project_name(&self, code: &str) -> String {
        self.project(code)
            .map_or_else(|| code.to_owned(), |p| p.name.clone())
    }

    fn project_choices(&self) -> Vec<Choice> {
        self.projects
            .iter()
            .map(|p| Choice::new(p.code.clone(), p.name.clone()))
            .collect()
    }

    fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.code == code)
    }

    fn line(&self, code: &str) -> Option<&Line> {
        self.lines.iter().find(|l| l.code == code)
    }

    /// The area's name, or its code when it is gone.
    fn area_name(&self, code: &str) -> String {
        self.area(code)
            .map_or_else(|| code.to_owned(), |a| a.name.clone())
    }

    /// The line's name, or its code when it is gone.
    fn line_name(&self, code: &str) -> String {
        self.line(code)
            .map_or_else(|| code.to_owned(), |l| l.name.clone())
    }

    fn area_choices(&self) -> Vec<Choice> {
        self.areas
            .iter()
            .map(|a| Choice::new(a.code.clone(), a.name.clone()))
            .collect()
    }

    fn line_choices(&self) -> Vec<Choice> {
        self.lines
            .iter()
            .map(|l| Choice::new(l.code.clone(), l.name.clone()))
            .collect()
    }
}

/// An edition in a line: area, dates, seats.
fn edition_label(ctx: &Ctx, programme: &Programme, e: &EditionInput) -> String {
    ctx.tr.t_args(
        "training-edition-label",
        &[
            ("area", &programme.area_name(&e.area)),
            ("starts", &e.starts_on.to_string()),
            ("ends", &e.ends_on.to_string()),
            ("seats", &e.seats.to_string()),
        ],
    )
}

/// Hours as a person reads them in `lang`: `3`, `7,5` or `7.5`.
fn hours_text(half_hours: u32, lang: Lang) -> String {
    let whole = half_hours / 2;
    if half_hours.is_multiple_of(2) {
        return whole.to_string();
    }
    let comma = matches!(lang, Lang::It | Lang::Fr | Lang::Es | Lang::Sq | Lang::Uk);
    format!("{whole}{}5", if comma { ',' } else { '.' })
}

/// "7,5 hours" in the page's language, from half hours.
fn hours_label(ctx: &Ctx, half_hours: u32) -> String {
    ctx.tr
        .t1("training-hours", "hours", &hours_text(half_hours, ctx.lang))
}

/// Hours as typed (`12`, `7,5`, `7.5`), to the half hour, in minutes:
/// between half an hour and 1,000 hours.
fn parse_hours(typed: &str) -> Option<u32> {
    let typed = typed.trim().replace(',', ".");
    let (whole, half) = match typed.split_once('.') {
        Some((w, "5" | "50")) => (w, 30),
        Some((w, "0" | "00")) => (w, 0),
        Some(_) => return None,
        None => (typed.as_str(), 0),
    };
    let whole: u32 = if whole.is_empty() && half > 0 {
        0
    } else {
        whole.parse().ok()?
    };
    let minutes = whole.checked_mul(60)?.checked_add(half)?;
    (30..=60_000).contains(&minutes).then_some(minutes)
}

/// A day as a date field sends it (`YYYY-MM-DD`).
fn parse_day(typed: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
}

/// Midnight of `day` in Italy.
fn day_start(day: NaiveDate) -> DateTime<Utc> {
    from_rome(day.and_time(NaiveTime::MIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_to_the_half_hour() {
        assert_eq!(parse_hours("12"), Some(720));
        assert_eq!(parse_hours("7,5"), Some(450));
        assert_eq!(parse_hours(" 7.5 "), Some(450));
        assert_eq!(parse_hours(",5"), Some(30));
        assert_eq!(parse_hours("3.0"), Some(180));
        for bad in ["", "0", "7.25", "abc", "-3", "1001", "99999999999"] {
            assert_eq!(parse_hours(bad), None, "{bad}");
        }
        assert_eq!(hours_text(15, Lang::It), "7,5");
        assert_eq!(hours_text(15, Lang::En), "7.5");
    }
}
