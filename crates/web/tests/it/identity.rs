//! Operator login, lockout without account enumeration, sessions.

use axum::body::Body;
use axum::http::{Method, Request};
use crocevia_domain::Lang;
use crocevia_domain::identity::password::PasswordHash;
use crocevia_domain::identity::{Email, Profession};
use crocevia_store::identity::users::NewUser;
use crocevia_web::security::{CSRF_COOKIE, sign};

use crate::helpers::{CSRF_SECRET, TestApp, TestResponse, csrf_key};

const PASSWORD: &str = "Sportello-Unico-Torino-2026";

async fn with_operator() -> TestApp {
    let app = TestApp::spawn().await;
    app.store
        .create_user(&NewUser {
            email: Email::parse("operatrice@comune.example").expect("email"),
            display_name: "Giulia Operatrice".to_owned(),
            profession: Profession::FrontOffice,
            ui_lang: Lang::It,
            password_hash: Some(PasswordHash::new(PASSWORD).expect("hash")),
        })
        .await
        .expect("create")
        .expect("new user");
    app
}

fn login_body(email: &str, password: &str) -> String {
    format!("email={email}&password={password}&next=/app/account/sessions")
}

fn session_cookie(r: &TestResponse) -> String {
    r.set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_session="))
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("session cookie")
}

#[tokio::test]
async fn workspace_pages_require_login() {
    let app = with_operator().await;
    let r = app.get("/app/account/sessions").await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some("/app/login?next=%2Fapp%2Faccount%2Fsessions")
    );
    let r = app.get("/app/login").await;
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("Accesso operatori"));
    assert!(
        html.contains("name=\"csrf_token\""),
        "login form is CSRF-protected"
    );
    assert!(r.set_cookies().iter().any(|c| c.starts_with(CSRF_COOKIE)));
}

#[tokio::test]
async fn login_opens_a_session_that_can_be_listed_and_ended() {
    let app = with_operator().await;
    let r = app
        .post_form(
            "/app/login",
            &login_body("Operatrice@Comune.example", PASSWORD),
            "",
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/app/account/sessions"));
    let set = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_session="))
        .expect("cookie");
    assert!(
        set.contains("HttpOnly")
            && set.split(';').any(|a| a.trim() == "Path=/")
            && set.contains("SameSite=Lax")
    );
    let cookie = session_cookie(&r);

    let r = app.get_with("/app/", &[("cookie", &cookie)]).await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Giulia Operatrice"));

    // A second login elsewhere, then end it from the first.
    let other = session_cookie(
        &app.post_form(
            "/app/login",
            &login_body("operatrice@comune.example", PASSWORD),
            "",
        )
        .await,
    );
    let page = app
        .get_with("/app/account/sessions", &[("cookie", &cookie)])
        .await
        .text();
    assert!(page.contains("Questa sessione"));
    let other_id =
        crocevia_store::identity::sessions::token_id(other.trim_start_matches("crocevia_session="));
    assert!(page.contains(&other_id));
    let r = app
        .post_form(
            "/app/account/sessions/revoke",
            &format!("id={other_id}"),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &other)]).await.status,
        303,
        "ended session is gone"
    );
    assert_eq!(
        app.get_with("/app/", &[("cookie", &cookie)]).await.status,
        200
    );

    // Logging out ends the session server-side.
    let r = app.post_form("/app/logout", "", &cookie).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &cookie)]).await.status,
        303
    );

    let audit = app.store.verify_audit().await.expect("verify");
    assert_eq!(audit.broken, None);
    assert!(
        audit.entries >= 5,
        "logins, revocation and logout are audited"
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_email_look_the_same() {
    let app = with_operator().await;
    let wrong = app
        .post_form(
            "/app/login",
            &login_body("operatrice@comune.example", "nope-nope-nope"),
            "",
        )
        .await;
    let unknown = app
        .post_form(
            "/app/login",
            &login_body("nessuno@comune.example", "nope-nope-nope"),
            "",
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert_eq!(unknown.status, 422);
    let clean = |r: &TestResponse| {
        r.text()
            .replace("nessuno@comune.example", "operatrice@comune.example")
    };
    assert_eq!(clean(&wrong), clean(&unknown));
    assert!(wrong.text().contains("Email o password non corretti."));
    assert!(
        wrong.text().contains("value=\"operatrice@comune.example\""),
        "the email typed is kept"
    );
    assert!(
        !wrong.text().contains("nope-nope-nope"),
        "the password is never echoed"
    );
}

#[tokio::test]
async fn ten_failures_lock_existing_and_unknown_accounts_alike() {
    let app = with_operator().await;
    for email in ["operatrice@comune.example", "nessuno@comune.example"] {
        let mut last = None;
        for _ in 0..10 {
            last = Some(
                app.post_form("/app/login", &login_body(email, "wrong-password-here"), "")
                    .await,
            );
        }
        let last = last.expect("attempts");
        assert!(last.text().contains("sospeso per 15 minuti"), "{email}");
        // Even the right password is refused while locked, with the same message.
        let r = app
            .post_form("/app/login", &login_body(email, PASSWORD), "")
            .await;
        assert_eq!(r.status, 422, "{email}");
        assert!(r.text().contains("sospeso per 15 minuti"), "{email}");
    }
}

#[tokio::test]
async fn form_errors_are_shown_next_to_the_fields() {
    let app = with_operator().await;
    let r = app
        .post_form("/app/login", "email=not-an-email&password=", "")
        .await;
    assert_eq!(r.status, 422);
    let html = r.text();
    assert!(html.contains("id=\"email-error\""));
    assert!(html.contains("id=\"password-error\""));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("value=\"not-an-email\""));
    let en = app
        .request(
            Request::builder()
                .method(Method::POST)
                .uri("/app/login")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept-language", "en")
                .header("cookie", format!("{CSRF_COOKIE}={CSRF_SECRET}"))
                .body(Body::from(format!(
                    "csrf_token={}&email=&password=",
                    sign(&csrf_key(), CSRF_SECRET)
                )))
                .expect("request"),
        )
        .await;
    assert!(en.text().contains("Enter a valid email address"));
}

#[tokio::test]
async fn login_never_redirects_off_site() {
    let app = with_operator().await;
    for next in ["https://evil.example/", "//evil.example/app/", "/it/"] {
        let r = app
            .post_form(
                "/app/login",
                &format!("email=operatrice@comune.example&password={PASSWORD}&next={next}"),
                "",
            )
            .await;
        assert_eq!(r.header("location"), Some("/app/"), "{next}");
    }
}

#[tokio::test]
async fn another_users_session_cannot_be_revoked() {
    let app = with_operator().await;
    let cookie = session_cookie(
        &app.post_form(
            "/app/login",
            &login_body("operatrice@comune.example", PASSWORD),
            "",
        )
        .await,
    );
    let r = app
        .post_form(
            "/app/account/sessions/revoke",
            &format!("id={}", "0".repeat(64)),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 404);
}

/// The operators' landing page (issue 20, item 9) lists the sections the
/// policy opens to this operator, each with what it is for, and tells an
/// operator whose role has none what to do (it read like a placeholder:
/// "other services will appear here as they are enabled").
#[tokio::test]
async fn the_landing_page_says_what_each_section_is_for() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    let front = app.cookie("frontoffice@demo.crocevia.example").await;
    let html = app.get_with("/app/", &[("cookie", &front)]).await.text();
    assert!(
        html.contains("href=\"/app/desk\""),
        "the desk is open to the front office"
    );
    assert!(html.contains("Lo sportello: persone, appuntamenti"));
    assert!(
        !html.contains("href=\"/app/admin/users\""),
        "administration is not"
    );
    assert!(!html.contains("man mano che vengono attivati"));
    let trainer = app.cookie("formazione@demo.crocevia.example").await;
    let html = app.get_with("/app/", &[("cookie", &trainer)]).await.text();
    assert!(
        html.contains("href=\"/app/training\""),
        "every operator has the training programme"
    );
    assert!(
        !html.contains("href=\"/app/desk\""),
        "the desk is not the trainer's"
    );
    assert!(html.contains("href=\"/app/account/sessions\""));
}
