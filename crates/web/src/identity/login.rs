//! Signing in and out of the workspace: the login form with lockout, the identity provider's button, opening the session (audited with it) and logout.

use super::operator::SESSION_COOKIE;
use super::operator::{acted, request_id, safe_next};
use super::{AppChrome, app_chrome, app_lang};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_form, render_html};
use crate::i18n::Tr;
use crate::limits::{self, Client};
use crate::security::CsrfToken;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use crocevia_domain::identity::password::verify_nothing;
use crocevia_domain::identity::{Email, InvalidEmail};
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::throttle::{Attempt, Throttled};
use crocevia_store::identity::users::User;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "login.html")]
pub(super) struct LoginPage {
    pub(super) app: AppChrome,
    pub(super) email: String,
    pub(super) next: String,
    pub(super) notice: Option<String>,
    pub(super) form_error: Option<String>,
    pub(super) email_error: Option<String>,
    pub(super) password_error: Option<String>,
    /// The identity provider's name, when one is configured.
    pub(super) oidc_label: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    pub(crate) next: Option<String>,
    /// Set after a password was saved.
    #[serde(default)]
    pub(super) saved: Option<String>,
}

pub(super) async fn login_form(
    State(state): State<AppState>,
    Query(query): Query<NextQuery>,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let lang = app_lang(&headers, None);
    let app = app_chrome(&state, lang, "login-title", None, &csrf).await?;
    Ok(render_html(&LoginPage {
        app,
        email: String::new(),
        next: safe_next(query.next.as_deref().unwrap_or_default()).to_owned(),
        notice: query.saved.map(|_| Tr(lang).t("password-saved")),
        form_error: None,
        email_error: None,
        password_error: None,
        oidc_label: oidc_label(&state),
    }))
}

#[derive(Debug, Deserialize)]
pub(super) struct LoginForm {
    #[serde(default)]
    pub(super) email: String,
    #[serde(default)]
    pub(super) password: String,
    #[serde(default)]
    pub(super) next: String,
}

pub(super) enum LoginOutcome {
    Success(User),
    Failed,
    Locked,
}

/// One login attempt. The client address's failures are checked first
/// (429), then the account's lockout, which counts per account *and*
/// address: a stranger locks the account for themself, never for the
/// operator at their desk. Guesses spread over many addresses meet the
/// account's own rate (429 for everyone, a hundred failures an hour).
/// Password checks run off the async workers, a few at a time.
pub(super) async fn attempt(
    state: &AppState,
    client: &str,
    email: &Email,
    password: &str,
) -> WebResult<LoginOutcome> {
    let store = state.store();
    limits::LOGIN_FAILURES_PER_ADDRESS
        .check(state, client)
        .await?;
    limits::LOGIN_FAILURES_PER_ACCOUNT
        .check(state, email.as_str())
        .await?;
    let password = password.to_owned();
    // Counted before it is checked (one atomic statement), so parallel
    // guesses never get more than the limit checked.
    let last = match store.take_attempt(Throttled::Login(email, client)).await? {
        Attempt::Check { last } => last,
        Attempt::Locked => {
            state
                .limits()
                .argon2(move || verify_nothing(&password))
                .await?;
            return Ok(LoginOutcome::Locked);
        }
    };
    let user = store.user_by_email(email).await?;
    let verified = match user
        .as_ref()
        .and_then(|u| u.password_hash.clone().filter(|_| u.active))
    {
        Some(hash) => {
            state
                .limits()
                .argon2(move || hash.verify(&password))
                .await?
        }
        None => {
            state
                .limits()
                .argon2(move || verify_nothing(&password))
                .await?;
            false
        }
    };
    if let (true, Some(user)) = (verified, &user) {
        store
            .clear_attempts(Throttled::Login(email, client))
            .await?;
        return Ok(LoginOutcome::Success(user.clone()));
    }
    limits::LOGIN_FAILURES_PER_ADDRESS
        .count(state, client)
        .await?;
    limits::LOGIN_FAILURES_PER_ACCOUNT
        .count(state, email.as_str())
        .await?;
    if last {
        Ok(LoginOutcome::Locked)
    } else {
        Ok(LoginOutcome::Failed)
    }
}

pub(super) async fn login(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    jar: CookieJar,
    csrf: CsrfToken,
    Form(form): Form<LoginForm>,
) -> WebResult<Response> {
    let lang = app_lang(&headers, None);
    let tr = Tr(lang);
    let next = safe_next(&form.next).to_owned();
    let email = Email::parse(&form.email);
    let email_error = match &email {
        Err(InvalidEmail::Empty | InvalidEmail::Malformed | InvalidEmail::TooLong) => {
            Some(tr.t("login-email-invalid"))
        }
        Ok(_) => None,
    };
    let password_error = form
        .password
        .is_empty()
        .then(|| tr.t("login-password-missing"));
    let outcome = match (&email, &email_error, &password_error) {
        (Ok(email), None, None) => Some(attempt(&state, &client, email, &form.password).await?),
        _ => None,
    };
    let form_error = match outcome {
        Some(LoginOutcome::Success(user)) => {
            return open_session(&state, &headers, jar, &user, &next, "password").await;
        }
        Some(LoginOutcome::Locked) => Some(tr.t("login-locked")),
        Some(LoginOutcome::Failed) => Some(tr.t("login-failed")),
        None => Some(tr.t("form-errors-title")),
    };
    let app = app_chrome(&state, lang, "login-title", None, &csrf).await?;
    Ok(render_form(
        &LoginPage {
            app,
            email: form.email.trim().to_owned(),
            next,
            notice: None,
            form_error,
            email_error,
            password_error,
            oidc_label: oidc_label(&state),
        },
        true,
    ))
}

pub(super) fn oidc_label(state: &AppState) -> Option<String> {
    state.settings().oidc.as_ref().map(|o| o.label.clone())
}

/// Opens a session for `user` after a successful first step (password or
/// identity provider), audits it and goes on to `next` (the second factor
/// comes next when the operator's roles require it).
pub(super) async fn open_session(
    state: &AppState,
    headers: &HeaderMap,
    jar: CookieJar,
    user: &User,
    next: &str,
    method: &str,
) -> WebResult<Response> {
    let login = Trail::new(
        AuditEvent::new("identity.login", "user", Some(user.id.to_string()))
            .by(user.id)
            .purpose(method)
            .request(request_id(headers)),
    );
    let token = state.store().create_session(user.id, false, &login).await?;
    Ok((jar.add(session_cookie(state, token)), Redirect::to(next)).into_response())
}

/// The session cookie carrying `token`.
pub(crate) fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    Cookie::build((state.settings().cookie_name(SESSION_COOKIE), token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings().secure_cookies())
        .build()
}

/// The login page with one form-level error message.
pub(super) async fn login_page_with_error(
    state: &AppState,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    key: &str,
) -> WebResult<Response> {
    let lang = app_lang(headers, None);
    let app = app_chrome(state, lang, "login-title", None, csrf).await?;
    Ok(render_form(
        &LoginPage {
            app,
            email: String::new(),
            next: "/app/".to_owned(),
            notice: None,
            form_error: Some(Tr(lang).t(key)),
            email_error: None,
            password_error: None,
            oidc_label: oidc_label(state),
        },
        true,
    ))
}

pub(super) async fn logout(ctx: Ctx, jar: CookieJar) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let done = Trail::new(acted(
        &operator,
        &headers,
        AuditEvent::new(
            "identity.logout",
            "user",
            Some(operator.user.id.to_string()),
        ),
    ));
    state
        .store()
        .revoke_session(operator.user.id, &operator.session.id, &done)
        .await?;
    let jar = jar.remove(Cookie::build(state.settings().cookie_name(SESSION_COOKIE)).path("/"));
    Ok((jar, Redirect::to("/app/login")).into_response())
}
