//! The services directory on the web: public pages (`/{lang}/services…`) and
//! the HSDS 3.0 API (`/hsds/…`).

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

mod checks;
mod city;
mod detail;
pub mod edit;
pub mod hsds_api;
mod list;
pub mod pages;
mod record_views;
pub mod records;
mod scope;
mod service_form;

/// Routes of the directory.
pub fn routes() -> Router<AppState> {
    use hsds_api as h;
    Router::new()
        .route("/{lang}/services", get(pages::list))
        .route("/{lang}/services/{id}", get(detail::detail))
        .route("/{lang}/city", get(city::choose))
        .route("/{lang}/city/{code}", get(city::city))
        .route("/app/directory", get(list::list))
        .route(
            "/app/directory/services/new",
            get(edit::new_form).post(edit::create),
        )
        .route(
            "/app/directory/services/{id}",
            get(edit::edit_form).post(edit::update),
        )
        .route("/app/directory/services/{id}/verify", post(edit::verify))
        .route("/app/directory/organizations", get(records::organizations))
        .route(
            "/app/directory/organizations/new",
            get(records::new_organization_form).post(records::create_organization),
        )
        .route(
            "/app/directory/organizations/{id}",
            get(records::organization_form).post(records::update_organization),
        )
        .route(
            "/app/directory/organizations/{id}/locations/new",
            get(records::new_location_form).post(records::create_location),
        )
        .route(
            "/app/directory/locations/{id}",
            get(records::location_form_page).post(records::update_location),
        )
        .route(
            "/app/directory/services/{id}/translations",
            post(edit::translate),
        )
        .route("/hsds/", get(h::base))
        .route("/hsds/services", get(h::services))
        .route("/hsds/services/{id}", get(h::service))
        .route("/hsds/organizations", get(h::organizations))
        .route("/hsds/organizations/{id}", get(h::organization))
        .route("/hsds/service_at_locations", get(h::service_at_locations))
        .route(
            "/hsds/service_at_locations/{id}",
            get(h::service_at_location),
        )
        .route("/hsds/taxonomies", get(h::taxonomies))
        .route("/hsds/taxonomies/{id}", get(h::taxonomy_one))
        .route("/hsds/taxonomy_terms", get(h::taxonomy_terms))
        .route("/hsds/taxonomy_terms/{id}", get(h::taxonomy_term))
}
