//! Limits that keep one client from taking the server for itself: request
//! rates per client address, account and session (429 with `Retry-After`),
//! and caps on the CPU-heavy jobs (argon2, typst) with a cache of the public
//! PDFs.
//!
//! The security-relevant rates (logins, password-reset mails, second-factor
//! codes, PDFs) are counted in the database, so they hold across every
//! server on one PostgreSQL. The public API's rate is counted in memory per
//! server: a database write per API request would cap the API at the
//! database's write rate (on SQLite, one writer), and what that limit
//! protects — this server's CPU — is per server anyway.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::time::{Duration as StdDuration, Instant};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use hmac::{Hmac, Mac};
use lru::LruCache;
use sha2::Sha256;
use tokio::sync::Semaphore;

use crate::AppState;
use crate::error::{WebError, WebResult};

/// A rate rule: at most `max` hits per `window` for one key.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Names the bucket family (part of the hashed bucket key).
    name: &'static str,
    /// Hits allowed in a window.
    pub max: u32,
    /// The window.
    pub window: Duration,
}

/// Failed logins from one client address (before the account's own
/// lockout, so that a stranger's guesses stop here first).
pub const LOGIN_FAILURES_PER_ADDRESS: Rule = Rule {
    name: "login-address",
    max: 30,
    window: Duration::minutes(15),
};
/// Failed logins for one account from every address together: guesses
/// spread over many addresses (the lockout counts per address).
pub const LOGIN_FAILURES_PER_ACCOUNT: Rule = Rule {
    name: "login-account",
    max: 100,
    window: Duration::hours(1),
};
/// Feedback sent from one client address ("was this useful?" answers and
/// reports of wrong information): enough for a family on one connection,
/// not for flooding the editors' queue.
pub const FEEDBACK_PER_ADDRESS: Rule = Rule {
    name: "feedback-address",
    max: 30,
    window: Duration::hours(1),
};
/// Answers to public surveys from one client address: an office of a
/// partner body answering together behind one address fits, a script
/// stuffing the results does not.
pub const SURVEY_ANSWERS_PER_ADDRESS: Rule = Rule {
    name: "survey-address",
    max: 60,
    window: Duration::hours(1),
};
/// Lookups of certificate codes that match none, from one client address
/// (50 random bits make guessing hopeless; this keeps it visibly so).
pub const VERIFY_MISSES_PER_ADDRESS: Rule = Rule {
    name: "verify-miss-address",
    max: 30,
    window: Duration::hours(1),
};
/// Password-reset requests from one client address.
pub const RESETS_PER_ADDRESS: Rule = Rule {
    name: "reset-address",
    max: 10,
    window: Duration::hours(1),
};
/// Password-reset requests for one email address (existing or not).
pub const RESETS_PER_EMAIL: Rule = Rule {
    name: "reset-email",
    max: 3,
    window: Duration::hours(1),
};
/// Second-factor codes tried in one session.
pub const CODES_PER_SESSION: Rule = Rule {
    name: "second-factor-session",
    max: 5,
    window: Duration::hours(10),
};
/// PDFs generated for one client address.
pub const PDFS_PER_ADDRESS: Rule = Rule {
    name: "pdf-address",
    max: 30,
    window: Duration::minutes(10),
};

/// Public API requests allowed per client address and minute (in memory,
/// per server).
pub const API_PER_MINUTE: u32 = 600;

/// Password hashes computed at once; more wait (argon2 takes ~50 ms of a
/// core and 19 MiB each).
const ARGON2_JOBS: usize = 2;
/// PDFs laid out at once.
const PDF_JOBS: usize = 2;
/// How long a job waits for its turn before the client is told to retry.
const JOB_WAIT: StdDuration = StdDuration::from_secs(10);

impl Rule {
    /// Counts a hit for `key`; refused (429) past the maximum.
    pub async fn hit(&self, state: &AppState, key: &str) -> WebResult<()> {
        let now = Utc::now();
        let count = state
            .store()
            .rate_hit(&bucket(state, self, key), self.window, now)
            .await?;
        self.judge(count, now)
    }

    /// Counts a hit for `key` that was already answered (a failure counted
    /// for the next attempts, which [`Rule::check`] refuses).
    pub async fn count(&self, state: &AppState, key: &str) -> WebResult<()> {
        state
            .store()
            .rate_hit(&bucket(state, self, key), self.window, Utc::now())
            .await?;
        Ok(())
    }

    /// Refused (429) when `key` is already at the maximum; counts nothing.
    pub async fn check(&self, state: &AppState, key: &str) -> WebResult<()> {
        let now = Utc::now();
        let count = state
            .store()
            .rate_count(&bucket(state, self, key), self.window, now)
            .await?;
        if count.hits >= self.max {
            return Err(WebError::TooMany(retry_after(count.resets_at - now)));
        }
        Ok(())
    }

    fn judge(
        &self,
        count: crocevia_store::rate_limits::Count,
        now: chrono::DateTime<Utc>,
    ) -> WebResult<()> {
        if count.hits > self.max {
            return Err(WebError::TooMany(retry_after(count.resets_at - now)));
        }
        Ok(())
    }
}

fn retry_after(left: Duration) -> u64 {
    u64::try_from(left.num_seconds()).unwrap_or(0).max(1)
}

/// The stored bucket of `key` under `rule`: a keyed hash, so the table holds
/// neither addresses nor emails, and nobody without the key can tell whose
/// bucket a row is.
fn bucket(state: &AppState, rule: &Rule, key: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(state.settings().rate_key().expose())
        .unwrap_or_else(|_| unreachable!("HMAC-SHA256 accepts any key length"));
    mac.update(rule.name.as_bytes());
    mac.update(b"\0");
    mac.update(key.as_bytes());
    format!(
        "{}:{}",
        rule.name,
        hex::encode(&mac.finalize().into_bytes()[..20])
    )
}

/// The client's address as a rate key: the connection's peer, or with
/// `trust_forwarded_for` the last address a trusted proxy appended to
/// `X-Forwarded-For`. An IPv6 client is keyed by its /64 (one subscriber's
/// network), since it can use any address in it.
#[must_use]
pub fn client_key(state: &AppState, headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    let forwarded = state
        .settings()
        .trust_forwarded_for
        .then(|| {
            headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|a| a.trim().parse::<IpAddr>().ok())
                .next_back()
        })
        .flatten();
    match forwarded.or(peer.map(|p| p.ip())) {
        Some(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(IpAddr::V6(v6)) => v6.to_canonical().to_string(),
        Some(ip) => ip.to_string(),
        None => "unknown".to_owned(),
    }
}

/// The client key of a request being handled.
#[must_use]
pub fn client_of(state: &AppState, request: &Request) -> String {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    client_key(state, request.headers(), peer)
}

/// The client key of the request (see [`client_key`]), as an extractor.
#[derive(Debug, Clone)]
pub struct Client(pub String);

impl axum::extract::FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        Ok(Client(client_key(state, &parts.headers, peer)))
    }
}

/// The in-process state of the limits.
pub struct Limits {
    argon2: Semaphore,
    pdf: Semaphore,
    api: Mutex<LruCache<String, (Instant, u32)>>,
    pdfs: Mutex<LruCache<[u8; 32], Bytes>>,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Limits")
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            argon2: Semaphore::new(ARGON2_JOBS),
            pdf: Semaphore::new(PDF_JOBS),
            api: Mutex::new(LruCache::new(
                NonZeroUsize::new(65_536).unwrap_or(NonZeroUsize::MIN),
            )),
            pdfs: Mutex::new(LruCache::new(
                NonZeroUsize::new(64).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }
}

impl Limits {
    /// Runs a password hash or check off the async workers, at most
    /// [`ARGON2_JOBS`] at once.
    pub async fn argon2<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> WebResult<T> {
        run_capped(&self.argon2, job).await
    }

    /// Lays out a PDF off the async workers, at most [`PDF_JOBS`] at once.
    pub async fn typst<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> WebResult<T> {
        run_capped(&self.pdf, job).await
    }

    /// A public PDF made earlier from the same data (`key`: a hash of it).
    pub fn cached_pdf(&self, key: &[u8; 32]) -> Option<Bytes> {
        self.pdfs.lock().ok()?.get(key).cloned()
    }

    /// Keeps a public PDF for the next request with the same data.
    pub fn keep_pdf(&self, key: [u8; 32], pdf: Bytes) {
        if let Ok(mut cache) = self.pdfs.lock() {
            cache.put(key, pdf);
        }
    }

    /// Counts an API request of `client`; the seconds to wait when over
    /// [`API_PER_MINUTE`].
    fn api_hit(&self, client: String, now: Instant) -> Option<u64> {
        let mut windows = self.api.lock().ok()?;
        let entry = windows.get_or_insert_mut(client, || (now, 0));
        if now.duration_since(entry.0) >= StdDuration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        (entry.1 > API_PER_MINUTE).then(|| {
            60u64
                .saturating_sub(now.duration_since(entry.0).as_secs())
                .max(1)
        })
    }
}

async fn run_capped<T: Send + 'static>(
    semaphore: &Semaphore,
    job: impl FnOnce() -> T + Send + 'static,
) -> WebResult<T> {
    let Ok(Ok(_permit)) = tokio::time::timeout(JOB_WAIT, semaphore.acquire()).await else {
        return Err(WebError::TooMany(5));
    };
    tokio::task::spawn_blocking(job)
        .await
        .map_err(|e| WebError::Internal(e.into()))
}

/// Middleware: the public API's rate per client address.
pub async fn api_rate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/hsds/") {
        let client = client_of(&state, &request);
        if let Some(wait) = state.limits().api_hit(client, Instant::now()) {
            return WebError::TooMany(wait).into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_window_counts_then_starts_again() {
        let limits = Limits::default();
        let t0 = Instant::now();
        for _ in 0..API_PER_MINUTE {
            assert_eq!(limits.api_hit("a".to_owned(), t0), None);
        }
        assert_eq!(limits.api_hit("a".to_owned(), t0), Some(60));
        assert_eq!(limits.api_hit("b".to_owned(), t0), None, "per client");
        let later = t0 + StdDuration::from_secs(61);
        assert_eq!(limits.api_hit("a".to_owned(), later), None);
    }
}
