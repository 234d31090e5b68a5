//! The HSDS importer never drops or overwrites data silently (issue 19):
//! each case that used to import nothing, keep the last of two records,
//! drop a child or store a dangling reference or an impossible time is
//! refused with file, record and field; the counts are the rows written;
//! real directories' monthly schedules are understood.

use std::path::{Path, PathBuf};

use crocevia_store::StoreError;
use crocevia_store::directory::files;
use crocevia_store::directory::hsds::Records;

use crate::helpers::{Options, TestApp};

async fn empty_app() -> TestApp {
    TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await
}

/// A folder holding these CSV tables.
fn tables(root: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).expect("dir");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("write");
    }
    dir
}

/// The records of a JSON file with this text.
fn json_records(root: &Path, name: &str, text: &str) -> Records {
    let path = root.join(name);
    std::fs::write(&path, text).expect("write");
    let mut records = Records::default();
    files::read_json(&path, &mut records, |_, _| {}).expect("read");
    records
}

const ORGS: &str = "id,name\no1,Comune di Torino\n";
const SERVICES: &str = "id,organization_id,name,status\ns1,o1,Sportello,active\n";

#[tokio::test]
async fn bad_csv_tables_are_refused_with_file_line_and_column() {
    let root = tempfile::tempdir().expect("dir");
    // Each a services.csv: (case, text, what the error says).
    let cases = [
        (
            "semicolons",
            "id;organization_id;name;status\ns1;o1;A;active\n",
            "separated by semicolons",
        ),
        (
            "upper",
            "ID,Name,Status\ns1,A,active\n",
            "column \"ID\": HSDS column names are lower case",
        ),
        (
            "no-id-column",
            "name,status\nA,active\n",
            "no \"id\" column",
        ),
        (
            "empty-id",
            "id,name,status\ns1,A,active\n,B,active\n",
            "services.csv line 3: id: is required",
        ),
        (
            "duplicate",
            "id,name,status\ns1,A,active\ns1,B,active\n",
            "services.csv line 3: id: \"s1\" is already the id of line 2",
        ),
        (
            "nul",
            "id,name,status\ns1,A\u{0}B,active\n",
            "services.csv line 2: name: contains a NUL character",
        ),
    ];
    for (name, services, expected) in cases {
        let dir = tables(root.path(), name, &[("services.csv", services)]);
        let e = files::read_tabular(&dir, &mut Records::default()).expect_err(name);
        assert!(e.to_string().contains(expected), "{name}: {e}");
    }
    // A child naming a record that is not in the files: said, not dropped
    // silently (HSDS's own examples have such rows).
    let dir = tables(
        root.path(),
        "dangling-child",
        &[
            ("organizations.csv", ORGS),
            ("services.csv", SERVICES),
            (
                "phones.csv",
                "id,service_id,number\np1,s9,011 123\np2,s1,011 456\n",
            ),
        ],
    );
    let mut records = Records::default();
    files::read_tabular(&dir, &mut records).expect("read");
    assert_eq!(records.warnings.len(), 2, "{:?}", records.warnings);
    assert!(
        records.warnings[0].contains("phones.csv line 2: service_id: no record with id \"s9\""),
        "{:?}",
        records.warnings
    );
    assert!(records.warnings[1].contains("phones.csv line 2: belongs to no record"));
}

#[tokio::test]
async fn bad_json_records_are_refused_and_counts_are_rows_written() {
    let app = empty_app().await;
    let root = tempfile::tempdir().expect("dir");
    let service =
        |extra: &str| format!(r#"[{{"id":"s1","name":"Sportello","status":"active"{extra}}}]"#);
    let schedule = |fields: &str| {
        service(&format!(
            r#","schedules":[{{"id":"h1","freq":"WEEKLY","byday":"MO","opens_at":"09:00","closes_at":"12:00"{fields}}}]"#
        ))
    };
    let cases = [
        (
            service(r#","phones":[1]"#),
            "s.json record 1 > phones[0]: (record): must be an object",
        ),
        (service(r#","phones":"011 123""#), "phones: must be a list"),
        (
            service(r#","organization":"o1""#),
            "organization: must be an object",
        ),
        (
            schedule(r#","opens_at":"25:99""#),
            "schedules[0]: opens_at: time \"25:99\"",
        ),
        (
            schedule(r#","byday":"XX""#),
            "schedules[0]: byday: day \"XX\"",
        ),
        (
            schedule(r#","valid_from":"2024-13-45""#),
            "schedules[0]: valid_from: date \"2024-13-45\"",
        ),
        (
            schedule(r#","freq":"DAILY""#),
            "schedules[0]: freq: freq \"DAILY\"",
        ),
        (
            service(r#","description":"a\u0000b""#),
            "description: contains a NUL character",
        ),
    ];
    for (text, expected) in cases {
        let path = root.path().join("s.json");
        std::fs::write(&path, text).expect("write");
        let e = files::read_json(&path, &mut Records::default(), |_, _| {}).expect_err(expected);
        assert!(e.to_string().contains(expected), "{expected}: {e}");
    }

    // A dangling reference is refused by the store, nothing written.
    let version = app.store.directory_version().await.expect("version");
    let records = json_records(
        root.path(),
        "dangling.json",
        r#"[{"id":"s1","name":"Sportello","status":"active","organization_id":"nessuna"}]"#,
    );
    let e = app
        .store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect_err("refused");
    assert!(matches!(e, StoreError::Refused(_)), "{e}");
    assert!(
        e.to_string()
            .contains("service \"s1\": organization_id: no organization with id \"nessuna\""),
        "{e}"
    );
    assert_eq!(app.store.directory_version().await.expect("v"), version);

    // One location nested under its organization and under a service at a
    // location is one row, and counted once.
    let records = json_records(
        root.path(),
        "nested.json",
        r#"{"id":"o1","name":"Comune","locations":[{"id":"l1","name":"Sede"}],
            "services":[{"id":"s1","name":"Sportello","status":"active",
              "service_at_locations":[{"id":"sal1","location":{"id":"l1","name":"Sede"}}]}]}"#,
    );
    let report = app
        .store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("written");
    assert_eq!(report.written.get("location"), Some(&1), "{report:?}");
    assert_eq!(report.written.get("service"), Some(&1), "{report:?}");
    // The same references are then found in the directory.
    let records = json_records(
        root.path(),
        "later.json",
        r#"[{"id":"s2","name":"Altro","status":"active","organization_id":"o1"}]"#,
    );
    app.store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("a stored organization is a valid reference");
}

/// "2nd and 4th Tuesday" (`MONTHLY`, `2TU,4TU`), as a quarter of a real
/// directory's schedules are: imported, and shown with when it recurs.
#[tokio::test]
async fn monthly_schedules_are_imported_and_shown() {
    let app = empty_app().await;
    let root = tempfile::tempdir().expect("dir");
    let records = json_records(
        root.path(),
        "monthly.json",
        r#"{"id":"o1","name":"Comune di Torino","services":[{"id":"s1","name":"Sportello legale",
            "status":"active","service_at_locations":[{"id":"sal1",
              "location":{"id":"l1","name":"Sede","organization_id":"o1"},
              "schedules":[{"id":"h1","freq":"MONTHLY","byday":"2TU,4TU",
                            "opens_at":"09:00","closes_at":"12:00"},
                           {"id":"h2","freq":"MONTHLY","bymonthday":"1",
                            "opens_at":"14:00","closes_at":"16:00","interval":2,
                            "dtstart":"2027-01-01"}]}]}]}"#,
    );
    app.store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("written");
    let page = app.get("/en/services/s1").await;
    assert_eq!(page.status, 200);
    // (Fluent isolates each inserted value with U+2068 … U+2069.)
    let plain = |t: String| t.replace(['\u{2068}', '\u{2069}'], "");
    let text = plain(page.text());
    assert!(
        text.contains("09:00–12:00</bdi> (second, fourth of the month)"),
        "{text}"
    );
    assert!(
        text.contains("days 1 of the month (every 2 months)"),
        "{text}"
    );
    let it = plain(app.get("/it/services/s1").await.text());
    assert!(
        it.contains("09:00–12:00</bdi> (secondo, quarto del mese)"),
        "{it}"
    );
}
