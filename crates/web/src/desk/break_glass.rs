//! Break-glass (`/app/desk/emergency`): in an emergency, an operator holding
//! `desk.break_glass` opens the record of a person outside their scope by an
//! exact identifier (tax code, STP/ENI code, permit number) and a reason.
//! The access is read-only, lasts the configured minutes, is flagged in the
//! audit log (`desk.break_glass.*`) and the owning agency's coordinators are
//! told.

use std::collections::BTreeMap;

use askama::Template;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::desk::access::{needs_break_glass, reviews_break_glass};
use crocevia_domain::identity::{Profession, Target, perm};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use uuid::Uuid;

use super::{cipher, people::parse_query};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::Field;
use crate::guard::staff;
use crate::i18n::Tr;
use crate::identity::{
    AppChrome, Operator, app_chrome, app_lang, audit_by, authorize, owned_by, subject,
};
use crate::security::CsrfToken;

#[derive(Template)]
#[template(path = "app_desk_break_glass_request.html")]
struct RequestPage {
    app: AppChrome,
    minutes: i64,
    fields: Vec<Field>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct EmergencyForm {
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    reason: String,
}

async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    form: &EmergencyForm,
    errors: &BTreeMap<&str, String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(state, lang, "emergency-title", Some(&operator.user), csrf).await?;
    let page = RequestPage {
        app,
        minutes: state.settings().break_glass_minutes,
        fields: vec![
            Field::new(
                "identifier",
                tr.t("emergency-field-identifier"),
                &form.identifier,
                Vec::new(),
                errors,
            ),
            Field::new(
                "reason",
                tr.t("emergency-field-reason"),
                &form.reason,
                Vec::new(),
                errors,
            )
            .multiline(),
        ],
    };
    Ok(render_form(&page, !errors.is_empty()))
}

/// The break-glass form.
pub(super) async fn form(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DESK_BREAK_GLASS, &Target::Listing).await?;
    render(
        &state,
        &operator,
        (&headers, &csrf),
        &EmergencyForm::default(),
        &BTreeMap::new(),
    )
    .await
}

/// Opens the record by identifier: directly when it is in the operator's
/// scope, through a time-limited, audited break-glass access otherwise.
pub(super) async fn open(
    ctx: Ctx,
    axum::Form(form): axum::Form<EmergencyForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DESK_BREAK_GLASS, &Target::Listing).await?;
    let tr = Tr(lang);
    let reason: String = form.reason.trim().chars().take(1000).collect();
    let identifier = parse_query(&form.identifier).identifiers.into_iter().next();
    let mut errors = BTreeMap::new();
    if identifier.is_none() {
        errors.insert("identifier", tr.t("emergency-error-identifier"));
    }
    if reason.chars().count() < 10 {
        errors.insert("reason", tr.t("emergency-error-reason"));
    }
    let found = match &identifier {
        Some(value) if errors.is_empty() => {
            state
                .store()
                .people_by_identifier(value, &super::cipher(&state))
                .await?
        }
        _ => Vec::new(),
    };
    let mut search = AuditEvent::new("desk.break_glass.search", "person", None);
    search.purpose = Some(format!("{} found", found.len()));
    if errors.is_empty() {
        audit_by(&state, &operator, &headers, search).await?;
    }
    let Some(&(person, agency_id)) = found.first().filter(|_| found.len() == 1) else {
        if errors.is_empty() {
            errors.insert("identifier", tr.t("emergency-error-not-found"));
        }
        return render(&state, &operator, (&headers, &csrf), &form, &errors).await;
    };
    let Some(agency) = state.store().agency(agency_id).await? else {
        errors.insert("identifier", tr.t("emergency-error-not-found"));
        return render(&state, &operator, (&headers, &csrf), &form, &errors).await;
    };
    let subject = subject(&state, &operator).await?;
    if !needs_break_glass(subject, &owned_by(&agency)) {
        return Ok(Redirect::to(&format!("/app/desk/people/{person}")).into_response());
    }
    let ends = Utc::now() + chrono::Duration::minutes(state.settings().break_glass_minutes);
    let mut told = staff(
        &state,
        agency.id,
        perm::DESK_CASE_READ,
        Some(Profession::Coordinator),
    )
    .await?;
    if told.is_empty() {
        // No coordinator: those who audit the agency.
        told = staff(&state, agency.id, perm::AUDIT_READ, None).await?;
    }
    let glass = state
        .store()
        .open_break_glass(
            (operator.user.id, person, agency.id),
            &reason,
            ends,
            &cipher(&state),
            |glass| {
                super::trail(
                    &operator,
                    &headers,
                    "desk.break_glass.open",
                    ("person", person),
                    Some(format!("break-glass {glass} until {}", ends.to_rfc3339())),
                )
                .notify(told, "break-glass.opened", ("break-glass", glass))
            },
        )
        .await?;
    state.mail_queued();
    tracing::warn!(glass = %glass, agency = %agency.id, "break-glass access opened");
    Ok(Redirect::to(&format!("/app/desk/people/{person}")).into_response())
}

#[derive(Template)]
#[template(path = "app_desk_break_glass_review.html")]
struct ReviewPage {
    app: AppChrome,
    operator: String,
    operator_agency: String,
    agency: String,
    person_id: Uuid,
    started: String,
    ends: String,
    reason: String,
    open: bool,
}

/// `GET /app/desk/break-glass/{id}`: one emergency access as its reviewers
/// see it (who, when, until when, why, which record): the coordinators and
/// auditors of the record's agency, who are told about it.
pub(super) async fn review(
    ctx: Ctx,
    axum::extract::Path(id): axum::extract::Path<Uuid>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let glass = state
        .store()
        .break_glass(id, &cipher(&state))
        .await?
        .ok_or(crate::error::WebError::NotFound)?;
    let agency = state
        .store()
        .agency(glass.agency_id)
        .await?
        .ok_or(crate::error::WebError::NotFound)?;
    let subject = subject(&state, &operator).await?;
    let target = owned_by(&agency);
    if !reviews_break_glass(subject, operator.user.profession, &target) {
        return Err(crate::error::WebError::NotFound);
    }
    audit_by(
        &state,
        &operator,
        &headers,
        AuditEvent::new(
            "desk.break_glass.review",
            "break-glass",
            Some(id.to_string()),
        ),
    )
    .await?;
    let who = state.store().user(glass.user_id).await?;
    let operator_agency = state
        .store()
        .grants_of(glass.user_id)
        .await?
        .first()
        .map(|g| g.agency.name.clone())
        .unwrap_or_default();
    let app = app_chrome(
        &state,
        lang,
        "emergency-review-title",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    Ok(crate::error::render_html(&ReviewPage {
        app,
        operator: who.map(|u| u.display_name).unwrap_or_default(),
        operator_agency,
        agency: agency.name,
        person_id: glass.person_id,
        started: super::local_time(glass.started_at),
        ends: super::local_time(glass.ends_at),
        open: glass.ends_at > Utc::now(),
        reason: glass.reason,
    }))
}
