//! Special-category facts sealed at rest: free text that often tells a
//! health or legal fact, a person's permit, and what the start-up step seals
//! of the rows written before.

use crocevia_domain::identity::Profession;
use crocevia_store::sea_orm::ConnectionTrait;

use super::{count, registered_with_a_visit_booked};
use crate::desk::{location_id, operators};
use crate::helpers::TestApp;

/// Free text that often tells a health or legal fact is sealed at rest
/// (appointment purposes, task titles, case closing reasons) and still
/// shown to those who read it; rows written in plain text before are sealed
/// by the start-up step, once; an erasure request's reference reaches the
/// audit log only as a fingerprint.
#[tokio::test]
async fn free_text_facts_are_sealed_at_rest_and_old_rows_at_start() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let (front_id, front) = &ops[&Profession::FrontOffice];
    let person = registered_with_a_visit_booked(&app, *front_id, front).await;
    let case = location_id(
        &app.post_form(&format!("/app/desk/people/{person}/cases"), "", front)
            .await,
        "/app/desk/cases/",
    );
    let task = app
        .post_form(
            &format!("/app/desk/cases/{case}/tasks"),
            "kind=task&title=Accompagnare+al+SerT",
            front,
        )
        .await;
    assert_eq!(task.status, 303, "{}", task.text());
    let closed = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=closed&outcome=other&reason=Ricovero+psichiatrico",
            front,
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.text());

    for (sql, what) in [
        (
            "SELECT COUNT(*) FROM desk_appointments WHERE purpose LIKE '%cardiologica%'",
            "purpose",
        ),
        (
            "SELECT COUNT(*) FROM desk_tasks WHERE title LIKE '%SerT%'",
            "task title",
        ),
        (
            "SELECT COUNT(*) FROM desk_cases WHERE close_reason LIKE '%psichiatrico%'",
            "closing reason",
        ),
    ] {
        assert_eq!(count(&app, sql).await, 0, "the {what} is sealed");
    }
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(page.contains("Visita cardiologica"), "shown to its readers");
    let case_page = app
        .get_with(&format!("/app/desk/cases/{case}"), &[("cookie", front)])
        .await
        .text();
    assert!(case_page.contains("Accompagnare al SerT"));
    assert!(case_page.contains("Ricovero psichiatrico"));

    // A row written in plain text before this version: read as it is, then
    // sealed once by the start-up step.
    app.store
        .conn()
        .execute_unprepared("UPDATE desk_tasks SET title = 'Vecchio titolo: terapia'")
        .await
        .expect("an old row");
    let state = app.second_server().await;
    let sealed = crocevia_web::desk::seal_at_start(&state)
        .await
        .expect("seal");
    assert_eq!(sealed, 1, "only the plain row");
    assert_eq!(
        crocevia_web::desk::seal_at_start(&state)
            .await
            .expect("seal"),
        0,
        "idempotent"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM desk_tasks WHERE title LIKE '%terapia%'"
        )
        .await,
        0
    );
    let case_page = app
        .get_with(&format!("/app/desk/cases/{case}"), &[("cookie", front)])
        .await
        .text();
    assert!(case_page.contains("Vecchio titolo: terapia"), "still shown");

    // Erasure: the request's reference as a fingerprint only.
    let dpo = app.cookie("privacy@demo.crocevia.example").await;
    let erased = app
        .post_form(
            &format!("/app/desk/people/{person}/erase"),
            "request=Prot.+77+per+diagnosi+HIV&confirm=on",
            &dpo,
        )
        .await;
    assert_eq!(erased.status, 303, "{}", erased.text());
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE purpose LIKE '%HIV%' OR purpose LIKE '%Prot%'"
        )
        .await,
        0,
        "no reference in the audit log"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'desk.rights.erase' AND purpose LIKE 'request ref:%'"
        )
        .await,
        1
    );
}

/// A person's permit type and expiry tell a legal status: sealed at rest,
/// with only the month of expiry in clear for the deadlines list, which
/// still finds the person (a row written before is sealed at start).
#[tokio::test]
async fn permit_type_and_expiry_are_sealed_and_deadlines_still_work() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let expiry = crocevia_domain::desk::calendar::rome_today() + chrono::Duration::days(20);
    let registered = app
        .post_form(
            "/app/desk/people",
            &format!(
                "given_name=Fatima&family_name=Diallo&permit_type=protezione_internazionale\
                 &permit_expiry={expiry}"
            ),
            front,
        )
        .await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    for sql in [
        "SELECT COUNT(*) FROM desk_people WHERE permit_type LIKE '%protezione%'".to_owned(),
        format!("SELECT COUNT(*) FROM desk_people WHERE permit_expiry LIKE '%{expiry}%'"),
    ] {
        assert_eq!(count(&app, &sql).await, 0, "{sql}");
    }
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM desk_people WHERE permit_expiry_month = '{}'",
                expiry.format("%Y-%m")
            )
        )
        .await,
        1,
        "the month only, in clear"
    );
    let deadlines = app
        .get_with("/app/desk/deadlines", &[("cookie", front)])
        .await;
    assert_eq!(deadlines.status, 200);
    let text = deadlines.text();
    assert!(
        text.contains("Diallo"),
        "the deadlines list finds the person"
    );
    assert!(text.contains(&expiry.to_string()));
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(page.contains("Protezione internazionale"));

    // A row written in plain text before: read, then sealed at start.
    app.store
        .conn()
        .execute_unprepared(&format!(
            "UPDATE desk_people SET permit_type = 'studio', permit_expiry = '{expiry}'"
        ))
        .await
        .expect("an old row");
    let deadlines = app
        .get_with("/app/desk/deadlines", &[("cookie", front)])
        .await
        .text();
    assert!(
        deadlines.contains("Diallo"),
        "an old plain row still listed"
    );
    let state = app.second_server().await;
    assert_eq!(
        crocevia_web::desk::seal_at_start(&state)
            .await
            .expect("seal"),
        2
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM desk_people WHERE permit_type = 'studio' OR permit_expiry LIKE '%{expiry}%'")
        )
        .await,
        0
    );
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(page.contains("Studio"), "opened again");
}

/// Identifiers (tax code, STP/ENI code, permit number) and citizenships
/// tell a legal status: sealed at rest, identifiers found by their blind
/// index (search, duplicate check, break-glass), both shown to readers;
/// rows written in plain text before are converted at start, once.
#[tokio::test]
async fn identifiers_and_citizenships_are_sealed_and_still_found() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let health = &ops[&Profession::HealthOperator].1;
    let registered = app
        .post_form(
            "/app/desk/people",
            "given_name=Samir&family_name=Toumi&citizenships=TN&stp=STP0100011234567",
            front,
        )
        .await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    let plain = [
        "SELECT COUNT(*) FROM desk_person_identifiers WHERE value LIKE '%0100011234567%' \
         OR sealed_value LIKE '%0100011234567%'",
        "SELECT COUNT(*) FROM desk_people WHERE citizenships = 'TN'",
    ];
    for sql in plain {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM desk_person_identifiers WHERE sealed_value IS NOT NULL"
        )
        .await,
        1
    );
    let (search, page, again) = found(&app, front, &person).await;
    assert!(search.contains(&person), "found by the code: {search}");
    assert!(page.contains("STP0100011234567"), "shown to readers");
    assert!(page.contains(">Tunisia</dd>"), "citizenship shown by name");
    assert_eq!(again, 422, "the same code is not registered twice");
    // Break-glass from another agency, by the code.
    let glass = app
        .post_form(
            "/app/desk/emergency",
            "identifier=STP0100011234567&reason=Ricovero+in+pronto+soccorso",
            health,
        )
        .await;
    assert_eq!(glass.status, 303, "{}", glass.text());

    // Rows written in plain text before: still read, converted at start.
    app.store
        .conn()
        .execute_unprepared(
            "UPDATE desk_person_identifiers SET value = 'STP0100011234567', sealed_value = NULL",
        )
        .await
        .expect("an old identifier");
    app.store
        .conn()
        .execute_unprepared("UPDATE desk_people SET citizenships = 'TN'")
        .await
        .expect("old citizenships");
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(page.contains("STP0100011234567") && page.contains(">Tunisia</dd>"));
    let state = app.second_server().await;
    let people = count(&app, "SELECT COUNT(*) FROM desk_people").await;
    assert_eq!(
        crocevia_web::desk::seal_at_start(&state)
            .await
            .expect("seal"),
        usize::try_from(people).expect("count") + 1,
        "every person's citizenships and the one identifier"
    );
    assert_eq!(
        crocevia_web::desk::seal_at_start(&state)
            .await
            .expect("seal"),
        0,
        "idempotent"
    );
    for sql in plain {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    let (search, page, again) = found(&app, front, &person).await;
    assert!(search.contains(&person), "found again: {search}");
    assert!(page.contains("STP0100011234567") && page.contains(">Tunisia</dd>"));
    assert_eq!(again, 422);
}

/// What finds a person by their STP code: the desk's search, their page,
/// and registering the same code again (the status).
async fn found(app: &TestApp, front: &str, person: &str) -> (String, String, u16) {
    let search = app
        .post_form("/app/desk/search", "q=stp0100011234567", front)
        .await
        .text();
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    let again = app
        .post_form(
            "/app/desk/people",
            "given_name=Sami&family_name=Tumi&stp=STP0100011234567",
            front,
        )
        .await;
    (search, page, again.status.as_u16())
}
