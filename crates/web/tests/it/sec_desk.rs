//! Security of the desk: an emergency (break-glass) read never turns into
//! lasting access, a referral's special categories follow the reader's
//! profession on the receiving side, the person search keeps names and tax
//! codes out of URLs, and special-category facts are sealed at rest.

use crocevia_domain::identity::Profession;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::desk::{location_id, operators};
use crate::helpers::TestApp;

async fn count(app: &TestApp, sql: &str) -> i64 {
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

const PERSON: &str = "given_name=Amina&family_name=Haddad&birth=1994-03-02&citizenships=MA\
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
    let today = chrono::Utc::now().date_naive();
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
