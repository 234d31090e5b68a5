//! "Your city" (issue 20): the portal entered by municipality, chosen by
//! name, from the list or by position; its desks, the services near it and
//! the guides; nothing about the choice kept by the server.

use crate::helpers::TestApp;

const TORINO: &str = "001272";

#[tokio::test]
async fn a_municipality_is_chosen_by_name_list_or_position_and_shows_what_is_near() {
    let app = TestApp::spawn().await;
    app.store.load_demo_directory().await.expect("directory");
    app.store.load_demo_guides().await.expect("guides");

    let choose = app.get("/it/city").await;
    assert_eq!(choose.status, 200);
    assert!(
        choose
            .text()
            .contains(&format!("href=\"/it/city/{TORINO}\"")),
        "Torino listed"
    );
    for typed in ["torino", "Torino", TORINO] {
        let r = app.get(&format!("/it/city?place={typed}")).await;
        assert_eq!(r.status, 303, "{typed}");
        assert_eq!(
            r.header("location"),
            Some(format!("/it/city/{TORINO}").as_str())
        );
    }
    let unknown = app.get("/it/city?place=Narnia").await;
    assert_eq!(unknown.status, 200);
    assert!(
        unknown.text().contains("Non troviamo il comune"),
        "{}",
        unknown.text()
    );
    assert!(unknown.text().contains("aria-invalid=\"true\""));
    // By position: the municipality of the nearest service (near Turin).
    let near = app.get("/it/city?lat=45.0703&lon=7.6869").await;
    assert_eq!(near.status, 303);
    assert!(
        near.header("location")
            .is_some_and(|l| l.starts_with("/it/city/0"))
    );

    let page = app.get(&format!("/ar/city/{TORINO}")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("<h1 lang=\"it\">Torino</h1>"), "{html}");
    assert!(
        html.matches("class=\"card card-bg mb-3 dir-card\"").count() >= 2,
        "desks and services"
    );
    assert!(html.contains("href=\"/ar/guides/rinnovo-permesso-di-soggiorno\""));
    assert!(html.contains(&format!("href=\"/ar/services?place={TORINO}\"")));
    assert!(
        page.header("set-cookie")
            .is_none_or(|c| !c.contains(TORINO)),
        "not kept by the server"
    );
    assert_eq!(app.get("/it/city/999999").await.status, 404);
    assert_eq!(app.get("/xx/city").await.status, 404);
}
