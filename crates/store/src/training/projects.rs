//! The projects that fund the programme: each has a code, a name, the
//! operators it commits to train (the target the Region's totals are read
//! against) and what its certificates say of the funding (the statement,
//! with or without the EU emblem). An edition is delivered under one
//! project (or none); a project still named by an edition is not removed.

use sea_orm::ActiveValue::Set;
use sea_orm::QueryOrder;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;

use super::entities::{edition, project};
use crate::{Store, StoreError, StoreResult};

/// A project of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// Code (`sofia2`).
    pub code: String,
    /// Name as shown (`SOFIA2`).
    pub name: String,
    /// Operators it commits to train, if it has a target.
    pub people: Option<u32>,
    /// The funding statement its certificates carry ("Progetto
    /// cofinanziato dall'Unione europea…"), empty for none.
    pub funding: String,
    /// Whether its certificates carry the EU emblem beside the statement.
    pub emblem: bool,
}

/// The longest funding statement kept.
pub const FUNDING_MAX: usize = 400;

/// Replaces the projects inside `txn`: `Conflict("project")` when an
/// edition still names one left out.
pub(super) async fn write_projects(
    txn: &impl ConnectionTrait,
    projects: &[Project],
) -> StoreResult<()> {
    let kept: Vec<&str> = projects.iter().map(|p| p.code.as_str()).collect();
    let used = edition::Entity::find()
        .filter(edition::Column::ProjectCode.is_not_null())
        .filter(edition::Column::ProjectCode.is_not_in(kept.clone()))
        .one(txn)
        .await?;
    if used.is_some() {
        return Err(StoreError::Conflict("project"));
    }
    project::Entity::delete_many()
        .filter(project::Column::Code.is_not_in(kept))
        .exec(txn)
        .await?;
    for (position, p) in projects.iter().enumerate() {
        project::Entity::insert(project::ActiveModel {
            code: Set(p.code.clone()),
            name: Set(p.name.trim().chars().take(200).collect()),
            people: Set(p.people.map(|n| i32::try_from(n).unwrap_or(i32::MAX))),
            funding: Set(p.funding.trim().chars().take(FUNDING_MAX).collect()),
            emblem: Set(p.emblem),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        })
        .on_conflict(
            OnConflict::column(project::Column::Code)
                .update_columns([
                    project::Column::Name,
                    project::Column::People,
                    project::Column::Funding,
                    project::Column::Emblem,
                    project::Column::Position,
                ])
                .to_owned(),
        )
        .exec(txn)
        .await?;
    }
    Ok(())
}

fn project_of(m: project::Model) -> Project {
    Project {
        code: m.code,
        name: m.name,
        people: m.people.and_then(|n| u32::try_from(n).ok()),
        funding: m.funding,
        emblem: m.emblem,
    }
}

impl Store {
    /// The programme's projects, in order.
    pub async fn training_projects(&self) -> StoreResult<Vec<Project>> {
        Ok(project::Entity::find()
            .order_by_asc(project::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(project_of)
            .collect())
    }

    /// One project.
    pub async fn training_project(&self, code: &str) -> StoreResult<Option<Project>> {
        Ok(project::Entity::find_by_id(code.to_owned())
            .one(self.conn())
            .await?
            .map(project_of))
    }
}
