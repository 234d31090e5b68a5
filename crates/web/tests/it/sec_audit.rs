//! Security: an audit chain the database's owner cannot rewrite unseen (keyed
//! entries, published heads, an application role that can only append on
//! PostgreSQL).

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
