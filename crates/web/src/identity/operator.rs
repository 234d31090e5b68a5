//! The signed-in operator of a request: the session read from its cookie,
//! the second factor required where the roles touch personal data, what the
//! policy knows about them (read once per request), and how an act of
//! theirs is recorded.

use crate::error::{WebError, WebResult, is_api_path};
use crate::{AppState, REQUEST_ID_HEADER};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use crocevia_domain::identity::{Subject, requires_second_factor};
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::sessions::SessionInfo;
use crocevia_store::identity::users::User;
use std::sync::Arc;

/// Cookie holding the session token.
pub const SESSION_COOKIE: &str = "crocevia_session";

/// The signed-in operator of the request. Without a live session, pages redirect
/// to the login (keeping where the person was going) and APIs answer 401.
#[derive(Debug, Clone)]
pub struct Operator {
    /// The operator.
    pub user: User,
    /// The session of this request.
    pub session: SessionInfo,
    /// What the policy knows about them, read once per request (see [`subject`]).
    pub(crate) subject: Arc<tokio::sync::OnceCell<Subject>>,
}

impl FromRequestParts<AppState> for Operator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        // Read once per request (an upload resolves the operator before its body).
        if let Some(operator) = parts.extensions.get::<Operator>() {
            return Ok(operator.clone());
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let name = state.settings().cookie_name(SESSION_COOKIE);
        if let Some(token) = jar.get(&name).map(|c| c.value().to_owned()) {
            match state.store().session_user(&token).await {
                Ok(Some((session, user))) => {
                    let operator = Operator {
                        user,
                        session,
                        subject: Arc::default(),
                    };
                    return match second_factor_redirect(state, &operator, parts).await {
                        Ok(None) => {
                            parts.extensions.insert(operator.clone());
                            Ok(operator)
                        }
                        Ok(Some(redirect)) => Err(redirect),
                        Err(e) => Err(e.into_response()),
                    };
                }
                Ok(None) => {}
                Err(e) => return Err(WebError::from(e).into_response()),
            }
        }
        let path = parts.uri.path();
        if is_api_path(path) {
            return Err(crate::error::Problem::new(
                StatusCode::UNAUTHORIZED,
                None,
                Some(path.to_owned()),
            )
            .into_response_with(StatusCode::UNAUTHORIZED));
        }
        let target = parts.uri.path_and_query().map_or("/app/", |p| p.as_str());
        let next = form_urlencoded::byte_serialize(target.as_bytes()).collect::<String>();
        Err(Redirect::to(&format!("/app/login?next={next}")).into_response())
    }
}

/// Pages reachable before the second factor is passed.
const BEFORE_SECOND_FACTOR: [&str; 3] = ["/app/login/totp", "/app/account/totp", "/app/logout"];

/// Where a session that still owes the second factor must go first: the code
/// challenge when the operator has one, the enrollment when their roles touch
/// personal data (the factor is mandatory for them); `None` to proceed.
async fn second_factor_redirect(
    state: &AppState,
    operator: &Operator,
    parts: &Parts,
) -> WebResult<Option<Response>> {
    let path = parts.uri.path();
    if operator.session.second_factor || BEFORE_SECOND_FACTOR.contains(&path) {
        return Ok(None);
    }
    let target = if operator.user.totp_enrolled {
        "/app/login/totp"
    } else if requires_second_factor(subject(state, operator).await?) {
        "/app/account/totp"
    } else {
        return Ok(None);
    };
    if is_api_path(path) {
        return Ok(Some(
            WebError::NotPermitted(
                "this needs a session that passed the second authentication factor",
            )
            .into_response(),
        ));
    }
    let here = parts.uri.path_and_query().map_or("/app/", |p| p.as_str());
    let next = form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
    Ok(Some(
        Redirect::to(&format!("{target}?next={next}")).into_response(),
    ))
}

/// Only workspace paths are followed after login (no open redirect).
pub(crate) fn safe_next(next: &str) -> &str {
    if next.starts_with("/app/") && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/app/"
    }
}

/// Appends `event` to the audit log as done by `operator` in this request.
pub(crate) async fn audit_by(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    event: AuditEvent,
) -> WebResult<()> {
    state
        .store()
        .audit(&acted(operator, headers, event))
        .await?;
    Ok(())
}

/// `event` as done by `operator` in this request: for a use case that
/// appends it in the transaction of its change.
pub(crate) fn acted(operator: &Operator, headers: &HeaderMap, event: AuditEvent) -> AuditEvent {
    event.by(operator.user.id).request(request_id(headers))
}

pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// What the policy knows about the operator in this session: read from the
/// database at the first question of a request, then reused by every guard and
/// list filter of that request.
pub async fn subject<'a>(state: &AppState, operator: &'a Operator) -> WebResult<&'a Subject> {
    Ok(operator
        .subject
        .get_or_try_init(|| {
            state
                .store()
                .subject(operator.user.id, operator.session.second_factor)
        })
        .await?)
}
