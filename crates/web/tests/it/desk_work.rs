//! Working a case and running a desk, end to end: the team, the plan and
//! reminders, documents sealed at rest and checked by content, the operator
//! dashboard and the desk's deadlines (appointments, outreach desks and the
//! household are in `desk_calendar.rs`).

use chrono::Duration;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::identity::Profession;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::desk::{location_id, operators};
use crate::helpers::{TestApp, plain, redirected_with};

/// A multipart body with one file part.
fn file_part(boundary: &str, name: &str, bytes: &[u8]) -> String {
    // The helper sends text; every byte used here is ASCII or valid UTF-8.
    format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n{}\r\n--{boundary}--\r\n",
        String::from_utf8_lossy(bytes)
    )
}

#[tokio::test]
async fn case_team_plan_documents_dashboard_and_deadlines() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let (front_id, front) = (
        &ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    let (social_id, social) = (
        &ops[&Profession::SocialWorker].0,
        &ops[&Profession::SocialWorker].1,
    );
    let (health_elsewhere_id, health_elsewhere) = (
        &ops[&Profession::HealthOperator].0,
        &ops[&Profession::HealthOperator].1,
    );
    let today = rome_today();
    let expiry = today + Duration::days(30);
    let r = app
        .post_form(
            "/app/desk/people",
            &format!(
                "given_name=Fatima&family_name=Diallo&permit_type=famiglia&permit_expiry={expiry}"
            ),
            front,
        )
        .await;
    let person = location_id(&r, "/app/desk/people/");
    let r = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", front)
        .await;
    let case = location_id(&r, "/app/desk/cases/");
    let case_page = |who: &str| {
        let path = format!("/app/desk/cases/{case}");
        let who = who.to_owned();
        let app = &app;
        async move { plain(&app.get_with(&path, &[("cookie", &who)]).await.text()) }
    };

    // The team: operators of the case's agency only.
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/team"),
            &format!("operator={social_id}"),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"), "{}", r.text());
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/team"),
            &format!("operator={health_elsewhere_id}"),
            front,
        )
        .await;
    assert!(r.refused_with("Scegli uno dei valori proposti."));
    let page = case_page(front).await;
    assert!(page.contains("Luca Ferrero"));
    assert!(!page.contains("Marco Gallo"));

    // The plan: a goal, an action towards it (overdue), a reminder.
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/tasks"),
            "kind=goal&title=Trovare+un+alloggio",
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let page = case_page(front).await;
    let goal = page
        .split("<option value=\"")
        .filter_map(|s| s.split_once("\">Trovare un alloggio<"))
        .map(|(id, _)| id.to_owned())
        .find(|id| id.parse::<uuid::Uuid>().is_ok())
        .expect("the goal offered for actions");
    for (form, error) in [
        (
            "kind=action&title=Senza+obiettivo",
            "servire a un obiettivo",
        ),
        ("kind=task&title=", "Scrivi la descrizione."),
        (
            "kind=task&title=Data&due=31%2F12%2F2026",
            "Le date vanno scritte come AAAA-MM-GG.",
        ),
        ("kind=boh&title=Tipo", "Scegli uno dei valori proposti."),
        (
            &format!("kind=task&title=Altrui&owner={health_elsewhere_id}") as &str,
            "Scegli uno dei valori proposti.",
        ),
    ] {
        let r = app
            .post_form(&format!("/app/desk/cases/{case}/tasks"), form, front)
            .await;
        assert!(r.refused_with(error), "{form}: {}", r.status);
        // Said at the top, linking to the plan, and again beside its form.
        let html = r.text();
        assert!(html.contains("<a href=\"#plan-error\">"), "{form}");
        let beside = html.split("id=\"plan-error\">").nth(1).unwrap_or("");
        let beside = beside.split("</div>").next().unwrap_or("");
        assert!(beside.contains(error), "{form}: {beside}");
    }
    // What was typed stays in the form.
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/tasks"),
            "kind=action&title=Iscrizione+al+corso+B1&due=2027-01-15",
            front,
        )
        .await;
    assert!(r.text().contains("value=\"Iscrizione al corso B1\""));
    assert!(r.text().contains("value=\"2027-01-15\""));
    let yesterday = today - Duration::days(1);
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/tasks"),
            &format!(
                "kind=action&goal={goal}&title=Domanda+casa+popolare&owner={social_id}&due={yesterday}"
            ),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"), "{:?}", r.header("location"));
    let r = app
        .post_form(
            &format!("/app/desk/cases/{case}/tasks"),
            &format!(
                "kind=task&title=Richiamare+per+i+documenti&owner={front_id}&remind_on={today}"
            ),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let page = case_page(front).await;
    assert!(page.contains("Domanda casa popolare") && page.contains("scaduta"));

    // The social worker's dashboard: the case (on the team) and the overdue
    // action; the front office's: the reminder, the permit, the visit.
    let dash = plain(
        &app.get_with("/app/desk", &[("cookie", social)])
            .await
            .text(),
    );
    assert!(dash.contains(&format!("/app/desk/cases/{case}")));
    assert!(dash.contains("Domanda casa popolare") && dash.contains("scaduta"));
    assert!(!dash.contains("Richiamare per i documenti"));
    app.post_form(
        &format!("/app/desk/people/{person}/visits"),
        "reason=housing&outcome=information",
        front,
    )
    .await;
    let dash = plain(&app.get_with("/app/desk", &[("cookie", front)]).await.text());
    assert!(dash.contains("Richiamare per i documenti"));
    assert!(dash.contains("scade tra 30 giorni"));
    assert!(dash.contains(&format!("/app/desk/people/{person}")));
    assert!(dash.contains("Casa") || dash.contains("Allo sportello") || dash.contains("Sportello"));
    // The desk's deadlines list every action due, whoever owns it.
    let deadlines = plain(
        &app.get_with("/app/desk/deadlines", &[("cookie", front)])
            .await
            .text(),
    );
    assert!(deadlines.contains("Domanda casa popolare"));
    assert!(deadlines.contains("Richiamare per i documenti"));
    let elsewhere = app
        .get_with("/app/desk/deadlines", &[("cookie", health_elsewhere)])
        .await
        .text();
    assert!(!elsewhere.contains("Domanda casa popolare"));

    // Done: off the dashboard.
    let action = page
        .split_once("Domanda casa popolare")
        .map(|(_, after)| after)
        .and_then(|after| after.split("/app/desk/tasks/").nth(1))
        .and_then(|s| s.split('/').next())
        .expect("a task id")
        .to_owned();
    let r = app
        .post_form(
            &format!("/app/desk/tasks/{action}/status"),
            "status=done",
            social,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let r = app
        .post_form(
            &format!("/app/desk/tasks/{action}/status"),
            "status=done",
            health_elsewhere,
        )
        .await;
    assert_eq!(r.status, 404);
    let dash = plain(
        &app.get_with("/app/desk", &[("cookie", social)])
            .await
            .text(),
    );
    assert!(!dash.contains("Domanda casa popolare"));

    // Documents: the type is read from the content, sealed at rest.
    let marker = "PLAINTEXT-DOCUMENT-MARKER";
    let png_bytes: Vec<u8> = {
        let mut b = vec![0x89];
        b.extend_from_slice(b"PNG\r\n\x1a\n");
        b.extend_from_slice(marker.as_bytes());
        b
    };
    let boundary = "XbndX";
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let upload = |name: &str, bytes: &[u8]| {
        let body = file_part(boundary, name, bytes);
        let path = format!("/app/desk/cases/{case}/documents");
        let content_type = content_type.clone();
        let app = &app;
        async move { app.post_multipart(&path, &content_type, body, front).await }
    };
    // (Sent as text: the 0x89 byte becomes U+FFFD, so this one is not a PNG.)
    let r = upload("permesso.png", &png_bytes).await;
    assert!(
        r.refused_with("Il file non è un PDF, PNG, JPEG o WebP"),
        "{}",
        r.status
    );
    let r = upload("finto.pdf", b"MZ\x00 not a pdf").await;
    assert!(r.refused_with("Il file non è un PDF, PNG, JPEG o WebP"));
    let r = upload("vuoto.pdf", b"").await;
    assert!(r.refused_with("Scegli un file da allegare."));
    assert!(
        r.text()
            .contains("id=\"documents-error\">Scegli un file da allegare.")
    );
    let pdf = format!("%PDF-1.7\n{marker}\n%%EOF");
    let r = upload("../scansione permesso.pdf", pdf.as_bytes()).await;
    assert!(redirected_with(&r, "saved=1"), "{:?}", r.header("location"));
    let page = case_page(front).await;
    assert!(page.contains("scansione permesso.pdf") && !page.contains("../"));
    let doc = page
        .split("/app/desk/documents/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a document link")
        .to_owned();
    let download = app
        .get_with(&format!("/app/desk/documents/{doc}"), &[("cookie", front)])
        .await;
    assert_eq!(download.status, 200);
    assert_eq!(download.header("content-type"), Some("application/pdf"));
    assert!(
        download
            .header("content-disposition")
            .is_some_and(|d| d.starts_with("attachment;"))
    );
    assert_eq!(download.text(), pdf);
    let denied = app
        .get_with(
            &format!("/app/desk/documents/{doc}"),
            &[("cookie", health_elsewhere)],
        )
        .await;
    assert_eq!(denied.status, 404);
    let backend = app.store.conn().get_database_backend();
    let rows = app
        .store
        .conn()
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT body FROM desk_documents".to_owned(),
        ))
        .await
        .expect("bodies");
    assert_eq!(rows.len(), 1);
    for row in rows {
        let body: Vec<u8> = row.try_get_by_index(0).expect("bytes");
        assert!(
            !body.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "the document is stored in plain text"
        );
    }
    let audit = app
        .store
        .search_audit(
            &crocevia_store::identity::audit::AuditQuery {
                object_type: Some("case".to_owned()),
                object_id: Some(case.clone()),
                ..Default::default()
            },
            100,
        )
        .await
        .expect("audit");
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "desk.case.document.read")
            .count(),
        1
    );
    // The API shows the team, the plan and the documents.
    let api = app
        .get_with(&format!("/api/v1/desk/cases/{case}"), &[("cookie", front)])
        .await
        .json();
    assert_eq!(api["team"][0]["operator_id"], social_id.to_string());
    assert_eq!(api["team"][0]["profession"], "social_worker");
    assert!(api["plan"].to_string().contains("Domanda casa popolare"));
    assert_eq!(api["documents"][0]["content_type"], "application/pdf");
    let r = app
        .post_form(&format!("/app/desk/documents/{doc}/delete"), "", front)
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let gone = app
        .get_with(&format!("/app/desk/documents/{doc}"), &[("cookie", front)])
        .await;
    assert_eq!(gone.status, 404);
}
