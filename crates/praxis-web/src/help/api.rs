//! `POST /api/v1/help/{slug}/useful` and `GET /api/v1/help/usefulness`.

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiUser};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use praxis_app::i18n::Lang;
use praxis_app::{App, help};
use praxis_domain::ValidationError;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteBody {
    useful: Option<bool>,
}

pub async fn vote(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<VoteBody>,
) -> ApiResult<impl IntoResponse> {
    let Some(useful) = body.useful else {
        return Err(praxis_app::AppError::invalid(ValidationError::new(
            "useful",
            "required",
            "Say true (useful) or false (not useful).",
        ))
        .into());
    };
    help::vote(&app, &user.auth, &slug, useful).await?;
    Ok(Json(json!({ "page": slug, "useful": useful })))
}

pub async fn usefulness(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let pages = help::usefulness(&app, &user.auth).await?;
    // The API speaks English, as it did before the help was translated.
    let english = Lang::english();
    Ok(Json(json!({
        "items": pages.iter().map(|u| json!({
            "page": u.page.slug,
            "title": u.page.title(&english),
            "useful": u.useful,
            "not_useful": u.not_useful,
        })).collect::<Vec<_>>(),
    })))
}
