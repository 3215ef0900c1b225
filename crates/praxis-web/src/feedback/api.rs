//! `/api/v1/feedback*`, as in API.md "Monitoring and feedback".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::feedback::{self, ListQuery};
use praxis_domain::Paging;
use praxis_store::accounts::User;
use praxis_store::feedback::Feedback;
use serde::Deserialize;
use serde_json::{Value, json};

pub fn feedback_json(f: &Feedback, from: Option<&User>) -> Value {
    json!({
        "id": f.id.to_string(),
        "kind": f.kind,
        "text": f.text,
        "page": if f.page.is_empty() { Value::Null } else { json!(f.page) },
        "tags": f.tags,
        "answer": if f.answer.is_empty() { Value::Null } else { json!(f.answer) },
        "answered_at": f.answered_at,
        "from": from.map(crate::people::user_ref),
        "created_at": f.created_at,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SubmitBody {
    kind: String,
    text: String,
    page: Option<String>,
}

pub async fn submit(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<SubmitBody>,
) -> ApiResult<impl IntoResponse> {
    let item = feedback::submit(
        &app,
        &user.auth,
        &body.kind,
        &body.text,
        body.page.as_deref().unwrap_or(""),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(feedback_json(&item, Some(&user.auth.user))),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListParams {
    kind: Option<String>,
    unanswered: Option<bool>,
    tag: Option<String>,
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<ListParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = feedback::list(
        &app,
        &user.auth,
        ListQuery {
            kind: params.kind,
            unanswered: params.unanswered.unwrap_or(false),
            tag: params.tag,
        },
        paging,
    )
    .await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|(f, u)| feedback_json(f, u.as_ref())).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

pub async fn mine(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let items = feedback::mine(&app, &user.auth).await?;
    Ok(Json(json!({
        "items": items.iter().map(|f| feedback_json(f, None)).collect::<Vec<_>>(),
        "total": items.len(),
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerBody {
    answer: String,
}

pub async fn answer(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AnswerBody>,
) -> ApiResult<impl IntoResponse> {
    let item = feedback::answer(&app, &user.auth, path_id(&id)?, &body.answer).await?;
    Ok(Json(feedback_json(&item, None)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TagsBody {
    tags: Vec<String>,
}

pub async fn tags(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TagsBody>,
) -> ApiResult<impl IntoResponse> {
    let item = feedback::set_tags(&app, &user.auth, path_id(&id)?, &body.tags).await?;
    Ok(Json(feedback_json(&item, None)))
}
