//! Access control: every protected route x every demo role, with and without the
//! second factor, gets exactly the expected status; grants stop at their agency
//! or territory.

use std::collections::BTreeMap;

use crocevia_domain::identity::{Decision, Target, decide, perm, requires_second_factor};
use crocevia_domain::identity::{Profession, TerritoryCode};

use crate::helpers::TestApp;

/// Demo operators (by profession) and their ids, on a demo app.
async fn demo() -> (TestApp, BTreeMap<Profession, uuid::Uuid>) {
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
        ids.insert(l.profession, user.id);
    }
    assert_eq!(ids.len(), Profession::ALL.len());
    (app, ids)
}

async fn cookie(app: &TestApp, user: uuid::Uuid, second_factor: bool) -> String {
    let token = app
        .store
        .create_session(user, second_factor)
        .await
        .expect("session");
    format!("crocevia_session={token}")
}

#[tokio::test]
async fn every_route_for_every_demo_role() {
    let (app, ids) = demo().await;
    // (route, who may see it; everyone else gets `denied`)
    let table: [(&str, &[Profession], u16); 5] = [
        ("/app/admin/agencies", &[Profession::Administrator], 403),
        ("/app/", &Profession::ALL, 403),
        ("/app/account/sessions", &Profession::ALL, 403),
        ("/app/admin/audit", &[Profession::Administrator], 403),
        ("/app/admin/users", &[Profession::Administrator], 403),
    ];
    for second_factor in [false, true] {
        for (profession, id) in &ids {
            let cookie = cookie(&app, *id, second_factor).await;
            // Roles that touch personal data must pass (and so first enroll) a
            // second factor before any workspace page.
            let mandatory =
                requires_second_factor(&app.store.subject(*id, false).await.expect("subject"));
            for (route, allowed, denied) in table {
                let needs_2fa = route.starts_with("/app/admin/");
                let expected = if !second_factor && mandatory {
                    303
                } else if allowed.contains(profession) && (second_factor || !needs_2fa) {
                    200
                } else {
                    denied
                };
                let r = app.get_with(route, &[("cookie", &cookie)]).await;
                assert_eq!(
                    r.status.as_u16(),
                    expected,
                    "{route} as {} (second factor: {second_factor})",
                    profession.as_str()
                );
            }
        }
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
    for (route, _, _) in table {
        let r = app.get(route).await;
        assert_eq!(r.status, 303, "{route} without a session");
        assert!(
            r.header("location")
                .is_some_and(|l| l.starts_with("/app/login?next="))
        );
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

#[tokio::test]
async fn audit_search_filters_validates_dates_and_is_itself_audited() {
    let (app, ids) = demo().await;
    let admin = cookie(&app, ids[&Profession::Administrator], true).await;
    let r = app
        .get_with(
            "/app/admin/audit?object_type=network_profile",
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("system.demo.load"), "{html}");
    assert!(
        !html.contains("identity.audit.read"),
        "filtered out by object type"
    );

    let r = app
        .get_with("/app/admin/audit?from=22/11/2026", &[("cookie", &admin)])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("id=\"from-error\""));
    assert!(
        r.text().contains("value=\"22/11/2026\""),
        "what was typed is kept"
    );

    let r = app
        .get_with(
            "/app/admin/audit?object_type=audit_log&from=2000-01-01&until=2999-01-01",
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.text().contains("identity.audit.read"),
        "earlier reads are logged"
    );
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}
