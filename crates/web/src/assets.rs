//! Static assets (Bootstrap Italia, Leaflet, Noto fonts, our own CSS), embedded in
//! the binary and served under `/assets/` with a strong ETag, revalidation and
//! compression (by the router's compression layer).

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rust_embed::RustEmbed;

use crate::AppState;
use crate::error::WebError;

/// Files under `crates/web/assets/`, embedded at compile time (read from disk in
/// debug builds, so edits show without recompiling).
#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "vendor/SHA256SUMS"]
pub struct Assets;

/// Routes serving the assets.
pub fn routes() -> Router<AppState> {
    Router::new().route("/assets/{*path}", get(asset))
}

async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Result<Response, WebError> {
    let file = Assets::get(&path).ok_or(WebError::NotFound)?;
    let hash = file.metadata.sha256_hash();
    let etag = format!("\"{}\"", hex::encode(&hash[..16]));
    let cache = HeaderValue::from_static("public, max-age=86400, stale-while-revalidate=604800");
    let etag_value = HeaderValue::from_str(&etag).map_err(|e| WebError::Internal(e.into()))?;
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag_value), (header::CACHE_CONTROL, cache)],
        )
            .into_response());
    }
    let mime = file.metadata.mimetype();
    let content_type = if mime.starts_with("text/") || mime == "application/javascript" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_owned()
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_str(&content_type).map_err(|e| WebError::Internal(e.into()))?,
            ),
            (header::ETAG, etag_value),
            (header::CACHE_CONTROL, cache),
        ],
        file.data,
    )
        .into_response())
}
