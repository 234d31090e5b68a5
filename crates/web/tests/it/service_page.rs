//! A service page in one language (issue 20, item 2): every text field goes
//! through the translation path of the title, in the language the title is
//! shown in; what is not translated is Italian, marked `lang="it"` and
//! `dir="ltr"` (an Arabic page showed an English lead beside Italian "who it
//! is for", "how to access", "Gratuito" and documents, all unmarked).

use crocevia_store::directory::Translation;
use crocevia_store::directory::hsds::Records;
use serde_json::{Map, Value, json};

use crate::helpers::{Options, TestApp};

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn tr(field: &str, lang: &str, text: &str) -> Translation {
    Translation {
        entity: "service".to_owned(),
        id: "s-page".to_owned(),
        field: field.to_owned(),
        lang: lang.to_owned(),
        text: text.to_owned(),
        status: "reviewed".to_owned(),
    }
}

#[tokio::test]
async fn every_field_of_a_service_follows_its_title_language() {
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    let records = Records {
        organizations: vec![object(json!({"id": "o-page", "name": "Comune di Prova"}))],
        services: vec![object(json!({
            "id": "s-page", "organization_id": "o-page", "name": "Sportello casa",
            "description": "Aiuto per cercare casa.", "status": "active",
            "eligibility_description": "Persone maggiorenni.",
            "application_process": "Si accede su appuntamento.",
            "required_documents": [
                {"id": "d-1", "service_id": "s-page", "document": "Passaporto"},
                {"id": "d-2", "service_id": "s-page", "document": "Codice fiscale"},
            ],
            "cost_options": [{"id": "c-1", "service_id": "s-page", "option": "Gratuito", "amount": 0}],
        }))],
        ..Records::default()
    };
    let translations = vec![
        // Arabic: the title and two fields.
        tr("name", "ar", "مكتب السكن"),
        tr("description", "ar", "مساعدة في البحث عن سكن."),
        tr("required_documents/d-1/document", "ar", "جواز السفر"),
        // English: everything.
        tr("name", "en", "Housing desk"),
        tr("description", "en", "Help finding a home."),
        tr("eligibility_description", "en", "Adults."),
        tr("application_process", "en", "By appointment."),
        tr("required_documents/d-1/document", "en", "Passport"),
        tr("required_documents/d-2/document", "en", "Tax code"),
        tr("cost_options/c-1/option", "en", "Free"),
    ];
    app.store
        .write_directory(
            &records,
            &translations,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("write");

    // Arabic: what is translated is Arabic, the rest Italian and marked; no
    // English at all.
    let ar = app.get("/ar/services/s-page").await.text();
    for marked in [
        "<h1 lang=\"ar\" dir=\"rtl\">مكتب السكن</h1>",
        "<p lang=\"ar\" dir=\"rtl\">مساعدة في البحث عن سكن.</p>",
        "<li><span lang=\"ar\" dir=\"rtl\">جواز السفر</span></li>",
        "<p lang=\"it\" dir=\"ltr\">Persone maggiorenni.</p>",
        "<p lang=\"it\" dir=\"ltr\">Si accede su appuntamento.</p>",
        "<li><span lang=\"it\" dir=\"ltr\">Codice fiscale</span></li>",
        "<li><span lang=\"it\" dir=\"ltr\">Gratuito</span></li>",
    ] {
        assert!(ar.contains(marked), "{marked}");
    }
    for english in ["Housing desk", "Adults.", "Passport", "Free<"] {
        assert!(
            !ar.contains(english),
            "no English in the Arabic page: {english}"
        );
    }

    // Ukrainian, not translated: the page is English throughout (said so),
    // the nested texts included.
    let uk = app.get("/uk/services/s-page").await.text();
    for shown in [
        "<h1 lang=\"en\" dir=\"ltr\">Housing desk</h1>",
        "<p lang=\"en\" dir=\"ltr\">Adults.</p>",
        "<p lang=\"en\" dir=\"ltr\">By appointment.</p>",
        "<li><span lang=\"en\" dir=\"ltr\">Passport</span></li>",
        "<li><span lang=\"en\" dir=\"ltr\">Tax code</span></li>",
        "<li><span lang=\"en\" dir=\"ltr\">Free</span></li>",
    ] {
        assert!(uk.contains(shown), "{shown}");
    }
    assert!(!uk.contains("Persone maggiorenni"), "no Italian left");

    // A translation made from an older Italian text is not shown.
    let mut changed = records.services[0].clone();
    changed.insert(
        "required_documents".to_owned(),
        json!([{"id": "d-1", "service_id": "s-page", "document": "Passaporto valido"}]),
    );
    app.store
        .write_directory(
            &Records {
                services: vec![changed],
                ..Records::default()
            },
            &[],
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect("write");
    // (Written past the server: its read model sees it within a second.)
    tokio::time::sleep(crocevia_web::DIRECTORY_CHECK).await;
    let uk = app.get("/uk/services/s-page").await.text();
    assert!(uk.contains("<li><span lang=\"it\" dir=\"ltr\">Passaporto valido</span></li>"));
}

/// A translation whose names do not fit the columns is refused with its
/// place (PostgreSQL answered with a driver error naming nothing), and
/// nothing of the batch is written.
#[tokio::test]
async fn an_oversized_translation_is_refused_with_its_place() {
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    let records = Records {
        services: vec![object(
            json!({"id": "s-page", "name": "Sportello", "status": "active"}),
        )],
        ..Records::default()
    };
    let long = format!("required_documents/{}/document", "x".repeat(150));
    let err = app
        .store
        .write_directory(
            &records,
            &[tr("name", "en", "Desk"), tr(&long, "en", "Passport")],
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .expect_err("refused");
    let message = err.to_string();
    assert!(
        message.contains("translation 2") && message.contains("field"),
        "{message}"
    );
    assert!(
        app.store
            .directory_snapshot()
            .await
            .expect("snapshot")
            .services
            .is_empty(),
        "nothing written"
    );
}

/// Services on a phone (issue 20, item 5): "back to the list" keeps the
/// reader's filters (it dropped them) and never leads off the site; a
/// filtered list starts with links to its results and map; a municipality
/// with nothing matching says how far the nearest results are (it showed
/// results 45 km away without a word).
#[tokio::test]
async fn the_list_keeps_its_filters_and_says_when_nothing_is_near() {
    use crocevia_store::directory::read::{Query, ReadModel};
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    app.store.load_demo_directory().await.expect("demo");
    let model = ReadModel::build(app.store.directory_snapshot().await.expect("snapshot"));
    let service = &model.listings[0].service_id;
    let page = format!("/it/services/{service}");
    let back = |referer: &str| {
        let app = &app;
        let page = page.clone();
        let referer = referer.to_owned();
        async move {
            let html = app
                .get_with(&page, &[("referer", referer.as_str())])
                .await
                .text();
            let at = html
                .find("data-testid=\"back-to-list\"")
                .expect("back link");
            let start = html[..at].rfind("href=\"").expect("href") + 6;
            html[start..start + html[start..].find('"').expect("end")].to_owned()
        }
    };
    assert_eq!(
        back("http://crocevia.test/it/services?place=Torino&language=ar&page=2").await,
        "/it/services?place=Torino&#38;language=ar&#38;page=2"
    );
    for elsewhere in [
        "https://evil.example/phish",
        "http://crocevia.test/it/services/another",
        "http://crocevia.test/en/services?place=Torino",
        "not a url",
    ] {
        assert_eq!(back(elsewhere).await, "/it/services", "{elsewhere}");
    }

    // Filtered: links to the results and the map come first.
    let html = app
        .get("/it/services?place=Torino&language=ar")
        .await
        .text();
    assert!(html.contains("href=\"#results\"") && html.contains("href=\"#map-title\""));
    assert!(
        !html.contains("data-testid=\"nothing-near\""),
        "Arabic is spoken in Turin"
    );
    assert!(
        !app.get("/it/services")
            .await
            .text()
            .contains("href=\"#results\"")
    );

    // A municipality and a language spoken only far from it: the list says so.
    let municipalities: std::collections::BTreeSet<String> = model
        .listings
        .iter()
        .filter_map(|l| l.municipality.clone())
        .collect();
    let (place, far) = municipalities
        .iter()
        .flat_map(|m| model.spoken.iter().map(move |code| (m, code)))
        .find(|(m, code)| {
            let hits = model.search(&Query {
                language: Some((*code).clone()),
                near: model.centre_of(m),
                ..Query::default()
            });
            hits.first().and_then(|h| h.km).is_some_and(|km| km > 20.0)
        })
        .expect("a language spoken only far from some municipality");
    let html = app
        .get(&format!("/it/services?place={place}&language={far}"))
        .await
        .text();
    assert!(
        html.contains("data-testid=\"nothing-near\""),
        "{place} {far}"
    );
    let name = &crocevia_domain::territories::territories()
        .municipality(place)
        .expect("municipality")
        .name;
    assert!(
        html.contains(&format!("Nessun servizio a \u{2068}{name}\u{2069}")),
        "{place} {far}"
    );
}
