//! Tests of the parent module.

use super::*;

#[test]
fn only_web_links_are_imported() {
    let service = |url: &str| serde_json::json!({"id": "s1", "name": "Sportello", "status": "active", "url": url});
    let mut out = Records::default();
    assert!(flatten(service("https://comune.example/s"), None, "r1", &mut out).is_ok());
    assert!(flatten(service(""), None, "r2", &mut out).is_ok());
    for bad in [
        "javascript:alert(1)",
        " JavaScript:x",
        "data:text/html,x",
        "file:///etc/passwd",
    ] {
        let e = flatten(service(bad), None, "r3", &mut out).expect_err(bad);
        assert_eq!((e.place.as_str(), e.field.as_str()), ("r3", "url"));
    }
    let org = serde_json::json!({"id": "o1", "name": "Comune", "website": "ftp://x"});
    assert_eq!(
        flatten(org, None, "r4", &mut out).expect_err("ftp").field,
        "website"
    );
}
