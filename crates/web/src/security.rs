//! Security headers on every response and CSRF protection on every
//! state-changing request.
//!
//! CSRF uses signed double-submit tokens: a random secret in an `HttpOnly`,
//! `SameSite=Lax` cookie, and in forms (field `csrf_token`) or scripts (header
//! `X-CSRF-Token`) its HMAC under the server's session key. An attacker's page can
//! neither read the cookie nor forge the HMAC. Cross-site requests declared by
//! the browser (`Sec-Fetch-Site`, `Origin`) are refused before that.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::AppState;
use crate::error::WebError;

/// Cookie holding the CSRF secret.
pub const CSRF_COOKIE: &str = "crocevia_csrf";
/// Form field carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";
/// Header carrying the CSRF token (for scripts).
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Largest form body read to find the token (larger forms send the header).
const MAX_FORM_BYTES: usize = 1024 * 1024;

/// Content-Security-Policy of every page: nothing inline, nothing third-party.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
    base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// The page policy, also allowing images from `origin` (a map's tile server).
#[must_use]
pub fn csp_with_images_from(origin: &str) -> String {
    CSP.replace(
        "img-src 'self' data:;",
        &format!("img-src 'self' data: {origin};"),
    )
}

/// Swagger UI (a developer tool from the vendored `utoipa-swagger-ui`) sets inline
/// styles; its pages alone may use them.
const CSP_API_DOCS: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; \
    connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
    frame-ancestors 'none'";

/// Paths whose answers carry personal data or depend on who is signed in:
/// never stored by the browser or a proxy.
const NO_STORE: [&str; 5] = [
    "/app",
    "/api/v1/desk",
    "/api/v1/me",
    "/api/v1/admin",
    "/calendar/",
];

/// Adds the security headers to every response.
pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let docs = path.starts_with("/api/v1/docs");
    let private = NO_STORE.iter().any(|p| path.starts_with(p));
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    if private {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.settings().secure_cookies() {
        // Served over HTTPS: browsers must never come back over plain HTTP.
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    let csp = if docs { CSP_API_DOCS } else { CSP };
    // A page may have set a policy of its own (the map allows its tile server).
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "geolocation=(self), camera=(), microphone=(), payment=(), usb=()",
        ),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// The CSRF token of the current request, for forms: `<input type="hidden"
/// name="csrf_token" value="{{ csrf.value() }}">`. Using it makes sure the
/// browser receives the matching cookie.
#[derive(Debug, Clone)]
pub struct CsrfToken {
    token: String,
    used: Arc<AtomicBool>,
}

impl CsrfToken {
    /// The token to embed.
    #[must_use]
    pub fn value(&self) -> &str {
        self.used.store(true, Ordering::Relaxed);
        &self.token
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or_else(|| WebError::Internal(anyhow::anyhow!("CSRF middleware not installed")))
    }
}

/// The token that proves knowledge of `secret` under `key`.
#[must_use]
pub fn sign(key: &[u8; 32], secret: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable_mac());
    mac.update(secret.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Equality that takes the same time wherever the first difference is.
#[must_use]
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether `token` is [`sign`]'s signature of `secret` (constant time).
pub(crate) fn verify(key: &[u8; 32], secret: &str, token: &str) -> bool {
    let Ok(token) = URL_SAFE_NO_PAD.decode(token.trim()) else {
        return false;
    };
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable_mac());
    mac.update(secret.as_bytes());
    mac.verify_slice(&token).is_ok()
}

/// HMAC accepts keys of any length, so construction cannot fail.
fn unreachable_mac() -> Hmac<Sha256> {
    unreachable!("HMAC-SHA256 accepts any key length")
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn is_safe(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

/// The CSRF middleware: verifies unsafe requests, provides [`CsrfToken`] to
/// handlers, and sets the cookie when a fresh token was used.
pub async fn csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let csrf_key = state.settings().csrf_key();
    let key = csrf_key.expose();
    let jar = CookieJar::from_headers(request.headers());
    let cookie_name = state.settings().cookie_name(CSRF_COOKIE);
    let existing = jar
        .get(&cookie_name)
        .map(|c| c.value().to_owned())
        .filter(|v| URL_SAFE_NO_PAD.decode(v).is_ok_and(|b| b.len() == 32));

    // No exemption for an `Authorization` header: nothing here takes bearer
    // tokens, and behind an intranet proxy with Basic or Negotiate
    // authentication browsers send one with every request.
    let request = if is_safe(request.method()) {
        request
    } else {
        match check_unsafe(&state, key, existing.as_deref(), request).await {
            Ok(request) => request,
            Err(why) => return WebError::Forbidden(why).into_response(),
        }
    };

    let fresh = existing.is_none();
    let secret = existing.unwrap_or_else(new_secret);
    let token = CsrfToken {
        token: sign(key, &secret),
        used: Arc::new(AtomicBool::new(false)),
    };
    let used = token.used.clone();
    let mut request = request;
    request.extensions_mut().insert(token);
    let response = next.run(request).await;
    if fresh && used.load(Ordering::Relaxed) {
        let cookie = Cookie::build((cookie_name, secret))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(state.settings().secure_cookies())
            .build();
        return (jar.add(cookie), response).into_response();
    }
    response
}

/// Checks an unsafe request; returns it (body restored) or why it was refused.
async fn check_unsafe(
    state: &AppState,
    key: &[u8; 32],
    secret: Option<&str>,
    request: Request,
) -> Result<Request, &'static str> {
    let headers = request.headers();
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
    {
        return Err("cross-site request refused");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok())
        && !origin_allowed(state, origin, headers.get(header::HOST))
    {
        return Err("request origin does not match this site");
    }
    let secret = secret.ok_or("missing CSRF cookie: reload the page and try again")?;
    if let Some(token) = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()) {
        return if verify(key, secret, token) {
            Ok(request)
        } else {
            Err("invalid CSRF token")
        };
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        // Checked by the `Upload` extractor after login; refused unread
        // everywhere else.
        let upload_route = request
            .extensions()
            .get::<MatchedPath>()
            .is_some_and(|p| UPLOAD_ROUTES.contains(&p.as_str()));
        if !upload_route {
            return Err("file uploads are not accepted here");
        }
        let mut request = request;
        request.extensions_mut().insert(DeferredCsrf {
            secret: secret.to_owned(),
        });
        return Ok(request);
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err("missing CSRF token");
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| "form too large")?;
    if form_token(&bytes).is_some_and(|token| verify(key, secret, &token)) {
        Ok(Request::from_parts(parts, Body::from(bytes)))
    } else {
        Err("missing or invalid CSRF token")
    }
}

/// The route templates whose handlers take an [`crate::upload::Upload`]: the only paths
/// where the CSRF middleware lets a multipart body through.
pub const UPLOAD_ROUTES: [&str; 3] = [
    "/app/desk/cases/{id}/documents",
    "/app/translate/import",
    "/app/training/surveys/import",
];

/// Left by the CSRF middleware on a multipart request to an upload route:
/// the request's CSRF secret, for [`crate::upload::Upload`] to check the form's token.
#[derive(Debug, Clone)]
pub(crate) struct DeferredCsrf {
    pub(crate) secret: String,
}

/// The CSRF token field of an urlencoded form body.
fn form_token(body: &[u8]) -> Option<String> {
    let posted = crate::form::Posted::parse(body);
    posted
        .has(CSRF_FIELD)
        .then(|| posted.get(CSRF_FIELD).to_owned())
}

/// The `Origin` must be the configured public URL, or, without one, the `Host`
/// the request was sent to.
fn origin_allowed(state: &AppState, origin: &str, host: Option<&HeaderValue>) -> bool {
    if let Some(public) = state.settings().public_url.as_deref() {
        return origin.trim_end_matches('/') == public.trim_end_matches('/');
    }
    let origin_host = origin
        .split_once("://")
        .map_or(origin, |(_, rest)| rest)
        .trim_end_matches('/');
    host.and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.eq_ignore_ascii_case(origin_host))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Any form body: the token is found or not, without a panic, within
        /// a bound per input.
        #[test]
        fn any_form_body_gets_an_answer(
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096),
            token in "[A-Za-z0-9_-]{0,64}",
        ) {
            let started = std::time::Instant::now();
            let _ = form_token(&body);
            let mut with = body.clone();
            with.extend(format!("&csrf_token={token}").bytes());
            proptest::prop_assert!(form_token(&with).is_some());
            proptest::prop_assert!(started.elapsed() < std::time::Duration::from_secs(5));
        }
    }

    #[test]
    fn tokens_verify_only_for_their_secret_and_key() {
        let key = [7u8; 32];
        let secret = new_secret();
        let token = sign(&key, &secret);
        assert!(verify(&key, &secret, &token));
        assert!(!verify(&key, &new_secret(), &token));
        assert!(!verify(&[8u8; 32], &secret, &token));
        assert!(!verify(&key, &secret, "not base64 !"));
        assert!(!verify(&key, &secret, ""));
    }
}
