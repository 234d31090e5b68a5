//! Security of the desk: an emergency (break-glass) read never turns into
//! lasting access, a referral's special categories follow the reader's
//! profession on the receiving side, the person search keeps names and tax
//! codes out of URLs, and special-category facts are sealed at rest.

use crocevia_domain::identity::Profession;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::desk::{location_id, operators};
use crate::helpers::TestApp;

mod sealed;

/// The demo person registered by `front` (whose id is `front_id`), with a
/// cardiology visit booked today: a purpose that tells a health fact.
pub(crate) async fn registered_with_a_visit_booked(
    app: &TestApp,
    front_id: uuid::Uuid,
    front: &str,
) -> String {
    let registered = app.post_form("/app/desk/people", PERSON, front).await;
    let person = location_id(&registered, "/app/desk/people/");
    let today = crocevia_domain::desk::calendar::rome_today();
    let booked = app
        .post_form(
            "/app/desk/appointments",
            &format!(
                "person={person}&day={today}&time=10:00&minutes=30&operator={front_id}\
                 &purpose=Visita+cardiologica"
            ),
            front,
        )
        .await;
    assert_eq!(booked.status, 303);
    person
}

pub(crate) async fn count(app: &TestApp, sql: &str) -> i64 {
    let backend = app.store.conn().get_database_backend();
    app.store
        .conn()
        .query_one_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index::<i64>(0)
        .expect("count")
}

pub(crate) const PERSON: &str = "given_name=Amina&family_name=Haddad&birth=1994-03-02&citizenships=MA\
                      &lang1=ar&level1=native&cf=HDDMNA94C42Z330E&phone=%2B39+333+000+1111\
                      &vulnerability=violence_victim";

/// The reproduction: with an open break-glass on another agency's
/// person, an operator tries every write the desk has; each is refused and
/// nothing is written, and once the emergency window closes nothing of the
/// person is reachable through what was tried.
#[tokio::test]
async fn break_glass_satisfies_no_write_and_leaves_nothing_behind() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    // A case worker of the ASL of Novara: another agency, with break-glass.
    let (health_id, health) = &ops[&Profession::HealthOperator];
    let registered = app.post_form("/app/desk/people", PERSON, front).await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    let other = location_id(
        &app.post_form(
            "/app/desk/people",
            "given_name=Omar&family_name=Haddad&birth=1990&citizenships=MA",
            front,
        )
        .await,
        "/app/desk/people/",
    );
    let opened = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", front)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");

    let glass = app
        .post_form(
            "/app/desk/emergency",
            "identifier=HDDMNA94C42Z330E&reason=Ricovero+in+pronto+soccorso",
            health,
        )
        .await;
    assert_eq!(glass.status, 303, "{}", glass.text());
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", health)])
        .await;
    assert_eq!(page.status, 200, "the emergency read works");

    let before = [
        "SELECT COUNT(*) FROM desk_cases",
        "SELECT COUNT(*) FROM desk_appointments",
        "SELECT COUNT(*) FROM desk_visits",
        "SELECT COUNT(*) FROM desk_case_notes",
        "SELECT COUNT(*) FROM desk_tasks",
        "SELECT COUNT(*) FROM desk_case_members",
        "SELECT COUNT(*) FROM desk_household",
        "SELECT COUNT(*) FROM desk_legal_bases",
        "SELECT COUNT(*) FROM desk_referrals",
        "SELECT COUNT(*) FROM desk_assessments",
    ];
    let mut counts = Vec::new();
    for sql in before {
        counts.push(count(&app, sql).await);
    }
    let today = crocevia_domain::desk::calendar::rome_today();
    let writes: Vec<(String, String)> = vec![
        (format!("/app/desk/people/{person}/cases"), String::new()),
        (
            "/app/desk/appointments".to_owned(),
            format!(
                "person={person}&day={today}&time=10:00&minutes=30&operator={health_id}\
                 &purpose=Controllo"
            ),
        ),
        (
            format!("/app/desk/people/{person}/visits"),
            "reason=health&channel=desk&outcome=information".to_owned(),
        ),
        (
            format!("/app/desk/cases/{case}/notes"),
            "class=health&body=Diagnosi".to_owned(),
        ),
        (
            format!("/app/desk/cases/{case}/assessments"),
            "dimension=health&level=high&notes=x".to_owned(),
        ),
        (
            format!("/app/desk/cases/{case}/tasks"),
            "kind=task&title=Richiamare".to_owned(),
        ),
        (
            format!("/app/desk/cases/{case}/team"),
            format!("operator={health_id}"),
        ),
        (
            format!("/app/desk/cases/{case}/status"),
            "status=active".to_owned(),
        ),
        (
            format!("/app/desk/people/{person}/household"),
            format!("other={other}&relation=sibling"),
        ),
        (
            format!("/app/desk/people/{person}"),
            "given_name=Amina&family_name=Haddad&birth=1994-03-02".to_owned(),
        ),
        (
            format!("/app/desk/people/{person}/merge"),
            format!("other={other}"),
        ),
        (
            format!("/app/desk/people/{person}/bases"),
            format!(
                "recipient=kind:asl&purpose=health&basis=vital_interest&evidence=act\
                 &given_on={today}"
            ),
        ),
        (
            format!("/app/desk/people/{person}/referrals"),
            "to=x&referral_purpose=health&urgency=urgent&days=30&part=identity&reason=Cure"
                .to_owned(),
        ),
        (
            format!("/app/desk/people/{person}/transfer"),
            "to=x&reason=Cure".to_owned(),
        ),
        (format!("/app/desk/people/{person}/erase"), String::new()),
    ];
    for (path, body) in &writes {
        let r = app.post_form(path, body, health).await;
        assert!(
            r.status == 404 || r.status == 403,
            "{path}: {} {}",
            r.status,
            r.header("location").unwrap_or_default()
        );
    }
    for (sql, was) in before.iter().zip(&counts) {
        assert_eq!(count(&app, sql).await, *was, "nothing written: {sql}");
    }
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM desk_people WHERE merged_into IS NOT NULL"
        )
        .await,
        0,
        "no merge"
    );

    // The emergency window closes: nothing of the person is reachable.
    app.store
        .conn()
        .execute_unprepared("UPDATE desk_break_glass SET ends_at = started_at")
        .await
        .expect("expire");
    for path in [
        format!("/app/desk/people/{person}"),
        format!("/app/desk/cases/{case}"),
        format!("/app/desk/cases/{case}/export"),
        format!("/api/v1/desk/cases/{case}"),
        format!("/api/v1/desk/people/{person}"),
    ] {
        let r = app.get_with(&path, &[("cookie", health)]).await;
        assert_eq!(r.status, 404, "{path}");
    }
    for path in ["/app/desk", "/app/desk/calendar", "/app/desk/deadlines"] {
        let r = app.get_with(path, &[("cookie", health)]).await;
        assert_eq!(r.status, 200, "{path}");
        assert!(!r.text().contains("Haddad"), "{path} names no one");
    }
}

/// A referral carrying health notes and vulnerabilities: on the receiving
/// side a front-office clerk reads the rest of the package but not those
/// (page and API), a social worker reads them all.
#[tokio::test]
async fn referral_special_parts_follow_the_readers_profession() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let social = &ops[&Profession::SocialWorker].1;
    // The sender: a social worker of the job centre of Genova.
    let cpi = app.cookie("lavoro@demo.crocevia.example").await;
    let torino = app.agency("Comune di Torino").await;
    let registered = app.post_form("/app/desk/people", PERSON, &cpi).await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    let case = location_id(
        &app.post_form(&format!("/app/desk/people/{person}/cases"), "", &cpi)
            .await,
        "/app/desk/cases/",
    );
    let noted = app
        .post_form(
            &format!("/app/desk/cases/{case}/notes"),
            "class=health&body=Terapia+insulinica+in+corso",
            &cpi,
        )
        .await;
    assert_eq!(noted.status, 303, "{}", noted.text());
    let today = crocevia_domain::desk::calendar::rome_today();
    let basis = app
        .post_form(
            &format!("/app/desk/people/{person}/bases"),
            &format!(
                "recipient=agency:{}&purpose=social&basis=public_interest&evidence=act\
                 &given_on={today}&special=on",
                torino.id
            ),
            &cpi,
        )
        .await;
    assert_eq!(basis.status, 303, "{}", basis.text());
    let sent = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &format!(
                "to={}&referral_purpose=social&urgency=routine&case={case}&days=30\
                 &part=identity&part=vulnerabilities&part=health_notes&reason=Presa+in+carico",
                torino.id
            ),
            &cpi,
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let referral = location_id(&sent, "/app/desk/referrals/");

    let page = |cookie: String| {
        let app = &app;
        let referral = referral.clone();
        async move {
            app.get_with(
                &format!("/app/desk/referrals/{referral}"),
                &[("cookie", &cookie)],
            )
            .await
        }
    };
    let clerk = page(front.clone()).await;
    assert_eq!(clerk.status, 200);
    let text = clerk.text();
    assert!(text.contains("Haddad"), "the rest of the package");
    assert!(
        !text.contains("insulinica"),
        "no health notes for the clerk"
    );
    assert!(
        !text.contains("violenza"),
        "no vulnerabilities for the clerk"
    );
    assert!(text.contains("Non mostrato"), "says something was left out");
    let worker = page(social.clone()).await;
    assert_eq!(worker.status, 200);
    assert!(worker.text().contains("insulinica"));
    assert!(worker.text().contains("violenza"));

    let api = |cookie: String| {
        let app = &app;
        let referral = referral.clone();
        async move {
            app.get_with(
                &format!("/api/v1/desk/referrals/{referral}"),
                &[("cookie", &cookie)],
            )
            .await
        }
    };
    let clerk = api(front.clone()).await;
    assert_eq!(clerk.status, 200);
    let json = clerk.json();
    assert!(json["package"]["identity"].is_object());
    assert!(json["package"].get("health_notes").is_none(), "{json}");
    assert!(json["package"].get("vulnerabilities").is_none(), "{json}");
    assert!(!clerk.text().contains("insulinica"));
    assert_eq!(
        json["withheld"],
        serde_json::json!(["vulnerabilities", "health_notes"])
    );
    let worker = api(social.clone()).await.json();
    assert!(worker["package"]["health_notes"].is_array(), "{worker}");
    assert!(worker["package"]["vulnerabilities"].is_array());
    assert_eq!(worker["withheld"], serde_json::json!([]));
}

/// The person search goes by POST with the CSRF token: names and tax codes
/// never reach a URL; the words typed stay in the box of the results page;
/// an old bookmark with `?q=` shows the dashboard, not a search.
#[tokio::test]
async fn person_search_goes_by_post_not_in_the_url() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let registered = app.post_form("/app/desk/people", PERSON, front).await;
    let person = location_id(&registered, "/app/desk/people/");

    let home = app.get_with("/app/desk", &[("cookie", front)]).await;
    assert_eq!(home.status, 200);
    let text = home.text();
    let form = text
        .split("role=\"search\"")
        .next()
        .and_then(|before| before.rsplit("<form").next())
        .expect("the search form");
    assert!(form.contains("method=\"post\""), "{form}");
    assert!(form.contains("action=\"/app/desk/search\""), "{form}");

    let found = app
        .post_form("/app/desk/search", "q=HDDMNA94C42Z330E", front)
        .await;
    assert_eq!(found.status, 200, "results shown, not redirected");
    assert!(found.header("location").is_none());
    let text = found.text();
    assert!(text.contains(&format!("/app/desk/people/{person}")));
    assert!(
        text.contains("value=\"HDDMNA94C42Z330E\""),
        "typed value kept"
    );

    // Without the CSRF token: refused.
    let forged = app
        .request(
            axum::http::Request::post("/app/desk/search")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", front.as_str())
                .body(axum::body::Body::from("q=HDDMNA94C42Z330E"))
                .expect("request"),
        )
        .await;
    assert_eq!(forged.status, 403);

    // An old bookmark: no search is run.
    let bookmark = app
        .get_with("/app/desk?q=HDDMNA94C42Z330E", &[("cookie", front)])
        .await;
    assert_eq!(bookmark.status, 200);
    assert!(!bookmark.text().contains("value=\"HDDMNA94C42Z330E\""));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'desk.person.search'"
        )
        .await,
        1,
        "only the POST searched"
    );
}

/// The private calendar feed carries no purpose (it goes to outside
/// calendar services) and stops when its operator loses the desk's
/// permissions.
#[tokio::test]
async fn calendar_feed_carries_no_purpose_and_stops_with_the_permissions() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let (front_id, front) = &ops[&Profession::FrontOffice];
    registered_with_a_visit_booked(&app, *front_id, front).await;
    let issued = app.post_form("/app/desk/calendar/feed", "", front).await;
    let text = issued.text();
    let token = text
        .split("/calendar/")
        .nth(1)
        .and_then(|s| s.split(".ics").next())
        .expect("the feed address")
        .to_owned();
    let feed = app.get(&format!("/calendar/{token}.ics")).await;
    assert_eq!(feed.status, 200);
    let ics = feed.text();
    assert!(ics.contains("BEGIN:VEVENT"), "{ics}");
    assert!(!ics.contains("cardiologica"), "no purpose: {ics}");
    assert!(!ics.contains("Haddad"));

    for grant in app.store.grants_of(*front_id).await.expect("grants") {
        assert!(
            app.store
                .revoke_grant(
                    *front_id,
                    grant.id,
                    &crocevia_store::act::Trail::unrecorded()
                )
                .await
                .expect("revoke")
        );
    }
    let after = app.get(&format!("/calendar/{token}.ics")).await;
    assert_eq!(after.status, 404, "no desk permission, no feed");
}
