//! Public pages of the services directory: `/{lang}/services` (filters, list
//! sorted by distance, map as an enhancement) and `/{lang}/services/{id}`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum_extra::extract::CookieJar;
use chrono::{Datelike, NaiveDateTime};
use crocevia_domain::Lang;
use crocevia_domain::directory::hours::{Hours, OpenState, italian_local};
use crocevia_domain::directory::{Point, taxonomy};
use crocevia_domain::territories::territories;
use crocevia_store::directory::hsds::Kind;
use crocevia_store::directory::read::{Hit, Listing, Query as DirQuery, ReadModel};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, Section, tel_href};
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

fn autonym(code: &str) -> String {
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
    href: String,
    name: String,
    name_lang: &'static str,
    organization: String,
    address: String,
    distance: Option<String>,
    open: String,
    open_now: bool,
    /// Language code and own name.
    languages: Vec<(String, String)>,
    categories: Vec<String>,
    free: bool,
    closed: bool,
    /// Map marker: latitude, longitude.
    point: Option<(f64, f64)>,
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
struct Text {
    text: String,
    lang: &'static str,
    status: Option<&'static str>,
}

impl Text {
    /// The text's direction (`rtl` for Arabic and Urdu), for its `dir`: an
    /// Italian paragraph in an Arabic page keeps its punctuation in place.
    fn dir(&self) -> &'static str {
        Lang::from_url_segment(self.lang).map_or("ltr", |l| l.direction().as_str())
    }
}

fn str_of<'a>(r: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    r.get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// Fallback: requested language → English → Italian.
fn localized(
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
fn localized_as(
    model: &ReadModel,
    (entity, id): (&str, &str),
    field: &str,
    shown: &'static str,
    source: &str,
) -> Text {
    if shown != "it"
        && let Some((text, status)) = model.translation_from(entity, id, field, shown, source)
        && status != "outdated"
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

/// The items of a nested list (`required_documents`) with their text
/// (`document`), each in the page's language or Italian.
fn localized_items(
    model: &ReadModel,
    service: (&Map<String, Value>, &str),
    (list, key): (&str, &str),
    shown: &'static str,
) -> Vec<(Map<String, Value>, Text)> {
    let (record, id) = service;
    record
        .get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter_map(|o| {
            let source = str_of(o, key)?;
            let item = str_of(o, "id").unwrap_or_default();
            let field = format!("{list}/{item}/{key}");
            let text = localized_as(model, ("service", id), &field, shown, source);
            Some((o.clone(), text))
        })
        .collect()
}

fn open_text(chrome: &Chrome, hours: &Hours, now: NaiveDateTime) -> (String, bool) {
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

fn first_address(location: Option<&Map<String, Value>>) -> String {
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

fn card(model: &ReadModel, chrome: &Chrome, hit: &Hit<'_>, now: NaiveDateTime) -> Option<Card> {
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
fn with_map_policy(state: &AppState, mut response: Response) -> Response {
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

/// One place where the service is offered.
struct Place {
    name: Option<String>,
    address: String,
    point: Option<(f64, f64)>,
    directions: Option<String>,
    open: String,
    open_now: bool,
    /// Weekday name and its hours, Monday first.
    week: Vec<HoursRow>,
    phones: Vec<(String, String)>,
    accessibility: Vec<String>,
}

#[derive(Template)]
#[template(path = "service.html")]
struct DetailPage {
    chrome: Chrome,
    /// The list to go back to, with the reader's filters.
    back: String,
    name: String,
    name_lang: &'static str,
    name_dir: &'static str,
    notice: Option<String>,
    description: Option<Text>,
    organization: Option<Text>,
    eligibility: Option<Text>,
    application: Option<Text>,
    places: Vec<Place>,
    phones: Vec<(String, String)>,
    email: Option<String>,
    website: Option<String>,
    /// Language code and own name.
    languages: Vec<(String, String)>,
    documents: Vec<Text>,
    costs: Vec<Text>,
    free: bool,
    closed: bool,
    categories: Vec<String>,
    verified: String,
    map_tiles: Option<(String, String)>,
}

fn phones(record: &Map<String, Value>) -> Vec<(String, String)> {
    record
        .get("phones")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter_map(|p| str_of(p, "number"))
        .map(|n| (tel_href(n), n.to_owned()))
        .collect()
}

fn texts(record: &Map<String, Value>, list: &str, field: &str) -> Vec<String> {
    record
        .get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter_map(|o| str_of(o, field).map(str::to_owned))
        .collect()
}

/// A row of the hours table: the day (or days of the month), and its
/// openings, each a time span (always left to right) and, when it does not
/// recur every week, how it recurs in the page's language; or "closed".
struct HoursRow {
    day: String,
    closed: Option<String>,
    openings: Vec<(String, Option<String>)>,
}

/// The regular hours as table rows: each weekday, with how often an opening
/// recurs when it is not every week ("second, fourth of the month"), then
/// the openings on days of the month.
fn week_rows(
    tr: crate::i18n::Tr,
    hours: &crocevia_domain::directory::hours::Hours,
) -> Vec<HoursRow> {
    use crocevia_domain::directory::hours::Recurrence;
    let span = |a: chrono::NaiveTime, b: chrono::NaiveTime| {
        format!("{}–{}", a.format("%H:%M"), b.format("%H:%M"))
    };
    let separator = tr.t("list-separator");
    let nth = |n: i8| match n {
        n if n < 0 => tr.t(&format!("hours-nth-m{}", n.unsigned_abs())),
        n => tr.t(&format!("hours-nth-{n}")),
    };
    let every_months = |n: u32| tr.t_count("hours-every-months", "n", u64::from(n));
    let mut rows: Vec<HoursRow> = hours
        .week()
        .iter()
        .enumerate()
        .map(|(i, openings)| HoursRow {
            day: tr.t(&format!("day-{}", i + 1)),
            closed: openings.is_empty().then(|| tr.t("dir-closed-day")),
            openings: openings
                .iter()
                .map(|o| {
                    let when = match &o.recurs {
                        Recurrence::Weekly => None,
                        Recurrence::EveryWeeks(n) => {
                            Some(tr.t_count("hours-every-weeks", "n", u64::from(*n)))
                        }
                        Recurrence::InMonth { ordinals, every } => {
                            let mut parts = Vec::new();
                            if !ordinals.is_empty() {
                                let which: Vec<String> = ordinals.iter().map(|n| nth(*n)).collect();
                                parts.push(tr.t1(
                                    "hours-in-month",
                                    "which",
                                    &which.join(&separator),
                                ));
                            }
                            if *every > 1 {
                                parts.push(every_months(*every));
                            }
                            Some(parts.join(&separator))
                        }
                    };
                    (span(o.opens, o.closes), when)
                })
                .collect(),
        })
        .collect();
    for m in hours.month_days() {
        let days: Vec<String> = m
            .days
            .iter()
            .map(|d| if *d < 0 { nth(*d) } else { d.to_string() })
            .collect();
        let mut day = tr.t1("hours-month-days", "days", &days.join(&separator));
        if m.every > 1 {
            day = format!("{day} ({})", every_months(m.every));
        }
        rows.push(HoursRow {
            day,
            closed: None,
            openings: vec![(span(m.opens, m.closes), None)],
        });
    }
    rows
}

/// The list the reader came from, with its filters and page (the page they
/// came from, as the browser's `Referer` names it), else the whole list.
/// Only a path of this site's list is taken, so the link cannot lead
/// elsewhere.
fn back_to_list(headers: &axum::http::HeaderMap, lang: Lang) -> String {
    let list = format!("/{lang}/services");
    headers
        .get(axum::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| {
            let rest = r.split_once("://")?.1;
            Some(&rest[rest.find('/')?..])
        })
        .filter(|path| {
            let path = path.split('#').next().unwrap_or_default();
            path == list || path.starts_with(&format!("{list}?"))
        })
        .map_or(list.clone(), |path| {
            path.split('#').next().unwrap_or(&list).to_owned()
        })
}

/// A service's page.
pub async fn detail(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let back = back_to_list(&headers, lang);
    let model = state.directory().await?;
    let service = model
        .snapshot
        .record(Kind::Service, &id)
        .ok_or(WebError::NotFound)?;
    let service = &service;
    let rest = format!("/services/{id}");
    let mut chrome = chrome(&state, lang, &rest, Section::Services, "dir-title").await?;
    let now = italian_local(chrono::Utc::now());
    let name = localized(
        &model,
        "service",
        &id,
        "name",
        lang,
        str_of(service, "name").unwrap_or_default(),
    );
    chrome.title.clone_from(&name.text);
    let shown = name.lang;
    let field = |f: &str| {
        str_of(service, f).map(|source| localized_as(&model, ("service", &id), f, shown, source))
    };
    let description = field("description");
    let eligibility = field("eligibility_description");
    let application = field("application_process");
    let notice = match (name.lang, name.status) {
        (l, _) if l != lang.as_str() => Some(
            chrome.t1(
                "dir-not-translated",
                "language",
                &Lang::from_url_segment(l)
                    .map_or_else(|| l.to_owned(), |l| crate::i18n::Tr(l).t("language-name")),
            ),
        ),
        (_, Some("machine")) => Some(chrome.t("dir-machine-translated")),
        _ => None,
    };
    let listings = model.of_service(&id);
    let places = listings
        .iter()
        .map(|l| {
            let location = l
                .location_id
                .as_deref()
                .and_then(|i| model.snapshot.record(Kind::Location, i));
            let location = location.as_ref();
            let (open, open_now) = open_text(&chrome, &l.hours, now);
            let week = week_rows(chrome.tr, &l.hours);
            Place {
                name: location.and_then(|l| str_of(l, "name")).map(str::to_owned),
                address: first_address(location),
                point: l.point.map(|p| (p.lat, p.lon)),
                directions: l.point.map(|p| {
                    format!(
                        "https://www.openstreetmap.org/directions?to={:.5}%2C{:.5}",
                        p.lat, p.lon
                    )
                }),
                open,
                open_now,
                week: if l.hours.is_empty() { Vec::new() } else { week },
                phones: location.map(phones).unwrap_or_default(),
                accessibility: location
                    .map(|l| texts(l, "accessibility", "description"))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let organization = str_of(service, "organization_id")
        .and_then(|o| model.snapshot.record(Kind::Organization, o))
        .map(|o| {
            localized_as(
                &model,
                ("organization", str_of(&o, "id").unwrap_or_default()),
                "name",
                shown,
                str_of(&o, "name").unwrap_or_default(),
            )
        });
    let first = listings.first();
    let verified = model
        .snapshot
        .verified
        .get(&id)
        .copied()
        .flatten()
        .map_or_else(
            || chrome.t("dir-not-verified"),
            |at| chrome.t1("dir-verified", "date", &at.format("%d/%m/%Y").to_string()),
        );
    let costs = localized_items(&model, (service, &id), ("cost_options", "option"), shown)
        .into_iter()
        .map(|(o, mut label)| {
            if let Some(a) = o.get("amount").and_then(Value::as_f64).filter(|a| *a > 0.0) {
                let currency = str_of(&o, "currency").unwrap_or("EUR");
                label.text = format!("{} {a:.2} {currency}", label.text)
                    .trim()
                    .to_owned();
            }
            label
        })
        .filter(|c| !c.text.is_empty())
        .collect();
    let documents = localized_items(
        &model,
        (service, &id),
        ("required_documents", "document"),
        shown,
    )
    .into_iter()
    .map(|(_, text)| text)
    .collect();
    let template = DetailPage {
        back,
        name_dir: name.dir(),
        name: name.text,
        name_lang: name.lang,
        notice,
        description,
        organization,
        eligibility,
        application,
        places,
        phones: phones(service),
        email: str_of(service, "email").map(str::to_owned),
        website: str_of(service, "url").map(str::to_owned),
        languages: first
            .map(|l| {
                model
                    .languages_of(l)
                    .map(|c| (c.to_owned(), autonym(c)))
                    .collect()
            })
            .unwrap_or_default(),
        documents,
        costs,
        free: first.is_some_and(|l| l.free),
        closed: str_of(service, "status").is_some_and(|s| s != "active"),
        categories: crocevia_store::directory::read::categories(service)
            .iter()
            .map(|c| chrome.t(&format!("category-{c}")))
            .collect(),
        verified,
        map_tiles: state.settings().map_tiles.clone(),
        chrome,
    };
    Ok(with_map_policy(&state, page(&state, jar, lang, &template)))
}
