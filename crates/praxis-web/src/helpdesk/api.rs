//! `/api/v1/helpdesk/questions*`, as in API.md "Events and helpdesk".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, OptionalJson, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::helpdesk::{self, AskInput, PublishInput};
use praxis_domain::{Paging, PostId};
use praxis_store::accounts::User;
use praxis_store::helpdesk::HelpdeskQuestion;
use serde::Deserialize;
use serde_json::{Value, json};

pub fn question_json(q: &HelpdeskQuestion, asker: Option<&User>) -> Value {
    json!({
        "id": q.id.to_string(),
        "subject": q.subject,
        "body": q.body,
        "private_details": q.private_details,
        "status": q.status,
        "asker": asker.map(crate::people::user_ref),
        "answer": if q.answer.is_empty() { Value::Null } else { json!(q.answer) },
        "answer_html": if q.answer_html.is_empty() { Value::Null } else { json!(q.answer_html) },
        "answered_at": q.answered_at,
        "thread_id": q.thread_id,
        "anonymised": q.anonymised,
        "linked_post_id": q.linked_post_id,
        "created_at": q.created_at,
        "closed_at": q.closed_at,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskBody {
    subject: String,
    body: String,
    private_details: String,
}

pub async fn ask(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<AskBody>,
) -> ApiResult<impl IntoResponse> {
    let question = helpdesk::ask(
        &app,
        &user.auth,
        AskInput {
            subject: body.subject,
            body: body.body,
            private_details: body.private_details,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(question_json(&question, Some(&user.auth.user))),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListParams {
    status: Option<String>,
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<ListParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = helpdesk::list(&app, &user.auth, params.status.as_deref(), paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|(q, a)| question_json(q, a.as_ref())).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

pub async fn show(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let (question, asker) = helpdesk::show(&app, &user.auth, path_id(&id)?).await?;
    Ok(Json(question_json(&question, asker.as_ref())))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerBody {
    body: String,
}

pub async fn answer(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AnswerBody>,
) -> ApiResult<impl IntoResponse> {
    let question = helpdesk::answer(&app, &user.auth, path_id(&id)?, &body.body).await?;
    Ok(Json(question_json(&question, None)))
}

#[derive(Deserialize)]
#[serde(default)]
pub struct PublishBody {
    community: String,
    anonymise: bool,
}

impl Default for PublishBody {
    fn default() -> Self {
        PublishBody {
            community: String::new(),
            // Anonymised unless said otherwise.
            anonymise: true,
        }
    }
}

pub async fn publish(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PublishBody>,
) -> ApiResult<impl IntoResponse> {
    let question = helpdesk::publish(
        &app,
        &user.auth,
        path_id(&id)?,
        PublishInput {
            community: body.community,
            anonymise: body.anonymise,
        },
    )
    .await?;
    Ok(Json(
        json!({ "thread_id": question.thread_id, "status": question.status }),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseBody {
    post_id: Option<String>,
}

pub async fn close(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<CloseBody>,
) -> ApiResult<impl IntoResponse> {
    let post: Option<PostId> = match body.post_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(raw.parse().map_err(|_| {
            praxis_app::AppError::invalid(praxis_domain::ValidationError::new(
                "post_id",
                "not_in_thread",
                "Link an answer of the thread this question was published as.",
            ))
        })?),
    };
    let question = helpdesk::close(&app, &user.auth, path_id(&id)?, post).await?;
    Ok(Json(question_json(&question, None)))
}
