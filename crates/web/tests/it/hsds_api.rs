//! The HSDS API under `/hsds/`: every response validates against the official
//! compiled schemas (`tests/hsds/schema/compiled`), paging follows HSDS, the
//! profile's filters work, and wrong parameters are problem+json 400s.

use crocevia_store::directory::files;
use crocevia_store::directory::hsds::Records;
use serde_json::Value;

use crate::directory::hsds_dir;
use crate::helpers::{Options, TestApp};

fn validator(name: &str) -> jsonschema::Validator {
    let path = hsds_dir().join("schema/compiled").join(name);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("schema")).expect("json");
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// The demo directory plus the official examples.
async fn app() -> TestApp {
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    app.store.load_demo_directory().await.expect("demo");
    let mut records = Records::default();
    for name in ["service_full.json", "organization_full.json"] {
        files::read_json(
            &hsds_dir().join("examples").join(name),
            &mut records,
            |_, _| {},
        )
        .expect(name);
    }
    app.store
        .write_directory(&records, &[], &crocevia_store::act::Trail::unrecorded())
        .await
        .expect("write");
    app
}

async fn json(app: &TestApp, path: &str) -> Value {
    let r = app.get(path).await;
    assert_eq!(r.status, 200, "{path}: {}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"), "{path}");
    r.json()
}

#[tokio::test]
async fn every_response_validates_against_the_official_schemas() {
    let app = app().await;
    let service = validator("service.json");
    let service_item = validator("service_list.json");
    let organization = validator("organization.json");
    let organization_item = validator("organization_list.json");
    let sal_item = validator("service_at_location_list.json");
    // The validators do reject what HSDS forbids.
    assert!(
        !service.is_valid(&serde_json::json!({"id": "x", "name": "A"})),
        "status is required"
    );
    assert!(!service_item.is_valid(&serde_json::json!({"id": "x", "name": "A", "status": "open"})));

    for (list, item_validator, one, one_validator) in [
        (
            "/hsds/services?per_page=200",
            &service_item,
            "/hsds/services/",
            &service,
        ),
        (
            "/hsds/organizations?per_page=200",
            &organization_item,
            "/hsds/organizations/",
            &organization,
        ),
        (
            "/hsds/service_at_locations?per_page=200",
            &sal_item,
            "/hsds/service_at_locations/",
            &sal_item,
        ),
    ] {
        let page = json(&app, list).await;
        let items = page["contents"].as_array().expect("contents");
        assert!(!items.is_empty(), "{list}");
        for item in items {
            let id = item["id"].as_str().expect("id");
            assert_valid(item_validator, item, &format!("{list} item {id}"));
        }
        // Every record in full, demo and official examples alike.
        for item in items {
            let id = item["id"].as_str().expect("id");
            let full = json(&app, &format!("{one}{id}")).await;
            assert_valid(one_validator, &full, &format!("{one}{id}"));
        }
    }
    let terms = json(&app, "/hsds/taxonomy_terms").await;
    assert!(terms["total_items"].as_u64().expect("total") >= 12);
    let taxonomies = json(&app, "/hsds/taxonomies").await;
    assert!(
        taxonomies["contents"]
            .as_array()
            .expect("contents")
            .iter()
            .any(|t| t["id"] == crocevia_domain::directory::taxonomy::ID)
    );
    assert_eq!(json(&app, "/hsds/").await["version"], "3.0");
}

#[tokio::test]
async fn paging_and_the_profile_filters() {
    let app = app().await;
    let first = json(&app, "/hsds/services?per_page=20").await;
    let total = first["total_items"].as_u64().expect("total");
    assert!(total >= 160);
    assert_eq!(first["size"], 20);
    assert_eq!(first["first_page"], true);
    assert_eq!(first["last_page"], false);
    assert_eq!(first["total_pages"], total.div_ceil(20));
    let last = json(
        &app,
        &format!("/hsds/services?per_page=20&page={}", total.div_ceil(20)),
    )
    .await;
    assert_eq!(last["last_page"], true);
    assert_eq!(
        last["contents"].as_array().map(Vec::len),
        Some(usize::try_from(total - 20 * (total.div_ceil(20) - 1)).expect("fits"))
    );

    // Arabic-speaking services within 5 km of Turin's centre, nearest first.
    let near = json(
        &app,
        "/hsds/service_at_locations?lat=45.0703&lon=7.6869&radius_km=5&language=ar&per_page=200",
    )
    .await;
    let items = near["contents"].as_array().expect("contents");
    assert!(items.len() >= 5, "{near}");
    let torino = crocevia_domain::directory::Point::new(45.0703, 7.6869).expect("point");
    let distances: Vec<f64> = items
        .iter()
        .map(|i| {
            let l = &i["location"];
            let p = crocevia_domain::directory::Point::new(
                l["latitude"].as_f64().expect("lat"),
                l["longitude"].as_f64().expect("lon"),
            )
            .expect("point");
            torino.km_to(p)
        })
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(distances.iter().all(|d| *d <= 5.0));
    for i in items {
        let langs = i["service"]["languages"].as_array().expect("languages");
        assert!(langs.iter().any(|l| l["code"] == "ar"));
    }
    // A category by code, a municipality and free of charge.
    let health = json(
        &app,
        "/hsds/services?taxonomy_term_id=health&municipality=010025&free=true&per_page=200",
    )
    .await;
    for s in health["contents"].as_array().expect("contents") {
        let attrs = s["attributes"].as_array().expect("attributes");
        assert!(
            attrs.iter().any(|a| a["taxonomy_term"]["code"] == "health"),
            "{s}"
        );
    }
    let words = json(&app, "/hsds/services?q=questura").await;
    assert!(words["total_items"].as_u64().expect("total") >= 1);
}

#[tokio::test]
async fn wrong_parameters_are_clear_problems() {
    let app = app().await;
    for (path, expected) in [
        ("/hsds/services?page=0", "pages start at 1"),
        ("/hsds/services?per_page=5000", "per_page"),
        ("/hsds/services?lat=95&lon=7", "is not a point"),
        ("/hsds/services?lat=45", "go together"),
        ("/hsds/services?radius_km=3", "needs `lat` and `lon`"),
        ("/hsds/services?language=Arabic", "is not an ISO 639 code"),
        ("/hsds/service_at_locations?open_now=maybe", "true or false"),
        (
            "/hsds/services?taxonomy_term_id=astrology",
            "default taxonomy",
        ),
        ("/hsds/services?municipality=999999", "ISTAT municipality"),
        ("/hsds/services?lat=north&lon=7", "not a valid number"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 400, "{path}");
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        assert!(
            r.json()["detail"]
                .as_str()
                .expect("detail")
                .contains(expected),
            "{path}: {}",
            r.text()
        );
    }
    let r = app.get("/hsds/services/no-such-id").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
}
