//! "Your city": the portal entered by municipality. A newcomer picks their
//! comune (typed, from the list of those with services, or by the phone's
//! position) and sees its desks for foreigners, the services nearest to it
//! and the guides. The choice is remembered by the browser only
//! (`site.js`, localStorage): the server keeps nothing.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use chrono::NaiveDateTime;
use crocevia_domain::directory::Point;
use crocevia_domain::directory::hours::italian_local;
use crocevia_domain::territories::territories;
use crocevia_store::directory::read::{Query as DirQuery, ReadModel};
use serde::Deserialize;

use super::pages::{Card, card, place_centre};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, Section};
use crate::portal::{chrome, page, page_lang};

/// How far from a municipality's centre a service counts as near it.
const NEAR_KM: f64 = 15.0;
/// How many desks and nearby services the page lists (the rest is one
/// link away, on the services list sorted by distance).
const SHOWN: usize = 6;

#[derive(Debug, Default, Deserialize)]
pub struct Choice {
    #[serde(default)]
    place: String,
    #[serde(default)]
    lat: String,
    #[serde(default)]
    lon: String,
}

#[derive(Template)]
#[template(path = "city_choose.html")]
struct ChoosePage {
    chrome: Chrome,
    /// What was typed, kept.
    place: String,
    /// A place not recognised.
    error: Option<String>,
    /// Municipalities with services: (code, name), by name.
    municipalities: Vec<(String, String)>,
}

/// The municipalities where the directory has services, by name.
fn served(model: &ReadModel) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = model
        .search(&DirQuery::default())
        .iter()
        .filter_map(|h| h.listing.municipality.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter_map(|code| {
            territories()
                .municipality(&code)
                .map(|m| (code, m.name.clone()))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// Choosing a municipality: by name or code (`?place=`), by the phone's
/// position (`?lat=&lon=`: the municipality of the nearest service), or
/// from the list.
pub async fn choose(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(choice): Query<Choice>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let model = state.directory().await?;
    let position = choice
        .lat
        .trim()
        .parse::<f64>()
        .ok()
        .zip(choice.lon.trim().parse::<f64>().ok())
        .and_then(|(lat, lon)| Point::new(lat, lon));
    let chrome = chrome(&state, lang, "/city", Section::Services, "city-title").await?;
    let mut error = None;
    if let Some(p) = position {
        let q = DirQuery {
            near: Some(p),
            ..DirQuery::default()
        };
        if let Some(code) = model
            .search(&q)
            .iter()
            .find_map(|h| h.listing.municipality.clone())
        {
            return Ok(Redirect::to(&format!("/{lang}/city/{code}")).into_response());
        }
    } else if !choice.place.trim().is_empty() {
        match place_centre(&model, &choice.place) {
            Some((m, _)) => {
                return Ok(Redirect::to(&format!("/{lang}/city/{}", m.code)).into_response());
            }
            None => error = Some(chrome.t1("city-unknown", "place", choice.place.trim())),
        }
    }
    let place: String = choice.place.trim().chars().take(100).collect();
    Ok(page(
        &state,
        jar,
        lang,
        &ChoosePage {
            municipalities: served(&model),
            chrome,
            place,
            error,
        },
    ))
}

#[derive(Template)]
#[template(path = "city.html")]
struct CityPage {
    chrome: Chrome,
    code: String,
    name: String,
    /// Desks for foreigners (permits, legal advice) in the municipality.
    desks: Vec<Card>,
    /// Services nearest to its centre.
    nearby: Vec<Card>,
    /// Published guides: (href, title, its language).
    guides: Vec<(String, String, &'static str)>,
}

/// The first services a query finds, as cards, leaving out those already
/// shown (`shown`: their links).
fn cards(
    (model, chrome): (&ReadModel, &Chrome),
    q: &DirQuery,
    shown: &[Card],
    now: NaiveDateTime,
) -> Vec<Card> {
    ReadModel::by_service(&model.search(q))
        .iter()
        .filter_map(|h| card(model, chrome, h, now))
        .filter(|c| !shown.iter().any(|s| s.href == c.href))
        .take(SHOWN)
        .collect()
}

/// A municipality's page: its desks, the services near it, the guides.
pub async fn city(
    State(state): State<AppState>,
    Path((lang, code)): Path<(String, String)>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let m = territories()
        .municipality(&code)
        .ok_or(WebError::NotFound)?;
    let model = state.directory().await?;
    let mut chrome = chrome(
        &state,
        lang,
        &format!("/city/{}", m.code),
        Section::Services,
        "city-title",
    )
    .await?;
    chrome.title.clone_from(&m.name);
    let now = italian_local(chrono::Utc::now());
    let desks = cards(
        (&model, &chrome),
        &DirQuery {
            municipality: Some(m.code.clone()),
            category: Some("legal-permits".to_owned()),
            ..DirQuery::default()
        },
        &[],
        now,
    );
    let nearby = model
        .centre_of(&m.code)
        .map(|p| {
            cards(
                (&model, &chrome),
                &DirQuery {
                    near: Some(p),
                    radius_km: Some(NEAR_KM),
                    ..DirQuery::default()
                },
                &desks,
                now,
            )
        })
        .unwrap_or_default();
    let shelf = state.published_guides().await?;
    let guides = shelf.links(lang);
    Ok(page(
        &state,
        jar,
        lang,
        &CityPage {
            code: m.code.clone(),
            name: m.name.clone(),
            desks,
            nearby,
            guides,
            chrome,
        },
    ))
}
