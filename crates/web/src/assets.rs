//! Static assets (Bootstrap Italia, Leaflet, Noto fonts, our own CSS), embedded in
//! the binary and served under `/assets/` with a strong ETag per encoding and
//! revalidation.
//!
//! Text assets are compressed once per process (gzip and brotli, at high
//! quality, off the async threads) and the compressed bytes are cached: the
//! router's generic compression layer would otherwise recompress a 600 KB
//! stylesheet on every request (see BENCHMARKS.md). The cache is derived data,
//! rebuilt on demand.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, LazyLock, RwLock};

use axum::Router;
use axum::body::Bytes;
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

/// Routes serving the assets. They are mounted outside the compression layer:
/// the handler picks the precompressed variant itself.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/assets/{*path}", get(asset))
        .route("/sw.js", get(service_worker))
}

/// The portal's service worker (`assets/sw.js`), served from the root so
/// that it may control every public page; revalidated on each check, so a
/// new version is picked up at once.
async fn service_worker(headers: HeaderMap) -> Result<Response, WebError> {
    let mut response = asset(Path("sw.js".to_owned()), headers).await?;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// A content coding the handler can serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Identity,
    Gzip,
    Brotli,
}

impl Coding {
    fn etag_suffix(self) -> &'static str {
        match self {
            Coding::Identity => "",
            Coding::Gzip => "-gz",
            Coding::Brotli => "-br",
        }
    }

    /// The `Content-Encoding` value, none for identity.
    fn header(self) -> Option<&'static str> {
        match self {
            Coding::Identity => None,
            Coding::Gzip => Some("gzip"),
            Coding::Brotli => Some("br"),
        }
    }
}

/// The best coding the client accepts: brotli, then gzip, then identity.
fn negotiate(headers: &HeaderMap) -> Coding {
    let accepted = |name: &str| {
        headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or_default().trim();
                let zero_q = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                coding.eq_ignore_ascii_case(name) && !zero_q
            })
    };
    if accepted("br") {
        Coding::Brotli
    } else if accepted("gzip") {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

/// Whether a media type gains from compression (fonts and images are already
/// compressed, except SVG).
fn compressible(mime: &str) -> bool {
    mime.starts_with("text/")
        || mime == "application/javascript"
        || mime == "application/json"
        || mime == "image/svg+xml"
}

/// Compressed variants of one asset.
#[derive(Debug)]
struct Variants {
    gzip: Bytes,
    brotli: Bytes,
}

/// An asset path with its content hash, so a changed file (debug builds read
/// from disk) is never served stale.
type AssetKey = (String, [u8; 32]);

/// Asset → compressed variants.
static COMPRESSED: LazyLock<RwLock<HashMap<AssetKey, Arc<Variants>>>> =
    LazyLock::new(Default::default);

fn compress(data: &[u8]) -> std::io::Result<Variants> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data)?;
    let gzip = gz.finish()?;
    let mut brotli = Vec::new();
    {
        // Quality 9 with a 4 MiB window: close to quality 11's size at a fraction
        // of its time, so the first request of a large asset stays quick.
        let mut w = brotli::CompressorWriter::new(&mut brotli, 64 * 1024, 9, 22);
        w.write_all(data)?;
        w.flush()?;
    }
    Ok(Variants {
        gzip: gzip.into(),
        brotli: brotli.into(),
    })
}

async fn variants(path: &str, hash: [u8; 32], data: Bytes) -> Result<Arc<Variants>, WebError> {
    let key = (path.to_owned(), hash);
    if let Some(v) = COMPRESSED.read().ok().and_then(|m| m.get(&key).cloned()) {
        return Ok(v);
    }
    let computed = tokio::task::spawn_blocking(move || compress(&data))
        .await
        .map_err(|e| WebError::Internal(e.into()))?
        .map_err(|e| WebError::Internal(e.into()))?;
    let computed = Arc::new(computed);
    if let Ok(mut map) = COMPRESSED.write() {
        map.insert(key, computed.clone());
    }
    Ok(computed)
}

async fn asset(Path(path): Path<String>, headers: HeaderMap) -> Result<Response, WebError> {
    let file = Assets::get(&path).ok_or(WebError::NotFound)?;
    let hash = file.metadata.sha256_hash();
    let mime = file.metadata.mimetype().to_owned();
    let compressible = compressible(&mime);
    let coding = if compressible {
        negotiate(&headers)
    } else {
        Coding::Identity
    };
    let etag = format!("\"{}{}\"", hex::encode(&hash[..16]), coding.etag_suffix());
    let etag_value = HeaderValue::from_str(&etag).map_err(|e| WebError::Internal(e.into()))?;
    let cache = HeaderValue::from_static("public, max-age=86400, stale-while-revalidate=604800");
    let vary = HeaderValue::from_static("Accept-Encoding");
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let content_type = if mime.starts_with("text/") || mime == "application/javascript" {
            format!("{mime}; charset=utf-8")
        } else {
            mime.clone()
        };
        let data = Bytes::from(file.data.into_owned());
        let body = match coding {
            Coding::Identity => data,
            Coding::Gzip => variants(&path, hash, data).await?.gzip.clone(),
            Coding::Brotli => variants(&path, hash, data).await?.brotli.clone(),
        };
        let mut r = body.into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_str(&content_type).map_err(|e| WebError::Internal(e.into()))?,
        );
        if let Some(encoding) = coding.header() {
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        r
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, etag_value);
    h.insert(header::CACHE_CONTROL, cache);
    if compressible {
        h.insert(header::VARY, vary);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).expect("header"),
        );
        h
    }

    #[test]
    fn negotiation_prefers_brotli_and_honours_q_zero() {
        assert_eq!(
            negotiate(&accept("gzip, deflate, br, zstd")),
            Coding::Brotli
        );
        assert_eq!(negotiate(&accept("gzip")), Coding::Gzip);
        assert_eq!(negotiate(&accept("br;q=0, gzip;q=0.5")), Coding::Gzip);
        assert_eq!(negotiate(&accept("identity")), Coding::Identity);
        assert_eq!(negotiate(&HeaderMap::new()), Coding::Identity);
    }

    #[test]
    fn compression_round_trips() {
        use std::io::Read;
        let data = b"body { color: red; } ".repeat(200);
        let v = compress(&data).expect("compress");
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&v.gzip[..])
            .read_to_end(&mut out)
            .expect("gunzip");
        assert_eq!(out, data);
        let mut out = Vec::new();
        brotli::Decompressor::new(&v.brotli[..], 4096)
            .read_to_end(&mut out)
            .expect("unbrotli");
        assert_eq!(out, data);
        assert!(v.brotli.len() < data.len() / 10);
    }
}
