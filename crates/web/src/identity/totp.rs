//! The second factor: the TOTP challenge after login and the enrollment page.
//! The secret is stored encrypted with the field key, bound to the user's id.

use std::time::{SystemTime, UNIX_EPOCH};

use askama::Template;
use axum::Form;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::identity::totp::{TotpSecret, normalise_recovery_code, recovery_codes};
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::second_factor::recovery_hash;
use crocevia_store::identity::throttle::{Attempt, Throttled};
use serde::Deserialize;

use super::{AppChrome, NextQuery, Operator, app_chrome, app_lang, request_id, safe_next};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::i18n::Tr;
use crate::limits;
use crate::security::CsrfToken;

fn cipher(state: &AppState) -> FieldCipher {
    FieldCipher::new(state.settings().field_key.expose())
}

fn context(user: uuid::Uuid) -> String {
    format!("users.totp_secret:{user}")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

async fn secret_of(
    state: &AppState,
    operator: &Operator,
) -> WebResult<Option<(TotpSecret, bool, Option<u64>)>> {
    let Some(stored) = state.store().totp_state(operator.user.id).await? else {
        return Ok(None);
    };
    let bytes = cipher(state)
        .open(&stored.sealed_secret, &context(operator.user.id))
        .map_err(|e| WebError::Internal(e.into()))?;
    Ok(Some((
        TotpSecret::from_bytes(bytes),
        stored.confirmed,
        stored.last_step,
    )))
}

/// The trail of a second-factor step of `operator`.
fn trail(operator: &Operator, headers: &HeaderMap, action: &str) -> Trail {
    Trail::new(
        AuditEvent::new(action, "user", Some(operator.user.id.to_string()))
            .by(operator.user.id)
            .request(request_id(headers)),
    )
}

#[derive(Template)]
#[template(path = "totp_challenge.html")]
struct ChallengePage {
    app: AppChrome,
    next: String,
    error: Option<String>,
}

/// The code form after a password login.
pub(super) async fn challenge_form(
    ctx: Ctx,
    Query(query): Query<NextQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    let next = safe_next(query.next.as_deref().unwrap_or_default()).to_owned();
    if operator.session.second_factor || !operator.user.totp_enrolled {
        return Ok(Redirect::to(&next).into_response());
    }
    let app = app_chrome(&state, lang, "totp-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&ChallengePage {
        app,
        next,
        error: None,
    }))
}

#[derive(Debug, Deserialize)]
pub(super) struct ChallengeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    recovery: String,
    #[serde(default)]
    next: String,
}

/// Checks a TOTP or recovery code; failures count towards the account lockout.
pub(super) async fn challenge(ctx: Ctx, Form(form): Form<ChallengeForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let next = safe_next(&form.next).to_owned();
    let tr = Tr(lang);
    let store = state.store();
    // A few codes per session, whatever the account's counter says.
    limits::CODES_PER_SESSION
        .hit(&state, &operator.session.id)
        .await?;
    let throttled = Throttled::SecondFactor(operator.user.id);
    // Counted before it is checked (one atomic statement), so parallel
    // guesses never get more than the limit checked.
    let error = if let Attempt::Check { last } = store.take_attempt(throttled).await? {
        let Some((secret, true, last_step)) = secret_of(&state, &operator).await? else {
            return Ok(Redirect::to(&next).into_response());
        };
        let session = &operator.session.id;
        let passed = trail(&operator, &headers, "identity.second_factor.pass");
        let accepted = if form.recovery.trim().is_empty() {
            match secret.verify(&form.code, now(), last_step) {
                Some(step) => {
                    store
                        .accept_totp_step(operator.user.id, step, session, &passed)
                        .await?
                }
                None => None,
            }
        } else {
            let hash = recovery_hash(operator.user.id, &normalise_recovery_code(&form.recovery));
            store
                .use_recovery_code(operator.user.id, &hash, session, &passed)
                .await?
        };
        if let Some(token) = accepted {
            store.clear_attempts(throttled).await?;
            let jar = CookieJar::new().add(super::session_cookie(&state, token));
            return Ok((jar, Redirect::to(&next)).into_response());
        }
        if last {
            tr.t("login-locked")
        } else if form.recovery.trim().is_empty() {
            tr.t("totp-invalid")
        } else {
            tr.t("totp-recovery-invalid")
        }
    } else {
        tr.t("login-locked")
    };
    let app = app_chrome(&state, lang, "totp-title", Some(&operator.user), &csrf).await?;
    Ok(render_form(
        &ChallengePage {
            app,
            next,
            error: Some(error),
        },
        true,
    ))
}

#[derive(Template)]
#[template(path = "totp_enroll.html")]
struct EnrollPage {
    app: AppChrome,
    next: String,
    error: Option<String>,
    enrolled_text: Option<String>,
    qr_data_uri: String,
    key_base32: String,
    recovery_codes: Vec<String>,
}

async fn enroll_page(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    next: String,
    error: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let app = app_chrome(state, lang, "totp-enroll-title", Some(&operator.user), csrf).await?;
    let mut page = EnrollPage {
        app,
        next,
        error,
        enrolled_text: None,
        qr_data_uri: String::new(),
        key_base32: String::new(),
        recovery_codes: Vec::new(),
    };
    match secret_of(state, operator).await? {
        Some((_, true, _)) => {
            let count = state
                .store()
                .unused_recovery_codes(operator.user.id)
                .await?;
            page.enrolled_text =
                Some(Tr(lang).t1("totp-enrolled-text", "count", &count.to_string()));
        }
        pending => {
            // Reuse a pending secret so a reload does not invalidate a scanned code.
            let secret = match pending {
                Some((secret, false, _)) => secret,
                _ => {
                    let secret = TotpSecret::generate();
                    let sealed = cipher(state).seal(secret.as_bytes(), &context(operator.user.id));
                    state
                        .store()
                        .set_pending_totp(operator.user.id, &sealed)
                        .await?;
                    secret
                }
            };
            let issuer = page.app.network_name.clone();
            page.qr_data_uri = secret
                .otpauth_url(&issuer, operator.user.email.as_str())
                .map(|u| crate::layout::qr_data_uri(&u))
                .unwrap_or_default();
            page.key_base32 = secret.base32_grouped();
        }
    }
    Ok(render_form(&page, page.error.is_some()))
}

/// Enrollment: QR code and key of a pending secret, or the current status.
pub(super) async fn enroll_form(ctx: Ctx, Query(query): Query<NextQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let next = safe_next(query.next.as_deref().unwrap_or_default()).to_owned();
    enroll_page(&state, &operator, &headers, &csrf, next, None).await
}

#[derive(Debug, Deserialize)]
pub(super) struct EnrollForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// Confirms the pending secret with a code; shows the recovery codes once.
pub(super) async fn enroll(ctx: Ctx, Form(form): Form<EnrollForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let next = safe_next(&form.next).to_owned();
    let step = match secret_of(&state, &operator).await? {
        Some((secret, false, last)) => secret.verify(&form.code, now(), last),
        _ => return Ok(Redirect::to("/app/account/totp").into_response()),
    };
    let Some(step) = step else {
        let error = Some(Tr(lang).t("totp-invalid"));
        return enroll_page(&state, &operator, &headers, &csrf, next, error).await;
    };
    let codes = recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| recovery_hash(operator.user.id, &normalise_recovery_code(c)))
        .collect();
    let token = state
        .store()
        .confirm_totp(
            operator.user.id,
            step,
            &hashes,
            &operator.session.id,
            &trail(&operator, &headers, "identity.second_factor.enroll"),
        )
        .await?;
    let app = app_chrome(
        &state,
        lang,
        "totp-codes-title",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    let jar = CookieJar::new().add(super::session_cookie(&state, token));
    Ok((
        jar,
        render_html(&EnrollPage {
            app,
            next,
            error: None,
            enrolled_text: None,
            qr_data_uri: String::new(),
            key_base32: String::new(),
            recovery_codes: codes,
        }),
    )
        .into_response())
}
