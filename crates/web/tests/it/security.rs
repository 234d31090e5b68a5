//! Security headers, request ids and CSRF.

use axum::body::Body;
use axum::http::{Method, Request};
use crocevia_web::security::{CSRF_COOKIE, sign};

use crate::helpers::{TestApp, csrf_key};

#[tokio::test]
async fn pages_carry_strict_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/it/", "/status", "/it/missing"] {
        let r = app.get(path).await;
        let csp = r.header("content-security-policy").expect("CSP");
        assert!(csp.contains("script-src 'self'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
        assert!(r.header("referrer-policy").is_some());
    }
}

#[tokio::test]
async fn pages_have_no_inline_scripts_or_styles() {
    let app = TestApp::spawn().await;
    for path in ["/it/", "/ar/privacy", "/en/accessibility", "/it/missing"] {
        let html = app.get(path).await.text();
        for script in html.split("<script").skip(1) {
            let tag = script.split('>').next().unwrap_or_default();
            assert!(
                tag.contains("src=\"/assets/"),
                "inline script on {path}: {tag}"
            );
        }
        assert!(!html.contains("<style"), "inline style element on {path}");
        assert!(!html.contains(" style=\""), "style attribute on {path}");
    }
}

#[tokio::test]
async fn request_ids_are_generated_or_propagated() {
    let app = TestApp::spawn().await;
    let r = app.get("/it/").await;
    let id = r.header("x-request-id").expect("generated id");
    assert_eq!(id.len(), 36);
    let r = app.get_with("/it/", &[("x-request-id", "abc-123")]).await;
    assert_eq!(r.header("x-request-id"), Some("abc-123"));
}

fn post(path: &str, headers: &[(&str, &str)], body: &str) -> Request<Body> {
    let mut b = Request::builder().method(Method::POST).uri(path);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Body::from(body.to_owned())).expect("request")
}

const SECRET: &str = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I"; // 32 bytes, base64url

#[tokio::test]
async fn unsafe_requests_without_a_token_are_refused() {
    let app = TestApp::spawn().await;
    let r = app.request(post("/app/login", &[], "")).await;
    assert_eq!(r.status, 403);
    assert!(
        r.text().contains("Accesso non consentito"),
        "localized page"
    );
    let r = app.request(post("/api/v1/no-such-resource", &[], "")).await;
    assert_eq!(r.status, 403);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert!(
        r.json()["detail"]
            .as_str()
            .is_some_and(|d| d.contains("CSRF"))
    );
}

#[tokio::test]
async fn forged_or_cross_site_tokens_are_refused() {
    let app = TestApp::spawn().await;
    let cookie = format!("{CSRF_COOKIE}={SECRET}");
    let wrong = sign(&[1; 32], SECRET);
    let r = app
        .request(post(
            "/app/login",
            &[("cookie", &cookie), ("x-csrf-token", &wrong)],
            "",
        ))
        .await;
    assert_eq!(r.status, 403);
    let good = sign(&csrf_key(), SECRET);
    let r = app
        .request(post(
            "/app/login",
            &[
                ("cookie", &cookie),
                ("x-csrf-token", &good),
                ("sec-fetch-site", "cross-site"),
            ],
            "",
        ))
        .await;
    assert_eq!(r.status, 403);
    let r = app
        .request(post(
            "/app/login",
            &[
                ("cookie", &cookie),
                ("x-csrf-token", &good),
                ("host", "crocevia.example"),
                ("origin", "https://evil.example"),
            ],
            "",
        ))
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn valid_tokens_pass_by_header_or_form_field() {
    let app = TestApp::spawn().await;
    let cookie = format!("{CSRF_COOKIE}={SECRET}");
    let good = sign(&csrf_key(), SECRET);
    // Past CSRF the login handler answers (no credentials: not a 403).
    let r = app
        .request(post(
            "/app/login",
            &[
                ("cookie", &cookie),
                ("x-csrf-token", &good),
                ("host", "crocevia.example"),
                ("origin", "http://crocevia.example"),
            ],
            "",
        ))
        .await;
    assert_ne!(r.status, 403);
    let r = app
        .request(post(
            "/app/login",
            &[
                ("cookie", &cookie),
                ("content-type", "application/x-www-form-urlencoded"),
            ],
            &format!("name=x&csrf_token={good}"),
        ))
        .await;
    assert_ne!(r.status, 403);
}

#[tokio::test]
async fn public_pages_set_no_csrf_cookie() {
    let app = TestApp::spawn().await;
    let r = app.get("/it/").await;
    assert!(
        r.set_cookies().iter().all(|c| !c.starts_with(CSRF_COOKIE)),
        "pages without forms need no CSRF cookie"
    );
}

#[tokio::test]
async fn a_method_the_route_lacks_is_405_before_csrf() {
    let app = TestApp::spawn().await;
    for (path, api) in [
        ("/it/", false),
        ("/api/v1/status", true),
        ("/hsds/services", true),
    ] {
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
            let r = app
                .request(
                    Request::builder()
                        .method(method.clone())
                        .uri(path)
                        .body(Body::empty())
                        .expect("request"),
                )
                .await;
            assert_eq!(r.status, 405, "{method} {path}");
            assert!(
                r.header("allow").is_some_and(|a| a.contains("GET")),
                "{method} {path}"
            );
            if api {
                assert_eq!(r.header("content-type"), Some("application/problem+json"));
            }
        }
    }
}
