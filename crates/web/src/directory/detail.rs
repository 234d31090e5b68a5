//! A service's public page: `/{lang}/services/{id}`, every text in one
//! language, its places with hours, and the way back to the list the reader
//! came from.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use crocevia_domain::directory::hours::italian_local;
use crocevia_domain::translation::TranslationStatus;
use crocevia_store::directory::hsds::Kind;
use crocevia_store::directory::read::ReadModel;
use serde_json::{Map, Value};

use super::pages::{
    Text, autonym, first_address, localized, localized_as, open_text, str_of, with_map_policy,
};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, Section, tel_href};
use crate::portal::{Act, AfterFeedback, FeedbackForm, Phone, Share, chrome, page, page_lang};
use crate::security::CsrfToken;

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
    act: Act,
    share: Share,
    feedback: FeedbackForm,
}

fn phones(record: &Map<String, Value>) -> Vec<(String, String)> {
    phone_list(record)
        .into_iter()
        .map(|p| (p.tel, p.number))
        .collect()
}

/// The phones of a record, each marked when its description names
/// WhatsApp.
fn phone_list(record: &Map<String, Value>) -> Vec<Phone> {
    record
        .get("phones")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter_map(|p| {
            let number = str_of(p, "number")?;
            Some(Phone {
                tel: tel_href(number),
                number: number.to_owned(),
                whatsapp: str_of(p, "description")
                    .is_some_and(|d| d.to_lowercase().contains("whatsapp")),
            })
        })
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
    Query(after): Query<AfterFeedback>,
    csrf: CsrfToken,
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
        (_, Some(TranslationStatus::Machine)) => Some(chrome.t("dir-machine-translated")),
        _ => None,
    };
    let listings = model.of_service(&id);
    let places: Vec<Place> = listings
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
    let mut service_phones = phone_list(service);
    if service_phones.is_empty()
        && let Some(place) = places.first()
    {
        service_phones = place
            .phones
            .iter()
            .map(|(tel, number)| Phone {
                tel: tel.clone(),
                number: number.clone(),
                whatsapp: false,
            })
            .collect();
    }
    let act = Act::of(
        &service_phones,
        places
            .iter()
            .find_map(|p| p.point.map(|(lat, lon)| (lat, lon, name.text.as_str()))),
    );
    let share = Share::of(&chrome, &name.text);
    let feedback = FeedbackForm::of("service", &id, &csrf, after.thanked());
    let template = DetailPage {
        feedback,
        act,
        share,
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
