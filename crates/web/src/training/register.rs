//! The trainer's register of a session (`/app/training/sessions/{id}`,
//! `training.manage`), made for a phone: one row per participant with
//! present / late (with the minutes) / excused / absent, saved together and
//! audited as a correction of what check-ins recorded; and the completion
//! marks of an edition, which issue the certificates of those who meet the
//! course's conditions.

use std::collections::HashMap;

use crate::guard::authorize;
use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::training::Attendance;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::Session;
use crocevia_store::training::attendance::Mark;
use uuid::Uuid;

use super::editions::{SessionLine, session_lines};
use super::{Saved, require_runner};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::{Choice, Posted};
use crate::identity::AppChrome;

/// The session, for who runs it (see [`require_runner`]).
pub(super) async fn runner_session(ctx: &Ctx, id: Uuid) -> WebResult<Session> {
    authorize(
        &ctx.state,
        &ctx.operator,
        perm::TRAINING_MANAGE,
        &Target::Listing,
    )
    .await?;
    let session = ctx
        .state
        .store()
        .training_session(id)
        .await?
        .ok_or(WebError::NotFound)?;
    super::runs(ctx, session.edition).await?;
    Ok(session)
}

/// One participant's line of the register.
struct RegisterRow {
    user: Uuid,
    name: String,
    /// The mark's code, empty when none yet.
    mark: String,
    minutes: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "app_training_register.html")]
struct RegisterPage {
    app: AppChrome,
    id: Uuid,
    edition: Uuid,
    session: SessionLine,
    marks: Vec<Choice>,
    rows: Vec<RegisterRow>,
    saved: bool,
    error: bool,
}

async fn render(ctx: &Ctx, id: Uuid, typed: Option<&Posted>, saved: bool) -> WebResult<Response> {
    let session = runner_session(ctx, id).await?;
    let store = ctx.state.store();
    let enrolled: Vec<Uuid> = store
        .enrolments_of(session.edition)
        .await?
        .into_iter()
        .filter(|e| e.status == EnrolmentStatus::Enrolled)
        .map(|e| e.user)
        .collect();
    let names = store.display_names(&enrolled).await?;
    let stored: HashMap<Uuid, Mark> = store.attendance_of(id).await?.into_iter().collect();
    let mut rows: Vec<RegisterRow> = enrolled
        .iter()
        .map(|u| {
            let key = u.to_string();
            let (mark, minutes) = match typed {
                Some(form) => (
                    form.get(&format!("mark-{key}")).to_owned(),
                    form.get(&format!("minutes-{key}")).to_owned(),
                ),
                None => stored.get(u).map_or_else(Default::default, |m| {
                    (
                        m.attendance.as_str().to_owned(),
                        m.minutes.map(|m| m.to_string()).unwrap_or_default(),
                    )
                }),
            };
            RegisterRow {
                user: *u,
                name: names.get(u).cloned().unwrap_or_default(),
                mark,
                minutes,
                error: typed.and_then(|f| f.errors.get(&key).cloned()),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    let tr = ctx.tr;
    let marks = Attendance::ALL
        .iter()
        .map(|a| {
            Choice::new(
                a.as_str(),
                tr.t(&format!("training-attendance-{}", a.as_str())),
            )
        })
        .collect();
    let line = session_lines(ctx, std::slice::from_ref(&session))
        .await?
        .pop()
        .ok_or(WebError::NotFound)?;
    let error = typed.is_some_and(|f| !f.is_valid());
    Ok(render_form(
        &RegisterPage {
            app: ctx.chrome("training-register-title").await?,
            id,
            edition: session.edition,
            session: line,
            marks,
            rows,
            saved,
            error,
        },
        error,
    ))
}

/// The register of a session.
pub(super) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> WebResult<Response> {
    render(&ctx, id, None, q.saved.is_some()).await
}

/// Saves the register: every row marked, or none (a late arrival needs the
/// minutes attended, within the session's length).
pub(super) async fn save(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let session = runner_session(&ctx, id).await?;
    let store = ctx.state.store();
    let mut form = Posted::parse(&body);
    let tr = ctx.tr;
    let mut marks = Vec::new();
    let typed: Vec<(String, String, String)> = form
        .pairs()
        .filter_map(|(k, v)| {
            k.strip_prefix("mark-")
                .map(|u| (u.to_owned(), v.to_owned()))
        })
        .map(|(u, v)| {
            let minutes = form.get(&format!("minutes-{u}")).to_owned();
            (u, v, minutes)
        })
        .collect();
    for (user, mark, minutes) in typed {
        let Ok(uid) = user.parse::<Uuid>() else {
            continue;
        };
        if mark.is_empty() {
            continue;
        }
        let Some(attendance) = Attendance::parse(&mark) else {
            form.refuse(&user, tr.t("training-error-mark"));
            continue;
        };
        let minutes = match attendance {
            Attendance::Late => match minutes.parse::<u32>() {
                Ok(m) if m >= 1 && m <= session.input.minutes => Some(m),
                _ => {
                    form.refuse(
                        &user,
                        tr.t1(
                            "training-error-minutes",
                            "minutes",
                            &session.input.minutes.to_string(),
                        ),
                    );
                    continue;
                }
            },
            _ => None,
        };
        marks.push((
            uid,
            Mark {
                attendance,
                minutes,
            },
        ));
    }
    if !form.is_valid() {
        return render(&ctx, id, Some(&form), false).await;
    }
    let trail = ctx.trail(AuditEvent::new(
        "training.register",
        "training_session",
        Some(id.to_string()),
    ));
    match store
        .register_attendance(id, &marks, ctx.operator.user.id, &trail)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/app/training/sessions/{id}?saved=1")).into_response()),
        // Someone cancelled while the register was open.
        Err(StoreError::Invalid(_)) => render(&ctx, id, None, false).await,
        Err(e) => Err(e.into()),
    }
}

/// Saves the completion marks of an edition's participants and issues the
/// certificates of those who now meet the conditions.
pub(super) async fn complete(
    ctx: Ctx,
    Path(edition): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_runner(&ctx, edition).await?;
    let store = ctx.state.store();
    let form = Posted::parse(&body);
    let enrolments = store.enrolments_of(edition).await?;
    let enrolled: Vec<_> = enrolments
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Enrolled)
        .collect();
    let ids: Vec<Uuid> = enrolled.iter().map(|e| e.user).collect();
    let names = store.display_names(&ids).await?;
    for e in &enrolled {
        let marked = form.has_value("marked", &e.user.to_string());
        if marked != e.marked {
            let trail = ctx.trail(AuditEvent::new(
                if marked {
                    "training.completion.mark"
                } else {
                    "training.completion.unmark"
                },
                "training_edition",
                Some(edition.to_string()),
            ));
            store
                .mark_completed((edition, e.user), marked, &trail)
                .await?;
        }
        let holder = names.get(&e.user).cloned().unwrap_or_default();
        store
            .issue_certificate((edition, e.user), &holder, |c| {
                ctx.trail(AuditEvent::new(
                    "training.certificate.issue",
                    "training_certificate",
                    Some(c.id.to_string()),
                ))
                .notify(
                    [e.user],
                    "training.certified",
                    ("training_edition", edition),
                )
            })
            .await?;
    }
    ctx.state.mail_queued();
    Ok(Redirect::to(&format!("/app/training/editions/{edition}#participants")).into_response())
}
