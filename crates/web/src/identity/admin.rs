//! Administration of operators: the list, invitations (a user without password,
//! a grant at an agency, and an emailed single-use link) and revocation of all
//! of a user's sessions.

use std::collections::BTreeMap;

use crate::context::Ctx;
use crate::form::Choice;
use crate::form::Field;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::grants::Proposal;
use crocevia_domain::identity::{Email, Profession, Scope, Target, allows_any, perm};
use crocevia_store::StoreError;
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::invitations::Invitation;
use crocevia_store::identity::tokens::TokenPurpose;
use crocevia_store::identity::users::{NewUser, User};

use super::approvals::Granted;
use serde::Deserialize;
use uuid::Uuid;

use super::{AppChrome, Operator, app_chrome, app_lang, authorize, authorize_any, request_id};
use crate::AppState;
use crate::error::{WebError, WebResult, render_form};
use crate::i18n::Tr;
use crate::security::CsrfToken;

/// One operator in the list.
struct UserRow {
    id: Uuid,
    name: String,
    email: String,
    profession: String,
    second_factor: bool,
    status: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    app: AppChrome,
    notice: Option<String>,
    users: Vec<UserRow>,
    fields: Vec<Field>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    profession: String,
    #[serde(default)]
    agency: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    lang: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct Notice {
    invited: Option<String>,
    revoked: Option<String>,
}

async fn render(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    form: &InviteForm,
    errors: &BTreeMap<&'static str, String>,
    notice: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let store = state.store();
    let invitations = store.pending_invitations().await?;
    // Only the operators of agencies this administrator may manage.
    let subject = super::subject(state, operator).await?;
    let by_user = super::approvals::agencies_by_user(state).await?;
    let manageable = |user: &Uuid| {
        let targets: Vec<Target> = by_user
            .get(user)
            .map(|agencies| agencies.iter().map(super::owned_by).collect())
            .unwrap_or_else(|| vec![Target::Network]);
        allows_any(subject, perm::ADMIN_USERS, &targets)
    };
    let users = store
        .users()
        .await?
        .into_iter()
        .filter(|u| manageable(&u.id))
        .map(|u| UserRow {
            id: u.id,
            profession: tr.t(&format!("profession-{}", u.profession.as_str())),
            second_factor: u.totp_enrolled,
            status: invitation_status(tr, &u, invitations.get(&u.id).copied()),
            name: u.display_name,
            email: u.email.to_string(),
        })
        .collect();
    let professions = Profession::ALL
        .iter()
        .map(|p| {
            (
                p.as_str().to_owned(),
                tr.t(&format!("profession-{}", p.as_str())),
            )
        })
        .map(Choice::from)
        .collect();
    let agencies = crate::guard::allowed_agencies(state, operator, perm::ADMIN_USERS)
        .await?
        .into_iter()
        .filter(|a| a.active)
        .map(|a| Choice::new(a.id.to_string(), a.name))
        .collect();
    let roles = store
        .roles()
        .await?
        .into_iter()
        .map(|(id, name)| Choice::new(id.to_string(), super::roles::role_label(tr, &name)))
        .collect();
    let field = |name, label: &str, value: &str, options| {
        Field::new(name, tr.t(label), value, options, errors)
    };
    let fields = vec![
        field("email", "login-email", &form.email, Vec::new()),
        field("name", "invite-name", &form.name, Vec::new()),
        field(
            "profession",
            "invite-profession",
            &form.profession,
            professions,
        ),
        field("agency", "invite-agency", &form.agency, agencies),
        field("role", "invite-role", &form.role, roles),
        field("lang", "invite-lang", &form.lang, languages()),
    ];
    let app = app_chrome(state, lang, "admin-users-title", Some(&operator.user), csrf).await?;
    Ok(render_form(
        &UsersPage {
            app,
            notice,
            users,
            fields,
        },
        !errors.is_empty(),
    ))
}

/// The operators list and the invitation form.
pub(super) async fn users(ctx: Ctx, Query(notice): Query<Notice>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    let tr = Tr(lang);
    let notice = notice
        .invited
        .map(|_| tr.t("invite-sent"))
        .or(notice.revoked.map(|_| tr.t("admin-users-revoked")));
    render(
        &state,
        &operator,
        &headers,
        &csrf,
        &InviteForm::default(),
        &BTreeMap::new(),
        notice,
    )
    .await
}

/// Invites an operator: validated field by field, nothing written on error.
pub(super) async fn invite(ctx: Ctx, Form(form): Form<InviteForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    let tr = Tr(lang);
    let store = state.store();
    let mut errors = BTreeMap::new();
    let email = Email::parse(&form.email)
        .map_err(|_| errors.insert("email", tr.t("login-email-invalid")))
        .ok();
    if let Some(email) = &email
        && store.user_by_email(email).await?.is_some()
    {
        errors.insert("email", tr.t("invite-email-taken"));
    }
    let name = form.name.trim().to_owned();
    if name.is_empty() {
        errors.insert("name", tr.t("invite-name-missing"));
    }
    let profession = Profession::parse(&form.profession);
    if profession.is_none() {
        errors.insert("profession", tr.t("invite-choice-missing"));
    }
    let agency = match Uuid::parse_str(&form.agency) {
        Ok(id) => store.agency(id).await?.filter(|a| a.active),
        Err(_) => None,
    };
    if agency.is_none() {
        errors.insert("agency", tr.t("invite-choice-missing"));
    }
    let roles = store.roles().await?;
    let role = Uuid::parse_str(&form.role)
        .ok()
        .filter(|id| roles.iter().any(|(r, _)| r == id));
    if role.is_none() {
        errors.insert("role", tr.t("invite-choice-missing"));
    }
    let ui_lang = crocevia_domain::Lang::from_url_segment(&form.lang)
        .filter(|l| super::APP_LANGS.contains(l));
    if ui_lang.is_none() {
        errors.insert("lang", tr.t("invite-choice-missing"));
    }
    let (Some(email), Some(profession), Some(agency), Some(role), Some(ui_lang), true) =
        (email, profession, agency, role, ui_lang, errors.is_empty())
    else {
        return render(&state, &operator, &headers, &csrf, &form, &errors, None).await;
    };
    // The inviter must administer users of that agency.
    authorize(
        &state,
        &operator,
        perm::ADMIN_USERS,
        &super::owned_by(&agency),
    )
    .await?;
    // The role given with the invitation follows the rule of every grant:
    // what the inviter does not hold themself waits for a second
    // administrator. The account does not exist yet, so it cannot be the
    // inviter's (the email is not taken): a key no user id can equal.
    let permissions = store.role_permissions(role).await?.unwrap_or_default();
    let proposal = Proposal {
        grantee: format!("invitation:{}", Uuid::now_v7()),
        grantee_targets: vec![super::owned_by(&agency)],
        agency: agency.id.to_string(),
        territory: agency.territory.clone(),
        permissions,
        scope: Scope::OwnAgency,
    };
    let granted =
        super::approvals::authorize_grant(&state, &operator, perm::ADMIN_USERS, &proposal).await?;
    // The account, its role and its link in one transaction: an invitation
    // is never half made (an account without its role, or without a link).
    let new = NewUser {
        email,
        display_name: name,
        profession,
        ui_lang,
        password_hash: None,
    };
    let invitation = Invitation {
        user: &new,
        role,
        agency: agency.id,
        scope: &Scope::OwnAgency,
        pending_by: matches!(granted, Granted::Pending).then_some(operator.user.id),
    };
    let trail = |user: &User, request: Option<Uuid>| {
        let event = |action: &str| {
            super::acted(
                &operator,
                &headers,
                AuditEvent::new(action, "user", Some(user.id.to_string())).for_agency(agency.id),
            )
        };
        let grant = match request {
            None => event("identity.grant.add").purpose(format!("role {role}")),
            Some(request) => {
                event("identity.grant.request").purpose(format!("role {role}, request {request}"))
            }
        };
        Trail::new(grant).and(event("identity.user.invite"))
    };
    let seal = |token: &str| {
        let base = state.settings().link_base.trim_end_matches('/').to_owned();
        crate::mail::outbox::seal_link(&state, &format!("{base}/app/password/set/{token}"))
    };
    match store.invite_user(&invitation, seal, trail).await {
        Ok(_) => {}
        Err(StoreError::Conflict("email")) => {
            errors.insert("email", tr.t("invite-email-taken"));
            return render(&state, &operator, &headers, &csrf, &form, &errors, None).await;
        }
        Err(e) => return Err(e.into()),
    }
    state.mail_queued();
    Ok(Redirect::to("/app/admin/users?invited=1").into_response())
}

/// The interface languages as select options.
fn languages() -> Vec<Choice> {
    super::APP_LANGS
        .iter()
        .map(|l| Choice::new(l.as_str(), Tr(*l).t("language-name")))
        .collect()
}

/// "Active", or an invitation's state: waiting until a date, or expired.
pub(super) fn invitation_status(
    tr: Tr,
    user: &User,
    expires: Option<chrono::DateTime<chrono::Utc>>,
) -> String {
    if user.password_hash.is_some() {
        return tr.t("admin-users-active");
    }
    match expires {
        Some(at) if at > chrono::Utc::now() => tr.t1(
            "admin-users-invited-until",
            "date",
            &at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ),
        _ => tr.t("admin-users-invite-expired"),
    }
}

/// Sends a new invitation link to an operator who has not set a password yet;
/// the previous link stops working.
pub(super) async fn reinvite(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    let user = state.store().user(id).await?.ok_or(WebError::NotFound)?;
    let targets = super::user_targets(&state, id).await?;
    authorize_any(&state, &operator, perm::ADMIN_USERS, &targets).await?;
    if user.password_hash.is_some() || !user.active {
        // Only pending invitations can be sent again; the others use password reset.
        return Err(WebError::NotFound);
    }
    let event = AuditEvent::new("identity.user.reinvite", "user", Some(id.to_string()))
        .by(operator.user.id)
        .request(request_id(&headers));
    super::password::send_link(&state, &user, TokenPurpose::Invite, event).await?;
    Ok(Redirect::to(&format!("/app/admin/users/{id}?reinvited=1")).into_response())
}

/// Ends every session of a user (a lost laptop, a departure).
pub(super) async fn revoke_sessions(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_USERS, &Target::Listing).await?;
    if state.store().user(id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    let targets = super::user_targets(&state, id).await?;
    authorize_any(&state, &operator, perm::ADMIN_USERS, &targets).await?;
    state
        .store()
        .revoke_all_sessions(id, |ended| {
            Trail::new(
                AuditEvent::new(
                    "identity.user.revoke_sessions",
                    "user",
                    Some(id.to_string()),
                )
                .by(operator.user.id)
                .purpose(format!("{ended} sessions"))
                .request(request_id(&headers)),
            )
        })
        .await?;
    Ok(Redirect::to("/app/admin/users?revoked=1").into_response())
}
