//! "Was this useful?" and "report wrong information" on guides and services
//! (issue 20): anonymous answers kept for the editors' queue, bad reports
//! refused with a localized error and nothing kept, a rate limit per
//! address, the queue shown by permission and its handling audited in the
//! same transaction.

use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::helpers::TestApp;

const GUIDE: &str = "rinnovo-permesso-di-soggiorno";

async fn app_with_demo() -> TestApp {
    let app = TestApp::spawn().await;
    app.store.load_demo_directory().await.expect("directory");
    app.store.load_demo_guides().await.expect("guides");
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    app
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let backend = app.store.conn().get_database_backend();
    let row = app
        .store
        .conn()
        .query_one_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .expect("query")
        .expect("row");
    row.try_get_by_index::<i64>(0).expect("count")
}

#[tokio::test]
async fn readers_answer_and_report_and_editors_handle_the_reports() {
    let app = app_with_demo().await;
    let page = app.get(&format!("/ar/guides/{GUIDE}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("action=\"/ar/feedback\""),
        "the form is on the page"
    );

    // "Useful": kept, back to the page, which thanks.
    let yes = app
        .post_form(
            "/ar/feedback",
            &format!("kind=guide&target={GUIDE}&useful=yes"),
            "",
        )
        .await;
    assert_eq!(yes.status, 303);
    assert_eq!(
        yes.header("location"),
        Some(format!("/ar/guides/{GUIDE}?feedback=thanks#feedback").as_str())
    );
    let thanked = app
        .get(&format!("/ar/guides/{GUIDE}?feedback=thanks"))
        .await
        .text();
    assert!(thanked.contains("role=\"status\""), "{thanked}");
    assert!(
        !thanked.contains("name=\"useful\""),
        "no second answer offered"
    );
    for body in [
        format!("kind=guide&target={GUIDE}&useful=no"),
        format!("kind=guide&target={GUIDE}&report=Il+numero+verde+%C3%A8+cambiato"),
    ] {
        assert_eq!(app.post_form("/it/feedback", &body, "").await.status, 303);
    }

    // A service: its id, a report.
    let list = app.get("/it/services").await.text();
    let service = list
        .split("href=\"/it/services/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a service")
        .to_owned();
    let reported = app
        .post_form(
            "/uk/feedback",
            &format!("kind=service&target={service}&report=%D0%90%D0%B4%D1%80%D0%B5%D1%81%D0%B0+%D0%B7%D0%BC%D1%96%D0%BD%D0%B8%D0%BB%D0%B0%D1%81%D1%8F"),
            "",
        )
        .await;
    assert_eq!(reported.status, 303);

    // Bad input: a clear error in the page's language, the text kept,
    // nothing stored.
    let before = count(&app, "SELECT COUNT(*) FROM portal_feedback").await;
    let empty = app
        .post_form(
            "/it/feedback",
            &format!("kind=guide&target={GUIDE}&report=+++"),
            "",
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.text().contains("Scrivi che cosa è sbagliato o manca"));
    assert!(empty.text().contains("aria-invalid=\"true\""));
    let long = "x".repeat(2001);
    let too_long = app
        .post_form(
            "/en/feedback",
            &format!("kind=guide&target={GUIDE}&report={long}"),
            "",
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert!(
        too_long
            .text()
            .contains("at most \u{2068}2,000\u{2069} characters")
            || too_long
                .text()
                .contains("at most \u{2068}2000\u{2069} characters"),
        "{}",
        too_long.text()
    );
    assert!(too_long.text().contains(&long), "the text typed is kept");
    for (body, status) in [
        ("kind=guide&target=no-such-guide&useful=yes", 404),
        ("kind=service&target=not-an-id&useful=yes", 404),
        ("kind=person&target=x&useful=yes", 404),
        (
            &format!("kind=guide&target={GUIDE}&useful=maybe") as &str,
            400,
        ),
    ] {
        assert_eq!(
            app.post_form("/it/feedback", body, "")
                .await
                .status
                .as_u16(),
            status,
            "{body}"
        );
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM portal_feedback").await,
        before
    );

    // The queue: guide editors see the guide's report, not who sent it.
    assert_eq!(
        app.get("/app/feedback").await.status.as_u16(),
        303,
        "sign in first"
    );
    let front = app.cookie("frontoffice@demo.crocevia.example").await;
    assert_eq!(
        app.get_with("/app/feedback", &[("cookie", &front)])
            .await
            .status
            .as_u16(),
        403
    );
    let editor = app.cookie("redazione@demo.crocevia.example").await;
    let queue = app.get_with("/app/feedback", &[("cookie", &editor)]).await;
    assert_eq!(queue.status, 200);
    let html = queue.text();
    assert!(html.contains("Il numero verde è cambiato"), "{html}");
    assert!(
        html.contains("Rinnovare il permesso di soggiorno"),
        "{html}"
    );
    assert!(
        html.contains(">українська<") || html.contains(">Українська<"),
        "the language by name: {html}"
    );
    assert!(
        html.contains("<td>1</td><td>1</td><td>50%</td>"),
        "one yes, one no: {html}"
    );
    let id = html
        .split("action=\"/app/feedback/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("a report to handle")
        .to_owned();
    let handled = app
        .post_form(&format!("/app/feedback/{id}/handled"), "", &editor)
        .await;
    assert_eq!(handled.status, 303);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'portal.feedback.handled'"
        )
        .await,
        1
    );
    let again = app
        .post_form(&format!("/app/feedback/{id}/handled"), "", &editor)
        .await;
    assert_eq!(again.status, 404, "already handled");
    assert_eq!(
        app.post_form(&format!("/app/feedback/{id}/handled"), "", &front)
            .await
            .status
            .as_u16(),
        403
    );
}

#[tokio::test]
async fn one_address_cannot_flood_the_queue() {
    let app = app_with_demo().await;
    let body = format!("kind=guide&target={GUIDE}&useful=yes");
    for _ in 0..30 {
        assert_eq!(app.post_form("/it/feedback", &body, "").await.status, 303);
    }
    let refused = app.post_form("/it/feedback", &body, "").await;
    assert_eq!(refused.status, 429);
    assert!(refused.header("retry-after").is_some());
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM portal_feedback").await,
        30
    );
}
