//! Working a case from its page: the team (members by profession), the plan
//! (goals and the actions towards them, each with owner, due date and
//! status), tasks and reminders, and documents — type read from the content,
//! size-limited, sealed at rest, downloaded only by whoever may read the
//! case.

use std::collections::HashMap;

use axum::body::Body;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::desk::documents::{clean_name, sniff};
use crocevia_domain::desk::{TaskKind, TaskStatus};
use crocevia_domain::identity::perm;
use crocevia_store::desk::{Case, TaskInput};
use uuid::Uuid;

use super::cases::refuse;
use super::{RecordLine, audit, case_in_scope, case_owned, choices, cipher, trail};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Choice;
use crate::form::Posted;
use crate::i18n::Tr;
use crate::upload::Upload;

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

fn back(case: Uuid, query: &str, anchor: &str) -> Response {
    Redirect::to(&format!("/app/desk/cases/{case}?{query}#{anchor}")).into_response()
}

/// Adds an operator of the case's agency to its team, or removes one.
pub(super) async fn team(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let case = case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let form = Posted::parse(&body);
    let Ok(member) = form.get("operator").parse::<Uuid>() else {
        return refuse((&state, &operator), (&headers, &csrf), id, form, "choice").await;
    };
    let done = trail(&operator, &headers, "desk.case.team", ("case", id), None);
    if form.has("remove") {
        state.store().remove_member(id, member, &done).await?;
    } else {
        let Some(user) = state
            .store()
            .agency_users(case.agency_id)
            .await?
            .into_iter()
            .find(|u| u.id == member)
        else {
            return refuse((&state, &operator), (&headers, &csrf), id, form, "choice").await;
        };
        state
            .store()
            .add_member(id, user.id, user.profession.as_str(), &done)
            .await?;
    }
    Ok(back(id, "saved=1", "team"))
}

fn optional_day(s: &str) -> Result<Option<NaiveDate>, ()> {
    match s.trim() {
        "" => Ok(None),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ()),
    }
}

/// Adds a goal, an action towards a goal, or a task with its reminder.
pub(super) async fn add_task(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let case = case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let form = Posted::parse(&body);
    let title: String = form.get("title").chars().take(400).collect();
    let Some(kind) = TaskKind::parse(form.get("kind")) else {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form.clone(),
            "choice",
        )
        .await;
    };
    if title.is_empty() {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form.clone(),
            "task-title",
        )
        .await;
    }
    let (Ok(due), Ok(remind_on)) = (
        optional_day(form.get("due")),
        optional_day(form.get("remind_on")),
    ) else {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form.clone(),
            "task-date",
        )
        .await;
    };
    let goal_id = match (kind, form.get("goal").parse::<Uuid>()) {
        (TaskKind::Action, Ok(goal)) => {
            let goal = state.store().task(goal, &cipher(&state)).await?;
            match goal {
                Some(g) if g.case_id == id && g.input.kind == TaskKind::Goal => Some(g.id),
                _ => {
                    return refuse(
                        (&state, &operator),
                        (&headers, &csrf),
                        id,
                        form.clone(),
                        "choice",
                    )
                    .await;
                }
            }
        }
        (TaskKind::Action, Err(_)) => {
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                form.clone(),
                "task-goal",
            )
            .await;
        }
        _ => None,
    };
    let owner_id = match form.get("owner") {
        "" => None,
        o => {
            let users = state.store().agency_users(case.agency_id).await?;
            match o
                .parse::<Uuid>()
                .ok()
                .filter(|o| users.iter().any(|u| u.id == *o))
            {
                Some(o) => Some(o),
                None => {
                    return refuse(
                        (&state, &operator),
                        (&headers, &csrf),
                        id,
                        form.clone(),
                        "choice",
                    )
                    .await;
                }
            }
        }
    };
    let input = TaskInput {
        kind,
        goal_id,
        title,
        owner_id,
        due,
        remind_on,
    };
    let done = trail(&operator, &headers, "desk.case.plan", ("case", id), None);
    state
        .store()
        .add_task(id, &input, operator.user.id, &cipher(&state), &done)
        .await?;
    Ok(back(id, "saved=1", "plan"))
}

/// Moves a goal, action or task to another status.
pub(super) async fn task_status(
    ctx: Ctx,
    Path(task_id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    let task = state
        .store()
        .task(task_id, &cipher(&state))
        .await?
        .ok_or(WebError::NotFound)?;
    case_owned(&state, &operator, task.case_id, perm::DESK_CASE_WRITE).await?;
    let Some(status) = TaskStatus::parse(form.get("status")) else {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            task.case_id,
            form,
            "choice",
        )
        .await;
    };
    let done = trail(
        &operator,
        &headers,
        "desk.case.plan",
        ("case", task.case_id),
        None,
    );
    state
        .store()
        .set_task_status(task_id, status, &done)
        .await?;
    Ok(back(task.case_id, "saved=1", "plan"))
}

/// Attaches a document (multipart field `file`): refused with a clear
/// message when empty, too large or not a PDF, PNG, JPEG or WebP file by
/// its content.
pub(super) async fn upload(ctx: Ctx, Path(id): Path<Uuid>, upload: Upload) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    case_owned(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let Some(file) = upload.field("file") else {
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            Posted::default(),
            "doc-error-empty",
        )
        .await;
    };
    let media = match sniff(&file.data) {
        Ok(media) => media,
        Err(e) => {
            let code = e.key().trim_start_matches("desk-");
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                Posted::default(),
                code,
            )
            .await;
        }
    };
    let name = clean_name(file.filename.as_deref().unwrap_or_default());
    let done = trail(
        &operator,
        &headers,
        "desk.case.document",
        ("case", id),
        None,
    );
    state
        .store()
        .add_document(
            id,
            (&name, media, &file.data),
            &cipher(&state),
            operator.user.id,
            &done,
        )
        .await?;
    Ok(back(id, "saved=1", "documents"))
}

/// Downloads a document (audited), always as an attachment of its checked
/// type, never rendered in the page's origin.
pub(super) async fn download(ctx: Ctx, Path(doc): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let Some((meta, content)) = state.store().document(doc, &cipher(&state)).await? else {
        return Err(WebError::NotFound);
    };
    case_in_scope(&state, &operator, meta.case_id).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.case.document.read",
        ("case", meta.case_id),
    )
    .await?;
    let ascii: String = meta
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(meta.name.as_bytes()).collect();
    let disposition = format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        encoded.replace('+', "%20")
    );
    let mut response = Response::new(Body::from(content));
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&meta.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    Ok(response)
}

/// Removes a document.
pub(super) async fn delete_document(ctx: Ctx, Path(doc): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let Some(meta) = state.store().documents_meta(doc).await? else {
        return Err(WebError::NotFound);
    };
    case_owned(&state, &operator, meta.case_id, perm::DESK_CASE_WRITE).await?;
    let done = trail(
        &operator,
        &headers,
        "desk.case.document.delete",
        ("case", meta.case_id),
        None,
    );
    state.store().delete_document(doc, &done).await?;
    Ok(back(meta.case_id, "saved=1", "documents"))
}
