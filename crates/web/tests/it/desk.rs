//! The one-stop desk end to end: registration with duplicates proposed
//! despite spelling and script, visits, cases, assessment, notes readable by
//! profession only (page and API), sealed special-category data, the audit
//! of every access and who sees it, merging records.

use std::collections::BTreeMap;

use crocevia_domain::identity::Profession;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use crate::helpers::{TestApp, on_postgres};

/// Demo operators by profession: (id, session cookie with second factor).
pub(crate) async fn operators(app: &TestApp) -> BTreeMap<Profession, (uuid::Uuid, String)> {
    let logins = app
        .store
        .load_demo_operators(|e| format!("Demo-{}-pass-word", e.as_str().len()))
        .await
        .expect("demo operators");
    let mut out = BTreeMap::new();
    for l in logins {
        let user = app.user(l.email.as_str()).await;
        let token = app
            .store
            .create_session(user.id, true, &crocevia_store::act::Trail::unrecorded())
            .await
            .expect("session");
        // The first operator of each profession (others work elsewhere).
        out.entry(l.profession)
            .or_insert((user.id, format!("crocevia_session={token}")));
    }
    out
}

pub(crate) fn location_id(response: &crate::helpers::TestResponse, prefix: &str) -> String {
    let location = response.header("location").expect("a redirect");
    location
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("{location} does not start with {prefix}"))
        .split(['?', '#'])
        .next()
        .expect("id")
        .to_owned()
}

async fn column_values(app: &TestApp, sql: &str) -> Vec<String> {
    let backend = app.store.conn().get_database_backend();
    app.store
        .conn()
        .query_all_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .expect("query")
        .iter()
        .map(|row| {
            row.try_get_by_index::<Option<String>>(0)
                .expect("text")
                .unwrap_or_default()
        })
        .collect()
}

#[tokio::test]
async fn register_find_visit_case_assess_and_notes_by_profession() {
    let app = TestApp::spawn().await;
    app.store.load_demo_guides().await.expect("guides");
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let social = &ops[&Profession::SocialWorker].1;
    let legal = &ops[&Profession::LegalOperator].1;
    let health_elsewhere = &ops[&Profession::HealthOperator].1;

    // Registration, with a bad tax code first: a clear error on the field,
    // nothing written.
    let form = "given_name=Mohamed&family_name=Benali&birth=17%2F05%2F1990&citizenships=marocco\
                &lang1=ar&level1=native&permit_type=lavoro_subordinato&permit_expiry=2027-01-10";
    let bad = app
        .post_form(
            "/app/desk/people",
            &format!("{form}&cf=BNLMMD90E17Z330A"),
            front,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.text().contains("carattere di controllo"),
        "{}",
        bad.text()
    );
    let many = app
        .post_form(
            "/app/desk/people",
            "given_name=A&family_name=B&citizenships=MA+TN+DZ+EG+SN+ML+NG+GH+CI",
            front,
        )
        .await;
    assert_eq!(many.status, 422);
    assert!(many.text().contains("al massimo otto"));
    // Countries are typed by name in the operator's language, or by code;
    // one not recognised is named in the error.
    let unknown = app
        .post_form(
            "/app/desk/people",
            "given_name=A&family_name=B&citizenships=Marocco%2C+Narnia",
            front,
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown
            .text()
            .contains("Paese non riconosciuto: \u{2068}Narnia\u{2069}"),
        "{}",
        unknown.text()
    );
    let registered = app
        .post_form(
            "/app/desk/people",
            &format!("{form}&cf=bnlmmd90e17z330e"),
            front,
        )
        .await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    // Shown in words: the country and language by name, no repeated
    // lower-case form of the name under it.
    let shown = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(
        shown.contains("<dd class=\"col-sm-8\">Marocco</dd>"),
        "{shown}"
    );
    assert!(shown.contains("Arabo (Madrelingua)"), "{shown}");
    assert!(!shown.contains("mohamed benali"), "{shown}");
    assert!(
        !shown.contains("<code>desk.person"),
        "audit actions in words"
    );
    assert!(shown.contains("Registrazione della persona"), "{shown}");

    // The same tax code again: refused, pointing at the record.
    let again = app
        .post_form(
            "/app/desk/people",
            "given_name=Mohammed&family_name=Ben+Ali&cf=BNLMMD90E17Z330E",
            front,
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(again.text().contains("appartiene già"));
    assert!(again.text().contains(&person));

    // Another spelling, only the year of birth: proposed first…
    let variant = "given_name=Muhammad&family_name=Ben+Ali&birth=1990";
    let proposed = app.post_form("/app/desk/people", variant, front).await;
    assert_eq!(proposed.status, 200);
    let page = proposed.text();
    assert!(
        page.contains("Potrebbe essere una persona già registrata"),
        "{page}"
    );
    assert!(page.contains(&format!("/app/desk/people/{person}")));
    assert!(page.contains("nome simile scritto diversamente"));
    assert!(page.contains("data di nascita compatibile"));
    // … and registered only when the operator says it is someone else.
    let confirmed = app
        .post_form("/app/desk/people", &format!("{variant}&confirm=new"), front)
        .await;
    assert_eq!(confirmed.status, 303);
    let twin = location_id(&confirmed, "/app/desk/people/");

    // Found again from the desk's box in Arabic script, and through the API.
    let found = app
        .post_form(
            "/app/desk/search",
            "q=%D9%85%D8%AD%D9%85%D8%AF+%D8%A8%D9%86%D8%B9%D9%84%D9%8A",
            front,
        )
        .await;
    assert_eq!(found.status, 200);
    assert!(found.text().contains(&person), "{}", found.text());
    assert!(found.text().contains("nome in un altro alfabeto"));
    let api = app
        .post_json(
            "/api/v1/desk/people/search",
            &serde_json::json!({"q": "Benali Mohamed 1990-05-17"}),
            front,
        )
        .await
        .json();
    let first = &api[0];
    assert_eq!(first["person"]["id"], person.as_str());
    let reasons = first["reasons"].to_string();
    assert!(
        reasons.contains("same-name") && reasons.contains("same-birth-date"),
        "{reasons}"
    );
    // Given and family name swapped at registration.
    let swapped = app
        .post_form(
            "/app/desk/people",
            "given_name=Benali&family_name=Mohamed",
            front,
        )
        .await;
    assert_eq!(swapped.status, 200);
    assert!(
        swapped.text().contains("nome e cognome invertiti"),
        "{}",
        swapped.text()
    );
    let by_code = app
        .post_json(
            "/api/v1/desk/people/search",
            &serde_json::json!({"q": "BNLMMD90E17Z330E"}),
            front,
        )
        .await
        .json();
    assert_eq!(by_code[0]["reasons"][0], "same-identifier");
    // Names and codes never travel in a URL (proxies and logs keep URLs).
    let in_url = app
        .get_with(
            "/api/v1/desk/people?q=BNLMMD90E17Z330E",
            &[("cookie", front)],
        )
        .await;
    assert_eq!(in_url.status, 404, "no search by GET");

    // A visit in one screen; a visit without a reason is refused.
    let visit = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            "reason=permit&reason=health&channel=desk&lang=ar&mediator=on&outcome=information\
             &guide=rinnovo-permesso-di-soggiorno",
            front,
        )
        .await;
    assert_eq!(visit.status, 303, "{}", visit.text());
    // The same reason a hundred times is one reason.
    let repeated = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            &"reason=permit&".repeat(100),
            front,
        )
        .await;
    assert_eq!(repeated.status, 303);
    let empty = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            "channel=desk",
            front,
        )
        .await;
    assert!(empty.refused_with("Scegli almeno un motivo"));
    assert!(
        empty.text().contains("value=\"desk\" selected"),
        "the channel chosen stays"
    );
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
        .await
        .text();
    assert!(
        page.contains("Permesso di soggiorno, Salute e iscrizione al SSN"),
        "{page}"
    );
    assert!(page.contains("Scheda consegnata"));
    assert!(page.contains("rinnovo-permesso-di-soggiorno"));
    assert!(page.contains("scade tra") || page.contains("BNLMMD90E17Z330E"));

    // A case, an assessment, notes of several classes.
    let opened = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", front)
        .await;
    assert_eq!(opened.status, 303);
    let case = location_id(&opened, "/app/desk/cases/");
    let assessed = app
        .post_form(
            &format!("/app/desk/cases/{case}/assessments"),
            "dimension=housing&level=high&notes=Dorme+in+auto",
            front,
        )
        .await;
    assert_eq!(assessed.status, 303);
    // A level that is not one of the choices: the table again with the
    // notes typed in their row; nothing typed at all says so.
    let bogus = app
        .post_form(
            &format!("/app/desk/cases/{case}/assessments"),
            "level-work=enormous&notes-work=Cerca+lavoro+stagionale",
            front,
        )
        .await;
    assert!(bogus.refused_with("Scegli uno dei valori proposti."));
    assert!(bogus.text().contains("value=\"Cerca lavoro stagionale\""));
    let empty = app
        .post_form(&format!("/app/desk/cases/{case}/assessments"), "", front)
        .await;
    assert!(empty.refused_with("Nessuna area cambiata"));
    let general = app
        .post_form(
            &format!("/app/desk/cases/{case}/notes"),
            "class=general&body=Preferisce+appuntamenti+al+mattino",
            front,
        )
        .await;
    assert_eq!(general.status, 303);
    // The front office may not write what it may not read.
    let refused = app
        .post_form(
            &format!("/app/desk/cases/{case}/notes"),
            "class=health&body=x",
            front,
        )
        .await;
    assert!(refused.refused_with("Scrivi la nota e scegline la riservatezza"));
    assert!(
        refused.text().contains(">x</textarea>"),
        "what was typed stays"
    );
    let health = app
        .post_form(
            &format!("/app/desk/cases/{case}/notes"),
            "class=health&body=Diagnosi+riservata+ZETA",
            social,
        )
        .await;
    assert_eq!(health.status, 303);

    let case_page = |cookie: &str| {
        let path = format!("/app/desk/cases/{case}");
        let cookie = cookie.to_owned();
        let app = &app;
        async move { app.get_with(&path, &[("cookie", &cookie)]).await }
    };
    let for_social = case_page(social).await.text();
    assert!(for_social.contains("Diagnosi riservata ZETA"));
    assert!(for_social.contains("Dorme in auto") && for_social.contains("alto"));
    for cookie in [front, legal] {
        let page = case_page(cookie).await;
        assert_eq!(page.status, 200);
        assert!(!page.text().contains("Diagnosi riservata"));
        assert!(page.text().contains("Preferisce appuntamenti al mattino"));
        let json = app
            .get_with(&format!("/api/v1/desk/cases/{case}"), &[("cookie", cookie)])
            .await;
        assert_eq!(json.status, 200);
        assert!(!json.text().contains("Diagnosi"), "{}", json.text());
        assert!(json.text().contains("Preferisce"));
        // The export of the case: the same filter.
        let export = app
            .get_with(
                &format!("/app/desk/cases/{case}/export"),
                &[("cookie", cookie)],
            )
            .await;
        assert_eq!(export.status, 200);
        assert!(
            export
                .header("content-disposition")
                .is_some_and(|d| d.starts_with("attachment"))
        );
        assert!(!export.text().contains("Diagnosi"), "{}", export.text());
        assert!(export.text().contains("Preferisce") && export.text().contains("Benali"));
    }
    let export = app
        .get_with(
            &format!("/app/desk/cases/{case}/export"),
            &[("cookie", social)],
        )
        .await
        .text();
    assert!(export.contains("Diagnosi riservata ZETA"));
    assert_eq!(
        app.get_with(
            &format!("/app/desk/cases/{case}/export"),
            &[("cookie", health_elsewhere)],
        )
        .await
        .status,
        404
    );
    let json = app
        .get_with(&format!("/api/v1/desk/cases/{case}"), &[("cookie", social)])
        .await
        .json();
    assert!(
        json["notes"]
            .to_string()
            .contains("Diagnosi riservata ZETA")
    );
    // Another agency's operator: the case does not exist for them.
    assert_eq!(case_page(health_elsewhere).await.status, 404);
    assert_eq!(
        app.get_with(
            &format!("/app/desk/people/{person}"),
            &[("cookie", health_elsewhere)]
        )
        .await
        .status,
        404
    );

    // Special-category facts: recorded by a social worker, sealed.
    let vulnerable = app
        .post_form(
            "/app/desk/people",
            "given_name=Blessing&family_name=Okafor&birth=2008&vulnerability=trafficking_victim\
             &vulnerability=msna",
            social,
        )
        .await;
    assert_eq!(vulnerable.status, 303, "{}", vulnerable.text());
    let blessing = location_id(&vulnerable, "/app/desk/people/");
    let seen = app
        .get_with(
            &format!("/app/desk/people/{blessing}"),
            &[("cookie", social)],
        )
        .await
        .text();
    assert!(seen.contains("Vittima di tratta"));
    let unseen = app
        .get_with(
            &format!("/app/desk/people/{blessing}"),
            &[("cookie", front)],
        )
        .await
        .text();
    assert!(!unseen.contains("Vittima di tratta"));
    let api = app
        .get_with(
            &format!("/api/v1/desk/people/{blessing}"),
            &[("cookie", front)],
        )
        .await
        .json();
    assert!(api.get("vulnerabilities").is_none());

    // Nothing of the sealed texts is in the database in plain text.
    let secrets = [
        "Diagnosi riservata",
        "Dorme in auto",
        "Preferisce appuntamenti",
        "trafficking_victim",
        "\"vulnerabilities\"",
    ];
    for (sql, what) in [
        ("SELECT body FROM desk_case_notes", "notes"),
        ("SELECT notes FROM desk_assessments", "assessments"),
        ("SELECT sensitive FROM desk_people", "people"),
    ] {
        let values = column_values(&app, sql).await;
        assert!(!values.is_empty(), "{what}");
        for v in values {
            for s in secrets {
                assert!(!v.contains(s), "{what} holds {s} in plain text");
            }
        }
    }
    if !on_postgres() {
        app.store
            .conn()
            .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .expect("checkpoint");
        for entry in std::fs::read_dir(app.dir.path()).expect("dir").flatten() {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            for s in secrets {
                let at = bytes.windows(s.len()).position(|w| w == s.as_bytes());
                assert!(
                    at.is_none(),
                    "{} holds {s}: {}",
                    entry.path().display(),
                    at.map(|i| String::from_utf8_lossy(
                        &bytes[i.saturating_sub(80)..(i + 40).min(bytes.len())]
                    )
                    .into_owned())
                        .unwrap_or_default()
                );
            }
        }
    }

    // Every access is audited, and the agency's team sees who accessed.
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", social)])
        .await
        .text();
    assert!(page.contains("Chi ha consultato questa scheda"));
    assert!(page.contains("Sara Bianchi (demo)"));
    assert!(page.contains("Lettura della scheda") && page.contains("Accesso registrato"));
    let audit = column_values(
        &app,
        "SELECT action FROM audit_log WHERE object_type = 'case'",
    )
    .await;
    assert!(audit.iter().any(|a| a == "desk.case.read"));
    // Searches are audited without the words searched.
    let searches = column_values(
        &app,
        "SELECT purpose FROM audit_log WHERE action = 'desk.person.search'",
    )
    .await;
    assert!(searches.len() >= 3, "{searches:?}");
    assert!(searches.iter().all(|p| p.ends_with(" shown")));
    assert!(audit.iter().any(|a| a == "desk.case.note"));

    // The social worker sees the likely duplicate and merges it: one record
    // keeps both histories; the other points to it.
    assert!(
        page.contains(&format!("name=\"other\" value=\"{twin}\"")),
        "{page}"
    );
    let twin_visit = app
        .post_form(
            &format!("/app/desk/people/{twin}/visits"),
            "reason=work",
            front,
        )
        .await;
    assert_eq!(twin_visit.status, 303);
    let merged = app
        .post_form(
            &format!("/app/desk/people/{person}/merge"),
            &format!("other={twin}"),
            social,
        )
        .await;
    assert_eq!(merged.status, 303);
    assert!(
        merged
            .header("location")
            .is_some_and(|l| l.ends_with("?merged=1"))
    );
    let gone = app
        .get_with(&format!("/app/desk/people/{twin}"), &[("cookie", social)])
        .await;
    assert_eq!(gone.status, 303);
    assert!(gone.header("location").is_some_and(|l| l.contains(&person)));
    let kept = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", social)])
        .await
        .text();
    assert!(kept.contains("Lavoro e centro per l"), "{kept}");
}

#[tokio::test]
async fn permit_deadlines_and_closing_a_case() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let health_elsewhere = &ops[&Profession::HealthOperator].1;
    let today = crocevia_domain::desk::calendar::rome_today();
    let mut ids = Vec::new();
    for (name, days) in [
        ("Soon", 20i64),
        ("Later", 200),
        ("Expired", -10),
        ("Long", -90),
    ] {
        let expiry = today + chrono::Duration::days(days);
        let r = app
            .post_form(
                "/app/desk/people",
                &format!(
                    "given_name={name}&family_name=Permesso&permit_type=studio&permit_expiry={expiry}"
                ),
                front,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.text());
        ids.push(location_id(&r, "/app/desk/people/"));
    }
    let page = app
        .get_with("/app/desk/deadlines", &[("cookie", front)])
        .await;
    assert_eq!(page.status, 200);
    let text = page.text();
    let (soon, expired) = (
        text.find(&ids[2]).expect("expired listed"),
        text.find(&ids[0]).expect("soon listed"),
    );
    assert!(soon < expired, "expired first, then the soonest");
    assert!(!text.contains(&ids[1]) && !text.contains(&ids[3]));
    // (Fluent isolates the number with FSI/PDI marks.)
    assert!(
        text.replace(['\u{2068}', '\u{2069}'], "")
            .contains("scade tra 20 giorni")
    );
    assert!(text.contains("scaduto"));
    // Another agency's operator sees none of them.
    let other = app
        .get_with("/app/desk/deadlines", &[("cookie", health_elsewhere)])
        .await
        .text();
    assert!(!other.contains(&ids[0]));

    // A case closed needs a reason and an outcome; once closed, no
    // assessment until it is reopened.
    let opened = app
        .post_form(&format!("/app/desk/people/{}/cases", ids[0]), "", front)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");
    let incomplete = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=closed",
            front,
        )
        .await;
    // Refused with the page again (not a redirect that loses what was
    // typed): the reason typed stays in its field.
    assert_eq!(incomplete.status, 422);
    assert!(incomplete.text().contains("alert-danger"));
    let no_outcome = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=closed&reason=Seguito+dal+CAS",
            front,
        )
        .await;
    assert_eq!(no_outcome.status, 422);
    assert!(no_outcome.text().contains("value=\"Seguito dal CAS\""));
    let closed = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=closed&outcome=transferred&reason=Seguito+dal+CAS",
            front,
        )
        .await;
    assert_eq!(closed.status, 303);
    let page = app
        .get_with(&format!("/app/desk/cases/{case}"), &[("cookie", front)])
        .await
        .text();
    assert!(page.contains("trasferita a un altro servizio") && page.contains("Seguito dal CAS"));
    let refused = app
        .post_form(
            &format!("/app/desk/cases/{case}/assessments"),
            "dimension=work&level=low",
            front,
        )
        .await;
    assert_eq!(refused.status, 403);
    let reopened = app
        .post_form(
            &format!("/app/desk/cases/{case}/status"),
            "status=active",
            front,
        )
        .await;
    assert_eq!(reopened.status, 303);
    let api = app
        .get_with(&format!("/api/v1/desk/cases/{case}"), &[("cookie", front)])
        .await
        .json();
    assert_eq!(api["status"], "active");
}
