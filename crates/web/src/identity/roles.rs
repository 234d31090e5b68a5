//! Roles for administrators: the built-in ones (their permissions follow the
//! code, shown read-only) and the roles a deployment adds, as named sets of
//! permissions from the catalogue.

use std::collections::BTreeSet;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::grants::may_extend_role;
use crocevia_domain::identity::{Permission, Target, builtin_roles, catalogue, perm};
use crocevia_store::identity::access::{RoleChange, RoleView};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use uuid::Uuid;

use super::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::i18n::Tr;
use crate::security::CsrfToken;
use crocevia_store::act::Trail;

/// A role's name as people read it: built-in roles are translated, the others
/// are shown as their administrators wrote them.
pub(super) fn role_label(tr: Tr, name: &str) -> String {
    if builtin_roles().iter().any(|(b, _)| *b == name) {
        tr.t(&format!("role-{name}"))
    } else {
        name.to_owned()
    }
}

/// The message id describing a permission (`desk.person.read` → `perm-desk-person-read`).
fn permission_label(tr: Tr, p: Permission) -> String {
    tr.t(&format!("perm-{}", p.as_str().replace(['.', '_'], "-")))
}

/// One role in the table.
struct RoleRow {
    id: Uuid,
    name: String,
    builtin: bool,
    permissions: Vec<String>,
    grants: u64,
}

/// One checkbox of the permission list.
struct PermissionBox {
    id: &'static str,
    label: String,
    personal_data: bool,
    checked: bool,
}

/// The role form: its values and errors.
#[derive(Default)]
struct RoleForm {
    name: String,
    permissions: BTreeSet<Permission>,
    name_error: Option<String>,
    permissions_error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin_roles.html")]
struct RolesPage {
    app: AppChrome,
    notice: Option<String>,
    roles: Vec<RoleRow>,
    /// The role being edited, or `None` on the list page (form to add one).
    editing: Option<Uuid>,
    /// An error about the whole role (deleting one still granted).
    role_error: Option<String>,
    name: String,
    name_error: Option<String>,
    permissions: Vec<PermissionBox>,
    permissions_error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Notice {
    created: Option<String>,
    updated: Option<String>,
    deleted: Option<String>,
}

const MAX_NAME: usize = 80;

impl RoleForm {
    /// Reads `name` and the repeated `permission` fields of a posted form and
    /// checks them; unknown permission ids are an error, not silently dropped.
    fn parse(body: &[u8], tr: Tr) -> RoleForm {
        let mut form = RoleForm::default();
        let mut unknown = false;
        for (key, value) in crate::form::Posted::parse(body).pairs() {
            match key {
                "name" => form.name = value.trim().to_owned(),
                "permission" => match Permission::parse(value) {
                    Some(p) => {
                        form.permissions.insert(p);
                    }
                    None => unknown = true,
                },
                _ => {}
            }
        }
        if form.name.is_empty() || form.name.chars().count() > MAX_NAME {
            form.name_error = Some(tr.t("role-name-invalid"));
        }
        if unknown || form.permissions.is_empty() {
            form.permissions_error = Some(tr.t("role-permissions-invalid"));
        }
        form
    }

    fn is_valid(&self) -> bool {
        self.name_error.is_none() && self.permissions_error.is_none()
    }
}

async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    editing: Option<Uuid>,
    form: RoleForm,
    (notice, role_error): (Option<String>, Option<String>),
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let roles = state
        .store()
        .role_views()
        .await?
        .into_iter()
        .map(|r: RoleView| RoleRow {
            id: r.id,
            name: role_label(tr, &r.name),
            builtin: r.builtin,
            permissions: r
                .permissions
                .iter()
                .map(|p| permission_label(tr, *p))
                .collect(),
            grants: r.grants,
        })
        .collect();
    let permissions = catalogue()
        .iter()
        .map(|d| PermissionBox {
            id: d.permission.as_str(),
            label: permission_label(tr, d.permission),
            personal_data: d.personal_data,
            checked: form.permissions.contains(&d.permission),
        })
        .collect();
    let title = if editing.is_some() {
        "role-edit-title"
    } else {
        "admin-roles-title"
    };
    let app = app_chrome(state, lang, title, Some(&operator.user), csrf).await?;
    let has_errors = !form.is_valid() || role_error.is_some();
    Ok(render_form(
        &RolesPage {
            app,
            notice,
            roles,
            editing,
            role_error,
            name: form.name,
            name_error: form.name_error,
            permissions,
            permissions_error: form.permissions_error,
        },
        has_errors,
    ))
}

/// The roles and the form to add one.
pub(super) async fn roles(ctx: Ctx, Query(notice): Query<Notice>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Network).await?;
    let tr = Tr(lang);
    let notice = notice
        .created
        .map(|_| tr.t("role-created"))
        .or(notice.updated.map(|_| tr.t("role-updated")))
        .or(notice.deleted.map(|_| tr.t("role-deleted")));
    let page = (&headers, &csrf);
    render(
        &state,
        &operator,
        page,
        None,
        RoleForm::default(),
        (notice, None),
    )
    .await
}

/// The trail of a change to role `id`.
fn trail(operator: &Operator, headers: &HeaderMap, action: &str, id: Uuid) -> Trail {
    Trail::new(acted(
        operator,
        headers,
        AuditEvent::new(action, "role", Some(id.to_string())),
    ))
}

/// Adds a role.
pub(super) async fn create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Network).await?;
    let tr = Tr(lang);
    let mut form = RoleForm::parse(&body, tr);
    if form.is_valid() {
        match state
            .store()
            .create_role(&form.name, &form.permissions, |id| {
                trail(&operator, &headers, "identity.role.create", id)
            })
            .await?
        {
            Some(_) => {
                return Ok(Redirect::to("/app/admin/roles?created=1").into_response());
            }
            None => form.name_error = Some(tr.t("role-name-taken")),
        }
    }
    let page = (&headers, &csrf);
    render(&state, &operator, page, None, form, (None, None)).await
}

async fn custom_role(state: &AppState, id: Uuid) -> WebResult<RoleView> {
    state
        .store()
        .role_views()
        .await?
        .into_iter()
        .find(|r| r.id == id && !r.builtin)
        .ok_or(WebError::NotFound)
}

/// One role added by administrators, in the form to change it.
pub(super) async fn page(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Network).await?;
    let role = custom_role(&state, id).await?;
    let form = RoleForm {
        name: role.name,
        permissions: role.permissions.into_iter().collect(),
        ..RoleForm::default()
    };
    let page = (&headers, &csrf);
    render(&state, &operator, page, Some(id), form, (None, None)).await
}

/// Renames a role or changes its permissions: every operator holding it gets
/// the new set at their next request.
pub(super) async fn update(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Network).await?;
    let role = custom_role(&state, id).await?;
    let tr = Tr(lang);
    let mut form = RoleForm::parse(&body, tr);
    let added: BTreeSet<Permission> = form
        .permissions
        .iter()
        .filter(|p| !role.permissions.contains(p))
        .copied()
        .collect();
    if form.permissions_error.is_none()
        && !may_extend_role(
            super::subject(&state, &operator).await?,
            &added,
            role.grants,
        )
    {
        form.permissions_error = Some(tr.t_count("role-extend-held", "count", role.grants));
    }
    if form.is_valid() {
        match state
            .store()
            .update_role(
                id,
                &form.name,
                &form.permissions,
                &trail(&operator, &headers, "identity.role.update", id),
            )
            .await?
        {
            RoleChange::Done => {
                return Ok(Redirect::to("/app/admin/roles?updated=1").into_response());
            }
            RoleChange::NameTaken => form.name_error = Some(tr.t("role-name-taken")),
            RoleChange::NotFound | RoleChange::Builtin | RoleChange::InUse => {
                return Err(WebError::NotFound);
            }
        }
    }
    let page = (&headers, &csrf);
    render(&state, &operator, page, Some(id), form, (None, None)).await
}

/// Deletes a role nobody holds.
pub(super) async fn delete(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Network).await?;
    let role = custom_role(&state, id).await?;
    let done = trail(&operator, &headers, "identity.role.delete", id);
    match state.store().delete_role(id, &done).await? {
        RoleChange::Done => Ok(Redirect::to("/app/admin/roles?deleted=1").into_response()),
        RoleChange::InUse => {
            let tr = Tr(lang);
            let error = tr.t_count("role-in-use", "count", role.grants);
            let form = RoleForm {
                name: role.name,
                permissions: role.permissions.into_iter().collect(),
                ..RoleForm::default()
            };
            let page = (&headers, &csrf);
            render(&state, &operator, page, Some(id), form, (None, Some(error))).await
        }
        RoleChange::NotFound | RoleChange::Builtin | RoleChange::NameTaken => {
            Err(WebError::NotFound)
        }
    }
}
