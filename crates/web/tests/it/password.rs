//! Password reset by emailed link: no account enumeration, policy errors next
//! to the field, single use, every session ended.

use crocevia_domain::Lang;
use crocevia_domain::identity::password::PasswordHash;
use crocevia_domain::identity::{Email, Profession};
use crocevia_store::identity::users::NewUser;

use crate::helpers::TestApp;

const OLD: &str = "Old-Password-From-Last-Winter";
const NEW: &str = "quattro parole a caso sul tram";

/// The reset link of a development mail (quoted-printable soft breaks joined).
fn link_in(mail: &str) -> String {
    let joined = mail.replace("=\r\n", "").replace("=\n", "");
    let start = joined
        .find("http://crocevia.test/app/password/set/")
        .expect("link in mail");
    joined[start..]
        .split_whitespace()
        .next()
        .expect("link")
        .to_owned()
}

async fn app_with_operator() -> TestApp {
    let app = TestApp::spawn().await;
    app.store
        .create_user(&NewUser {
            email: Email::parse("ufficio.stranieri@comune.example").expect("email"),
            display_name: "Marta Esposito".to_owned(),
            profession: Profession::Editor,
            ui_lang: Lang::It,
            password_hash: Some(PasswordHash::new(OLD).expect("hash")),
        })
        .await
        .expect("create")
        .expect("new");
    app
}

#[tokio::test]
async fn reset_by_link_ends_sessions_and_works_once() {
    let app = app_with_operator().await;
    let user = app.user("ufficio.stranieri@comune.example").await;
    let old_session = app
        .store
        .create_session(user.id, false, &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("session");

    let known = app
        .post_form(
            "/app/password/forgot",
            "email=Ufficio.Stranieri@comune.example",
            "",
        )
        .await;
    let unknown = app
        .post_form("/app/password/forgot", "email=nessuno@comune.example", "")
        .await;
    assert_eq!(known.status, 200);
    assert_eq!(
        known
            .text()
            .replace("Ufficio.Stranieri@comune.example", "x"),
        unknown.text().replace("nessuno@comune.example", "x"),
        "the same answer whether or not the account exists"
    );
    let mails = app.mails_after(1).await;
    assert_eq!(mails.len(), 1, "only the real account gets a mail");
    assert!(mails[0].contains("To: ufficio.stranieri@comune.example"));
    let link = link_in(&mails[0]);
    let path = link.trim_start_matches("http://crocevia.test");

    assert_eq!(app.get(path).await.status, 200);
    let r = app
        .post_form(path, "password=password1234&confirm=password1234", "")
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("troppo facile da indovinare"));
    assert!(r.text().contains("id=\"password-error\""));
    let r = app
        .post_form(path, "password=short&confirm=short", "")
        .await;
    assert!(r.text().contains("almeno 12 caratteri"));
    let r = app
        .post_form(path, &format!("password={NEW}&confirm={NEW}x"), "")
        .await;
    assert!(r.text().contains("non coincidono"));
    assert!(r.text().contains("id=\"confirm-error\""));

    let r = app
        .post_form(path, &format!("password={NEW}&confirm={NEW}"), "")
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/app/login?saved=1"));
    assert!(
        app.get("/app/login?saved=1")
            .await
            .text()
            .contains("Password salvata")
    );
    assert_eq!(
        app.store.session_user(&old_session).await.expect("read"),
        None,
        "every session ended"
    );
    let user = app.store.user(user.id).await.expect("read").expect("user");
    let hash = user.password_hash.expect("hash");
    assert!(hash.verify(NEW) && !hash.verify(OLD));

    let r = app.get(path).await;
    assert_eq!(r.status, 404, "a link works once");
    assert!(r.text().contains("non è valido o è scaduto"));
    let r = app
        .post_form(path, &format!("password={NEW}&confirm={NEW}"), "")
        .await;
    assert_eq!(r.status, 422);
}

#[tokio::test]
async fn forged_links_and_bad_emails_get_clear_answers() {
    let app = app_with_operator().await;
    let r = app.get("/app/password/set/not-a-real-token").await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("password/forgot"));
    let r = app
        .post_form("/app/password/forgot", "email=not-an-email", "")
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("id=\"email-error\""));
    assert!(app.mails().is_empty());
}
