//! The security review's findings on the request path: multipart parsed only
//! where uploads are taken and after login, no CSRF exemption for an
//! `Authorization` header, rate limits with 429 and `Retry-After`, no
//! secrets in request logs, no caching of private answers, HTTPS cookies
//! and HSTS.

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{Method, Request};
use crocevia_store::sea_orm::{ConnectionTrait, Statement};
use crocevia_web::security::{CSRF_COOKIE, sign};

use crate::helpers::{CSRF_SECRET, Options, TestApp, csrf_key};

const UPLOAD: &str = "/app/translate/import";

fn post(path: &str, headers: &[(&str, &str)], body: impl Into<Body>) -> Request<Body> {
    let mut b = Request::builder().method(Method::POST).uri(path);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.into()).expect("request")
}

fn csrf_cookie() -> String {
    format!("{CSRF_COOKIE}={CSRF_SECRET}")
}

/// The demo translator's session cookie (second factor passed).
async fn translator(app: &TestApp) -> String {
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    app.cookie("traduzioni@demo.crocevia.example").await
}

/// A multipart form with a valid CSRF token and `fields`.
fn form(boundary: &str, fields: &[(&str, &str)]) -> String {
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{}\r\n",
        sign(&csrf_key(), CSRF_SECRET)
    );
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    body
}

#[tokio::test]
async fn multipart_bodies_reach_only_upload_routes_after_login() {
    let app = TestApp::spawn().await;
    // The review's attack: a huge boundary, no login. The login comes first.
    let huge = "x".repeat(300_000);
    let r = app
        .request(post(
            UPLOAD,
            &[
                (
                    "content-type",
                    &format!("multipart/form-data; boundary={huge}"),
                ),
                ("cookie", &csrf_cookie()),
            ],
            vec![b'x'; 4 * 1024 * 1024],
        ))
        .await;
    assert_eq!(r.status, 303);
    assert!(
        r.header("location")
            .is_some_and(|l| l.starts_with("/app/login"))
    );

    // Elsewhere a multipart body is refused unread, even with a valid token
    // (it was parsed before routing and accepted). (A path that takes no POST
    // at all, such as `/it/`, answers 405 before the CSRF check.)
    let body = form("b1", &[("email", "a@b.example"), ("password", "x")]);
    for path in ["/app/login", "/app/desk/people"] {
        let r = app
            .request(post(
                path,
                &[
                    ("content-type", "multipart/form-data; boundary=b1"),
                    ("cookie", &csrf_cookie()),
                ],
                body.clone(),
            ))
            .await;
        assert_eq!(r.status, 403, "{path}");
    }

    // Signed in: a boundary RFC 2046 does not allow is a 400, a form
    // without the token a 403, and a good form goes through.
    let cookie = translator(&app).await;
    let both = format!("{}; {cookie}", csrf_cookie());
    let long = "y".repeat(71);
    let r = app
        .request(post(
            UPLOAD,
            &[
                (
                    "content-type",
                    &format!("multipart/form-data; boundary={long}"),
                ),
                ("cookie", &both),
            ],
            form(&long, &[]),
        ))
        .await;
    assert_eq!(r.status, 400);
    let untokened = "--b1\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--b1--\r\n";
    let r = app
        .request(post(
            UPLOAD,
            &[
                ("content-type", "multipart/form-data; boundary=b1"),
                ("cookie", &both),
            ],
            untokened,
        ))
        .await;
    assert_eq!(r.status, 403);
    let r = app
        .request(post(
            UPLOAD,
            &[
                ("content-type", "multipart/form-data; boundary=b1"),
                ("cookie", &both),
            ],
            form("b1", &[("lang", "en")]),
        ))
        .await;
    assert_eq!(r.status, 422, "past the checks: the form says no file");
}

#[tokio::test]
async fn an_authorization_header_does_not_switch_csrf_off() {
    let app = TestApp::spawn().await;
    let cookie = translator(&app).await;
    for auth in ["Basic dXNlcjpwYXNz", "Negotiate YIIB", "Bearer x"] {
        let r = app
            .request(post(
                "/app/account/language",
                &[
                    ("authorization", auth),
                    ("content-type", "application/x-www-form-urlencoded"),
                    ("cookie", &cookie),
                ],
                "lang=en",
            ))
            .await;
        assert_eq!(r.status, 403, "{auth}");
    }
}

/// A writer the test reads back: the log lines of the requests it makes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn request_logs_name_the_route_never_the_tokens_in_the_path() {
    let app = TestApp::spawn().await;
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    for path in [
        "/app/password/set/SECRET-RESET-TOKEN-1",
        "/calendar/SECRET-FEED-TOKEN-2.ics",
        "/it/nowhere/SECRET-PATH-3",
    ] {
        app.get(path).await;
    }
    let logs = String::from_utf8(captured.0.lock().expect("logs").clone()).expect("utf-8");
    assert!(logs.contains("/app/password/set/{token}"), "{logs}");
    assert!(logs.contains("(unmatched)"), "{logs}");
    for secret in ["SECRET-RESET", "SECRET-FEED", "SECRET-PATH"] {
        assert!(!logs.contains(secret), "{secret} in {logs}");
    }
}

#[tokio::test]
async fn private_answers_are_never_stored_by_caches() {
    let app = TestApp::spawn().await;
    let cookie = translator(&app).await;
    for path in ["/app/login", "/app/", "/api/v1/me", "/app/translate"] {
        let r = app.get_with(path, &[("cookie", &cookie)]).await;
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
    }
    let r = app.get("/it/").await;
    assert_ne!(r.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn over_https_cookies_are_host_only_and_hsts_is_sent() {
    let app = TestApp::with(Options {
        public_url: Some("https://servizi.example.it".to_owned()),
        ..Options::default()
    })
    .await;
    let r = app.get("/app/login").await;
    assert!(
        r.header("strict-transport-security")
            .is_some_and(|h| h.starts_with("max-age="))
    );
    let cookie = r
        .set_cookies()
        .into_iter()
        .find(|c| c.contains("crocevia_csrf"))
        .expect("CSRF cookie");
    assert!(cookie.starts_with("__Host-crocevia_csrf="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let plain = TestApp::spawn().await.get("/app/login").await;
    assert_eq!(plain.header("strict-transport-security"), None);
}

#[tokio::test]
async fn one_address_cannot_guess_passwords_for_many_accounts() {
    let app = TestApp::spawn().await;
    let mut statuses = Vec::new();
    for i in 0..32 {
        let r = app
            .post_form(
                "/app/login",
                &format!("email=guess{i}@comune.example&password=wrong-password-{i}"),
                "",
            )
            .await;
        statuses.push(r.status);
        if r.status == 429 {
            assert!(
                r.header("retry-after")
                    .is_some_and(|s| s.parse::<u64>().is_ok())
            );
            assert!(r.text().contains("Troppi tentativi"));
        }
    }
    assert!(statuses[..30].iter().all(|s| *s == 422), "{statuses:?}");
    assert_eq!(&statuses[30..], &[429, 429]);
    // Nothing of the addresses or emails is stored in the clear.
    let rows = app
        .store
        .conn()
        .query_all_raw(Statement::from_string(
            app.store.conn().get_database_backend(),
            "SELECT bucket FROM rate_limits",
        ))
        .await
        .expect("rows");
    assert!(!rows.is_empty());
    for row in rows {
        let bucket: String = row.try_get("", "bucket").expect("bucket");
        assert!(
            !bucket.contains("unknown") && !bucket.contains('@'),
            "{bucket}"
        );
    }
}

#[tokio::test]
async fn reset_mails_for_one_address_are_limited() {
    let app = TestApp::spawn().await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let r = app
            .post_form("/app/password/forgot", "email=nessuno@comune.example", "")
            .await;
        statuses.push(r.status);
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
}

#[tokio::test]
async fn the_public_api_answers_429_past_its_rate() {
    let app = TestApp::spawn().await;
    let mut last = None;
    for _ in 0..=crocevia_web::limits::API_PER_MINUTE {
        last = Some(app.get("/api/v1/nothing-here").await);
    }
    let last = last.expect("requests");
    assert_eq!(last.status, 429);
    assert_eq!(
        last.header("content-type"),
        Some("application/problem+json")
    );
    assert!(last.header("retry-after").is_some());
    assert_eq!(app.get("/it/").await.status, 200, "pages are not the API");
}

#[tokio::test]
async fn a_guide_pdf_is_made_once_per_content() {
    let app = TestApp::spawn().await;
    app.store.load_demo_guides().await.expect("demo guides");
    let slug = "rinnovo-permesso-di-soggiorno";
    let path = format!("/en/guides/{slug}/pdf");
    let first = app.get(&path).await;
    assert_eq!(first.status, 200, "{path}");
    let second = app.get(&path).await;
    assert_eq!(first.bytes, second.bytes);
    let made: i64 = app
        .store
        .conn()
        .query_one_raw(Statement::from_string(
            app.store.conn().get_database_backend(),
            "SELECT SUM(hits) AS n FROM rate_limits WHERE bucket LIKE 'pdf-address:%'",
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get("", "n")
        .expect("sum");
    assert_eq!(made, 1, "the second answer came from the cache");
}

#[tokio::test]
async fn a_huge_page_number_is_a_clear_error() {
    let app = TestApp::spawn().await;
    let r = app
        .get(&format!("/hsds/services?page={}&per_page=50", u64::MAX))
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.json()["detail"]
            .as_str()
            .is_some_and(|d| d.contains("page")),
        "{}",
        r.text()
    );
}

/// A login form posted from `peer`.
fn login_from(peer: &str, email: &str, password: &str) -> Request<Body> {
    let addr: std::net::SocketAddr = format!("{peer}:40000").parse().expect("address");
    let mut request = post(
        "/app/login",
        &[
            ("content-type", "application/x-www-form-urlencoded"),
            ("cookie", &csrf_cookie()),
        ],
        format!(
            "csrf_token={}&email={email}&password={password}",
            sign(&csrf_key(), CSRF_SECRET)
        ),
    );
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(addr));
    request
}

#[tokio::test]
async fn a_stranger_cannot_lock_an_operator_out_from_elsewhere() {
    let app = TestApp::spawn().await;
    let password = "a long demo password for tests";
    app.store
        .load_demo_operators(|_| password.to_owned())
        .await
        .expect("operators");
    let email = "redazione@demo.crocevia.example";
    let mut last = None;
    for _ in 0..10 {
        last = Some(app.request(login_from("203.0.113.7", email, "guess")).await);
    }
    assert!(
        last.expect("attempts")
            .text()
            .contains("sospeso per 15 minuti"),
        "locked for the stranger's address"
    );
    let r = app
        .request(login_from("203.0.113.7", email, password))
        .await;
    assert_eq!(r.status, 422, "even with the right password, from there");
    let r = app
        .request(login_from("198.51.100.2", email, password))
        .await;
    assert_eq!(r.status, 303, "the operator at their desk logs in");
}

/// The offline page is fetched in the background by `site.js` to keep it on
/// the device: it must not set the language cookie, or a fetch finishing
/// late would undo the language the person just chose.
#[tokio::test]
async fn the_offline_page_leaves_the_chosen_language_alone() {
    let app = TestApp::spawn().await;
    let offline = app
        .get_with("/ar/offline", &[("cookie", "crocevia_lang=en")])
        .await;
    assert_eq!(offline.status, 200);
    assert!(
        offline
            .set_cookies()
            .iter()
            .all(|c| !c.starts_with("crocevia_lang=")),
        "{:?}",
        offline.set_cookies()
    );
    // A page the person opens does remember the language.
    let home = app
        .get_with("/ar/", &[("cookie", "crocevia_lang=en")])
        .await;
    assert!(
        home.set_cookies()
            .iter()
            .any(|c| c.starts_with("crocevia_lang=ar"))
    );
}
