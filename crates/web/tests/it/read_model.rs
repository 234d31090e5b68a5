//! The directory's read model after writes (issue 19, item 8): brought up to
//! date from the rows a write changed, it equals a model built anew from the
//! whole directory, on both databases.

use crocevia_store::Store;
use crocevia_store::directory::Translation;
use crocevia_store::directory::hsds::{Kind, Records};
use crocevia_store::directory::read::{Query, ReadModel};
use serde_json::{Map, Value, json};

use crate::helpers::{Options, TestApp};

async fn record(store: &Store, kind: Kind, id: &str) -> Map<String, Value> {
    store
        .directory_record(kind, id)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("{id} stored"))
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// What a person or a client can observe of a model: its listings, services,
/// languages and records, and the answers to a few queries.
fn observed(model: &ReadModel) -> String {
    let queries = [
        Query::default(),
        Query {
            language: Some("ar".to_owned()),
            ..Query::default()
        },
        Query {
            text: Some("crocevia".to_owned()),
            ..Query::default()
        },
        Query {
            municipality: Some("001272".to_owned()),
            ..Query::default()
        },
        Query {
            category: Some("health".to_owned()),
            free: true,
            ..Query::default()
        },
    ];
    let answers: Vec<Vec<&str>> = queries
        .iter()
        .map(|q| {
            model
                .search(q)
                .iter()
                .map(|h| h.listing.sal_id.as_str())
                .collect()
        })
        .collect();
    let centre = model.centre_of("001272");
    format!(
        "{:#?}\n{:#?}\n{:?}\n{:#?}\n{answers:?}\n{centre:?}",
        model.listings, model.services, model.spoken, model.snapshot
    )
}

/// Brings `model` up to date from the changed rows and checks it against a
/// model built from the whole directory.
async fn updated(store: &Store, model: &ReadModel, step: &str) -> ReadModel {
    let (snapshot, changes) = store
        .directory_since(&model.snapshot)
        .await
        .expect("read the changes")
        .expect("a few rows changed");
    let next = model.update(snapshot, &changes);
    let whole = ReadModel::build(store.directory_snapshot().await.expect("snapshot"));
    assert_eq!(next.version(), whole.version(), "{step}: version");
    let (a, b) = (observed(&next), observed(&whole));
    if a != b {
        let line = a
            .lines()
            .zip(b.lines())
            .position(|(x, y)| x != y)
            .unwrap_or_default();
        panic!(
            "{step}: the updated model differs from a new one at line {line}:\n{}\n--- new:\n{}",
            a.lines().skip(line).take(5).collect::<Vec<_>>().join("\n"),
            b.lines().skip(line).take(5).collect::<Vec<_>>().join("\n"),
        );
    }
    next
}

async fn write(store: &Store, records: Records) {
    store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("write");
}

#[tokio::test]
async fn the_model_updated_after_each_write_equals_one_built_anew() {
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    let store = &app.store;
    store.load_demo_directory().await.expect("demo");
    let mut model = ReadModel::build(store.directory_snapshot().await.expect("snapshot"));
    let first = model
        .listings
        .iter()
        .find(|l| l.location_id.is_some())
        .expect("a listing with a place")
        .clone();
    let other = model
        .listings
        .iter()
        .find(|l| l.location_id.is_some() && l.location_id != first.location_id)
        .expect("a listing elsewhere")
        .clone();
    let service = record(store, Kind::Service, &first.service_id).await;
    let org_id = service["organization_id"]
        .as_str()
        .expect("an organization")
        .to_owned();
    let location_id = first.location_id.clone().expect("place");

    // 1. The organization renamed: every service of it is found by the new name.
    let mut org = record(store, Kind::Organization, &org_id).await;
    org.insert("name".to_owned(), json!("Crocevia Cooperativa"));
    write(
        store,
        Records {
            organizations: vec![org],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "organization renamed").await;
    assert!(
        !model
            .search(&Query {
                text: Some("crocevia".to_owned()),
                ..Query::default()
            })
            .is_empty()
    );

    // 2. The service: other languages (one spoken elsewhere), no categories,
    // free of charge, inactive.
    let mut changed = service.clone();
    changed.insert(
        "languages".to_owned(),
        json!([{"id": "l-test-1", "service_id": first.service_id, "code": "ar"}]),
    );
    changed.insert("attributes".to_owned(), json!([]));
    changed.insert(
        "cost_options".to_owned(),
        json!([{"id": "c-test-1", "service_id": first.service_id, "amount": 0}]),
    );
    changed.insert("status".to_owned(), json!("inactive"));
    write(
        store,
        Records {
            services: vec![changed],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "service changed").await;

    // 3. The place moved to another municipality, with its own languages
    // and hours.
    let mut place = record(store, Kind::Location, &location_id).await;
    place.insert("latitude".to_owned(), json!(44.3906));
    place.insert("longitude".to_owned(), json!(7.5481));
    place.insert("x_istat_municipality".to_owned(), json!("004078"));
    place.insert(
        "languages".to_owned(),
        json!([{"id": "l-test-2", "location_id": location_id, "code": "en"}]),
    );
    write(
        store,
        Records {
            locations: vec![place],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "place moved").await;

    // 4. A new organization, service and service at an existing place.
    write(
        store,
        Records {
            organizations: vec![object(json!({"id": "o-new", "name": "Nuova Crocevia"}))],
            services: vec![object(json!({
                "id": "s-new", "organization_id": "o-new", "name": "Sportello nuovo",
                "status": "active", "description": "Un servizio aggiunto",
            }))],
            service_at_locations: vec![object(json!({
                "id": "sal-new", "service_id": "s-new", "location_id": other.location_id,
                "schedules": [{"id": "h-new", "freq": "WEEKLY", "byday": "MO",
                    "opens_at": "09:00", "closes_at": "12:00"}],
            }))],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "service added").await;
    assert_eq!(model.of_service("s-new").len(), 1);

    // 5. An existing service at location moved to the first place; the new
    // service moved to the first service's organization.
    let mut sal = record(store, Kind::ServiceAtLocation, &other.sal_id).await;
    sal.insert("location_id".to_owned(), json!(location_id));
    let mut moved = record(store, Kind::Service, "s-new").await;
    moved.insert("organization_id".to_owned(), json!(org_id));
    write(
        store,
        Records {
            service_at_locations: vec![sal],
            services: vec![moved],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "moved").await;

    // 6. A language nobody spoke before (the language table changes).
    let mut tigrinya = record(store, Kind::Service, "s-new").await;
    tigrinya.insert(
        "languages".to_owned(),
        json!([{"id": "l-test-3", "service_id": "s-new", "code": "ti"}]),
    );
    write(
        store,
        Records {
            services: vec![tigrinya],
            ..Records::default()
        },
    )
    .await;
    model = updated(store, &model, "new language").await;
    assert!(model.spoken.iter().any(|c| c == "ti"));

    // 7. Verified by an editor; a translation written.
    assert!(
        store
            .verify_service(
                &first.service_id,
                uuid::Uuid::new_v4(),
                &crocevia_store::act::Trail::unrecorded()
            )
            .await
            .expect("verify")
    );
    model = updated(store, &model, "verified").await;
    store
        .write_directory(
            &Records::default(),
            &[Translation {
                entity: "service".to_owned(),
                id: "s-new".to_owned(),
                field: "name".to_owned(),
                lang: "en".to_owned(),
                text: "New desk".to_owned(),
                status: "reviewed".to_owned(),
            }],
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("translation");
    model = updated(store, &model, "translated").await;
    assert_eq!(
        model
            .translation("service", "s-new", "name", "en")
            .map(|(t, _)| t),
        Some("New desk".to_owned())
    );

    // Nothing written since: nothing read, the same model.
    let (snapshot, changes) = store
        .directory_since(&model.snapshot)
        .await
        .expect("read")
        .expect("no rows");
    assert_eq!(changes, Default::default());
    assert_eq!(
        observed(&model.update(snapshot, &changes)),
        observed(&model)
    );
}
