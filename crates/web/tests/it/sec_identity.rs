//! Security of the identity capability: grants by administrators (never to
//! themselves, only in scope, wider ones only with a second administrator's
//! approval), the second factor for administration, lockout counters under
//! parallel guesses, and the binding of operators to their identity
//! provider's (issuer, subject).

use std::sync::Arc;

use crocevia_domain::identity::totp::TotpSecret;
use crocevia_domain::identity::{Decision, Scope, Target, decide, perm};
use crocevia_store::identity::throttle::MAX_FAILURES;
use uuid::Uuid;

use crate::helpers::{TestApp, TestResponse};

const PASSWORD: &str = "Demo-fixed-password-for-tests";

/// A demo app where the coordinator is also administrator of Comune di Torino
/// only (a local administrator holding no desk permission there).
struct Torino {
    app: TestApp,
    /// The local administrator and their session (second factor passed).
    admin: Uuid,
    admin_cookie: String,
    torino: crocevia_store::identity::access::Agency,
}

async fn torino() -> Torino {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    let torino = app.agency("Comune di Torino").await;
    let admin = app.user("coordinamento@demo.crocevia.example").await.id;
    let role = role(&app, "administrator").await;
    app.store
        .grant(
            admin,
            role,
            torino.id,
            &Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let admin_cookie = app.cookie("coordinamento@demo.crocevia.example").await;
    Torino {
        app,
        admin,
        admin_cookie,
        torino,
    }
}

async fn role(app: &TestApp, name: &str) -> Uuid {
    app.store
        .role_id(name)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("no role {name}"))
}

/// Nothing granted to `user`, in force or pending, beyond `grants` grants.
async fn assert_unchanged(app: &TestApp, user: Uuid, grants: usize) {
    assert_eq!(
        app.store.grants_of(user).await.expect("grants").len(),
        grants
    );
    assert!(
        app.store
            .pending_grants_of(user)
            .await
            .expect("pending")
            .is_empty()
    );
}

#[tokio::test]
async fn a_torino_administrator_cannot_grant_themself_any_role() {
    let t = torino().await;
    let before = t.app.store.grants_of(t.admin).await.expect("grants").len();
    let page = format!("/app/admin/users/{}", t.admin);
    let own = t.app.get_with(&page, &[("cookie", &t.admin_cookie)]).await;
    assert_eq!(own.status, 200);
    assert!(
        !own.text().contains("/grants\""),
        "no grant form on one's own page"
    );
    for name in ["administrator", "case_worker", "analyst"] {
        let body = format!(
            "role={}&agency={}&scope=agency",
            role(&t.app, name).await,
            t.torino.id
        );
        let r = t
            .app
            .post_form(&format!("{page}/grants"), &body, &t.admin_cookie)
            .await;
        assert_eq!(r.status, 403, "{name}");
    }
    assert_unchanged(&t.app, t.admin, before).await;
}

#[tokio::test]
async fn a_torino_administrator_cannot_grant_to_an_operator_outside_their_scope() {
    let t = torino().await;
    // The health operator works for ASL Novara only.
    let novara_op = t.app.user("sanitario@demo.crocevia.example").await.id;
    let body = format!(
        "role={}&agency={}&scope=agency",
        role(&t.app, "mediator").await,
        t.torino.id
    );
    let r = t
        .app
        .post_form(
            &format!("/app/admin/users/{novara_op}/grants"),
            &body,
            &t.admin_cookie,
        )
        .await;
    assert_eq!(r.status, 403);
    assert_unchanged(&t.app, novara_op, 1).await;
}

/// Whether `user` (with a second factor) may read the people of Torino's desk.
async fn reads_torino_desk(app: &TestApp, user: Uuid, torino: &Target) -> bool {
    let subject = app.store.subject(user, true).await.expect("subject");
    decide(&subject, perm::DESK_PERSON_READ, torino) == Decision::Allow
}

fn pending_path(user: Uuid, request: Uuid, what: &str) -> String {
    format!("/app/admin/users/{user}/requests/{request}/{what}")
}

#[tokio::test]
async fn case_worker_permissions_wait_for_a_second_administrator() {
    let t = torino().await;
    let app = &t.app;
    let target = Target::Owned {
        agency: t.torino.id.to_string(),
        territory: t.torino.territory.clone(),
    };
    // The mediator of Torino: no access to people's records.
    let mediator = app.user("mediazione@demo.crocevia.example").await.id;
    let mediator_cookie = app.cookie("mediazione@demo.crocevia.example").await;
    assert!(!reads_torino_desk(app, mediator, &target).await);
    let desk = |cookie: String| async move {
        app.get_with("/app/desk", &[("cookie", &cookie)])
            .await
            .status
    };
    assert_ne!(desk(mediator_cookie.clone()).await, 200);

    let body = format!(
        "role={}&agency={}&scope=agency",
        role(app, "case_worker").await,
        t.torino.id
    );
    let grants = format!("/app/admin/users/{mediator}/grants");
    let r = app.post_form(&grants, &body, &t.admin_cookie).await;
    assert_eq!(r.status, 303, "{}", r.text());
    let location = format!("/app/admin/users/{mediator}?requested=1");
    assert_eq!(r.header("location"), Some(location.as_str()));
    // Pending: stored, shown, and without any effect.
    assert_eq!(
        app.store.grants_of(mediator).await.expect("grants").len(),
        1
    );
    let pending = app
        .store
        .pending_grants_of(mediator)
        .await
        .expect("pending");
    assert_eq!(pending.len(), 1);
    assert!(!reads_torino_desk(app, mediator, &target).await);
    assert_ne!(desk(mediator_cookie.clone()).await, 200);
    let page = app
        .get_with(&location, &[("cookie", &t.admin_cookie)])
        .await
        .text();
    assert!(page.contains("in attesa di approvazione"), "{page}");
    let request = pending[0].id;

    // Neither the granter, nor the grantee, nor another agency's
    // administrator approves it.
    let approve = pending_path(mediator, request, "approve");
    let r = app.post_form(&approve, "", &t.admin_cookie).await;
    assert_eq!(
        r.status, 403,
        "the granter cannot approve their own request"
    );
    let r = app.post_form(&approve, "", &mediator_cookie).await;
    assert_eq!(r.status, 403, "nor the grantee");
    let novara = app.agency("ASL Novara").await;
    let novara_admin = app.user("sanitario@demo.crocevia.example").await.id;
    let admin_role = role(app, "administrator").await;
    app.store
        .grant(
            novara_admin,
            admin_role,
            novara.id,
            &Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let novara_cookie = app.cookie("sanitario@demo.crocevia.example").await;
    let r = app.post_form(&approve, "", &novara_cookie).await;
    assert_eq!(r.status, 403, "nor another agency's administrator");
    assert!(!reads_torino_desk(app, mediator, &target).await);

    // A second administrator of Torino approves: now it is in force.
    let second = app.user("privacy@demo.crocevia.example").await.id;
    app.store
        .grant(
            second,
            admin_role,
            t.torino.id,
            &Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let second_cookie = app.cookie("privacy@demo.crocevia.example").await;
    let r = app.post_form(&approve, "", &second_cookie).await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_unchanged(app, mediator, 2).await;
    assert!(reads_torino_desk(app, mediator, &target).await);
    assert_eq!(desk(mediator_cookie).await, 200);
    let r = app.post_form(&approve, "", &second_cookie).await;
    assert_eq!(r.status, 404, "approved once");

    // A second request, rejected: nothing granted. Both decisions are audited.
    let r = app.post_form(&grants, &body, &t.admin_cookie).await;
    assert_eq!(r.status, 303);
    let request = app.store.pending_grants_of(mediator).await.expect("p")[0].id;
    let r = app
        .post_form(
            &pending_path(mediator, request, "reject"),
            "",
            &second_cookie,
        )
        .await;
    assert_eq!(r.status, 303);
    assert_unchanged(app, mediator, 2).await;
    let audit = app
        .store
        .search_audit(&Default::default(), 200)
        .await
        .expect("audit");
    let by = |action: &str, who: Uuid| {
        audit.iter().any(|e| {
            e.action == action
                && e.actor_user.as_deref() == Some(who.to_string().as_str())
                && e.object_id.as_deref() == Some(mediator.to_string().as_str())
        })
    };
    assert!(by("identity.grant.request", t.admin));
    assert!(by("identity.grant.approve", second));
    assert!(by("identity.grant.reject", second));
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

#[tokio::test]
async fn an_invitation_with_a_wider_role_is_pending_until_approved() {
    let t = torino().await;
    let app = &t.app;
    let body = format!(
        "email=nuova.operatrice@comune.example&name=Nuova+Operatrice&profession=social_worker\
         &agency={}&role={}&lang=it",
        t.torino.id,
        role(app, "case_worker").await
    );
    let r = app
        .post_form("/app/admin/users/invite", &body, &t.admin_cookie)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let invited = app.user("nuova.operatrice@comune.example").await.id;
    assert!(
        app.store
            .grants_of(invited)
            .await
            .expect("grants")
            .is_empty()
    );
    let pending = app.store.pending_grants_of(invited).await.expect("pending");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].requested_by, t.admin);
    let subject = app.store.subject(invited, true).await.expect("subject");
    assert!(subject.grants.is_empty(), "a pending grant gives nothing");
    // The invited operator belongs to Torino's administrators, who see them.
    let list = app
        .get_with("/app/admin/users", &[("cookie", &t.admin_cookie)])
        .await
        .text();
    assert!(list.contains("Nuova Operatrice"));

    let second = app.user("privacy@demo.crocevia.example").await.id;
    app.store
        .grant(
            second,
            role(app, "administrator").await,
            t.torino.id,
            &Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let second_cookie = app.cookie("privacy@demo.crocevia.example").await;
    let approve = pending_path(invited, pending[0].id, "approve");
    assert_eq!(
        app.post_form(&approve, "", &t.admin_cookie).await.status,
        403
    );
    assert_eq!(
        app.post_form(&approve, "", &second_cookie).await.status,
        303
    );
    assert_unchanged(app, invited, 1).await;

    // Within the inviter's own permissions, an invitation's role is in force.
    let audit_only = app
        .store
        .create_role(
            "registro accessi",
            &[perm::AUDIT_READ].into_iter().collect(),
            |_| crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("create")
        .expect("new name");
    let body = format!(
        "email=altro.analista@comune.example&name=Altro&profession=analyst\
         &agency={}&role={audit_only}&lang=it",
        t.torino.id,
    );
    let r = app
        .post_form("/app/admin/users/invite", &body, &t.admin_cookie)
        .await;
    assert_eq!(r.status, 303);
    let analyst = app.user("altro.analista@comune.example").await.id;
    assert_unchanged(app, analyst, 1).await;
    assert!(
        app.store
            .pending_grants_of(analyst)
            .await
            .expect("pending")
            .is_empty()
    );
    // A peer administrator always waits for a second one: otherwise one
    // administrator could make a second account of their own and approve
    // their own requests with it.
    let body = format!(
        "email=altro.admin@comune.example&name=Altro&profession=administrator\
         &agency={}&role={}&lang=it",
        t.torino.id,
        role(app, "administrator").await
    );
    let r = app
        .post_form("/app/admin/users/invite", &body, &t.admin_cookie)
        .await;
    assert_eq!(r.status, 303);
    let peer = app.user("altro.admin@comune.example").await.id;
    assert!(app.store.grants_of(peer).await.expect("grants").is_empty());
    assert_eq!(
        app.store
            .pending_grants_of(peer)
            .await
            .expect("pending")
            .len(),
        1
    );
}

#[tokio::test]
async fn administration_without_a_second_factor_is_refused() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    // A role that administers roles only, touching no personal data, held
    // by the editor (who otherwise needs no second factor).
    let roles_only = app
        .store
        .create_role(
            "gestione ruoli",
            &[perm::ADMIN_ROLES].into_iter().collect(),
            |_| crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("create")
        .expect("new name");
    let editor = app.user("redazione@demo.crocevia.example").await.id;
    let regione = app.agency("Regione Piemonte").await;
    app.store
        .grant(
            editor,
            roles_only,
            regione.id,
            &Scope::Network,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let token = app
        .store
        .create_session(editor, false, &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("session");
    let cookie = format!("crocevia_session={token}");
    let front = app.user("frontoffice@demo.crocevia.example").await.id;
    for page in [
        "/app/admin/roles".to_owned(),
        format!("/app/admin/users/{front}"),
    ] {
        let r = app.get_with(&page, &[("cookie", &cookie)]).await;
        assert_eq!(r.status, 303, "{page}");
        assert!(
            r.header("location")
                .is_some_and(|l| l.starts_with("/app/account/totp?next=")),
            "{page}: enroll the second factor first"
        );
    }
    let body = format!(
        "role={}&agency={}&scope=agency",
        role(&app, "case_worker").await,
        regione.id
    );
    let r = app
        .post_form(&format!("/app/admin/users/{front}/grants"), &body, &cookie)
        .await;
    assert_eq!(r.status, 303, "redirected to the second factor, not done");
    assert_unchanged(&app, front, 1).await;
    let api = app
        .get_with("/api/v1/admin/users", &[("cookie", &cookie)])
        .await;
    assert_eq!(api.status, 403);
}

/// Logs `email` in with the password: a session that owes the second factor.
async fn password_login(app: &TestApp, email: &str) -> TestResponse {
    app.post_form(
        "/app/login",
        &format!("email={email}&password={PASSWORD}"),
        "",
    )
    .await
}

fn session_of(r: &TestResponse) -> String {
    r.set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_session="))
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("session cookie")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
}

/// Enrolls `email`'s second factor through the pages; returns the secret.
async fn enroll(app: &TestApp, email: &str) -> TotpSecret {
    let cookie = session_of(&password_login(app, email).await);
    let page = app
        .get_with("/app/account/totp", &[("cookie", &cookie)])
        .await
        .text();
    let marker = "data-testid=\"totp-key\" dir=\"ltr\">";
    let start = page.find(marker).expect("key") + marker.len();
    let key = &page[start..start + page[start..].find("</code>").expect("end")];
    let secret = TotpSecret::from_base32(key).expect("key");
    let code = secret.code_at(now());
    let r = app
        .post_form("/app/account/totp", &format!("code={code}"), &cookie)
        .await;
    assert_eq!(r.status, 200);
    secret
}

/// Runs `n` copies of a request at once, on several threads.
async fn in_parallel<F, Fut>(app: &Arc<TestApp>, n: usize, request: F) -> Vec<TestResponse>
where
    F: Fn(Arc<TestApp>) -> Fut,
    Fut: std::future::Future<Output = TestResponse> + Send + 'static,
{
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..n {
        set.spawn(request(Arc::clone(app)));
    }
    set.join_all().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_wrong_codes_check_no_more_than_the_limit() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    let email = "legale@demo.crocevia.example";
    let secret = enroll(&app, email).await;
    // Ten sessions of five codes each: a session takes no more than five
    // (a sixth answers 429), the account's counter spans them all.
    let mut sessions = Vec::new();
    for _ in 0..10 {
        sessions.push(session_of(&password_login(&app, email).await));
    }
    // A code that is wrong now and in the next steps.
    let wrong = (0..1_000_000u32)
        .map(|c| format!("{c:06}"))
        .find(|c| (0..3).all(|s| secret.code_at(now() + 30 * s) != *c))
        .expect("a wrong code");
    let app = Arc::new(app);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let responses = in_parallel(&app, 50, |app| {
        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (cookie, wrong) = (sessions[i % 10].clone(), wrong.clone());
        async move {
            app.post_form("/app/login/totp", &format!("code={wrong}"), &cookie)
                .await
        }
    })
    .await;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 422), "{statuses:?}");
    let checked = responses
        .iter()
        .filter(|r| r.text().contains("Codice non valido"))
        .count();
    let limit = usize::try_from(MAX_FAILURES).expect("small");
    assert_eq!(checked, limit - 1, "the last checked one locks");
    let locked = responses
        .iter()
        .filter(|r| r.text().contains("sospeso per 15 minuti"))
        .count();
    assert_eq!(locked, 50 - checked);
    // A right password does not reset the codes' counter: a new session is
    // still locked, even with the right code.
    let cookie = session_of(&password_login(&app, email).await);
    let r = app
        .post_form(
            "/app/login/totp",
            &format!("code={}", secret.code_at(now())),
            &cookie,
        )
        .await;
    assert_eq!(r.status, 422, "locked even with the right code");
    let r = app
        .post_form(
            "/app/login/totp",
            &format!("code={}", secret.code_at(now() + 30)),
            &cookie,
        )
        .await;
    assert!(r.text().contains("sospeso per 15 minuti"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_wrong_passwords_check_no_more_than_the_limit() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo operators");
    let app = Arc::new(app);
    let responses = in_parallel(&app, 50, |app| async move {
        app.post_form(
            "/app/login",
            "email=redazione@demo.crocevia.example&password=not-the-password",
            "",
        )
        .await
    })
    .await;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 422), "{statuses:?}");
    let checked = responses
        .iter()
        .filter(|r| r.text().contains("Email o password non corretti"))
        .count();
    let limit = usize::try_from(MAX_FAILURES).expect("small");
    assert_eq!(checked, limit - 1, "the last checked one locks");
    let r = password_login(&app, "redazione@demo.crocevia.example").await;
    assert_eq!(r.status, 422, "locked even with the right password");
}

/// One login through the test provider with the claims of `next`; the
/// operator it opened a session for, if any.
async fn provider_login(
    app: &TestApp,
    provider: &crate::oidc::Provider,
    next: crate::oidc::Next,
) -> Option<Uuid> {
    let (cookie, state, nonce) = crate::oidc::begin(app).await;
    *provider.next.lock().expect("lock") = crate::oidc::Next {
        nonce,
        audience: crate::oidc::CLIENT_ID.to_owned(),
        ..next
    };
    let r = app
        .get_with(
            &format!("/app/login/oidc/callback?code=abc&state={state}"),
            &[("cookie", &cookie)],
        )
        .await;
    let token = r
        .set_cookies()
        .into_iter()
        .find_map(|c| c.strip_prefix("crocevia_session=").map(str::to_owned))?;
    let token = token.split(';').next().unwrap_or_default().to_owned();
    let (_, user) = app.store.session_user(&token).await.expect("read")?;
    Some(user.id)
}

fn claims(email: &str, verified: Option<bool>, subject: &str) -> crate::oidc::Next {
    crate::oidc::Next {
        email: email.to_owned(),
        verified,
        subject: subject.to_owned(),
        ..crate::oidc::Next::default()
    }
}

#[tokio::test]
async fn provider_logins_need_a_verified_email_then_follow_the_bound_subject() {
    let provider = crate::oidc::provider().await;
    let app = crate::oidc::app_with(&provider).await;
    let editor_email = "redazione@demo.crocevia.example";
    let editor = app.user(editor_email).await.id;
    let translator_email = "traduzioni@demo.crocevia.example";
    let translator = app.user(translator_email).await.id;

    // No `email_verified` claim at all proves nothing.
    let login = |next| provider_login(&app, &provider, next);
    assert_eq!(login(claims(editor_email, None, "subject-1")).await, None);
    // Verified: the first login finds the editor and binds them to subject-1.
    let first = login(claims(editor_email, Some(true), "subject-1")).await;
    assert_eq!(first, Some(editor));
    // Someone else at the provider with the editor's (verified) email: refused.
    let other = login(claims(editor_email, Some(true), "someone-else")).await;
    assert_eq!(other, None);
    // subject-1 is the editor, whatever email the provider sends now.
    let again = login(claims(translator_email, Some(false), "subject-1")).await;
    assert_eq!(again, Some(editor));
    // The translator's own first login binds them to their own subject.
    let own = login(claims(translator_email, Some(true), "subject-2")).await;
    assert_eq!(own, Some(translator));
    let audit = app
        .store
        .search_audit(&Default::default(), 200)
        .await
        .expect("audit");
    let binds = audit
        .iter()
        .filter(|e| e.action == "identity.oidc.bind")
        .count();
    assert_eq!(binds, 2);
}
