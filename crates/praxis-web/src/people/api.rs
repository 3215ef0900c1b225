//! `GET /api/v1/people` and `GET /api/v1/people/{id}`, as in API.md
//! "Search and people".

use crate::error::ApiResult;
use crate::extract::{ApiQuery, ApiUser, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::people::{self, DirectoryRequest, Listed, Profile};
use praxis_domain::{Paging, UserId};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DirectoryParams {
    pub q: String,
    /// Codes, comma-separated; any of them qualifies.
    pub expertise: String,
    pub organisation: String,
    pub language: String,
}

impl DirectoryParams {
    pub fn into_request(self, paging: Paging) -> DirectoryRequest {
        DirectoryRequest {
            q: self.q,
            expertise: vec![self.expertise],
            organisation: self.organisation,
            language: self.language,
            paging,
        }
    }
}

fn listed_json(l: &Listed) -> Value {
    let u = &l.user;
    json!({
        "id": u.id,
        "display_name": u.display_name,
        "guest": u.role == praxis_domain::Role::Guest,
        "organisation": u.organisation,
        "region": u.region,
        "languages": u.languages,
        "expertise": u.expertise,
        "accepted_answers": l.accepted_answers,
        "url": format!("/people/{}", u.id),
    })
}

pub async fn directory(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<DirectoryParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = people::directory(&app, &user.auth, params.into_request(paging)).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(listed_json).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

fn profile_json(p: &Profile, locale: &str) -> Value {
    let u = &p.user;
    json!({
        "id": u.id,
        "display_name": u.display_name,
        "guest": u.role == praxis_domain::Role::Guest,
        "organisation": u.organisation,
        "region": u.region,
        "bio": u.bio,
        "languages": u.languages,
        "expertise": u.expertise.iter().map(|code| json!({
            "code": code,
            "label": praxis_domain::taxonomy::find(code).map(|e| e.label_in(locale)),
        })).collect::<Vec<_>>(),
        "communities_in_common": p.communities_in_common.iter().map(|c| json!({
            "id": c.id, "slug": c.slug, "name": c.name,
        })).collect::<Vec<_>>(),
        "answers": p.answers,
        "accepted_answers": p.accepted_answers,
        "topics": p.topics.iter().map(|t| json!({
            "topic": t.topic,
            "label": t.label,
            "answers": t.answers,
            "accepted": t.accepted,
        })).collect::<Vec<_>>(),
        "recent_answers": p.recent_answers.iter().map(|a| json!({
            "post_id": a.post_id.to_string(),
            "thread_id": a.thread_id.to_string(),
            "thread_title": a.thread_title,
            "accepted": a.accepted,
            "created_at": a.created_at,
            "url": format!("/threads/{}#post-{}", a.thread_id, a.post_id),
        })).collect::<Vec<_>>(),
        "member_since": u.created_at,
    })
}

pub async fn profile(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id: UserId = path_id(&id)?;
    let profile = people::profile(&app, &user.auth, id).await?;
    Ok(Json(profile_json(&profile, &user.auth.user.locale)))
}
