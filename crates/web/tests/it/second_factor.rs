//! TOTP second factor: mandatory enrollment, codes never replayed, single-use
//! recovery codes, secret encrypted at rest.

use std::time::{SystemTime, UNIX_EPOCH};

use crocevia_domain::identity::totp::TotpSecret;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::helpers::TestApp;

const PASSWORD: &str = "Demo-fixed-password-for-tests";

/// The session cookie a response sets.
fn session_of(r: &crate::helpers::TestResponse) -> String {
    r.set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_session="))
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("session cookie")
}

async fn login(app: &TestApp, email: &str) -> String {
    let r = app
        .post_form(
            "/app/login",
            &format!("email={email}&password={PASSWORD}"),
            "",
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    session_of(&r)
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs()
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).expect("start marker") + start.len();
    let to = html[from..].find(end).expect("end marker") + from;
    &html[from..to]
}

#[tokio::test]
async fn enrollment_is_mandatory_then_codes_work_once() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    let email = "sociale@demo.crocevia.example";
    let cookie = login(&app, email).await;

    // A case worker reads personal data: first stop, enrollment.
    let r = app.get_with("/app/", &[("cookie", &cookie)]).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some("/app/account/totp?next=%2Fapp%2F")
    );
    let page = app
        .get_with("/app/account/totp", &[("cookie", &cookie)])
        .await
        .text();
    assert!(page.contains("src=\"data:image/svg+xml;base64,"), "QR code");
    let key = between(&page, "data-testid=\"totp-key\" dir=\"ltr\">", "</code>");
    let secret = TotpSecret::from_base32(key).expect("base32 key");
    // A reload shows the same pending key.
    let again = app
        .get_with("/app/account/totp", &[("cookie", &cookie)])
        .await
        .text();
    assert!(again.contains(key));

    // The secret is stored encrypted, never as its base32 or raw bytes.
    let user = app.user(email).await;
    let row = app
        .store
        .conn()
        .query_one_raw(Statement::from_string(
            app.store.conn().get_database_backend(),
            format!("SELECT totp_secret FROM users WHERE email = '{email}'"),
        ))
        .await
        .expect("query")
        .expect("row");
    let stored: String = row.try_get("", "totp_secret").expect("column");
    assert!(!stored.contains(&key.replace(' ', "")));
    assert!(stored.len() > 60, "nonce + ciphertext + tag");

    let r = app
        .post_form("/app/account/totp", "code=000000", &cookie)
        .await;
    assert_eq!(r.status, 422, "a wrong code is refused");
    let code = secret.code_at(now());
    let r = app
        .post_form("/app/account/totp", &format!("code={code}"), &cookie)
        .await;
    assert_eq!(r.status, 200);
    let html = r.text();
    let codes: Vec<String> = between(&html, "data-testid=\"recovery-codes\">", "</ul>")
        .split("<code>")
        .skip(1)
        .map(|c| c.split("</code>").next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    // The session goes on under a new token: the one seen before the
    // second factor is worth nothing now.
    let before = cookie;
    let cookie = session_of(&r);
    assert_ne!(cookie, before);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &before)]).await.status,
        303
    );
    assert_eq!(
        app.get_with("/app/", &[("cookie", &cookie)]).await.status,
        200
    );

    // Next login: the challenge; the code already used is not accepted again.
    let cookie = login(&app, email).await;
    let r = app
        .get_with("/app/account/sessions", &[("cookie", &cookie)])
        .await;
    assert_eq!(
        r.header("location"),
        Some("/app/login/totp?next=%2Fapp%2Faccount%2Fsessions")
    );
    let r = app
        .post_form(
            "/app/login/totp",
            &format!("code={code}&next=/app/"),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 422, "replay refused");
    assert!(r.text().contains("Codice non valido o già usato"));
    let r = app
        .post_form(
            "/app/login/totp",
            &format!("recovery={}&next=/app/", codes[0].to_uppercase()),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 303, "recovery code accepted, case-insensitively");
    let before = cookie;
    let cookie = session_of(&r);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &before)]).await.status,
        303,
        "the token is new after the second factor"
    );
    assert_eq!(
        app.get_with("/app/", &[("cookie", &cookie)]).await.status,
        200
    );

    let other = login(&app, email).await;
    let r = app
        .post_form("/app/login/totp", &format!("recovery={}", codes[0]), &other)
        .await;
    assert_eq!(r.status, 422, "a recovery code works once");
    let status = app
        .get_with("/app/account/totp", &[("cookie", &cookie)])
        .await
        .text();
    assert!(
        status.contains("Codici di recupero non ancora usati: \u{2068}9\u{2069}"),
        "{status}"
    );
    assert!(user.active);
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

#[tokio::test]
async fn wrong_codes_count_towards_the_lockout() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    let email = "legale@demo.crocevia.example";
    let cookie = login(&app, email).await;
    let page = app
        .get_with("/app/account/totp", &[("cookie", &cookie)])
        .await
        .text();
    let key = between(&page, "data-testid=\"totp-key\" dir=\"ltr\">", "</code>");
    let secret = TotpSecret::from_base32(key).expect("key");
    let r = app
        .post_form(
            "/app/account/totp",
            &format!("code={}", secret.code_at(now())),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 200);

    // Five codes per session; the account's lockout counts across sessions.
    // Five codes per session: a sixth is refused unchecked (and not counted).
    let first = login(&app, email).await;
    for _ in 0..5 {
        let r = app
            .post_form("/app/login/totp", "code=111111", &first)
            .await;
        assert_eq!(r.status, 422);
    }
    let r = app
        .post_form("/app/login/totp", "code=111111", &first)
        .await;
    assert_eq!(r.status, 429, "a sixth code in one session");
    assert!(r.header("retry-after").is_some());
    // The account's lockout counts across sessions: ten failures in all.
    let second = login(&app, email).await;
    for _ in 0..4 {
        let r = app
            .post_form("/app/login/totp", "code=111111", &second)
            .await;
        assert!(!r.text().contains("sospeso per 15 minuti"));
    }
    let cookie = login(&app, email).await;
    let r = app
        .post_form("/app/login/totp", "code=111111", &cookie)
        .await;
    assert!(r.text().contains("sospeso per 15 minuti"), "ten failures");
    let r = app
        .post_form(
            "/app/login/totp",
            &format!("code={}", secret.code_at(now() + 30)),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 422, "locked even with a right code");
}
