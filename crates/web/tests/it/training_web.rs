//! Training through the workspace's pages, on both databases: a programme
//! coordinator sets up areas and lines, writes a course, plans an edition
//! and its sessions (each form refusing bad input by field, nothing
//! written); operators enrol, wait and move up when someone cancels, told
//! each time; the trainer's register and completion marks issue the
//! certificate, which the holder finds on their page and downloads as a
//! PDF. Who may do what is checked on the way.

use crocevia_domain::identity::Profession;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use uuid::Uuid;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signature, Verifier as _, VerifyingKey};

use crate::desk::{location_id, operators};
use crate::helpers::{TestApp, pdf_text, plain};

const SETUP: &str = "area_code=to&area_name=Torino&area_provinces=TO\
    &area_code=at-al&area_name=Asti+e+Alessandria&area_provinces=AT+al\
    &area_code=&area_name=&area_provinces=\
    &line_code=mediation&line_name=Il+ruolo+della+mediazione\
    &line_code=legal&line_name=Giuridico-amministrativa\
    &project_code=sofia2&project_name=SOFIA2&project_people=800\
    &project_funding=Progetto+SOFIA2+cofinanziato+dall%27Unione+europea&project_emblem=yes\
    &project_code=&project_name=&project_people=&project_funding=&project_emblem=yes";

const COURSE: &str = "title=La+mediazione+in+ospedale&line=mediation&format=plenary\
    &hours=4&percent=75&description=Due+incontri&mark=on&professions=social_worker\
    &external=Anna+Verdi";

#[tokio::test]
async fn a_coordinator_plans_a_course_and_operators_enrol_attend_and_are_certified() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let trainer = &ops[&Profession::Trainer].1;
    let (front_id, front) = (
        &ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    let (social_id, social) = (
        &ops[&Profession::SocialWorker].0,
        &ops[&Profession::SocialWorker].1,
    );

    // Only the programme's coordinators write it.
    let r = app.post_form("/app/training/setup", SETUP, front).await;
    assert_eq!(r.status, 403);
    assert_eq!(
        app.get_with("/app/training/courses/new", &[("cookie", front)])
            .await
            .status,
        403
    );

    // Set-up: a bad province is refused with the table and the row.
    let bad = SETUP.replace("AT+al", "AT+XX");
    let r = app.post_form("/app/training/setup", &bad, trainer).await;
    assert_eq!(r.status, 422);
    assert!(plain(&r.text()).contains("Aree territoriali, riga 2: indica almeno una provincia"));
    assert!(
        plain(&r.text()).contains("Asti e Alessandria"),
        "what was typed stays"
    );
    assert!(
        app.store.training_areas().await.expect("areas").is_empty(),
        "nothing written"
    );
    let r = app
        .post_form(
            "/app/training/setup",
            &SETUP.replace("people=800", "people=lots"),
            trainer,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        plain(&r.text()).contains("Progetti, progetto 1: gli operatori da formare sono un numero")
    );
    let r = app.post_form("/app/training/setup", SETUP, trainer).await;
    assert_eq!(r.status, 303, "{}", r.text());
    let areas = app.store.training_areas().await.expect("areas");
    assert_eq!(areas.len(), 2);
    assert_eq!(
        areas[1].provinces,
        ["005", "006"],
        "abbreviations stored as ISTAT codes"
    );
    let page = app
        .get_with("/app/training/setup", &[("cookie", trainer)])
        .await
        .text();
    assert!(
        page.contains("value=\"AT AL\""),
        "shown back by abbreviation"
    );
    let projects = app.store.training_projects().await.expect("projects");
    assert_eq!(projects.len(), 1, "the blank project left out");
    assert_eq!((projects[0].people, projects[0].emblem), (Some(800), true));

    // A course: hours that are not hours are refused on their field.
    let r = app
        .post_form(
            "/app/training/courses",
            &COURSE.replace("hours=4", "hours=4,25"),
            trainer,
        )
        .await;
    assert!(r.refused_with("hours-error"), "{}", r.status);
    assert!(r.text().contains("La mediazione in ospedale"));
    assert!(app.store.courses().await.expect("courses").is_empty());
    let r = app
        .post_form("/app/training/courses", COURSE, trainer)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let course: Uuid = location_id(&r, "/app/training/courses/")
        .parse()
        .expect("id");
    let page = plain(
        &app.get_with(
            &format!("/app/training/courses/{course}"),
            &[("cookie", front)],
        )
        .await
        .text(),
    );
    assert!(
        page.contains("Il ruolo della mediazione · Lezione in plenaria · 4 ore"),
        "{page}"
    );
    assert!(page.contains("Anna Verdi"));
    assert!(
        !page.contains("Nuova edizione"),
        "operators see no planning form"
    );

    // An edition of one seat, open from yesterday; the last day before the
    // first is refused.
    let today = crocevia_domain::desk::calendar::rome_today();
    let day = |d: i64| (today + chrono::Duration::days(d)).to_string();
    let edition_form = |starts: &str, ends: &str| {
        format!(
            "area=to&project=sofia2&seats=1&starts_on={starts}&ends_on={ends}&enrol_opens={}&enrol_closes={}",
            day(-1),
            day(5)
        )
    };
    let path = format!("/app/training/courses/{course}/editions");
    let r = app
        .post_form(&path, &edition_form(&day(10), &day(9)), trainer)
        .await;
    assert!(r.refused_with("ends_on-error"), "{}", r.status);
    let r = app
        .post_form(
            &path,
            &edition_form(&day(10), &day(11)).replace("sofia2", "nobody"),
            trainer,
        )
        .await;
    assert!(r.refused_with("project-error"), "{}", r.status);
    let r = app
        .post_form(&path, &edition_form(&day(10), &day(11)), trainer)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let edition: Uuid = location_id(&r, "/app/training/editions/")
        .parse()
        .expect("id");

    // Sessions: where is needed, one of the three.
    let sessions = format!("/app/training/editions/{edition}/sessions");
    let session = |d: &str, extra: &str| {
        format!("session_day={d}&session_time=09:30&session_hours=2&{extra}")
    };
    let r = app
        .post_form(
            &sessions,
            &session(&day(10), "session_place=&session_online="),
            trainer,
        )
        .await;
    assert!(r.refused_with("session_place-error"), "{}", r.status);
    let r = app
        .post_form(
            &sessions,
            &session(&day(10), "session_place=Ospedale+Molinette"),
            trainer,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let r = app
        .post_form(
            &sessions,
            &session(&day(11), "session_online=https://meet.example/x"),
            trainer,
        )
        .await;
    assert!(
        r.refused_with("session_online-error"),
        "a plenary course is not online"
    );
    let r = app
        .post_form(
            &sessions,
            &session(&day(11), "session_place=Ospedale+Molinette"),
            trainer,
        )
        .await;
    assert_eq!(r.status, 303);
    let planned = app.store.sessions_of(edition).await.expect("sessions");
    assert_eq!(planned.len(), 2);

    // Enrolment: one seat, the second waits, and moves up when the first
    // cancels; each is told.
    let enrol = format!("/app/training/editions/{edition}/enrol");
    let r = app.post_form(&enrol, "", front).await;
    assert!(
        plain(&r.text()).contains("Iscrizione confermata"),
        "{}",
        r.status
    );
    // The seat comes by mail with the sessions for the calendar, and the
    // sessions are in the operator's private feed and downloadable.
    let mails = app.mails_after(1).await;
    let confirmation = mails
        .iter()
        .find(|m| m.contains("iscrizione a un corso di formazione"))
        .expect("confirmation mail");
    assert!(confirmation.contains("invito.ics"), "{confirmation}");
    assert!(confirmation.contains("BEGIN:VCALENDAR"), "{confirmation}");
    assert_eq!(confirmation.matches("BEGIN:VEVENT").count(), 2);
    assert!(confirmation.contains("SUMMARY:Formazione: La mediazione in ospedale"));
    let file = app
        .get_with(
            &format!("/app/training/editions/{edition}/calendar.ics"),
            &[("cookie", social)],
        )
        .await;
    assert_eq!(
        file.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert!(file.text().contains("LOCATION:Ospedale Molinette"));
    let token = app
        .store
        .issue_calendar_token(*front_id)
        .await
        .expect("token");
    let feed = app.get(&format!("/calendar/{token}.ics")).await.text();
    assert_eq!(
        feed.matches("Formazione: La mediazione in ospedale")
            .count(),
        2,
        "{feed}"
    );
    let r = app.post_form(&enrol, "", social).await;
    assert!(
        plain(&r.text()).contains("I posti sono esauriti: sei in lista d"),
        "{}",
        r.status
    );
    assert!(plain(&r.text()).contains("al posto 1."));
    let r = app.post_form(&enrol, "", social).await;
    assert!(r.refused_with("già iscritta o iscritto"), "{}", r.status);
    let r = app
        .post_form(
            &format!("/app/training/editions/{edition}/cancel"),
            "",
            front,
        )
        .await;
    assert!(plain(&r.text()).contains("Iscrizione annullata"));
    let status = |user: Uuid| {
        let app = &app;
        async move {
            app.store
                .enrolments_of(edition)
                .await
                .expect("enrolments")
                .into_iter()
                .find(|e| e.user == user)
                .map(|e| e.status)
        }
    };
    assert_eq!(status(*social_id).await, Some(EnrolmentStatus::Enrolled));
    assert_eq!(status(*front_id).await, Some(EnrolmentStatus::Cancelled));
    let told: Vec<String> = app
        .store
        .notifications(*social_id, 10)
        .await
        .expect("notifications")
        .into_iter()
        .map(|n| n.kind)
        .collect();
    assert!(told.contains(&"training.promoted".to_owned()), "{told:?}");
    assert!(told.contains(&"training.waiting".to_owned()), "{told:?}");

    // The register: only the trainer; a late arrival needs the minutes.
    let register = format!("/app/training/sessions/{}", planned[0].id);
    assert_eq!(
        app.get_with(&register, &[("cookie", social)]).await.status,
        403
    );
    let page = app.get_with(&register, &[("cookie", trainer)]).await.text();
    assert!(
        page.contains(&format!("name=\"mark-{social_id}\"")),
        "the enrolled are listed"
    );
    let r = app
        .post_form(
            &register,
            &format!("mark-{social_id}=late&minutes-{social_id}="),
            trainer,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(plain(&r.text()).contains("minuti di presenza, da 1 a 120"));
    assert!(
        app.store
            .attendance_of(planned[0].id)
            .await
            .expect("marks")
            .is_empty()
    );
    for s in &planned {
        let r = app
            .post_form(
                &format!("/app/training/sessions/{}", s.id),
                &format!("mark-{social_id}=present&minutes-{social_id}="),
                trainer,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.text());
    }

    // Completion: the trainer's mark issues the certificate.
    let complete = format!("/app/training/editions/{edition}/completion");
    assert_eq!(
        app.post_form(&complete, &format!("marked={social_id}"), social)
            .await
            .status,
        403
    );
    let r = app
        .post_form(&complete, &format!("marked={social_id}"), trainer)
        .await;
    assert_eq!(r.status, 303);
    let certificates = app
        .store
        .certificates_of(*social_id)
        .await
        .expect("certificates");
    assert_eq!(certificates.len(), 1);
    assert_eq!(certificates[0].half_hours, 8);

    // The holder's record, and the certificate as a PDF (theirs only).
    let mine = plain(
        &app.get_with("/app/training/mine", &[("cookie", social)])
            .await
            .text(),
    );
    assert!(
        mine.contains("Ore di formazione certificate: 4 ore"),
        "{mine}"
    );
    assert!(mine.contains("La mediazione in ospedale"));
    let pdf_path = format!("/app/training/certificates/{}/pdf", certificates[0].id);
    let pdf = app.get_with(&pdf_path, &[("cookie", social)]).await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert!(pdf.bytes.starts_with(b"%PDF"));
    let text = pdf_text(&pdf.bytes);
    assert!(
        text.contains("Progetto SOFIA2 cofinanziato dall'Unione europea"),
        "the project's funding statement: {text}"
    );
    assert!(text.contains("La mediazione in ospedale"), "{text}");
    assert_eq!(
        app.get_with(&pdf_path, &[("cookie", front)]).await.status,
        404
    );

    // The Region's totals: unique people and hours, by dimension, against
    // the target; for who reads the monitoring, counts only.
    let analyst = &ops[&Profession::Analyst].1;
    assert_eq!(
        app.get_with("/app/training/totals", &[("cookie", front)])
            .await
            .status,
        403
    );
    let totals = app
        .get_with("/app/training/totals", &[("cookie", analyst)])
        .await;
    assert_eq!(totals.status, 200);
    let totals = plain(&totals.text());
    assert!(totals.contains("Operatori formati: 1"), "{totals}");
    assert!(
        totals.contains("SOFIA2: operatori formati 1 su 800 previsti (0% dell"),
        "{totals}"
    );
    assert!(totals.contains("Ore di formazione certificate: 4"));
    let enrolled = totals.split("edizione: ").nth(1).unwrap_or("");
    assert!(
        enrolled.starts_with("1<"),
        "enrolled once, not who cancelled: {enrolled:.40}"
    );
    assert!(totals.contains("Assistente sociale"));
    assert!(totals.contains("Il ruolo della mediazione"));
    let store_totals = app.store.training_totals().await.expect("totals");
    assert_eq!((store_totals.people, store_totals.half_hours), (1, 8));
    assert_eq!(store_totals.by_area[0].key, "to");
    assert_eq!(store_totals.by_project[0].key, "sofia2");
    assert!(!totals.contains(&certificates[0].holder), "never a name");

    // The Open Badges credential verifies against the published key.
    let badge_path = format!(
        "/app/training/certificates/{}/badge.jwt",
        certificates[0].id
    );
    assert_eq!(
        app.get_with(&badge_path, &[("cookie", front)]).await.status,
        404
    );
    let jwt = app.get_with(&badge_path, &[("cookie", social)]).await;
    assert_eq!(jwt.header("content-type"), Some("application/jwt"));
    let (payload, header) = verify_badge(&app, &jwt.text()).await;
    assert_eq!(header["alg"], "EdDSA");
    let vc = &payload["vc"];
    assert!(
        vc["type"]
            .as_array()
            .expect("types")
            .contains(&"OpenBadgeCredential".into())
    );
    let subject = &vc["credentialSubject"];
    assert_eq!(subject["achievement"]["name"], "La mediazione in ospedale");
    assert_eq!(
        subject["achievement"]["fieldOfStudy"],
        "Il ruolo della mediazione"
    );
    assert_eq!(subject["creditsEarned"], 4.0);
    assert_eq!(
        subject["identifier"][0]["identityHash"],
        certificates[0].holder.as_str()
    );
    let code = crocevia_domain::training::verification::display(&certificates[0].code);
    assert!(
        payload["jti"]
            .as_str()
            .expect("id")
            .ends_with(&format!("/it/verify/{code}"))
    );
    // A credential changed after signing does not verify.
    let mut parts: Vec<String> = jwt.text().split('.').map(str::to_owned).collect();
    let forged = payload
        .to_string()
        .replace("\"creditsEarned\":4.0", "\"creditsEarned\":40.0");
    assert_ne!(forged, payload.to_string());
    parts[1] = B64.encode(forged);
    assert!(
        try_verify(&app, &parts.join(".")).await.is_none(),
        "tampering is caught"
    );

    // The day before a session, those with a seat are reminded, once.
    let r = app
        .post_form(
            &sessions,
            &session(&day(1), "session_place=Sala+1"),
            trainer,
        )
        .await;
    assert_eq!(r.status, 303);
    let sweep = || crocevia_web::training::remind_tomorrow(&app.state);
    assert_eq!(sweep().await.expect("reminders"), 1);
    assert_eq!(sweep().await.expect("reminders"), 0, "once per session");
    let told = |user: Uuid| {
        let app = &app;
        async move {
            app.store
                .notifications(user, 20)
                .await
                .expect("notifications")
                .into_iter()
                .any(|n| n.kind == "training.reminder")
        }
    };
    assert!(told(*social_id).await, "the participant is reminded");
    assert!(!told(*front_id).await, "not who cancelled");
    // The new session was announced to them, with the sessions attached.
    let mails = app.mails_after(3).await;
    let changed = mails
        .iter()
        .find(|m| m.contains("calendario di un corso di formazione"))
        .expect("the change by mail");
    assert_eq!(changed.matches("BEGIN:VEVENT").count(), 3, "{changed}");
}

/// The JWT's payload and header when its signature verifies with the key
/// the installation publishes (`/.well-known/jwks.json`, found by `kid`).
async fn try_verify(app: &TestApp, jwt: &str) -> Option<(serde_json::Value, serde_json::Value)> {
    let jwks = app.get("/.well-known/jwks.json").await.json();
    let parts: Vec<&str> = jwt.split('.').collect();
    let [head, body, signature] = parts[..] else {
        return None;
    };
    let header: serde_json::Value = serde_json::from_slice(&B64.decode(head).ok()?).ok()?;
    let jwk = jwks["keys"]
        .as_array()?
        .iter()
        .find(|k| k["kid"] == header["kid"])?;
    assert_eq!(
        (jwk["kty"].as_str(), jwk["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
    let x: [u8; 32] = B64.decode(jwk["x"].as_str()?).ok()?.try_into().ok()?;
    let key = VerifyingKey::from_bytes(&x).ok()?;
    let signature = Signature::from_slice(&B64.decode(signature).ok()?).ok()?;
    key.verify(format!("{head}.{body}").as_bytes(), &signature)
        .ok()?;
    Some((
        serde_json::from_slice(&B64.decode(body).ok()?).ok()?,
        header,
    ))
}

async fn verify_badge(app: &TestApp, jwt: &str) -> (serde_json::Value, serde_json::Value) {
    try_verify(app, jwt).await.expect("the credential verifies")
}
