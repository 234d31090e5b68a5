//! The operator workspace's identity: its routes, the chrome of its pages
//! and its home; signing in and out ([`login`]), the signed-in [`Operator`]
//! ([`operator`]), one's own account ([`account`]), the audit log's search
//! ([`audit_log`]) and the administration of agencies, operators, roles and
//! grants.
//!
//! Login never reveals whether an account exists: the same message, the same
//! argon2 work and the same lockout apply to unknown emails.

use askama::Template;
use axum::Router;
use axum::response::{Redirect, Response};
use axum::routing::{get, post};
use crocevia_domain::identity::{Target, allows, perm};

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;

mod account;
pub(crate) mod admin;
mod agencies;
pub mod api;
pub(crate) mod approvals;
mod audit_log;
pub(crate) mod chrome;
mod grants;
mod login;
pub mod oidc;
pub(crate) mod operator;
mod password;
mod roles;
mod totp;

pub use self::chrome::AppChrome;
pub(crate) use self::chrome::{app_chrome, app_lang};
pub use self::operator::{Operator, SESSION_COOKIE, subject};
pub(crate) use self::operator::{acted, audit_by, request_id, safe_next};
pub(crate) use crate::guard::refused;
pub use crate::guard::{authorize, authorize_any, owned_by};

use self::account::{revoke, sessions, set_language};
use self::audit_log::audit_search;
use self::login::{
    NextQuery, login, login_form, login_page_with_error, logout, open_session, session_cookie,
};
pub(crate) use crate::i18n::APP_LANGS;

/// Routes of the workspace's front door.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/app", get(|| async { Redirect::permanent("/app/") }))
        .route("/app/", get(home))
        .route("/app/login", get(login_form).post(login))
        .route("/app/logout", post(logout))
        .route("/api/v1/me", get(api::me))
        .route("/api/v1/admin/users", get(api::users))
        .route("/api/v1/admin/users/{id}", get(api::user))
        .route("/api/v1/admin/agencies", get(api::agencies))
        .route("/api/v1/admin/agencies/{id}", get(api::agency))
        .route("/app/login/oidc", get(oidc::start))
        .route("/app/login/oidc/callback", get(oidc::callback))
        .route("/app/account/sessions", get(sessions))
        .route("/app/account/sessions/revoke", post(revoke))
        .route("/app/account/language", post(set_language))
        .route("/app/admin/audit", get(audit_search))
        .route(
            "/app/login/totp",
            get(totp::challenge_form).post(totp::challenge),
        )
        .route("/app/admin/users", get(admin::users))
        .route("/app/admin/users/{id}", get(grants::page))
        .route("/app/admin/users/{id}/grants", post(grants::add))
        .route(
            "/app/admin/users/{id}/grants/{grant}/delete",
            post(grants::remove),
        )
        .route(
            "/app/admin/users/{id}/requests/{request}/approve",
            post(approvals::approve),
        )
        .route(
            "/app/admin/users/{id}/requests/{request}/reject",
            post(approvals::reject),
        )
        .route(
            "/app/admin/agencies",
            get(agencies::agencies).post(agencies::create),
        )
        .route(
            "/app/admin/agencies/{id}",
            get(agencies::page).post(agencies::update),
        )
        .route(
            "/app/admin/agencies/{id}/active",
            post(agencies::set_active),
        )
        .route("/app/admin/roles", get(roles::roles).post(roles::create))
        .route(
            "/app/admin/roles/{id}",
            get(roles::page).post(roles::update),
        )
        .route("/app/admin/roles/{id}/delete", post(roles::delete))
        .route("/app/admin/users/invite", post(admin::invite))
        .route("/app/admin/users/{id}/reinvite", post(admin::reinvite))
        .route(
            "/app/admin/users/{id}/revoke-sessions",
            post(admin::revoke_sessions),
        )
        .route(
            "/app/password/forgot",
            get(password::forgot_form).post(password::forgot),
        )
        .route(
            "/app/password/set/{token}",
            get(password::set_form).post(password::set),
        )
        .route(
            "/app/account/totp",
            get(totp::enroll_form).post(totp::enroll),
        )
}

#[derive(Template)]
#[template(path = "app_home.html")]
struct HomePage {
    app: AppChrome,
    welcome: String,
    /// Sections the operator may open: (path, title).
    links: Vec<Section>,
}

/// A section of the workspace on the landing page: where, what, what for.
struct Section {
    href: &'static str,
    title: String,
    about: String,
}

async fn home(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    let app = app_chrome(&state, lang, "app-home-title", Some(&operator.user), &csrf).await?;
    let tr = Tr(lang);
    let welcome = tr.t1("app-welcome", "name", &operator.user.display_name);
    // The workspace's sections this operator may open, asked of the policy.
    let subject = subject(&state, &operator).await?;
    // Guides, glossary and their translations are the network's: only a
    // network-wide grant opens them.
    let mut links = [
        (
            "/app/admin/agencies",
            ("admin-agencies-title", "app-home-about-agencies"),
            perm::ADMIN_AGENCIES,
            Target::Listing,
        ),
        (
            "/app/admin/users",
            ("admin-users-title", "app-home-about-users"),
            perm::ADMIN_USERS,
            Target::Listing,
        ),
        (
            "/app/admin/roles",
            ("admin-roles-title", "app-home-about-roles"),
            perm::ADMIN_ROLES,
            Target::Listing,
        ),
        (
            "/app/admin/audit",
            ("audit-title", "app-home-about-audit"),
            perm::AUDIT_READ,
            Target::Listing,
        ),
        (
            "/app/desk/retention",
            ("retention-title", "app-home-about-retention"),
            perm::AUDIT_READ,
            Target::Listing,
        ),
        (
            "/app/desk",
            ("desk-title", "app-home-about-desk"),
            perm::DESK_PERSON_READ,
            Target::Listing,
        ),
        (
            "/app/directory",
            ("appdir-title", "app-home-about-directory"),
            perm::DIRECTORY_EDIT,
            Target::Listing,
        ),
        (
            "/app/guides",
            ("appguide-title", "app-home-about-guides"),
            perm::GUIDES_EDIT,
            Target::Network,
        ),
        (
            "/app/translate",
            ("apptr-title", "app-home-about-translate"),
            perm::GUIDES_TRANSLATE,
            Target::Network,
        ),
        (
            "/app/feedback",
            ("feedback-queue-title", "app-home-about-feedback"),
            perm::GUIDES_EDIT,
            Target::Network,
        ),
        (
            "/app/admin/mail",
            ("mail-queue-title", "app-home-about-mail"),
            perm::ADMIN_USERS,
            Target::Network,
        ),
    ]
    .into_iter()
    .filter(|(_, _, p, target)| allows(subject, *p, target))
    .map(|(href, (title, about), _, _)| Section {
        href,
        title: tr.t(title),
        about: tr.t(about),
    })
    .collect::<Vec<_>>();
    // Every operator trains: the programme is open to all.
    links.push(Section {
        href: "/app/training",
        title: tr.t("training-title"),
        about: tr.t("app-home-about-training"),
    });
    Ok(render_html(&HomePage {
        app,
        welcome,
        links,
    }))
}

/// The targets an operator's account stands for: the agencies they act for,
/// or are to act for once a pending grant is approved (none: only
/// network-wide administrators may touch them).
pub(crate) async fn user_targets(state: &AppState, user: uuid::Uuid) -> WebResult<Vec<Target>> {
    let mut targets: Vec<Target> = state
        .store()
        .grants_of(user)
        .await?
        .iter()
        .map(|g| owned_by(&g.agency))
        .collect();
    targets.extend(approvals::pending_targets(state, user).await?);
    Ok(targets)
}
