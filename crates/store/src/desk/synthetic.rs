//! Bulk writing of synthetic desk data (`crocevia gen desk`): many people
//! with their names, sound keys, identifiers, languages, visits, cases,
//! assessments, plan and appointments, written in large multi-row
//! statements, one transaction per batch. The same columns and sealing as
//! the one-by-one paths, so what is generated reads back like real records.

use chrono::{DateTime, NaiveDateTime, Utc};
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::calendar::WALL_CLOCK;
use crocevia_domain::desk::{CaseStatus, Dimension, NeedLevel, TaskStatus};
use sea_orm::ActiveValue::Set;
use sea_orm::EntityTrait;
use sea_orm::entity::prelude::*;

use super::entities::{
    appointment, assessment, case, case_member, person, person_key, person_language, person_name,
    task, visit,
};
use super::{PersonInput, TaskInput, VisitInput, csv, person_model, seal, stored_keys};
use crate::{Store, StoreResult};

/// A generated case.
#[derive(Debug, Clone)]
pub struct SyntheticCase {
    /// Id.
    pub id: Uuid,
    /// Status.
    pub status: CaseStatus,
    /// Opened.
    pub opened_at: DateTime<Utc>,
    /// Opened by (and first team member, with their profession).
    pub opened_by: (Uuid, String),
    /// Assessments: dimension, level, notes (sealed when written).
    pub assessments: Vec<(Dimension, NeedLevel, String)>,
    /// Plan lines.
    pub tasks: Vec<(TaskInput, TaskStatus)>,
}

/// A generated person with their history.
#[derive(Debug, Clone)]
pub struct SyntheticPerson {
    /// Id.
    pub id: Uuid,
    /// Owning agency.
    pub agency: Uuid,
    /// Registered by.
    pub by: Uuid,
    /// Registered.
    pub created_at: DateTime<Utc>,
    /// The fields.
    pub input: PersonInput,
    /// Visits: when, by whom, what.
    pub visits: Vec<(DateTime<Utc>, Uuid, VisitInput)>,
    /// Cases.
    pub cases: Vec<SyntheticCase>,
    /// Appointments: starts, operator, purpose.
    pub appointments: Vec<(NaiveDateTime, Uuid, String)>,
}

/// Rows per statement (under SQLite's and PostgreSQL's bound-parameter
/// limits for the widest table).
const ROWS_PER_STATEMENT: usize = 1000;

pub(crate) async fn insert_chunks<E, A>(txn: &impl ConnectionTrait, rows: Vec<A>) -> StoreResult<()>
where
    E: EntityTrait,
    A: ActiveModelTrait<Entity = E> + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
        E::insert_many(chunk).exec_without_returning(txn).await?;
    }
    Ok(())
}

impl Store {
    /// Writes generated people and their history in one transaction.
    pub async fn insert_synthetic(
        &self,
        people: &[SyntheticPerson],
        cipher: &FieldCipher,
    ) -> StoreResult<()> {
        let mut persons = Vec::new();
        let mut names = Vec::new();
        let mut keys = Vec::new();
        let mut identifiers = Vec::new();
        let mut languages = Vec::new();
        let mut visits = Vec::new();
        let mut cases = Vec::new();
        let mut members = Vec::new();
        let mut assessments = Vec::new();
        let mut tasks = Vec::new();
        let mut appointments = Vec::new();
        for p in people {
            persons.push(person::ActiveModel {
                id: Set(p.id),
                agency_id: Set(p.agency),
                created_at: Set(p.created_at),
                created_by: Set(p.by),
                ..person_model(p.id, &p.input, cipher, p.created_at)
            });
            for a in &p.input.aliases {
                names.push(person_name::ActiveModel {
                    person_id: Set(p.id),
                    name: Set(a.clone()),
                });
            }
            let mut all = vec![
                format!("{} {}", p.input.given_name, p.input.family_name),
                p.input.latin_name.clone(),
            ];
            all.extend(p.input.aliases.iter().cloned());
            for key in stored_keys(&all, p.input.birth.map(|b| b.year())) {
                keys.push(person_key::ActiveModel {
                    key: Set(key),
                    person_id: Set(p.id),
                });
            }
            for (kind, value) in &p.input.identifiers {
                identifiers.push(super::sealing::identifier_row(cipher, p.id, kind, value));
            }
            for (lang, level) in &p.input.languages {
                languages.push(person_language::ActiveModel {
                    person_id: Set(p.id),
                    lang: Set(lang.clone()),
                    level: Set(level.clone()),
                });
            }
            for (at, by, v) in &p.visits {
                visits.push(visit::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    person_id: Set(p.id),
                    agency_id: Set(p.agency),
                    at: Set(*at),
                    channel: Set(v.channel.as_str().to_owned()),
                    lang: Set(v.lang.clone()),
                    mediator: Set(v.mediator),
                    reasons: Set(csv(&v.reasons)),
                    outcomes: Set(csv(v.outcomes.iter().map(|o| o.as_str()))),
                    guide_slug: Set(v.guide_slug.clone()),
                    operator_id: Set(*by),
                    outreach_id: Set(v.outreach_id),
                });
            }
            for c in &p.cases {
                let closed = c.status == CaseStatus::Closed;
                cases.push(case::ActiveModel {
                    id: Set(c.id),
                    person_id: Set(p.id),
                    agency_id: Set(p.agency),
                    status: Set(c.status.as_str().to_owned()),
                    opened_at: Set(c.opened_at),
                    opened_by: Set(c.opened_by.0),
                    closed_at: Set(closed.then_some(c.opened_at)),
                    close_reason: Set(closed.then(|| "Percorso concluso".to_owned())),
                    close_outcome: Set(closed.then(|| "goals_met".to_owned())),
                    updated_at: Set(c.opened_at),
                });
                members.push(case_member::ActiveModel {
                    case_id: Set(c.id),
                    operator_id: Set(c.opened_by.0),
                    profession: Set(c.opened_by.1.clone()),
                    added_at: Set(c.opened_at),
                });
                for (dimension, level, notes) in &c.assessments {
                    let id = Uuid::now_v7();
                    assessments.push(assessment::ActiveModel {
                        id: Set(id),
                        case_id: Set(c.id),
                        dimension: Set(dimension.as_str().to_owned()),
                        need_level: Set(level.as_str().to_owned()),
                        notes: Set(seal(cipher, notes, &format!("desk_assessments.notes:{id}"))),
                        assessed_at: Set(c.opened_at),
                        assessed_by: Set(c.opened_by.0),
                    });
                }
                for (t, status) in &c.tasks {
                    tasks.push(task::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        case_id: Set(c.id),
                        kind: Set(t.kind.as_str().to_owned()),
                        goal_id: Set(t.goal_id),
                        title: Set(t.title.clone()),
                        owner_id: Set(t.owner_id),
                        due: Set(t.due.map(|d| d.format("%Y-%m-%d").to_string())),
                        remind_on: Set(t.remind_on.map(|d| d.format("%Y-%m-%d").to_string())),
                        status: Set(status.as_str().to_owned()),
                        created_by: Set(c.opened_by.0),
                        created_at: Set(c.opened_at),
                        updated_at: Set(c.opened_at),
                    });
                }
            }
            for (starts, operator, purpose) in &p.appointments {
                appointments.push(appointment::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    agency_id: Set(p.agency),
                    operator_id: Set(Some(*operator)),
                    person_id: Set(Some(p.id)),
                    outreach_id: Set(None),
                    starts: Set(starts.format(WALL_CLOCK).to_string()),
                    minutes: Set(30),
                    purpose: Set(purpose.clone()),
                    status: Set("booked".to_owned()),
                    created_by: Set(*operator),
                    created_at: Set(p.created_at),
                });
            }
        }
        let txn = self.begin_write().await?;
        insert_chunks(&txn, persons).await?;
        insert_chunks(&txn, names).await?;
        insert_chunks(&txn, keys).await?;
        insert_chunks(&txn, identifiers).await?;
        insert_chunks(&txn, languages).await?;
        insert_chunks(&txn, visits).await?;
        insert_chunks(&txn, cases).await?;
        insert_chunks(&txn, members).await?;
        insert_chunks(&txn, assessments).await?;
        insert_chunks(&txn, tasks).await?;
        insert_chunks(&txn, appointments).await?;
        txn.commit().await?;
        Ok(())
    }
}
