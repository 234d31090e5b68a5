//! The JSON API under `/api/v1`, described by OpenAPI 3.1, with the `/status`
//! health endpoint the Italian interoperability guidelines (ModI) ask for.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Content, Header, ObjectBuilder, Ref, RefOr, ResponseBuilder, Type};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::AppState;
use crate::error::Problem;

/// The OpenAPI description of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Crocevia API",
        description = "API of Crocevia, the platform of the network of services for the \
                       integration of third-country nationals. Errors are \
                       application/problem+json (RFC 9457).",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
        contact(name = "Crocevia", url = "https://example.invalid/crocevia"),
    ),
    paths(
        status,
        crate::identity::api::me,
        crate::identity::api::users,
        crate::identity::api::user,
        crate::identity::api::agencies,
        crate::identity::api::agency,
        crate::directory::hsds_api::base,
        crate::directory::hsds_api::services,
        crate::directory::hsds_api::service,
        crate::directory::hsds_api::organizations,
        crate::directory::hsds_api::organization,
        crate::directory::hsds_api::service_at_locations,
        crate::directory::hsds_api::service_at_location,
        crate::directory::hsds_api::taxonomies,
        crate::directory::hsds_api::taxonomy_one,
        crate::directory::hsds_api::taxonomy_terms,
        crate::directory::hsds_api::taxonomy_term,
        crate::search::search_api,
        crate::desk::api::search,
        crate::desk::api::person,
        crate::desk::api::case,
        crate::desk::referrals::receive::api,
    ),
    modifiers(&Conventions),
    components(schemas(
        StatusReport,
        DatabaseStatus,
        Problem,
        crate::identity::api::OperatorJson,
        crate::identity::api::GrantJson,
        crate::identity::api::AgencyJson,
        crate::directory::hsds_api::HsdsPage,
        crate::directory::hsds_api::HsdsBase,
        crate::search::SearchJson,
        crate::search::SearchHitJson,
        crate::desk::api::PersonJson,
        crate::desk::api::PersonMatchJson,
        crate::desk::api::LanguageJson,
        crate::desk::api::CaseJson,
        crate::desk::referrals::receive::ReferralJson,
        crate::desk::api::AssessmentJson,
        crate::desk::api::NoteJson,
        crate::desk::api::MemberJson,
        crate::desk::api::TaskJson,
        crate::desk::api::DocumentJson,
    )),
    tags(
        (name = "status", description = "Health of the service"),
        (name = "identity", description = "Operators, agencies and grants (session cookie)"),
        (name = "search", description = "One search over guides, services and the glossary, in every language"),
        (name = "desk", description = "The one-stop desk: people, visits and cases (session cookie, second factor; every read audited)"),
        (name = "hsds", description = "Open Referral HSDS 3.0 services directory (HSDS-IT profile)"),
    )
)]
pub struct ApiDoc;

/// Name of the session cookie's security scheme.
const SESSION_SCHEME: &str = "session_cookie";
/// Names of the CSRF cookie's and token header's security schemes: every
/// unsafe method needs both (see [`crate::security`]).
const CSRF_SCHEMES: [&str; 2] = ["csrf_cookie", "csrf_token"];

/// What every operation shares because middleware and extractors, not the
/// handler, answer it: the session cookie and its 401/403/404 on the signed-in
/// operations (tags `identity` and `desk`), the CSRF cookie and token on
/// unsafe methods, 400 for a malformed path or query parameter wherever there
/// is one, 400/413/415/422 for a body that is not the JSON described, 429
/// from the API rate limit on `/api/` and `/hsds/`. Every error is a problem
/// document.
struct Conventions;

fn problem_response(description: &str) -> ResponseBuilder {
    ResponseBuilder::new().description(description).content(
        crate::error::PROBLEM_JSON,
        Content::new(Some(Ref::from_schema_name("Problem"))),
    )
}

impl Modify for Conventions {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SESSION_SCHEME,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "crocevia_session",
                "The session of a signed-in operator (`__Host-crocevia_session` over HTTPS); \
                 the desk also needs the second factor passed.",
            ))),
        );
        components.add_security_scheme(
            CSRF_SCHEMES[0],
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "crocevia_csrf",
                "The CSRF secret (`__Host-crocevia_csrf` over HTTPS), set with any page \
                 that has a form.",
            ))),
        );
        components.add_security_scheme(
            CSRF_SCHEMES[1],
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRF-Token",
                "The CSRF token of that secret: the `csrf_token` field of the page's forms.",
            ))),
        );
        for (path, item) in &mut doc.paths.paths {
            let operations = [
                (false, &mut item.get),
                (true, &mut item.put),
                (true, &mut item.post),
                (true, &mut item.delete),
                (false, &mut item.options),
                (false, &mut item.head),
                (true, &mut item.patch),
                (false, &mut item.trace),
            ];
            for (unsafe_method, op) in operations {
                let Some(op) = op else { continue };
                let signed_in = op
                    .tags
                    .iter()
                    .flatten()
                    .any(|t| t == "identity" || t == "desk");
                let has_params = op.parameters.as_ref().is_some_and(|p| !p.is_empty());
                let has_body = op.request_body.is_some();
                let responses = &mut op.responses.responses;
                let mut add = |code: &str, response: ResponseBuilder| {
                    responses
                        .entry(code.to_owned())
                        .or_insert_with(|| RefOr::T(response.build()));
                };
                if has_params {
                    add(
                        "400",
                        problem_response("A path or query parameter is missing or malformed"),
                    );
                }
                if has_body {
                    add("400", problem_response("The body is not JSON"));
                    add("413", problem_response("The body is too large"));
                    add(
                        "415",
                        problem_response("The body is not `application/json`"),
                    );
                    add(
                        "422",
                        problem_response("The body does not have the shape described"),
                    );
                }
                if unsafe_method {
                    add(
                        "403",
                        problem_response(
                            "Refused: missing or invalid CSRF cookie or token, or not permitted",
                        ),
                    );
                }
                if signed_in {
                    add("401", problem_response("No session"));
                    add(
                        "403",
                        problem_response(
                            "Not permitted, or the session has not passed the second factor",
                        ),
                    );
                    add(
                        "404",
                        problem_response("No such record, or not visible to this operator"),
                    );
                }
                if path.starts_with("/api/") || path.starts_with("/hsds/") {
                    add(
                        "429",
                        problem_response(
                            "Too many requests: try again after `Retry-After` seconds",
                        )
                        .header(
                            "Retry-After",
                            Header::new(ObjectBuilder::new().schema_type(Type::Integer)),
                        ),
                    );
                }
                // All the schemes of one requirement are needed together.
                let schemes: Vec<&str> = signed_in
                    .then_some(SESSION_SCHEME)
                    .into_iter()
                    .chain(CSRF_SCHEMES.into_iter().filter(|_| unsafe_method))
                    .collect();
                if !schemes.is_empty() {
                    let mut requirement = SecurityRequirement::default();
                    for scheme in schemes {
                        requirement = requirement.add(scheme, Vec::<String>::new());
                    }
                    op.security = Some(vec![requirement]);
                }
            }
        }
    }
}

/// The OpenAPI document, with the ModI `x-api-id` and `x-summary` extensions.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    let extensions = doc.info.extensions.get_or_insert_with(Default::default);
    extensions.insert("x-api-id".to_owned(), serde_json::json!("crocevia-api-v1"));
    extensions.insert(
        "x-summary".to_owned(),
        serde_json::json!("Services, guides and case work for the integration network"),
    );
    doc
}

/// API routes, Swagger UI and the OpenAPI document.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/status", get(status))
        .route("/api/v1/status", get(status))
        .route("/api/v1/docs/index.css", get(swagger_index_css))
        .merge(
            SwaggerUi::new("/api/v1/docs")
                .url("/api/v1/openapi.json", openapi())
                // The base layout drops the "explore" bar, whose unlabeled URL input
                // and low-contrast button fail WCAG (see tests/browser/apidocs).
                .config(Config::default().use_base_layout()),
        )
}

/// Swagger UI's page stylesheet, replaced by ours for WCAG contrast.
async fn swagger_index_css() -> impl IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../../assets/swagger-index.css"),
    )
}

/// Health report: a problem document whose `status` mirrors the HTTP status, with
/// the version and the database's state as extension members.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusReport {
    /// `about:blank`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `OK` or `Service Unavailable`.
    pub title: String,
    /// HTTP status: 200 when the service works, 503 when the database is unreachable.
    pub status: u16,
    /// Crocevia version.
    pub version: String,
    /// The database.
    pub database: DatabaseStatus,
}

/// State of the database.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatabaseStatus {
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// Whether it answered.
    pub reachable: bool,
    /// Number of schema migrations applied.
    pub migrations_applied: usize,
    /// Number of migrations this version needs that are not applied yet.
    pub migrations_pending: usize,
    /// The last migration applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_migration: Option<String>,
}

/// Service health.
#[utoipa::path(
    get,
    path = "/status",
    tag = "status",
    responses(
        (status = 200, description = "The service works", body = StatusReport,
         content_type = "application/problem+json"),
        (status = 503, description = "The database is unreachable or not migrated",
         body = StatusReport, content_type = "application/problem+json"),
    )
)]
pub async fn status(State(state): State<AppState>) -> Response {
    let store = state.store();
    let report = store.migration_report().await;
    let (reachable, applied, pending, latest) = match &report {
        Ok(r) => (
            true,
            r.applied.len(),
            r.pending.len(),
            r.applied.last().cloned(),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "status: database unreachable");
            (false, 0, 0, None)
        }
    };
    let code = if reachable && pending == 0 {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = StatusReport {
        kind: "about:blank".to_owned(),
        title: code.canonical_reason().unwrap_or_default().to_owned(),
        status: code.as_u16(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database: DatabaseStatus {
            backend: serde_json::to_value(store.backend())
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            reachable,
            migrations_applied: applied,
            migrations_pending: pending,
            latest_migration: latest,
        },
    };
    let mut response = axum::Json(body).into_response();
    *response.status_mut() = code;
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static(crate::error::PROBLEM_JSON),
    );
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}
