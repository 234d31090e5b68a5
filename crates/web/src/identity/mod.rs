//! The operator workspace's front door: login with lockout, logout, the
//! signed-in [`Operator`] extractor and the list of one's own sessions.
//!
//! Login never reveals whether an account exists: the same message, the same
//! argon2 work and the same lockout apply to unknown emails.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, http};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use crocevia_domain::identity::password::verify_nothing;
use crocevia_domain::identity::{Email, InvalidEmail, Target, allows, perm};
use crocevia_domain::{Direction, Lang};
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::{AuditEvent, AuditQuery};
use crocevia_store::identity::throttle::{Attempt, Throttled};
use crocevia_store::identity::users::User;
use serde::Deserialize;

use crate::AppState;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::i18n::Tr;
use crate::limits::{self, Client};
use crate::security::CsrfToken;

pub(crate) mod admin;
mod agencies;
pub mod api;
pub(crate) mod approvals;
mod grants;
pub mod oidc;
pub(crate) mod operator;
mod password;
mod roles;
mod totp;

pub use self::operator::{Operator, SESSION_COOKIE, subject};
pub(crate) use self::operator::{acted, audit_by, request_id, safe_next};
pub(crate) use crate::guard::refused;
pub use crate::guard::{authorize, authorize_any, owned_by};

pub(crate) use crate::i18n::APP_LANGS;

/// Routes of the workspace's front door.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/app", get(|| async { Redirect::permanent("/app/") }))
        .route("/app/", get(home))
        .route("/app/login", get(login_form).post(login))
        .route("/app/logout", post(logout))
        .route("/api/v1/me", get(api::me))
        .route("/api/v1/admin/users", get(api::users))
        .route("/api/v1/admin/users/{id}", get(api::user))
        .route("/api/v1/admin/agencies", get(api::agencies))
        .route("/api/v1/admin/agencies/{id}", get(api::agency))
        .route("/app/login/oidc", get(oidc::start))
        .route("/app/login/oidc/callback", get(oidc::callback))
        .route("/app/account/sessions", get(sessions))
        .route("/app/account/sessions/revoke", post(revoke))
        .route("/app/account/language", post(set_language))
        .route("/app/admin/audit", get(audit_search))
        .route(
            "/app/login/totp",
            get(totp::challenge_form).post(totp::challenge),
        )
        .route("/app/admin/users", get(admin::users))
        .route("/app/admin/users/{id}", get(grants::page))
        .route("/app/admin/users/{id}/grants", post(grants::add))
        .route(
            "/app/admin/users/{id}/grants/{grant}/delete",
            post(grants::remove),
        )
        .route(
            "/app/admin/users/{id}/requests/{request}/approve",
            post(approvals::approve),
        )
        .route(
            "/app/admin/users/{id}/requests/{request}/reject",
            post(approvals::reject),
        )
        .route(
            "/app/admin/agencies",
            get(agencies::agencies).post(agencies::create),
        )
        .route(
            "/app/admin/agencies/{id}",
            get(agencies::page).post(agencies::update),
        )
        .route(
            "/app/admin/agencies/{id}/active",
            post(agencies::set_active),
        )
        .route("/app/admin/roles", get(roles::roles).post(roles::create))
        .route(
            "/app/admin/roles/{id}",
            get(roles::page).post(roles::update),
        )
        .route("/app/admin/roles/{id}/delete", post(roles::delete))
        .route("/app/admin/users/invite", post(admin::invite))
        .route("/app/admin/users/{id}/reinvite", post(admin::reinvite))
        .route(
            "/app/admin/users/{id}/revoke-sessions",
            post(admin::revoke_sessions),
        )
        .route(
            "/app/password/forgot",
            get(password::forgot_form).post(password::forgot),
        )
        .route(
            "/app/password/set/{token}",
            get(password::set_form).post(password::set),
        )
        .route(
            "/app/account/totp",
            get(totp::enroll_form).post(totp::enroll),
        )
}

/// Page chrome of the workspace.
pub struct AppChrome {
    /// Page language.
    pub lang: Lang,
    /// `ltr` / `rtl`.
    pub dir: &'static str,
    /// Stylesheet for the direction.
    pub css_href: &'static str,
    /// Page title.
    pub title: String,
    /// Network name.
    pub network_name: String,
    /// Signed-in operator's name.
    pub user_name: Option<String>,
    /// The operator's unread notifications.
    pub unread: u64,
    /// CSRF token for forms.
    pub csrf: String,
}

impl AppChrome {
    /// A message in the page language.
    #[must_use]
    pub fn t(&self, key: &str) -> String {
        Tr(self.lang).t(key)
    }

    /// A message with one named argument.
    #[must_use]
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        Tr(self.lang).t1(key, name, value)
    }
}

/// The workspace language: the operator's preference when translated, else what
/// the browser asks among the translated ones, else Italian.
pub(crate) fn app_lang(headers: &HeaderMap, user: Option<&User>) -> Lang {
    user.map(|u| u.ui_lang)
        .filter(|l| APP_LANGS.contains(l))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| {
                    crocevia_domain::LangSet::parse(&["it", "en"])
                        .ok()
                        .and_then(|set| set.negotiate(v))
                })
        })
        .unwrap_or(Lang::DEFAULT)
}

pub(crate) async fn app_chrome(
    state: &AppState,
    lang: Lang,
    title_key: &str,
    user: Option<&User>,
    csrf: &CsrfToken,
) -> WebResult<AppChrome> {
    let network_name = crate::layout::network(
        state.network_profile().await?,
        &state.settings().default_network_name,
    )
    .name;
    let rtl = lang.direction() == Direction::Rtl;
    Ok(AppChrome {
        lang,
        dir: lang.direction().as_str(),
        css_href: if rtl {
            crate::layout::CSS_RTL
        } else {
            crate::layout::CSS_LTR
        },
        title: Tr(lang).t(title_key),
        network_name,
        user_name: user.map(|u| u.display_name.clone()),
        unread: match user {
            Some(u) => state.store().unread_notifications(u.id).await?,
            None => 0,
        },
        csrf: csrf.value().to_owned(),
    })
}

#[derive(Template)]
#[template(path = "app_home.html")]
struct HomePage {
    app: AppChrome,
    welcome: String,
    /// Sections the operator may open: (path, title).
    links: Vec<Section>,
}

/// A section of the workspace on the landing page: where, what, what for.
struct Section {
    href: &'static str,
    title: String,
    about: String,
}

async fn home(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let lang = app_lang(&headers, Some(&operator.user));
    let app = app_chrome(&state, lang, "app-home-title", Some(&operator.user), &csrf).await?;
    let tr = Tr(lang);
    let welcome = tr.t1("app-welcome", "name", &operator.user.display_name);
    // The workspace's sections this operator may open, asked of the policy.
    let subject = subject(&state, &operator).await?;
    // Guides, glossary and their translations are the network's: only a
    // network-wide grant opens them.
    let links = [
        (
            "/app/admin/agencies",
            ("admin-agencies-title", "app-home-about-agencies"),
            perm::ADMIN_AGENCIES,
            Target::Listing,
        ),
        (
            "/app/admin/users",
            ("admin-users-title", "app-home-about-users"),
            perm::ADMIN_USERS,
            Target::Listing,
        ),
        (
            "/app/admin/roles",
            ("admin-roles-title", "app-home-about-roles"),
            perm::ADMIN_ROLES,
            Target::Listing,
        ),
        (
            "/app/admin/audit",
            ("audit-title", "app-home-about-audit"),
            perm::AUDIT_READ,
            Target::Listing,
        ),
        (
            "/app/desk/retention",
            ("retention-title", "app-home-about-retention"),
            perm::AUDIT_READ,
            Target::Listing,
        ),
        (
            "/app/desk",
            ("desk-title", "app-home-about-desk"),
            perm::DESK_PERSON_READ,
            Target::Listing,
        ),
        (
            "/app/directory",
            ("appdir-title", "app-home-about-directory"),
            perm::DIRECTORY_EDIT,
            Target::Listing,
        ),
        (
            "/app/guides",
            ("appguide-title", "app-home-about-guides"),
            perm::GUIDES_EDIT,
            Target::Network,
        ),
        (
            "/app/translate",
            ("apptr-title", "app-home-about-translate"),
            perm::GUIDES_TRANSLATE,
            Target::Network,
        ),
        (
            "/app/feedback",
            ("feedback-queue-title", "app-home-about-feedback"),
            perm::GUIDES_EDIT,
            Target::Network,
        ),
        (
            "/app/admin/mail",
            ("mail-queue-title", "app-home-about-mail"),
            perm::ADMIN_USERS,
            Target::Network,
        ),
    ]
    .into_iter()
    .filter(|(_, _, p, target)| allows(subject, *p, target))
    .map(|(href, (title, about), _, _)| Section {
        href,
        title: tr.t(title),
        about: tr.t(about),
    })
    .collect();
    Ok(render_html(&HomePage {
        app,
        welcome,
        links,
    }))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    app: AppChrome,
    email: String,
    next: String,
    notice: Option<String>,
    form_error: Option<String>,
    email_error: Option<String>,
    password_error: Option<String>,
    /// The identity provider's name, when one is configured.
    oidc_label: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    pub(crate) next: Option<String>,
    /// Set after a password was saved.
    #[serde(default)]
    saved: Option<String>,
}

async fn login_form(
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
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

enum LoginOutcome {
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
async fn attempt(
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

async fn login(
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

fn oidc_label(state: &AppState) -> Option<String> {
    state.settings().oidc.as_ref().map(|o| o.label.clone())
}

/// Opens a session for `user` after a successful first step (password or
/// identity provider), audits it and goes on to `next` (the second factor
/// comes next when the operator's roles require it).
async fn open_session(
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
async fn login_page_with_error(
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

async fn logout(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    jar: CookieJar,
) -> WebResult<Response> {
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

/// One row of the sessions table.
struct SessionRow {
    id: String,
    started: String,
    last_seen: String,
    second_factor: bool,
    current: bool,
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct SessionsPage {
    app: AppChrome,
    sessions: Vec<SessionRow>,
    revoked: bool,
    language_saved: bool,
    language_error: Option<String>,
    /// The interface languages: (tag, own name, chosen).
    languages: Vec<(&'static str, String, bool)>,
}

#[derive(Debug, Deserialize)]
struct RevokedQuery {
    revoked: Option<String>,
    language: Option<String>,
}

async fn sessions(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(query): Query<RevokedQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let notices = (query.revoked.is_some(), query.language.is_some());
    render_account(&state, &operator, (&headers, &csrf), notices, None).await
}

/// The operator's own page: their sessions and their interface language.
async fn render_account(
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
            (l.as_str(), name, *l == operator.user.ui_lang)
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
struct LanguageForm {
    #[serde(default)]
    lang: String,
}

/// The operator chooses the language of their interface (and of the mails sent
/// to them).
async fn set_language(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    Form(form): Form<LanguageForm>,
) -> WebResult<Response> {
    let Some(lang) = Lang::from_url_segment(&form.lang).filter(|l| APP_LANGS.contains(l)) else {
        let error = Tr(app_lang(&headers, Some(&operator.user))).t("invite-choice-missing");
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
struct RevokeForm {
    id: String,
}

async fn revoke(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Form(form): Form<RevokeForm>,
) -> WebResult<Response> {
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

/// Filters of the audit search as typed (kept on screen).
#[derive(Debug, Default, Deserialize)]
struct AuditFilters {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    object_type: String,
    #[serde(default)]
    object_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    app: AppChrome,
    filters: AuditFilters,
    from_error: Option<String>,
    until_error: Option<String>,
    entries: Vec<crocevia_store::identity::audit::Model>,
}

/// `YYYY-MM-DD` as the RFC 3339 start of that UTC day; `Err` when malformed.
fn day_start(input: &str) -> Result<Option<String>, ()> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(input, "%Y-%m-%d")
        .map(|d| Some(format!("{}T00:00:00.000000Z", d.format("%Y-%m-%d"))))
        .map_err(|_| ())
}

fn non_empty(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The data-protection officer's search of the audit log (itself audited).
async fn audit_search(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(filters): Query<AuditFilters>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::AUDIT_READ, &Target::Network).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let from = day_start(&filters.from);
    let until = day_start(&filters.until);
    let from_error = from.is_err().then(|| tr.t("audit-date-invalid"));
    let until_error = until.is_err().then(|| tr.t("audit-date-invalid"));
    let entries = match (from, until) {
        (Ok(from), Ok(until)) => {
            let query = AuditQuery {
                actor_user: non_empty(&filters.actor),
                object_type: non_empty(&filters.object_type),
                object_id: non_empty(&filters.object_id),
                from,
                until,
            };
            state.store().search_audit(&query, 200).await?
        }
        _ => Vec::new(),
    };
    state
        .store()
        .audit(
            &AuditEvent::new("identity.audit.read", "audit_log", None)
                .by(operator.user.id)
                .request(request_id(&headers)),
        )
        .await?;
    let app = app_chrome(&state, lang, "audit-title", Some(&operator.user), &csrf).await?;
    let invalid = from_error.is_some() || until_error.is_some();
    let response = render_form(
        &AuditPage {
            app,
            filters,
            from_error,
            until_error,
            entries,
        },
        invalid,
    );
    Ok(response)
}

/// The targets an operator's account stands for: the agencies they act for,
/// or are to act for once a pending grant is approved (none: only
/// network-wide administrators may touch them).
pub(crate) async fn user_targets(state: &AppState, user: uuid::Uuid) -> WebResult<Vec<Target>> {
    let mut targets: Vec<Target> = state
        .store()
        .grants_of(user)
        .await?
        .iter()
        .map(|g| owned_by(&g.agency))
        .collect();
    targets.extend(approvals::pending_targets(state, user).await?);
    Ok(targets)
}
