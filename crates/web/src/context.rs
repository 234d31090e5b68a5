//! The request context of a workspace handler: one extractor ([`Ctx`])
//! carrying the state, the signed-in operator, the page's language and
//! translator, the CSRF token, the request id and headers, instead of each
//! handler taking them one by one and computing the language again. A
//! handler starts with `let Ctx { state, operator, .. } = ctx;` when it
//! hands them on to the desk's loaders.

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use crocevia_domain::Lang;
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;

use crate::AppState;
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::identity::chrome::{AppChrome, app_chrome, app_lang};
use crate::identity::operator::{Operator, request_id};
use crate::security::CsrfToken;

/// Everything a workspace handler works with (guards come on top of it).
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The application.
    pub state: AppState,
    /// Who is signed in.
    pub operator: Operator,
    /// The workspace language of this page.
    pub lang: Lang,
    /// Its messages.
    pub tr: Tr,
    /// The CSRF token of the forms of the page.
    pub csrf: CsrfToken,
    /// The request id, to correlate the audit log with the logs.
    pub request: Option<String>,
    /// The request's headers (the audit entry's request id, `Accept`, the
    /// host of links).
    pub headers: HeaderMap,
}

impl FromRequestParts<AppState> for Ctx {
    /// Without a session: the operator's answer (the login, or 401).
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let operator = Operator::from_request_parts(parts, state).await?;
        let csrf = CsrfToken::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let lang = app_lang(&parts.headers, Some(&operator.user));
        Ok(Ctx {
            state: state.clone(),
            lang,
            tr: Tr(lang),
            csrf,
            request: request_id(&parts.headers),
            headers: parts.headers.clone(),
            operator,
        })
    }
}

impl Ctx {
    /// The trail of an action of this operator in this request: `event`
    /// done by them, with the request id.
    pub fn trail(&self, event: AuditEvent) -> Trail {
        Trail::new(
            event
                .by(self.operator.user.id)
                .request(self.request.clone()),
        )
    }

    /// The workspace chrome of a page titled by message `title_key`.
    pub async fn chrome(&self, title_key: &str) -> WebResult<AppChrome> {
        app_chrome(
            &self.state,
            self.lang,
            title_key,
            Some(&self.operator.user),
            &self.csrf,
        )
        .await
    }
}
