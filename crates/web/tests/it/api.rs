//! `/status`, the OpenAPI document, Swagger UI and problem+json errors.

use crate::helpers::{TestApp, on_postgres};

#[tokio::test]
async fn status_reports_version_backend_and_migrations() {
    let app = TestApp::spawn().await;
    for path in ["/status", "/api/v1/status"] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        assert_eq!(r.header("cache-control"), Some("no-store"));
        let body = r.json();
        assert_eq!(body["status"], 200);
        assert_eq!(body["title"], "OK");
        assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
        let backend = if on_postgres() { "postgres" } else { "sqlite" };
        assert_eq!(body["database"]["backend"], backend);
        assert_eq!(body["database"]["reachable"], true);
        assert_eq!(body["database"]["migrations_pending"], 0);
        assert!(body["database"]["migrations_applied"].as_u64() >= Some(1));
    }
}

#[tokio::test]
async fn status_is_503_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.store.clone().close().await.expect("close");
    let r = app.get("/status").await;
    assert_eq!(r.status, 503);
    let body = r.json();
    assert_eq!(body["status"], 503);
    assert_eq!(body["database"]["reachable"], false);
}

#[tokio::test]
async fn openapi_document_is_3_1_and_stable() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/openapi.json").await;
    assert_eq!(r.status, 200);
    let doc = r.json();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    assert_eq!(doc["info"]["x-api-id"], "crocevia-api-v1");
    assert!(doc["paths"]["/status"]["get"].is_object());
    insta::assert_json_snapshot!("openapi", doc);
}

#[tokio::test]
async fn swagger_ui_is_served_from_the_binary() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/docs/").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("swagger"));
    let r = app.get("/api/v1/docs/swagger-ui.css").await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn api_errors_are_problem_json() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/no-such-thing").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    let body = r.json();
    assert_eq!(body["status"], 404);
    assert_eq!(body["title"], "Not Found");
    assert_eq!(body["type"], "about:blank");
    assert_eq!(body["instance"], "/api/v1/no-such-thing");
}

#[tokio::test]
async fn swagger_ui_gets_our_accessible_stylesheet() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/docs/index.css").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(r.text().contains(".opblock-summary-method"));
    let page = app.get("/api/v1/docs/").await;
    assert!(
        page.text().contains("href=\"index.css\""),
        "Swagger UI still loads index.css"
    );
}
