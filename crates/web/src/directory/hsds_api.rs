//! The Open Referral HSDS 3.0 API under `/hsds/`: services, organizations,
//! services at locations, taxonomies and terms, with HSDS paging. Our HSDS-IT
//! profile adds `lat`, `lon`, `radius_km`, `language`, `q`, `open_now`,
//! `taxonomy_term_id`, `municipality` and `free` filters.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use crocevia_domain::directory::hours::italian_local;
use crocevia_domain::directory::{Point, taxonomy, valid_language_code};
use crocevia_store::directory::hsds::{self, Kind, Lookup};
use crocevia_store::directory::read::{Query as DirQuery, ReadModel};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::error::{Problem, WebError};

/// Largest page.
const MAX_PER_PAGE: u64 = 200;
/// Largest page number (documented in the OpenAPI description).
const MAX_PAGE: u64 = 1_000_000;
/// Default page size.
const PER_PAGE: u64 = 50;

/// A page of an HSDS list.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsPage {
    /// Items in the whole list.
    pub total_items: u64,
    /// Pages in the whole list.
    pub total_pages: u64,
    /// This page, from 1.
    pub page_number: u64,
    /// Items per page.
    pub size: u64,
    /// Whether this is the first page.
    pub first_page: bool,
    /// Whether this is the last page.
    pub last_page: bool,
    /// Whether the list is empty.
    pub empty: bool,
    /// The items (HSDS objects).
    #[schema(value_type = Vec<Object>)]
    pub contents: Vec<Value>,
}

/// Parameters of the HSDS lists, as read: every value is checked by
/// [`paging`] and [`query`], which name the parameter in the 400 problem.
/// [`ListDoc`] and [`PageDoc`] describe them in the OpenAPI document.
#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    /// Page number, from 1.
    page: Option<String>,
    /// Items per page (1 to 200, default 50).
    per_page: Option<String>,
    /// Words that must all appear in the service's name, description or organization.
    q: Option<String>,
    /// Latitude of the point to search around (WGS84).
    lat: Option<String>,
    /// Longitude of the point to search around (WGS84).
    lon: Option<String>,
    /// Only within this many kilometres of lat/lon (needs both).
    radius_km: Option<String>,
    /// A language spoken (ISO 639-1 or 639-3 code, e.g. `ar`).
    language: Option<String>,
    /// `true`: only services open now (Italian time, public holidays closed).
    open_now: Option<String>,
    /// A taxonomy term id, or a code of the default taxonomy (`health`).
    taxonomy_term_id: Option<String>,
    /// An ISTAT municipality code (6 digits).
    municipality: Option<String>,
    /// `true`: only free services.
    free: Option<String>,
}

/// HSDS paging, as the OpenAPI document describes it (lists without filters).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageDoc {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<u64>,
    /// Items per page (1 to 200, default 50).
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u64>,
}

/// A point to search around (WGS84), sent as `lat=…&lon=…[&radius_km=…]`.
#[derive(ToSchema)]
pub struct NearDoc {
    /// Latitude.
    #[schema(minimum = -90, maximum = 90)]
    pub lat: f64,
    /// Longitude.
    #[schema(minimum = -180, maximum = 180)]
    pub lon: f64,
    /// Only within this many kilometres.
    #[schema(exclusive_minimum = 0, maximum = 1000, required = false)]
    pub radius_km: f64,
}

/// The HSDS-IT profile's filters with paging, as the OpenAPI document
/// describes them (services, services at locations).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListDoc {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<u64>,
    /// Items per page (1 to 200, default 50).
    #[param(minimum = 1, maximum = 200)]
    pub per_page: Option<u64>,
    /// Words that must all appear in the service's name, description or organization.
    pub q: Option<String>,
    /// A point to search around: `lat` and `lon` together, and `radius_km`
    /// (more than 0, at most 1000) only with them. One object parameter, as
    /// OpenAPI cannot say that separate parameters go together.
    #[param(style = Form, explode, inline)]
    pub point: Option<NearDoc>,
    /// A language spoken (ISO 639-1 or 639-3 code, e.g. `ar`; any case).
    #[param(pattern = "^[A-Za-z]{2,3}$")]
    pub language: Option<String>,
    /// Only services open now (Italian time, public holidays closed).
    pub open_now: Option<bool>,
    /// A term of the default taxonomy: its id or its code (`health`).
    #[param(schema_with = taxonomy_term_schema)]
    pub taxonomy_term_id: Option<String>,
    /// An ISTAT municipality code (6 digits); a code naming no municipality is a 400.
    #[param(pattern = "^[0-9]{6}$")]
    pub municipality: Option<String>,
    /// Only free services.
    pub free: Option<bool>,
}

/// The ids and codes of the default taxonomy's terms.
fn taxonomy_term_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .description(Some(
            "A term of the default taxonomy: its id or its code (`health`).",
        ))
        .enum_values(Some(
            taxonomy::TERMS.iter().flat_map(|(id, code)| [*id, *code]),
        ))
        .build()
}

fn bad(uri: &Uri, detail: String) -> Response {
    Problem::new(
        StatusCode::BAD_REQUEST,
        Some(detail),
        Some(uri.path().to_owned()),
    )
    .into_response_with(StatusCode::BAD_REQUEST)
}

fn number<T: std::str::FromStr>(name: &str, value: Option<&String>) -> Result<Option<T>, String> {
    value
        .map(|v| {
            v.trim()
                .parse::<T>()
                .map_err(|_| format!("parameter `{name}`: {v:?} is not a valid number"))
        })
        .transpose()
}

fn flag(name: &str, value: Option<&String>) -> Result<bool, String> {
    match value.map(String::as_str) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(v) => Err(format!("parameter `{name}`: {v:?} must be true or false")),
    }
}

/// Paging: (offset, limit, page).
fn paging(p: &ListParams) -> Result<(u64, u64, u64), String> {
    let page = number::<u64>("page", p.page.as_ref())?.unwrap_or(1);
    let per_page = number::<u64>("per_page", p.per_page.as_ref())?.unwrap_or(PER_PAGE);
    if page == 0 {
        return Err("parameter `page`: pages start at 1".to_owned());
    }
    if page > MAX_PAGE {
        return Err(format!("parameter `page`: at most {MAX_PAGE}"));
    }
    if per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(format!("parameter `per_page`: must be 1 to {MAX_PER_PAGE}"));
    }
    let offset = (page - 1)
        .checked_mul(per_page)
        .filter(|o| i64::try_from(*o).is_ok())
        .ok_or_else(|| "parameter `page`: too large".to_owned())?;
    Ok((offset, per_page, page))
}

/// The directory query of the profile's filters, checked.
fn query(p: &ListParams) -> Result<DirQuery, String> {
    let lat = number::<f64>("lat", p.lat.as_ref())?;
    let lon = number::<f64>("lon", p.lon.as_ref())?;
    let near = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Point::new(lat, lon).ok_or_else(|| {
            format!("parameters `lat`/`lon`: ({lat}, {lon}) is not a point (latitude -90 to 90, longitude -180 to 180)")
        })?),
        (None, None) => None,
        _ => return Err("parameters `lat` and `lon` go together".to_owned()),
    };
    let radius_km = number::<f64>("radius_km", p.radius_km.as_ref())?;
    if let Some(r) = radius_km {
        if near.is_none() {
            return Err("parameter `radius_km` needs `lat` and `lon`".to_owned());
        }
        if !(r > 0.0 && r <= 1000.0) {
            return Err("parameter `radius_km`: must be more than 0 and at most 1000".to_owned());
        }
    }
    // Given means checked, as documented: an empty value is not "no filter".
    let language = p
        .language
        .as_deref()
        .map(|l| {
            let l = l.to_ascii_lowercase();
            if valid_language_code(&l) {
                Ok(l)
            } else {
                Err(format!(
                    "parameter `language`: {l:?} is not an ISO 639 code (e.g. ar, uk, tir)"
                ))
            }
        })
        .transpose()?;
    let category = p
        .taxonomy_term_id
        .as_deref()
        .map(|t| {
            taxonomy::code_of(t)
                .or_else(|| taxonomy::id_of(t).map(|_| t))
                .map(str::to_owned)
                .ok_or_else(|| {
                    format!(
                        "parameter `taxonomy_term_id`: {t:?} is not a term of the default taxonomy"
                    )
                })
        })
        .transpose()?;
    let municipality = p
        .municipality
        .as_deref()
        .map(|m| {
            crocevia_domain::territories::territories()
                .municipality(m)
                .map(|m| m.code.clone())
                .ok_or_else(|| {
                    format!("parameter `municipality`: {m:?} is not an ISTAT municipality code")
                })
        })
        .transpose()?;
    Ok(DirQuery {
        category,
        municipality,
        language,
        open_at: flag("open_now", p.open_now.as_ref())?.then(|| italian_local(chrono::Utc::now())),
        free: flag("free", p.free.as_ref())?,
        near,
        radius_km,
        text: p.q.clone().filter(|q| !q.trim().is_empty()),
        ..DirQuery::default()
    })
}

fn filtered(p: &ListParams) -> bool {
    [
        &p.q,
        &p.lat,
        &p.lon,
        &p.radius_km,
        &p.language,
        &p.open_now,
        &p.taxonomy_term_id,
        &p.municipality,
        &p.free,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
}

fn page_of(contents: Vec<Value>, total: u64, page: u64, per_page: u64) -> HsdsPage {
    let total_pages = total.div_ceil(per_page).max(1);
    HsdsPage {
        total_items: total,
        total_pages,
        page_number: page,
        size: per_page,
        first_page: page == 1,
        last_page: page >= total_pages,
        empty: contents.is_empty(),
        contents,
    }
}

async fn model(state: &AppState) -> Result<std::sync::Arc<ReadModel>, Response> {
    state
        .directory()
        .await
        .map_err(|e| WebError::from(e).into_response())
}

/// A page of records of one kind: the matching ids (`None`: every record, by
/// id), in the shape of the HSDS lists.
fn list(
    model: &ReadModel,
    ids: Option<Vec<String>>,
    kind: Kind,
    (offset, limit, page): (u64, u64, u64),
) -> HsdsPage {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX);
    let size = usize::try_from(limit).unwrap_or(usize::MAX);
    let (ids, total) = match ids {
        Some(ids) => {
            let total = ids.len();
            (ids.into_iter().skip(offset).take(size).collect(), total)
        }
        None => model.snapshot.page_ids(kind, offset, size),
    };
    let lookup: &dyn Lookup = &model.snapshot;
    let contents = ids
        .iter()
        .filter_map(|id| lookup.get(kind, id))
        .map(|r| Value::Object(shape(kind, r, lookup, false)))
        .collect();
    page_of(contents, total as u64, page, limit)
}

fn shape(kind: Kind, r: Map<String, Value>, lookup: &dyn Lookup, full: bool) -> Map<String, Value> {
    match kind {
        Kind::Service if full => hsds::service_full(r, lookup, true),
        Kind::Service => hsds::service_brief(r, lookup, false),
        Kind::Organization if full => hsds::organization_full(r, lookup),
        Kind::ServiceAtLocation if full => hsds::service_at_location_full(r, lookup),
        Kind::ServiceAtLocation => hsds::service_at_location_item(r, lookup),
        Kind::Location => hsds::location_full(r, lookup),
        Kind::TaxonomyTerm => hsds::term_full(r, lookup),
        Kind::Organization | Kind::Taxonomy => hsds::flat(r),
    }
}

fn one(model: &ReadModel, kind: Kind, id: &str) -> Response {
    let lookup: &dyn Lookup = &model.snapshot;
    match lookup.get(kind, id) {
        Some(r) => Json(Value::Object(shape(kind, r, lookup, true))).into_response(),
        None => WebError::NotFound.into_response(),
    }
}

/// Service list.
#[utoipa::path(get, path = "/hsds/services", tag = "hsds", params(ListDoc),
    responses(
        (status = 200, description = "A page of services (HSDS service_list)", body = HsdsPage),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn services(
    State(state): State<AppState>,
    uri: Uri,
    Query(p): Query<ListParams>,
) -> Response {
    searched(&state, &uri, &p, Kind::Service, |model, q| {
        ReadModel::by_service(&model.search(q))
            .iter()
            .map(|h| h.listing.service_id.clone())
            .collect()
    })
    .await
}

/// One service with its organization and locations.
#[utoipa::path(get, path = "/hsds/services/{id}", tag = "hsds",
    params(("id" = String, Path, description = "Service id")),
    responses(
        (status = 200, description = "The service (HSDS service)", body = Object),
        (status = 404, description = "No such service", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    single(&state, Kind::Service, &id).await
}

/// Organization list.
#[utoipa::path(get, path = "/hsds/organizations", tag = "hsds", params(PageDoc),
    responses((status = 200, description = "A page of organizations", body = HsdsPage)))]
pub async fn organizations(
    State(state): State<AppState>,
    uri: Uri,
    Query(p): Query<ListParams>,
) -> Response {
    simple_list(&state, &uri, &p, Kind::Organization).await
}

/// One organization with its services and locations.
#[utoipa::path(get, path = "/hsds/organizations/{id}", tag = "hsds",
    params(("id" = String, Path, description = "Organization id")),
    responses((status = 200, description = "The organization", body = Object),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json")))]
pub async fn organization(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    single(&state, Kind::Organization, &id).await
}

/// Services at locations, nearest first when a point is given.
#[utoipa::path(get, path = "/hsds/service_at_locations", tag = "hsds", params(ListDoc),
    responses(
        (status = 200, description = "A page of services at locations", body = HsdsPage),
        (status = 400, description = "A parameter is wrong", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn service_at_locations(
    State(state): State<AppState>,
    uri: Uri,
    Query(p): Query<ListParams>,
) -> Response {
    searched(&state, &uri, &p, Kind::ServiceAtLocation, |model, q| {
        model
            .search(q)
            .iter()
            .map(|h| h.listing.sal_id.clone())
            .collect()
    })
    .await
}

/// One service at a location.
#[utoipa::path(get, path = "/hsds/service_at_locations/{id}", tag = "hsds",
    params(("id" = String, Path, description = "Service at location id")),
    responses((status = 200, description = "The service at location", body = Object),
        (status = 404, description = "Not found", body = Problem, content_type = "application/problem+json")))]
pub async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    single(&state, Kind::ServiceAtLocation, &id).await
}

/// Taxonomies.
#[utoipa::path(get, path = "/hsds/taxonomies", tag = "hsds", params(PageDoc),
    responses((status = 200, description = "A page of taxonomies", body = HsdsPage)))]
pub async fn taxonomies(
    State(state): State<AppState>,
    uri: Uri,
    Query(p): Query<ListParams>,
) -> Response {
    simple_list(&state, &uri, &p, Kind::Taxonomy).await
}

/// One taxonomy.
#[utoipa::path(get, path = "/hsds/taxonomies/{id}", tag = "hsds",
    params(("id" = String, Path, description = "Taxonomy id")),
    responses((status = 200, description = "The taxonomy", body = Object),
        (status = 404, description = "Not found", body = Problem, content_type = "application/problem+json")))]
pub async fn taxonomy_one(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    single(&state, Kind::Taxonomy, &id).await
}

/// Taxonomy terms.
#[utoipa::path(get, path = "/hsds/taxonomy_terms", tag = "hsds", params(PageDoc),
    responses((status = 200, description = "A page of taxonomy terms", body = HsdsPage)))]
pub async fn taxonomy_terms(
    State(state): State<AppState>,
    uri: Uri,
    Query(p): Query<ListParams>,
) -> Response {
    simple_list(&state, &uri, &p, Kind::TaxonomyTerm).await
}

/// One taxonomy term.
#[utoipa::path(get, path = "/hsds/taxonomy_terms/{id}", tag = "hsds",
    params(("id" = String, Path, description = "Taxonomy term id")),
    responses((status = 200, description = "The term", body = Object),
        (status = 404, description = "Not found", body = Problem, content_type = "application/problem+json")))]
pub async fn taxonomy_term(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    single(&state, Kind::TaxonomyTerm, &id).await
}

/// One record in full, or 404.
async fn single(state: &AppState, kind: Kind, id: &str) -> Response {
    match model(state).await {
        Ok(m) => one(&m, kind, id),
        Err(r) => r,
    }
}

/// A list the profile's filters apply to: every record by id without
/// filters, else the ids `pick` finds for the query, in its order.
async fn searched(
    state: &AppState,
    uri: &Uri,
    p: &ListParams,
    kind: Kind,
    pick: fn(&ReadModel, &DirQuery) -> Vec<String>,
) -> Response {
    let (paging, q) = match paging(p).and_then(|pg| query(p).map(|q| (pg, q))) {
        Ok(v) => v,
        Err(detail) => return bad(uri, detail),
    };
    let model = match model(state).await {
        Ok(m) => m,
        Err(r) => return r,
    };
    let ids = filtered(p).then(|| pick(&model, &q));
    Json(list(&model, ids, kind, paging)).into_response()
}

async fn simple_list(state: &AppState, uri: &Uri, p: &ListParams, kind: Kind) -> Response {
    let paging = match paging(p) {
        Ok(v) => v,
        Err(detail) => return bad(uri, detail),
    };
    let model = match model(state).await {
        Ok(m) => m,
        Err(r) => return r,
    };
    Json(list(&model, None, kind, paging)).into_response()
}

/// What this API is.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdsBase {
    /// HSDS version.
    pub version: String,
    /// Our profile.
    pub profile: String,
    /// The OpenAPI description.
    pub openapi_url: String,
}

/// The HSDS base endpoint.
#[utoipa::path(get, path = "/hsds/", tag = "hsds",
    responses((status = 200, description = "Version and profile", body = HsdsBase)))]
pub async fn base() -> Json<HsdsBase> {
    Json(HsdsBase {
        version: "3.0".to_owned(),
        profile: "https://example.invalid/crocevia/docs/hsds-it-profile.md".to_owned(),
        openapi_url: "/api/v1/openapi.json".to_owned(),
    })
}
