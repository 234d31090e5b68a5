//! The services directory's HSDS 3.0 import and export: the official examples
//! (in `tests/hsds/`, copied unchanged from the specification) go in and come
//! back out equal in every field, as JSON and as CSV tables; bad input is
//! refused with its place and nothing is written.

use std::path::{Path, PathBuf};

use crocevia_store::directory::files;
use crocevia_store::directory::hsds::{self, Kind, Records};
use serde_json::{Map, Value};

use crate::helpers::{Options, TestApp};

pub fn hsds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hsds")
}

async fn empty_app() -> TestApp {
    TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await
}

/// Every field of `original` is in `exported` with the same value (objects
/// recursively, arrays element by element); `exported` may nest more.
pub fn assert_contains(original: &Value, exported: &Value, path: &str) {
    match (original, exported) {
        (Value::Object(o), Value::Object(e)) => {
            for (k, v) in o {
                let Some(ev) = e.get(k) else {
                    panic!("{path}.{k}: missing from the export");
                };
                assert_contains(v, ev, &format!("{path}.{k}"));
            }
        }
        (Value::Array(o), Value::Array(e)) => {
            assert_eq!(o.len(), e.len(), "{path}: length");
            for (i, (ov, ev)) in o.iter().zip(e).enumerate() {
                assert_contains(ov, ev, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            assert_eq!(a.as_f64(), b.as_f64(), "{path}");
        }
        _ => assert_eq!(original, exported, "{path}"),
    }
}

/// The record of `kind` in the shape the HSDS API serves it.
fn exported(snapshot: &crocevia_store::directory::Snapshot, kind: Kind, id: &str) -> Value {
    let lookup: &dyn hsds::Lookup = snapshot;
    let record = lookup
        .get(kind, id)
        .unwrap_or_else(|| panic!("{id} stored"));
    Value::Object(match kind {
        Kind::Service => hsds::service_full(record, lookup, true),
        Kind::Organization => hsds::organization_full(record, lookup),
        Kind::ServiceAtLocation => hsds::service_at_location_full(record, lookup),
        Kind::Location => hsds::location_full(record, lookup),
        Kind::TaxonomyTerm => hsds::term_full(record, lookup),
        Kind::Taxonomy => hsds::flat(record),
    })
}

fn items(value: &Value) -> Vec<Map<String, Value>> {
    match value {
        Value::Object(o) => match o.get("contents") {
            Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_object().cloned()).collect(),
            _ => vec![o.clone()],
        },
        Value::Array(a) => a.iter().filter_map(|v| v.as_object().cloned()).collect(),
        _ => Vec::new(),
    }
}

#[tokio::test]
async fn official_json_examples_round_trip() {
    let dir = hsds_dir().join("examples");
    for name in [
        "service_full.json",
        "organization_full.json",
        "service_at_location_full.json",
        "location.json",
        "taxonomy.json",
        "taxonomy_term.json",
        "service_list.json",
        "organization_list.json",
        "service_at_location_list.json",
        "taxonomy_list.json",
        "taxonomy_term_list.json",
    ] {
        let app = empty_app().await;
        let path = dir.join(name);
        let mut records = Records::default();
        files::read_json(&path, &mut records, |_, _| {}).expect(name);
        app.store
            .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let snapshot = app.store.directory_snapshot().await.expect("snapshot");
        let original: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        for item in items(&original) {
            let kind = hsds::guess_kind(&item);
            let id = item["id"].as_str().expect("id").to_owned();
            let out = exported(&snapshot, kind, &id);
            assert_contains(&Value::Object(item), &out, &format!("{name} {id}"));
        }
    }
}

/// Cells of a CSV file by id: column -> value.
fn table(path: &Path) -> Vec<Map<String, Value>> {
    let mut reader = csv::Reader::from_path(path).expect("csv");
    let headers = reader.headers().expect("headers").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            headers
                .iter()
                .zip(r.iter())
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (k.to_owned(), Value::String(v.to_owned())))
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn official_csv_tables_round_trip() {
    let app = empty_app().await;
    let source = hsds_dir().join("examples/csv");
    let mut records = Records::default();
    files::read_tabular(&source, &mut records).expect("tabular");
    app.store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("write");
    let snapshot = app.store.directory_snapshot().await.expect("snapshot");
    let out = tempfile::tempdir().expect("dir");
    files::export_tabular(&snapshot, out.path()).expect("export");
    let mut compared = 0;
    for entry in std::fs::read_dir(out.path()).expect("read dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let exported = table(&path);
        for row in table(&source.join(&name)) {
            let id = row["id"].as_str().expect("id");
            let mine = exported
                .iter()
                .find(|r| r.get("id") == row.get("id"))
                .unwrap_or_else(|| panic!("{name}: row {id} missing"));
            for (column, value) in &row {
                let theirs = value.as_str().unwrap_or_default();
                let ours = mine.get(column).and_then(Value::as_str).unwrap_or_default();
                let same = theirs == ours
                    || theirs
                        .parse::<f64>()
                        .ok()
                        .zip(ours.parse::<f64>().ok())
                        .is_some_and(|(a, b)| a == b);
                assert!(same, "{name} {id}.{column}: {theirs:?} became {ours:?}");
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "only {compared} cells compared");
}

#[tokio::test]
async fn bad_files_are_refused_with_their_place_and_nothing_is_written() {
    let app = empty_app().await;
    let dir = tempfile::tempdir().expect("dir");
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        p
    };
    let cases = [
        (
            write("broken.json", "[{\"id\": \"a\", \"name\": "),
            "not valid JSON",
        ),
        (
            write(
                "noid.json",
                r#"[{"id":"s1","name":"A","status":"active"},{"name":"B","status":"active"}]"#,
            ),
            "noid.json record 2: id: is required",
        ),
        (
            write(
                "nested.json",
                r#"{"id":"o1","name":"Org","description":"d","services":[{"id":"s1","status":"active"}]}"#,
            ),
            "nested.json record 1 > services[0]: name: is required",
        ),
        (
            write("scalar.json", "[1]"),
            "record 1: (record): must be a JSON object",
        ),
    ];
    let version = app.store.directory_version().await.expect("version");
    for (path, expected) in cases {
        let mut records = Records::default();
        let e = files::read_json(&path, &mut records, |_, _| {}).expect_err("refused");
        assert!(e.to_string().contains(expected), "{e}");
    }
    // A CSV with a bad number names file, line and column.
    let csv_dir = dir.path().join("csv");
    std::fs::create_dir(&csv_dir).expect("dir");
    std::fs::write(
        csv_dir.join("locations.csv"),
        "id,location_type,latitude,longitude\nl1,physical,45.07,7.68\nl2,physical,north,7.68\n",
    )
    .expect("write");
    let e = files::read_tabular(&csv_dir, &mut Records::default()).expect_err("refused");
    assert!(
        e.to_string()
            .contains("locations.csv line 3: latitude: \"north\" is not a number"),
        "{e}"
    );
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );
    assert!(
        app.store
            .directory_snapshot()
            .await
            .expect("snap")
            .services
            .is_empty()
    );
}

#[tokio::test]
async fn demo_directory_loads_with_translations_and_categories() {
    let app = empty_app().await;
    let report = app.store.load_demo_directory().await.expect("demo");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert!(report.written["service"] >= 150);
    let snapshot = app.store.directory_snapshot().await.expect("snapshot");
    let model = crocevia_store::directory::read::ReadModel::build(snapshot);
    let torino = crocevia_store::directory::read::Query {
        municipality: Some("001272".to_owned()),
        language: Some("ar".to_owned()),
        ..Default::default()
    };
    assert!(
        model.search(&torino).len() >= 5,
        "Arabic-speaking services in Turin"
    );
    let some = &model.listings[0];
    let (text, status) = model
        .translation("service", &some.service_id, "name", "en")
        .expect("English name");
    assert!(text.ends_with("(demo)") && status.as_str() == "reviewed");
    // Loading twice changes nothing but the version (upsert by id).
    app.store.load_demo_directory().await.expect("again");
    let again = app.store.directory_snapshot().await.expect("snapshot");
    assert_eq!(again.services.len(), model.snapshot.services.len());
}

pub(crate) async fn demo_app() -> TestApp {
    let app = empty_app().await;
    app.store.load_demo_directory().await.expect("demo");
    app
}

#[tokio::test]
async fn the_public_list_filters_sorts_and_pages() {
    let app = demo_app().await;
    let all = app.get("/it/services").await;
    assert_eq!(all.status, 200);
    assert!(all.text().contains("servizi trovati"));
    assert!(all.text().contains("rel=\"next\""), "more than one page");

    // Arabic speakers near Turin: sorted by distance from the municipality.
    let r = app.get("/en/services?place=torino&language=ar").await;
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(
        html.contains("Sorted by distance from \u{2068}Torino\u{2069}"),
        "{html}"
    );
    assert!(html.contains("km away"));
    assert!(html.contains("(demo)"));
    // A category and free of charge narrow the list.
    let health = app.get("/it/services?category=health&free=1").await.text();
    let everything = app.get("/it/services").await.text();
    let count = |html: &str| html.matches("class=\"card card-bg mb-3 dir-card\"").count();
    assert!(count(&health) < count(&everything));
    // An unknown municipality is said, next to the field, and the list stays.
    let r = app.get("/it/services?place=Atlantide").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("id=\"place-error\"") && r.text().contains("Atlantide"));
    // Nonsense in the query does not break the page.
    let r = app
        .get("/it/services?category=astrology&lat=999&lon=x&page=-3&open=1")
        .await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn a_service_page_shows_hours_phones_and_its_language_fallback() {
    let app = demo_app().await;
    let model = crocevia_store::directory::read::ReadModel::build(
        app.store.directory_snapshot().await.expect("snapshot"),
    );
    // A service with an Arabic translation and one without.
    let translated = model
        .listings
        .iter()
        .find(|l| {
            model
                .translation("service", &l.service_id, "name", "ar")
                .is_some()
        })
        .expect("an Arabic translation");
    let untranslated = model
        .listings
        .iter()
        .find(|l| {
            model
                .translation("service", &l.service_id, "name", "ar")
                .is_none()
                && model
                    .translation("service", &l.service_id, "name", "en")
                    .is_some()
        })
        .expect("a service without Arabic");
    let r = app
        .get(&format!("/ar/services/{}", translated.service_id))
        .await;
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("<h1 lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("href=\"tel:"), "phones are tel: links");
    assert!(html.contains("openstreetmap.org/directions?to="));
    let r = app
        .get(&format!("/ar/services/{}", untranslated.service_id))
        .await
        .text();
    assert!(
        r.contains("<h1 lang=\"en\" dir=\"ltr\">"),
        "English when Arabic is missing"
    );
    assert!(r.contains("role=\"note\""), "with a notice");
    let r = app.get("/it/services/no-such-service").await;
    assert_eq!(r.status, 404);
}
