//! One way to act: a use case commits its change, its audit entry, its
//! notifications and its mail together or not at all; the audit chain stays
//! whole under many concurrent use cases; mail leaves through the outbox,
//! survives a mail-server outage and a restart, and is sent once by two
//! servers sharing the database.

use std::time::Duration;

use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::mail::MailStatus;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};
use crocevia_store::{Store, StoreError};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use uuid::Uuid;

use crocevia_domain::identity::Profession;

use crate::desk::{location_id, operators};
use crate::helpers::TestApp;

/// One number from a query.
async fn count(store: &Store, sql: &str) -> i64 {
    let backend = store.conn().get_database_backend();
    let row = store
        .conn()
        .query_one_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .expect("query")
        .expect("row");
    row.try_get_by_index::<i64>(0).expect("number")
}

/// A person registered by the demo front office, and their agency.
async fn a_person(app: &TestApp) -> (Uuid, Uuid) {
    let ops = operators(app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let registered = app
        .post_form(
            "/app/desk/people",
            "given_name=Amina&family_name=Haddad&birth=1994-03-02&citizenships=MA",
            front,
        )
        .await;
    assert_eq!(registered.status, 303, "{}", registered.text());
    let person: Uuid = location_id(&registered, "/app/desk/people/")
        .parse()
        .expect("id");
    (person, agency_of(&app.store, person).await)
}

/// The agency that owns a person's record.
async fn agency_of(store: &Store, person: Uuid) -> Uuid {
    use crocevia_store::sea_orm::EntityTrait;
    crocevia_store::desk::entities::person::Entity::find_by_id(person)
        .one(store.conn())
        .await
        .expect("read")
        .expect("row")
        .agency_id
}

#[tokio::test]
async fn a_failure_between_a_change_and_its_audit_entry_leaves_neither() {
    let app = TestApp::spawn().await;
    let (person, owner) = a_person(&app).await;
    let to = app.agency("Centro per l'impiego di Genova").await.id;
    assert_ne!(owner, to);
    let audit_before = count(&app.store, "SELECT COUNT(*) FROM audit_log").await;
    let notices_before = count(&app.store, "SELECT COUNT(*) FROM notifications").await;
    let mail_before = count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await;
    // A server without the audit key cannot append to a keyed log: its
    // append fails after the change was made in the same transaction.
    let keyless = Store::connect(&app.url).await.expect("connect");
    let lavoro = app.user("lavoro@demo.crocevia.example").await.id;
    let trail = Trail::new(
        AuditEvent::new("desk.person.transfer", "person", Some(person.to_string())).by(lavoro),
    )
    .notify([lavoro], "person.transferred", ("person", person));
    let failed = keyless.transfer_person(person, to, &trail).await;
    assert!(
        matches!(failed, Err(StoreError::NoAuditKey)),
        "the audit append fails: {failed:?}"
    );
    assert_eq!(
        agency_of(&app.store, person).await,
        owner,
        "the transfer was rolled back"
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM audit_log").await,
        audit_before
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM notifications").await,
        notices_before,
        "nobody is told of what did not happen"
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await,
        mail_before
    );
    // The same use case with the key commits all of it.
    app.store
        .transfer_person(person, to, &trail)
        .await
        .expect("transfer");
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM audit_log").await,
        audit_before + 1
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await,
        mail_before + 1
    );
    assert_eq!(agency_of(&app.store, person).await, to);
    assert_eq!(app.store.verify_audit().await.expect("verify").broken, None);
}

/// An invitation is the account, its role and its link together: a failure
/// after the account was written leaves no account behind (which would
/// otherwise block a second invitation of the same email).
#[tokio::test]
async fn an_invitation_is_made_whole_or_not_at_all() {
    use crocevia_domain::Lang;
    use crocevia_domain::identity::{Email, Profession, Scope};
    use crocevia_store::identity::invitations::Invitation;
    use crocevia_store::identity::users::NewUser;
    let app = TestApp::spawn().await;
    operators(&app).await;
    let admin = app.user("admin@demo.crocevia.example").await.id;
    let agency = app.agency("Centro per l'impiego di Genova").await.id;
    let role = app.store.roles().await.expect("roles")[0].0;
    let email = Email::parse("nuova.operatrice@example.org").expect("email");
    let new = NewUser {
        email: email.clone(),
        display_name: "Nuova Operatrice".to_owned(),
        profession: Profession::SocialWorker,
        ui_lang: Lang::It,
        password_hash: None,
    };
    let invitation = Invitation {
        user: &new,
        role,
        agency,
        scope: &Scope::OwnAgency,
        pending_by: None,
    };
    let trail = |user: &crocevia_store::identity::users::User, _| {
        Trail::new(
            AuditEvent::new("identity.user.invite", "user", Some(user.id.to_string())).by(admin),
        )
    };
    let mail_before = count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await;
    let keyless = Store::connect(&app.url).await.expect("connect");
    let failed = keyless.invite_user(&invitation, str::to_owned, trail).await;
    assert!(matches!(failed, Err(StoreError::NoAuditKey)), "{failed:?}");
    assert!(
        app.store
            .user_by_email(&email)
            .await
            .expect("read")
            .is_none()
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await,
        mail_before
    );
    let user = app
        .store
        .invite_user(&invitation, str::to_owned, trail)
        .await
        .expect("invited");
    assert_eq!(app.store.grants_of(user.id).await.expect("grants").len(), 1);
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await,
        mail_before + 1
    );
    let again = app
        .store
        .invite_user(&invitation, str::to_owned, trail)
        .await;
    assert!(
        matches!(again, Err(StoreError::Conflict("email"))),
        "{again:?}"
    );
}

/// A use case refused by the store says why in a type the caller can match,
/// and writes nothing: the row is gone, the value is taken, the input breaks
/// a rule the store keeps.
#[tokio::test]
async fn the_store_says_why_it_refuses_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let (person, owner) = a_person(&app).await;
    let lavoro = app.user("lavoro@demo.crocevia.example").await.id;
    let cipher = crocevia_domain::crypto::FieldCipher::new(&crate::helpers::FIELD_KEY);
    let audit_before = count(&app.store, "SELECT COUNT(*) FROM audit_log").await;
    let booked_before = count(&app.store, "SELECT COUNT(*) FROM desk_appointments").await;
    let trail = Trail::new(AuditEvent::new("desk.person.merge", "person", None).by(lavoro));
    let gone = Uuid::now_v7();
    let merged = app.store.merge_people(person, gone, &cipher, &trail).await;
    assert!(
        matches!(&merged, Err(StoreError::NotFound(what)) if *what == format!("person {gone}")),
        "{merged:?}"
    );
    let elsewhere = app.agency("Centro per l'impiego di Genova").await.id;
    assert_ne!(owner, elsewhere);
    let input = crocevia_store::desk::AppointmentInput {
        operator_id: None,
        person_id: Some(person),
        outreach_id: None,
        starts: chrono::NaiveDate::from_ymd_opt(2026, 12, 9)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("time"),
        minutes: 30,
        purpose: "Rinnovo".to_owned(),
    };
    let booked = app
        .store
        .book(elsewhere, &input, lavoro, &cipher, &trail)
        .await;
    assert!(matches!(booked, Err(StoreError::Invalid(_))), "{booked:?}");
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM audit_log").await,
        audit_before,
        "nothing refused is audited as done"
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM desk_appointments").await,
        booked_before
    );
}

#[tokio::test]
async fn many_concurrent_use_cases_on_two_servers_keep_one_intact_chain() {
    let app = TestApp::spawn().await;
    operators(&app).await;
    let other = app.second_server().await;
    let before = count(&app.store, "SELECT COUNT(*) FROM audit_log").await;
    let user = app.user("lavoro@demo.crocevia.example").await.id;
    let tasks: Vec<_> = (0..40)
        .map(|i| {
            let store = if i % 2 == 0 {
                app.store.clone()
            } else {
                other.store().clone()
            };
            tokio::spawn(async move {
                let object = Uuid::now_v7();
                let trail = Trail::new(
                    AuditEvent::new("test.act", "thing", Some(object.to_string())).by(user),
                )
                .and(AuditEvent::new(
                    "test.act.second",
                    "thing",
                    Some(object.to_string()),
                ))
                .notify([user], "referral.received", ("referral", object));
                store.record(&trail).await
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("join").expect("use case");
    }
    let report = app.store.verify_audit().await.expect("verify");
    assert_eq!(report.broken, None);
    assert_eq!(i64::try_from(report.entries).expect("fits"), before + 80);
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM notifications").await,
        40
    );
    assert_eq!(
        count(&app.store, "SELECT COUNT(*) FROM mail_outbox").await,
        40
    );
}

#[tokio::test]
async fn two_servers_send_each_mail_once() {
    let app = TestApp::spawn().await;
    operators(&app).await;
    let a = app.second_server().await;
    let b = app.second_server().await;
    let user = app.user("lavoro@demo.crocevia.example").await.id;
    for _ in 0..30 {
        let trail =
            Trail::unrecorded().notify([user], "referral.received", ("referral", Uuid::now_v7()));
        app.store.record(&trail).await.expect("queue");
    }
    let (sent_a, sent_b) = tokio::join!(
        crocevia_web::mail::outbox::deliver_due(&a, Uuid::now_v7()),
        crocevia_web::mail::outbox::deliver_due(&b, Uuid::now_v7()),
    );
    let (sent_a, sent_b) = (sent_a.expect("a"), sent_b.expect("b"));
    assert_eq!(sent_a + sent_b, 30, "{sent_a} + {sent_b}");
    assert_eq!(app.mails().len(), 30, "one file per mail");
    assert_eq!(app.store.mail_counts().await.expect("counts").pending, 0);
}

/// A mail server that accepts every message and keeps what it received.
async fn smtp_server(
    listener: tokio::net::TcpListener,
) -> tokio::sync::mpsc::UnboundedReceiver<String> {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.ok()?;
                let mut message = String::new();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            tx.send(std::mem::take(&mut message)).ok()?;
                            write.write_all(b"250 queued\r\n").await.ok()?;
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let verb = line
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.ok()?;
                            return Some(());
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.ok()?;
                }
                Some(())
            });
        }
    });
    rx
}

#[tokio::test]
async fn mail_survives_a_mail_server_outage_and_a_restart() {
    let app = TestApp::spawn().await;
    operators(&app).await;
    // A port with nobody listening: the mail server is down.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let smtp =
        || crocevia_web::mail::Mailer::smtp(&format!("smtp://127.0.0.1:{port}")).expect("url");
    let first = app.server_with_mailer(smtp()).await;
    let user = app.user("lavoro@demo.crocevia.example").await;
    let referral = Uuid::now_v7();
    let trail = Trail::unrecorded().notify([user.id], "referral.received", ("referral", referral));
    app.store.record(&trail).await.expect("queue");

    let worker = Uuid::now_v7();
    let sent = crocevia_web::mail::outbox::deliver_due(&first, worker)
        .await
        .expect("deliver");
    assert_eq!(sent, 0, "the server is down");
    let queued = app.store.undelivered_mail(10).await.expect("queue");
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].status, MailStatus::Pending);
    assert_eq!(queued[0].attempts, 1);
    assert_eq!(queued[0].last_error.as_deref(), Some("connection failed"));
    assert!(queued[0].next_at > chrono::Utc::now(), "tried again later");

    // The administrator sees it waiting, and why, never its text.
    let admin = app.cookie("admin@demo.crocevia.example").await;
    let page = app.get_with("/app/admin/mail", &[("cookie", &admin)]).await;
    assert_eq!(page.status, 200);
    let page = page.text();
    assert!(
        page.contains("Il server di posta non è raggiungibile."),
        "{page}"
    );
    assert!(page.contains(user.email.as_str()));
    assert!(!page.contains(&referral.to_string()), "no link, no body");
    let front = app.cookie("frontoffice@demo.crocevia.example").await;
    let refused = app.get_with("/app/admin/mail", &[("cookie", &front)]).await;
    assert_eq!(refused.status, 403);

    // The first server stops; a new one starts and the mail server is back.
    drop(first);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .expect("rebind");
    let mut received = smtp_server(listener).await;
    let restarted = app.server_with_mailer(smtp()).await;
    let worker = crocevia_web::mail::outbox::spawn_outbox(restarted.clone());
    let message = tokio::time::timeout(Duration::from_secs(20), received.recv())
        .await
        .expect("delivered after the wait")
        .expect("a message");
    // The worker records the delivery right after the server's answer.
    for _ in 0..100 {
        if app.store.mail_counts().await.expect("counts").sent_today == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.abort();
    // Quoted-printable soft breaks joined.
    let message = message.replace("=\n", "");
    assert!(
        message.contains(&referral.to_string()),
        "it links to the referral: {message}"
    );
    assert!(message.contains(user.email.as_str()));
    let counts = app.store.mail_counts().await.expect("counts");
    assert_eq!(
        (counts.pending, counts.failed, counts.sent_today),
        (0, 0, 1)
    );
    assert!(
        tokio::time::timeout(Duration::from_millis(500), received.recv())
            .await
            .is_err(),
        "sent once"
    );
}

#[tokio::test]
async fn a_mail_given_up_is_sent_again_by_an_administrator() {
    let app = TestApp::spawn().await;
    operators(&app).await;
    let server = app
        .server_with_mailer(crocevia_web::mail::Mailer::smtp("smtp://127.0.0.1:9").expect("url"))
        .await;
    let user = app.user("lavoro@demo.crocevia.example").await.id;
    app.store
        .record(&Trail::unrecorded().notify(
            [user],
            "referral.received",
            ("referral", Uuid::now_v7()),
        ))
        .await
        .expect("queue");
    let worker = Uuid::now_v7();
    // Every attempt fails; the worker gives up after the last.
    for _ in 0..crocevia_web::mail::outbox::MAX_ATTEMPTS {
        let backend = app.store.conn().get_database_backend();
        app.store
            .conn()
            .execute_raw(Statement::from_string(
                backend,
                "UPDATE mail_outbox SET next_at = created_at".to_owned(),
            ))
            .await
            .expect("due now");
        crocevia_web::mail::outbox::deliver_due(&server, worker)
            .await
            .expect("deliver");
    }
    let failed = app.store.undelivered_mail(10).await.expect("queue");
    assert_eq!(failed[0].status, MailStatus::Failed);
    let admin = app.cookie("admin@demo.crocevia.example").await;
    let page = app
        .get_with("/app/admin/mail", &[("cookie", &admin)])
        .await
        .text();
    assert!(page.contains("Invia di nuovo"), "{page}");
    let retry = app
        .post_form(
            &format!("/app/admin/mail/{}/retry", failed[0].id),
            "",
            &admin,
        )
        .await;
    assert_eq!(retry.status, 303);
    // The test server's mailer writes files: delivered after the request.
    assert_eq!(app.mails().len(), 1);
    let again = app
        .post_form(
            &format!("/app/admin/mail/{}/retry", failed[0].id),
            "",
            &admin,
        )
        .await;
    assert_eq!(again.status, 404, "only a failed mail is sent again");
    let audit = app
        .store
        .search_audit(
            &crocevia_store::identity::audit::AuditQuery {
                object_type: Some("mail".to_owned()),
                ..Default::default()
            },
            10,
        )
        .await
        .expect("audit");
    assert_eq!(audit.len(), 1, "the retry is audited");
}

#[tokio::test]
async fn the_store_opens_a_person_only_with_the_clearance_of_its_agency() {
    use crocevia_domain::desk::access::clearance;
    use crocevia_domain::identity::{Grant, Scope, Subject, Target, perm};
    let app = TestApp::spawn().await;
    let (person, owner) = a_person(&app).await;
    let other = app.agency("Centro per l'impiego di Genova").await;
    let cipher = crocevia_domain::crypto::FieldCipher::new(&crate::helpers::FIELD_KEY);
    let reader_of = |agency: Uuid| Subject {
        grants: vec![Grant {
            agency: agency.to_string(),
            permissions: [perm::DESK_PERSON_READ].into_iter().collect(),
            scope: Scope::OwnAgency,
        }],
        second_factor: true,
    };
    let target = |agency: &crocevia_store::identity::access::Agency| Target::Owned {
        agency: agency.id.to_string(),
        territory: agency.territory.clone(),
    };
    let owning = app
        .store
        .agency(owner)
        .await
        .expect("read")
        .expect("agency");
    let own = clearance(
        &reader_of(owner),
        perm::DESK_PERSON_READ,
        &target(&owning),
        false,
    )
    .expect("cleared for its own agency");
    assert!(
        app.store
            .person(person, &own, &cipher)
            .await
            .expect("read")
            .is_some()
    );
    let foreign = clearance(
        &reader_of(other.id),
        perm::DESK_PERSON_READ,
        &target(&other),
        false,
    )
    .expect("cleared for the other agency");
    assert!(
        app.store
            .person(person, &foreign, &cipher)
            .await
            .expect("read")
            .is_none(),
        "another agency's clearance does not open the person"
    );
    assert!(
        clearance(
            &reader_of(other.id),
            perm::DESK_PERSON_READ,
            &target(&owning),
            false
        )
        .is_none(),
        "no clearance without the grant"
    );
}
