//! The portal as a newcomer's app: a web app manifest per language (so the
//! installed app is named and laid out in the reader's language), the
//! pages the service worker (`assets/sw.js`) falls back to offline (the
//! saved list and "you are offline"), and what every guide and service
//! page offers to share it and act on it: plain share links (WhatsApp,
//! SMS), a QR code drawn on the server, and for a service big Call,
//! WhatsApp and Directions buttons that open the phone's own apps. No
//! tracking script, no third-party request: the links are ordinary links.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use qrcode::QrCode;
use qrcode::render::svg;
use serde_json::json;

use super::{chrome, page, page_lang};
use crate::AppState;
use crate::error::{WebResult, render_html};
use crate::layout::{Chrome, Section};

/// Routes of the app's own pages.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/manifest.webmanifest", get(manifest))
        .route("/{lang}/saved", get(saved))
        .route("/{lang}/offline", get(offline))
}

/// The web app manifest in the page's language.
async fn manifest(State(state): State<AppState>, Path(lang): Path<String>) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(&state, lang, "/", Section::Home, "home-title").await?;
    let name = chrome.network.name.clone();
    let short: String = chrome
        .network
        .region
        .clone()
        .filter(|r| r.chars().count() <= 12)
        .unwrap_or_else(|| name.chars().take(12).collect());
    let body = json!({
        "id": "/",
        "name": name,
        "short_name": short,
        "description": chrome.t("site-tagline"),
        "lang": lang.as_str(),
        "dir": chrome.dir,
        "start_url": format!("/{lang}/"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0066cc",
        "icons": [
            {"src": "/assets/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
            {"src": "/assets/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
            {"src": "/assets/icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
            {"src": "/assets/favicon.svg", "sizes": "any", "type": "image/svg+xml"}
        ],
        "shortcuts": [
            {"name": chrome.t("nav-guides"), "url": format!("/{lang}/guides")},
            {"name": chrome.t("nav-services"), "url": format!("/{lang}/services")},
            {"name": chrome.t("saved-title"), "url": format!("/{lang}/saved")}
        ]
    });
    Ok((
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body.to_string(),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "saved.html")]
struct SavedPage {
    chrome: Chrome,
}

#[derive(Template)]
#[template(path = "offline.html")]
struct OfflinePage {
    chrome: Chrome,
}

/// A page made of its chrome alone, at `rest`, titled by `title_key`.
async fn plain<T: Template>(
    state: &AppState,
    (lang, jar): (&str, CookieJar),
    (rest, title_key): (&str, &str),
    template: impl FnOnce(Chrome) -> T,
) -> WebResult<Response> {
    let lang = page_lang(state, lang)?;
    let chrome = chrome(state, lang, rest, Section::Home, title_key).await?;
    Ok(page(state, jar, lang, &template(chrome)))
}

/// The guides and services saved on this device: the list is kept by the
/// browser (`site.js`), never sent to the server.
async fn saved(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    plain(&state, (&lang, jar), ("/saved", "saved-title"), |chrome| {
        SavedPage { chrome }
    })
    .await
}

/// What the service worker shows for a page not kept on the device when
/// there is no connection.
/// `site.js` fetches it in the background to keep it, so it never sets the
/// language cookie: a background fetch must not change the language the
/// person chose meanwhile.
async fn offline(State(state): State<AppState>, Path(lang): Path<String>) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(&state, lang, "/offline", Section::Home, "offline-title").await?;
    Ok(render_html(&OfflinePage { chrome }))
}

/// How a page is shared: its address, prepared WhatsApp and SMS links, and
/// a QR code of the address to show another phone.
#[derive(Debug, Clone)]
pub struct Share {
    /// The page's address (absolute when the public URL is configured;
    /// `site.js` makes it absolute from the browser's location otherwise).
    pub url: String,
    /// `https://wa.me/?text=…`.
    pub whatsapp: String,
    /// `sms:?&body=…`.
    pub sms: String,
    /// An SVG drawing of the address as a QR code.
    pub qr_svg: String,
}

impl Share {
    /// The share links of the page `chrome` describes, titled `title`.
    #[must_use]
    pub fn of(chrome: &Chrome, title: &str) -> Share {
        let url = chrome
            .alternates
            .iter()
            .find(|a| a.current)
            .map(|a| a.href.clone())
            .unwrap_or_else(|| chrome.home_href.clone());
        let text = format!("{title} {url}");
        let encoded: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
        let encoded = encoded.replace('+', "%20");
        Share {
            whatsapp: format!("https://wa.me/?text={encoded}"),
            sms: format!("sms:?&body={encoded}"),
            qr_svg: qr_svg(&url),
            url,
        }
    }
}

/// An SVG QR code of `text` (no XML declaration: it goes inside a page).
#[must_use]
pub fn qr_svg(text: &str) -> String {
    let Ok(code) = QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].replacen("<svg", "<svg aria-hidden=\"true\" focusable=\"false\"", 1)
}

/// The big buttons of a service page: call, write on WhatsApp, go there.
#[derive(Debug, Clone, Default)]
pub struct Act {
    /// `tel:` link and the number as written.
    pub call: Option<(String, String)>,
    /// `https://wa.me/<number>` of a phone that takes WhatsApp.
    pub whatsapp: Option<String>,
    /// `geo:` link (the phone's own maps app).
    pub geo: Option<String>,
    /// The same place on OpenStreetMap (phones without a `geo:` handler).
    pub maps: Option<String>,
}

impl Act {
    /// The actions of a service: its first voice phone, its first phone a
    /// description names WhatsApp for (HSDS has no type for it), and its
    /// first place with a position.
    #[must_use]
    pub fn of(phones: &[Phone], place: Option<(f64, f64, &str)>) -> Act {
        let call = phones
            .iter()
            .find(|p| !p.whatsapp)
            .or_else(|| phones.first())
            .map(|p| (p.tel.clone(), p.number.clone()));
        let whatsapp = phones.iter().find(|p| p.whatsapp).and_then(|p| {
            let digits: String = p.number.chars().filter(char::is_ascii_digit).collect();
            let digits = digits.trim_start_matches("00");
            (digits.len() >= 8).then(|| format!("https://wa.me/{digits}"))
        });
        let (geo, maps) = place.map_or((None, None), |(lat, lon, name)| {
            let label: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
            (
                Some(format!("geo:{lat:.5},{lon:.5}?q={lat:.5},{lon:.5}({label})")),
                Some(format!(
                    "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}"
                )),
            )
        });
        Act {
            call,
            whatsapp,
            geo,
            maps,
        }
    }

    /// Whether there is anything to show.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.call.is_none() && self.whatsapp.is_none() && self.geo.is_none()
    }
}

/// A phone of a service or place.
#[derive(Debug, Clone)]
pub struct Phone {
    /// `tel:` link.
    pub tel: String,
    /// The number as written.
    pub number: String,
    /// Whether it takes WhatsApp (its description says so).
    pub whatsapp: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatsapp_call_and_directions_links() {
        let phones = [
            Phone {
                tel: "tel:+390110000104".into(),
                number: "+39 011 0000 104".into(),
                whatsapp: false,
            },
            Phone {
                tel: "tel:+393200000104".into(),
                number: "+39 320 0000 104".into(),
                whatsapp: true,
            },
        ];
        let act = Act::of(&phones, Some((45.07, 7.68, "Sportello & co")));
        assert_eq!(
            act.call.as_ref().map(|c| c.0.as_str()),
            Some("tel:+390110000104")
        );
        assert_eq!(act.whatsapp.as_deref(), Some("https://wa.me/393200000104"));
        assert_eq!(
            act.geo.as_deref(),
            Some("geo:45.07000,7.68000?q=45.07000,7.68000(Sportello+%26+co)")
        );
        assert!(Act::of(&[], None).is_empty());
        assert!(qr_svg("https://example.org/it/guides/x").starts_with("<svg aria-hidden"));
    }
}
