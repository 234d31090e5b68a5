//! The directory's editors: services added, changed, verified and translated; organizations and their places.

use crate::directory::demo_app;
use crate::helpers::TestApp;

/// The demo directory, the demo operators, and a cookie of the editor.
async fn editor_app() -> (TestApp, String, String) {
    let app = demo_app().await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    let cookie = |email: &str| {
        let store = app.store.clone();
        let email = crocevia_domain::identity::Email::parse(email).expect("email");
        async move {
            let user = store
                .user_by_email(&email)
                .await
                .expect("read")
                .expect("user");
            let token = store
                .create_session(user.id, true, &crocevia_store::act::Trail::unrecorded())
                .await
                .expect("session");
            format!("crocevia_session={token}")
        }
    };
    let editor = cookie("redazione@demo.crocevia.example").await;
    let front = cookie("frontoffice@demo.crocevia.example").await;
    (app, editor, front)
}

const GOOD: &str = "name=Sportello prova (demo)&organization=Comune di Asti – Servizi (demo)&status=active&description=Informazioni sui permessi.&address=Via Roma 1&city=asti&postal_code=14100&latitude=44.90&longitude=8.206&phone=%2B39 0141 0000 1&email=info@demo.crocevia.example&url=https://demo.crocevia.example&languages=it, ar&documents=Passaporto%0ACodice fiscale&free=yes&category=legal-permits&opens-0=09:00&closes-0=13:00&opens-3=14:00&closes-3=17:30";

#[tokio::test]
async fn editors_add_change_verify_and_translate_services() {
    let (app, editor, front) = editor_app().await;
    let list = app.get_with("/app/directory", &[("cookie", &editor)]).await;
    assert_eq!(list.status, 200);
    assert!(
        list.text()
            .contains("non sono verificati da più di 12 mesi"),
        "demo services are unchecked"
    );
    assert_eq!(
        app.get_with("/app/directory", &[("cookie", &front)])
            .await
            .status,
        403,
        "front office cannot edit the directory"
    );
    assert_eq!(
        app.post_form("/app/directory/services/new", GOOD, &front)
            .await
            .status,
        403
    );

    // Every wrong field is named; nothing is written.
    let version = app.store.directory_version().await.expect("version");
    let bad = "name=&organization=X&city=Atlantide&latitude=95&longitude=7&phone=call me&languages=it, Arabic&url=ftp://x&opens-1=13:00&closes-1=09:00&opens-2=9&closes-2=12:00&opens-4=09:00&closes-4=13:00&opens2-4=12:00&closes2-4=16:00&exc-from-0=2026-08-20&exc-to-0=2026-08-10&exc-from-1=2026-12-24&exc-opens-1=09:00";
    let r = app
        .post_form("/app/directory/services/new", bad, &editor)
        .await;
    assert_eq!(r.status, 422);
    let html = r.text();
    for id in [
        "name-error",
        "city-error",
        "latitude-error",
        "phone-error",
        "languages-error",
        "url-error",
        "categories-error",
        "hours-1-error",
        "hours-2-error",
        "hours-4-error",
        "exception-0-error",
        "exception-1-error",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("value=\"call me\""), "input kept");
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );

    // A valid service: public at once, with its hours and category.
    let r = app
        .post_form("/app/directory/services/new", GOOD, &editor)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let location = r.header("location").expect("location").to_owned();
    let id = location
        .trim_start_matches("/app/directory/services/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let public = app.get(&format!("/it/services/{id}")).await;
    assert_eq!(public.status, 200);
    let html = public.text();
    assert!(html.contains("Sportello prova (demo)") && html.contains("14:00–17:30"));
    assert!(html.contains("Permessi di soggiorno"));
    let hsds = app.get(&format!("/hsds/services/{id}")).await.json();
    assert_eq!(
        hsds["service_at_locations"][0]["location"]["x_istat_municipality"],
        "005005"
    );
    assert_eq!(hsds["cost_options"][0]["amount"], 0);

    // Editing keeps the id; verifying dates it.
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(edit.status, 200);
    assert!(edit.text().contains("value=\"09:00\""));
    // Two spans on Monday, a summer closure and a shorter Christmas Eve.
    let changed = GOOD.replace("Sportello prova", "Sportello prova bis")
        + "&opens2-0=14:30&closes2-0=16:00&exc-from-0=2026-08-10&exc-to-0=2026-08-21&exc-from-3=2026-12-24&exc-opens-3=09:00&exc-closes-3=11:00";
    let r = app
        .post_form(&format!("/app/directory/services/{id}"), &changed, &editor)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let hsds = app.get(&format!("/hsds/services/{id}")).await.json();
    let schedules = hsds["service_at_locations"][0]["schedules"]
        .as_array()
        .expect("schedules")
        .clone();
    assert!(
        schedules
            .iter()
            .any(|s| s["byday"] == "MO" && s["opens_at"] == "14:30")
    );
    assert!(schedules.iter().any(|s| s["valid_from"] == "2026-08-10"
        && s["valid_to"] == "2026-08-21"
        && s.get("opens_at").is_none()
        && s.get("freq").is_none()));
    assert!(schedules.iter().any(|s| s["valid_from"] == "2026-12-24"
        && s["valid_to"] == "2026-12-24"
        && s["closes_at"] == "11:00"));
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    for shown in [
        "id=\"opens2-0\" value=\"14:30\"",
        "id=\"exc-to-0\" value=\"2026-08-21\"",
        "id=\"exc-closes-1\" value=\"11:00\"",
    ] {
        assert!(edit.contains(shown), "{shown}");
    }
    assert!(
        app.get(&format!("/it/services/{id}"))
            .await
            .text()
            .contains("Sportello prova bis")
    );
    let r = app
        .post_form(&format!("/app/directory/services/{id}/verify"), "", &editor)
        .await;
    assert_eq!(r.status, 303);
    assert!(
        app.get(&format!("/it/services/{id}"))
            .await
            .text()
            .contains("Informazioni verificate il")
    );

    // A translation, then the Italian changes: the translation is outdated and
    // the reader gets the Italian again, with a notice.
    let r = app
        .post_form(
            &format!("/app/directory/services/{id}/translations"),
            "lang=en&name=Test desk (demo)&description=Permit information.&reviewed=1",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        app.get(&format!("/en/services/{id}"))
            .await
            .text()
            .contains("Test desk (demo)")
    );
    let renamed = GOOD.replace("Sportello prova", "Sportello prova ter");
    app.post_form(&format!("/app/directory/services/{id}"), &renamed, &editor)
        .await;
    let en = app.get(&format!("/en/services/{id}")).await.text();
    assert!(
        en.contains("Sportello prova ter") && en.contains("role=\"note\""),
        "{en}"
    );
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    assert!(
        edit.contains("da aggiornare"),
        "the editor sees it is outdated"
    );
    let missing = app
        .post_form("/app/directory/services/nope/verify", "", &editor)
        .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn editors_manage_organizations_and_their_places() {
    let (app, editor, front) = editor_app().await;
    let list = app
        .get_with("/app/directory/organizations", &[("cookie", &editor)])
        .await;
    assert_eq!(list.status, 200);
    assert!(list.text().contains("(demo)"), "demo organizations listed");
    assert_eq!(
        app.get_with("/app/directory/organizations", &[("cookie", &front)])
            .await
            .status,
        403
    );

    // Every wrong field is named; nothing is written.
    let version = app.store.directory_version().await.expect("version");
    let r = app
        .post_form(
            "/app/directory/organizations/new",
            "name=&email=nope&url=ftp://x&phone=call us",
            &editor,
        )
        .await;
    assert_eq!(r.status, 422);
    for id in ["name-error", "email-error", "url-error", "phone-error"] {
        assert!(r.text().contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(r.text().contains("value=\"call us\""), "input kept");
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );

    let r = app
        .post_form(
            "/app/directory/organizations/new",
            "name=Associazione prova (demo)&description=Consulenza legale.&email=info@demo.crocevia.example&url=https://demo.crocevia.example&phone=%2B39 011 000 0000",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let org = r
        .header("location")
        .expect("location")
        .trim_start_matches("/app/directory/organizations/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let hsds = app.get(&format!("/hsds/organizations/{org}")).await.json();
    assert_eq!(hsds["name"], "Associazione prova (demo)");
    assert_eq!(hsds["website"], "https://demo.crocevia.example");
    assert_eq!(hsds["phones"][0]["number"], "+39 011 000 0000");

    // A place of the organization: checked, then stored with its municipality.
    let new_place = format!("/app/directory/organizations/{org}/locations/new");
    let r = app
        .post_form(
            &new_place,
            "name=Sede&city=Atlantide&latitude=91&longitude=7&languages=it, klingon",
            &editor,
        )
        .await;
    assert_eq!(r.status, 422);
    for id in ["city-error", "latitude-error", "languages-error"] {
        assert!(r.text().contains(&format!("id=\"{id}\"")), "{id}");
    }
    let r = app
        .post_form(
            &new_place,
            "name=Sede centro&address=Via Garibaldi 1&city=torino&postal_code=10122&latitude=45.07&longitude=7.68&languages=it, ar&accessibility=Ingresso senza gradini%0ABagno accessibile",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let place = r
        .header("location")
        .expect("location")
        .trim_start_matches("/app/directory/locations/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let hsds = app.get(&format!("/hsds/organizations/{org}")).await.json();
    let location = &hsds["locations"][0];
    assert_eq!(location["id"], place.as_str());
    assert_eq!(location["x_istat_municipality"], "001272");
    assert_eq!(location["addresses"][0]["city"], "Torino");
    assert_eq!(
        location["accessibility"][1]["description"],
        "Bagno accessibile"
    );
    let page = app
        .get_with(
            &format!("/app/directory/organizations/{org}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    assert!(
        page.contains("Sede centro – Via Garibaldi 1, Torino"),
        "{page}"
    );

    // Editing the place keeps its id and what the form does not show.
    let r = app
        .post_form(
            &format!("/app/directory/locations/{place}"),
            "name=Sede centro storico&address=Via Garibaldi 1&city=Torino&postal_code=10122&latitude=45.07&longitude=7.68&languages=it, ar, uk",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let form = app
        .get_with(
            &format!("/app/directory/locations/{place}"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("value=\"Sede centro storico\""));
    assert!(form.text().contains("value=\"it, ar, uk\""));

    for missing in [
        "/app/directory/locations/nope",
        "/app/directory/organizations/nope",
        "/app/directory/organizations/nope/locations/new",
    ] {
        assert_eq!(
            app.get_with(missing, &[("cookie", &editor)]).await.status,
            404,
            "{missing}"
        );
    }
    assert_eq!(
        app.post_form("/app/directory/organizations/nope", "name=X", &editor)
            .await
            .status,
        404
    );
}
