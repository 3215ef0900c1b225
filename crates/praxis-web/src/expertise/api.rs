//! `/api/v1/admin/experts/{user_id}`, `/api/v1/posts/{id}/verification`,
//! `/api/v1/threads/{id}/expert-requests` and the lists around them, as in
//! API.md "Verified answers and asking experts".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::expertise::{self, Asked, VerificationView, VerifyInput};
use praxis_domain::Paging;
use serde::Deserialize;
use serde_json::{Value, json};

pub fn verification_json(v: &VerificationView) -> Value {
    json!({
        "by": v.by.as_ref().map(|u| json!({ "id": u.id, "display_name": u.display_name })),
        "reference": v.verification.reference,
        "reference_url": if v.verification.reference_url.is_empty() { Value::Null } else { json!(v.verification.reference_url) },
        "review_by": v.verification.review_by.format("%Y-%m-%d").to_string(),
        "verified_at": v.verification.verified_at,
        "status": v.status,
    })
}

pub fn asked_json(asked: &[Asked]) -> Value {
    json!(
        asked
            .iter()
            .map(|a| json!({
                "user": crate::people::user_ref(&a.user),
                "answered": a.answered,
            }))
            .collect::<Vec<_>>()
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExpertBody {
    expertise: Vec<String>,
}

pub async fn designate(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ExpertBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let codes = expertise::designate(&app, &user.auth, id, &body.expertise).await?;
    Ok(Json(json!({ "user_id": id, "expertise": codes })))
}

pub async fn undesignate(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    expertise::undesignate(&app, &user.auth, path_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn experts(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let experts = expertise::experts(&app, &user.auth).await?;
    Ok(Json(json!({
        "items": experts.iter().map(|(u, codes)| json!({
            "user": { "id": u.id, "display_name": u.display_name },
            "expertise": codes,
        })).collect::<Vec<_>>(),
        "total": experts.len(),
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyBody {
    reference: String,
    reference_url: Option<String>,
    review_by: String,
}

pub async fn verify(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<VerifyBody>,
) -> ApiResult<impl IntoResponse> {
    let view = expertise::verify(
        &app,
        &user.auth,
        path_id(&id)?,
        VerifyInput {
            reference: body.reference,
            reference_url: body.reference_url.unwrap_or_default(),
            review_by: body.review_by,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(verification_json(&view))))
}

pub async fn unverify(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    expertise::unverify(&app, &user.auth, path_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskBody {
    user_ids: Vec<String>,
}

pub async fn ask(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AskBody>,
) -> ApiResult<impl IntoResponse> {
    let asked = expertise::ask(&app, &user.auth, path_id(&id)?, &body.user_ids).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "expert_requests": asked_json(&asked) })),
    ))
}

pub async fn suggestions(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let people = expertise::suggestions(&app, &user.auth, path_id(&id)?, 10).await?;
    Ok(Json(json!({
        "items": people.iter().map(|u| json!({
            "id": u.id,
            "display_name": u.display_name,
            "organisation": u.organisation,
            "expertise": u.expertise,
        })).collect::<Vec<_>>(),
    })))
}

pub async fn verified(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = expertise::verified_in_community(&app, &user.auth, &slug, paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|a| json!({
            "thread": { "id": a.thread.id, "title": a.thread.title },
            "post_id": a.post.id,
            "verification": verification_json(&a.view),
        })).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}
