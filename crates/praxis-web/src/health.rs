//! Operations endpoints.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use praxis_app::App;

/// 200 `ok` when the database answers, 503 otherwise (for load balancers).
pub async fn healthz(State(app): State<App>) -> impl IntoResponse {
    match app.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::warn!(%error, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
