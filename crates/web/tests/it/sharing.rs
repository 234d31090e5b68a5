//! Multi-agency work with need-to-know: a referral without a valid basis is
//! refused, the receiving agency reads exactly the package and nothing else
//! (pages, API, exports, search) and loses access when the referral closes,
//! a withdrawn consent closes its referrals, ending access is noticed,
//! break-glass is time-limited and audited, a transfer moves the record.

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

async fn unread(app: &TestApp, email: &str) -> Vec<String> {
    let user = app.user(email).await;
    app.store
        .notifications(user.id, 50)
        .await
        .expect("notifications")
        .into_iter()
        .filter(|n| n.read_at.is_none())
        .map(|n| n.kind)
        .collect()
}

const PERSON: &str = "given_name=Amina&family_name=Haddad&birth=1994-03-02&citizenships=MA\
                      &lang1=ar&level1=native&cf=HDDMNA94C42Z330E&phone=%2B39+333+000+1111\
                      &vulnerability=violence_victim";

#[tokio::test]
async fn referral_needs_a_basis_and_opens_only_its_package_while_open() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let social = &ops[&Profession::SocialWorker].1;
    let cpi = app.cookie("lavoro@demo.crocevia.example").await;
    let cpi_agency = app.agency("Centro per l'impiego di Genova").await;

    let registered = app.post_form("/app/desk/people", PERSON, front).await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person = location_id(&registered, "/app/desk/people/");
    let opened = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", social)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");
    let assessed = app
        .post_form(
            &format!("/app/desk/cases/{case}/assessments"),
            "dimension=work&level=high&notes=Cerca+lavoro+come+sarta",
            social,
        )
        .await;
    assert_eq!(assessed.status, 303);
    let sharing = app
        .get_with(
            &format!("/app/desk/people/{person}/sharing"),
            &[("cookie", social)],
        )
        .await;
    assert_eq!(sharing.status, 200);
    assert!(
        sharing
            .text()
            .contains("Nessuna base giuridica registrata.")
    );

    // No basis: refused with a clear message, what was typed kept, nothing
    // written.
    let refer = format!(
        "to={}&referral_purpose=employment&urgency=priority&case={case}&days=30\
         &part=identity&part=languages&part=assessment&reason=Orientamento+al+lavoro",
        cpi_agency.id
    );
    let refused = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &refer,
            social,
        )
        .await;
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(
        text.contains("Nessuna base giuridica registrata permette di inviare i dati a"),
        "{text}"
    );
    assert!(
        text.contains("Centro per l&#39;impiego di Genova")
            || text.contains("Centro per l'impiego di Genova")
    );
    assert!(
        text.contains("Orientamento al lavoro"),
        "the reason is kept"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM desk_referrals").await, 0);

    // A bad basis form: errors by field, nothing written.
    let bad = app
        .post_form(
            &format!("/app/desk/people/{person}/bases"),
            "recipient=kind:wizard&purpose=employment&basis=consent&evidence=act&given_on=23/11/2026",
            social,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.text().contains("Scegli uno dei valori proposti."));
    assert!(bad.text().contains("Scrivi una data come 2026-11-23."));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM desk_legal_bases").await,
        0
    );

    // Consent for any job centre, employment, without special categories.
    let today = crocevia_domain::desk::calendar::rome_today();
    let recorded = app
        .post_form(
            &format!("/app/desk/people/{person}/bases"),
            &format!(
                "recipient=kind:cpi&purpose=employment&basis=consent&evidence=paper_signed\
                 &given_on={today}&lang=ar&reference=Prot.+123"
            ),
            social,
        )
        .await;
    assert_eq!(recorded.status, 303, "{}", recorded.text());

    // Vulnerabilities are special: this basis does not cover them.
    let special = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &format!("{refer}&part=vulnerabilities"),
            social,
        )
        .await;
    assert_eq!(special.status, 422);
    assert!(special.text().contains("non copre i dati particolari"));
    // The front office may not read health notes, so may not send them.
    let unreadable = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &format!("{refer}&part=health_notes"),
            front,
        )
        .await;
    assert_eq!(unreadable.status, 422);
    assert!(
        unreadable
            .text()
            .contains("la tua professione non può leggere")
    );

    let sent = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &refer,
            social,
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let referral = location_id(&sent, "/app/desk/referrals/");
    assert_eq!(
        unread(&app, "lavoro@demo.crocevia.example").await,
        ["referral.received"]
    );
    // Quoted-printable soft breaks joined.
    let mails: Vec<String> = app
        .mails()
        .iter()
        .map(|m| m.replace("=\r\n", "").replace("=\n", ""))
        .collect();
    assert!(
        mails.iter().any(|m| m.contains(&referral)),
        "a mail links to it"
    );
    assert!(
        mails
            .iter()
            .all(|m| !m.contains("Haddad") && !m.contains("Amina")),
        "mail never names the person"
    );

    // The job centre reads the package: identity, languages, assessment.
    let page = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Amina Haddad"));
    assert!(text.contains("Cerca lavoro come sarta"));
    assert!(
        !text.contains("HDDMNA94C42Z330E"),
        "identifiers were not chosen"
    );
    assert!(!text.contains("333 000 1111"), "contacts were not chosen");
    assert!(
        !text.contains("violenza"),
        "vulnerabilities were not chosen"
    );
    let api = app
        .get_with(
            &format!("/api/v1/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(api.status, 200);
    let json = api.json();
    let keys: Vec<&str> = json["package"]
        .as_object()
        .expect("package")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["assessment", "identity", "languages"]);
    assert_eq!(json["side"], "receiver");
    // …and nothing else of the record.
    for path in [
        format!("/app/desk/people/{person}"),
        format!("/app/desk/people/{person}/sharing"),
        format!("/app/desk/cases/{case}"),
        format!("/app/desk/cases/{case}/export"),
        format!("/api/v1/desk/people/{person}"),
        format!("/api/v1/desk/cases/{case}"),
    ] {
        let r = app.get_with(&path, &[("cookie", &cpi)]).await;
        assert_eq!(r.status, 404, "{path}");
    }
    let search = app
        .post_form("/app/desk/search", "q=Amina+Haddad", &cpi)
        .await;
    assert!(
        !search.text().contains(&person),
        "search does not find the person"
    );
    let api_search = app
        .post_json(
            "/api/v1/desk/people/search",
            &serde_json::json!({"q": "HDDMNA94C42Z330E"}),
            &cpi,
        )
        .await;
    assert_eq!(api_search.status, 200);
    assert!(!api_search.text().contains(&person));
    // The job centre cannot withdraw the sender's basis nor send on.
    let basis = app
        .store
        .legal_bases(person.parse().expect("id"))
        .await
        .expect("bases")[0]
        .id;
    let withdraw = app
        .post_form(&format!("/app/desk/bases/{basis}/withdraw"), "", &cpi)
        .await;
    assert_eq!(withdraw.status, 404);

    // Accepted: the sender is told and sees the status.
    let declined_without_reason = app
        .post_form(
            &format!("/app/desk/referrals/{referral}/decision"),
            "decision=decline&reason=",
            &cpi,
        )
        .await;
    assert!(declined_without_reason.refused_with("Scrivi un motivo o un esito."));
    let accepted = app
        .post_form(
            &format!("/app/desk/referrals/{referral}/decision"),
            "decision=accept&reason=Colloquio+fissato",
            &cpi,
        )
        .await;
    assert_eq!(accepted.status, 303);
    let social_email = app
        .store
        .user(ops[&Profession::SocialWorker].0)
        .await
        .expect("user")
        .expect("user")
        .email;
    assert!(
        unread(&app, social_email.as_str())
            .await
            .contains(&"referral.accepted".to_owned())
    );
    let seen = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", social)],
        )
        .await;
    assert!(seen.text().contains("Accettato"));
    assert!(seen.text().contains("Colloquio fissato"));

    // Closing needs an outcome: the page again, nothing closed.
    let empty = app
        .post_form(
            &format!("/app/desk/referrals/{referral}/close"),
            "outcome=+",
            &cpi,
        )
        .await;
    assert!(empty.refused_with("Scrivi un motivo o un esito."));
    // Closed with an outcome: the job centre's access ends.
    let closed = app
        .post_form(
            &format!("/app/desk/referrals/{referral}/close"),
            "outcome=Iscritta+al+corso+di+sartoria",
            &cpi,
        )
        .await;
    assert_eq!(closed.status, 303);
    for path in [
        format!("/app/desk/referrals/{referral}"),
        format!("/api/v1/desk/referrals/{referral}"),
    ] {
        let r = app.get_with(&path, &[("cookie", &cpi)]).await;
        assert_eq!(r.status, 404, "{path} after closing");
    }
    let listed = app
        .get_with("/app/desk/referrals", &[("cookie", &cpi)])
        .await;
    assert!(!listed.text().contains(&referral));
    let outcome = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", social)],
        )
        .await;
    assert!(outcome.text().contains("Iscritta al corso di sartoria"));

    // The package and texts are sealed in the database.
    let sealed = count(
        &app,
        "SELECT COUNT(*) FROM desk_referrals WHERE package LIKE '%Amina%' \
         OR reason LIKE '%Orientamento%' OR outcome LIKE '%sartoria%'",
    )
    .await;
    assert_eq!(sealed, 0);

    // A second referral, then the person withdraws the consent: it closes.
    let again = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &refer,
            social,
        )
        .await;
    let second = location_id(&again, "/app/desk/referrals/");
    let ok = app
        .get_with(
            &format!("/app/desk/referrals/{second}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(ok.status, 200);
    let withdrawn = app
        .post_form(&format!("/app/desk/bases/{basis}/withdraw"), "", social)
        .await;
    assert_eq!(withdrawn.status, 303);
    let gone = app
        .get_with(
            &format!("/app/desk/referrals/{second}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(gone.status, 404);
    let after = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &refer,
            social,
        )
        .await;
    assert_eq!(after.status, 422);
    assert!(after.text().contains("ha revocato"));

    // Who received the data is in the person's access log.
    let audit = count(
        &app,
        &format!(
            "SELECT COUNT(*) FROM audit_log WHERE object_id = '{person}' \
             AND action IN ('desk.referral.send', 'desk.referral.read', 'desk.basis.withdraw')"
        ),
    )
    .await;
    assert!(audit >= 4, "{audit}");
}

#[tokio::test]
async fn ending_access_is_noticed_once_and_transfer_moves_the_record() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let social = &ops[&Profession::SocialWorker].1;
    let cpi = app.cookie("lavoro@demo.crocevia.example").await;
    let cpi_agency = app.agency("Centro per l'impiego di Genova").await;
    let registered = app.post_form("/app/desk/people", PERSON, social).await;
    let person = location_id(&registered, "/app/desk/people/");
    let today = crocevia_domain::desk::calendar::rome_today();
    let recorded = app
        .post_form(
            &format!("/app/desk/people/{person}/bases"),
            &format!(
                "recipient=agency:{}&purpose=employment&basis=public_interest&evidence=act\
                 &given_on={today}&special=on",
                cpi_agency.id
            ),
            social,
        )
        .await;
    assert_eq!(recorded.status, 303, "{}", recorded.text());
    let sent = app
        .post_form(
            &format!("/app/desk/people/{person}/referrals"),
            &format!(
                "to={}&referral_purpose=employment&urgency=routine&days=1\
                 &part=identity&part=vulnerabilities&reason=Inserimento",
                cpi_agency.id
            ),
            social,
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let referral = location_id(&sent, "/app/desk/referrals/");
    let page = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert!(
        page.text().contains("violenza"),
        "special parts under a basis that covers them"
    );

    let state = app.second_server().await;
    assert_eq!(
        crocevia_web::desk::notice_ending_access(&state)
            .await
            .expect("notice"),
        1
    );
    assert_eq!(
        crocevia_web::desk::notice_ending_access(&state)
            .await
            .expect("notice"),
        0,
        "once"
    );
    assert!(
        unread(&app, "lavoro@demo.crocevia.example")
            .await
            .contains(&"referral.expiring".to_owned())
    );
    // The notifications page lists and reads them.
    let notes = app
        .get_with("/app/notifications", &[("cookie", &cpi)])
        .await;
    assert_eq!(notes.status, 200);
    assert!(
        notes
            .text()
            .contains(&format!("/app/desk/referrals/{referral}"))
    );
    assert!(
        unread(&app, "lavoro@demo.crocevia.example")
            .await
            .is_empty()
    );

    // Past its time, the access ends even if the referral is open.
    app.store
        .conn()
        .execute_unprepared("UPDATE desk_referrals SET access_until = created_at")
        .await
        .expect("expire");
    let expired = app
        .get_with(
            &format!("/app/desk/referrals/{referral}"),
            &[("cookie", &cpi)],
        )
        .await;
    assert_eq!(expired.status, 404);

    // Transfer: needs a basis for the recipient and purpose.
    let refused = app
        .post_form(
            &format!("/app/desk/people/{person}/transfer"),
            &format!("transfer_to={}&transfer_purpose=housing", cpi_agency.id),
            social,
        )
        .await;
    assert_eq!(refused.status, 422);
    let moved = app
        .post_form(
            &format!("/app/desk/people/{person}/transfer"),
            &format!("transfer_to={}&transfer_purpose=employment", cpi_agency.id),
            social,
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.text());
    let mine = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", &cpi)])
        .await;
    assert_eq!(mine.status, 200);
    let theirs = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", social)])
        .await;
    assert_eq!(theirs.status, 404);
    assert!(
        unread(&app, "lavoro@demo.crocevia.example")
            .await
            .contains(&"person.transferred".to_owned())
    );
}

#[tokio::test]
async fn break_glass_is_time_limited_read_only_flagged_and_reported() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    // A case worker of the ASL of Novara: another agency.
    let health = &ops[&Profession::HealthOperator].1;
    let registered = app.post_form("/app/desk/people", PERSON, front).await;
    let person = location_id(&registered, "/app/desk/people/");
    let opened = app
        .post_form(&format!("/app/desk/people/{person}/cases"), "", front)
        .await;
    let case = location_id(&opened, "/app/desk/cases/");
    let before = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", health)])
        .await;
    assert_eq!(before.status, 404);

    // The front office has no break-glass permission.
    let form = app
        .get_with("/app/desk/emergency", &[("cookie", front)])
        .await;
    assert_eq!(form.status, 403);
    let short = app
        .post_form(
            "/app/desk/emergency",
            "identifier=HDDMNA94C42Z330E&reason=urgente",
            health,
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.text().contains("almeno 10 caratteri"));
    let unknown = app
        .post_form(
            "/app/desk/emergency",
            "identifier=RSSMRA80A01H501U&reason=Ricovero+in+pronto+soccorso",
            health,
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown
            .text()
            .contains("Nessuna scheda con questo identificativo")
    );
    let opened = app
        .post_form(
            "/app/desk/emergency",
            "identifier=hddmna94c42z330e&reason=Ricovero+in+pronto+soccorso",
            health,
        )
        .await;
    assert_eq!(opened.status, 303, "{}", opened.text());
    assert_eq!(
        opened.header("location"),
        Some(format!("/app/desk/people/{person}").as_str())
    );
    let page = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", health)])
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Accesso di emergenza"));
    assert!(page.text().contains(&case), "the cases too");
    let case_page = app
        .get_with(&format!("/app/desk/cases/{case}"), &[("cookie", health)])
        .await;
    assert_eq!(case_page.status, 200);
    // Read-only.
    let write = app
        .post_form(
            &format!("/app/desk/cases/{case}/notes"),
            "class=general&body=x",
            health,
        )
        .await;
    assert_eq!(write.status, 404);
    let sharing = app
        .get_with(
            &format!("/app/desk/people/{person}/sharing"),
            &[("cookie", health)],
        )
        .await;
    assert_eq!(sharing.status, 404, "no sharing through break-glass");

    // Flagged in the audit log; the coordinator covering Torino is told.
    let flagged = count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'desk.break_glass.%'",
    )
    .await;
    assert!(flagged >= 4, "open, search and reads: {flagged}");
    assert_eq!(
        unread(&app, "coordinamento@demo.crocevia.example").await,
        ["break-glass.opened"]
    );
    // The coordinator reviews it: who, until when, why.
    let coordinator = app.user("coordinamento@demo.crocevia.example").await;
    let glass = app
        .store
        .notifications(coordinator.id, 5)
        .await
        .expect("notifications")[0]
        .object_id;
    let review = app
        .get_with(
            &format!("/app/desk/break-glass/{glass}"),
            &[(
                "cookie",
                &app.cookie("coordinamento@demo.crocevia.example").await,
            )],
        )
        .await;
    assert_eq!(review.status, 200);
    assert!(review.text().contains("Ricovero in pronto soccorso"));
    assert!(review.text().contains("Marco Gallo"));
    let not_reviewer = app
        .get_with(
            &format!("/app/desk/break-glass/{glass}"),
            &[("cookie", health)],
        )
        .await;
    assert_eq!(not_reviewer.status, 404);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM desk_break_glass WHERE reason LIKE '%soccorso%'"
        )
        .await,
        0,
        "the reason is sealed"
    );

    // Time-limited.
    app.store
        .conn()
        .execute_unprepared("UPDATE desk_break_glass SET ends_at = started_at")
        .await
        .expect("expire");
    let after = app
        .get_with(&format!("/app/desk/people/{person}"), &[("cookie", health)])
        .await;
    assert_eq!(after.status, 404);
}
