//! `GET /metrics` for operators, and the middleware that counts and times
//! every answered request by its route pattern.

use crate::extract::tokens_match;
use crate::security::ClientIp;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use praxis_app::App;
use std::time::Instant;

/// Runs after routing (`route_layer`), so the matched pattern is known.
pub async fn record(State(app): State<App>, request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    app.http_metrics.record(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// Only for configured addresses or the operator token; everyone else is
/// told there is nothing here.
pub async fn metrics(State(app): State<App>, ip: ClientIp, headers: HeaderMap) -> Response {
    let from_allowed =
        ip.0.is_some_and(|ip| app.config.metrics.allowed_ips.contains(&ip));
    let with_token = app
        .config
        .metrics
        .token
        .as_deref()
        .filter(|t| !t.is_empty())
        .is_some_and(|expected| {
            headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .is_some_and(|sent| tokens_match(sent.trim(), expected))
        });
    if !from_allowed && !with_token {
        return StatusCode::NOT_FOUND.into_response();
    }
    match praxis_app::metrics::render(&app).await {
        Ok(text) => {
            let mut response = text.into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
            );
            response
        }
        Err(error) => crate::error::ApiError(error).into_response(),
    }
}
