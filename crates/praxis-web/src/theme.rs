//! The deployment's look: `/theme.css` (the accent as CSS custom properties,
//! so no inline style is needed and the CSP stays `style-src 'self'`) and
//! `/logo`. Both are read from `app.theme`, built once at start; pages link
//! them with a hash of their content (`?v=`), which caches keep a year.

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use praxis_app::App;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// The image may be opened on its own: it then runs no script, loads
/// nothing and is sandboxed.
const SVG_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

fn cache_control(asked: Option<&str>, current: &str) -> HeaderValue {
    if asked == Some(current) {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        // An old or missing hash: the current content, checked again next time.
        HeaderValue::from_static("no-cache")
    }
}

pub async fn stylesheet(State(app): State<App>, Query(query): Query<Version>) -> Response {
    let theme = &app.theme;
    let mut response = theme.stylesheet.clone().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        cache_control(query.v.as_deref(), &theme.stylesheet_version),
    );
    response
}

pub async fn logo(State(app): State<App>, Query(query): Query<Version>) -> Response {
    let Some(logo) = &app.theme.logo else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let mut response = logo.bytes.clone().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(logo.content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        cache_control(query.v.as_deref(), &logo.version),
    );
    headers.insert(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if logo.is_svg() {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(SVG_CSP),
        );
    }
    response
}
