//! Embedded static assets: ETags, revalidation, compression, completeness.

use crate::helpers::TestApp;

#[tokio::test]
async fn stylesheets_are_served_with_etag_and_revalidate() {
    let app = TestApp::spawn().await;
    let path = "/assets/vendor/bootstrap-italia/css/bootstrap-italia.min.css";
    let r = app.get(path).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/css; charset=utf-8"));
    let etag = r.header("etag").expect("etag").to_owned();
    assert!(
        r.header("cache-control")
            .is_some_and(|c| c.contains("max-age"))
    );
    let r = app.get_with(path, &[("if-none-match", &etag)]).await;
    assert_eq!(r.status, 304);
    assert!(r.bytes.is_empty());
    let r = app.get_with(path, &[("if-none-match", "\"other\"")]).await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn text_is_compressed_fonts_are_not() {
    let app = TestApp::spawn().await;
    let r = app
        .get_with("/assets/app.css", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    let r = app.get_with("/", &[("accept-encoding", "br")]).await;
    assert!(r.status.is_redirection());
    let r = app.get_with("/it/", &[("accept-encoding", "br")]).await;
    assert_eq!(r.header("content-encoding"), Some("br"));
    let r = app
        .get_with(
            "/assets/vendor/noto-sans-arabic/noto-sans-arabic-arabic-400-normal.woff2",
            &[("accept-encoding", "gzip")],
        )
        .await;
    assert_eq!(r.status, 200, "Arabic font is vendored");
    assert_eq!(r.header("content-encoding"), None);
}

#[tokio::test]
async fn every_asset_a_page_references_exists() {
    let app = TestApp::spawn().await;
    for page in ["/it/", "/ar/"] {
        let html = app.get(page).await.text();
        let refs: Vec<&str> = html
            .split(['"', '#'])
            .filter(|s| s.starts_with("/assets/"))
            .collect();
        assert!(refs.len() >= 6, "found {refs:?}");
        for r in refs {
            assert_eq!(app.get(r).await.status, 200, "{r} referenced by {page}");
        }
    }
}

#[tokio::test]
async fn missing_assets_are_404() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/assets/nope.css").await.status, 404);
    assert_eq!(app.get("/assets/vendor/SHA256SUMS").await.status, 404);
}

#[tokio::test]
async fn precompressed_variants_match_the_original_and_have_their_own_etags() {
    use std::io::Read;
    let app = TestApp::spawn().await;
    let path = "/assets/vendor/bootstrap-italia/css/bootstrap-italia.min.css";
    let plain = app.get(path).await;
    let gz = app.get_with(path, &[("accept-encoding", "gzip")]).await;
    let br = app
        .get_with(path, &[("accept-encoding", "gzip, deflate, br, zstd")])
        .await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(br.header("content-encoding"), Some("br"));
    for r in [&plain, &gz, &br] {
        assert_eq!(r.header("vary"), Some("Accept-Encoding"));
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes[..])
        .read_to_end(&mut out)
        .expect("gunzip");
    assert_eq!(out, plain.bytes);
    let mut out = Vec::new();
    brotli::Decompressor::new(&br.bytes[..], 4096)
        .read_to_end(&mut out)
        .expect("unbrotli");
    assert_eq!(out, plain.bytes);
    assert!(br.bytes.len() * 5 < plain.bytes.len());

    let etags: std::collections::BTreeSet<_> = [&plain, &gz, &br]
        .iter()
        .map(|r| r.header("etag").expect("etag").to_owned())
        .collect();
    assert_eq!(etags.len(), 3, "one ETag per representation");
    let gz_etag = gz.header("etag").expect("etag");
    let r = app
        .get_with(
            path,
            &[("accept-encoding", "gzip"), ("if-none-match", gz_etag)],
        )
        .await;
    assert_eq!(r.status, 304);
    let r = app
        .get_with(
            path,
            &[("accept-encoding", "br"), ("if-none-match", gz_etag)],
        )
        .await;
    assert_eq!(
        r.status, 200,
        "a gzip ETag does not validate the brotli body"
    );
}
