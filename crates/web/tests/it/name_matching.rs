//! People found again despite the common forms of Arabic and Chinese names
//! (issue 20, item 10): particles and compounds (Abd al-Rahman and
//! Abderrahmane, El Idrissi and Idrissi), another script (يوسف عبد الرحمن
//! for a record written only in Latin letters, 王伟 for Wang Wei), at
//! registration and from the desk's search box.

use crocevia_domain::identity::Profession;

use crate::desk::{location_id, operators};
use crate::helpers::TestApp;

#[tokio::test]
async fn arabic_particles_compounds_and_other_scripts_find_the_stored_person() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let front = &ops[&Profession::FrontOffice].1;
    let mut stored = Vec::new();
    for form in [
        "given_name=Youssef&family_name=Abderrahmane&birth=1991-03-08&citizenships=MA",
        "given_name=Khadija&family_name=Idrissi&birth=1988-11-02&citizenships=MA",
        "given_name=Wei&family_name=Wang&birth=1979-01-20&citizenships=CN",
    ] {
        let registered = app.post_form("/app/desk/people", form, front).await;
        assert_eq!(registered.status, 303, "{}", registered.text());
        stored.push(location_id(&registered, "/app/desk/people/"));
    }

    // The case: the same day and citizenship, the name written
    // with the article and ʿabd apart. Before, it was registered anew.
    let proposed = app
        .post_form(
            "/app/desk/people",
            "given_name=Yusuf&family_name=Abd+al-Rahman&birth=1991-03-08&citizenships=MA",
            front,
        )
        .await;
    assert_eq!(proposed.status, 200, "a warning, not a registration");
    let page = proposed.text();
    assert!(
        page.contains("Potrebbe essere una persona già registrata"),
        "{page}"
    );
    assert!(page.contains(&stored[0]), "{page}");
    assert!(page.contains("stessa data di nascita"), "{page}");

    // From the search box: Arabic script for a Latin-only record, the
    // article written apart, Chinese characters.
    for (q, who) in [
        ("يوسف عبد الرحمن", &stored[0]),
        ("Khadija El Idrissi", &stored[1]),
        ("Khadija Al-Idrisi", &stored[1]),
        ("王伟", &stored[2]),
    ] {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", q)
            .finish();
        let found = app.post_form("/app/desk/search", &body, front).await;
        assert_eq!(found.status, 200);
        assert!(found.text().contains(who.as_str()), "{q}: {}", found.text());
    }
    // A sibling is not taken for her.
    let sister = app
        .post_form(
            "/app/desk/people",
            "given_name=Fatima&family_name=El+Idrissi&birth=1988-11-02&citizenships=MA",
            front,
        )
        .await;
    assert_eq!(sister.status, 303, "{}", sister.text());
}
