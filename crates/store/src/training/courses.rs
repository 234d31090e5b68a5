//! A course's use cases: created (from a need of a survey, if any) and
//! changed, each with its trainers, in one transaction with its trail; read
//! back one or all.

use chrono::Utc;
use crocevia_domain::training::completion::Condition;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;

use super::entities::{course, line, trainer};
use super::needs;
use super::rows::{course_of, int};
use super::{Course, CourseInput, Trainer};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// The row of a course as `input` has it, changed at `now` (who created
/// it and when are not set).
fn course_row(id: Uuid, input: &CourseInput, now: chrono::DateTime<Utc>) -> course::ActiveModel {
    let percent = input.completion.iter().find_map(|c| match c {
        Condition::Attendance { percent } => Some(i32::from(*percent)),
        Condition::TrainerMark => None,
    });
    course::ActiveModel {
        id: Set(id),
        title: Set(input.title.trim().to_owned()),
        line_code: Set(input.line.clone()),
        format: Set(input.format.as_str().to_owned()),
        minutes: Set(int(input.minutes)),
        professions: Set(input
            .professions
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        description: Set(input.description.trim().to_owned()),
        completion_percent: Set(percent),
        completion_mark: Set(input.completion.contains(&Condition::TrainerMark)),
        created_by: NotSet,
        created_at: NotSet,
        updated_at: Set(now),
    }
}

/// Whether the thematic line `code` is one of the programme's.
async fn line_exists(txn: &impl ConnectionTrait, code: &str) -> StoreResult<bool> {
    Ok(line::Entity::find_by_id(code.to_owned())
        .one(txn)
        .await?
        .is_some())
}

/// Replaces the trainers of course `id` inside `txn`.
async fn write_trainers(
    txn: &impl ConnectionTrait,
    id: Uuid,
    trainers: &[Trainer],
) -> StoreResult<()> {
    trainer::Entity::delete_many()
        .filter(trainer::Column::CourseId.eq(id))
        .exec(txn)
        .await?;
    for t in trainers {
        let (user_id, external_name) = match t {
            Trainer::User(u) => (Some(*u), None),
            Trainer::External(n) => (None, Some(n.trim().to_owned())),
        };
        trainer::ActiveModel {
            id: Set(Uuid::now_v7()),
            course_id: Set(id),
            user_id: Set(user_id),
            external_name: Set(external_name),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Creates a course; `trail` is given its id. `Invalid` for an unknown
    /// thematic line.
    pub async fn create_course(
        &self,
        input: &CourseInput,
        by: Uuid,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        if !line_exists(&txn, &input.line).await? {
            txn.rollback().await?;
            return Err(StoreError::Invalid("unknown thematic line"));
        }
        let id = Uuid::now_v7();
        let now = Utc::now();
        course::ActiveModel {
            created_by: Set(Some(by)),
            created_at: Set(now),
            ..course_row(id, input, now)
        }
        .insert(&txn)
        .await?;
        write_trainers(&txn, id, &input.trainers).await?;
        if let Err(e) = needs::write_needs(&txn, id, &input.needs).await {
            txn.rollback().await?;
            return Err(e);
        }
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Changes a course: what it is, its completion rules and trainers (the
    /// needs it answers stay). `NotFound` for no such course, `Invalid` for
    /// an unknown thematic line. Translations of a title or description
    /// that changed become outdated (they name the Italian they translated).
    /// Certificates already issued keep the title they were issued with.
    pub async fn update_course(
        &self,
        id: Uuid,
        input: &CourseInput,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        if course::Entity::find_by_id(id).one(&txn).await?.is_none() {
            txn.rollback().await?;
            return Err(StoreError::NotFound("course".to_owned()));
        }
        if !line_exists(&txn, &input.line).await? {
            txn.rollback().await?;
            return Err(StoreError::Invalid("unknown thematic line"));
        }
        course_row(id, input, Utc::now()).update(&txn).await?;
        write_trainers(&txn, id, &input.trainers).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// One course.
    pub async fn course(&self, id: Uuid) -> StoreResult<Option<Course>> {
        let Some(m) = course::Entity::find_by_id(id).one(self.conn()).await? else {
            return Ok(None);
        };
        let trainers = trainer::Entity::find()
            .filter(trainer::Column::CourseId.eq(id))
            .all(self.conn())
            .await?;
        let needs = self.needs_of(id).await?;
        Ok(Some(course_of(m, trainers, needs)?))
    }

    /// Every course, newest first.
    pub async fn courses(&self) -> StoreResult<Vec<Course>> {
        let trainers = trainer::Entity::find().all(self.conn()).await?;
        let needs = self.all_needs().await?;
        course::Entity::find()
            .order_by_desc(course::Column::CreatedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                let mine = trainers
                    .iter()
                    .filter(|t| t.course_id == m.id)
                    .cloned()
                    .collect();
                let answers = needs
                    .iter()
                    .filter(|(c, _)| *c == m.id)
                    .map(|(_, n)| n.clone())
                    .collect();
                course_of(m, mine, answers)
            })
            .collect()
    }
}
