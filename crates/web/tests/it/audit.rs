//! The hash-chained audit log on this run's backend: concurrent appends keep one
//! chain; edits, removals and re-linking are detected and named.

use crocevia_store::Store;
use crocevia_store::identity::audit::{AuditEvent, ChainBreak};
use crocevia_store::sea_orm::ConnectionTrait;

use crate::helpers::fresh_database;

async fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let (url, _pg) = fresh_database(dir.path()).await;
    let store = Store::connect(&url).await.expect("connect");
    store.migrate().await.expect("migrate");
    (store, dir)
}

fn event(i: usize) -> AuditEvent {
    AuditEvent {
        actor_user: Some(format!("user-{}", i % 3)),
        actor_agency: Some("agency-a".to_owned()),
        action: "desk.person.read".to_owned(),
        object_type: "person".to_owned(),
        object_id: Some(format!("p-{i}")),
        purpose: i.is_multiple_of(2).then(|| "presa in carico".to_owned()),
        request_id: Some(format!("req-{i}")),
    }
}

#[tokio::test]
async fn concurrent_appends_form_one_intact_chain() {
    let (store, _dir) = store().await;
    let empty = store.verify_audit().await.expect("verify");
    assert_eq!((empty.entries, empty.broken), (0, None));
    let tasks: Vec<_> = (0..24)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { store.audit(&event(i)).await })
        })
        .collect();
    let mut seqs = Vec::new();
    for t in tasks {
        seqs.push(t.await.expect("join").expect("append"));
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=24).collect::<Vec<i64>>());
    let report = store.verify_audit().await.expect("verify");
    assert_eq!(report.entries, 24);
    assert_eq!(report.broken, None);
    assert_eq!(report.head.len(), 64);
}

#[tokio::test]
async fn an_edited_entry_is_named() {
    let (store, _dir) = store().await;
    for i in 0..5 {
        store.audit(&event(i)).await.expect("append");
    }
    store
        .conn()
        .execute_unprepared("UPDATE audit_log SET object_id = 'someone-else' WHERE seq = 3")
        .await
        .expect("tamper");
    let report = store.verify_audit().await.expect("verify");
    assert_eq!(report.broken, Some(ChainBreak::Altered { seq: 3 }));
    assert_eq!(report.entries, 2);
}

#[tokio::test]
async fn a_removed_entry_is_named() {
    let (store, _dir) = store().await;
    for i in 0..5 {
        store.audit(&event(i)).await.expect("append");
    }
    store
        .conn()
        .execute_unprepared("DELETE FROM audit_log WHERE seq = 2")
        .await
        .expect("tamper");
    let report = store.verify_audit().await.expect("verify");
    assert_eq!(
        report.broken,
        Some(ChainBreak::Missing {
            expected: 2,
            found: 3
        })
    );
}

#[tokio::test]
async fn a_rehashed_entry_still_breaks_the_link_to_the_next() {
    let (store, _dir) = store().await;
    for i in 0..4 {
        store.audit(&event(i)).await.expect("append");
    }
    // A forger who recomputes entry 2's own hash still breaks entry 3's link.
    let row = store
        .conn()
        .query_one_raw(crocevia_store::sea_orm::Statement::from_string(
            store.conn().get_database_backend(),
            "SELECT at, prev_hash FROM audit_log WHERE seq = 2",
        ))
        .await
        .expect("query")
        .expect("row");
    let at: String = row.try_get("", "at").expect("at");
    let prev: String = row.try_get("", "prev_hash").expect("prev");
    let mut forged = event(1);
    forged.object_id = Some("forged".to_owned());
    let hash = crocevia_store::identity::audit::entry_hash(2, &at, &forged, &prev);
    store
        .conn()
        .execute_unprepared(&format!(
            "UPDATE audit_log SET object_id = 'forged', hash = '{hash}' WHERE seq = 2"
        ))
        .await
        .expect("tamper");
    let report = store.verify_audit().await.expect("verify");
    assert_eq!(report.broken, Some(ChainBreak::Unlinked { seq: 3 }));
}
