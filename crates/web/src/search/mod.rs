//! One search over guides, services and the glossary: the page
//! `/{lang}/search?q=` (with the box in every page's header) and the JSON API
//! `/api/v1/search`. Only public content is indexed (see `crocevia_search`).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use crocevia_domain::directory::Point;
use crocevia_search::{PublicKind, SearchHit, SearchQuery, SearchResults};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::error::{Problem, WebError, WebResult};
use crate::layout::{Chrome, Section};
use crate::portal::{chrome, page, page_lang};

mod source;
pub mod sync;

pub use sync::{Search, spawn_sync};

/// Routes of the search.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/search", get(search_page))
        .route("/api/v1/search", get(search_api))
}

/// Longest query read (characters); longer input is cut.
const MAX_QUERY: usize = 200;

/// What the page and the API read from the query string ([`SearchDoc`]
/// describes the API's in the OpenAPI document).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    /// The words.
    q: String,
    /// Only `guide`, `service` or `concept`.
    kind: String,
    /// A municipality (name or ISTAT code): services nearer rank higher.
    near: String,
    /// Latitude and longitude (the API; instead of `near`). The page ignores
    /// a wrong one; the API refuses it.
    lat: Option<String>,
    /// Longitude.
    lon: Option<String>,
    /// The reader's language (the API; the page has it in its path).
    lang: String,
}

/// Where `near` (or `lat`/`lon`) points: `Ok(None)` when not given, `Err`
/// with what was typed when it names no municipality with services.
async fn place(
    params: &SearchParams,
    app: &AppState,
) -> WebResult<Result<Option<(f64, f64)>, String>> {
    if let Some(p) = params
        .lat
        .as_deref()
        .and_then(|lat| lat.trim().parse::<f64>().ok())
        .zip(
            params
                .lon
                .as_deref()
                .and_then(|lon| lon.trim().parse::<f64>().ok()),
        )
        .and_then(|(lat, lon)| Point::new(lat, lon))
    {
        return Ok(Ok(Some((p.lat, p.lon))));
    }
    let typed = params.near.trim();
    if typed.is_empty() {
        return Ok(Ok(None));
    }
    let model = app.directory().await?;
    Ok(crate::directory::pages::place_centre(&model, typed)
        .map(|(_, p)| Some((p.lat, p.lon)))
        .ok_or_else(|| typed.to_owned()))
}

fn query_text(params: &SearchParams) -> String {
    params.q.trim().chars().take(MAX_QUERY).collect()
}

/// The API's `lat`/`lon`: neither, or both numbers that make a point.
fn api_point(params: &SearchParams) -> Result<(), &'static str> {
    match (params.lat.as_deref(), params.lon.as_deref()) {
        (None, None) => Ok(()),
        (Some(lat), Some(lon)) => lat
            .trim()
            .parse::<f64>()
            .ok()
            .zip(lon.trim().parse::<f64>().ok())
            .and_then(|(lat, lon)| Point::new(lat, lon))
            .map(|_| ())
            .ok_or("lat, lon: not a point (latitude -90 to 90, longitude -180 to 180)"),
        _ => Err("lat, lon: they go together"),
    }
}

/// The API's parameters, as the OpenAPI document describes them.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchDoc {
    /// The words (at most 200 characters are read); blank is a 400.
    #[param(min_length = 1, pattern = r"\S")]
    pub q: String,
    /// Only `guide`, `service` or `concept` (empty: all).
    #[param(schema_with = kind_schema)]
    pub kind: Option<String>,
    /// A municipality (name or ISTAT code) whose services rank higher; one
    /// that names no municipality with services is a 400.
    pub near: Option<String>,
    /// A point whose services rank higher (instead of `near`): `lat` and
    /// `lon` together.
    #[param(style = Form, explode, inline)]
    pub point: Option<LatLonDoc>,
    /// The reader's language (empty: `it`); one this portal does not publish is a 400.
    #[param(schema_with = lang_schema)]
    pub lang: Option<String>,
}

/// A point (WGS84), sent as `lat=…&lon=…`.
#[derive(ToSchema)]
pub struct LatLonDoc {
    /// Latitude.
    #[schema(minimum = -90, maximum = 90)]
    pub lat: f64,
    /// Longitude.
    #[schema(minimum = -180, maximum = 180)]
    pub lon: f64,
}

/// A string that is empty or one of `values`.
fn enum_or_empty(
    description: &str,
    values: impl IntoIterator<Item = &'static str>,
) -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .description(Some(description))
        .enum_values(Some(std::iter::once("").chain(values)))
        .build()
}

fn kind_schema() -> utoipa::openapi::Object {
    enum_or_empty(
        "Only `guide`, `service` or `concept` (empty: all).",
        PublicKind::ALL.iter().map(|k| k.as_str()),
    )
}

fn lang_schema() -> utoipa::openapi::Object {
    enum_or_empty(
        "The reader's language (empty: `it`); one this portal does not publish is a 400.",
        Lang::ALL.iter().map(|l| l.as_str()),
    )
}

async fn run(
    app: &AppState,
    text: String,
    lang: Lang,
    kind: Option<PublicKind>,
    near: Option<(f64, f64)>,
    limit: usize,
) -> WebResult<std::sync::Arc<SearchResults>> {
    app.search()
        .sync_for_request(app)
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let q = SearchQuery {
        text,
        lang,
        kind,
        near,
        limit,
    };
    app.search()
        .query(&q)
        .map_err(|e| WebError::Internal(e.into()))
}

/// A result as the page shows it.
struct HitView {
    kind: &'static str,
    href: String,
    title: String,
    lang: &'static str,
    dir: &'static str,
    /// The language's name when it is not the reader's.
    other_language: Option<String>,
    snippet: Vec<(String, bool)>,
    place: Option<String>,
    km: Option<String>,
}

fn href(lang: Lang, hit: &SearchHit) -> String {
    match hit.kind {
        PublicKind::Guide => format!("/{lang}/guides/{}", hit.id),
        PublicKind::Service => format!("/{lang}/services/{}", hit.id),
        PublicKind::Concept => format!("/{lang}/glossary/{}", hit.id),
    }
}

/// A filter link: kind, label, count, href, current.
struct KindLink {
    label: String,
    count: usize,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    near: String,
    near_unknown: Option<String>,
    summary: Option<String>,
    kinds: Vec<KindLink>,
    hits: Vec<HitView>,
    suggestion: Option<(String, String)>,
    /// Zero results: guides to start from (href, title).
    suggested: Vec<(String, String)>,
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The search page.
pub async fn search_page(
    State(app): State<AppState>,
    Path(lang): Path<String>,
    Query(params): Query<SearchParams>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&app, &lang)?;
    let mut chrome = chrome(&app, lang, "/search", Section::Search, "search-title").await?;
    let text = query_text(&params);
    let kind = PublicKind::parse(params.kind.trim());
    let (near, near_unknown) = match place(&params, &app).await? {
        Ok(p) => (p, None),
        Err(typed) => (
            None,
            Some(
                chrome
                    .tr
                    .t_args("search-near-unknown", &[("place", &typed)]),
            ),
        ),
    };
    let results = if text.is_empty() {
        std::sync::Arc::default()
    } else {
        run(&app, text.clone(), lang, kind, near, 30).await?
    };
    let base = |k: Option<PublicKind>| {
        let mut h = format!("/{lang}/search?q={}", encode(&text));
        if !params.near.trim().is_empty() {
            h.push_str(&format!("&near={}", encode(params.near.trim())));
        }
        if let Some(k) = k {
            h.push_str(&format!("&kind={}", k.as_str()));
        }
        h
    };
    let total: usize = results.counts.iter().sum();
    let mut kinds = vec![KindLink {
        label: chrome.t("search-kind-all"),
        count: total,
        href: base(None),
        current: kind.is_none(),
    }];
    for k in PublicKind::ALL {
        kinds.push(KindLink {
            label: chrome.t(&format!("search-kind-{}", k.as_str())),
            count: results.counts[k as usize],
            href: base(Some(k)),
            current: kind == Some(k),
        });
    }
    let hits = results
        .hits
        .iter()
        .map(|h| HitView {
            kind: h.kind.as_str(),
            href: href(lang, h),
            title: h.title.clone(),
            lang: h.lang.as_str(),
            dir: h.lang.direction().as_str(),
            other_language: (h.lang != lang).then(|| {
                chrome.tr.t_args(
                    "search-in-language",
                    &[("language", &crate::i18n::Tr(h.lang).t("language-name"))],
                )
            }),
            snippet: h.snippet.clone(),
            place: h.place.clone(),
            km: h.km.map(|km| {
                chrome
                    .tr
                    .t_args("search-km", &[("km", &format!("{km:.1}"))])
            }),
        })
        .collect::<Vec<_>>();
    let summary = (!text.is_empty() && total > 0).then(|| {
        chrome.tr.t_count_args(
            "search-results",
            ("count", u64::try_from(total).unwrap_or(u64::MAX)),
            &[("query", &text)],
        )
    });
    let suggestion = results
        .suggestion
        .as_ref()
        .map(|s| (format!("/{lang}/search?q={}", encode(s)), s.clone()));
    let suggested = if !text.is_empty() && total == 0 {
        suggested_guides(&app, lang).await?
    } else {
        Vec::new()
    };
    if !text.is_empty() {
        chrome.title = format!("{} · {}", text, chrome.t("search-title"));
    }
    let template = SearchPage {
        chrome,
        q: text,
        near: params.near.trim().to_owned(),
        near_unknown,
        summary,
        kinds,
        hits,
        suggestion,
        suggested,
    };
    Ok(page(&app, jar, lang, &template))
}

/// Guides to start from when nothing was found: the published guides of the
/// permit, residency and health categories, in the reader's language.
async fn suggested_guides(app: &AppState, lang: Lang) -> WebResult<Vec<(String, String)>> {
    let guides = app.store().guides().await?;
    Ok(guides
        .iter()
        .filter(|g| {
            crocevia_domain::guides::GuideStatus::parse(&g.row.status)
                == Some(crocevia_domain::guides::GuideStatus::Published)
                && matches!(g.row.category.as_str(), "permits" | "residency" | "health")
        })
        .filter_map(|g| {
            let title = crate::guides::pick(&g.texts, "title", lang)?;
            Some((format!("/{lang}/guides/{}", g.row.slug), title.text))
        })
        .take(6)
        .collect())
}

/// One result of the API.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHitJson {
    /// `guide`, `service` or `concept`.
    kind: String,
    /// Slug (guides, concepts) or id (services).
    id: String,
    /// Page on the portal, in the requested language.
    href: String,
    /// Language of title and snippet (the requested one when translated,
    /// else English, else Italian).
    lang: String,
    title: String,
    /// The excerpt as text.
    snippet: String,
    /// The matched words inside `snippet`, as byte ranges.
    highlights: Vec<[usize; 2]>,
    /// Municipality (services).
    place: Option<String>,
    /// Kilometres from `near` or `lat`/`lon` (services).
    km: Option<f64>,
    score: f32,
}

/// The API's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchJson {
    query: String,
    lang: String,
    /// Matches per kind: guide, service, concept.
    counts: std::collections::BTreeMap<String, usize>,
    /// A corrected query, when words look misspelled.
    suggestion: Option<String>,
    /// Glossary concepts the query names (slugs).
    concepts: Vec<String>,
    results: Vec<SearchHitJson>,
}

/// Searches guides, services and glossary in any language.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(SearchDoc),
    responses(
        (status = 200, description = "Results, best first", body = SearchJson),
        (status = 400, description = "Missing or unknown parameter", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn search_api(
    State(app): State<AppState>,
    Query(params): Query<SearchParams>,
) -> WebResult<Response> {
    let text = query_text(&params);
    let bad = |detail: &str| {
        Ok(Problem::new(
            StatusCode::BAD_REQUEST,
            Some(detail.to_owned()),
            Some("/api/v1/search".to_owned()),
        )
        .into_response_with(StatusCode::BAD_REQUEST))
    };
    if text.is_empty() {
        return bad("q: the words to search for are missing");
    }
    if let Err(detail) = api_point(&params) {
        return bad(detail);
    }
    let lang = if params.lang.trim().is_empty() {
        Lang::It
    } else {
        match Lang::from_tag(&params.lang) {
            Ok(l) if app.settings().languages.contains(l) => l,
            _ => return bad("lang: not a language of this portal"),
        }
    };
    let kind = match params.kind.trim() {
        "" => None,
        k => match PublicKind::parse(k) {
            Some(k) => Some(k),
            None => return bad("kind: one of guide, service, concept"),
        },
    };
    // The same question asked again while the index is unchanged: the
    // same bytes (most people type a few dozen queries).
    app.search()
        .sync_for_request(&app)
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let key = serde_json::to_string(&[
        text.as_str(),
        lang.as_str(),
        params.kind.trim(),
        params.near.trim(),
        params.lat.as_deref().unwrap_or_default().trim(),
        params.lon.as_deref().unwrap_or_default().trim(),
    ])
    .map_err(|e| WebError::Internal(e.into()))?;
    if let Some(body) = app.search().response(&key) {
        return Ok(json_response(body));
    }
    let version = app.search().version();
    let near = match place(&params, &app).await? {
        Ok(p) => p,
        Err(_) => return bad("near: no such municipality"),
    };
    let results = run(&app, text.clone(), lang, kind, near, 50).await?;
    let json = SearchJson {
        query: text,
        lang: lang.as_str().to_owned(),
        counts: PublicKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), results.counts[*k as usize]))
            .collect(),
        suggestion: results.suggestion.clone(),
        concepts: results.concepts.clone(),
        results: results
            .hits
            .iter()
            .map(|h| {
                let mut snippet = String::new();
                let mut highlights = Vec::new();
                for (part, on) in &h.snippet {
                    if *on {
                        highlights.push([snippet.len(), snippet.len() + part.len()]);
                    }
                    snippet.push_str(part);
                }
                SearchHitJson {
                    kind: h.kind.as_str().to_owned(),
                    id: h.id.clone(),
                    href: href(lang, h),
                    lang: h.lang.as_str().to_owned(),
                    title: h.title.clone(),
                    snippet,
                    highlights,
                    place: h.place.clone(),
                    km: h.km,
                    score: h.score,
                }
            })
            .collect(),
    };
    let body = axum::body::Bytes::from(
        serde_json::to_vec(&json).map_err(|e| WebError::Internal(e.into()))?,
    );
    app.search().keep_response(key, version, body.clone());
    Ok(json_response(body))
}

fn json_response(body: axum::body::Bytes) -> Response {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}
