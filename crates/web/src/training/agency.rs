//! What an agency's coordinator (`training.enrol`) does for their
//! operators: enrols one in an edition (the same waiting list and window as
//! anyone's own request), and sees the agency's training record (each
//! operator's enrolments, certificates and certified hours). Both reach
//! only the operators of the agencies the coordinator's grants cover.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::response::Response;
use chrono::Utc;
use crocevia_domain::identity::perm;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::enrolments::Enrolled;
use uuid::Uuid;

use super::hours_text;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::form::{Choice, Posted};
use crate::guard::{allowed_agencies, authorize, authorize_any, owned_by};
use crate::identity::AppChrome;

/// The operators the coordinator may enrol, with their agency, by name.
pub(super) async fn enrollable(ctx: &Ctx) -> WebResult<Vec<Choice>> {
    let mut out: Vec<Choice> = Vec::new();
    for agency in allowed_agencies(&ctx.state, &ctx.operator, perm::TRAINING_ENROL).await? {
        for user in ctx.state.store().agency_users(agency.id).await? {
            let value = user.id.to_string();
            if !out.iter().any(|c| c.value == value) {
                out.push(Choice::new(
                    value,
                    format!("{} — {}", user.display_name, agency.name),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(out)
}

/// The guard of acting for `user`: `training.enrol` on one of the agencies
/// they work for (404 for someone the coordinator cannot see).
async fn may_act_for(ctx: &Ctx, user: Uuid) -> WebResult<()> {
    let targets: Vec<_> = ctx
        .state
        .store()
        .grants_of(user)
        .await?
        .iter()
        .map(|g| owned_by(&g.agency))
        .collect();
    if targets.is_empty() {
        return Err(WebError::NotFound);
    }
    authorize_any(&ctx.state, &ctx.operator, perm::TRAINING_ENROL, &targets).await
}

/// `POST /app/training/editions/{id}/enrol-for`: enrols one of the
/// coordinator's operators; they are told, as when they enrol themselves.
pub(super) async fn enrol_for(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let form = Posted::parse(&body);
    let tr = ctx.tr;
    let Ok(user) = form.get("user").parse::<Uuid>() else {
        let why = tr.t("training-enrol-for-choose");
        return super::editions::render(&ctx, id, Some((false, why)), &form).await;
    };
    may_act_for(&ctx, user).await?;
    let me = ctx.operator.user.id;
    let outcome = ctx
        .state
        .store()
        .enrol((id, user), me, Utc::now(), |outcome| {
            let trail = ctx.trail(
                AuditEvent::new(
                    "training.enrol.for",
                    "training_edition",
                    Some(id.to_string()),
                )
                .purpose(user.to_string()),
            );
            match outcome {
                Enrolled::Seat => {
                    trail.notify([user], "training.enrolled", ("training_edition", id))
                }
                Enrolled::Waiting(_) => {
                    trail.notify([user], "training.waiting", ("training_edition", id))
                }
                Enrolled::Refused(_) => trail,
            }
        })
        .await;
    let notice = match outcome {
        Ok(Enrolled::Seat) => (true, tr.t("training-enrol-for-seat")),
        Ok(Enrolled::Waiting(n)) => (
            true,
            tr.t1("training-enrol-for-waiting", "place", &n.to_string()),
        ),
        Ok(Enrolled::Refused(why)) => {
            (false, tr.t(&format!("training-enrol-for-{}", why.as_str())))
        }
        Err(StoreError::NotFound(_)) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    ctx.state.mail_queued();
    super::editions::render(&ctx, id, Some(notice), &Posted::default()).await
}

/// One operator in the agency's record.
struct RecordRow {
    name: String,
    agency: String,
    enrolments: u64,
    certificates: u64,
    hours: String,
}

#[derive(Template)]
#[template(path = "app_training_agency.html")]
struct AgencyPage {
    app: AppChrome,
    rows: Vec<RecordRow>,
}

/// `GET /app/training/agency`: the training record of the coordinator's
/// operators.
pub(super) async fn record(ctx: Ctx) -> WebResult<Response> {
    authorize(
        &ctx.state,
        &ctx.operator,
        perm::TRAINING_ENROL,
        &crocevia_domain::identity::Target::Listing,
    )
    .await?;
    let store = ctx.state.store();
    let mut people: Vec<(Uuid, String, String)> = Vec::new();
    for agency in allowed_agencies(&ctx.state, &ctx.operator, perm::TRAINING_ENROL).await? {
        for user in store.agency_users(agency.id).await? {
            if !people.iter().any(|(id, _, _)| *id == user.id) {
                people.push((user.id, user.display_name, agency.name.clone()));
            }
        }
    }
    people.sort_by(|a, b| a.1.cmp(&b.1));
    let ids: Vec<Uuid> = people.iter().map(|p| p.0).collect();
    let records = store.training_records(&ids).await?;
    let rows = people
        .into_iter()
        .map(|(id, name, agency)| {
            let (enrolments, certificates, half_hours) =
                records.get(&id).copied().unwrap_or_default();
            RecordRow {
                name,
                agency,
                enrolments,
                certificates,
                hours: hours_text(u32::try_from(half_hours).unwrap_or(u32::MAX), ctx.lang),
            }
        })
        .collect();
    Ok(render_html(&AgencyPage {
        app: ctx.chrome("training-agency-title").await?,
        rows,
    }))
}
