//! Training the operators in the web: the public verification of a
//! certificate ([`verify`]) and the self check-in by QR ([`checkin`]). The
//! other workspace pages (programme, editions, register, "my training")
//! follow the same capability layout.

mod checkin;
mod verify;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// The routes of the training capability.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/verify", get(verify::form))
        .route("/{lang}/verify/{code}", get(verify::show))
        .route(
            "/app/training/checkin",
            get(checkin::form).post(checkin::check_in),
        )
        .route("/app/training/sessions/{id}/checkin", get(checkin::show))
}
