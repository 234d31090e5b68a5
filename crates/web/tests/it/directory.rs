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
    assert!(text.ends_with("(demo)") && status == "reviewed");
    // Loading twice changes nothing but the version (upsert by id).
    app.store.load_demo_directory().await.expect("again");
    let again = app.store.directory_snapshot().await.expect("snapshot");
    assert_eq!(again.services.len(), model.snapshot.services.len());
}

async fn demo_app() -> TestApp {
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

/// The demo directory, the demo operators, and a cookie of the editor.
async fn editor_app() -> (TestApp, String, String) {
    let app = demo_app().await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    let cookie = |email: &str| {
        let store = app.store.clone();
        let email = crocevia_domain::identity::Email::parse(email).expect("email");
        async move {
            let user = store
                .user_by_email(&email)
                .await
                .expect("read")
                .expect("user");
            let token = store
                .create_session(user.id, true, &crocevia_store::act::Trail::unrecorded())
                .await
                .expect("session");
            format!("crocevia_session={token}")
        }
    };
    let editor = cookie("redazione@demo.crocevia.example").await;
    let front = cookie("frontoffice@demo.crocevia.example").await;
    (app, editor, front)
}

const GOOD: &str = "name=Sportello prova (demo)&organization=Comune di Asti – Servizi (demo)&status=active&description=Informazioni sui permessi.&address=Via Roma 1&city=asti&postal_code=14100&latitude=44.90&longitude=8.206&phone=%2B39 0141 0000 1&email=info@demo.crocevia.example&url=https://demo.crocevia.example&languages=it, ar&documents=Passaporto%0ACodice fiscale&free=yes&category=legal-permits&opens-0=09:00&closes-0=13:00&opens-3=14:00&closes-3=17:30";

#[tokio::test]
async fn editors_add_change_verify_and_translate_services() {
    let (app, editor, front) = editor_app().await;
    let list = app.get_with("/app/directory", &[("cookie", &editor)]).await;
    assert_eq!(list.status, 200);
    assert!(
        list.text()
            .contains("non sono verificati da più di 12 mesi"),
        "demo services are unchecked"
    );
    assert_eq!(
        app.get_with("/app/directory", &[("cookie", &front)])
            .await
            .status,
        403,
        "front office cannot edit the directory"
    );
    assert_eq!(
        app.post_form("/app/directory/services/new", GOOD, &front)
            .await
            .status,
        403
    );

    // Every wrong field is named; nothing is written.
    let version = app.store.directory_version().await.expect("version");
    let bad = "name=&organization=X&city=Atlantide&latitude=95&longitude=7&phone=call me&languages=it, Arabic&url=ftp://x&opens-1=13:00&closes-1=09:00&opens-2=9&closes-2=12:00&opens-4=09:00&closes-4=13:00&opens2-4=12:00&closes2-4=16:00&exc-from-0=2026-08-20&exc-to-0=2026-08-10&exc-from-1=2026-12-24&exc-opens-1=09:00";
    let r = app
        .post_form("/app/directory/services/new", bad, &editor)
        .await;
    assert_eq!(r.status, 422);
    let html = r.text();
    for id in [
        "name-error",
        "city-error",
        "latitude-error",
        "phone-error",
        "languages-error",
        "url-error",
        "categories-error",
        "hours-1-error",
        "hours-2-error",
        "hours-4-error",
        "exception-0-error",
        "exception-1-error",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("value=\"call me\""), "input kept");
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );

    // A valid service: public at once, with its hours and category.
    let r = app
        .post_form("/app/directory/services/new", GOOD, &editor)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let location = r.header("location").expect("location").to_owned();
    let id = location
        .trim_start_matches("/app/directory/services/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let public = app.get(&format!("/it/services/{id}")).await;
    assert_eq!(public.status, 200);
    let html = public.text();
    assert!(html.contains("Sportello prova (demo)") && html.contains("14:00–17:30"));
    assert!(html.contains("Permessi di soggiorno"));
    let hsds = app.get(&format!("/hsds/services/{id}")).await.json();
    assert_eq!(
        hsds["service_at_locations"][0]["location"]["x_istat_municipality"],
        "005005"
    );
    assert_eq!(hsds["cost_options"][0]["amount"], 0);

    // Editing keeps the id; verifying dates it.
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(edit.status, 200);
    assert!(edit.text().contains("value=\"09:00\""));
    // Two spans on Monday, a summer closure and a shorter Christmas Eve.
    let changed = GOOD.replace("Sportello prova", "Sportello prova bis")
        + "&opens2-0=14:30&closes2-0=16:00&exc-from-0=2026-08-10&exc-to-0=2026-08-21&exc-from-3=2026-12-24&exc-opens-3=09:00&exc-closes-3=11:00";
    let r = app
        .post_form(&format!("/app/directory/services/{id}"), &changed, &editor)
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let hsds = app.get(&format!("/hsds/services/{id}")).await.json();
    let schedules = hsds["service_at_locations"][0]["schedules"]
        .as_array()
        .expect("schedules")
        .clone();
    assert!(
        schedules
            .iter()
            .any(|s| s["byday"] == "MO" && s["opens_at"] == "14:30")
    );
    assert!(schedules.iter().any(|s| s["valid_from"] == "2026-08-10"
        && s["valid_to"] == "2026-08-21"
        && s.get("opens_at").is_none()
        && s.get("freq").is_none()));
    assert!(schedules.iter().any(|s| s["valid_from"] == "2026-12-24"
        && s["valid_to"] == "2026-12-24"
        && s["closes_at"] == "11:00"));
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    for shown in [
        "id=\"opens2-0\" value=\"14:30\"",
        "id=\"exc-to-0\" value=\"2026-08-21\"",
        "id=\"exc-closes-1\" value=\"11:00\"",
    ] {
        assert!(edit.contains(shown), "{shown}");
    }
    assert!(
        app.get(&format!("/it/services/{id}"))
            .await
            .text()
            .contains("Sportello prova bis")
    );
    let r = app
        .post_form(&format!("/app/directory/services/{id}/verify"), "", &editor)
        .await;
    assert_eq!(r.status, 303);
    assert!(
        app.get(&format!("/it/services/{id}"))
            .await
            .text()
            .contains("Informazioni verificate il")
    );

    // A translation, then the Italian changes: the translation is outdated and
    // the reader gets the Italian again, with a notice.
    let r = app
        .post_form(
            &format!("/app/directory/services/{id}/translations"),
            "lang=en&name=Test desk (demo)&description=Permit information.&reviewed=1",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        app.get(&format!("/en/services/{id}"))
            .await
            .text()
            .contains("Test desk (demo)")
    );
    let renamed = GOOD.replace("Sportello prova", "Sportello prova ter");
    app.post_form(&format!("/app/directory/services/{id}"), &renamed, &editor)
        .await;
    let en = app.get(&format!("/en/services/{id}")).await.text();
    assert!(
        en.contains("Sportello prova ter") && en.contains("role=\"note\""),
        "{en}"
    );
    let edit = app
        .get_with(
            &format!("/app/directory/services/{id}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    assert!(
        edit.contains("da aggiornare"),
        "the editor sees it is outdated"
    );
    let missing = app
        .post_form("/app/directory/services/nope/verify", "", &editor)
        .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn editors_manage_organizations_and_their_places() {
    let (app, editor, front) = editor_app().await;
    let list = app
        .get_with("/app/directory/organizations", &[("cookie", &editor)])
        .await;
    assert_eq!(list.status, 200);
    assert!(list.text().contains("(demo)"), "demo organizations listed");
    assert_eq!(
        app.get_with("/app/directory/organizations", &[("cookie", &front)])
            .await
            .status,
        403
    );

    // Every wrong field is named; nothing is written.
    let version = app.store.directory_version().await.expect("version");
    let r = app
        .post_form(
            "/app/directory/organizations/new",
            "name=&email=nope&url=ftp://x&phone=call us",
            &editor,
        )
        .await;
    assert_eq!(r.status, 422);
    for id in ["name-error", "email-error", "url-error", "phone-error"] {
        assert!(r.text().contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(r.text().contains("value=\"call us\""), "input kept");
    assert_eq!(
        app.store.directory_version().await.expect("version"),
        version
    );

    let r = app
        .post_form(
            "/app/directory/organizations/new",
            "name=Associazione prova (demo)&description=Consulenza legale.&email=info@demo.crocevia.example&url=https://demo.crocevia.example&phone=%2B39 011 000 0000",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let org = r
        .header("location")
        .expect("location")
        .trim_start_matches("/app/directory/organizations/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let hsds = app.get(&format!("/hsds/organizations/{org}")).await.json();
    assert_eq!(hsds["name"], "Associazione prova (demo)");
    assert_eq!(hsds["website"], "https://demo.crocevia.example");
    assert_eq!(hsds["phones"][0]["number"], "+39 011 000 0000");

    // A place of the organization: checked, then stored with its municipality.
    let new_place = format!("/app/directory/organizations/{org}/locations/new");
    let r = app
        .post_form(
            &new_place,
            "name=Sede&city=Atlantide&latitude=91&longitude=7&languages=it, klingon",
            &editor,
        )
        .await;
    assert_eq!(r.status, 422);
    for id in ["city-error", "latitude-error", "languages-error"] {
        assert!(r.text().contains(&format!("id=\"{id}\"")), "{id}");
    }
    let r = app
        .post_form(
            &new_place,
            "name=Sede centro&address=Via Garibaldi 1&city=torino&postal_code=10122&latitude=45.07&longitude=7.68&languages=it, ar&accessibility=Ingresso senza gradini%0ABagno accessibile",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let place = r
        .header("location")
        .expect("location")
        .trim_start_matches("/app/directory/locations/")
        .trim_end_matches("?saved=1")
        .to_owned();
    let hsds = app.get(&format!("/hsds/organizations/{org}")).await.json();
    let location = &hsds["locations"][0];
    assert_eq!(location["id"], place.as_str());
    assert_eq!(location["x_istat_municipality"], "001272");
    assert_eq!(location["addresses"][0]["city"], "Torino");
    assert_eq!(
        location["accessibility"][1]["description"],
        "Bagno accessibile"
    );
    let page = app
        .get_with(
            &format!("/app/directory/organizations/{org}"),
            &[("cookie", &editor)],
        )
        .await
        .text();
    assert!(
        page.contains("Sede centro – Via Garibaldi 1, Torino"),
        "{page}"
    );

    // Editing the place keeps its id and what the form does not show.
    let r = app
        .post_form(
            &format!("/app/directory/locations/{place}"),
            "name=Sede centro storico&address=Via Garibaldi 1&city=Torino&postal_code=10122&latitude=45.07&longitude=7.68&languages=it, ar, uk",
            &editor,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let form = app
        .get_with(
            &format!("/app/directory/locations/{place}"),
            &[("cookie", &editor)],
        )
        .await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("value=\"Sede centro storico\""));
    assert!(form.text().contains("value=\"it, ar, uk\""));

    for missing in [
        "/app/directory/locations/nope",
        "/app/directory/organizations/nope",
        "/app/directory/organizations/nope/locations/new",
    ] {
        assert_eq!(
            app.get_with(missing, &[("cookie", &editor)]).await.status,
            404,
            "{missing}"
        );
    }
    assert_eq!(
        app.post_form("/app/directory/organizations/nope", "name=X", &editor)
            .await
            .status,
        404
    );
}
