//! Training the operators: the programme's areas and thematic lines, its
//! courses, their editions in an area and the sessions of each; enrolments
//! with a waiting list ([`enrolments`]), attendance and certificates
//! ([`attendance`]). Every change is a use case that commits with its trail.

pub mod attendance;
mod courses;
mod demo;
pub mod enrolments;
pub mod entities;
mod needs;
pub mod projects;
mod rows;
pub mod survey_results;
pub mod surveys;
pub mod synthetic;
pub mod texts;
pub mod totals;

use chrono::{DateTime, NaiveDate, Utc};
use crocevia_domain::identity::Profession;
use crocevia_domain::training::completion::Condition;
use crocevia_domain::training::enrolment::Window;
use crocevia_domain::training::{CourseFormat, valid_code};
use sea_orm::ActiveValue::Set;
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;

use self::entities::{area, area_province, course, edition, enrolment, line, session};
pub use self::needs::Need;
pub use self::projects::Project;
use self::rows::{edition_of, int, session_of};
pub use self::totals::Totals;
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// A territorial area of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Province codes.
    pub provinces: Vec<String>,
}

/// A thematic line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
}

/// Who teaches: an operator of the installation or an external name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trainer {
    /// An operator (with the trainer profession).
    User(Uuid),
    /// Someone from outside, by name.
    External(String),
}

/// A course as written by a coordinator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseInput {
    /// Title.
    pub title: String,
    /// Thematic line's code.
    pub line: String,
    /// Format.
    pub format: CourseFormat,
    /// Planned length, minutes.
    pub minutes: u32,
    /// Professions it is for.
    pub professions: Vec<Profession>,
    /// Description and materials.
    pub description: String,
    /// Completion conditions.
    pub completion: Vec<Condition>,
    /// Trainers.
    pub trainers: Vec<Trainer>,
    /// The needs of surveys it answers.
    pub needs: Vec<Need>,
}

/// A stored course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    /// Id.
    pub id: Uuid,
    /// What it is.
    pub input: CourseInput,
}

/// An edition as planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionInput {
    /// The course.
    pub course: Uuid,
    /// The area's code.
    pub area: String,
    /// Seats (at least one).
    pub seats: u32,
    /// Enrolment opens.
    pub enrol_opens: DateTime<Utc>,
    /// Enrolment closes (exclusive).
    pub enrol_closes: DateTime<Utc>,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// The project it is delivered under, if any.
    pub project: Option<String>,
}

impl EditionInput {
    /// Its enrolment window and seats.
    #[must_use]
    pub fn window(&self) -> Window {
        Window {
            opens: self.enrol_opens,
            closes: self.enrol_closes,
            seats: self.seats,
        }
    }
}

/// A stored edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// Id.
    pub id: Uuid,
    /// As planned.
    pub input: EditionInput,
}

/// Where a session is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Venue {
    /// A location of the directory (its HSDS id).
    Location(String),
    /// A place in words.
    Place(String),
    /// Online, at this link.
    Online(String),
}

/// A session as planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInput {
    /// Starts.
    pub starts_at: DateTime<Utc>,
    /// Length, minutes.
    pub minutes: u32,
    /// Where.
    pub venue: Venue,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Id.
    pub id: Uuid,
    /// Its edition.
    pub edition: Uuid,
    /// As planned.
    pub input: SessionInput,
}

/// Replaces the areas inside `txn`.
async fn write_areas(txn: &impl ConnectionTrait, areas: &[Area]) -> StoreResult<()> {
    let kept: Vec<&str> = areas.iter().map(|a| a.code.as_str()).collect();
    let used = edition::Entity::find()
        .filter(edition::Column::AreaCode.is_not_in(kept.clone()))
        .one(txn)
        .await?;
    if used.is_some() {
        return Err(StoreError::Conflict("area"));
    }
    area_province::Entity::delete_many().exec(txn).await?;
    area::Entity::delete_many()
        .filter(area::Column::Code.is_not_in(kept))
        .exec(txn)
        .await?;
    for (position, a) in areas.iter().enumerate() {
        let row = area::ActiveModel {
            code: Set(a.code.clone()),
            name: Set(a.name.trim().to_owned()),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        };
        area::Entity::insert(row)
            .on_conflict(
                sea_orm::sea_query::OnConflict::column(area::Column::Code)
                    .update_columns([area::Column::Name, area::Column::Position])
                    .to_owned(),
            )
            .exec(txn)
            .await?;
        for p in &a.provinces {
            area_province::ActiveModel {
                area_code: Set(a.code.clone()),
                province: Set(p.clone()),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}

/// Replaces the thematic lines inside `txn`.
async fn write_lines(txn: &impl ConnectionTrait, lines: &[Line]) -> StoreResult<()> {
    let kept: Vec<&str> = lines.iter().map(|l| l.code.as_str()).collect();
    let used = course::Entity::find()
        .filter(course::Column::LineCode.is_not_in(kept.clone()))
        .one(txn)
        .await?;
    if used.is_some() {
        return Err(StoreError::Conflict("line"));
    }
    line::Entity::delete_many()
        .filter(line::Column::Code.is_not_in(kept))
        .exec(txn)
        .await?;
    for (position, l) in lines.iter().enumerate() {
        line::Entity::insert(line::ActiveModel {
            code: Set(l.code.clone()),
            name: Set(l.name.trim().to_owned()),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        })
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(line::Column::Code)
                .update_columns([line::Column::Name, line::Column::Position])
                .to_owned(),
        )
        .exec(txn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Saves the programme's areas, thematic lines and projects (replacing
    /// them all, in these orders) in one transaction: `Invalid` for a code
    /// that is not one or a missing name, `Conflict("area")` for an area
    /// still used by an edition that is left out, `Conflict("line")` for a
    /// line still used by a course, `Conflict("project")` for a project
    /// still named by an edition. Nothing is written when one is refused.
    pub async fn save_programme(
        &self,
        (areas, lines, projects): (&[Area], &[Line], &[Project]),
        trail: &Trail,
    ) -> StoreResult<()> {
        if areas
            .iter()
            .any(|a| valid_code(&a.code).is_none() || a.name.trim().is_empty())
        {
            return Err(StoreError::Invalid("an area needs a code and a name"));
        }
        if lines
            .iter()
            .any(|l| valid_code(&l.code).is_none() || l.name.trim().is_empty())
        {
            return Err(StoreError::Invalid(
                "a thematic line needs a code and a name",
            ));
        }
        if projects.iter().any(|p| {
            valid_code(&p.code).is_none()
                || p.name.trim().is_empty()
                || p.funding.chars().count() > projects::FUNDING_MAX
        }) {
            return Err(StoreError::Invalid("a project needs a code and a name"));
        }
        let txn = self.begin_write().await?;
        let written = match write_areas(&txn, areas).await {
            Ok(()) => match write_lines(&txn, lines).await {
                Ok(()) => projects::write_projects(&txn, projects).await,
                Err(e) => Err(e),
            },
            Err(e) => Err(e),
        };
        if let Err(e) = written {
            txn.rollback().await?;
            return Err(e);
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The programme's areas, in order, with their provinces.
    pub async fn training_areas(&self) -> StoreResult<Vec<Area>> {
        let provinces = area_province::Entity::find()
            .order_by_asc(area_province::Column::Province)
            .all(self.conn())
            .await?;
        Ok(area::Entity::find()
            .order_by_asc(area::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| Area {
                provinces: provinces
                    .iter()
                    .filter(|p| p.area_code == a.code)
                    .map(|p| p.province.clone())
                    .collect(),
                code: a.code,
                name: a.name,
            })
            .collect())
    }

    /// The thematic lines, in order.
    pub async fn training_lines(&self) -> StoreResult<Vec<Line>> {
        Ok(line::Entity::find()
            .order_by_asc(line::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|l| Line {
                code: l.code,
                name: l.name,
            })
            .collect())
    }

    /// Plans an edition of a course in an area, under a project or none;
    /// `trail` is given its id. `Invalid` for an unknown course, area or
    /// project, no seat, or dates out of order.
    pub async fn create_edition(
        &self,
        input: &EditionInput,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        if input.seats == 0 {
            return Err(StoreError::Invalid("an edition needs at least one seat"));
        }
        if input.enrol_closes <= input.enrol_opens || input.ends_on < input.starts_on {
            return Err(StoreError::Invalid("dates out of order"));
        }
        let txn = self.begin_write().await?;
        let known = course::Entity::find_by_id(input.course)
            .one(&txn)
            .await?
            .is_some()
            && area::Entity::find_by_id(input.area.clone())
                .one(&txn)
                .await?
                .is_some()
            && match &input.project {
                Some(p) => entities::project::Entity::find_by_id(p.clone())
                    .one(&txn)
                    .await?
                    .is_some(),
                None => true,
            };
        if !known {
            txn.rollback().await?;
            return Err(StoreError::Invalid("unknown course, area or project"));
        }
        let id = Uuid::now_v7();
        edition::ActiveModel {
            id: Set(id),
            course_id: Set(input.course),
            area_code: Set(input.area.clone()),
            seats: Set(int(input.seats)),
            enrol_opens: Set(input.enrol_opens),
            enrol_closes: Set(input.enrol_closes),
            starts_on: Set(input.starts_on.to_string()),
            ends_on: Set(input.ends_on.to_string()),
            created_at: Set(Utc::now()),
            project_code: Set(input.project.clone()),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// One edition.
    pub async fn edition(&self, id: Uuid) -> StoreResult<Option<Edition>> {
        edition::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(edition_of)
            .transpose()
    }

    /// The editions of a course, by first day.
    pub async fn editions_of(&self, course: Uuid) -> StoreResult<Vec<Edition>> {
        edition::Entity::find()
            .filter(edition::Column::CourseId.eq(course))
            .order_by_asc(edition::Column::StartsOn)
            .all(self.conn())
            .await?
            .into_iter()
            .map(edition_of)
            .collect()
    }

    /// Adds a session to an edition; `trail` is given its id.
    pub async fn add_session(
        &self,
        edition: Uuid,
        input: &SessionInput,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        if input.minutes == 0 || input.minutes > 24 * 60 {
            return Err(StoreError::Invalid(
                "a session lasts between a minute and a day",
            ));
        }
        let txn = self.begin_write().await?;
        if edition::Entity::find_by_id(edition)
            .one(&txn)
            .await?
            .is_none()
        {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("edition {edition}")));
        }
        let id = Uuid::now_v7();
        let (location_id, place, online_url) = match &input.venue {
            Venue::Location(l) => (Some(l.clone()), None, None),
            Venue::Place(p) => (None, Some(p.trim().to_owned()), None),
            Venue::Online(u) => (None, None, Some(u.trim().to_owned())),
        };
        session::ActiveModel {
            id: Set(id),
            edition_id: Set(edition),
            starts_at: Set(input.starts_at),
            minutes: Set(int(input.minutes)),
            location_id: Set(location_id),
            place: Set(place),
            online_url: Set(online_url),
            reminded_at: Set(None),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Reminds the participants with a seat of each session starting
    /// between `from` and `until` that was not reminded of yet (once per
    /// session): `notice` gives the trail telling them. Returns how many
    /// sessions were reminded of.
    pub async fn remind_sessions(
        &self,
        (from, until): (DateTime<Utc>, DateTime<Utc>),
        notice: impl Fn(&Session, &[Uuid]) -> Trail,
    ) -> StoreResult<usize> {
        let due = session::Entity::find()
            .filter(session::Column::StartsAt.gte(from))
            .filter(session::Column::StartsAt.lt(until))
            .filter(session::Column::RemindedAt.is_null())
            .order_by_asc(session::Column::StartsAt)
            .all(self.conn())
            .await?;
        let mut reminded = 0;
        for s in due {
            let txn = self.begin_write().await?;
            let marked = session::Entity::update_many()
                .col_expr(
                    session::Column::RemindedAt,
                    sea_orm::sea_query::Expr::value(Utc::now()),
                )
                .filter(session::Column::Id.eq(s.id))
                .filter(session::Column::RemindedAt.is_null())
                .exec(&txn)
                .await?
                .rows_affected;
            let participants: Vec<Uuid> =
                enrolment::Entity::find()
                    .filter(enrolment::Column::EditionId.eq(s.edition_id))
                    .filter(enrolment::Column::Status.eq(
                        crocevia_domain::training::enrolment::EnrolmentStatus::Enrolled.as_str(),
                    ))
                    .all(&txn)
                    .await?
                    .into_iter()
                    .map(|e| e.user_id)
                    .collect();
            let trail = notice(&session_of(s), &participants);
            if self.settle_if(txn, marked == 1, &trail).await? {
                reminded += 1;
            }
        }
        Ok(reminded)
    }

    /// Every edition, by first day.
    pub async fn all_editions(&self) -> StoreResult<Vec<Edition>> {
        edition::Entity::find()
            .order_by_asc(edition::Column::StartsOn)
            .order_by_asc(edition::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(edition_of)
            .collect()
    }

    /// The sessions of an edition, in order.
    pub async fn sessions_of(&self, edition: Uuid) -> StoreResult<Vec<Session>> {
        Ok(session::Entity::find()
            .filter(session::Column::EditionId.eq(edition))
            .order_by_asc(session::Column::StartsAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(session_of)
            .collect())
    }

    /// One session.
    pub async fn training_session(&self, id: Uuid) -> StoreResult<Option<Session>> {
        Ok(session::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(session_of))
    }
}
