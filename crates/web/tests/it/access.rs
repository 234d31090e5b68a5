//! Access control: every protected route x every demo role, with and without the
//! second factor, gets exactly the expected status; grants stop at their agency
//! or territory.

use std::collections::BTreeMap;

use crocevia_domain::identity::{Decision, Target, decide, perm, requires_second_factor};
use crocevia_domain::identity::{Profession, TerritoryCode};

use crate::access_routes::{Route, route, routes};
use crate::helpers::TestApp;

/// Demo operators (by profession) and their ids, on a demo app.
pub(crate) async fn demo() -> (TestApp, BTreeMap<Profession, uuid::Uuid>) {
    let app = TestApp::spawn().await;
    let logins = app
        .store
        .load_demo_operators(|e| format!("Demo-{}-pass-word", e.as_str().len()))
        .await
        .expect("demo operators");
    let mut ids = BTreeMap::new();
    for l in logins {
        let user = app
            .store
            .user_by_email(&l.email)
            .await
            .expect("read")
            .expect("user");
        // The first operator of each profession (others work elsewhere).
        ids.entry(l.profession).or_insert(user.id);
    }
    assert_eq!(ids.len(), Profession::ALL.len());
    (app, ids)
}

pub(crate) async fn cookie(app: &TestApp, user: uuid::Uuid, second_factor: bool) -> String {
    let token = app
        .store
        .create_session(
            user,
            second_factor,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("session");
    format!("crocevia_session={token}")
}

/// An editor of this agency only (the demo's editor works network-wide).
pub(crate) async fn local_editor(app: &TestApp, agency: uuid::Uuid) -> uuid::Uuid {
    local_operator(
        app,
        agency,
        (Profession::Editor, "editor"),
        &format!("redazione-{}@comune.example", agency.simple()),
    )
    .await
}

/// A new operator of `profession` holding built-in `role` for `agency`
/// only, known by `email` (also their display name).
pub(crate) async fn local_operator(
    app: &TestApp,
    agency: uuid::Uuid,
    (profession, role): (Profession, &str),
    email: &str,
) -> uuid::Uuid {
    let user = app
        .store
        .create_user(&crocevia_store::identity::users::NewUser {
            email: crocevia_domain::identity::Email::parse(email).expect("email"),
            display_name: email.split('@').next().unwrap_or(email).to_owned(),
            profession,
            ui_lang: crocevia_domain::Lang::It,
            password_hash: None,
        })
        .await
        .expect("create")
        .expect("new user");
    let role = app.store.role_id(role).await.expect("read").expect("role");
    app.store
        .grant(
            user.id,
            role,
            agency,
            &crocevia_domain::identity::Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    user.id
}

/// Routes of real directory records: a service and an organization of
/// Comune di Torino, a service and an organization of the job centre of
/// Genova. The network's editor edits all of them; Torino's editor only
/// Torino's (403 elsewhere), on pages, saves and the "checked" action.
async fn owned_routes(app: &TestApp) -> Vec<Route> {
    const EDITOR: &[Profession] = &[Profession::Editor];
    use crocevia_store::directory::hsds::Kind;
    app.store
        .load_demo_directory()
        .await
        .expect("demo directory");
    let torino = app.agency("Comune di Torino").await.id;
    let genova = app.agency("Centro per l'impiego di Genova").await.id;
    let of = |kind, agency| {
        let app = &app;
        async move {
            let owners = app.store.directory_owners(kind).await.expect("owners");
            let mut ids: Vec<String> = owners
                .into_iter()
                .filter(|(_, a)| *a == agency)
                .map(|(id, _)| id)
                .collect();
            ids.sort();
            ids.into_iter().next().expect("an owned record")
        }
    };
    let (ts, gs) = (
        of(Kind::Service, torino).await,
        of(Kind::Service, genova).await,
    );
    let (to, go) = (
        of(Kind::Organization, torino).await,
        of(Kind::Organization, genova).await,
    );
    vec![
        route(None, format!("/app/directory/services/{ts}"), EDITOR, 200),
        route(None, format!("/app/directory/services/{gs}"), EDITOR, 200).local(403),
        route(
            Some("name="),
            format!("/app/directory/services/{ts}"),
            EDITOR,
            422,
        ),
        route(
            Some("name="),
            format!("/app/directory/services/{gs}"),
            EDITOR,
            422,
        )
        .local(403),
        route(
            None,
            format!("/app/directory/organizations/{to}"),
            EDITOR,
            200,
        ),
        route(
            None,
            format!("/app/directory/organizations/{go}"),
            EDITOR,
            200,
        )
        .local(403),
        route(
            Some("name="),
            format!("/app/directory/organizations/{go}"),
            EDITOR,
            422,
        )
        .local(403),
        route(
            None,
            format!("/app/directory/organizations/{go}/locations/new"),
            EDITOR,
            200,
        )
        .local(403),
    ]
}

async fn call(app: &TestApp, r: &Route, cookie: &str) -> crate::helpers::TestResponse {
    match r.post {
        // Upload routes take only multipart forms (the CSRF token inside).
        Some(_)
            if r.path.ends_with("/translate/import")
                || r.path.ends_with("/documents")
                || r.path.ends_with("/surveys/import") =>
        {
            app.post_multipart(
                &r.path,
                "multipart/form-data; boundary=b1",
                "--b1--\r\n".to_owned(),
                cookie,
            )
            .await
        }
        Some(body) => app.post_form(&r.path, body, cookie).await,
        None => app.get_with(&r.path, &[("cookie", cookie)]).await,
    }
}

#[tokio::test]
async fn every_route_for_every_demo_role() {
    let (app, ids) = demo().await;
    let torino = app.agency("Comune di Torino").await.id;
    let mut table = routes(torino, ids[&Profession::FrontOffice]);
    table.extend(owned_routes(&app).await);
    for second_factor in [false, true] {
        for (profession, id) in &ids {
            let cookie = cookie(&app, *id, second_factor).await;
            // Roles that touch personal data must pass (and so first enroll) a
            // second factor before any workspace page; the API refuses instead.
            let mandatory =
                requires_second_factor(&app.store.subject(*id, false).await.expect("subject"));
            for r in &table {
                let api = r.path.starts_with("/api/");
                let needs_2fa = r.path.contains("/admin/");
                let expected = if !second_factor && mandatory {
                    if api { 403 } else { 303 }
                } else if r.allowed.contains(profession) && (second_factor || !needs_2fa) {
                    r.ok
                } else {
                    r.denied
                };
                let response = call(&app, r, &cookie).await;
                assert_eq!(
                    response.status.as_u16(),
                    expected,
                    "{} {} as {} (second factor: {second_factor})",
                    if r.post.is_some() { "POST" } else { "GET" },
                    r.path,
                    profession.as_str()
                );
                if api {
                    assert_eq!(
                        response.header("content-type"),
                        Some(if expected == 200 {
                            "application/json"
                        } else {
                            "application/problem+json"
                        }),
                        "{}",
                        r.path
                    );
                }
            }
        }
    }
    // An editor of Comune di Torino only: Torino's records, not Genova's,
    // and no guide, glossary entry or translation of the network's.
    let local = cookie(&app, local_editor(&app, torino).await, true).await;
    for r in &table {
        let expected = r
            .local
            .unwrap_or(if r.allowed.contains(&Profession::Editor) {
                r.ok
            } else {
                r.denied
            });
        let response = call(&app, r, &local).await;
        assert_eq!(
            response.status.as_u16(),
            expected,
            "{} {} as Torino's editor",
            if r.post.is_some() { "POST" } else { "GET" },
            r.path,
        );
    }
    let analyst = cookie(&app, ids[&Profession::Analyst], true).await;
    let r = app
        .get_with("/app/admin/users", &[("cookie", &analyst)])
        .await;
    assert_eq!(r.status, 403);
    assert!(
        r.text()
            .contains("Il tuo profilo non consente questa operazione"),
        "a refusal of the policy says so, not 'reload the page'"
    );
    for r in &table {
        let response = call(&app, r, "").await;
        if r.path.starts_with("/api/") {
            assert_eq!(response.status, 401, "{} without a session", r.path);
        } else {
            assert_eq!(response.status, 303, "{} without a session", r.path);
            assert!(
                response
                    .header("location")
                    .is_some_and(|l| l.starts_with("/app/login?next="))
            );
        }
    }
    // Who must enroll, by profession (the demo roles): all but editorial and analysis.
    let mut optional = Vec::new();
    for (profession, id) in &ids {
        if !requires_second_factor(&app.store.subject(*id, false).await.expect("subject")) {
            optional.push(profession.as_str());
        }
    }
    assert_eq!(optional, ["editor", "translator", "analyst"]);
}

#[tokio::test]
async fn grants_stop_at_the_agency_or_territory() {
    let (app, ids) = demo().await;
    let torino = &app.agency("Comune di Torino").await;
    let novara = &app.agency("ASL Novara").await;
    let genova = &app.agency("Centro per l'impiego di Genova").await;
    let owned = |a: &crocevia_store::identity::access::Agency| Target::Owned {
        agency: a.id.to_string(),
        territory: a.territory.clone(),
    };

    let front = app
        .store
        .subject(ids[&Profession::FrontOffice], true)
        .await
        .expect("subject");
    assert_eq!(
        decide(&front, perm::DESK_PERSON_READ, &owned(torino)),
        Decision::Allow
    );
    assert_eq!(
        decide(&front, perm::DESK_PERSON_READ, &owned(novara)),
        Decision::NotFound,
        "agency A's operator cannot even see that agency B's person exists"
    );

    // The mediator acts across Piemonte (territory scope) but not in Liguria.
    let mediator = app
        .store
        .subject(ids[&Profession::Mediator], true)
        .await
        .expect("subject");
    assert_eq!(
        decide(&mediator, perm::MEDIATION_REQUEST, &owned(novara)),
        Decision::Allow
    );
    assert_ne!(
        decide(&mediator, perm::MEDIATION_REQUEST, &owned(genova)),
        Decision::Allow
    );

    // The analyst sees indicators network-wide and no person anywhere.
    let analyst = app
        .store
        .subject(ids[&Profession::Analyst], true)
        .await
        .expect("subject");
    assert_eq!(
        decide(&analyst, perm::MONITORING_READ, &Target::Network),
        Decision::Allow
    );
    assert_eq!(
        decide(&analyst, perm::DESK_PERSON_READ, &owned(torino)),
        Decision::NotFound
    );

    assert_eq!(
        torino.territory,
        TerritoryCode::municipality("01", "001272").expect("valid")
    );
}
