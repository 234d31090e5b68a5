//! Administration of the network's agencies: list, add and edit (territory
//! checked against the official ISTAT list), deactivate and reactivate.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{AgencyKind, Email, Target, TerritoryCode, allows, perm};
use crocevia_domain::territories::territories;
use crocevia_store::act::Trail;
use crocevia_store::identity::access::{Agency, NewAgency};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use uuid::Uuid;

use super::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Choice;
use crate::form::Field;
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
    /// Adding agencies (and deactivating them) is for network-wide administrators.
    network_wide: bool,
}

#[derive(Template)]
#[template(path = "admin_agency.html")]
struct AgencyPage {
    app: AppChrome,
    id: Uuid,
    name: String,
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

impl AgencyForm {
    /// The form showing a stored agency.
    fn of(agency: &Agency) -> AgencyForm {
        let (region, province, municipality) = agency.territory.parts();
        AgencyForm {
            name: agency.name.clone(),
            kind: agency.kind.as_str().to_owned(),
            region: region.to_owned(),
            province: province.unwrap_or_default().to_owned(),
            municipality: municipality
                .and_then(|m| territories().municipality(m))
                .map_or_else(
                    || municipality.unwrap_or_default().to_owned(),
                    |m| m.name.clone(),
                ),
            email: agency.email.clone().unwrap_or_default(),
            phone: agency.phone.clone().unwrap_or_default(),
        }
    }

    /// Every field checked on its own: the agency to write, or one message per
    /// wrong field.
    fn validate(&self, tr: Tr) -> Result<NewAgency, BTreeMap<&'static str, String>> {
        let mut errors = BTreeMap::new();
        let list = territories();
        let name = self.name.trim();
        if name.is_empty() {
            errors.insert("name", tr.t("invite-name-missing"));
        }
        let kind = AgencyKind::parse(&self.kind);
        if kind.is_none() {
            errors.insert("kind", tr.t("invite-choice-missing"));
        }
        let region = list.region(self.region.trim());
        if region.is_none() {
            errors.insert("region", tr.t("invite-choice-missing"));
        }
        let province = optional(&self.province).map(|p| list.province(p));
        if let (Some(region), Some(province)) = (region, &province)
            && province.is_none_or(|p| p.region != region.code)
        {
            errors.insert("province", tr.t("agency-province-invalid"));
        }
        let municipality = optional(&self.municipality).map(|typed| {
            province
                .flatten()
                .and_then(|p| list.find_municipality(&p.code, typed))
        });
        if municipality.as_ref().is_some_and(Option::is_none) {
            errors.insert("municipality", tr.t("agency-municipality-invalid"));
        }
        let email = optional(&self.email).map(Email::parse).transpose();
        if email.is_err() {
            errors.insert("email", tr.t("login-email-invalid"));
        }
        let phone = optional(&self.phone);
        if !phone.is_none_or(crocevia_domain::directory::valid_phone) {
            errors.insert("phone", tr.t("agency-phone-invalid"));
        }
        let territory = region.and_then(|r| {
            TerritoryCode::from_parts(
                &r.code,
                province.flatten().map(|p| p.code.as_str()),
                municipality.flatten().map(|m| m.code.as_str()),
            )
            .ok()
        });
        match (kind, territory, email, errors.is_empty()) {
            (Some(kind), Some(territory), Ok(email), true) => Ok(NewAgency {
                name: name.to_owned(),
                kind,
                territory,
                email: email.map(|e| e.to_string()),
                phone: phone.map(str::to_owned),
            }),
            _ => Err(errors),
        }
    }

    /// The form's fields with their choices, values and errors.
    fn fields(&self, tr: Tr, errors: &BTreeMap<&'static str, String>) -> Vec<Field> {
        let list = territories();
        let kinds = AgencyKind::ALL
            .iter()
            .map(|k| Choice::new(k.as_str().to_owned(), tr.t(&format!("kind-{}", k.as_str()))))
            .collect();
        let regions = list
            .regions()
            .map(|r| Choice::new(r.code.clone(), r.name.clone()))
            .collect();
        let mut provinces: Vec<Choice> = list
            .provinces()
            .map(|p| Choice::new(p.code.clone(), format!("{} ({})", p.name, p.abbr)))
            .collect();
        provinces.sort_by(|a, b| a.label.cmp(&b.label));
        let field = |name, value: &str, options| {
            Field::new(
                name,
                tr.t(&format!("agency-{name}")),
                value,
                options,
                errors,
            )
        };
        vec![
            field("name", &self.name, Vec::new()),
            field("kind", &self.kind, kinds),
            field("region", &self.region, regions),
            field("province", &self.province, provinces),
            field("municipality", &self.municipality, Vec::new()),
            field("email", &self.email, Vec::new()),
            field("phone", &self.phone, Vec::new()),
        ]
    }
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
    let subject = super::subject(state, operator).await?;
    let agencies = crate::guard::allowed_agencies(state, operator, perm::ADMIN_AGENCIES)
        .await?
        .into_iter()
        .map(|a| AgencyRow {
            id: a.id,
            kind: tr.t(&format!("kind-{}", a.kind.as_str())),
            territory: territories().label(&a.territory),
            active: a.active,
            name: a.name,
        })
        .collect();
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
            fields: form.fields(tr, errors),
            network_wide: allows(subject, perm::ADMIN_AGENCIES, &Target::Network),
        },
        !errors.is_empty(),
    ))
}

/// The agencies list and the form to add one.
pub(super) async fn agencies(ctx: Ctx, Query(notice): Query<Notice>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Listing).await?;
    let tr = Tr(lang);
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
pub(super) async fn create(ctx: Ctx, Form(form): Form<AgencyForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Network).await?;
    let tr = Tr(lang);
    let new = match form.validate(tr) {
        Ok(new) => new,
        Err(errors) => {
            return render(&state, &operator, &headers, &csrf, &form, &errors, None).await;
        }
    };
    state
        .store()
        .create_agency(&new, |id| {
            Trail::new(acted(
                &operator,
                &headers,
                AuditEvent::new("identity.agency.create", "agency", Some(id.to_string())),
            ))
        })
        .await?;
    Ok(Redirect::to("/app/admin/agencies?created=1").into_response())
}

async fn render_agency(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    agency: &Agency,
    form: &AgencyForm,
    errors: &BTreeMap<&'static str, String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let app = app_chrome(state, lang, "agency-edit-title", Some(&operator.user), csrf).await?;
    Ok(render_form(
        &AgencyPage {
            app,
            id: agency.id,
            name: agency.name.clone(),
            fields: form.fields(Tr(lang), errors),
        },
        !errors.is_empty(),
    ))
}

/// One agency's page: its details in a form to change them.
pub(super) async fn page(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Listing).await?;
    let agency = state.store().agency(id).await?.ok_or(WebError::NotFound)?;
    authorize(
        &state,
        &operator,
        perm::ADMIN_AGENCIES,
        &super::owned_by(&agency),
    )
    .await?;
    let form = AgencyForm::of(&agency);
    let empty = BTreeMap::new();
    render_agency(&state, &operator, (&headers, &csrf), &agency, &form, &empty).await
}

/// Changes an agency's details, validated like a new one.
pub(super) async fn update(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(form): Form<AgencyForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Listing).await?;
    let agency = state.store().agency(id).await?.ok_or(WebError::NotFound)?;
    authorize(
        &state,
        &operator,
        perm::ADMIN_AGENCIES,
        &super::owned_by(&agency),
    )
    .await?;
    let tr = Tr(lang);
    let new = match form.validate(tr) {
        Ok(new) => new,
        Err(errors) => {
            let page = (&headers, &csrf);
            return render_agency(&state, &operator, page, &agency, &form, &errors).await;
        }
    };
    let done = Trail::new(acted(
        &operator,
        &headers,
        AuditEvent::new("identity.agency.update", "agency", Some(id.to_string())),
    ));
    if !state.store().update_agency(id, &new, &done).await? {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/app/admin/agencies?updated=1").into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct ActiveForm {
    active: bool,
}

/// Deactivates or reactivates an agency.
pub(super) async fn set_active(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(form): Form<ActiveForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Network).await?;
    let action = if form.active {
        "identity.agency.activate"
    } else {
        "identity.agency.deactivate"
    };
    let done = Trail::new(acted(
        &operator,
        &headers,
        AuditEvent::new(action, "agency", Some(id.to_string())),
    ));
    if !state
        .store()
        .set_agency_active(id, form.active, &done)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/app/admin/agencies?updated=1").into_response())
}
