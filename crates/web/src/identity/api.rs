//! The identity part of the JSON API: who am I, and the operators and agencies
//! an administrator may manage. Same session, same guard and same scoping as
//! the pages; refusals are application/problem+json.

use axum::Json;
use axum::extract::Path;
use crocevia_domain::identity::{Scope, Target, allows_any, perm};
use crocevia_store::identity::access::{Agency, GrantView};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{authorize, authorize_any, owned_by, subject, user_targets};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};

/// An agency of the network.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgencyJson {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Kind (`comune`, `asl`, `cpi`, …).
    pub kind: String,
    /// ISTAT code of the territory served (`01`, `01/001`, `01/001272`).
    pub territory: String,
    /// The territory's name.
    pub territory_name: String,
    /// Whether it takes part in the network.
    pub active: bool,
}

impl From<&Agency> for AgencyJson {
    fn from(a: &Agency) -> Self {
        AgencyJson {
            id: a.id,
            name: a.name.clone(),
            kind: a.kind.as_str().to_owned(),
            territory: a.territory.to_string(),
            territory_name: crocevia_domain::territories::territories().label(&a.territory),
            active: a.active,
        }
    }
}

/// A role held for an agency within a scope.
#[derive(Debug, Serialize, ToSchema)]
pub struct GrantJson {
    /// Id.
    pub id: Uuid,
    /// Role name.
    pub role: String,
    /// The agency acted for.
    pub agency: AgencyJson,
    /// `agency`, `network`, or the ISTAT code of a territory.
    pub scope: String,
}

impl From<&GrantView> for GrantJson {
    fn from(g: &GrantView) -> Self {
        GrantJson {
            id: g.id,
            role: g.role.clone(),
            agency: AgencyJson::from(&g.agency),
            scope: match &g.scope {
                Scope::OwnAgency => "agency".to_owned(),
                Scope::Network => "network".to_owned(),
                Scope::Territory(t) => t.to_string(),
            },
        }
    }
}

/// An operator.
#[derive(Debug, Serialize, ToSchema)]
pub struct OperatorJson {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Profession.
    pub profession: String,
    /// Interface language.
    pub ui_lang: String,
    /// Whether they have a password (else: invited).
    pub active: bool,
    /// Whether they enrolled a second factor.
    pub second_factor: bool,
    /// Their grants.
    pub grants: Vec<GrantJson>,
}

async fn operator_json(state: &AppState, id: Uuid) -> WebResult<OperatorJson> {
    let user = state.store().user(id).await?.ok_or(WebError::NotFound)?;
    let grants = state.store().grants_of(id).await?;
    Ok(OperatorJson {
        id: user.id,
        name: user.display_name,
        email: user.email.to_string(),
        profession: user.profession.as_str().to_owned(),
        ui_lang: user.ui_lang.as_str().to_owned(),
        active: user.password_hash.is_some(),
        second_factor: user.totp_enrolled,
        grants: grants.iter().map(GrantJson::from).collect(),
    })
}

/// The operator of this session.
#[utoipa::path(get, path = "/api/v1/me", tag = "identity",
    responses(
        (status = 200, description = "The operator signed in", body = OperatorJson),
        (status = 401, description = "No session", body = crate::error::Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn me(ctx: Ctx) -> WebResult<Json<OperatorJson>> {
    let Ctx {
        state, operator, ..
    } = ctx;
    Ok(Json(operator_json(&state, operator.user.id).await?))
}

/// The operators this administrator may manage.
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "identity",
    responses(
        (status = 200, description = "Operators of the agencies in scope", body = Vec<OperatorJson>),
        (status = 401, description = "No session", body = crate::error::Problem,
         content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = crate::error::Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn users(ctx: Ctx) -> WebResult<Json<Vec<OperatorJson>>> {
    let Ctx {
        state, operator, ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    let subject = subject(&state, &operator).await?;
    let by_user = super::approvals::agencies_by_user(&state).await?;
    let mut out = Vec::new();
    for user in state.store().users().await? {
        let targets: Vec<Target> = by_user
            .get(&user.id)
            .map(|agencies| agencies.iter().map(owned_by).collect())
            .unwrap_or_else(|| vec![Target::Network]);
        if allows_any(subject, perm::ADMIN_USERS, &targets) {
            out.push(operator_json(&state, user.id).await?);
        }
    }
    Ok(Json(out))
}

/// One operator, when this administrator may manage them.
#[utoipa::path(get, path = "/api/v1/admin/users/{id}", tag = "identity",
    params(("id" = Uuid, Path, description = "Operator id")),
    responses(
        (status = 200, description = "The operator", body = OperatorJson),
        (status = 403, description = "Outside the administrator's scope", body = crate::error::Problem,
         content_type = "application/problem+json"),
        (status = 404, description = "No such operator", body = crate::error::Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn user(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Json<OperatorJson>> {
    let Ctx {
        state, operator, ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    state.store().user(id).await?.ok_or(WebError::NotFound)?;
    let targets = user_targets(&state, id).await?;
    authorize_any(&state, &operator, perm::ADMIN_USERS, &targets).await?;
    Ok(Json(operator_json(&state, id).await?))
}

/// The agencies this administrator may manage.
#[utoipa::path(get, path = "/api/v1/admin/agencies", tag = "identity",
    responses(
        (status = 200, description = "Agencies in scope", body = Vec<AgencyJson>),
        (status = 403, description = "Not an administrator", body = crate::error::Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn agencies(ctx: Ctx) -> WebResult<Json<Vec<AgencyJson>>> {
    let Ctx {
        state, operator, ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Listing).await?;
    Ok(Json(
        crate::guard::allowed_agencies(&state, &operator, perm::ADMIN_AGENCIES)
            .await?
            .iter()
            .map(AgencyJson::from)
            .collect(),
    ))
}

/// One agency, when this administrator may manage it.
#[utoipa::path(get, path = "/api/v1/admin/agencies/{id}", tag = "identity",
    params(("id" = Uuid, Path, description = "Agency id")),
    responses(
        (status = 200, description = "The agency", body = AgencyJson),
        (status = 403, description = "Outside the administrator's scope", body = crate::error::Problem,
         content_type = "application/problem+json"),
        (status = 404, description = "No such agency", body = crate::error::Problem,
         content_type = "application/problem+json"),
    ))]
pub async fn agency(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Json<AgencyJson>> {
    let Ctx {
        state, operator, ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &Target::Listing).await?;
    let agency = state.store().agency(id).await?.ok_or(WebError::NotFound)?;
    authorize(&state, &operator, perm::ADMIN_AGENCIES, &owned_by(&agency)).await?;
    Ok(Json(AgencyJson::from(&agency)))
}
