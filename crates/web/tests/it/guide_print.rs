//! A guide printed and as a PDF (issue 5, issue 20 item 8): both languages
//! side by side with a QR code, every script shaped, addresses whole.

use crate::guides::{RENEWAL, app};
use crate::helpers::pdf_text;

#[tokio::test]
async fn the_print_page_shows_both_languages_and_a_qr_code() {
    let app = app().await;
    let r = app
        .get_with(
            &format!("/ar/guides/{RENEWAL}/print"),
            &[("host", "crocevia.example")],
        )
        .await;
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("<div lang=\"ar\" dir=\"rtl\" class=\"guide-body\">"));
    assert!(html.contains("<div lang=\"it\" dir=\"ltr\" class=\"guide-body\">"));
    assert!(html.contains("Rinnovare il permesso di soggiorno"));
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    assert!(html.contains(&format!("http://crocevia.example/ar/guides/{RENEWAL}")));
    // In Italian there is one column.
    let it = app.get(&format!("/it/guides/{RENEWAL}/print")).await.text();
    assert_eq!(it.matches("class=\"guide-body\"").count(), 1);
    assert_eq!(app.get("/it/guides/nessuna/print").await.status, 404);
}

#[tokio::test]
async fn the_pdf_of_a_guide_is_bilingual_in_every_script() {
    let app = app().await;
    for lang in ["ar", "ur", "bn", "zh-Hans", "uk", "it"] {
        let r = app.get(&format!("/{lang}/guides/{RENEWAL}/pdf")).await;
        assert_eq!(r.status, 200, "{lang}");
        assert_eq!(r.header("content-type"), Some("application/pdf"));
        assert_eq!(
            r.header("content-disposition"),
            Some(format!("inline; filename=\"{RENEWAL}-{lang}.pdf\"").as_str())
        );
        assert!(r.bytes.starts_with(b"%PDF-"), "{lang}");
        // The Italian column is there, as text (not outlines): poppler reads it.
        let text = pdf_text(&r.bytes);
        assert!(
            text.contains("Rinnovare il permesso di soggiorno"),
            "{lang}: {text}"
        );
        assert!(
            text.contains(&format!("/{lang}/guides/{RENEWAL}")),
            "{lang}: the address"
        );
        // The official pages' addresses whole and in order in both columns
        // (in the Arabic column a wrapped address came out in pieces).
        assert!(
            text.matches("https://www.poliziadistato.it/").count() >= 2,
            "{lang}: {text}"
        );
    }
    assert_eq!(app.get("/ar/guides/nessuna/pdf").await.status, 404);
    assert_eq!(
        app.get(&format!("/xx/guides/{RENEWAL}/pdf")).await.status,
        404
    );
}
