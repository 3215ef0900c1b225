//! Errors as responses: a JSON error body for the API, an HTML page for
//! people. Both come from the same `AppError`, so a rule answers the same
//! status on either face.

use crate::i18n::{Lang, arg};
use crate::layout::Layout;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use praxis_app::AppError;
use serde_json::json;

/// The status and stable code of an error, shared by both faces.
pub fn status_and_code(error: &AppError) -> (StatusCode, &'static str) {
    match error {
        AppError::Invalid(errors) => (
            StatusCode::BAD_REQUEST,
            errors.first().map_or("invalid_input", |e| e.code),
        ),
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::InvalidCredentials => (StatusCode::UNAUTHORIZED, "invalid_credentials"),
        AppError::Forbidden { code, .. } => (StatusCode::FORBIDDEN, code),
        AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        AppError::Conflict { code, .. } => (StatusCode::CONFLICT, code),
        AppError::Gone { code, .. } => (StatusCode::GONE, code),
        AppError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
        AppError::UnsupportedMediaType => {
            (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
        }
        AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
        AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal_error"),
    }
}

/// The sentence shown to people.
pub fn message(error: &AppError) -> String {
    match error {
        AppError::Invalid(errors) => errors.first().map_or_else(
            || "The input is not valid.".to_owned(),
            |e| e.message.clone(),
        ),
        AppError::Unauthenticated => "Sign in first.".into(),
        AppError::InvalidCredentials => "The email address or password is not right.".into(),
        AppError::Forbidden { message, .. }
        | AppError::Conflict { message, .. }
        | AppError::Gone { message, .. } => message.clone(),
        AppError::NotFound => "There is nothing here, or you cannot see it.".into(),
        AppError::PayloadTooLarge => "The request is larger than this site accepts.".into(),
        AppError::UnsupportedMediaType => {
            "Send the request body as JSON (Content-Type: application/json).".into()
        }
        AppError::RateLimited { retry_after_secs } => format!(
            "Too many attempts. Try again in {} minute(s).",
            retry_after_secs.div_ceil(60)
        ),
        AppError::Internal(_) => {
            "Something went wrong on our side. It has been logged; please try again.".into()
        }
    }
}

/// The sentence shown to people on a page, in its language: our own words
/// for each kind of error, and for refusals and conflicts the message of
/// their code (`error-code-<code>`) when there is one, else the use case's
/// English sentence.
pub fn message_in(lang: &Lang, error: &AppError) -> String {
    let by_code = |code: &str, english: &str| text_of_code(lang, "", code, english);
    match error {
        AppError::Invalid(errors) => errors.first().map_or_else(
            || lang.t("error-invalid"),
            |e| text_of_code(lang, &e.field, e.code, &e.message),
        ),
        AppError::Unauthenticated => lang.t("error-unauthenticated"),
        AppError::InvalidCredentials => lang.t("error-invalid-credentials"),
        AppError::Forbidden { code, message }
        | AppError::Conflict { code, message }
        | AppError::Gone { code, message } => by_code(code, message),
        AppError::NotFound => lang.t("error-not-found"),
        AppError::PayloadTooLarge => lang.t("error-too-large"),
        AppError::UnsupportedMediaType => lang.t("error-unsupported-media-type"),
        AppError::RateLimited { retry_after_secs } => lang.t_args(
            "error-rate-limited",
            &[("minutes", arg(retry_after_secs.div_ceil(60)))],
        ),
        AppError::Internal(_) => lang.t("error-internal"),
    }
}

/// The message of an error in a language: `error-field-<field>-<code>`
/// (a field's own wording), else `error-code-<code>`, else the English
/// sentence the use case gave, for codes not translated yet.
pub fn text_of_code(lang: &Lang, field: &str, code: &str, english: &str) -> String {
    let slug = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
    };
    let field_key =
        (!field.is_empty()).then(|| format!("error-field-{}-{}", slug(field), slug(code)));
    let code_key = format!("error-code-{}", slug(code));
    let english_bundle = Lang::english();
    field_key
        .into_iter()
        .chain([code_key])
        .find(|key| english_bundle.has(key))
        .map_or_else(|| english.to_owned(), |key| lang.t(&key))
}

fn log_internal(error: &AppError) {
    if let AppError::Internal(inner) = error {
        tracing::error!(error = format!("{inner:#}"), "internal error");
    }
}

fn retry_after(response: &mut Response, error: &AppError) {
    if let AppError::RateLimited { retry_after_secs } = error
        && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
}

/// An error answered as `{ "error": { code, message, field } }`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        ApiError(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = self.0;
        log_internal(&error);
        let (status, code) = status_and_code(&error);
        let mut body = json!({ "code": code, "message": message(&error) });
        if let AppError::Invalid(errors) = &error {
            if let Some(first) = errors.first() {
                body["field"] = json!(first.field);
            }
            if errors.len() > 1 {
                body["fields"] = errors
                    .iter()
                    .map(|e| json!({ "field": e.field, "code": e.code, "message": e.message }))
                    .collect();
            }
        }
        let mut response = (status, axum::Json(json!({ "error": body }))).into_response();
        retry_after(&mut response, &error);
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    status: u16,
    title: String,
    message: String,
}

/// An error answered as an HTML page. Not signed in → the sign-in page;
/// usage code not accepted → the usage code page.
pub struct PageError {
    pub error: AppError,
    pub layout: Layout,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let PageError { error, layout } = self;
        match &error {
            AppError::Unauthenticated => return Redirect::to("/login").into_response(),
            AppError::Forbidden { code, .. } if *code == "usage_code_not_accepted" => {
                return Redirect::to("/usage-code?notice=accept_first").into_response();
            }
            _ => {}
        }
        log_internal(&error);
        let (status, _) = status_and_code(&error);
        let title = match status {
            StatusCode::NOT_FOUND => "error-title-not-found",
            StatusCode::FORBIDDEN => "error-title-forbidden",
            StatusCode::TOO_MANY_REQUESTS => "error-title-rate-limited",
            StatusCode::GONE => "error-title-gone",
            StatusCode::PAYLOAD_TOO_LARGE => "error-title-too-large",
            StatusCode::INTERNAL_SERVER_ERROR => "error-title-internal",
            _ => "error-title-other",
        };
        let page = ErrorPage {
            status: status.as_u16(),
            title: layout.t(title),
            message: message_in(&layout.ui, &error),
            layout,
        };
        let mut response = (status, render(&page)).into_response();
        retry_after(&mut response, &error);
        response
    }
}

/// Renders a page; a template error (a bug) becomes a plain 500.
pub fn render(page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
        }
    }
}
