//! Training the operators in the web: for now the public verification of a
//! certificate ([`verify`]). The workspace pages (programme, editions,
//! register, check-in, "my training") follow the same capability layout.

mod verify;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// The routes of the training capability.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/verify", get(verify::form))
        .route("/{lang}/verify/{code}", get(verify::show))
}
