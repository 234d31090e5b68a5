//! Data-subject rights: the export of everything about a person (JSON and a
//! bilingual PDF, with who accessed and who received their data), the
//! printable consent form, erasure that leaves no identifier in any table or
//! file, and retention with its dry run.

use crocevia_domain::identity::Profession;
use crocevia_store::desk::rights::RetentionRules;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crocevia_store::act::Trail;

use crate::desk::{location_id, operators};
use crate::helpers::{TestApp, on_postgres};

/// Strings that identify the person: none may survive the erasure.
const IDENTIFIERS: [&str; 5] = [
    "Haddad",
    "HDDMNA94C42Z330E",
    "333 000 1111",
    "amina.haddad@example.org",
    "Via dei Mille 12",
];

const PERSON: &str = "given_name=Amina&family_name=Haddad&birth=1994-03-02&citizenships=MA\
                      &lang1=ar&level1=native&cf=HDDMNA94C42Z330E&phone=%2B39+333+000+1111\
                      &email=amina.haddad%40example.org&address=Via+dei+Mille+12\
                      &vulnerability=violence_victim";

/// Every row of every table as text (PostgreSQL), or the bytes of every
/// file of the data directory (SQLite keeps its database there).
async fn everything_stored(app: &TestApp) -> String {
    let mut out = String::new();
    if on_postgres() {
        let backend = app.store.conn().get_database_backend();
        let tables: Vec<String> = app
            .store
            .conn()
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'".to_owned(),
            ))
            .await
            .expect("tables")
            .iter()
            .map(|r| r.try_get_by_index::<String>(0).expect("name"))
            .collect();
        assert!(tables.len() > 20, "{tables:?}");
        for t in tables {
            for row in app
                .store
                .conn()
                .query_all_raw(Statement::from_string(
                    backend,
                    format!("SELECT t::text FROM \"{t}\" t"),
                ))
                .await
                .expect("rows")
            {
                out.push_str(&row.try_get_by_index::<String>(0).expect("row"));
                out.push('\n');
            }
        }
    }
    let mut stack = vec![app.dir.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    out
}

#[tokio::test]
async fn export_consent_form_and_erasure_that_leaves_nothing() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let social = &ops[&Profession::SocialWorker].1;
    let front = &ops[&Profession::FrontOffice].1;
    let dpo = app.cookie("privacy@demo.crocevia.example").await;
    let cpi = app.cookie("lavoro@demo.crocevia.example").await;
    let cpi_agency = app.agency("Centro per l'impiego di Genova").await;

    // A full history: visit, case, assessment, health note, document,
    // household, consent, referral, read by the job centre.
    let registered = app.post_form("/app/desk/people", PERSON, social).await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    let other = app
        .post_form(
            "/app/desk/people",
            "given_name=Youssef&family_name=Alaoui&citizenships=MA",
            social,
        )
        .await;
    let other = location_id(&other, "/app/desk/people/");
    let linked = app
        .post_form(
            &format!("/app/desk/people/{person}/household"),
            &format!("other={other}&relation=spouse"),
            social,
        )
        .await;
    assert_eq!(linked.status, 303);
    let visit = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            "channel=desk&lang=ar&reason=permit&outcome=information",
            front,
        )
        .await;
    assert_eq!(visit.status, 303, "{:?}", visit.header("location"));
    let opened = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", social)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");
    for (path, body) in [
        (
            "assessments",
            "dimension=work&level=high&notes=Sarta+esperta",
        ),
        ("notes", "class=general&body=Disponibile+al+mattino"),
    ] {
        let r = app
            .post_form(&format!("/app/desk/cases/{case}/{path}"), body, social)
            .await;
        assert_eq!(r.status, 303, "{path}");
    }
    let boundary = "XbndX";
    let upload = app
        .post_multipart(
            &format!("/app/desk/cases/{case}/documents"),
            &format!("multipart/form-data; boundary={boundary}"),
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Haddad-cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 Haddad curriculum\r\n--{boundary}--\r\n"
            ),
            social,
        )
        .await;
    assert_eq!(upload.status, 303, "{:?}", upload.header("location"));
    let today = crocevia_domain::desk::calendar::rome_today();
    let basis = app
        .post_form(
            &format!("/app/desk/people/{person}/bases"),
            &format!(
                "recipient=kind:cpi&purpose=employment&basis=consent&evidence=paper_signed&given_on={today}&lang=ar"
            ),
            social,
        )
        .await;
    assert_eq!(basis.status, 303, "{}", basis.text());
    let sent = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &format!(
                "to={}&referral_purpose=employment&urgency=routine&days=30&part=identity&reason=Lavoro",
                cpi_agency.id
            ),
            social,
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let referral = location_id(&sent, "/app/desk/referrals/");
    let read = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(read.status, 200);

    // The consent form: a PDF, from the sharing page.
    let bases = app
        .store
        .legal_bases(person.parse().expect("id"))
        .await
        .expect("bases");
    let form = app
        .get_with(
            &format!("/app/desk/bases/{}/consent.pdf", bases[0].id),
            &[("cookie", social)],
        )
        .await;
    assert_eq!(form.status, 200);
    assert!(form.bytes.starts_with(b"%PDF"));
    assert_eq!(form.header("content-type"), Some("application/pdf"));

    // Rights are the data-protection officer's: others get nothing.
    for who in [social, front, &cpi] {
        let r = app
            .get_with(
                &format!("/app/desk/people/{person}/rights"),
                &[("cookie", who)],
            )
            .await;
        assert_eq!(r.status, 404);
        let r = app
            .get_with(
                &format!("/app/desk/people/{person}/export.json"),
                &[("cookie", who)],
            )
            .await;
        assert_eq!(r.status, 404);
    }
    let page = app
        .get_with(
            &format!("/app/desk/people/{person}/rights"),
            &[("cookie", &dpo)],
        )
        .await;
    assert_eq!(page.status, 200);

    // The export: everything, with who accessed and who received the data.
    let export = app
        .get_with(
            &format!("/app/desk/people/{person}/export.json"),
            &[("cookie", &dpo)],
        )
        .await;
    assert_eq!(export.status, 200);
    let json = export.json();
    assert_eq!(json["person"]["family_name"], "Haddad");
    assert_eq!(
        json["person"]["identifiers"][0]["value"],
        "HDDMNA94C42Z330E"
    );
    assert_eq!(
        json["person"]["special_categories"]["vulnerabilities"][0],
        "violence_victim"
    );
    assert_eq!(json["visits"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["cases"][0]["assessments"][0]["notes"], "Sarta esperta");
    assert_eq!(
        json["cases"][0]["notes"][0]["text"],
        "Disponibile al mattino"
    );
    assert_eq!(json["cases"][0]["documents"][0]["name"], "Haddad-cv.pdf");
    assert_eq!(json["legal_bases"][0]["purpose"], "employment");
    assert_eq!(
        json["recipients"][0]["agency"],
        "Centro per l'impiego di Genova (demo)"
    );
    let log = json["access_log"].as_array().expect("log");
    assert!(
        log.iter().any(|l| l["action"] == "desk.referral.read"
            && l["who"] == "Giorgio Ricci (demo)"
            && l["agency"] == "Centro per l'impiego di Genova (demo)"),
        "{log:?}"
    );
    let pdf = app
        .get_with(
            &format!("/app/desk/people/{person}/export.pdf?lang=ar"),
            &[("cookie", &dpo)],
        )
        .await;
    assert_eq!(pdf.status, 200);
    assert!(pdf.bytes.starts_with(b"%PDF"));

    // Erasure: confirmed, with the request's reference.
    let unconfirmed = app
        .post_form(
            &format!("/app/desk/people/{person}/erase"),
            "request=Prot.+77",
            &dpo,
        )
        .await;
    assert!(unconfirmed.refused_with("conferma la cancellazione"));
    let before = everything_stored(&app).await;
    assert!(
        before.contains("Haddad") || !on_postgres(),
        "the scan sees the person before"
    );
    let erased = app
        .post_form(
            &format!("/app/desk/people/{person}/erase"),
            "request=Prot.+77&confirm=on",
            &dpo,
        )
        .await;
    assert_eq!(erased.status, 303);
    assert_eq!(erased.header("location"), Some("/app/desk?erased=1"));
    let after = everything_stored(&app).await;
    for id in IDENTIFIERS {
        assert!(!after.contains(id), "{id} survives the erasure");
    }
    // Gone everywhere, the other person stays (without the link), the
    // activity stays anonymous, the audit chain stays intact.
    for path in [
        format!("/app/desk/people/{person}"),
        format!("/app/desk/cases/{case}"),
    ] {
        let r = app.get_with(&path, &[("cookie", social)]).await;
        assert_eq!(r.status, 404, "{path}");
    }
    let r = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(r.status, 404);
    let r = app
        .get_with(&format!("/app/desk/people/{other}"), &[("cookie", social)])
        .await;
    assert_eq!(r.status, 200);
    let backend = app.store.conn().get_database_backend();
    for table in [
        "desk_people WHERE family_name = 'Haddad'",
        "desk_person_names",
        "desk_household",
        "desk_visits",
        "desk_cases",
        "desk_assessments",
        "desk_case_notes",
        "desk_documents",
        "desk_legal_bases",
        "desk_referrals",
    ] {
        let n: i64 = app
            .store
            .conn()
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("row")
            .try_get_by_index(0)
            .expect("n");
        assert_eq!(n, 0, "{table}");
    }
    let anonymous: i64 = app
        .store
        .conn()
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) FROM desk_anonymous_activity".to_owned(),
        ))
        .await
        .expect("count")
        .expect("row")
        .try_get_by_index(0)
        .expect("n");
    assert_eq!(anonymous, 2, "one visit and one case");
    let report = app.store.verify_audit().await.expect("verify");
    assert!(report.broken.is_none());
}

#[tokio::test]
async fn retention_reports_then_erases_what_is_past_its_time() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let social = &ops[&Profession::SocialWorker].1;
    let registered = app.post_form("/app/desk/people", PERSON, social).await;
    let person = location_id(&registered, "/app/desk/people/");
    let active = app
        .post_form(
            "/app/desk/people",
            "given_name=Olena&family_name=Kovalenko&citizenships=UA",
            social,
        )
        .await;
    let active = location_id(&active, "/app/desk/people/");
    let opened = app
        .post_form(&format!("/app/desk/people/{active}/cases"), "", social)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");
    let closed = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=closed&outcome=goals_met&reason=Concluso",
            social,
        )
        .await;
    assert_eq!(closed.status, 303);

    let rules = RetentionRules::default();
    let now = chrono::Utc::now();
    let today = app
        .store
        .retention_report(&rules, now)
        .await
        .expect("report");
    assert!(today.people.is_empty() && today.cases.is_empty());
    // Eleven years later nobody came back: both people are past their time
    // (the one whose case closed too).
    let later = now + chrono::Duration::days(11 * 366);
    let dry = app
        .store
        .retention_report(&rules, later)
        .await
        .expect("report");
    assert_eq!(dry.people.len(), 2, "{dry:?}");
    assert!(dry.people.contains(&person.parse().expect("id")));
    assert!(dry.cases.is_empty(), "the case goes with its person");
    // The dry run changed nothing.
    let still = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", social)])
        .await;
    assert_eq!(still.status, 200);
    // Six years later only notifications and referrals would go; the case
    // closed today is not ten years old.
    let six = app
        .store
        .retention_report(&rules, now + chrono::Duration::days(6 * 366))
        .await
        .expect("report");
    assert!(six.people.is_empty() && six.cases.is_empty());

    // The dry-run page for those who audit.
    let admin = app.cookie("admin@demo.crocevia.example").await;
    let page = app
        .get_with("/app/desk/retention", &[("cookie", &admin)])
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("Persone senza attività da 10 anni")
    );
    let denied = app
        .get_with("/app/desk/retention", &[("cookie", social)])
        .await;
    assert_eq!(denied.status, 403);

    // Shorter rules for cases: two years later the closed case goes (as
    // anonymous activity), its person stays.
    let short = RetentionRules {
        inactive_person_years: 20,
        closed_case_years: 1,
        closed_referral_years: 1,
        notification_days: 30,
    };
    let two = now + chrono::Duration::days(2 * 366);
    let cases = app
        .store
        .apply_retention(&short, two, |_| Trail::unrecorded())
        .await
        .expect("apply");
    assert_eq!(cases.cases.len(), 1);
    assert!(cases.people.is_empty());
    let gone = app
        .get_with(&format!("/app/desk/cases/{case}"), &[("cookie", social)])
        .await;
    assert_eq!(gone.status, 404);
    let stays = app
        .get_with(&format!("/app/desk/people/{active}"), &[("cookie", social)])
        .await;
    assert_eq!(stays.status, 200);

    let applied = app
        .store
        .apply_retention(&rules, later, |_| Trail::unrecorded())
        .await
        .expect("apply");
    assert_eq!(applied.people.len(), 2);
    for p in [&person, &active] {
        let r = app
            .get_with(&format!("/app/desk/people/{p}"), &[("cookie", social)])
            .await;
        assert_eq!(r.status, 404);
    }
    let again = app
        .store
        .retention_report(&rules, later)
        .await
        .expect("report");
    assert!(again.people.is_empty());
}
