//! Training the operators, through the store's use cases on both
//! databases: the programme's areas and lines, a course with an edition and
//! its sessions, enrolment with a waiting list that moves up on
//! cancellation (also under concurrent requests from two servers),
//! attendance by register and by QR check-in, completion and the
//! certificate verified by its code and revoked.

use chrono::{Duration, Utc};
use crocevia_domain::identity::Profession;
use crocevia_domain::training::checkin;
use crocevia_domain::training::completion::Condition;
use crocevia_domain::training::enrolment::Refusal;
use crocevia_domain::training::verification::{display, normalise};
use crocevia_domain::training::{Attendance, CourseFormat};
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::attendance::Mark;
use crocevia_store::training::enrolments::Enrolled;
use crocevia_store::training::{
    Area, CourseInput, EditionInput, Line, Project, SessionInput, Trainer, Venue,
};
use crocevia_store::{Store, StoreError};
use uuid::Uuid;

use crate::desk::operators;
use crate::helpers::{TestApp, plain};

fn trail(action: &str, id: Option<Uuid>) -> Trail {
    Trail::new(AuditEvent::new(
        action,
        "training",
        id.map(|i| i.to_string()),
    ))
}

/// The SOFIA areas and lines, one course (75 % and the trainer's mark), an
/// edition of `seats` open now in Turin with two sessions of two hours.
pub(crate) async fn programme(store: &Store, seats: u32) -> (Uuid, Uuid, [Uuid; 2]) {
    let areas = [
        ("to", "Torino", &["001"][..]),
        ("cn", "Cuneo", &["004"][..]),
        ("at-al", "Asti e Alessandria", &["005", "006"][..]),
    ]
    .map(|(code, name, provinces)| Area {
        code: code.to_owned(),
        name: name.to_owned(),
        provinces: provinces.iter().map(|p| (*p).to_owned()).collect(),
    });
    let lines = [
        ("socio-anthropological", "Socio-antropologica"),
        ("mediation", "Il ruolo della mediazione"),
    ]
    .map(|(code, name)| Line {
        code: code.to_owned(),
        name: name.to_owned(),
    });
    let projects = [Project {
        code: "sofia2".to_owned(),
        name: "SOFIA2".to_owned(),
        people: Some(800),
        funding: "Progetto cofinanziato dall'Unione europea".to_owned(),
        emblem: true,
    }];
    store
        .save_programme(
            (&areas, &lines, &projects),
            &trail("training.setup.save", None),
        )
        .await
        .expect("areas, lines and projects");
    let course = CourseInput {
        title: "Lavorare con le mediatrici e i mediatori".to_owned(),
        line: "mediation".to_owned(),
        format: CourseFormat::Plenary,
        minutes: 240,
        professions: vec![Profession::SocialWorker, Profession::FrontOffice],
        description: "Il ruolo della mediazione nei servizi.".to_owned(),
        completion: vec![
            Condition::Attendance { percent: 75 },
            Condition::TrainerMark,
        ],
        trainers: vec![Trainer::External("Amina Diallo".to_owned())],
        needs: Vec::new(),
    };
    let course = store
        .create_course(&course, Uuid::now_v7(), |id| {
            trail("training.course.create", Some(id))
        })
        .await
        .expect("course");
    let now = Utc::now();
    let edition = store
        .create_edition(
            &EditionInput {
                course,
                area: "to".to_owned(),
                seats,
                enrol_opens: now - Duration::days(1),
                enrol_closes: now + Duration::days(10),
                starts_on: (now + Duration::days(12)).date_naive(),
                ends_on: (now + Duration::days(19)).date_naive(),
                project: Some("sofia2".to_owned()),
            },
            |id| trail("training.edition.create", Some(id)),
        )
        .await
        .expect("edition");
    let mut sessions = [Uuid::nil(); 2];
    for (i, s) in sessions.iter_mut().enumerate() {
        *s = store
            .add_session(
                edition,
                &SessionInput {
                    starts_at: now + Duration::days(12 + 7 * i64::try_from(i).expect("small")),
                    minutes: 120,
                    venue: Venue::Place("Sala Rossa, via Garibaldi 2, Torino".to_owned()),
                },
                |id| trail("training.session.create", Some(id)),
            )
            .await
            .expect("session");
    }
    (course, edition, sessions)
}

async fn users(app: &TestApp, n: usize) -> Vec<Uuid> {
    operators(app).await;
    let users: Vec<Uuid> = app
        .store
        .users()
        .await
        .expect("users")
        .iter()
        .map(|u| u.id)
        .collect();
    assert!(users.len() >= n, "{} demo operators", users.len());
    users.into_iter().take(n).collect()
}

#[tokio::test]
async fn a_full_edition_puts_people_on_a_waiting_list_that_moves_up() {
    let app = TestApp::spawn().await;
    let (_, edition, _) = programme(&app.store, 2).await;
    let people = users(&app, 4).await;
    let now = Utc::now();
    let mut got = Vec::new();
    for u in &people {
        let r = app
            .store
            .enrol((edition, *u), *u, now, |_| {
                trail("training.enrol", Some(edition))
            })
            .await
            .expect("enrol");
        got.push(r);
    }
    assert_eq!(
        got,
        [
            Enrolled::Seat,
            Enrolled::Seat,
            Enrolled::Waiting(1),
            Enrolled::Waiting(2)
        ]
    );
    // Asking again is refused with the reason, and writes nothing.
    let again = app
        .store
        .enrol((edition, people[0]), people[0], now, |_| {
            trail("training.enrol", None)
        })
        .await
        .expect("enrol");
    assert_eq!(again, Enrolled::Refused(Refusal::AlreadyIn));
    // Past the window: refused.
    let late = app
        .store
        .enrol(
            (edition, Uuid::now_v7()),
            people[0],
            now + Duration::days(11),
            |_| trail("training.enrol", None),
        )
        .await
        .expect("enrol");
    assert_eq!(late, Enrolled::Refused(Refusal::Closed));
    // A seat frees: the first waiting moves up, the second stays.
    let moved = app
        .store
        .cancel_enrolment((edition, people[1]), now, |moved| {
            trail("training.cancel", Some(edition)).notify(
                moved.to_vec(),
                "training.promoted",
                ("edition", edition),
            )
        })
        .await
        .expect("cancel");
    assert_eq!(moved, vec![people[2]]);
    let list = app.store.enrolments_of(edition).await.expect("list");
    let status = |u: Uuid| list.iter().find(|e| e.user == u).map(|e| e.status.as_str());
    assert_eq!(status(people[0]), Some("enrolled"));
    assert_eq!(status(people[1]), Some("cancelled"));
    assert_eq!(status(people[2]), Some("enrolled"));
    assert_eq!(status(people[3]), Some("waiting"));
    // Cancelling what is not there says so.
    let none = app
        .store
        .cancel_enrolment((edition, people[1]), now, |_| {
            trail("training.cancel", None)
        })
        .await;
    assert!(matches!(none, Err(StoreError::NotFound(_))), "{none:?}");
    // The one who cancelled may ask again: they go to the back of the queue.
    let back = app
        .store
        .enrol(
            (edition, people[1]),
            people[1],
            now + Duration::seconds(1),
            |_| trail("training.enrol", None),
        )
        .await
        .expect("enrol");
    assert_eq!(back, Enrolled::Waiting(2));
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

#[tokio::test]
async fn concurrent_requests_from_two_servers_never_overbook() {
    let app = TestApp::spawn().await;
    let (_, edition, _) = programme(&app.store, 3).await;
    let people = users(&app, 10).await;
    let other = app.second_server().await;
    let now = Utc::now();
    let mut tasks = Vec::new();
    for (i, u) in people.iter().copied().enumerate() {
        let store = if i % 2 == 0 {
            app.store.clone()
        } else {
            other.store().clone()
        };
        tasks.push(tokio::spawn(async move {
            store
                .enrol((edition, u), u, now, |_| {
                    trail("training.enrol", Some(edition))
                })
                .await
        }));
    }
    let mut seats = 0;
    let mut waiting = Vec::new();
    for t in tasks {
        match t.await.expect("join").expect("enrol") {
            Enrolled::Seat => seats += 1,
            Enrolled::Waiting(n) => waiting.push(n),
            Enrolled::Refused(why) => panic!("refused: {why:?}"),
        }
    }
    assert_eq!(seats, 3);
    waiting.sort_unstable();
    assert_eq!(
        waiting,
        (1..=7).collect::<Vec<_>>(),
        "one place each in the queue"
    );
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

#[tokio::test]
async fn attendance_completion_and_a_certificate_anyone_can_verify() {
    let app = TestApp::spawn().await;
    let (_, edition, sessions) = programme(&app.store, 5).await;
    let people = users(&app, 3).await;
    let (anna, bilal, stranger) = (people[0], people[1], people[2]);
    let trainer = Uuid::now_v7();
    let now = Utc::now();
    for u in [anna, bilal] {
        app.store
            .enrol((edition, u), u, now, |_| trail("training.enrol", None))
            .await
            .expect("enrol");
    }
    // Self check-in: the code shown now is taken; the operator is present.
    let key = [9u8; 32];
    let (shown, _) = checkin::current(&key, &sessions[0].to_string(), now);
    assert_eq!(
        checkin::verify(&key, &sessions[0].to_string(), &shown, now),
        Ok(())
    );
    app.store
        .check_in(sessions[0], anna, &trail("training.checkin", None))
        .await
        .expect("check in");
    let outsider = app
        .store
        .check_in(sessions[0], stranger, &trail("training.checkin", None))
        .await;
    assert!(
        matches!(outsider, Err(StoreError::Invalid(_))),
        "{outsider:?}"
    );
    // The register: Bilal late by an hour at the first, both at the second.
    let mark = |attendance, minutes| Mark {
        attendance,
        minutes,
    };
    app.store
        .register_attendance(
            sessions[0],
            &[(bilal, mark(Attendance::Late, Some(60)))],
            trainer,
            &trail("training.register", None),
        )
        .await
        .expect("register");
    app.store
        .register_attendance(
            sessions[1],
            &[
                (anna, mark(Attendance::Present, None)),
                (bilal, mark(Attendance::Present, None)),
            ],
            trainer,
            &trail("training.register", None),
        )
        .await
        .expect("register");
    let refused = app
        .store
        .register_attendance(
            sessions[1],
            &[(stranger, mark(Attendance::Present, None))],
            trainer,
            &trail("training.register", None),
        )
        .await;
    assert!(matches!(refused, Err(StoreError::Invalid(_))));
    // Anna attended all of it, Bilal 180 of 240 minutes (75 %).
    assert_eq!(
        app.store
            .completion_record(edition, anna)
            .await
            .expect("record")
            .attended_minutes,
        240
    );
    assert_eq!(
        app.store
            .completion_record(edition, bilal)
            .await
            .expect("record")
            .attended_minutes,
        180
    );
    // Without the trainer's mark, no certificate.
    let none = app
        .store
        .issue_certificate((edition, anna), "Anna Rossi", |_| {
            trail("training.certificate", None)
        })
        .await
        .expect("issue");
    assert_eq!(none, None);
    for u in [anna, bilal] {
        app.store
            .mark_completed((edition, u), true, &trail("training.mark", None))
            .await
            .expect("mark");
    }
    let cert = app
        .store
        .issue_certificate((edition, bilal), "Bilal Haddad", |_| {
            trail("training.certificate", None)
        })
        .await
        .expect("issue")
        .expect("completed");
    assert_eq!(cert.half_hours, 6, "three hours");
    assert!((cert.hours() - 3.0).abs() < f32::EPSILON);
    assert_eq!(cert.holder, "Bilal Haddad");
    // Issuing again gives the same certificate.
    let same = app
        .store
        .issue_certificate((edition, bilal), "Bilal Haddad", |_| {
            trail("training.certificate", None)
        })
        .await
        .expect("issue")
        .expect("completed");
    assert_eq!(same.code, cert.code);
    // The code as printed, typed back in lower case, finds it.
    let typed = normalise(&display(&cert.code).to_lowercase()).expect("a code");
    let found = app
        .store
        .certificate_by_code(&typed)
        .await
        .expect("find")
        .expect("found");
    assert_eq!(found.id, cert.id);
    assert_eq!(found.revoked, None);
    app.store
        .revoke_certificate(
            cert.id,
            "Presenze registrate per errore",
            &trail("training.revoke", None),
        )
        .await
        .expect("revoke");
    let revoked = app
        .store
        .certificate_by_code(&typed)
        .await
        .expect("find")
        .expect("found");
    assert_eq!(
        revoked.revoked.map(|(_, why)| why).as_deref(),
        Some("Presenze registrate per errore")
    );
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

#[tokio::test]
async fn bad_programme_input_is_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let (course, _, _) = programme(&app.store, 1).await;
    let bad_area = [Area {
        code: "Torino!".to_owned(),
        name: "Torino".to_owned(),
        provinces: vec![],
    }];
    let r = app
        .store
        .save_programme((&bad_area, &[], &[]), &trail("training.setup.save", None))
        .await;
    assert!(matches!(r, Err(StoreError::Invalid(_))), "{r:?}");
    let (areas, lines, projects) = (
        app.store.training_areas().await.expect("areas"),
        app.store.training_lines().await.expect("lines"),
        app.store.training_projects().await.expect("projects"),
    );
    // An area with editions cannot go, nor the project they are under.
    let r = app
        .store
        .save_programme(
            (&[], &lines, &projects),
            &trail("training.setup.save", None),
        )
        .await;
    assert!(matches!(r, Err(StoreError::Conflict("area"))), "{r:?}");
    let r = app
        .store
        .save_programme((&areas, &lines, &[]), &trail("training.setup.save", None))
        .await;
    assert!(matches!(r, Err(StoreError::Conflict("project"))), "{r:?}");
    assert_eq!(app.store.training_areas().await.expect("areas").len(), 3);
    assert_eq!(
        app.store.training_projects().await.expect("projects"),
        projects,
        "nothing written"
    );
    let now = Utc::now();
    let edition = |seats, area: &str| EditionInput {
        course,
        area: area.to_owned(),
        seats,
        enrol_opens: now,
        enrol_closes: now + Duration::days(1),
        starts_on: now.date_naive(),
        ends_on: now.date_naive(),
        project: None,
    };
    let unfunded = EditionInput {
        project: Some("nobody".to_owned()),
        ..edition(5, "to")
    };
    for input in [edition(0, "to"), edition(5, "nowhere"), unfunded] {
        let r = app
            .store
            .create_edition(&input, |_| trail("training.edition.create", None))
            .await;
        assert!(matches!(r, Err(StoreError::Invalid(_))), "{r:?}");
    }
    assert_eq!(
        app.store.editions_of(course).await.expect("editions").len(),
        1
    );
}

/// A completed participant's certificate, issued through the store.
async fn a_certificate(app: &TestApp) -> (crocevia_store::training::attendance::Certificate, Uuid) {
    let (_, edition, sessions) = programme(&app.store, 5).await;
    let user = users(app, 1).await[0];
    app.store
        .enrol((edition, user), user, Utc::now(), |_| {
            trail("training.enrol", None)
        })
        .await
        .expect("enrol");
    for s in sessions {
        let present = Mark {
            attendance: Attendance::Present,
            minutes: None,
        };
        app.store
            .register_attendance(
                s,
                &[(user, present)],
                Uuid::now_v7(),
                &trail("training.register", None),
            )
            .await
            .expect("register");
    }
    app.store
        .mark_completed((edition, user), true, &trail("training.mark", None))
        .await
        .expect("mark");
    let cert = app
        .store
        .issue_certificate((edition, user), "Chiara Bianchi", |_| {
            trail("training.certificate", None)
        })
        .await
        .expect("issue")
        .expect("completed");
    (cert, user)
}

#[tokio::test]
async fn anyone_verifies_a_certificate_and_sees_when_it_was_revoked() {
    let app = TestApp::spawn().await;
    let (cert, _) = a_certificate(&app).await;
    let shown = display(&cert.code);
    let page = app.get(&format!("/it/verify/{shown}")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    for fact in [
        "Attestato valido.",
        "Chiara Bianchi",
        "Lavorare con le mediatrici e i mediatori",
        ">4<",
        shown.as_str(),
    ] {
        assert!(html.contains(fact), "{fact} missing");
    }
    // Typed from paper: lower case, spaces instead of the hyphen.
    let typed = shown.to_lowercase().replace('-', "%20");
    assert_eq!(app.get(&format!("/en/verify/{typed}")).await.status, 200);
    let asked = app.get(&format!("/en/verify?code={typed}")).await;
    assert_eq!(asked.status, 303);
    assert_eq!(
        asked.header("location"),
        Some(format!("/en/verify/{shown}").as_str())
    );
    // In Arabic, right to left, the code kept left to right.
    let ar = app.get(&format!("/ar/verify/{shown}")).await;
    assert_eq!(ar.status, 200);
    assert!(ar.text().contains("الشهادة صالحة."));
    // Not a code, and a code of nothing.
    let malformed = app.get("/it/verify/ABC").await;
    assert_eq!(malformed.status, 422);
    assert!(malformed.text().contains("non è un codice"));
    let unknown = app.get("/it/verify/ZZZZZ-ZZZZZ").await;
    assert_eq!(unknown.status, 404);
    assert!(plain(&unknown.text()).contains("Nessun attestato ha il codice ZZZZZ-ZZZZZ"));
    // Revoked: the page says when and why.
    app.store
        .revoke_certificate(
            cert.id,
            "Presenze registrate per errore",
            &trail("training.revoke", None),
        )
        .await
        .expect("revoke");
    let revoked = app.get(&format!("/it/verify/{shown}")).await.text();
    assert!(revoked.contains("Attestato revocato il"));
    assert!(revoked.contains("Presenze registrate per errore"));
    assert!(!revoked.contains("Attestato valido."));
}

#[tokio::test]
async fn guessing_codes_is_limited_per_address() {
    let app = TestApp::spawn().await;
    let mut last = 0;
    for i in 0..32 {
        let code = format!("ZZZZZ-ZZZ{i:02}");
        last = app.get(&format!("/it/verify/{code}")).await.status.as_u16();
        if last == 429 {
            break;
        }
    }
    assert_eq!(last, 429, "wrong codes from one address are limited");
}

/// The text between `start` and the next `end` in `html`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).expect("start") + start.len();
    let len = html[from..].find(end).expect("end");
    &html[from..from + len]
}

#[tokio::test]
async fn an_operator_checks_in_with_the_code_on_the_trainers_screen() {
    let app = TestApp::spawn().await;
    let (_, edition, sessions) = programme(&app.store, 5).await;
    let ops = operators(&app).await;
    let (front_id, front) = (
        &ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    let social = &ops[&Profession::SocialWorker].1;
    let trainer = &ops[&Profession::Trainer].1;
    app.store
        .enrol((edition, *front_id), *front_id, Utc::now(), |_| {
            trail("training.enrol", None)
        })
        .await
        .expect("enrol");
    let screen = format!("/app/training/sessions/{}/checkin", sessions[0]);
    let refused = app.get_with(&screen, &[("cookie", front)]).await;
    assert_eq!(
        refused.status, 403,
        "only who manages training shows the code"
    );
    let shown = app.get_with(&screen, &[("cookie", trainer)]).await;
    assert_eq!(shown.status, 200);
    let html = shown.text();
    assert!(
        html.contains("http-equiv=\"refresh\""),
        "the screen reloads when the code rotates"
    );
    assert!(html.contains("data:image/svg+xml;base64,"), "the QR code");
    let code = between(
        &html,
        "data-testid=\"checkin-code\" dir=\"ltr\">",
        "</code>",
    )
    .to_owned();
    assert_eq!(code.len(), 8);
    // The phone opens the link of the QR code: the code filled in.
    let opened = app
        .get_with(
            &format!("/app/training/checkin?session={}&code={code}", sessions[0]),
            &[("cookie", front)],
        )
        .await;
    assert_eq!(opened.status, 200);
    assert!(opened.text().contains(&format!("value=\"{code}\"")));
    let body = |session: Uuid, code: &str| format!("session={session}&code={code}");
    let done = app
        .post_form("/app/training/checkin", &body(sessions[0], &code), front)
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.text().contains("Presenza registrata."));
    let marks = app.store.attendance_of(sessions[0]).await.expect("marks");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].0, *front_id);
    assert_eq!(marks[0].1.attendance, Attendance::Present);
    // A code photographed a minute ago, another session's code, someone
    // not enrolled: each refused with its reason, nothing recorded.
    let key = crocevia_domain::crypto::derive_key(
        &crate::helpers::FIELD_KEY,
        "crocevia/training-checkin",
    );
    let old = checkin::code(
        &key,
        &sessions[0].to_string(),
        checkin::window_of(Utc::now()) - 2,
    );
    let expired = app
        .post_form("/app/training/checkin", &body(sessions[0], &old), front)
        .await;
    assert!(
        expired.refused_with("Il codice è scaduto"),
        "{}",
        expired.status
    );
    let (other, _) = checkin::current(&key, &sessions[1].to_string(), Utc::now());
    let foreign = app
        .post_form("/app/training/checkin", &body(sessions[0], &other), front)
        .await;
    assert!(foreign.refused_with("non è di questa sessione"));
    let outsider = app
        .post_form("/app/training/checkin", &body(sessions[0], &code), social)
        .await;
    assert!(outsider.refused_with("Non risulti iscritta o iscritto"));
    assert_eq!(
        app.store
            .attendance_of(sessions[0])
            .await
            .expect("marks")
            .len(),
        1
    );
}
