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
use axum::extract::{FromRequestParts, Request, State};
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
/// Largest file upload (a multipart form).
pub const MAX_UPLOAD_BYTES: usize = 12 * 1024 * 1024;

/// One part of a `multipart/form-data` body.
#[derive(Debug)]
pub struct Part<'a> {
    /// The field name.
    pub name: String,
    /// The file name, for a file.
    pub filename: Option<String>,
    /// The content.
    pub data: &'a [u8],
}

/// The parts of a `multipart/form-data` body (RFC 7578); a malformed body
/// gives the parts found before the damage.
#[must_use]
pub fn multipart<'a>(content_type: &str, body: &'a [u8]) -> Vec<Part<'a>> {
    let Some(boundary) = content_type
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("boundary="))
        .map(|b| format!("--{}", b.trim_matches('"')))
    else {
        return Vec::new();
    };
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    let mut parts = Vec::new();
    let Some(mut at) = find(body, boundary.as_bytes(), 0) else {
        return parts;
    };
    loop {
        let start = at + boundary.len();
        if body.get(start..start + 2) == Some(b"--") {
            break;
        }
        let Some(head_end) = find(body, b"\r\n\r\n", start) else {
            break;
        };
        let Some(next) = find(body, format!("\r\n{boundary}").as_bytes(), head_end) else {
            break;
        };
        let head = String::from_utf8_lossy(&body[start..head_end]);
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))
            .unwrap_or_default();
        let param = |key: &str| {
            disposition.split(';').map(str::trim).find_map(|p| {
                p.strip_prefix(key)
                    .and_then(|v| v.strip_prefix('='))
                    .map(|v| v.trim_matches('"').to_owned())
            })
        };
        if let Some(name) = param("name") {
            parts.push(Part {
                name,
                filename: param("filename"),
                data: &body[head_end + 4..next],
            });
        }
        at = next + 2;
    }
    parts
}

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

/// Adds the security headers to every response.
pub async fn headers(request: Request, next: Next) -> Response {
    let docs = request.uri().path().starts_with("/api/v1/docs");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
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
    let key = state.settings().session_key.expose();
    let jar = CookieJar::from_headers(request.headers());
    let existing = jar
        .get(CSRF_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| URL_SAFE_NO_PAD.decode(v).is_ok_and(|b| b.len() == 32));

    let request = if is_safe(request.method())
        // Requests authenticated by a bearer token carry no ambient credentials.
        || request.headers().contains_key(header::AUTHORIZATION)
    {
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
        let cookie = Cookie::build((CSRF_COOKIE, secret))
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
        .unwrap_or_default()
        .to_owned();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let is_multipart = content_type.starts_with("multipart/form-data");
    if !is_form && !is_multipart {
        return Err("missing CSRF token");
    }
    let (parts, body) = request.into_parts();
    let limit = if is_multipart {
        MAX_UPLOAD_BYTES
    } else {
        MAX_FORM_BYTES
    };
    let bytes = to_bytes(body, limit).await.map_err(|_| "form too large")?;
    let valid = if is_multipart {
        multipart(&content_type, &bytes)
            .into_iter()
            .find(|p| p.name == CSRF_FIELD)
            .is_some_and(|p| verify(key, secret, &String::from_utf8_lossy(p.data)))
    } else {
        form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == CSRF_FIELD)
            .is_some_and(|(_, v)| verify(key, secret, &v))
    };
    if valid {
        Ok(Request::from_parts(parts, Body::from(bytes)))
    } else {
        Err("missing or invalid CSRF token")
    }
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

    #[test]
    fn multipart_parts_are_found_and_damage_stops_the_parse() {
        let body = b"--b1\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok\r\n--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlf\"\r\nContent-Type: text/xml\r\n\r\n<x>\r\n</x>\r\n--b1--\r\n";
        let parts = multipart("multipart/form-data; boundary=b1", body);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].name.as_str(), parts[0].data),
            ("csrf_token", &b"tok"[..])
        );
        assert_eq!(parts[1].filename.as_deref(), Some("a.xlf"));
        assert_eq!(parts[1].data, b"<x>\r\n</x>");
        assert!(
            multipart("multipart/form-data", body).is_empty(),
            "no boundary"
        );
        let cut = &body[..60];
        assert!(multipart("multipart/form-data; boundary=b1", cut).is_empty());
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
