//! Administration of operators: invitations by single-use link, field errors,
//! permission checks, revocation of a user's sessions.

use crocevia_domain::identity::Profession;

use crate::helpers::TestApp;

const PASSWORD: &str = "Demo-fixed-password-for-tests";

async fn setup() -> (TestApp, String, String) {
    let app = TestApp::spawn().await;
    let logins = app
        .store
        .load_demo_operators(|_| PASSWORD.to_owned())
        .await
        .expect("demo");
    let id = |p: Profession| {
        let email = logins
            .iter()
            .find(|l| l.profession == p)
            .expect("login")
            .email
            .clone();
        let store = app.store.clone();
        async move {
            store
                .user_by_email(&email)
                .await
                .expect("read")
                .expect("user")
                .id
        }
    };
    let admin = app
        .store
        .create_session(
            id(Profession::Administrator).await,
            true,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("session");
    let front = app
        .store
        .create_session(
            id(Profession::FrontOffice).await,
            true,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("session");
    (
        app,
        format!("crocevia_session={admin}"),
        format!("crocevia_session={front}"),
    )
}

fn form(app_agency: &str, role: &str, email: &str, name: &str) -> String {
    format!("email={email}&name={name}&profession=mediator&agency={app_agency}&role={role}&lang=en")
}

#[tokio::test]
async fn an_invited_operator_chooses_a_password_and_logs_in() {
    let (app, admin, _) = setup().await;
    let torino = app.agency("Comune di Torino").await;
    let role = app
        .store
        .role_id("mediator")
        .await
        .expect("read")
        .expect("role");
    let page = app
        .get_with("/app/admin/users", &[("cookie", &admin)])
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Kovalenko"));

    let body = form(
        &torino.id.to_string(),
        &role.to_string(),
        "amina.diallo@comune.example",
        "Amina Diallo",
    );
    let r = app
        .post_form("/app/admin/users/invite", &body, &admin)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/app/admin/users?invited=1"));
    let listing = app
        .get_with("/app/admin/users?invited=1", &[("cookie", &admin)])
        .await
        .text();
    assert!(listing.contains("Invito inviato"));
    assert!(
        listing.contains("Amina Diallo") && listing.contains("invitato, link valido fino al"),
        "{listing}"
    );
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("Subject: "), "{}", mails[0]);
    assert!(
        mails[0].contains("invited"),
        "the invitation is in the chosen language"
    );

    // Sending the invitation again replaces the link: the first one stops working.
    let link = |mail: &str| {
        let joined = mail.replace("=\r\n", "");
        let start = joined.find("/app/password/set/").expect("link");
        joined[start..]
            .split_whitespace()
            .next()
            .expect("path")
            .to_owned()
    };
    let first = link(&mails[0]);
    let amina = app.user("amina.diallo@comune.example").await;
    assert_eq!(amina.ui_lang, crocevia_domain::Lang::En);
    let page = app
        .get_with(
            &format!("/app/admin/users/{}", amina.id),
            &[("cookie", &admin)],
        )
        .await
        .text();
    assert!(page.contains("Invia di nuovo l&#39;invito"));
    let r = app
        .post_form(
            &format!("/app/admin/users/{}/reinvite", amina.id),
            "",
            &admin,
        )
        .await;
    assert_eq!(r.status, 303);
    let mails = app.mails();
    assert_eq!(mails.len(), 2);
    assert_eq!(app.get(&first).await.status, 404, "the first link is void");
    let path = mails
        .iter()
        .map(|m| link(m))
        .find(|l| *l != first)
        .expect("a new link");
    let password = "il tram numero quattro passa alle otto";
    let r = app
        .post_form(
            &path,
            &format!("password={password}&confirm={password}"),
            "",
        )
        .await;
    assert_eq!(r.status, 303);
    let r = app
        .post_form(
            "/app/login",
            &format!("email=amina.diallo@comune.example&password={password}"),
            "",
        )
        .await;
    assert_eq!(r.status, 303, "the invited operator logs in");
    let user = app.user("amina.diallo@comune.example").await;
    let subject = app.store.subject(user.id, true).await.expect("subject");
    assert!(
        subject.grants.is_empty(),
        "the mediator's permissions are not the administrator's: they wait for approval"
    );
    let second = app.second_administrator().await;
    app.approve_pending(user.id, &second).await;
    let subject = app.store.subject(user.id, true).await.expect("subject");
    assert_eq!(subject.grants.len(), 1);
    assert_eq!(subject.grants[0].agency, torino.id.to_string());
    // An operator with a password has no invitation to send again.
    let r = app
        .post_form(
            &format!("/app/admin/users/{}/reinvite", user.id),
            "",
            &admin,
        )
        .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn invitation_errors_are_shown_per_field_and_nothing_is_written() {
    let (app, admin, _) = setup().await;
    let before = app.store.users().await.expect("users").len();
    let r = app
        .post_form(
            "/app/admin/users/invite",
            "email=admin@demo.crocevia.example&name=&profession=wizard&agency=nope&role=",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    let html = r.text();
    for field in ["email", "name", "profession", "agency", "role", "lang"] {
        assert!(html.contains(&format!("id=\"{field}-error\"")), "{field}");
    }
    assert!(html.contains("Esiste già un account con questa email"));
    assert!(
        html.contains("value=\"admin@demo.crocevia.example\""),
        "input kept"
    );
    assert_eq!(app.store.users().await.expect("users").len(), before);
    assert!(app.mails().is_empty());
}

#[tokio::test]
async fn only_administrators_invite_and_revoke() {
    let (app, admin, front) = setup().await;
    let r = app
        .post_form("/app/admin/users/invite", "email=x@y.example", &front)
        .await;
    assert_eq!(r.status, 403);
    let front_user = app.user("frontoffice@demo.crocevia.example").await;
    let path = format!("/app/admin/users/{}/revoke-sessions", front_user.id);
    assert_eq!(app.post_form(&path, "", &front).await.status, 403);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &front)]).await.status,
        200
    );
    let r = app.post_form(&path, "", &admin).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        app.get_with("/app/", &[("cookie", &front)]).await.status,
        303,
        "the operator's sessions are gone"
    );
    let missing = format!("/app/admin/users/{}/revoke-sessions", uuid::Uuid::now_v7());
    assert_eq!(app.post_form(&missing, "", &admin).await.status, 404);
}

#[tokio::test]
async fn agencies_are_validated_added_and_deactivated() {
    let (app, admin, _) = setup().await;
    let page = app
        .get_with("/app/admin/agencies", &[("cookie", &admin)])
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("ASL Novara (demo)"));
    assert!(page.text().contains("Torino (TO)"), "Torino by name");

    let before = app.store.agencies().await.expect("agencies").len();
    let r = app
        .post_form(
            "/app/admin/agencies",
            "name=&kind=castle&region=21&province=004&municipality=Atlantide&email=nope&phone=call-me",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    let html = r.text();
    for field in ["name", "kind", "region", "municipality", "email", "phone"] {
        assert!(html.contains(&format!("id=\"{field}-error\"")), "{field}");
    }
    assert!(html.contains("value=\"Atlantide\""), "input kept");
    // A province outside the region, a municipality outside the province.
    let r = app
        .post_form(
            "/app/admin/agencies",
            "name=X&kind=comune&region=07&province=004&municipality=Novara",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("id=\"province-error\""));
    let r = app
        .post_form(
            "/app/admin/agencies",
            "name=X&kind=comune&region=01&province=004&municipality=Novara",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("Nessun comune con questo nome"));
    assert_eq!(app.store.agencies().await.expect("agencies").len(), before);

    // The municipality by name, whatever the case.
    let r = app
        .post_form(
            "/app/admin/agencies",
            "name=Comune di Novara&kind=comune&region=01&province=003&municipality=novara&email=stranieri@comune.novara.example&phone=%2B39 0321 000000",
            &admin,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let listing = app
        .get_with("/app/admin/agencies?created=1", &[("cookie", &admin)])
        .await
        .text();
    assert!(listing.contains("Ente aggiunto") && listing.contains("Comune di Novara"));
    let novara = app.agency("Comune di Novara").await;
    assert_eq!(novara.territory.to_string(), "01/003106");
    assert_eq!(novara.phone.as_deref(), Some("+39 0321 000000"));

    // Editing: the form shows the stored values; bad input changes nothing.
    let path = format!("/app/admin/agencies/{}", novara.id);
    let edit = app.get_with(&path, &[("cookie", &admin)]).await;
    assert_eq!(edit.status, 200);
    assert!(edit.text().contains("value=\"Novara\""));
    let r = app
        .post_form(
            &path,
            "name=Comune di Novara&kind=comune&region=01&province=003&email=bad",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(app.agency("Comune di Novara").await, novara);
    let r = app
        .post_form(
            &path,
            "name=Comune di Novara - Ufficio stranieri&kind=comune&region=01&province=003&municipality=003106&email=&phone=",
            &admin,
        )
        .await;
    assert_eq!(r.status, 303);
    let renamed = app.agency("Comune di Novara - Ufficio stranieri").await;
    assert_eq!(
        (renamed.id, renamed.email, renamed.phone),
        (novara.id, None, None)
    );
    let missing = format!("/app/admin/agencies/{}", uuid::Uuid::now_v7());
    assert_eq!(
        app.get_with(&missing, &[("cookie", &admin)]).await.status,
        404
    );

    // Deactivating Torino takes the front office operator's grant away.
    let torino = app.agency("Comune di Torino").await;
    let front = app.user("frontoffice@demo.crocevia.example").await;
    assert_eq!(
        app.store
            .subject(front.id, true)
            .await
            .expect("subject")
            .grants
            .len(),
        1
    );
    let path = format!("/app/admin/agencies/{}/active", torino.id);
    assert_eq!(
        app.post_form(&path, "active=false", &admin).await.status,
        303
    );
    assert!(
        app.store
            .subject(front.id, true)
            .await
            .expect("subject")
            .grants
            .is_empty()
    );
    assert_eq!(
        app.post_form(&path, "active=true", &admin).await.status,
        303
    );
    assert_eq!(
        app.store
            .subject(front.id, true)
            .await
            .expect("subject")
            .grants
            .len(),
        1
    );
    let missing = format!("/app/admin/agencies/{}/active", uuid::Uuid::now_v7());
    assert_eq!(
        app.post_form(&missing, "active=false", &admin).await.status,
        404
    );
}

#[tokio::test]
async fn administrators_grant_and_revoke_roles_with_a_scope() {
    let (app, admin, front) = setup().await;
    let user = app.user("frontoffice@demo.crocevia.example").await;
    let page_path = format!("/app/admin/users/{}", user.id);
    let page = app.get_with(&page_path, &[("cookie", &admin)]).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Sportello") && page.text().contains("solo l&#39;ente"));
    assert_eq!(
        app.get_with(&page_path, &[("cookie", &front)]).await.status,
        403
    );

    let grants_path = format!("{page_path}/grants");
    let r = app
        .post_form(&grants_path, "role=&agency=x&scope=planet", &admin)
        .await;
    assert_eq!(r.status, 422);
    for field in ["role", "agency", "scope"] {
        assert!(
            r.text().contains(&format!("id=\"{field}-error\"")),
            "{field}"
        );
    }

    let analyst = app
        .store
        .role_id("analyst")
        .await
        .expect("read")
        .expect("role");
    let genova = app.agency("Centro per l\'impiego di Genova").await;
    let body = format!("role={analyst}&agency={}&scope=region", genova.id);
    let r = app.post_form(&grants_path, &body, &admin).await;
    assert_eq!(r.status, 303, "{}", r.text());
    // The administrator does not read the indicators: a second one approves.
    let second = app.second_administrator().await;
    app.approve_pending(user.id, &second).await;
    let grants = app.store.grants_of(user.id).await.expect("grants");
    assert_eq!(grants.len(), 2);
    let added = grants
        .iter()
        .find(|g| g.role == "analyst")
        .expect("analyst grant");
    assert_eq!(
        added.scope,
        crocevia_domain::identity::Scope::Territory(
            crocevia_domain::identity::TerritoryCode::region("07").expect("liguria")
        )
    );
    let page = app
        .get_with(&format!("{page_path}?added=1"), &[("cookie", &admin)])
        .await
        .text();
    assert!(
        page.contains("Permesso concesso")
            && page.contains("il territorio: \u{2068}Liguria\u{2069}")
    );

    // A province scope from the agency's territory; a municipality scope is
    // refused for an agency that serves a whole region.
    let body = format!("role={analyst}&agency={}&scope=province", genova.id);
    assert_eq!(app.post_form(&grants_path, &body, &admin).await.status, 303);
    app.approve_pending(user.id, &second).await;
    let grants = app.store.grants_of(user.id).await.expect("grants");
    assert!(grants.iter().any(|g| g.scope
        == crocevia_domain::identity::Scope::Territory(
            crocevia_domain::identity::TerritoryCode::province("07", "010").expect("genova")
        )));
    let page = app.get_with(&page_path, &[("cookie", &admin)]).await.text();
    assert!(page.contains("Genova (GE)"));
    let regione = app.agency("Regione Piemonte").await;
    let body = format!("role={analyst}&agency={}&scope=municipality", regione.id);
    let r = app.post_form(&grants_path, &body, &admin).await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("territorio più ampio"));
    let province_grant = grants
        .iter()
        .find(|g| matches!(&g.scope, crocevia_domain::identity::Scope::Territory(t) if t.parts().1.is_some()))
        .expect("province grant");
    let remove = format!("{page_path}/grants/{}/delete", province_grant.id);
    assert_eq!(app.post_form(&remove, "", &admin).await.status, 303);

    let remove = format!("{page_path}/grants/{}/delete", added.id);
    assert_eq!(app.post_form(&remove, "", &front).await.status, 403);
    assert_eq!(app.post_form(&remove, "", &admin).await.status, 303);
    assert_eq!(app.store.grants_of(user.id).await.expect("grants").len(), 1);
    assert_eq!(
        app.post_form(&remove, "", &admin).await.status,
        404,
        "already gone"
    );
    let nobody = format!("/app/admin/users/{}", uuid::Uuid::now_v7());
    assert_eq!(
        app.get_with(&nobody, &[("cookie", &admin)]).await.status,
        404
    );
}

#[tokio::test]
async fn administrators_add_change_and_delete_roles() {
    let (app, admin, front) = setup().await;
    let page = app
        .get_with("/app/admin/roles", &[("cookie", &admin)])
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Sportello") && page.text().contains("predefinito"));
    assert_eq!(
        app.get_with("/app/admin/roles", &[("cookie", &front)])
            .await
            .status,
        403
    );
    let before = app.store.role_views().await.expect("roles").len();

    // Errors per field, nothing written: no name, no or unknown permissions, a
    // built-in name.
    let r = app
        .post_form("/app/admin/roles", "name=&permission=planet.rule", &admin)
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("id=\"name-error\"") && r.text().contains("id=\"permission-error\""));
    let r = app
        .post_form(
            "/app/admin/roles",
            "name=front_office&permission=desk.person.read",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("Esiste già un ruolo con questo nome"));
    assert_eq!(app.store.role_views().await.expect("roles").len(), before);

    let r = app
        .post_form(
            "/app/admin/roles",
            "name=Sportello scuole&permission=desk.person.read&permission=desk.visit.write",
            &admin,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let roles = app.store.role_views().await.expect("roles");
    let custom = roles
        .iter()
        .find(|r| r.name == "Sportello scuole")
        .expect("created");
    assert!(!custom.builtin);
    assert_eq!(custom.permissions.len(), 2);
    let listing = app
        .get_with("/app/admin/roles", &[("cookie", &admin)])
        .await
        .text();
    assert!(listing.contains("Registrare gli accessi allo sportello"));

    // Granted to the front office operator, it gives its permissions.
    let front_user = app.user("frontoffice@demo.crocevia.example").await;
    let torino = app.agency("Comune di Torino").await;
    let body = format!("role={}&agency={}&scope=agency", custom.id, torino.id);
    let grants_path = format!("/app/admin/users/{}/grants", front_user.id);
    assert_eq!(app.post_form(&grants_path, &body, &admin).await.status, 303);
    // Desk permissions the administrator does not hold: a second one approves.
    let second = app.second_administrator().await;
    app.approve_pending(front_user.id, &second).await;
    let user_page = app
        .get_with(
            &format!("/app/admin/users/{}", front_user.id),
            &[("cookie", &admin)],
        )
        .await
        .text();
    assert!(user_page.contains("Sportello scuole"));

    // Changing it; deleting it is refused while granted.
    let path = format!("/app/admin/roles/{}", custom.id);
    assert_eq!(app.get_with(&path, &[("cookie", &admin)]).await.status, 200);
    // A permission the administrator does not hold network-wide would reach
    // the role's holders at once, without a second administrator: refused.
    let r = app
        .post_form(
            &path,
            "name=Sportello scuole e CPIA&permission=monitoring.read",
            &admin,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.text().contains("già assegnato a una persona"),
        "{}",
        r.text()
    );
    // Fewer permissions are fine.
    let r = app
        .post_form(
            &path,
            "name=Sportello scuole e CPIA&permission=desk.person.read",
            &admin,
        )
        .await;
    assert_eq!(r.status, 303);
    let changed = app
        .store
        .role_views()
        .await
        .expect("roles")
        .into_iter()
        .find(|r| r.id == custom.id)
        .expect("role");
    assert_eq!(changed.name, "Sportello scuole e CPIA");
    assert_eq!(
        changed.permissions,
        [crocevia_domain::identity::perm::DESK_PERSON_READ]
    );
    let r = app.post_form(&format!("{path}/delete"), "", &admin).await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("ancora concesso"));
    let grant = app
        .store
        .grants_of(front_user.id)
        .await
        .expect("grants")
        .into_iter()
        .find(|g| g.role == "Sportello scuole e CPIA")
        .expect("grant");
    let revoke = format!(
        "/app/admin/users/{}/grants/{}/delete",
        front_user.id, grant.id
    );
    assert_eq!(app.post_form(&revoke, "", &admin).await.status, 303);
    assert_eq!(
        app.post_form(&format!("{path}/delete"), "", &admin)
            .await
            .status,
        303
    );
    assert_eq!(app.store.role_views().await.expect("roles").len(), before);

    // Built-in roles follow the code: no edit page.
    let builtin = app
        .store
        .role_id("front_office")
        .await
        .expect("read")
        .expect("role");
    let builtin_path = format!("/app/admin/roles/{builtin}");
    assert_eq!(
        app.get_with(&builtin_path, &[("cookie", &admin)])
            .await
            .status,
        404
    );
    assert_eq!(
        app.post_form(&format!("{builtin_path}/delete"), "", &admin)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn operators_choose_their_interface_language() {
    let (app, _, front) = setup().await;
    let page = app
        .get_with("/app/account/sessions", &[("cookie", &front)])
        .await
        .text();
    assert!(page.contains("Lingua dell&#39;interfaccia"));
    let r = app
        .post_form("/app/account/language", "lang=xx", &front)
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text().contains("id=\"lang-error\""));
    let r = app
        .post_form("/app/account/language", "lang=en", &front)
        .await;
    assert_eq!(r.status, 303);
    let page = app
        .get_with("/app/account/sessions?language=1", &[("cookie", &front)])
        .await
        .text();
    assert!(page.contains("Language saved.") && page.contains("<html lang=\"en\""));
}
