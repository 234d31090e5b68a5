//! Choosing a password through a link sent by email: password reset ("forgot")
//! and the first password of an invited operator. The forgot form answers the
//! same whether or not the account exists.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::Email;
use crocevia_domain::identity::password::{PasswordHash, PasswordProblem, check_policy};
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::tokens::TokenPurpose;
use crocevia_store::identity::users::User;
use serde::Deserialize;

use super::{AppChrome, app_chrome, app_lang, request_id};
use crate::AppState;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::i18n::Tr;
use crate::limits::{self, Client};
use crate::security::CsrfToken;

#[derive(Template)]
#[template(path = "forgot.html")]
struct ForgotPage {
    app: AppChrome,
    email: String,
    email_error: Option<String>,
    sent: bool,
}

/// The "forgot password" form.
pub(super) async fn forgot_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let app = app_chrome(
        &state,
        app_lang(&headers, None),
        "forgot-title",
        None,
        &csrf,
    )
    .await?;
    Ok(render_html(&ForgotPage {
        app,
        email: String::new(),
        email_error: None,
        sent: false,
    }))
}

#[derive(Debug, Deserialize)]
pub(super) struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// Queues the mail with a set-password link for `user` (an invitation or
/// a reset), in their language, in the transaction that issues the link and
/// records `event`; the outbox delivers it after the commit.
pub(super) async fn send_link(
    state: &AppState,
    user: &User,
    purpose: TokenPurpose,
    event: AuditEvent,
) -> WebResult<()> {
    let base = state.settings().link_base.trim_end_matches('/').to_owned();
    state
        .store()
        .issue_user_token(
            user.id,
            purpose,
            |token| {
                crate::mail::outbox::seal_link(state, &format!("{base}/app/password/set/{token}"))
            },
            Trail::new(event),
        )
        .await?;
    state.mail_queued();
    Ok(())
}

/// Sends a reset link to the account of `email` when it exists and is active.
async fn reset_if_known(state: &AppState, email: &Email, request: Option<String>) -> WebResult<()> {
    let Some(user) = state
        .store()
        .user_by_email(email)
        .await?
        .filter(|u| u.active)
    else {
        return Ok(());
    };
    let event = AuditEvent::new(
        "identity.password.reset_requested",
        "user",
        Some(user.id.to_string()),
    )
    .request(request);
    send_link(state, &user, TokenPurpose::Reset, event).await
}

/// Sends a reset link when the account exists and is active; answers the same
/// in every case, in the same time.
pub(super) async fn forgot(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    csrf: CsrfToken,
    Form(form): Form<ForgotForm>,
) -> WebResult<Response> {
    let lang = app_lang(&headers, None);
    let email = Email::parse(&form.email);
    if let Ok(email) = &email {
        // The same limits whether or not the account exists.
        limits::RESETS_PER_ADDRESS.hit(&state, &client).await?;
        limits::RESETS_PER_EMAIL.hit(&state, email.as_str()).await?;
        // Whether the account exists decides what happens next (a token, a
        // mail, an audit entry): all of it after the answer, so that the
        // answer takes the same time either way.
        let (state, email, request) = (state.clone(), email.clone(), request_id(&headers));
        tokio::spawn(async move {
            if let Err(e) = reset_if_known(&state, &email, request).await {
                tracing::warn!(error = %e, "password reset not sent");
            }
        });
    }
    let app = app_chrome(&state, lang, "forgot-title", None, &csrf).await?;
    let email_error = email.is_err().then(|| Tr(lang).t("login-email-invalid"));
    let invalid = email_error.is_some();
    let response = render_form(
        &ForgotPage {
            app,
            sent: email_error.is_none(),
            email: form.email.trim().to_owned(),
            email_error,
        },
        invalid,
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "password_set.html")]
struct SetPage {
    app: AppChrome,
    token: String,
    email: String,
    valid: bool,
    password_error: Option<String>,
    confirm_error: Option<String>,
}

/// The user and purpose of a link's token, if it is still valid.
async fn link_user(state: &AppState, token: &str) -> WebResult<Option<(User, TokenPurpose)>> {
    for purpose in [TokenPurpose::Reset, TokenPurpose::Invite] {
        if let Some(user) = state.store().user_for_token(token, purpose).await? {
            return Ok(Some((user, purpose)));
        }
    }
    Ok(None)
}

/// The form to choose a password, when the link is valid.
pub(super) async fn set_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let found = link_user(&state, &token).await?;
    let valid_link = found.is_some();
    let lang = app_lang(&headers, found.as_ref().map(|(u, _)| u));
    let app = app_chrome(&state, lang, "password-title", None, &csrf).await?;
    let mut response = render_html(&SetPage {
        app,
        valid: valid_link,
        email: found.map(|(u, _)| u.email.to_string()).unwrap_or_default(),
        token,
        password_error: None,
        confirm_error: None,
    });
    if !valid_link {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub(super) struct SetForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// Sets the password: policy errors next to the field; on success every
/// session of the user ends and the login page says so.
pub(super) async fn set(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    csrf: CsrfToken,
    Form(form): Form<SetForm>,
) -> WebResult<Response> {
    let found = link_user(&state, &token).await?;
    let lang = app_lang(&headers, found.as_ref().map(|(u, _)| u));
    let tr = Tr(lang);
    let (password_error, confirm_error) = match &found {
        None => (None, None),
        Some((user, _)) => {
            let name_parts: Vec<&str> = user.display_name.split_whitespace().collect();
            let mut context = vec![user.email.as_str()];
            context.extend(name_parts);
            let policy = check_policy(&form.password, &context)
                .err()
                .map(|p| match p {
                    PasswordProblem::TooShort => tr.t("password-too-short"),
                    PasswordProblem::TooLong => tr.t("password-too-long"),
                    PasswordProblem::TooGuessable => tr.t("password-guessable"),
                });
            let mismatch = (policy.is_none() && form.password != form.confirm)
                .then(|| tr.t("password-mismatch"));
            (policy, mismatch)
        }
    };
    if let (Some((user, purpose)), None, None) = (&found, &password_error, &confirm_error) {
        let password = form.password.clone();
        let hash = state
            .limits()
            .argon2(move || PasswordHash::new(&password))
            .await?
            .map_err(|e| WebError::Internal(e.into()))?;
        let trail = Trail::new(
            AuditEvent::new("identity.password.set", "user", Some(user.id.to_string()))
                .by(user.id)
                .request(request_id(&headers)),
        );
        if state
            .store()
            .set_password_with_token(&token, *purpose, hash.as_str(), &trail)
            .await?
            .is_some()
        {
            return Ok(Redirect::to("/app/login?saved=1").into_response());
        }
    }
    let app = app_chrome(&state, lang, "password-title", None, &csrf).await?;
    Ok(render_form(
        &SetPage {
            app,
            valid: found.is_some(),
            email: found.map(|(u, _)| u.email.to_string()).unwrap_or_default(),
            token,
            password_error,
            confirm_error,
        },
        true,
    ))
}
