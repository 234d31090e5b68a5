//! One error type for the web layer, converted once at the edge: a localized HTML
//! page for people, `application/problem+json` (RFC 9457) for the APIs.
//!
//! Handlers return [`WebError`]; its response carries only an [`ErrorMarker`].
//! The [`render_errors`] middleware, which knows the request (path, language,
//! request id), turns the marker into the right body.

use std::any::Any;

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use crocevia_domain::Lang;
use serde::Serialize;

use crate::layout::{Chrome, ChromeInput, Section, network};
use crate::{AppState, REQUEST_ID_HEADER};

/// Errors a handler can return.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// No such page or resource (or it must not be revealed).
    #[error("not found")]
    NotFound,
    /// The request was refused as a request (e.g. a missing or invalid CSRF
    /// token): trying again may work.
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// The person is not allowed to do this (the access policy said no).
    #[error("not permitted: {0}")]
    NotPermitted(&'static str),
    /// The request itself is malformed (what is wrong, without personal data).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The request body is larger than this route accepts.
    #[error("payload too large")]
    TooLarge,
    /// Too many attempts: try again after this many seconds (429 with
    /// `Retry-After`).
    #[error("too many requests")]
    TooMany(u64),
    /// A failure of ours; details go to the log, never to the client.
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl From<crocevia_store::StoreError> for WebError {
    fn from(e: crocevia_store::StoreError) -> Self {
        match e {
            // The row went between the guard and the change (deleted or
            // merged by someone else meanwhile).
            crocevia_store::StoreError::NotFound(_) => WebError::NotFound,
            e => WebError::Internal(e.into()),
        }
    }
}

/// Result alias for handlers.
pub type WebResult<T> = Result<T, WebError>;

/// What [`render_errors`] needs to render an error response.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    /// HTTP status.
    pub status: StatusCode,
    /// Safe, non-personal detail for API clients.
    pub detail: Option<&'static str>,
    /// A refusal of the access policy (not of the request itself).
    pub permission: bool,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, detail) = match &self {
            WebError::NotFound => (StatusCode::NOT_FOUND, None),
            WebError::Forbidden(why) => (StatusCode::FORBIDDEN, Some(*why)),
            WebError::BadRequest(why) => (StatusCode::BAD_REQUEST, Some(*why)),
            WebError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, None),
            WebError::TooMany(seconds) => {
                let mut response = WebError::marked(
                    StatusCode::TOO_MANY_REQUESTS,
                    Some("too many attempts: try again later"),
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*seconds));
                return response;
            }
            WebError::NotPermitted(why) => {
                let mut response = StatusCode::FORBIDDEN.into_response();
                response.extensions_mut().insert(ErrorMarker {
                    status: StatusCode::FORBIDDEN,
                    detail: Some(*why),
                    permission: true,
                });
                return response;
            }
            WebError::Internal(e) => {
                // The error chain may mention identifiers but never personal data:
                // store errors are built to keep it out.
                tracing::error!(error = %e, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, None)
            }
        };
        WebError::marked(status, detail)
    }
}

impl WebError {
    /// An empty response of `status` that [`render_errors`] renders.
    fn marked(status: StatusCode, detail: Option<&'static str>) -> Response {
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorMarker {
            status,
            detail,
            permission: false,
        });
        response
    }
}

/// The fallback handler: nothing matched.
pub async fn not_found() -> WebError {
    WebError::NotFound
}

/// The answer to a method that no route of the path handles: a 405 that
/// [`render_errors`] renders; axum adds the `Allow` header of the route.
/// Installed after the CSRF layer (see [`crate::router`]), so that the method
/// is refused as a method, not as a missing CSRF token.
pub async fn method_not_allowed() -> StatusCode {
    StatusCode::METHOD_NOT_ALLOWED
}

/// Whether `response` is the rejection of one of axum's extractors (`Path`,
/// `Query`, `Json`, `Form`, …): a client error in plain text. Our own errors
/// carry an [`ErrorMarker`] instead.
fn is_rejection(response: &Response) -> bool {
    response.status().is_client_error()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/plain"))
}

/// The detail of a rejected request. Not the rejection's own text: it quotes
/// what was sent, and a query may carry a name someone typed.
fn rejection_detail(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "a path or query parameter is missing or malformed",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported request content type",
        StatusCode::UNPROCESSABLE_ENTITY => "the request body does not have the expected shape",
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is too large",
        _ => "malformed request",
    }
}

/// Turns a panic into a 500 (rendered by [`render_errors`]); the panic message is
/// logged, not shown.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    WebError::Internal(anyhow::anyhow!("panic in handler: {message}")).into_response()
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI reference that identifies the problem type.
    #[serde(rename = "type")]
    #[schema(example = "about:blank")]
    pub kind: String,
    /// Short, human-readable summary.
    #[schema(example = "Not Found")]
    pub title: String,
    /// The HTTP status code.
    #[schema(example = 404)]
    pub status: u16,
    /// Explanation specific to this occurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The request that failed: its path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

/// Media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

impl Problem {
    /// A problem of type `about:blank` for `status`.
    #[must_use]
    pub fn new(status: StatusCode, detail: Option<String>, instance: Option<String>) -> Problem {
        Problem {
            kind: "about:blank".to_owned(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail,
            instance,
        }
    }

    /// As an HTTP response with the problem media type.
    #[must_use]
    pub fn into_response_with(self, status: StatusCode) -> Response {
        let body = serde_json::to_vec(&self).unwrap_or_default();
        (
            status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON))],
            body,
        )
            .into_response()
    }
}

/// Whether a path belongs to a machine API (errors as problem+json).
#[must_use]
pub fn is_api_path(path: &str) -> bool {
    path == "/status" || path.starts_with("/api/") || path.starts_with("/hsds/")
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    status: u16,
    text_key: &'static str,
    request_id: Option<String>,
}

/// Middleware rendering [`ErrorMarker`] responses as HTML pages or problem+json.
pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let api = is_api_path(&path);
    // The page language: the path's own, else what `/` would negotiate.
    let lang = path
        .split('/')
        .nth(1)
        .and_then(Lang::from_url_segment)
        .filter(|l| state.settings().languages.contains(*l))
        .unwrap_or_else(|| crate::i18n::negotiate(&state, request.headers()));
    let request_id = request
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);

    let response = next.run(request).await;
    let marker = match response.extensions().get::<ErrorMarker>() {
        Some(marker) => marker.clone(),
        // The router's own answer to a known path with the wrong method.
        None if response.status() == StatusCode::METHOD_NOT_ALLOWED => ErrorMarker {
            status: StatusCode::METHOD_NOT_ALLOWED,
            detail: None,
            permission: false,
        },
        // An extractor's plain-text rejection: on the APIs, a problem document
        // like every other error (the OpenAPI document promises it).
        None if api && is_rejection(&response) => ErrorMarker {
            status: response.status(),
            detail: Some(rejection_detail(response.status())),
            permission: false,
        },
        None => return response,
    };
    let (mut parts, _) = response.into_parts();
    if api {
        let problem = Problem::new(marker.status, marker.detail.map(str::to_owned), Some(path));
        let mut rendered = problem.into_response_with(marker.status);
        // Headers the handler set (e.g. `Retry-After`) stay.
        parts.headers.remove(header::CONTENT_TYPE);
        parts.headers.remove(header::CONTENT_LENGTH);
        rendered.headers_mut().extend(parts.headers);
        return rendered;
    }
    let server_error = marker.status.is_server_error();
    let (title_key, text_key) = match marker.status {
        StatusCode::NOT_FOUND => ("error-404-title", "error-404-text"),
        StatusCode::FORBIDDEN if marker.permission => ("error-403-title", "error-403-permission"),
        StatusCode::FORBIDDEN | StatusCode::METHOD_NOT_ALLOWED => {
            ("error-403-title", "error-403-text")
        }
        StatusCode::TOO_MANY_REQUESTS => ("error-429-title", "error-429-text"),
        StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE => {
            ("error-400-title", "error-400-text")
        }
        _ => ("error-500-title", "error-500-text"),
    };
    // An error page must render even when the database is what failed.
    let profile = if server_error {
        None
    } else {
        state.network_profile().await.ok().flatten()
    };
    let settings = state.settings();
    let chrome = Chrome::new(ChromeInput {
        lang,
        languages: &settings.languages,
        rest: "/",
        public_url: settings.public_url.as_deref(),
        section: Section::Other,
        title_key,
        network: network(profile, &settings.default_network_name),
    });
    let page = ErrorPage {
        chrome,
        status: marker.status.as_u16(),
        text_key,
        request_id: request_id.filter(|_| server_error),
    };
    let mut rendered = render_html(&page);
    *rendered.status_mut() = marker.status;
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    rendered.headers_mut().extend(parts.headers);
    rendered
}

/// Renders a page that shows a submitted form: 422 when `invalid` (the form
/// had errors, shown beside its fields), 200 otherwise.
pub fn render_form(template: &impl Template, invalid: bool) -> Response {
    let mut response = render_html(template);
    if invalid && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

/// Renders an askama template as an HTML response; a template error is a 500 with
/// a minimal page (templates are compiled, so this only happens on a formatting bug).
pub fn render_html(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                Html("<!doctype html><html lang=\"it\"><title>Errore</title><h1>Errore interno / Internal error</h1></html>"),
            )
                .into_response()
        }
    }
}
