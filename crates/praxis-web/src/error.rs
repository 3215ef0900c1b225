//! Errors as responses: a JSON error body for the API, an HTML page for
//! people. Both come from the same `AppError`, so a rule answers the same
//! status on either face, and the same sentence in the same language: a
//! page's language is its `Layout.ui`; an API error is answered in English
//! by [`ApiError`], which keeps the error on the response, and
//! [`localise_api_errors`] rewrites its `message` (only) in the request's
//! language.

use crate::extract::Viewer;
use crate::i18n::{LANGUAGE_COOKIE, Lang, arg, negotiate};
use crate::layout::Layout;
use crate::security::cookie;
use askama::Template;
use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use praxis_app::{App, AppError};
use praxis_domain::MessageArg;
use serde_json::json;
use std::sync::Arc;

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

/// The sentence shown to people, in a language: our own words for each
/// kind of error, and for refusals and conflicts the message of their code
/// (`error-code-<code>`, with the values the use case gave) when there is
/// one, else the use case's English sentence.
pub fn message_in(lang: &Lang, error: &AppError) -> String {
    let args = error.args();
    let by_code = |code: &str, english: &str| text_of_code(lang, "", code, english, args);
    match error {
        AppError::Invalid(errors) => errors.first().map_or_else(
            || lang.t("error-invalid"),
            |e| text_of_code(lang, &e.field, e.code, &e.message, &e.args),
        ),
        AppError::Unauthenticated => lang.t("error-unauthenticated"),
        AppError::InvalidCredentials => lang.t("error-invalid-credentials"),
        AppError::Forbidden { code, message, .. }
        | AppError::Conflict { code, message, .. }
        | AppError::Gone { code, message, .. } => by_code(code, message),
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
/// sentence the use case gave, for codes not translated yet. `args` are the
/// values of the sentence (`{ $max }`); a message that names a value the
/// error did not give is passed over like a missing one.
pub fn text_of_code(
    lang: &Lang,
    field: &str,
    code: &str,
    english: &str,
    args: &[(&'static str, MessageArg)],
) -> String {
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
    let values: Vec<_> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                MessageArg::Number(n) => arg(n),
                MessageArg::Text(text) => arg(text),
                MessageArg::Messages(ids) => arg(ids
                    .iter()
                    .map(|id| lang.t(id))
                    .collect::<Vec<_>>()
                    .join(" ")),
                MessageArg::List(ids) => arg(ids
                    .iter()
                    .map(|id| lang.t(id))
                    .collect::<Vec<_>>()
                    .join(", ")),
                // Never a bare number: it always has its unit.
                MessageArg::FileSize(bytes) => arg(lang.file_size(*bytes)),
            };
            (*name, value)
        })
        .collect();
    // The first key English has (with the values given), in `lang` if it
    // has it too.
    let english_bundle = Lang::english();
    field_key
        .into_iter()
        .chain([code_key])
        .find_map(|key| {
            let in_english = english_bundle.try_t_args(&key, &values)?;
            Some(lang.try_t_args(&key, &values).unwrap_or(in_english))
        })
        .map_or_else(|| english.to_owned(), |text| text.trim().to_owned())
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

/// The JSON of an API error, its sentences in `lang`; code, field and
/// status do not depend on the language.
fn api_body(error: &AppError, lang: &Lang) -> serde_json::Value {
    let (_, code) = status_and_code(error);
    let mut body = json!({ "code": code, "message": message_in(lang, error) });
    if let AppError::Invalid(errors) = error {
        if let Some(first) = errors.first() {
            body["field"] = json!(first.field);
        }
        if errors.len() > 1 {
            body["fields"] = errors
                .iter()
                .map(|e| {
                    let message = text_of_code(lang, &e.field, e.code, &e.message, &e.args);
                    json!({ "field": e.field, "code": e.code, "message": message })
                })
                .collect();
        }
    }
    json!({ "error": body })
}

/// An API error as answered (in English), kept in the response's
/// extensions for [`localise_api_errors`].
#[derive(Clone)]
struct AnsweredError(Arc<AppError>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = self.0;
        log_internal(&error);
        let (status, _) = status_and_code(&error);
        let body = api_body(&error, &Lang::english());
        let mut response = (status, axum::Json(body)).into_response();
        retry_after(&mut response, &error);
        response
            .extensions_mut()
            .insert(AnsweredError(Arc::new(error)));
        response
    }
}

/// Middleware: writes an API error's `message` in the request's language,
/// negotiated as for pages (the member's setting, else the `praxis_lang`
/// cookie, else `Accept-Language`, else `default_locale`). Status, headers,
/// code and field stay as answered. The member is only looked up (through
/// the cached session) when there is an error to write.
pub async fn localise_api_errors(State(app): State<App>, request: Request, next: Next) -> Response {
    // Only what choosing the language reads, copied before the handler
    // takes the request: this runs on every API call.
    let mut headers = HeaderMap::new();
    for name in [
        header::COOKIE,
        header::AUTHORIZATION,
        header::ACCEPT_LANGUAGE,
    ] {
        for value in request.headers().get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    let mut response = next.run(request).await;
    let Some(AnsweredError(error)) = response.extensions_mut().remove::<AnsweredError>() else {
        return response;
    };
    let lang = request_lang(&app, headers).await;
    if lang == Lang::english() {
        return response;
    }
    let Ok(body) = serde_json::to_vec(&api_body(&error, &lang)) else {
        return response;
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// The language of a request from its headers, as `PageCtx` chooses it.
async fn request_lang(app: &App, headers: HeaderMap) -> Lang {
    let chosen = cookie(&headers, LANGUAGE_COOKIE);
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut request = Request::new(());
    *request.headers_mut() = headers;
    let (mut parts, ()) = request.into_parts();
    let member = Viewer::from_request_parts(&mut parts, app)
        .await
        .ok()
        .and_then(|viewer| viewer.auth)
        .map(|auth| auth.user.locale);
    negotiate(
        member.as_deref(),
        chosen.as_deref(),
        accept_language.as_deref(),
        &app.config.default_locale,
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use praxis_domain::ValidationError;
    use praxis_domain::password::{ADVICE_MESSAGES, check_new_password};

    fn lang(code: &str) -> Lang {
        Lang::parse(code).expect("a language Praxis speaks")
    }

    fn text(lang: &Lang, error: &ValidationError) -> String {
        text_of_code(lang, &error.field, error.code, &error.message, &error.args)
    }

    #[test]
    fn values_reach_the_sentence_in_every_language() {
        let long = ValidationError::too_long("title", 200);
        assert_eq!(
            text(&Lang::english(), &long),
            "Title must be at most 200 characters."
        );
        assert_eq!(text(&lang("nl"), &long), "Gebruik maximaal 200 tekens.");
        assert_eq!(
            text(&lang("fr"), &long),
            "Utilisez au maximum 200 caractères."
        );
        let short = ValidationError::too_short("password", 12);
        assert_eq!(text(&lang("nl"), &short), "Gebruik minstens 12 tekens.");
        let required = ValidationError::required("title");
        assert_eq!(text(&Lang::english(), &required), "Title is required.");
        assert_eq!(text(&lang("fr"), &required), "Ce champ est obligatoire.");
        for language in Lang::all() {
            let sentence = text(language, &ValidationError::too_long("body", 50_000));
            let digits: String = sentence.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(digits, "50000", "{}: {sentence}", language.code());
        }
    }

    #[test]
    fn a_sentence_missing_its_value_falls_back_to_english() {
        let bare = ValidationError::new("title", "too_long", "Too long.");
        assert_eq!(text(&lang("fr"), &bare), "Too long.");
    }

    #[test]
    fn refusals_and_conflicts_carry_their_values() {
        let suspended = AppError::forbidden("suspended", "Your account is suspended.")
            .with_arg("until", "2030-01-02 10:00 UTC");
        assert_eq!(
            message_in(&lang("nl"), &suspended),
            "Uw account is geschorst tot 2030-01-02 10:00 UTC."
        );
        let indefinitely = AppError::forbidden("suspended", "Your account is suspended.")
            .with_arg("until", "none");
        assert_eq!(
            message_in(&lang("fr"), &indefinitely),
            "Votre compte est suspendu."
        );
        let taken = AppError::conflict("slug_taken", "The address x is taken.")
            .with_arg("slug", "green-procurement");
        assert_eq!(
            message_in(&lang("nl"), &taken),
            "Het adres green-procurement is al in gebruik bij een andere community."
        );
        assert_eq!(
            message_in(&Lang::english(), &taken),
            "The address green-procurement is taken by another community."
        );
    }

    #[test]
    fn one_code_with_two_reasons_chooses_its_sentence() {
        let too_big = ValidationError::new("file", "file_refused", "The file is larger …")
            .with_arg("reason", "size")
            .with_arg("accepted", "PDF, DOCX")
            .with_arg("limit", "25.0 MB");
        assert!(text(&lang("fr"), &too_big).starts_with("Le fichier dépasse 25.0 MB"));
        let wrong_type = ValidationError::new("file", "file_refused", "This type …")
            .with_arg("reason", "type")
            .with_arg("accepted", "PDF, DOCX")
            .with_arg("limit", "25.0 MB");
        assert_eq!(
            text(&lang("nl"), &wrong_type),
            "Dit soort bestand wordt niet aanvaard. Toegestaan: PDF, DOCX."
        );
    }

    #[test]
    fn password_advice_is_written_in_the_readers_language() {
        let english = Lang::english();
        for id in ADVICE_MESSAGES {
            assert!(english.has(id), "{id} has no message");
        }
        let weak = check_new_password("password", "password1234", &[]).expect_err("weak");
        let fr = text(&lang("fr"), &weak);
        assert!(
            fr.starts_with("Ce mot de passe est trop facile à deviner. "),
            "{fr}"
        );
        assert!(fr.len() > "Ce mot de passe est trop facile à deviner. ".len());
        assert!(!fr.contains("guess"), "no English advice: {fr}");
        assert_eq!(text(&english, &weak), weak.message, "English as before");
    }

    /// Every code the use cases refuse, conflict, expire or validate with
    /// has a sentence of its own (`error-field-<field>-<code>` or
    /// `error-code-<code>`), so no page falls back to the use case's English
    /// sentence in another language. Found by reading the sources.
    #[test]
    fn every_error_code_has_a_message() {
        use std::path::Path;
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut english = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(root.join("praxis-app/i18n/en")).expect("en/") {
            let text = std::fs::read_to_string(entry.expect("a file").path()).unwrap_or_default();
            for line in text.lines() {
                if let Some((key, _)) = line.split_once(" =") {
                    english.insert(key.to_owned());
                }
            }
        }
        let slug = |s: &str| s.replace('_', "-");
        let literal = |s: &str| -> Option<String> {
            let s = s.trim_start();
            let rest = s.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_owned())
        };
        let mut files = ["praxis-app/src", "praxis-domain/src", "praxis-web/src"]
            .map(|p| root.join(p))
            .to_vec();
        let (mut checked, mut missing) = (0, Vec::new());
        while let Some(path) = files.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).expect("a folder") {
                    files.push(entry.expect("an entry").path());
                }
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Leave out the tests at the end of a file (made-up codes).
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            let mut found = Vec::new();
            for call in [
                "AppError::forbidden(",
                "AppError::conflict(",
                "AppError::gone(",
            ] {
                for (i, _) in text.match_indices(call) {
                    if let Some(code) = literal(&text[i + call.len()..]) {
                        found.push((String::new(), code));
                    }
                }
            }
            let call = "ValidationError::new(";
            for (i, _) in text.match_indices(call) {
                let rest = &text[i + call.len()..];
                let Some((field, after)) = rest.split_once(',') else {
                    continue;
                };
                if let Some(code) = literal(after) {
                    found.push((literal(field).unwrap_or_default(), code));
                }
            }
            for (field, code) in found {
                // `FormErrors::general` carries a sentence already written.
                if code == "error" {
                    continue;
                }
                checked += 1;
                let by_field = format!("error-field-{}-{}", slug(&field), slug(&code));
                let by_code = format!("error-code-{}", slug(&code));
                if !(english.contains(&by_code) || !field.is_empty() && english.contains(&by_field))
                {
                    missing.push(format!("{}: {field} {code}", path.display()));
                }
            }
        }
        assert!(checked > 50, "the scan finds the codes ({checked})");
        assert!(missing.is_empty(), "codes without a sentence: {missing:#?}");
    }
}
