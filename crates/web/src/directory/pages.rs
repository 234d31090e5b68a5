//! Public pages of the services directory: `/{lang}/services` (filters, list
//! sorted by distance, map as an enhancement), and what the service page
//! (`detail.rs`) shares with it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum_extra::extract::CookieJar;
use chrono::{Datelike, NaiveDateTime};
use crocevia_domain::Lang;
use crocevia_domain::directory::hours::{Hours, OpenState, italian_local};
use crocevia_domain::directory::{Point, taxonomy};
use crocevia_domain::territories::territories;
use crocevia_domain::translation::TranslationStatus;
use crocevia_store::directory::hsds::Kind;
use crocevia_store::directory::read::{Hit, Listing, Query as DirQuery, ReadModel};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::AppState;
use crate::error::WebResult;
use crate::layout::{Chrome, Section};
use crate::portal::{chrome, page, page_lang};

/// Services per page.
const PER_PAGE: usize = 20;

/// Own names of the languages services declare (autonyms: the same in every
/// interface language).
const AUTONYMS: [(&str, &str); 24] = [
    ("it", "Italiano"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("uk", "Українська"),
    ("sq", "Shqip"),
    ("zh", "中文"),
    ("bn", "বাংলা"),
    ("ur", "اردو"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("wo", "Wolof"),
    ("ti", "ትግርኛ"),
    ("de", "Deutsch"),
    ("pt", "Português"),
    ("hi", "हिन्दी"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("fa", "فارسی"),
    ("tr", "Türkçe"),
    ("ps", "پښتو"),
    ("so", "Soomaali"),
    ("am", "አማርኛ"),
    ("tl", "Tagalog"),
];

pub(super) fn autonym(code: &str) -> String {
    AUTONYMS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| code.to_owned(), |(_, n)| (*n).to_owned())
}

/// The filters as typed (kept in the form).
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    category: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    open: String,
    #[serde(default)]
    free: String,
    #[serde(default)]
    lat: String,
    #[serde(default)]
    lon: String,
    #[serde(default)]
    page: String,
}

/// One service in the list.
pub struct Card {
    pub(super) href: String,
    pub(super) name: String,
    pub(super) name_lang: &'static str,
    pub(super) organization: String,
    pub(super) address: String,
    pub(super) distance: Option<String>,
    pub(super) open: String,
    pub(super) open_now: bool,
    /// Language code and own name.
    pub(super) languages: Vec<(String, String)>,
    pub(super) categories: Vec<String>,
    pub(super) free: bool,
    pub(super) closed: bool,
    /// Map marker: latitude, longitude.
    pub(super) point: Option<(f64, f64)>,
}

#[derive(Template)]
#[template(path = "services.html")]
struct ListPage {
    chrome: Chrome,
    filters: Filters,
    categories: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    cards: Vec<Card>,
    results: String,
    sorted_by: Option<String>,
    /// Nothing in the place asked for: the nearest results are this far.
    far: Option<String>,
    /// Filters are set: phones get links to the results and the map first.
    filtered: bool,
    place_error: Option<String>,
    page_label: String,
    pages: usize,
    prev_href: Option<String>,
    next_href: Option<String>,
    map_tiles: Option<(String, String)>,
}

/// A field in the reader's language when translated, else Italian (the
/// source), with the language shown and the translation status.
pub(super) struct Text {
    pub(super) text: String,
    pub(super) lang: &'static str,
    pub(super) status: Option<TranslationStatus>,
}

impl Text {
    /// The text's direction (`rtl` for Arabic and Urdu), for its `dir`: an
    /// Italian paragraph in an Arabic page keeps its punctuation in place.
    pub(super) fn dir(&self) -> &'static str {
        Lang::from_url_segment(self.lang).map_or("ltr", |l| l.direction().as_str())
    }
}

pub(super) fn str_of<'a>(r: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    r.get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// Fallback: requested language → English → Italian.
pub(super) fn localized(
    model: &ReadModel,
    entity: &str,
    id: &str,
    field: &str,
    lang: Lang,
    source: &str,
) -> Text {
    let shown = localized_as(model, (entity, id), field, lang.as_str(), source);
    if shown.lang != "it" || matches!(lang, Lang::It | Lang::En) {
        return shown;
    }
    localized_as(model, (entity, id), field, Lang::En.as_str(), source)
}

/// A field in the language the page is shown in (`shown`: its title's, the
/// reader's language or the English fallback), else Italian: one service
/// page never mixes two translations, and what is not translated is marked
/// as Italian.
pub(super) fn localized_as(
    model: &ReadModel,
    (entity, id): (&str, &str),
    field: &str,
    shown: &'static str,
    source: &str,
) -> Text {
    if shown != "it"
        && let Some((text, status)) = model.translation_from(entity, id, field, shown, source)
        && status.is_current()
    {
        return Text {
            text,
            lang: shown,
            status: Some(status),
        };
    }
    Text {
        text: source.to_owned(),
        lang: "it",
        status: None,
    }
}

pub(super) fn open_text(chrome: &Chrome, hours: &Hours, now: NaiveDateTime) -> (String, bool) {
    match hours.state_at(now) {
        OpenState::OpenUntil(t) => (
            chrome.t1("dir-open-until", "time", &t.format("%H:%M").to_string()),
            true,
        ),
        OpenState::OpensAt(at) if at.date() == now.date() => (
            chrome.t1("dir-opens-today", "time", &at.format("%H:%M").to_string()),
            false,
        ),
        OpenState::OpensAt(at) => {
            let day = chrome.t(&format!("day-{}", at.weekday().number_from_monday()));
            (
                chrome.tr.t_args(
                    "dir-opens-at",
                    &[("day", &day), ("time", &at.format("%H:%M").to_string())],
                ),
                false,
            )
        }
        OpenState::Unknown => (chrome.t("dir-hours-unknown"), false),
    }
}

pub(super) fn first_address(location: Option<&Map<String, Value>>) -> String {
    location
        .and_then(|l| l.get("addresses"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(Value::as_object)
        .map(|a| {
            let mut parts = vec![str_of(a, "address_1").unwrap_or_default().to_owned()];
            let city = [str_of(a, "postal_code"), str_of(a, "city")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            parts.push(city);
            parts.retain(|p| !p.is_empty());
            parts.join(", ")
        })
        .unwrap_or_default()
}

pub(super) fn card(
    model: &ReadModel,
    chrome: &Chrome,
    hit: &Hit<'_>,
    now: NaiveDateTime,
) -> Option<Card> {
    let l: &Listing = hit.listing;
    let service = model.snapshot.record(Kind::Service, &l.service_id)?;
    let service = &service;
    let name = localized(
        model,
        "service",
        &l.service_id,
        "name",
        chrome.lang,
        str_of(service, "name").unwrap_or_default(),
    );
    let organization = model
        .services
        .get(&l.service_id)
        .map(|i| i.organization.clone())
        .unwrap_or_default();
    let location = l
        .location_id
        .as_deref()
        .and_then(|id| model.snapshot.record(Kind::Location, id));
    let location = location.as_ref();
    let (open, open_now) = open_text(chrome, &l.hours, now);
    Some(Card {
        href: format!("/{}/services/{}", chrome.lang, l.service_id),
        name: name.text,
        name_lang: name.lang,
        organization,
        address: first_address(location),
        distance: hit
            .km
            .map(|km| chrome.t1("dir-distance", "km", &format!("{km:.1}"))),
        open,
        open_now,
        languages: model
            .languages_of(l)
            .map(|c| (c.to_owned(), autonym(c)))
            .collect(),
        categories: l
            .categories()
            .map(|c| chrome.t(&format!("category-{c}")))
            .collect(),
        free: l.free,
        closed: !l.active,
        point: l.point.map(|p| (p.lat, p.lon)),
    })
}

/// The municipality `typed` names (its name, whatever the case, accents and
/// punctuation, or its ISTAT code) and the centre of its places; `None` when
/// it names none or the directory has no place there.
pub(crate) fn place_centre(
    model: &ReadModel,
    typed: &str,
) -> Option<(&'static crocevia_domain::territories::Municipality, Point)> {
    let fold = crocevia_domain::territories::fold_name;
    let typed = typed.trim();
    let found = match territories().municipality(typed) {
        Some(m) => Some(m),
        None => territories()
            .search_municipalities(typed, 1)
            .into_iter()
            .next()
            .filter(|m| fold(&m.name) == fold(typed)),
    };
    found.and_then(|m| model.centre_of(&m.code).map(|p| (m, p)))
}

/// Farther than this from the municipality asked for, the nearest result
/// is not "there": the list says so.
const NEAR_KM: f64 = 15.0;

fn query_string(f: &Filters, page: usize) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("category", &f.category),
        ("place", &f.place),
        ("language", &f.language),
        ("open", &f.open),
        ("free", &f.free),
        ("lat", &f.lat),
        ("lon", &f.lon),
    ] {
        if !v.trim().is_empty() {
            q.append_pair(k, v.trim());
        }
    }
    if page > 1 {
        q.append_pair("page", &page.to_string());
    }
    q.finish()
}

/// The services list.
pub async fn list(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
    Query(filters): Query<Filters>,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(&state, lang, "/services", Section::Services, "dir-title").await?;
    let model = state.directory().await?;
    let now = italian_local(chrono::Utc::now());
    let mut place_error = None;
    let mut sorted_by = None;
    let mut place_name = None;
    let mut q = DirQuery {
        category: Some(filters.category.trim())
            .filter(|c| taxonomy::id_of(c).is_some())
            .map(str::to_owned),
        language: Some(filters.language.trim().to_lowercase()).filter(|l| !l.is_empty()),
        open_at: (!filters.open.is_empty()).then_some(now),
        free: !filters.free.is_empty(),
        ..DirQuery::default()
    };
    let from_browser = filters
        .lat
        .trim()
        .parse::<f64>()
        .ok()
        .zip(filters.lon.trim().parse::<f64>().ok())
        .and_then(|(lat, lon)| Point::new(lat, lon));
    if let Some(p) = from_browser {
        q.near = Some(p);
        sorted_by = Some(chrome.t("dir-location-used"));
    } else if !filters.place.trim().is_empty() {
        let typed = filters.place.trim();
        match place_centre(&model, typed) {
            Some((m, p)) => {
                q.near = Some(p);
                sorted_by = Some(chrome.t1("dir-place-used", "place", &m.name));
                place_name = Some(m.name.as_str());
            }
            None => place_error = Some(chrome.t1("dir-place-unknown", "place", typed)),
        }
    }
    let hits = ReadModel::by_service(&model.search(&q));
    let total = hits.len();
    // Sorted by distance from a municipality with nothing there that
    // matches: said, with how far the nearest is (it was silent).
    let far = match (place_name, hits.first()) {
        (Some(place), Some(first)) => first.km.filter(|km| *km > NEAR_KM).map(|km| {
            chrome.tr.t_args(
                "dir-nothing-near",
                &[("place", place), ("km", &format!("{km:.0}"))],
            )
        }),
        _ => None,
    };
    let filtered = !query_string(&filters, 1).is_empty();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_no = filters
        .page
        .trim()
        .parse::<usize>()
        .unwrap_or(1)
        .clamp(1, pages);
    let cards = hits
        .iter()
        .skip((page_no - 1) * PER_PAGE)
        .take(PER_PAGE)
        .filter_map(|h| card(&model, &chrome, h, now))
        .collect();
    let href = |p: usize| {
        let qs = query_string(&filters, p);
        format!(
            "/{lang}/services{}{qs}",
            if qs.is_empty() { "" } else { "?" }
        )
    };
    let mut categories: Vec<(String, String)> = taxonomy::TERMS
        .iter()
        .map(|(_, c)| ((*c).to_owned(), chrome.t(&format!("category-{c}"))))
        .collect();
    categories.sort_by(|a, b| a.1.cmp(&b.1));
    let languages = model
        .spoken
        .iter()
        .map(|c| (c.clone(), autonym(c)))
        .collect();
    let results = chrome.tr.t_count(
        "dir-results",
        "count",
        u64::try_from(total).unwrap_or(u64::MAX),
    );
    let page_label = chrome.tr.t_args(
        "dir-page-of",
        &[
            ("page", &page_no.to_string()),
            ("pages", &pages.to_string()),
        ],
    );
    let template = ListPage {
        map_tiles: state.settings().map_tiles.clone(),
        prev_href: (page_no > 1).then(|| href(page_no - 1)),
        next_href: (page_no < pages).then(|| href(page_no + 1)),
        chrome,
        filters,
        categories,
        languages,
        cards,
        results,
        sorted_by,
        far,
        filtered,
        place_error,
        page_label,
        pages,
    };
    Ok(with_map_policy(&state, page(&state, jar, lang, &template)))
}

/// Lets the page load images from the configured tile server.
pub(super) fn with_map_policy(state: &AppState, mut response: Response) -> Response {
    let origin = state.settings().map_tiles.as_ref().and_then(|(url, _)| {
        let rest = url.split_once("://")?;
        let host = rest.1.split('/').next()?;
        Some(format!("{}://{host}", rest.0))
    });
    if let Some(origin) = origin
        && let Ok(value) = axum::http::HeaderValue::from_str(
            &crate::security::csp_with_images_from(&origin.replace(['{', '}'], "")),
        )
    {
        response
            .headers_mut()
            .insert(axum::http::header::CONTENT_SECURITY_POLICY, value);
    }
    response
}
