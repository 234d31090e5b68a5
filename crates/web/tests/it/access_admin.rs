//! Access of the audit log's search and of an agency's own administrator, on this run's backend.

use crocevia_domain::identity::Profession;

use crate::access::{cookie, demo};

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

#[tokio::test]
async fn an_agency_administrator_manages_their_agency_and_nothing_of_another() {
    let (app, ids) = demo().await;
    let torino = app.agency("Comune di Torino").await;
    let novara = app.agency("ASL Novara").await;
    let by_user = app.store.agencies_by_user().await.expect("grants");
    let works_at = |agency: uuid::Uuid| {
        ids.values()
            .copied()
            .find(|id| {
                by_user
                    .get(id)
                    .is_some_and(|a| a.iter().all(|a| a.id == agency))
            })
            .expect("an operator of the agency")
    };
    let (torino_op, novara_op) = (works_at(torino.id), works_at(novara.id));
    // The coordinator becomes administrator of Comune di Torino only.
    let local_admin = ids[&Profession::Coordinator];
    let role = app
        .store
        .role_id("administrator")
        .await
        .expect("read")
        .expect("role");
    app.store
        .grant(
            local_admin,
            role,
            torino.id,
            &crocevia_domain::identity::Scope::OwnAgency,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("grant");
    let me = cookie(&app, local_admin, true).await;
    let get = |path: String| {
        let (app, me) = (&app, me.clone());
        async move { app.get_with(&path, &[("cookie", &me)]).await }
    };

    // Lists show agency A's side only, on pages and in the API.
    let list = get("/app/admin/users".into()).await;
    assert_eq!(list.status, 200);
    let torino_user = app
        .store
        .user(torino_op)
        .await
        .expect("read")
        .expect("user");
    let novara_user = app
        .store
        .user(novara_op)
        .await
        .expect("read")
        .expect("user");
    assert!(list.text().contains(&torino_user.display_name));
    assert!(!list.text().contains(&novara_user.display_name));
    let api = get("/api/v1/admin/users".into()).await.json();
    let listed: Vec<&str> = api
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["email"].as_str())
        .collect();
    assert!(listed.contains(&torino_user.email.as_str()));
    assert!(!listed.contains(&novara_user.email.as_str()));
    let agencies = get("/api/v1/admin/agencies".into()).await.json();
    assert_eq!(agencies.as_array().map(Vec::len), Some(1));
    let agencies_page = get("/app/admin/agencies".into()).await.text();
    assert!(agencies_page.contains("Comune di Torino") && !agencies_page.contains("ASL Novara"));
    assert!(
        !agencies_page.contains("id=\"create\""),
        "adding agencies is network-wide"
    );

    // Agency A's objects: allowed.
    for path in [
        format!("/app/admin/users/{torino_op}"),
        format!("/api/v1/admin/users/{torino_op}"),
        format!("/app/admin/agencies/{}", torino.id),
        format!("/api/v1/admin/agencies/{}", torino.id),
    ] {
        assert_eq!(get(path.clone()).await.status, 200, "{path}");
    }
    // Agency B's objects: refused, pages and API alike.
    for path in [
        format!("/app/admin/users/{novara_op}"),
        format!("/api/v1/admin/users/{novara_op}"),
        format!("/app/admin/agencies/{}", novara.id),
        format!("/api/v1/admin/agencies/{}", novara.id),
        "/app/admin/roles".to_owned(),
        "/app/admin/audit".to_owned(),
    ] {
        assert_eq!(get(path.clone()).await.status, 403, "{path}");
    }
    let before = app.agency("ASL Novara").await;
    let writes = [
        (
            format!("/app/admin/agencies/{}", novara.id),
            "name=Preso&kind=asl&region=01&province=003".to_owned(),
        ),
        (
            format!("/app/admin/users/{novara_op}/revoke-sessions"),
            String::new(),
        ),
        (
            format!("/app/admin/users/{torino_op}/grants"),
            format!("role={role}&agency={}&scope=agency", novara.id),
        ),
        (
            format!("/app/admin/users/{torino_op}/grants"),
            format!("role={role}&agency={}&scope=network", torino.id),
        ),
        (
            "/app/admin/users/invite".to_owned(),
            format!(
                "email=x@cpi.example&name=X&profession=mediator&agency={}&role={role}&lang=it",
                novara.id
            ),
        ),
    ];
    for (path, body) in &writes {
        assert_eq!(
            app.post_form(path, body, &me).await.status,
            403,
            "{path} {body}"
        );
    }
    assert_eq!(app.agency("ASL Novara").await, before);
    assert_eq!(
        app.store.grants_of(torino_op).await.expect("grants").len(),
        1
    );
    assert!(app.mails().is_empty());
    // ...while agency A's own work goes through.
    let body = format!("role={role}&agency={}&scope=agency", torino.id);
    let r = app
        .post_form(&format!("/app/admin/users/{torino_op}/grants"), &body, &me)
        .await;
    assert_eq!(r.status, 303);
}
