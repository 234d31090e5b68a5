//! The public search (issue 6): the relevance set (recall@3 at least 0.9,
//! in ten languages, with misspellings and across languages), the page and
//! the API, and changes made through the app found at once.

use std::collections::BTreeMap;

use crate::helpers::TestApp;

async fn app() -> TestApp {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_directory()
        .await
        .expect("demo directory");
    app.store.load_demo_guides().await.expect("demo guides");
    app
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[derive(serde::Deserialize)]
struct Case {
    q: String,
    lang: String,
    kind: String,
    expect: Vec<String>,
}

#[tokio::test]
async fn the_relevance_set_finds_the_expected_result_in_the_top_three() {
    let app = app().await;
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("../relevance/queries.json")).expect("queries.json");
    assert!(cases.len() >= 60);
    let mut found = 0;
    let mut misses = Vec::new();
    let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for case in &cases {
        let r = app
            .get(&format!(
                "/api/v1/search?q={}&lang={}",
                encode(&case.q),
                case.lang
            ))
            .await;
        assert_eq!(r.status, 200, "{}", case.q);
        let json: serde_json::Value = serde_json::from_slice(&r.bytes).expect("json");
        let top: Vec<String> = json["results"]
            .as_array()
            .expect("results")
            .iter()
            .take(3)
            .map(|h| {
                format!(
                    "{}:{}",
                    h["kind"].as_str().unwrap_or(""),
                    h["id"].as_str().unwrap_or("")
                )
            })
            .collect();
        let hit = top.iter().any(|t| case.expect.contains(t));
        let entry = by_kind.entry(case.kind.as_str()).or_default();
        entry.1 += 1;
        if hit {
            found += 1;
            entry.0 += 1;
        } else {
            misses.push(format!(
                "{} [{}] {:?} → {top:?}",
                case.q,
                case.lang,
                case.expect.first()
            ));
        }
    }
    let recall = found as f64 / cases.len() as f64;
    eprintln!(
        "recall@3 = {recall:.3} ({found}/{}); by kind: {by_kind:?}",
        cases.len()
    );
    for m in &misses {
        eprintln!("miss: {m}");
    }
    assert!(recall >= 0.9, "recall@3 {recall:.3} below 0.9");
}
