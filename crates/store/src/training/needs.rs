//! The needs a course answers: a question of a needs survey, or one of its
//! choices, recorded with the course.

use crocevia_domain::training::survey::SurveyForm;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;

use super::entities::{course_need, survey};
use crate::{Store, StoreError, StoreResult};

/// A need a course answers: a question of a survey, or one of its choices.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Need {
    /// The survey.
    pub survey: Uuid,
    /// The question's name.
    pub question: String,
    /// The choice's name (none: the question as a whole).
    pub choice: Option<String>,
}

impl Store {
    /// The needs a course answers.
    pub(super) async fn needs_of(&self, course: Uuid) -> StoreResult<Vec<Need>> {
        Ok(course_need::Entity::find()
            .filter(course_need::Column::CourseId.eq(course))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|n| need_of(n).1)
            .collect())
    }

    /// Every course's needs, by course.
    pub(super) async fn all_needs(&self) -> StoreResult<Vec<(Uuid, Need)>> {
        Ok(course_need::Entity::find()
            .all(self.conn())
            .await?
            .into_iter()
            .map(need_of)
            .collect())
    }
}

fn need_of(n: course_need::Model) -> (Uuid, Need) {
    (
        n.course_id,
        Need {
            survey: n.survey_id,
            question: n.question,
            choice: (!n.choice.is_empty()).then_some(n.choice),
        },
    )
}

/// Records the needs a new course answers inside `txn`: `Invalid` for a
/// survey, question or choice that does not exist.
pub(super) async fn write_needs(
    txn: &impl ConnectionTrait,
    course: Uuid,
    needs: &[Need],
) -> StoreResult<()> {
    for n in needs {
        let Some(m) = survey::Entity::find_by_id(n.survey).one(txn).await? else {
            return Err(StoreError::Invalid("unknown survey"));
        };
        let form: SurveyForm = serde_json::from_str(&m.definition)
            .map_err(|_| StoreError::Corrupt(format!("survey {}", m.id)))?;
        let known = form.question(&n.question).is_some_and(|q| {
            n.choice
                .as_ref()
                .is_none_or(|c| q.choices.iter().any(|x| &x.name == c))
        });
        if !known {
            return Err(StoreError::Invalid("unknown need"));
        }
        course_need::Entity::insert(course_need::ActiveModel {
            course_id: Set(course),
            survey_id: Set(n.survey),
            question: Set(n.question.clone()),
            choice: Set(n.choice.clone().unwrap_or_default()),
        })
        .on_conflict_do_nothing()
        .exec(txn)
        .await?;
    }
    Ok(())
}
