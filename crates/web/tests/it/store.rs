//! The store on this run's backend: idempotent migrations, network profile.

use crocevia_store::Store;
use crocevia_store::portal::network::NetworkProfile;

use crate::helpers::fresh_database;

#[tokio::test]
async fn migrations_are_idempotent() {
    let dir = tempfile::tempdir().expect("dir");
    let (url, _pg) = fresh_database(dir.path()).await;
    let store = Store::connect(&url).await.expect("connect");
    let first = store.migrate().await.expect("migrate");
    assert!(!first.is_empty());
    let second = store.migrate().await.expect("migrate again");
    assert!(second.is_empty(), "second run applied {second:?}");
    let report = store.migration_report().await.expect("report");
    assert_eq!(report.applied, first);
    assert!(report.pending.is_empty());
}

#[tokio::test]
async fn network_profile_round_trips_and_upserts() {
    let dir = tempfile::tempdir().expect("dir");
    let (url, _pg) = fresh_database(dir.path()).await;
    let store = Store::connect(&url).await.expect("connect");
    store.migrate().await.expect("migrate");
    assert_eq!(store.network_profile().await.expect("read"), None);
    let mut profile = NetworkProfile {
        name: "Rete SOG.NI Liguria".to_owned(),
        region: Some("Regione Liguria".to_owned()),
        ..NetworkProfile::default()
    };
    store.put_network_profile(&profile).await.expect("insert");
    assert_eq!(
        store.network_profile().await.expect("read"),
        Some(profile.clone())
    );
    profile.phone = Some("+39 010 555 0000".to_owned());
    store.put_network_profile(&profile).await.expect("update");
    assert_eq!(store.network_profile().await.expect("read"), Some(profile));
    store.load_demo().await.expect("demo");
    store.load_demo().await.expect("demo again");
    assert!(
        store
            .network_profile()
            .await
            .expect("read")
            .is_some_and(|p| p.is_demo)
    );
}

#[tokio::test]
async fn optimize_runs_on_a_loaded_database() {
    let dir = tempfile::tempdir().expect("dir");
    let (url, _pg) = fresh_database(dir.path()).await;
    let store = Store::connect(&url).await.expect("connect");
    store.migrate().await.expect("migrate");
    store.load_demo().await.expect("demo");
    // The server's scheduled maintenance: twice, as it runs every few hours.
    store.optimize().await.expect("optimize");
    store.optimize().await.expect("optimize again");
    assert!(store.network_profile().await.expect("read").is_some());
}
