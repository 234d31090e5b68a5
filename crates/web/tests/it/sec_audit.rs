//! Security: an audit chain the database's owner cannot rewrite unseen (keyed
//! entries, published heads, an application role that can only append on
//! PostgreSQL), and editors who edit only within their scope.

use crocevia_store::identity::audit::{AuditEvent, AuditHead, ChainBreak, entry_hash};
use crocevia_store::sea_orm::{ConnectionTrait, Statement};
use crocevia_store::{DatabaseUrl, Store};

use crate::helpers::{audit_key, fresh_database, on_postgres};

/// A migrated database and two stores on it: one with the audit key, one
/// without (as every store was before the key existed).
async fn stores() -> (Store, Store, DatabaseUrl, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let (url, _pg) = fresh_database(dir.path()).await;
    let plain = Store::connect(&url).await.expect("connect");
    plain.migrate().await.expect("migrate");
    let keyed = Store::connect(&url)
        .await
        .expect("connect")
        .with_audit_key(audit_key());
    (keyed, plain, url, dir)
}

fn event(i: usize) -> AuditEvent {
    AuditEvent::new("desk.person.read", "person", Some(format!("p-{i}")))
        .by(format!("user-{}", i % 2))
        .for_agency("agency-a")
}

/// What a forger with write access to the database, but not the key, does:
/// edits entry `from`, then recomputes every link from there to `to` with the
/// plain SHA-256 of the original chain, marking the rows `chain`.
async fn rechain_plain(store: &Store, (from, to): (i64, i64), chain: i32) {
    let rows = store
        .search_audit(&Default::default(), 1000)
        .await
        .expect("read");
    let mut rows: Vec<_> = rows.into_iter().filter(|r| r.seq >= from - 1).collect();
    rows.sort_by_key(|r| r.seq);
    let mut prev = rows
        .first()
        .filter(|r| r.seq < from)
        .map(|r| r.hash.clone())
        .unwrap_or_else(|| crocevia_store::identity::audit::GENESIS.to_owned());
    for row in rows.iter().filter(|r| (from..=to).contains(&r.seq)) {
        let mut e = AuditEvent::from(row);
        if row.seq == from {
            e.object_id = Some("someone-else".to_owned());
        }
        let hash = entry_hash(row.seq, &row.at, &e, &prev);
        store
            .conn()
            .execute_raw(Statement::from_sql_and_values(
                store.conn().get_database_backend(),
                match store.backend() {
                    crocevia_store::Backend::Sqlite => {
                        "UPDATE audit_log SET object_id = ?, prev_hash = ?, hash = ?, chain = ? \
                         WHERE seq = ?"
                    }
                    crocevia_store::Backend::Postgres => {
                        "UPDATE audit_log SET object_id = $1, prev_hash = $2, hash = $3, \
                         chain = $4 WHERE seq = $5"
                    }
                },
                [
                    e.object_id.clone().into(),
                    prev.clone().into(),
                    hash.clone().into(),
                    chain.into(),
                    row.seq.into(),
                ],
            ))
            .await
            .expect("forge");
        prev = hash;
    }
}

#[tokio::test]
async fn audit_a_row_rewritten_and_rechained_with_plain_sha256_is_detected() {
    let (keyed, _plain, _url, _dir) = stores().await;
    for i in 0..5 {
        keyed.audit(&event(i)).await.expect("append");
    }
    let intact = keyed.verify_audit().await.expect("verify");
    assert_eq!((intact.entries, intact.legacy, intact.broken), (5, 0, None));

    // Before the key, this forgery verified: every link recomputed.
    rechain_plain(&keyed, (3, 5), 2).await;
    let report = keyed.verify_audit().await.expect("verify");
    assert_eq!(report.broken, Some(ChainBreak::BadMac { seq: 3 }));
    assert_eq!(report.entries, 2);

    // Marking the forged rows as written before the key does not help.
    rechain_plain(&keyed, (3, 5), 1).await;
    let report = keyed.verify_audit().await.expect("verify");
    assert_eq!(report.broken, Some(ChainBreak::Downgraded { seq: 3 }));
}

#[tokio::test]
async fn audit_a_cut_tail_is_detected_against_a_published_head() {
    let (keyed, _plain, _url, _dir) = stores().await;
    for i in 0..6 {
        keyed.audit(&event(i)).await.expect("append");
    }
    let head = keyed.audit_head().await.expect("head");
    assert_eq!(head.seq, 6);
    assert_eq!(head.to_string().parse::<AuditHead>(), Ok(head.clone()));
    let report = keyed
        .verify_audit_against(std::slice::from_ref(&head))
        .await
        .expect("verify");
    assert_eq!(report.head(), head);
    assert_eq!((report.broken, report.heads_checked), (None, 1));

    keyed
        .conn()
        .execute_unprepared("DELETE FROM audit_log WHERE seq > 4")
        .await
        .expect("cut");
    assert_eq!(
        keyed.verify_audit().await.expect("verify").broken,
        None,
        "no chain alone shows a cut tail"
    );
    let report = keyed
        .verify_audit_against(std::slice::from_ref(&head))
        .await
        .expect("verify");
    assert_eq!(
        report.broken,
        Some(ChainBreak::Truncated { seq: 6, last: 4 })
    );

    // New entries after the cut fill the positions, not the published link.
    for i in 0..3 {
        keyed.audit(&event(10 + i)).await.expect("append");
    }
    let report = keyed.verify_audit_against(&[head]).await.expect("verify");
    assert_eq!(report.broken, Some(ChainBreak::HeadMismatch { seq: 6 }));
}

#[tokio::test]
async fn audit_an_old_plain_chain_still_verifies_and_is_sealed_by_keyed_entries() {
    let (keyed, plain, _url, _dir) = stores().await;
    // Written before the audit key existed.
    for i in 0..3 {
        plain.audit(&event(i)).await.expect("append");
    }
    assert_eq!(plain.verify_audit().await.expect("verify").broken, None);
    // What `crocevia` records outside the database when it first has the key.
    let legacy = keyed.audit_legacy_end().await.expect("legacy");
    assert_eq!(legacy, 3);
    let keyed = keyed.with_audit_legacy_until(legacy);
    for i in 3..5 {
        keyed.audit(&event(i)).await.expect("append");
    }
    let report = keyed.verify_audit().await.expect("verify");
    assert_eq!(
        (report.entries, report.legacy, report.broken),
        (5, 3, None),
        "old entries verify as written"
    );
    assert!(
        plain.audit(&event(9)).await.is_err(),
        "a process without the key cannot append to a keyed log"
    );
    assert_eq!(
        plain.verify_audit().await.expect("verify").broken,
        Some(ChainBreak::NoKey { seq: 4 })
    );
    // Re-chaining the old entries breaks the first keyed entry's link.
    rechain_plain(&keyed, (2, 3), 1).await;
    assert_eq!(
        keyed.verify_audit().await.expect("verify").broken,
        Some(ChainBreak::Unlinked { seq: 4 })
    );
}

#[tokio::test]
async fn audit_a_log_cut_back_and_rewritten_as_old_entries_is_detected() {
    let (keyed, _plain, _url, _dir) = stores().await;
    for i in 0..4 {
        keyed.audit(&event(i)).await.expect("append");
    }
    // Every entry rewritten with plain SHA-256, as if from before the key:
    // the chain alone cannot tell...
    rechain_plain(&keyed, (1, 4), 1).await;
    assert_eq!(keyed.verify_audit().await.expect("verify").broken, None);
    // ...the position recorded outside the database when the key was first
    // used (none were plain) can.
    let keyed = keyed.with_audit_legacy_until(0);
    assert_eq!(
        keyed.verify_audit().await.expect("verify").broken,
        Some(ChainBreak::Downgraded { seq: 1 })
    );
}

/// The admin connection's URL with another user.
fn as_user(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("scheme");
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{user}:{password}@{host}")
}

#[tokio::test]
async fn audit_an_application_role_without_update_or_delete_can_only_append() {
    if !on_postgres() {
        // SQLite has no roles: the database file is private to the service's
        // user (data directory 0700), and the audit key outside it plus the
        // published heads make any rewrite by that user detectable.
        eprintln!("skipped on SQLite: no roles");
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let (url, pg) = fresh_database(dir.path()).await;
    let (_admin, database) = pg.expect("postgres");
    let owner = Store::connect(&url)
        .await
        .expect("connect")
        .with_audit_key(audit_key());
    owner.migrate().await.expect("migrate");
    owner.audit(&event(0)).await.expect("append");
    // What the README asks of a deployment: the schema's owner migrates, the
    // application's role reads and writes but cannot rewrite the audit log.
    let role = format!("crocevia_app_{}", uuid::Uuid::now_v7().simple());
    owner
        .conn()
        .execute_unprepared(&format!(
            "CREATE ROLE {role} LOGIN PASSWORD 'app-password';
             GRANT CONNECT ON DATABASE \"{database}\" TO {role};
             GRANT USAGE ON SCHEMA public TO {role};
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
             REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role};"
        ))
        .await
        .expect("role");
    let app_url = DatabaseUrl::parse(&as_user(url.expose(), &role, "app-password")).expect("url");
    let app = Store::connect(&app_url)
        .await
        .expect("connect as the application")
        .with_audit_key(audit_key());
    if let Err(e) = app.migrate().await {
        panic!("`serve` migrates at start: nothing to do, no rights needed: {e}");
    }
    assert_eq!(app.audit(&event(1)).await.expect("append"), 2);
    for sql in [
        "UPDATE audit_log SET object_id = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 2",
        "TRUNCATE audit_log",
    ] {
        let err = app
            .conn()
            .execute_unprepared(sql)
            .await
            .expect_err("refused");
        assert!(
            err.to_string().contains("permission denied"),
            "{sql}: {err}"
        );
    }
    let report = app.verify_audit().await.expect("verify");
    assert_eq!((report.entries, report.broken), (2, None));
    app.close().await.expect("close");
    owner
        .conn()
        .execute_unprepared(&format!("DROP OWNED BY {role}; DROP ROLE {role};"))
        .await
        .expect("drop role");
}

/// A demo app with the directory, and the session of an editor of Comune di
/// Torino only (the demo's own editor works network-wide).
async fn torino_editor() -> (crate::helpers::TestApp, String, String) {
    let app = crate::helpers::TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    app.store.load_demo_directory().await.expect("directory");
    let torino = app.agency("Comune di Torino").await.id;
    let editor = crate::access::local_editor(&app, torino).await;
    let local = cookie_of(&app, editor).await;
    let network = app.cookie("redazione@demo.crocevia.example").await;
    (app, local, network)
}

async fn cookie_of(app: &crate::helpers::TestApp, user: uuid::Uuid) -> String {
    let token = app
        .store
        .create_session(user, true, &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("session");
    format!("crocevia_session={token}")
}

/// The first service (by id) owned by the agency whose name starts so.
async fn service_of(app: &crate::helpers::TestApp, agency: &str) -> String {
    use crocevia_store::directory::hsds::Kind;
    let agency = app.agency(agency).await.id;
    let mut ids: Vec<String> = app
        .store
        .directory_owners(Kind::Service)
        .await
        .expect("owners")
        .into_iter()
        .filter(|(_, a)| *a == agency)
        .map(|(id, _)| id)
        .collect();
    ids.sort();
    ids.into_iter().next().expect("a service of the agency")
}

fn service_form(name: &str, agency: Option<uuid::Uuid>) -> String {
    let owner = agency.map(|a| format!("&agency={a}")).unwrap_or_default();
    format!(
        "name={name}&organization=Comune di Torino (demo)&status=active&city=torino\
         &languages=it&free=yes&category=legal-permits{owner}"
    )
}

async fn service_name(app: &crate::helpers::TestApp, id: &str) -> String {
    use crocevia_store::directory::hsds::Kind;
    let record = app
        .store
        .directory_record(Kind::Service, id)
        .await
        .expect("read")
        .expect("service");
    record["name"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn scope_a_torino_editor_edits_torino_services_and_not_genova_ones() {
    let (app, local, _network) = torino_editor().await;
    let torino = app.agency("Comune di Torino").await.id;
    let genova = app.agency("Centro per l'impiego di Genova").await.id;
    let (ts, gs) = (
        service_of(&app, "Comune di Torino").await,
        service_of(&app, "Centro per l'impiego di Genova").await,
    );
    let genova_name = service_name(&app, &gs).await;

    // Genova's service: refused on the page, the save and "checked today";
    // nothing is written, not even the audit log.
    let version = app.store.directory_version().await.expect("version");
    let audited = app.store.audit_head().await.expect("head");
    let page = format!("/app/directory/services/{gs}");
    assert_eq!(app.get_with(&page, &[("cookie", &local)]).await.status, 403);
    let r = app
        .post_form(&page, &service_form("Preso (demo)", Some(torino)), &local)
        .await;
    assert_eq!(r.status, 403);
    for path in [format!("{page}/verify"), format!("{page}/translations")] {
        let r = app
            .post_form(&path, "lang=en&name=Taken (demo)", &local)
            .await;
        assert_eq!(r.status, 403, "{path}");
    }
    assert_eq!(service_name(&app, &gs).await, genova_name);
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );
    assert_eq!(app.store.audit_head().await.expect("head"), audited);
    let list = app.get_with("/app/directory", &[("cookie", &local)]).await;
    assert_eq!(list.status, 200);
    assert!(
        list.text()
            .contains(&format!("/app/directory/services/{ts}"))
    );
    assert!(
        !list.text().contains(&gs),
        "the list shows only what the editor may change"
    );

    // Torino's own: edited, and it stays Torino's.
    let page = format!("/app/directory/services/{ts}");
    let form = app.get_with(&page, &[("cookie", &local)]).await;
    assert_eq!(form.status, 200);
    assert!(
        form.text()
            .contains(&format!("value=\"{torino}\" selected"))
    );
    let r = app
        .post_form(
            &page,
            &service_form("Rinominato (demo)", Some(torino)),
            &local,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(service_name(&app, &ts).await, "Rinominato (demo)");
    // ...but cannot be handed to Genova nor to the network.
    let owner = app
        .store
        .directory_owner(crocevia_store::directory::hsds::Kind::Service, &ts)
        .await
        .expect("owner");
    assert_eq!(owner, Some(Some(torino)));
    for body in [
        service_form("Ceduto (demo)", Some(genova)),
        service_form("Ceduto (demo)", None) + "&agency=network",
    ] {
        let r = app.post_form(&page, &body, &local).await;
        assert_eq!(r.status, 422, "{body}");
        assert!(r.text().contains("id=\"agency-error\""));
    }
    assert_eq!(service_name(&app, &ts).await, "Rinominato (demo)");

    // A new service is Torino's; Genova's organization stays out of reach.
    let r = app
        .post_form(
            "/app/directory/services/new",
            &service_form("Nuovo sportello (demo)", None),
            &local,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let id = r
        .header("location")
        .expect("location")
        .trim_start_matches("/app/directory/services/")
        .trim_end_matches("?saved=1")
        .to_owned();
    assert_eq!(
        app.store
            .directory_owner(crocevia_store::directory::hsds::Kind::Service, &id)
            .await
            .expect("owner"),
        Some(Some(torino))
    );
}

#[tokio::test]
async fn scope_a_network_editor_still_edits_everything_and_gives_records_away() {
    let (app, _local, network) = torino_editor().await;
    let genova = app.agency("Centro per l'impiego di Genova").await.id;
    let ts = service_of(&app, "Comune di Torino").await;
    let page = format!("/app/directory/services/{ts}");
    let r = app
        .post_form(
            &page,
            &service_form("Passato (demo)", Some(genova)),
            &network,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(
        app.store
            .directory_owner(crocevia_store::directory::hsds::Kind::Service, &ts)
            .await
            .expect("owner"),
        Some(Some(genova))
    );
}

#[tokio::test]
async fn scope_a_non_network_editor_cannot_edit_a_guide_or_glossary_entry() {
    let (app, local, network) = torino_editor().await;
    app.store.load_demo_guides().await.expect("guides");
    let guide = app.store.guides().await.expect("guides")[0].row.id.clone();
    let concept = app.store.concepts().await.expect("concepts")[0]
        .row
        .id
        .clone();
    let before = (
        app.store.guides().await.expect("guides").len(),
        app.store.audit_head().await.expect("head"),
    );
    for (path, body) in [
        (format!("/app/guides/{guide}"), None),
        (
            format!("/app/guides/{guide}"),
            Some("slug=preso&title=Preso"),
        ),
        (format!("/app/guides/{guide}/status"), Some("to=archived")),
        ("/app/guides/new".to_owned(), Some("slug=nuova&title=Nuova")),
        (format!("/app/glossary/{concept}"), None),
        (
            format!("/app/glossary/{concept}"),
            Some("slug=preso&term=Preso"),
        ),
        (
            "/app/glossary/new".to_owned(),
            Some("slug=nuovo&term=Nuovo"),
        ),
        (
            format!("/app/translate/guide/{guide}/ar"),
            Some("t:title=x"),
        ),
        (
            format!("/app/translate/concept/{concept}/ar"),
            Some("t:term=x"),
        ),
    ] {
        let r = match body {
            Some(body) => app.post_form(&path, body, &local).await,
            None => app.get_with(&path, &[("cookie", &local)]).await,
        };
        assert_eq!(r.status, 403, "{path} {body:?}");
    }
    assert_eq!(
        (
            app.store.guides().await.expect("guides").len(),
            app.store.audit_head().await.expect("head"),
        ),
        before,
        "nothing written"
    );
    let home = app.get_with("/app/", &[("cookie", &local)]).await.text();
    assert!(home.contains("/app/directory") && !home.contains("/app/guides"));
    // The network's editor still edits them.
    let r = app
        .get_with(&format!("/app/guides/{guide}"), &[("cookie", &network)])
        .await;
    assert_eq!(r.status, 200);
    let r = app
        .get_with(&format!("/app/glossary/{concept}"), &[("cookie", &network)])
        .await;
    assert_eq!(r.status, 200);
}
