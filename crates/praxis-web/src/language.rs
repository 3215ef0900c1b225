//! The footer's language switch: `POST /language` with `lang` and `back`.
//! Visitors keep their choice in a cookie; a signed-in member's setting
//! changes too, so mails and other devices follow.

use crate::error::PageError;
use crate::extract::{CsrfForm, PageCtx};
use crate::i18n::{LANGUAGE_COOKIE, Lang};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::{App, AppError};
use praxis_domain::ValidationError;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwitchForm {
    lang: String,
    back: String,
}

pub async fn switch(
    State(app): State<App>,
    ctx: PageCtx,
    CsrfForm(form): CsrfForm<SwitchForm>,
) -> Result<Response, PageError> {
    let Some(lang) = Lang::parse(&form.lang) else {
        return Err(ctx.error(AppError::invalid(ValidationError::new(
            "lang",
            "invalid_locale",
            "Choose one of the languages offered.",
        ))));
    };
    if let Some(auth) = ctx.auth() {
        praxis_app::accounts::set_locale(&app, auth, lang.code())
            .await
            .map_err(|e| ctx.error(e))?;
    }
    let mut response = Redirect::to(&local_path(&form.back)).into_response();
    *response.status_mut() = StatusCode::SEE_OTHER;
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; SameSite=Lax; Max-Age={}",
        lang.code(),
        365 * 86_400
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// Back to a page of this site, never elsewhere (`//host` is elsewhere),
/// without the one-time notice the page was showing (it was said already).
fn local_path(back: &str) -> String {
    let ok = back.starts_with('/') && !back.starts_with("//") && !back.contains('\\');
    if !ok {
        return "/".to_owned();
    }
    let Some((path, query)) = back.split_once('?') else {
        return back.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("notice"))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(
            super::local_path("/communities?page=2"),
            "/communities?page=2"
        );
        assert_eq!(super::local_path("//evil.example/"), "/");
        assert_eq!(super::local_path("https://evil.example/"), "/");
        assert_eq!(super::local_path("/\\evil.example"), "/");
    }

    #[test]
    fn the_notice_is_not_shown_again_in_the_new_language() {
        assert_eq!(super::local_path("/me?notice=profile_saved"), "/me");
        assert_eq!(
            super::local_path("/communities/x?page=2&notice=joined&sort=new"),
            "/communities/x?page=2&sort=new"
        );
    }
}
