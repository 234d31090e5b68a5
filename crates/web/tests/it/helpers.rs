//! `TestApp`: the real router on a fresh database, driven in-process.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use crocevia_domain::LangSet;
use crocevia_store::sea_orm::{ConnectionTrait, Database};
use crocevia_store::{DatabaseUrl, Store};
use crocevia_web::security::{CSRF_COOKIE, sign};
use crocevia_web::{AppState, SecretKey, WebSettings};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A CSRF cookie secret (32 bytes, base64url) for tests.
pub const CSRF_SECRET: &str = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I";

/// Test session key: fixed so tests can build valid CSRF tokens.
pub const KEY: [u8; 32] = [42; 32];
/// The key the test server signs CSRF tokens with (derived from [`KEY`]).
pub fn csrf_key() -> [u8; 32] {
    crocevia_web::derive_key(&KEY, "csrf")
}

/// Test field-encryption key.
pub const FIELD_KEY: [u8; 32] = [7; 32];
/// Test audit-chain key: every test app keys its audit log.
pub const AUDIT_KEY: [u8; 32] = [9; 32];

/// The audit key of test apps.
pub fn audit_key() -> crocevia_store::identity::audit::AuditKey {
    crocevia_store::identity::audit::AuditKey::new(AUDIT_KEY)
}

/// Options of a test application.
pub struct Options {
    pub languages: LangSet,
    pub demo: bool,
    pub public_url: Option<String>,
    pub oidc: Option<crocevia_web::identity::oidc::OidcSettings>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            languages: LangSet::all(),
            demo: true,
            public_url: None,
            oidc: None,
        }
    }
}

/// The web settings of a test server.
fn settings(dir: &std::path::Path, languages: LangSet, public_url: Option<String>) -> WebSettings {
    WebSettings {
        languages,
        public_url,
        default_network_name: "Crocevia Test".to_owned(),
        session_key: SecretKey::new(KEY),
        field_key: SecretKey::new(FIELD_KEY),
        mailer: crocevia_web::mail::Mailer::Files(dir.join("mail")),
        mail_from: "Crocevia Test <noreply@test.example>".to_owned(),
        mail_retry: std::time::Duration::from_millis(200),
        link_base: "http://crocevia.test".to_owned(),
        break_glass_minutes: 60,
        retention: crocevia_store::desk::rights::RetentionRules::default(),
        oidc: None,
        map_tiles: None,
        trust_forwarded_for: false,
    }
}

/// The worker id the tests deliver mail as.
const MAIL_WORKER: uuid::Uuid = uuid::Uuid::from_u128(0x6d61_696c);

/// A running application on its own database.
pub struct TestApp {
    pub router: Router,
    pub store: Store,
    pub dir: tempfile::TempDir,
    /// The database, for a second server on it.
    pub url: DatabaseUrl,
    languages: LangSet,
    pg: Option<PgDatabase>,
    /// The first server's state: its mail outbox is delivered after each
    /// request, so a test reads the mail its request queued.
    pub state: AppState,
}

/// A throwaway PostgreSQL database, dropped with the test.
struct PgDatabase {
    admin_url: String,
    name: String,
}

/// The database URL of a fresh database for one test.
pub async fn fresh_database(dir: &std::path::Path) -> (DatabaseUrl, Option<(String, String)>) {
    match std::env::var("CROCEVIA_TEST_PG_URL") {
        Ok(admin) if !admin.is_empty() => {
            let name = format!("crocevia_test_{}", uuid::Uuid::now_v7().simple());
            let conn = Database::connect(&admin)
                .await
                .expect("connect to PG admin URL");
            conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create test database");
            conn.close().await.expect("close admin connection");
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            let url = DatabaseUrl::parse(&format!("{base}/{name}")).expect("valid PG URL");
            (url, Some((admin, name)))
        }
        _ => (DatabaseUrl::sqlite_file(&dir.join("test.db")), None),
    }
}

/// Whether this run uses PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("CROCEVIA_TEST_PG_URL").is_ok_and(|v| !v.is_empty())
}

impl TestApp {
    /// The app with demo data and every language.
    pub async fn spawn() -> TestApp {
        TestApp::with(Options::default()).await
    }

    /// The app with custom options.
    pub async fn with(options: Options) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let (url, pg) = fresh_database(dir.path()).await;
        let store = Store::connect(&url)
            .await
            .expect("connect")
            .with_audit_key(audit_key());
        store.migrate().await.expect("migrate");
        if options.demo {
            store.load_demo().await.expect("demo data");
        }
        let languages = options.languages.clone();
        let mut settings = settings(dir.path(), options.languages, options.public_url);
        settings.oidc = options.oidc;
        let state = AppState::new(store.clone(), settings, None).expect("state");
        let router = crocevia_web::router(state.clone());
        TestApp {
            router,
            state,
            store,
            dir,
            url,
            languages,
            pg: pg.map(|(admin_url, name)| PgDatabase { admin_url, name }),
        }
    }

    /// Another server on the same database: its own connections, caches and
    /// search index.
    pub async fn second_server(&self) -> AppState {
        let store = Store::connect(&self.url)
            .await
            .expect("connect")
            .with_audit_key(audit_key());
        let settings = settings(self.dir.path(), self.languages.clone(), None);
        AppState::new(store, settings, None).expect("state")
    }

    /// Another server on the same database whose mail leaves through
    /// `mailer`.
    pub async fn server_with_mailer(&self, mailer: crocevia_web::mail::Mailer) -> AppState {
        let store = Store::connect(&self.url)
            .await
            .expect("connect")
            .with_audit_key(audit_key());
        let mut settings = settings(self.dir.path(), self.languages.clone(), None);
        settings.mailer = mailer;
        AppState::new(store, settings, None).expect("state")
    }

    /// The operator with this email (which must exist).
    pub async fn user(&self, email: &str) -> crocevia_store::identity::users::User {
        let email = crocevia_domain::identity::Email::parse(email).expect("email");
        self.store
            .user_by_email(&email)
            .await
            .expect("read")
            .unwrap_or_else(|| panic!("no user {email}"))
    }

    /// A session cookie of the operator with this email, second factor
    /// passed.
    pub async fn cookie(&self, email: &str) -> String {
        let user = self.user(email).await;
        let token = self
            .store
            .create_session(user.id, true, &crocevia_store::act::Trail::unrecorded())
            .await
            .expect("session");
        format!("crocevia_session={token}")
    }

    /// A session (second factor passed) of a second network-wide
    /// administrator, the analyst of the demo made one: who approves the grants
    /// the demo administrator asks for beyond their own permissions.
    pub async fn second_administrator(&self) -> String {
        let email = "analisi@demo.crocevia.example";
        let role = self
            .store
            .role_id("administrator")
            .await
            .expect("read")
            .expect("role");
        let agency = self.agency("Regione Piemonte").await;
        self.store
            .grant(
                self.user(email).await.id,
                role,
                agency.id,
                &crocevia_domain::identity::Scope::Network,
                &crocevia_store::act::Trail::unrecorded(),
            )
            .await
            .expect("grant");
        self.cookie(email).await
    }

    /// Approves, as the administrator of `cookie`, every grant waiting for
    /// approval for `user`.
    pub async fn approve_pending(&self, user: uuid::Uuid, cookie: &str) {
        for p in self.store.pending_grants_of(user).await.expect("pending") {
            let path = format!("/app/admin/users/{user}/requests/{}/approve", p.id);
            let r = self.post_form(&path, "", cookie).await;
            assert_eq!(r.status, 303, "{}", r.text());
        }
    }

    /// The agency whose name starts with `prefix` (which must exist).
    pub async fn agency(&self, prefix: &str) -> crocevia_store::identity::access::Agency {
        self.store
            .agencies()
            .await
            .expect("agencies")
            .into_iter()
            .find(|a| a.name.starts_with(prefix))
            .unwrap_or_else(|| panic!("no agency {prefix}"))
    }

    /// The mails once there are at least `n` (sent after the answer), or
    /// what there is after five seconds.
    pub async fn mails_after(&self, n: usize) -> Vec<String> {
        for _ in 0..100 {
            // Mail queued after the answer (a reset link) leaves too.
            crocevia_web::mail::outbox::deliver_due(&self.state, MAIL_WORKER)
                .await
                .expect("mail outbox");
            if self.mails().len() >= n {
                // The sender writes each file in place: a file read the
                // instant it appears can be cut short (a flaky "To:" was
                // missing on PostgreSQL). Read again once it is written.
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                return self.mails();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.mails()
    }

    /// The development mails written so far, oldest first.
    pub fn mails(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.dir.path().join("mail")) else {
            return Vec::new();
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    }

    /// Sends a request.
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible router");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec();
        // (Tests of a database gone have no outbox to read.)
        let _ = crocevia_web::mail::outbox::deliver_due(&self.state, MAIL_WORKER).await;
        TestResponse {
            status,
            headers,
            bytes,
        }
    }

    /// POSTs a form as a browser would: with a valid CSRF cookie and token, plus
    /// `cookies` (e.g. the session), which may be empty.
    pub async fn post_form(&self, path: &str, body: &str, cookies: &str) -> TestResponse {
        let (cookie, body) = signed_form(body, cookies);
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", cookie)
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// POSTs JSON as an API client with a session would: the CSRF token in
    /// the `X-CSRF-Token` header.
    pub async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
        cookies: &str,
    ) -> TestResponse {
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("content-type", "application/json")
                .header("x-csrf-token", sign(&csrf_key(), CSRF_SECRET))
                .header("cookie", format!("{CSRF_COOKIE}={CSRF_SECRET}; {cookies}"))
                .body(Body::from(body.to_string()))
                .expect("request"),
        )
        .await
    }

    /// POST a `multipart/form-data` body (its boundary in `content_type`)
    /// with the CSRF token as its first part.
    pub async fn post_multipart(
        &self,
        path: &str,
        content_type: &str,
        body: impl AsRef<[u8]>,
        cookies: &str,
    ) -> TestResponse {
        let boundary = content_type.split("boundary=").nth(1).expect("a boundary");
        let mut body_bytes = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{}\r\n",
            sign(&csrf_key(), CSRF_SECRET)
        )
        .into_bytes();
        body_bytes.extend_from_slice(body.as_ref());
        let body = body_bytes;
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("content-type", content_type)
                .header("cookie", format!("{CSRF_COOKIE}={CSRF_SECRET}; {cookies}"))
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// GET `path`.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.get_with(path, &[]).await
    }

    /// GET `path` with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::builder().method(Method::GET).uri(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.request(builder.body(Body::empty()).expect("request"))
            .await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some(pg) = self.pg.take() else {
            return;
        };
        // Drop runs inside the test's runtime: do the async cleanup on a thread with
        // its own runtime. The test's pool is not closed from there (its connections
        // belong to the blocked test runtime); `WITH (FORCE)` ends them instead.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                if let Ok(conn) = Database::connect(&pg.admin_url).await {
                    let _ = conn
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                            pg.name
                        ))
                        .await;
                    let _ = conn.close().await;
                }
            });
        })
        .join();
    }
}

/// A collected response.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl TestResponse {
    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.bytes).expect("JSON body")
    }

    /// Refused with the page again (422, not a redirect that loses what was
    /// typed), saying `message`.
    pub fn refused_with(&self, message: &str) -> bool {
        self.status == 422 && self.text().contains(message)
    }

    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// All `Set-Cookie` values.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    }
}

/// The `Cookie` header and the body of a form a browser would post: the
/// CSRF cookie next to `cookies`, its token in the body.
pub fn signed_form(body: &str, cookies: &str) -> (String, String) {
    let csrf = format!("{CSRF_COOKIE}={CSRF_SECRET}");
    let cookie = if cookies.is_empty() {
        csrf
    } else {
        format!("{csrf}; {cookies}")
    };
    (
        cookie,
        format!("csrf_token={}&{body}", sign(&csrf_key(), CSRF_SECRET)),
    )
}

/// Text without the Unicode isolation marks Fluent puts around arguments.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The words of a PDF as poppler reads them (`pdftotext`, installed by
/// `scripts/test`), one space apart, without the direction marks poppler
/// puts around runs: what a screen reader or a copy would get.
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!(
        "crocevia-pdf-{}-{}",
        std::process::id(),
        uuid::Uuid::now_v7()
    ));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("document.pdf");
    std::fs::write(&file, bytes).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils; scripts/test installs it)");
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8_lossy(&out.stdout)
        .replace(|c| matches!(c, '\u{202A}'..='\u{202E}'), "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A redirect (303) whose target contains `part`.
pub fn redirected_with(r: &TestResponse, part: &str) -> bool {
    r.status == 303 && r.header("location").is_some_and(|l| l.contains(part))
}
