//! The public portal: negotiation, every language, direction, alternates, errors.

use crocevia_domain::{Lang, LangSet};

use crate::helpers::{Options, TestApp};

#[tokio::test]
async fn root_redirects_to_italian_by_default() {
    let app = TestApp::spawn().await;
    let r = app.get("/").await;
    assert!(r.status.is_redirection(), "status {}", r.status);
    assert_eq!(r.header("location"), Some("/it/"));
    assert!(
        r.header("vary")
            .is_some_and(|v| v.contains("Accept-Language"))
    );
}

#[tokio::test]
async fn root_honours_accept_language_then_cookie() {
    let app = TestApp::spawn().await;
    let r = app
        .get_with("/", &[("accept-language", "ar,en;q=0.5")])
        .await;
    assert_eq!(r.header("location"), Some("/ar/"));
    let r = app
        .get_with("/", &[("accept-language", "de-DE, zh-CN;q=0.8")])
        .await;
    assert_eq!(r.header("location"), Some("/zh-Hans/"));
    let r = app
        .get_with(
            "/",
            &[("accept-language", "ar"), ("cookie", "crocevia_lang=uk")],
        )
        .await;
    assert_eq!(r.header("location"), Some("/uk/"));
    // A cookie naming a disabled or unknown language is ignored.
    let r = app
        .get_with(
            "/",
            &[("accept-language", "fr"), ("cookie", "crocevia_lang=xx")],
        )
        .await;
    assert_eq!(r.header("location"), Some("/fr/"));
}

#[tokio::test]
async fn every_language_home_renders_with_direction_and_alternates() {
    let app = TestApp::spawn().await;
    for lang in Lang::ALL {
        let r = app.get(&format!("/{lang}/")).await;
        assert_eq!(r.status, 200, "home in {lang}");
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("text/html")),
            "content type in {lang}"
        );
        let html = r.text();
        let dir = lang.direction().as_str();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "html element in {lang}"
        );
        let rtl_css = html.contains("bootstrap-italia.rtl.min.css");
        assert_eq!(rtl_css, dir == "rtl", "RTL stylesheet in {lang}");
        for other in Lang::ALL {
            assert!(
                html.contains(&format!(
                    "<link rel=\"alternate\" hreflang=\"{other}\" href=\"/{other}/\">"
                )),
                "hreflang {other} on {lang} home"
            );
        }
        assert!(html.contains("href=\"#main\""), "skip link in {lang}");
        assert!(
            html.contains("<main id=\"main\""),
            "main landmark in {lang}"
        );
        assert!(html.contains(&format!("href=\"/{lang}/accessibility\"")));
        assert!(html.contains(&format!("href=\"/{lang}/privacy\"")));
        assert!(
            !html.contains("topic-permit-title"),
            "untranslated key in {lang}"
        );
    }
}

#[tokio::test]
async fn home_has_real_localized_content() {
    let app = TestApp::spawn().await;
    let it = app.get("/it/").await.text();
    assert!(it.contains("Rinnovo del permesso di soggiorno"));
    assert!(it.contains("<a href=\"tel:1522\""));
    assert!(
        it.contains("Guide")
            && it.contains("Servizi")
            && it.contains("Glossario")
            && it.contains("Cerca")
    );
    let en = app.get("/en/").await.text();
    assert!(en.contains("Renewing your residence permit"));
    assert!(en.contains(">Guides<") && en.contains(">Search<"));
    let ar = app.get("/ar/").await.text();
    assert!(ar.contains("تجديد تصريح الإقامة"));
}

/// The "most requested procedures" are links (they were plain cards), each
/// to the search for its title in the page's language, and the home page
/// has a search box a phone shows (the header's is hidden below 768 px).
#[tokio::test]
async fn home_topics_are_links_and_the_home_has_a_search_box() {
    let app = TestApp::spawn().await;
    for (lang, title) in [
        ("it", "Rinnovo del permesso di soggiorno"),
        ("ar", "تجديد تصريح الإقامة"),
    ] {
        let html = app.get(&format!("/{lang}/")).await.text();
        let links = html.matches("class=\"stretched-link topic-link\"").count();
        assert_eq!(links, 6, "{lang}: six topic links");
        let encoded: String = form_urlencoded::byte_serialize(title.as_bytes()).collect();
        assert!(
            html.contains(&format!("href=\"/{lang}/search?q={encoded}\"")),
            "{lang}: the permit topic leads to its search"
        );
        assert!(html.contains(&format!(
            "action=\"/{lang}/search\" data-testid=\"home-search\""
        )));
        let search = app.get(&format!("/{lang}/search?q={encoded}")).await;
        assert_eq!(search.status, 200);
    }
}

#[tokio::test]
async fn language_switcher_keeps_the_page() {
    let app = TestApp::spawn().await;
    let html = app.get("/it/privacy").await.text();
    assert!(html.contains("data-testid=\"lang-switcher\""));
    assert!(html.contains("<a href=\"/en/privacy\" hreflang=\"en\" lang=\"en\">English</a>"));
    assert!(html.contains("<a href=\"/ar/privacy\" hreflang=\"ar\" lang=\"ar\">العربية</a>"));
    assert!(html.contains("hreflang=\"it\" lang=\"it\" aria-current=\"true\""));
}

#[tokio::test]
async fn visiting_a_language_remembers_it_once() {
    let app = TestApp::spawn().await;
    let r = app.get("/fr/").await;
    let cookies = r.set_cookies();
    assert!(
        cookies.iter().any(|c| c.starts_with("crocevia_lang=fr")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Lax")),
        "{cookies:?}"
    );
    let r = app
        .get_with("/fr/", &[("cookie", "crocevia_lang=fr")])
        .await;
    assert!(r.set_cookies().is_empty(), "no cookie when unchanged");
}

#[tokio::test]
async fn absolute_alternates_and_secure_cookies_with_public_url() {
    let app = TestApp::with(Options {
        public_url: Some("https://servizi.example.it/".to_owned()),
        ..Options::default()
    })
    .await;
    let r = app.get("/it/accessibility").await;
    assert!(
        r.text()
            .contains("hreflang=\"en\" href=\"https://servizi.example.it/en/accessibility\"")
    );
    assert!(r.set_cookies().iter().any(|c| c.contains("Secure")));
}

#[tokio::test]
async fn lang_without_slash_redirects() {
    let app = TestApp::spawn().await;
    let r = app.get("/en").await;
    assert_eq!(r.status, 308);
    assert_eq!(r.header("location"), Some("/en/"));
}

#[tokio::test]
async fn unknown_pages_are_localized_404s() {
    let app = TestApp::spawn().await;
    for (path, lang, text) in [
        ("/it/no-such-page", "it", "Pagina non trovata"),
        ("/en/no-such-page", "en", "Page not found"),
        ("/ar/no-such-page", "ar", "dir=\"rtl\""),
        ("/zh-hans/", "it", "Pagina non trovata"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 404, "{path}");
        let html = r.text();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{path}");
        assert!(html.contains(text), "{path}");
    }
    // Without a language in the path, the 404 speaks the negotiated language.
    let r = app
        .get_with("/nothing-here", &[("accept-language", "en")])
        .await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("Page not found"));
}

#[tokio::test]
async fn disabled_languages_are_not_served() {
    let app = TestApp::with(Options {
        languages: LangSet::parse(&["it", "en"]).expect("valid"),
        ..Options::default()
    })
    .await;
    assert_eq!(app.get("/ar/").await.status, 404);
    let home = app.get("/it/").await.text();
    assert!(home.contains("hreflang=\"en\""));
    assert!(!home.contains("hreflang=\"ar\""));
    let r = app.get_with("/", &[("accept-language", "ar")]).await;
    assert_eq!(r.header("location"), Some("/it/"));
}

#[tokio::test]
async fn demo_profile_is_labelled_and_shows_contacts() {
    let app = TestApp::spawn().await;
    let html = app.get("/it/").await.text();
    assert!(html.contains("Rete Crocevia Piemonte (demo)"));
    assert!(html.contains("Sito dimostrativo"));
    assert!(html.contains("href=\"tel:+390115550100\""));
    let accessibility = app.get("/it/accessibility").await.text();
    assert!(accessibility.contains("spaziocomune@demo.crocevia.example"));
}

#[tokio::test]
async fn without_a_profile_the_configured_name_is_used() {
    let app = TestApp::with(Options {
        demo: false,
        ..Options::default()
    })
    .await;
    let html = app.get("/it/").await.text();
    assert!(html.contains("Crocevia Test"));
    assert!(!html.contains("Sito dimostrativo"));
    assert!(!html.contains("contact-card"));
    let privacy = app.get("/en/privacy").await.text();
    assert!(privacy.contains("contacting the organisation that runs this site"));
}

#[tokio::test]
async fn robots_txt_keeps_crawlers_out_of_private_areas() {
    let app = TestApp::spawn().await;
    let r = app.get("/robots.txt").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Disallow: /app/"));
}

#[tokio::test]
async fn a_failing_database_gives_a_localized_500_with_request_id() {
    let app = TestApp::spawn().await;
    app.store.clone().close().await.expect("close");
    let r = app.get_with("/en/", &[("x-request-id", "req-42")]).await;
    assert_eq!(r.status, 500);
    let html = r.text();
    assert!(html.contains("Something went wrong"), "{html}");
    assert!(html.contains("req-42"), "request id shown for support");
    assert!(!html.contains("database"), "no internals leak");
}

#[tokio::test]
async fn wrong_methods_get_an_error_page_not_an_empty_body() {
    let app = TestApp::spawn().await;
    let r = app
        .request(
            axum::http::Request::builder()
                .method("DELETE")
                .uri("/it/privacy")
                .header(
                    "cookie",
                    format!(
                        "{}={}",
                        crocevia_web::security::CSRF_COOKIE,
                        crate::helpers::CSRF_SECRET
                    ),
                )
                .header(
                    "x-csrf-token",
                    crocevia_web::security::sign(
                        &crate::helpers::csrf_key(),
                        crate::helpers::CSRF_SECRET,
                    ),
                )
                .body(axum::body::Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(r.status, 405);
    assert!(r.text().contains("<html lang=\"it\""));
}
