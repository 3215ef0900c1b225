//! The security baseline every response gets: headers, the anonymous CSRF
//! cookie, and the client address used for throttling.

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use praxis_app::App;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The session cookie of browsers (the API uses bearer tokens).
pub const SESSION_COOKIE: &str = "praxis_session";
/// Double-submit CSRF secret for forms shown to people not signed in yet
/// (sign-in, registration). Signed-in forms use the session's own token.
pub const CSRF_COOKIE: &str = "praxis_csrf";

/// No inline script or style anywhere: pages load their CSS and JS from /static.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
frame-ancestors 'none'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let defaults = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    response
}

/// The anonymous CSRF token of this browser, set by [`ensure_csrf_cookie`].
#[derive(Clone, Debug)]
pub struct AnonCsrf(pub String);

/// Gives every browser a CSRF cookie on its first page view, so the
/// sign-in and registration forms can carry the matching token.
pub async fn ensure_csrf_cookie(
    State(app): State<App>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(existing) = cookie(request.headers(), CSRF_COOKIE)
        && (32..=64).contains(&existing.len())
    {
        request.extensions_mut().insert(AnonCsrf(existing));
        return next.run(request).await;
    }
    let token = praxis_app::accounts::new_secret();
    request.extensions_mut().insert(AnonCsrf(token.clone()));
    let mut response = next.run(request).await;
    let secure = if app.config.served_over_https() {
        "; Secure"
    } else {
        ""
    };
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{secure}"
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Reads one cookie from the `Cookie` headers.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// `Set-Cookie` for the session: HttpOnly, SameSite=Lax, Secure over HTTPS.
pub fn session_cookie(app: &App, token: &str, max_age_days: i64) -> String {
    let secure = if app.config.served_over_https() {
        "; Secure"
    } else {
        ""
    };
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        max_age_days * 86_400
    )
}

pub fn clear_session_cookie() -> String {
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// The client's address: the peer, or, when the peer is a trusted proxy,
/// the nearest untrusted address in `X-Forwarded-For`.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<IpAddr>);

impl FromRequestParts<App> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let trusted = &app.config.security.trusted_proxies;
        let Some(peer) = peer else {
            return Ok(ClientIp(None));
        };
        if !trusted.contains(&peer) {
            return Ok(ClientIp(Some(peer)));
        }
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|s| s.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        let client = forwarded
            .iter()
            .rev()
            .find(|ip| !trusted.contains(ip))
            .copied()
            .unwrap_or(peer);
        Ok(ClientIp(Some(client)))
    }
}

impl ClientIp {
    pub fn client(self) -> praxis_app::accounts::Client {
        praxis_app::accounts::Client { ip: self.0 }
    }
}
