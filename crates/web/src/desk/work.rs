//! Working a case from its page: the team (members by profession), the plan
//! (goals and the actions towards them, each with owner, due date and
//! status), tasks and reminders, and documents — type read from the content,
//! size-limited, sealed at rest, downloaded only by whoever may read the
//! case.

use std::collections::HashMap;

use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::desk::{TaskKind, TaskStatus};
use crocevia_store::desk::Case;
use uuid::Uuid;

use super::{RecordLine, choices, cipher};
use crate::AppState;
use crate::error::WebResult;
use crate::form::Choice;
use crate::i18n::Tr;

/// A goal, action or task as shown.
pub(super) struct TaskRow {
    pub(super) id: Uuid,
    pub(super) title: String,
    pub(super) kind: String,
    pub(super) owner: String,
    pub(super) due: String,
    pub(super) overdue: bool,
    pub(super) status: String,
    pub(super) status_code: &'static str,
}

/// A goal with its actions.
pub(super) struct GoalRow {
    pub(super) goal: TaskRow,
    pub(super) actions: Vec<TaskRow>,
}

/// A document as listed.
pub(super) struct DocumentRow {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) kind: String,
    pub(super) size: String,
    pub(super) at: String,
}

/// Everything the case page shows of the work on a case.
pub(super) struct CaseWork {
    /// Each member with their profession.
    pub(super) team: Vec<RecordLine>,
    /// Operators of the agency not on the team yet.
    pub(super) team_options: Vec<Choice>,
    pub(super) goals: Vec<GoalRow>,
    /// Tasks and reminders outside the plan.
    pub(super) tasks: Vec<TaskRow>,
    /// Operators of the agency, for owners.
    pub(super) owner_options: Vec<Choice>,
    pub(super) goal_options: Vec<Choice>,
    pub(super) kind_options: Vec<Choice>,
    pub(super) status_options: Vec<Choice>,
    pub(super) documents: Vec<DocumentRow>,
}

fn size_label(bytes: i32) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", f64::from(bytes) / (1024.0 * 1024.0))
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

/// The team, plan, tasks and documents of a case.
pub(super) async fn case_work(state: &AppState, tr: Tr, case: &Case) -> WebResult<CaseWork> {
    let users = state.store().agency_users(case.agency_id).await?;
    let names: HashMap<Uuid, String> = users
        .iter()
        .map(|u| (u.id, u.display_name.clone()))
        .collect();
    let members = state.store().members(case.id).await?;
    let mut team = Vec::new();
    for m in &members {
        let name = match names.get(&m.operator_id) {
            Some(n) => n.clone(),
            None => state
                .store()
                .user(m.operator_id)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default(),
        };
        team.push(RecordLine {
            id: m.operator_id,
            name,
            detail: tr.t(&format!("profession-{}", m.profession)),
        });
    }
    let today = rome_today();
    let row = |t: &crocevia_store::desk::Task| TaskRow {
        id: t.id,
        title: t.input.title.clone(),
        kind: tr.t(&format!("desk-task-kind-{}", t.input.kind.as_str())),
        owner: t
            .input
            .owner_id
            .and_then(|o| names.get(&o).cloned())
            .unwrap_or_default(),
        due: t.input.due.map(|d| d.to_string()).unwrap_or_default(),
        overdue: !t.status.is_finished() && t.input.due.is_some_and(|d| d < today),
        status: tr.t(&format!("desk-task-status-{}", t.status.as_str())),
        status_code: t.status.as_str(),
    };
    let all = state.store().tasks_of(case.id, &cipher(state)).await?;
    let goals: Vec<GoalRow> = all
        .iter()
        .filter(|t| t.input.kind == TaskKind::Goal)
        .map(|g| GoalRow {
            goal: row(g),
            actions: all
                .iter()
                .filter(|a| a.input.goal_id == Some(g.id))
                .map(row)
                .collect(),
        })
        .collect();
    let goal_options = goals
        .iter()
        .map(|g| Choice::new(g.goal.id.to_string(), g.goal.title.clone()))
        .collect();
    let tasks = all
        .iter()
        .filter(|t| t.input.kind != TaskKind::Goal && t.input.goal_id.is_none())
        .map(row)
        .collect();
    let documents = state
        .store()
        .documents(case.id)
        .await?
        .into_iter()
        .map(|d| DocumentRow {
            id: d.id,
            kind: d
                .content_type
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_uppercase(),
            size: size_label(d.size),
            at: super::local_day(d.uploaded_at),
            name: d.name,
        })
        .collect();
    Ok(CaseWork {
        team_options: users
            .iter()
            .filter(|u| !members.iter().any(|m| m.operator_id == u.id))
            .map(|u| {
                (
                    u.id.to_string(),
                    format!(
                        "{} ({})",
                        u.display_name,
                        tr.t(&format!("profession-{}", u.profession.as_str()))
                    ),
                )
            })
            .map(Choice::from)
            .collect(),
        owner_options: users
            .iter()
            .map(|u| Choice::new(u.id.to_string(), u.display_name.clone()))
            .collect(),
        team,
        goals,
        tasks,
        goal_options,
        kind_options: choices(
            tr,
            "desk-task-kind",
            TaskKind::ALL.iter().map(|k| k.as_str()),
        ),
        status_options: choices(
            tr,
            "desk-task-status",
            TaskStatus::ALL.iter().map(|s| s.as_str()),
        ),
        documents,
    })
}
