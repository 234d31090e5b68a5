//! One's own account in the workspace: the sessions open (each can be ended) and the interface language.

use super::operator::Operator;
use super::operator::acted;
use super::{AppChrome, app_chrome, app_lang};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Check;
use crate::i18n::APP_LANGS;
use crate::i18n::Tr;
use crate::security::CsrfToken;
use askama::Template;
use axum::Form;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::Lang;
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;

/// One row of the sessions table.
pub(super) struct SessionRow {
    pub(super) id: String,
    pub(super) started: String,
    pub(super) last_seen: String,
    pub(super) second_factor: bool,
    pub(super) current: bool,
}

#[derive(Template)]
#[template(path = "sessions.html")]
pub(super) struct SessionsPage {
    pub(super) app: AppChrome,
    pub(super) sessions: Vec<SessionRow>,
    pub(super) revoked: bool,
    pub(super) language_saved: bool,
    pub(super) language_error: Option<String>,
    /// The interface languages, each in its own name; the chosen one ticked.
    pub(super) languages: Vec<Check>,
}

#[derive(Debug, Deserialize)]
pub(super) struct RevokedQuery {
    pub(super) revoked: Option<String>,
    pub(super) language: Option<String>,
}

pub(super) async fn sessions(ctx: Ctx, Query(query): Query<RevokedQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let notices = (query.revoked.is_some(), query.language.is_some());
    render_account(&state, &operator, (&headers, &csrf), notices, None).await
}

/// The operator's own page: their sessions and their interface language.
pub(super) async fn render_account(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    (revoked, language_saved): (bool, bool),
    language_error: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let app = app_chrome(state, lang, "sessions-title", Some(&operator.user), csrf).await?;
    let format = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    let sessions = state
        .store()
        .list_sessions(operator.user.id)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            current: s.id == operator.session.id,
            started: format(s.created_at),
            last_seen: format(s.last_seen_at),
            second_factor: s.second_factor,
            id: s.id,
        })
        .collect();
    let languages = APP_LANGS
        .iter()
        .map(|l| {
            let name = Tr(*l).t("language-name");
            Check::new(l.as_str(), name, *l == operator.user.ui_lang)
        })
        .collect();
    let has_error = language_error.is_some();
    Ok(render_form(
        &SessionsPage {
            app,
            sessions,
            revoked,
            language_saved,
            language_error,
            languages,
        },
        has_error,
    ))
}

#[derive(Debug, Deserialize)]
pub(super) struct LanguageForm {
    #[serde(default)]
    pub(super) lang: String,
}

/// The operator chooses the language of their interface (and of the mails sent
/// to them).
pub(super) async fn set_language(ctx: Ctx, Form(form): Form<LanguageForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let Some(lang) = Lang::from_url_segment(&form.lang).filter(|l| APP_LANGS.contains(l)) else {
        let error = Tr(lang).t("invite-choice-missing");
        let page = (&headers, &csrf);
        return render_account(&state, &operator, page, (false, false), Some(error)).await;
    };
    // A preference, not recorded.
    state
        .store()
        .set_ui_lang(operator.user.id, lang, &Trail::unrecorded())
        .await?;
    Ok(Redirect::to("/app/account/sessions?language=1").into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct RevokeForm {
    pub(super) id: String,
}

pub(super) async fn revoke(ctx: Ctx, Form(form): Form<RevokeForm>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    // Only the owner's sessions match; another user's id is "not found".
    let done = Trail::new(acted(
        &operator,
        &headers,
        AuditEvent::new("identity.session.revoke", "session", Some(form.id.clone())),
    ));
    if !state
        .store()
        .revoke_session(operator.user.id, &form.id, &done)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/app/account/sessions?revoked=1").into_response())
}
