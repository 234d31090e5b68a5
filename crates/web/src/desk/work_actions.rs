//! What an operator does on a case's page: the team, the plan and its
//! tasks, and the documents (upload, download, delete). A refused form comes
//! back as the case page with what was typed ([`super::cases::refuse`]); the
//! page's view of the work is [`super::work`].

use super::cases::refuse;
use super::{audit, case_in_scope, case_owned, cipher, trail};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Posted;
use crate::upload::Upload;
use axum::body::Body;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use crocevia_domain::desk::documents::{clean_name, sniff};
use crocevia_domain::desk::{TaskKind, TaskStatus};
use crocevia_domain::identity::perm;
use crocevia_store::desk::{Case, TaskInput};
use uuid::Uuid;

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
        return refuse(
            (&state, &operator),
            (&headers, &csrf),
            id,
            form,
            ("team", "choice"),
        )
        .await;
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
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                form,
                ("team", "choice"),
            )
            .await;
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

/// The task a posted plan form describes, or the code of why it is refused
/// (`choice`, `task-title`, `task-date`, `task-goal`).
async fn task_input(
    state: &AppState,
    case: &Case,
    form: &Posted,
) -> WebResult<Result<TaskInput, &'static str>> {
    let title: String = form.get("title").chars().take(400).collect();
    let Some(kind) = TaskKind::parse(form.get("kind")) else {
        return Ok(Err("choice"));
    };
    if title.is_empty() {
        return Ok(Err("task-title"));
    }
    let (Ok(due), Ok(remind_on)) = (
        optional_day(form.get("due")),
        optional_day(form.get("remind_on")),
    ) else {
        return Ok(Err("task-date"));
    };
    let goal_id = match (kind, form.get("goal").parse::<Uuid>()) {
        (TaskKind::Action, Ok(goal)) => match state.store().task(goal, &cipher(state)).await? {
            Some(g) if g.case_id == case.id && g.input.kind == TaskKind::Goal => Some(g.id),
            _ => return Ok(Err("choice")),
        },
        (TaskKind::Action, Err(_)) => return Ok(Err("task-goal")),
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
                None => return Ok(Err("choice")),
            }
        }
    };
    Ok(Ok(TaskInput {
        kind,
        goal_id,
        title,
        owner_id,
        due,
        remind_on,
    }))
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
    let input = match task_input(&state, &case, &form).await? {
        Ok(input) => input,
        Err(code) => {
            return refuse(
                (&state, &operator),
                (&headers, &csrf),
                id,
                form,
                ("plan", code),
            )
            .await;
        }
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
            ("plan", "choice"),
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
            ("documents", "doc-error-empty"),
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
                ("documents", code),
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
