//! One operator's page for administrators: their grants (role x agency x
//! scope), granting and revoking.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{Scope, Target, TerritoryCode, perm};
use crocevia_domain::territories::territories;
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::users::User;
use serde::Deserialize;
use uuid::Uuid;

use super::{AppChrome, Operator, app_chrome, app_lang, authorize, authorize_any, request_id};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Choice;
use crate::form::Field;
use crate::i18n::Tr;
use crate::security::CsrfToken;

/// One grant in the table.
struct GrantRow {
    id: Uuid,
    role: String,
    agency: String,
    scope: String,
}

/// One grant waiting for approval.
struct PendingRow {
    id: Uuid,
    role: String,
    agency: String,
    scope: String,
    /// Who asked for it (an administrator's name, shown to administrators).
    requested_by: String,
    /// Asked by the administrator looking at the page: they may withdraw it,
    /// not approve it.
    mine: bool,
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage {
    app: AppChrome,
    user_id: Uuid,
    name: String,
    email: String,
    /// Active, or the state of a pending invitation.
    status: String,
    invited: bool,
    notice: Option<String>,
    grants: Vec<GrantRow>,
    pending: Vec<PendingRow>,
    /// The administrator's own page: no grant form (nobody grants to themself).
    own: bool,
    fields: Vec<Field>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct GrantForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    agency: String,
    #[serde(default)]
    scope: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct Notice {
    added: Option<String>,
    removed: Option<String>,
    reinvited: Option<String>,
    requested: Option<String>,
    approved: Option<String>,
    rejected: Option<String>,
}

const SCOPES: [&str; 5] = ["agency", "municipality", "province", "region", "network"];

fn scope_label(tr: Tr, scope: &Scope) -> String {
    match scope {
        Scope::OwnAgency => tr.t("scope-agency"),
        Scope::Network => tr.t("scope-network"),
        Scope::Territory(t) => tr.t1("scope-territory", "territory", &territories().label(t)),
    }
}

async fn target_user(state: &AppState, id: Uuid) -> WebResult<User> {
    state.store().user(id).await?.ok_or(WebError::NotFound)
}

async fn render(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    user: &User,
    (form, errors): (&GrantForm, &BTreeMap<&'static str, String>),
    notice: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let store = state.store();
    let grants = store
        .grants_of(user.id)
        .await?
        .into_iter()
        .map(|g| GrantRow {
            id: g.id,
            role: super::roles::role_label(tr, &g.role),
            scope: scope_label(tr, &g.scope),
            agency: g.agency.name,
        })
        .collect();
    let mut pending = Vec::new();
    for p in store.pending_grants_of(user.id).await? {
        let requested_by = store
            .user(p.requested_by)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        pending.push(PendingRow {
            id: p.id,
            role: super::roles::role_label(tr, &p.role),
            scope: scope_label(tr, &p.scope),
            agency: p.agency.name,
            requested_by,
            mine: p.requested_by == operator.user.id,
        });
    }
    let roles = store
        .roles()
        .await?
        .into_iter()
        .map(|(id, name)| Choice::new(id.to_string(), super::roles::role_label(tr, &name)))
        .collect();
    let agencies = crate::guard::allowed_agencies(state, operator, perm::ADMIN_ROLES)
        .await?
        .into_iter()
        .filter(|a| a.active)
        .map(|a| Choice::new(a.id.to_string(), a.name))
        .collect();
    let scopes = SCOPES
        .iter()
        .map(|s| Choice::new((*s).to_owned(), tr.t(&format!("scope-{s}"))))
        .collect();
    let field = |name, value: &str, options| {
        Field::new(name, tr.t(&format!("grant-{name}")), value, options, errors)
    };
    let fields = vec![
        field("role", &form.role, roles),
        field("agency", &form.agency, agencies),
        field("scope", &form.scope, scopes),
    ];
    let app = app_chrome(state, lang, "user-grants-title", Some(&operator.user), csrf).await?;
    Ok(render_form(
        &UserPage {
            app,
            user_id: user.id,
            name: user.display_name.clone(),
            email: user.email.to_string(),
            status: super::admin::invitation_status(
                tr,
                user,
                store.pending_invitations().await?.get(&user.id).copied(),
            ),
            invited: user.password_hash.is_none() && user.active,
            notice,
            grants,
            pending,
            own: user.id == operator.user.id,
            fields,
        },
        !errors.is_empty(),
    ))
}

/// The operator's grants and the form to add one.
pub(super) async fn page(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(notice): Query<Notice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Listing).await?;
    let user = target_user(&state, id).await?;
    let targets = super::user_targets(&state, id).await?;
    authorize_any(&state, &operator, perm::ADMIN_ROLES, &targets).await?;
    let tr = Tr(lang);
    let notice = notice
        .added
        .map(|_| tr.t("grant-added"))
        .or(notice.removed.map(|_| tr.t("grant-removed")))
        .or(notice.reinvited.map(|_| tr.t("invite-resent")))
        .or(notice.requested.map(|_| tr.t("grant-requested")))
        .or(notice.approved.map(|_| tr.t("grant-approved")))
        .or(notice.rejected.map(|_| tr.t("grant-rejected")));
    let empty = (&GrantForm::default(), &BTreeMap::new());
    render(&state, &operator, &headers, &csrf, &user, empty, notice).await
}

/// Grants a role at an agency within a scope.
pub(super) async fn add(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(form): Form<GrantForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Listing).await?;
    let user = target_user(&state, id).await?;
    let tr = Tr(lang);
    let store = state.store();
    let mut errors = BTreeMap::new();
    let roles = store.roles().await?;
    let role = Uuid::parse_str(&form.role)
        .ok()
        .filter(|id| roles.iter().any(|(r, _)| r == id));
    if role.is_none() {
        errors.insert("role", tr.t("invite-choice-missing"));
    }
    let agency = match Uuid::parse_str(&form.agency) {
        Ok(id) => store.agency(id).await?.filter(|a| a.active),
        Err(_) => None,
    };
    if agency.is_none() {
        errors.insert("agency", tr.t("invite-choice-missing"));
    }
    if !SCOPES.contains(&form.scope.as_str()) {
        errors.insert("scope", tr.t("invite-choice-missing"));
    }
    let (Some(role), Some(agency), true) = (role, agency, errors.is_empty()) else {
        let form_state = (&form, &errors);
        return render(&state, &operator, &headers, &csrf, &user, form_state, None).await;
    };
    let (region, province, municipality) = agency.territory.parts();
    let territory = match form.scope.as_str() {
        "municipality" => municipality.map(|m| TerritoryCode::municipality(region, m)),
        "province" => province.map(|p| TerritoryCode::province(region, p)),
        "region" => Some(TerritoryCode::region(region)),
        _ => None,
    };
    let scope = match (form.scope.as_str(), territory) {
        ("network", _) => Scope::Network,
        ("agency", _) => Scope::OwnAgency,
        (_, Some(t)) => Scope::Territory(t.map_err(|e| WebError::Internal(e.into()))?),
        (_, None) => {
            // The agency serves a wider territory than the scope asked for.
            let errors = BTreeMap::from([("scope", tr.t("grant-scope-too-narrow"))]);
            let form_state = (&form, &errors);
            return render(&state, &operator, &headers, &csrf, &user, form_state, None).await;
        }
    };
    // The rule (domain::identity::grants): never to oneself, only to an
    // operator in the administrator's scope, over an agency (and, for a scope
    // wider than the agency, the network) they administer; what they do not
    // hold themselves waits for a second administrator.
    let permissions = store.role_permissions(role).await?.unwrap_or_default();
    let proposal = super::approvals::proposal(&state, user.id, &agency, permissions, scope).await?;
    let granted =
        super::approvals::authorize_grant(&state, &operator, perm::ADMIN_ROLES, &proposal).await?;
    let what = (user.id, role, agency.id, &proposal.scope);
    super::approvals::store_grant(&state, &operator, &headers, what, granted).await?;
    let notice = match granted {
        super::approvals::Granted::Effective => "added",
        super::approvals::Granted::Pending => "requested",
    };
    Ok(Redirect::to(&format!("/app/admin/users/{}?{notice}=1", user.id)).into_response())
}

/// Revokes one grant of the operator.
pub(super) async fn remove(ctx: Ctx, Path((id, grant)): Path<(Uuid, Uuid)>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Listing).await?;
    let held = state
        .store()
        .grants_of(id)
        .await?
        .into_iter()
        .find(|g| g.id == grant)
        .ok_or(WebError::NotFound)?;
    authorize(
        &state,
        &operator,
        perm::ADMIN_ROLES,
        &super::owned_by(&held.agency),
    )
    .await?;
    let done = Trail::new(
        AuditEvent::new("identity.grant.revoke", "user", Some(id.to_string()))
            .by(operator.user.id)
            .purpose(format!("grant {grant}"))
            .request(request_id(&headers)),
    );
    if !state.store().revoke_grant(id, grant, &done).await? {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/app/admin/users/{id}?removed=1")).into_response())
}
