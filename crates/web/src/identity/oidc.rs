//! Optional login through a regional OpenID Connect identity provider
//! (authorization code flow with PKCE, nonce and state). Configuration only:
//! operators must already exist (invited by an administrator). At their first
//! login through the provider they are found by the email of the ID token,
//! which the provider must say it verified (`email_verified = true`; a
//! missing claim proves nothing), and bound to the provider's (issuer,
//! subject); afterwards they are found by that binding only, and an email
//! that belongs to an operator bound to another identity opens nothing. The
//! provider is reached over https only. The second factor still applies as
//! after a password login.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use crocevia_domain::identity::Email;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::users::User;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken as OidcState, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::safe_next;
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::security::{CsrfToken, sign};

/// The identity provider, from the deployment's configuration.
#[derive(Debug, Clone)]
pub struct OidcSettings {
    /// Issuer URL; its `/.well-known/openid-configuration` is read at each login.
    pub issuer: String,
    /// Client id registered with the provider.
    pub client_id: String,
    /// Client secret.
    pub client_secret: SecretString,
    /// Name of the provider on the login button ("SPID/CIE regionale").
    pub label: String,
}

/// The short-lived cookie carrying the flow's secrets between the redirect to
/// the provider and the way back, signed with the session key.
const FLOW_COOKIE: &str = "crocevia_oidc";
const FLOW_PATH: &str = "/app/login/oidc";
const FLOW_MINUTES: i64 = 10;

#[derive(Serialize, Deserialize)]
struct Flow {
    state: String,
    nonce: String,
    verifier: String,
    next: String,
    expires: i64,
}

/// Why a login through the provider failed; logged (no personal data), shown
/// to the person as one generic message.
#[derive(Debug, thiserror::Error)]
enum OidcFailure {
    #[error("login flow cookie missing, forged or expired")]
    Flow,
    #[error("state parameter does not match")]
    State,
    #[error("the provider returned an error: {0}")]
    Provider(String),
    #[error("provider discovery failed: {0}")]
    Discovery(String),
    #[error("code exchange failed: {0}")]
    Exchange(String),
    #[error("ID token rejected: {0}")]
    Token(String),
    #[error("the ID token has no verified email")]
    NoEmail,
    #[error("no active operator has this email")]
    NoOperator,
    #[error("the operator with this email is bound to another identity at the provider")]
    BoundElsewhere,
    #[error("the issuer must be an https URL")]
    InsecureIssuer,
}

/// Whether Crocevia talks to an identity provider at `issuer`: https only,
/// since discovery, keys and tokens travel on that connection. Plain http is
/// accepted on the loopback interface alone (127.0.0.1, ::1, localhost),
/// where nothing crosses a network: the integration tests serve a small fake
/// provider there (tests/it/oidc.rs).
#[must_use]
pub fn issuer_allowed(issuer: &str) -> bool {
    let Ok(url) = IssuerUrl::new(issuer.to_owned()) else {
        return false;
    };
    let url = url.url();
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => match url.host() {
            Some(openidconnect::url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(openidconnect::url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(openidconnect::url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

fn http_client() -> WebResult<reqwest::Client> {
    reqwest::Client::builder()
        // Following redirects would open the client to SSRF.
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| WebError::Internal(e.into()))
}

fn redirect_url(state: &AppState) -> String {
    format!(
        "{}{FLOW_PATH}/callback",
        state.settings().link_base.trim_end_matches('/')
    )
}

async fn client(
    settings: &OidcSettings,
    redirect: String,
    http: &reqwest::Client,
) -> Result<
    CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    >,
    OidcFailure,
> {
    if !issuer_allowed(&settings.issuer) {
        return Err(OidcFailure::InsecureIssuer);
    }
    let issuer = IssuerUrl::new(settings.issuer.clone())
        .map_err(|e| OidcFailure::Discovery(e.to_string()))?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http)
        .await
        .map_err(|e| OidcFailure::Discovery(e.to_string()))?;
    let redirect = RedirectUrl::new(redirect).map_err(|e| OidcFailure::Discovery(e.to_string()))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(settings.client_id.clone()),
        Some(ClientSecret::new(
            settings.client_secret.expose_secret().to_owned(),
        )),
    )
    .set_redirect_uri(redirect))
}

#[derive(Debug, Deserialize)]
pub(super) struct StartQuery {
    #[serde(default)]
    next: String,
}

/// Sends the person to the provider.
pub(super) async fn start(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    csrf: CsrfToken,
    Query(query): Query<StartQuery>,
) -> WebResult<Response> {
    let Some(settings) = state.settings().oidc.clone() else {
        return Err(WebError::NotFound);
    };
    let http = http_client()?;
    let client = match client(&settings, redirect_url(&state), &http).await {
        Ok(c) => c,
        Err(failure) => return failed(&state, &headers, &csrf, &failure).await,
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, flow_state, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            OidcState::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    let flow = Flow {
        state: flow_state.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        next: safe_next(&query.next).to_owned(),
        expires: chrono::Utc::now().timestamp() + FLOW_MINUTES * 60,
    };
    let payload = URL_SAFE_NO_PAD
        .encode(serde_json::to_vec(&flow).map_err(|e| WebError::Internal(e.into()))?);
    let signature = sign(state.settings().oidc_key().expose(), &payload);
    let cookie = Cookie::build((FLOW_COOKIE, format!("{payload}.{signature}")))
        .path(FLOW_PATH)
        .http_only(true)
        // Lax: the provider sends the browser back with a top-level GET.
        .same_site(SameSite::Lax)
        .secure(state.settings().secure_cookies())
        .build();
    Ok((jar.add(cookie), Redirect::to(url.as_str())).into_response())
}

fn read_flow(state: &AppState, jar: &CookieJar) -> Result<Flow, OidcFailure> {
    let value = jar.get(FLOW_COOKIE).ok_or(OidcFailure::Flow)?.value();
    let (payload, signature) = value.split_once('.').ok_or(OidcFailure::Flow)?;
    if !crate::security::verify(state.settings().oidc_key().expose(), payload, signature) {
        return Err(OidcFailure::Flow);
    }
    let flow: Flow = URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or(OidcFailure::Flow)?;
    if flow.expires < chrono::Utc::now().timestamp() {
        return Err(OidcFailure::Flow);
    }
    Ok(flow)
}

#[derive(Debug, Deserialize)]
pub(super) struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// The way back from the provider: checks state, exchanges the code, verifies
/// the ID token (signature, issuer, audience, expiry, nonce) and opens a session
/// for the operator with that email.
pub(super) async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    csrf: CsrfToken,
    Query(query): Query<CallbackQuery>,
) -> WebResult<Response> {
    let Some(settings) = state.settings().oidc.clone() else {
        return Err(WebError::NotFound);
    };
    let flow = read_flow(&state, &jar);
    let jar = jar.remove(Cookie::build(FLOW_COOKIE).path(FLOW_PATH));
    match verify(&state, &settings, flow, query, super::request_id(&headers)).await {
        Ok((user, next)) => super::open_session(&state, &headers, jar, &user, &next, "oidc").await,
        Err(failure) => {
            let page = failed(&state, &headers, &csrf, &failure).await?;
            Ok((jar, page).into_response())
        }
    }
}

async fn verify(
    state: &AppState,
    settings: &OidcSettings,
    flow: Result<Flow, OidcFailure>,
    query: CallbackQuery,
    request_id: Option<String>,
) -> Result<(User, String), OidcFailure> {
    let flow = flow?;
    if let Some(error) = query.error {
        return Err(OidcFailure::Provider(error.chars().take(64).collect()));
    }
    let (Some(code), Some(returned_state)) = (query.code, query.state) else {
        return Err(OidcFailure::Provider("no code".to_owned()));
    };
    if !crate::security::constant_time_eq(returned_state.as_bytes(), flow.state.as_bytes()) {
        return Err(OidcFailure::State);
    }
    let http = http_client().map_err(|_| OidcFailure::Exchange("http client".to_owned()))?;
    let client = client(settings, redirect_url(state), &http).await?;
    let response = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| OidcFailure::Exchange(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(flow.verifier.clone()))
        .request_async(&http)
        .await
        .map_err(|e| OidcFailure::Exchange(e.to_string()))?;
    let id_token = response
        .id_token()
        .ok_or_else(|| OidcFailure::Token("no ID token".to_owned()))?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(flow.nonce.clone()))
        .map_err(|e| OidcFailure::Token(e.to_string()))?;
    // The identity at the provider: the issuer the verifier checked against
    // the configuration, and the provider's stable subject for the person.
    let issuer = claims.issuer().as_str();
    let subject = claims.subject().as_str();
    let store = state.store();
    if let Some(user) = store
        .user_by_oidc(issuer, subject)
        .await
        .map_err(|_| OidcFailure::NoOperator)?
    {
        return if user.active {
            Ok((user, flow.next))
        } else {
            Err(OidcFailure::NoOperator)
        };
    }
    // First login through the provider: found by email, which the provider
    // must say it verified (a missing claim proves nothing).
    if claims.email_verified() != Some(true) {
        return Err(OidcFailure::NoEmail);
    }
    let email = claims
        .email()
        .and_then(|e| Email::parse(e.as_str()).ok())
        .ok_or(OidcFailure::NoEmail)?;
    let user = store
        .user_by_email(&email)
        .await
        .map_err(|_| OidcFailure::NoOperator)?
        .filter(|u| u.active)
        .ok_or(OidcFailure::NoOperator)?;
    // Bound now, once: an operator already bound to another identity is not
    // taken over by whoever gets this email at the provider.
    let bound = crocevia_store::act::Trail::new(
        AuditEvent::new("identity.oidc.bind", "user", Some(user.id.to_string()))
            .by(user.id)
            .request(request_id),
    );
    if !store
        .bind_oidc(user.id, issuer, subject, &bound)
        .await
        .map_err(|_| OidcFailure::BoundElsewhere)?
    {
        return Err(OidcFailure::BoundElsewhere);
    }
    Ok((user, flow.next))
}

/// The login page with one message whatever went wrong, so the page tells
/// nobody whether an account exists.
async fn failed(
    state: &AppState,
    headers: &HeaderMap,
    csrf: &CsrfToken,
    failure: &OidcFailure,
) -> WebResult<Response> {
    tracing::warn!(reason = %failure, "login through the identity provider failed");
    super::login_page_with_error(state, headers, csrf, "login-oidc-failed").await
}

#[cfg(test)]
mod tests {
    use super::issuer_allowed;

    #[test]
    fn issuers_are_https_or_loopback() {
        for ok in [
            "https://idp.regione.example",
            "https://idp.regione.example/realms/operatori",
            // The integration tests' fake provider.
            "http://127.0.0.1:8080",
            "http://localhost:8080",
            "http://[::1]:8080",
        ] {
            assert!(issuer_allowed(ok), "{ok}");
        }
        for refused in [
            "http://idp.regione.example",
            "http://127.0.0.1.nip.io",
            "http://localhost.evil.example",
            "ftp://idp.regione.example",
            "idp.regione.example",
            "",
        ] {
            assert!(!issuer_allowed(refused), "{refused}");
        }
    }
}
