//! Crocevia's web application: the public multilingual portal, the JSON API and
//! the shell every later capability plugs into.
//!
//! [`router`] builds the whole axum application from an [`AppState`]; [`serve`]
//! runs it with graceful shutdown. Nothing here keeps state that is not in the
//! database or rebuildable, so several instances can share one PostgreSQL.

pub mod api;
pub mod assets;
pub mod context;
pub mod desk;
pub mod directory;
pub mod error;
pub mod form;
pub mod guard;
pub mod guides;
pub mod i18n;
pub mod identity;
pub mod layout;
pub mod limits;
pub mod mail;
mod notifications;
pub mod pdf;
pub mod portal;
pub mod search;
pub mod security;
mod serve;
pub mod training;
pub mod upload;
mod versioned;

pub use serve::{ServeLimits, serve, shutdown_signal};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::MatchedPath;
use axum::http::{HeaderName, Request};
use crocevia_domain::LangSet;
use crocevia_store::directory::read::ReadModel;
use crocevia_store::portal::network::NetworkProfile;
use crocevia_store::{Store, StoreResult};
use secrecy::{ExposeSecret, SecretBox};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::{CompressionLayer, CompressionLevel, DefaultPredicate};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};

/// The header carrying each request's id, generated when the client sent none.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// A 256-bit secret key; its `Debug` never shows the bytes.
pub struct SecretKey(SecretBox<[u8; 32]>);

impl SecretKey {
    /// Wraps key material.
    #[must_use]
    pub fn new(bytes: [u8; 32]) -> SecretKey {
        SecretKey(SecretBox::new(Box::new(bytes)))
    }

    /// The key bytes, for cryptographic use only.
    #[must_use]
    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }
}

impl SecretKey {
    /// A separate key for one `purpose`, derived with HMAC-SHA256: a key
    /// that leaks through one use (a CSRF token, a cookie) says nothing of
    /// the others.
    #[must_use]
    pub fn derive(&self, purpose: &str) -> SecretKey {
        SecretKey::new(derive_key(self.expose(), purpose))
    }
}

/// `HMAC-SHA256(key, "crocevia/" + purpose)`: the derivation of
/// [`SecretKey::derive`], for callers holding raw key bytes.
#[must_use]
pub fn derive_key(key: &[u8; 32], purpose: &str) -> [u8; 32] {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC-SHA256 accepts any key length"));
    mac.update(b"crocevia/");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(***)")
    }
}

/// Settings of the web layer, already validated.
#[derive(Debug)]
pub struct WebSettings {
    /// Languages enabled in this deployment.
    pub languages: LangSet,
    /// Public base URL (`https://servizi.example.it`), when known: used for absolute
    /// `hreflang` links, `Secure` cookies and the CSRF origin check.
    pub public_url: Option<String>,
    /// Name shown when no network profile is stored yet.
    pub default_network_name: String,
    /// The master key of the server's signatures: CSRF tokens, the login
    /// flow cookie and rate-limit buckets each use their own key derived
    /// from it ([`SecretKey::derive`]).
    pub session_key: SecretKey,
    /// Key of field-level encryption (TOTP secrets, special-category data).
    pub field_key: SecretKey,
    /// Outgoing mail.
    pub mailer: mail::Mailer,
    /// Sender of outgoing mail, e.g. `Crocevia <noreply@regione.example>`.
    pub mail_from: String,
    /// The first wait before a mail that could not leave is tried again;
    /// each further attempt waits twice as long ([`mail::outbox::backoff`]).
    pub mail_retry: Duration,
    /// Base of links in emails: the public URL, or the listening address.
    pub link_base: String,
    /// How long a break-glass access lasts, in minutes.
    pub break_glass_minutes: i64,
    /// How long records are kept.
    pub retention: crocevia_store::desk::rights::RetentionRules,
    /// Login through an OpenID Connect identity provider, when configured.
    pub oidc: Option<identity::oidc::OidcSettings>,
    /// Map tiles of the services map: URL template (`https://…/{z}/{x}/{y}.png`)
    /// and attribution; `None` shows the map without a base layer.
    pub map_tiles: Option<(String, String)>,
    /// Whether a trusted reverse proxy sets `X-Forwarded-For`: the client
    /// address of the rate limits is then the last one it appended.
    pub trust_forwarded_for: bool,
}

impl WebSettings {
    /// Whether cookies must carry `Secure` (the site is served over HTTPS).
    #[must_use]
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// The key that signs CSRF tokens.
    #[must_use]
    pub fn csrf_key(&self) -> SecretKey {
        self.session_key.derive("csrf")
    }

    /// The key that signs the login-flow cookie of the identity provider.
    #[must_use]
    pub fn oidc_key(&self) -> SecretKey {
        self.session_key.derive("oidc-flow")
    }

    /// The key of the rate limits' bucket names.
    #[must_use]
    pub fn rate_key(&self) -> SecretKey {
        self.session_key.derive("rate-limits")
    }

    /// The name of one of our cookies: with the `__Host-` prefix over HTTPS,
    /// so that the browser keeps it only as `Secure`, for the whole site
    /// (`Path=/`) and for this host alone (no `Domain`): a sibling subdomain
    /// cannot plant or overwrite it.
    #[must_use]
    pub fn cookie_name(&self, name: &str) -> String {
        if self.secure_cookies() {
            format!("__Host-{name}")
        } else {
            name.to_owned()
        }
    }
}

/// Shared state of every request handler. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Store,
    settings: WebSettings,
    /// The network profile, read at most once per [`PROFILE_TTL`]: every public
    /// page shows it and it changes rarely (BENCHMARKS.md measured the query).
    profile: Mutex<Option<(Instant, Option<NetworkProfile>)>>,
    /// The directory's read model, rebuilt when the stored version changes.
    directory: versioned::Versioned<ReadModel>,
    /// The glossary and its term matchers, rebuilt when a concept changes.
    glossary: versioned::Versioned<guides::Glossary>,
    /// The published guides, read again when a guide changes.
    guides: versioned::Versioned<guides::Shelf>,
    /// The public search index.
    search: search::Search,
    /// Caps on CPU-heavy jobs, the public API's rate, the PDF cache.
    limits: limits::Limits,
    /// Wakes this server's mail worker after a commit that queued mail.
    mail_wake: tokio::sync::Notify,
}

/// How often the directory's version is compared with the database's: other
/// servers' edits show within this time.
pub const DIRECTORY_CHECK: Duration = Duration::from_secs(1);

/// How often the glossary's and the guides' versions are compared with the
/// database's.
pub const GLOSSARY_CHECK: Duration = Duration::from_secs(2);

/// How long a network profile read is reused. Other instances behind the same
/// database see an edit within this time.
pub const PROFILE_TTL: Duration = Duration::from_secs(30);

impl AppState {
    /// Builds the state from an open store and settings, with the search
    /// index in `search_dir` (or in memory).
    pub fn new(
        store: Store,
        settings: WebSettings,
        search_dir: Option<std::path::PathBuf>,
    ) -> Result<AppState, crocevia_search::SearchError> {
        let search = match search_dir {
            Some(dir) => search::Search::in_dir(dir)?,
            None => search::Search::in_memory()?,
        };
        Ok(AppState {
            inner: Arc::new(Inner {
                store,
                settings,
                profile: Mutex::new(None),
                directory: versioned::Versioned::new(DIRECTORY_CHECK),
                glossary: versioned::Versioned::new(GLOSSARY_CHECK),
                guides: versioned::Versioned::new(GLOSSARY_CHECK),
                search,
                limits: limits::Limits::default(),
                mail_wake: tokio::sync::Notify::new(),
            }),
        })
    }

    /// Caps on CPU-heavy jobs and the in-process rate limits.
    #[must_use]
    pub fn limits(&self) -> &limits::Limits {
        &self.inner.limits
    }

    /// After a commit that queued mail: the worker delivers it now rather
    /// than at its next look.
    pub fn mail_queued(&self) {
        self.inner.mail_wake.notify_one();
    }

    /// What wakes the mail worker.
    pub(crate) fn mail_wake(&self) -> &tokio::sync::Notify {
        &self.inner.mail_wake
    }

    /// The public search index.
    #[must_use]
    pub fn search(&self) -> &search::Search {
        &self.inner.search
    }

    /// The database.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The network profile, cached for [`PROFILE_TTL`].
    pub async fn network_profile(&self) -> StoreResult<Option<NetworkProfile>> {
        let cached = self
            .inner
            .profile
            .lock()
            .ok()
            .and_then(|c| c.clone())
            .filter(|(at, _)| at.elapsed() < PROFILE_TTL);
        if let Some((_, profile)) = cached {
            return Ok(profile);
        }
        let profile = self.inner.store.network_profile().await?;
        if let Ok(mut cache) = self.inner.profile.lock() {
            *cache = Some((Instant::now(), profile.clone()));
        }
        Ok(profile)
    }

    /// The directory's read model, current with the database within
    /// [`DIRECTORY_CHECK`]: the version is compared at most that often, and a
    /// rebuild happens only after a write (by any server sharing the database).
    /// Writes through this server call [`AppState::directory_changed`].
    pub async fn directory(&self) -> StoreResult<Arc<ReadModel>> {
        let store = &self.inner.store;
        self.inner
            .directory
            .get(
                store.directory_version(),
                ReadModel::version,
                |_, previous| async move {
                    // After a write: only the rows it changed are read.
                    if let Some(old) = previous
                        && let Some((snapshot, changes)) =
                            store.directory_since(&old.snapshot).await?
                    {
                        return Ok(old.update(snapshot, &changes));
                    }
                    Ok(ReadModel::build(store.directory_snapshot().await?))
                },
            )
            .await
    }

    /// After a write through this server: compare versions at the next read.
    pub fn directory_changed(&self) {
        self.inner.directory.changed();
    }

    /// The glossary with its term matchers, current with the database within
    /// [`GLOSSARY_CHECK`] (built once per glossary version, not per page).
    /// Writes through this server call [`AppState::glossary_changed`].
    pub async fn glossary(&self) -> StoreResult<Arc<guides::Glossary>> {
        let store = &self.inner.store;
        self.inner
            .glossary
            .get(
                store.glossary_version(),
                |g: &guides::Glossary| g.version().to_owned(),
                |version, _| async { Ok(guides::Glossary::new(version, store.concepts().await?)) },
            )
            .await
    }

    /// After a glossary write through this server: compare at the next read.
    pub fn glossary_changed(&self) {
        self.inner.glossary.changed();
    }

    /// The published guides, current with the database within
    /// [`GLOSSARY_CHECK`]. Writes through this server call
    /// [`AppState::guides_changed`].
    pub async fn published_guides(&self) -> StoreResult<Arc<guides::Shelf>> {
        let store = &self.inner.store;
        self.inner
            .guides
            .get(
                store.guides_version(),
                |s: &guides::Shelf| s.version().to_owned(),
                |version, _| async {
                    Ok(guides::Shelf::new(version, store.published_guides().await?))
                },
            )
            .await
    }

    /// After a guide write through this server: compare at the next read.
    pub fn guides_changed(&self) {
        self.inner.guides.changed();
    }

    /// The web settings.
    #[must_use]
    pub fn settings(&self) -> &WebSettings {
        &self.inner.settings
    }

    /// Languages translators work in: every public language but Italian.
    #[must_use]
    pub fn target_langs(&self) -> Vec<crocevia_domain::Lang> {
        self.settings()
            .languages
            .as_slice()
            .iter()
            .copied()
            .filter(|l| *l != crocevia_domain::Lang::It)
            .collect()
    }
}

/// The whole application: routes of every capability plus the cross-cutting layers
/// (request id, tracing without personal data, timeouts, panics turned into 500
/// pages, compression, security headers, CSRF, error pages).
pub fn router(state: AppState) -> Router {
    // Pages are compressed per response at a moderate level: brotli's and gzip's
    // best levels cost more CPU than they save on 15 KB of HTML (BENCHMARKS.md).
    // Assets carry their own precompressed variants and skip this layer.
    let compression = CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(
            DefaultPredicate::new()
                .and(NotForContentType::const_new("font/"))
                .and(SizeAbove::new(512)),
        );
    let pages = Router::new()
        .merge(portal::routes())
        .merge(api::routes())
        .merge(identity::routes())
        .merge(mail::queue::routes())
        .merge(directory::routes())
        .merge(guides::routes())
        .merge(search::routes())
        .merge(desk::routes())
        .merge(training::routes())
        .route(
            "/app/notifications",
            axum::routing::get(notifications::page),
        )
        .fallback(error::not_found)
        .layer(compression);
    Router::new()
        .merge(pages)
        .merge(assets::routes())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::csrf,
        ))
        // A method no route of the path handles is a 405 with `Allow` (RFC 9110),
        // whatever the CSRF token. Set after the CSRF layer, this replaces the
        // default 405 fallback of every route's method router, which that layer
        // wraps (so it answered 403 to a POST on a GET-only route); the layers
        // below still wrap it (rate limit, error rendering, security headers,
        // request id, tracing). No handler runs, so nothing needs the token.
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limits::api_rate,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::render_errors,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID_HEADER))
        .layer(
            // Only method, route and request id: never the path as sent (it carries
            // invitation, password-reset and calendar-feed tokens), the query string
            // (what a person typed) nor headers (cookies).
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let request_id = req
                        .headers()
                        .get(REQUEST_ID_HEADER)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    let route = req
                        .extensions()
                        .get::<MatchedPath>()
                        .map_or("(unmatched)", MatchedPath::as_str);
                    tracing::info_span!(
                        "request",
                        method = %req.method(),
                        route = %route,
                        request_id = %request_id,
                    )
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO))
                .on_failure(DefaultOnFailure::new().level(tracing::Level::WARN)),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID_HEADER, MakeRequestUuid))
        .with_state(state)
}
