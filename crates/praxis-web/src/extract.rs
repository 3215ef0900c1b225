//! Extractors: who is asking (cookie or bearer), JSON and form bodies that
//! fail with API.md's errors instead of axum's defaults, and CSRF checks.

use crate::error::{ApiError, PageError};
use crate::i18n::{self, LANGUAGE_COOKIE};
use crate::layout::Layout;
use crate::security::{AnonCsrf, SESSION_COOKIE, cookie};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::accounts::AuthContext;
use praxis_app::{App, AppError};
use praxis_domain::ValidationError;
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthVia {
    Cookie,
    Bearer,
}

/// Who is making the request, resolved once per request.
#[derive(Clone)]
pub struct Viewer {
    pub auth: Option<AuthContext>,
    pub via: Option<AuthVia>,
    /// The raw session token (to sign out).
    pub token: Option<String>,
    anon_csrf: Option<String>,
}

impl Viewer {
    /// The CSRF token this viewer's forms carry.
    pub fn csrf(&self) -> String {
        match &self.auth {
            Some(auth) if self.via == Some(AuthVia::Cookie) => auth.session.csrf_token.clone(),
            _ => self.anon_csrf.clone().unwrap_or_default(),
        }
    }
}

impl FromRequestParts<App> for Viewer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        if let Some(viewer) = parts.extensions.get::<Viewer>() {
            return Ok(viewer.clone());
        }
        let anon_csrf = parts.extensions.get::<AnonCsrf>().map(|c| c.0.clone());
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
                    .unwrap_or("")
                    .trim()
                    .to_owned()
            });
        let (token, via) = match bearer {
            Some(token) => (Some(token), Some(AuthVia::Bearer)),
            None => match cookie(&parts.headers, SESSION_COOKIE) {
                Some(token) => (Some(token), Some(AuthVia::Cookie)),
                None => (None, None),
            },
        };
        let auth = match &token {
            Some(token) => praxis_app::accounts::authenticate(app, token).await?,
            None => None,
        };
        let viewer = Viewer {
            via: auth.as_ref().and(via),
            token: auth.as_ref().and(token),
            auth,
            anon_csrf,
        };
        parts.extensions.insert(viewer.clone());
        Ok(viewer)
    }
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A signed-in API caller. A cookie-authenticated unsafe request must
/// carry the session's CSRF token in `X-CSRF-Token`; bearer tokens need none.
pub struct ApiUser {
    pub auth: AuthContext,
    pub token: String,
}

impl FromRequestParts<App> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        let viewer = Viewer::from_request_parts(parts, app).await?;
        let (Some(auth), Some(token)) = (viewer.auth, viewer.token) else {
            return Err(ApiError(AppError::Unauthenticated));
        };
        if viewer.via == Some(AuthVia::Cookie) && is_unsafe(&parts.method) {
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !constant_time_eq(sent, &auth.session.csrf_token) {
                return Err(ApiError(csrf_failed()));
            }
        }
        Ok(ApiUser { auth, token })
    }
}

pub fn csrf_failed() -> AppError {
    AppError::forbidden(
        "csrf_failed",
        "This form has expired or did not come from this site. Reload the page and try again.",
    )
}

/// Compares CSRF tokens without leaking where they differ.
pub fn tokens_match(sent: &str, expected: &str) -> bool {
    constant_time_eq(sent, expected)
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && !a.is_empty()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A JSON body, refused with API.md errors: 415 without a JSON content
/// type, 400 with the offending `field` when malformed or mistyped, 413
/// when over the body limit.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json"
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            });
        if !is_json {
            return Err(ApiError(AppError::UnsupportedMediaType));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|_| ApiError(AppError::PayloadTooLarge))?;
        parse_json(&bytes).map(ApiJson).map_err(ApiError)
    }
}

/// Parses JSON, naming the field at fault.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let detail = inner.to_string();
        // serde names a missing field only in its message: `missing field `x``.
        let missing = detail
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned);
        let field = match (missing, path.as_str()) {
            (Some(name), ".") => name,
            (Some(name), prefix) => format!("{prefix}.{name}"),
            (None, ".") => String::new(),
            (None, p) => p.to_owned(),
        };
        if inner.is_syntax() || inner.is_eof() {
            AppError::invalid(ValidationError::new(
                field,
                "invalid_json",
                "The request body is not valid JSON.",
            ))
        } else {
            let message = detail
                .split(" at line ")
                .next()
                .unwrap_or("invalid value")
                .to_owned();
            AppError::invalid(
                ValidationError::new(field, "invalid_field", message.clone())
                    .with_arg("detail", message),
            )
        }
    })
}

#[derive(Deserialize, Default)]
struct NoticeQuery {
    notice: Option<String>,
}

/// Every page's context: the viewer (maybe anonymous) and the page frame.
pub struct PageCtx {
    pub viewer: Viewer,
    pub layout: Layout,
}

impl PageCtx {
    pub fn auth(&self) -> Option<&AuthContext> {
        self.viewer.auth.as_ref()
    }

    /// Wraps a use-case error into a page with this frame.
    pub fn error(&self, error: impl Into<AppError>) -> PageError {
        PageError {
            error: error.into(),
            layout: self.layout.clone(),
        }
    }
}

impl FromRequestParts<App> for PageCtx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, PageError> {
        let chosen = cookie(&parts.headers, LANGUAGE_COOKIE);
        let accept_language = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let visitor_lang = || {
            i18n::negotiate(
                None,
                chosen.as_deref(),
                accept_language.as_deref(),
                &app.config.default_locale,
            )
        };
        let fallback_layout = || Layout::new(app, None, String::new(), None, visitor_lang());
        let viewer = Viewer::from_request_parts(parts, app)
            .await
            .map_err(|e| PageError {
                error: e.0,
                layout: fallback_layout(),
            })?;
        let ui = i18n::negotiate(
            viewer.auth.as_ref().map(|a| a.user.locale.as_str()),
            chosen.as_deref(),
            accept_language.as_deref(),
            &app.config.default_locale,
        );
        let notice = Query::<NoticeQuery>::from_request_parts(parts, app)
            .await
            .map(|q| q.0.notice)
            .unwrap_or_default();
        let mut layout = Layout::new(
            app,
            viewer.auth.as_ref(),
            viewer.csrf(),
            notice.as_deref(),
            ui,
        );
        layout.path = parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        if let (Some(auth), Some(user)) = (&viewer.auth, layout.user.as_mut()) {
            user.unread_notifications = praxis_app::discussions::unread_count(app, auth)
                .await
                .unwrap_or(0);
        }
        Ok(PageCtx { viewer, layout })
    }
}

/// A page for signed-in people only; others are sent to sign in and come back.
pub struct PageUser {
    pub ctx: PageCtx,
    pub auth: AuthContext,
}

pub enum PageUserRejection {
    Page(Box<PageError>),
    SignIn(String),
}

impl IntoResponse for PageUserRejection {
    fn into_response(self) -> Response {
        match self {
            PageUserRejection::Page(error) => error.into_response(),
            PageUserRejection::SignIn(next) => {
                let next = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
                Redirect::to(&format!("/login?{next}")).into_response()
            }
        }
    }
}

impl FromRequestParts<App> for PageUser {
    type Rejection = PageUserRejection;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, PageUserRejection> {
        let ctx = PageCtx::from_request_parts(parts, app)
            .await
            .map_err(|e| PageUserRejection::Page(Box::new(e)))?;
        match ctx.viewer.auth.clone() {
            Some(auth) => Ok(PageUser { ctx, auth }),
            None => Err(PageUserRejection::SignIn(
                parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| "/".to_owned()),
            )),
        }
    }
}

/// An HTML form post, checked against the viewer's CSRF token before its
/// fields are read. Missing fields take their defaults, so validation (not
/// the parser) explains what is wrong.
pub struct CsrfForm<T>(pub T);

#[derive(Deserialize, Default)]
#[serde(default)]
struct CsrfField {
    #[serde(rename = "_csrf")]
    csrf: String,
}

impl<T: DeserializeOwned> FromRequest<App> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, app: &App) -> Result<Self, PageError> {
        let (mut parts, body) = request.into_parts();
        let ctx = PageCtx::from_request_parts(&mut parts, app).await?;
        let request = Request::from_parts(parts, body);
        let bytes = Bytes::from_request(request, app)
            .await
            .map_err(|_| ctx.error(AppError::PayloadTooLarge))?;
        let sent: CsrfField = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        if !constant_time_eq(&sent.csrf, &ctx.viewer.csrf()) {
            return Err(ctx.error(csrf_failed()));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|e| {
                ctx.error(AppError::invalid(
                    ValidationError::new(
                        "",
                        "invalid_form",
                        format!("The form could not be read: {e}"),
                    )
                    .with_arg("detail", e.to_string()),
                ))
            })
    }
}

/// Like [`ApiJson`], but an empty body stands for `T::default()`: for
/// actions whose JSON body is optional (`reject` with or without a reason).
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let has_body = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .is_none_or(|len| len.trim() != "0")
            && request.headers().contains_key(header::CONTENT_TYPE);
        if !has_body {
            return Ok(OptionalJson(T::default()));
        }
        let ApiJson(value) = ApiJson::<T>::from_request(request, state).await?;
        Ok(OptionalJson(value))
    }
}

/// Parses a path id; anything that is not one is simply not found.
pub fn path_id<T: std::str::FromStr>(raw: &str) -> Result<T, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// Query parameters, refused as a 400 naming the parameter (not axum's
/// plain-text rejection).
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or("");
        let deserializer =
            serde_urlencoded::Deserializer::new(form_urlencoded_parse(query.as_bytes()));
        serde_path_to_error::deserialize(deserializer)
            .map(ApiQuery)
            .map_err(|error| {
                let field = error.path().to_string();
                let detail = error.into_inner().to_string();
                let field = detail
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split('`').next())
                    .map(str::to_owned)
                    .unwrap_or(if field == "." { String::new() } else { field });
                ApiError(AppError::invalid(
                    ValidationError::new(
                        field,
                        "invalid_parameter",
                        format!("A query parameter is not valid: {detail}"),
                    )
                    .with_arg("detail", detail),
                ))
            })
    }
}

fn form_urlencoded_parse(input: &[u8]) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(input)
}
