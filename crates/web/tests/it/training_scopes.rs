//! Training seen from a scope narrower than the programme, on both
//! databases: an agency's coordinator enrols their agencies' operators (not
//! another region's) and follows their record; a course's own trainer runs
//! its register and check-in screen and nothing else.

use crocevia_domain::identity::Profession;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use uuid::Uuid;

use crate::desk::operators;
use crate::helpers::{TestApp, plain};

#[tokio::test]
async fn a_coordinator_enrols_their_agencies_operators_and_follows_their_record() {
    let app = TestApp::spawn().await;
    let (_, edition, _) = crate::training::programme(&app.store, 5).await;
    let ops = operators(&app).await;
    let coordinator = &ops[&Profession::Coordinator].1;
    let (front_id, front) = (
        &ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    // Genoa's job centre is outside the Piemonte coordinator's grants.
    let genoa = app.user("lavoro@demo.crocevia.example").await.id;
    let page = format!("/app/training/editions/{edition}");
    let html = app.get_with(&page, &[("cookie", coordinator)]).await.text();
    assert!(
        html.contains(&format!("<option value=\"{front_id}\">")),
        "Turin's front office can be enrolled"
    );
    assert!(
        !html.contains(&genoa.to_string()),
        "Genoa's operators are not offered"
    );
    assert!(
        !app.get_with(&page, &[("cookie", front)])
            .await
            .text()
            .contains("enrol-for")
    );

    let path = format!("/app/training/editions/{edition}/enrol-for");
    assert_eq!(
        app.post_form(&path, &format!("user={genoa}"), coordinator)
            .await
            .status,
        403
    );
    assert_eq!(
        app.post_form(&path, &format!("user={}", Uuid::now_v7()), coordinator)
            .await
            .status,
        404
    );
    assert_eq!(
        app.post_form(&path, &format!("user={front_id}"), front)
            .await
            .status,
        403
    );
    let r = app.post_form(&path, "user=", coordinator).await;
    assert!(
        r.refused_with("Scegli l&#39;operatore") || r.refused_with("Scegli l&#x27;operatore"),
        "{}",
        r.status
    );
    let r = app
        .post_form(&path, &format!("user={front_id}"), coordinator)
        .await;
    assert!(
        plain(&r.text()).contains("l'operatore ha un posto")
            || plain(&r.text()).contains("operatore ha un posto"),
        "{}",
        r.status
    );
    let r = app
        .post_form(&path, &format!("user={front_id}"), coordinator)
        .await;
    assert_eq!(r.status, 422, "already in");
    let enrolled = app.store.enrolments_of(edition).await.expect("enrolments");
    assert_eq!(enrolled.len(), 1);
    assert_eq!(
        (enrolled[0].user, enrolled[0].status),
        (*front_id, EnrolmentStatus::Enrolled)
    );
    let told = app
        .store
        .notifications(*front_id, 5)
        .await
        .expect("notifications");
    assert!(told.iter().any(|n| n.kind == "training.enrolled"));

    // The agency's record: the coordinator's operators only.
    assert_eq!(
        app.get_with("/app/training/agency", &[("cookie", front)])
            .await
            .status,
        403
    );
    let record = plain(
        &app.get_with("/app/training/agency", &[("cookie", coordinator)])
            .await
            .text(),
    );
    let front_name = app
        .store
        .user(*front_id)
        .await
        .expect("user")
        .expect("front")
        .display_name;
    let row = record
        .split(&front_name)
        .nth(1)
        .expect("the front office is listed");
    assert!(
        row.contains("<td class=\"text-end\">1</td>"),
        "one enrolment: {row:.200}"
    );
    assert!(!record.contains("lavoro@"), "no addresses");
    let genoa_name = app
        .store
        .user(genoa)
        .await
        .expect("user")
        .expect("genoa")
        .display_name;
    assert!(!record.contains(&genoa_name), "not outside the grants");
}

/// A trainer of this agency only (the demo's trainer works network-wide).
async fn local_trainer(app: &TestApp, name: &str) -> (Uuid, String) {
    let agency = app.store.agencies().await.expect("agencies")[0].id;
    let user = crate::access::local_operator(
        app,
        agency,
        (Profession::Trainer, "trainer"),
        &format!("{name}@ente.example"),
    )
    .await;
    (user, crate::access::cookie(app, user, true).await)
}

#[tokio::test]
async fn a_course_s_own_trainers_run_its_sessions_and_no_one_else_s() {
    let app = TestApp::spawn().await;
    let (course, edition, sessions) = crate::training::programme(&app.store, 5).await;
    operators(&app).await;
    let (named, named_cookie) = local_trainer(&app, "formatrice-nominata").await;
    let (_, other_cookie) = local_trainer(&app, "altro-formatore").await;
    // The course names the first; both hold training.manage for their agency only.
    let mut input = app
        .store
        .course(course)
        .await
        .expect("read")
        .expect("course")
        .input;
    input.trainers = vec![crocevia_store::training::Trainer::User(named)];
    let by = app.user("formazione@demo.crocevia.example").await.id;
    let second = app
        .store
        .create_course(&input, by, |_| crocevia_store::act::Trail::unrecorded())
        .await
        .expect("course");
    let theirs = app
        .store
        .create_edition(
            &crocevia_store::training::EditionInput {
                course: second,
                ..app
                    .store
                    .edition(edition)
                    .await
                    .expect("read")
                    .expect("edition")
                    .input
            },
            |_| crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("edition");
    let session = app
        .store
        .add_session(
            theirs,
            &app.store
                .training_session(sessions[0])
                .await
                .expect("read")
                .expect("session")
                .input,
            |_| crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("session");
    for path in [
        format!("/app/training/sessions/{session}"),
        format!("/app/training/sessions/{session}/checkin"),
    ] {
        assert_eq!(
            app.get_with(&path, &[("cookie", &named_cookie)])
                .await
                .status,
            200,
            "{path}"
        );
        assert_eq!(
            app.get_with(&path, &[("cookie", &other_cookie)])
                .await
                .status,
            403,
            "{path}"
        );
    }
    // The named trainer does not run another course's sessions, nor plan.
    let elsewhere = format!("/app/training/sessions/{}", sessions[0]);
    assert_eq!(
        app.get_with(&elsewhere, &[("cookie", &named_cookie)])
            .await
            .status,
        403
    );
    assert_eq!(
        app.post_form(
            &format!("/app/training/editions/{theirs}/completion"),
            "",
            &other_cookie
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.post_form(
            &format!("/app/training/editions/{theirs}/completion"),
            "",
            &named_cookie
        )
        .await
        .status,
        303
    );
    let page = app
        .get_with(
            &format!("/app/training/editions/{theirs}"),
            &[("cookie", &named_cookie)],
        )
        .await
        .text();
    assert!(
        page.contains("id=\"participants\""),
        "the trainer sees the participants"
    );
    assert!(!page.contains("id=\"new-session\""), "but plans no session");
    assert_eq!(
        app.get_with("/app/training/courses/new", &[("cookie", &named_cookie)])
            .await
            .status,
        403
    );
}
