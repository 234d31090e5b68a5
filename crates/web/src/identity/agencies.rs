//! Administration of the network's agencies: list, add (ISTAT territory codes
//! validated), deactivate and reactivate.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{AgencyKind, Email, Target, TerritoryCode, perm};
use crocevia_store::identity::access::NewAgency;
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use uuid::Uuid;

use super::admin::Field;
use super::{AppChrome, Operator, app_chrome, app_lang, authorize, request_id};
use crate::AppState;
use crate::error::{WebError, WebResult, render_form};
use crate::i18n::Tr;
use crate::security::CsrfToken;

/// One agency in the list.
struct AgencyRow {
    id: Uuid,
    name: String,
    kind: String,
    territory: String,
    active: bool,
}

#[derive(Template)]
#[template(path = "admin_agencies.html")]
struct AgenciesPage {
    app: AppChrome,
    notice: Option<String>,
    agencies: Vec<AgencyRow>,
    fields: Vec<Field>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct AgencyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    province: String,
    #[serde(default)]
    municipality: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct Notice {
    created: Option<String>,
    updated: Option<String>,
}

async fn render(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    form: &AgencyForm,
    errors: &BTreeMap<&'static str, String>,
    notice: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let agencies = state
        .store()
        .agencies()
        .await?
        .into_iter()
        .map(|a| AgencyRow {
            id: a.id,
            kind: tr.t(&format!("kind-{}", a.kind.as_str())),
            territory: a.territory.to_string(),
            active: a.active,
            name: a.name,
        })
        .collect();
    let kinds = AgencyKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), tr.t(&format!("kind-{}", k.as_str()))))
        .collect();
    let field = |name, value: &str, options| {
        Field::new(
            name,
            tr.t(&format!("agency-{name}")),
            value,
            options,
            errors,
        )
    };
    let fields = vec![
        field("name", &form.name, Vec::new()),
        field("kind", &form.kind, kinds),
        field("region", &form.region, Vec::new()),
        field("province", &form.province, Vec::new()),
        field("municipality", &form.municipality, Vec::new()),
        field("email", &form.email, Vec::new()),
        field("phone", &form.phone, Vec::new()),
    ];
    let app = app_chrome(
        state,
        lang,
        "admin-agencies-title",
        Some(&operator.user),
        csrf,
    )
    .await?;
    Ok(render_form(
        &AgenciesPage {
            app,
            notice,
            agencies,
            fields,
        },
        !errors.is_empty(),
    ))
}

/// The agencies list and the form to add one.
pub(super) async fn agencies(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(notice): Query<Notice>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Network).await?;
    let tr = Tr(app_lang(&headers, Some(&operator.user)));
    let notice = notice
        .created
        .map(|_| tr.t("agency-created"))
        .or(notice.updated.map(|_| tr.t("agency-updated")));
    render(
        &state,
        &operator,
        &headers,
        &csrf,
        &AgencyForm::default(),
        &BTreeMap::new(),
        notice,
    )
    .await
}

fn optional(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// Adds an agency: every field validated on its own, nothing written on error.
pub(super) async fn create(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    Form(form): Form<AgencyForm>,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Network).await?;
    let tr = Tr(app_lang(&headers, Some(&operator.user)));
    let mut errors = BTreeMap::new();
    let name = form.name.trim();
    if name.is_empty() {
        errors.insert("name", tr.t("invite-name-missing"));
    }
    let kind = AgencyKind::parse(&form.kind);
    if kind.is_none() {
        errors.insert("kind", tr.t("invite-choice-missing"));
    }
    let territory = TerritoryCode::from_parts(
        form.region.trim(),
        optional(&form.province),
        optional(&form.municipality),
    );
    if territory.is_err() {
        errors.insert("region", tr.t("agency-territory-invalid"));
    }
    let email = optional(&form.email).map(Email::parse).transpose();
    if email.is_err() {
        errors.insert("email", tr.t("login-email-invalid"));
    }
    let phone = optional(&form.phone);
    let phone_ok = phone.is_none_or(|p| {
        let digits = p.chars().filter(char::is_ascii_digit).count();
        (6..=15).contains(&digits)
            && p.chars()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (i == 0 && c == '+'))
    });
    if !phone_ok {
        errors.insert("phone", tr.t("agency-phone-invalid"));
    }
    let (Some(kind), Ok(territory), Ok(email), true) = (kind, territory, email, errors.is_empty())
    else {
        return render(&state, &operator, &headers, &csrf, &form, &errors, None).await;
    };
    let agency = state
        .store()
        .create_agency(&NewAgency {
            name: name.to_owned(),
            kind,
            territory,
            email: email.map(|e| e.to_string()),
            phone: phone.map(str::to_owned),
        })
        .await?;
    state
        .store()
        .audit(
            &AuditEvent::new(
                "identity.agency.create",
                "agency",
                Some(agency.id.to_string()),
            )
            .by(operator.user.id)
            .request(request_id(&headers)),
        )
        .await?;
    Ok(Redirect::to("/app/admin/agencies?created=1").into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct ActiveForm {
    active: bool,
}

/// Deactivates or reactivates an agency.
pub(super) async fn set_active(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    Form(form): Form<ActiveForm>,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Network).await?;
    if !state.store().set_agency_active(id, form.active).await? {
        return Err(WebError::NotFound);
    }
    let action = if form.active {
        "identity.agency.activate"
    } else {
        "identity.agency.deactivate"
    };
    state
        .store()
        .audit(
            &AuditEvent::new(action, "agency", Some(id.to_string()))
                .by(operator.user.id)
                .request(request_id(&headers)),
        )
        .await?;
    Ok(Redirect::to("/app/admin/agencies?updated=1").into_response())
}
