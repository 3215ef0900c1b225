//! `POST /api/v1/posts/{id}/hide` · `/restore` and
//! `POST /api/v1/threads/{id}/lock` · `/unlock` · `/pin` · `/unpin` · `/move`,
//! as in API.md "Moderation".

use crate::error::ApiResult;
use crate::extract::{ApiUser, OptionalJson, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::moderation::{self, ThreadFlag};
use praxis_domain::{PostId, ThreadId};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonBody {
    reason: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveBody {
    community: String,
    reason: String,
}

async fn set_hidden(
    app: &App,
    user: &ApiUser,
    id: &str,
    hidden: bool,
    reason: &str,
) -> ApiResult<Json<serde_json::Value>> {
    let id: PostId = path_id(id)?;
    moderation::set_post_hidden(app, &user.auth, id, hidden, reason).await?;
    Ok(Json(json!({ "id": id, "hidden": hidden })))
}

pub async fn hide(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<ReasonBody>,
) -> ApiResult<impl IntoResponse> {
    set_hidden(&app, &user, &id, true, &body.reason).await
}

pub async fn restore(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<ReasonBody>,
) -> ApiResult<impl IntoResponse> {
    set_hidden(&app, &user, &id, false, &body.reason).await
}

async fn flag(
    app: &App,
    user: &ApiUser,
    id: &str,
    flag: ThreadFlag,
    on: bool,
) -> ApiResult<Json<serde_json::Value>> {
    let id: ThreadId = path_id(id)?;
    moderation::set_thread_flag(app, &user.auth, id, flag, on).await?;
    let key = match flag {
        ThreadFlag::Pinned => "pinned",
        ThreadFlag::Locked => "locked",
    };
    Ok(Json(json!({ "id": id, key: on })))
}

pub async fn lock(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    flag(&app, &user, &id, ThreadFlag::Locked, true).await
}

pub async fn unlock(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    flag(&app, &user, &id, ThreadFlag::Locked, false).await
}

pub async fn pin(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    flag(&app, &user, &id, ThreadFlag::Pinned, true).await
}

pub async fn unpin(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    flag(&app, &user, &id, ThreadFlag::Pinned, false).await
}

pub async fn move_thread(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    crate::extract::ApiJson(body): crate::extract::ApiJson<MoveBody>,
) -> ApiResult<impl IntoResponse> {
    let id: ThreadId = path_id(&id)?;
    moderation::move_thread(&app, &user.auth, id, &body.community, &body.reason).await?;
    Ok(Json(
        json!({ "id": id, "community": body.community.trim() }),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditParams {
    action: String,
    community: String,
    actor: String,
    target_type: String,
}

impl AuditParams {
    pub fn into_request(self) -> Result<moderation::AuditRequest, praxis_app::AppError> {
        let actor = match self.actor.trim() {
            "" => None,
            raw => Some(raw.parse().map_err(|_| {
                praxis_app::AppError::invalid(praxis_domain::ValidationError::new(
                    "actor",
                    "invalid_id",
                    "Give the member's id.",
                ))
            })?),
        };
        Ok(moderation::AuditRequest {
            action: self.action,
            community: self.community,
            actor,
            target_type: self.target_type,
        })
    }
}

pub async fn audit_log(
    State(app): State<App>,
    user: ApiUser,
    crate::extract::ApiQuery(params): crate::extract::ApiQuery<AuditParams>,
    crate::extract::ApiQuery(paging): crate::extract::ApiQuery<praxis_domain::Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = moderation::audit_log(&app, &user.auth, params.into_request()?, paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|line| json!({
            "id": line.entry.id.to_string(),
            "actor": line.actor.as_ref().map(crate::people::author_ref),
            "action": line.entry.action,
            "target_type": line.entry.target_type,
            "target_id": line.entry.target_id,
            "community": line.community.as_ref().map(|c| json!({ "id": c.id, "slug": c.slug, "name": c.name })),
            "reason": line.entry.reason,
            "details": line.entry.details,
            "created_at": line.entry.created_at,
        })).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FlagBody {
    reason: String,
    text: String,
}

pub async fn flag_post(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    crate::extract::ApiJson(body): crate::extract::ApiJson<FlagBody>,
) -> ApiResult<impl IntoResponse> {
    let id: PostId = path_id(&id)?;
    let flag = moderation::flag_post(&app, &user.auth, id, &body.reason, &body.text).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(json!({
            "id": flag.id.to_string(),
            "post_id": flag.post_id,
            "reason": flag.reason,
            "status": flag.status,
            "created_at": flag.created_at,
        })),
    ))
}

pub async fn queue(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let q = moderation::queue(&app, &user.auth).await?;
    let alerts = praxis_app::alerts::open(&app, &user.auth).await?;
    Ok(Json(json!({
        "flags": {
            "items": q.flags.iter().map(|f| json!({
                "id": f.flag.id.to_string(),
                "post_id": f.flag.post_id,
                "thread_id": f.post.thread_id,
                "thread_title": f.thread_title,
                "excerpt": f.post.body.chars().take(300).collect::<String>(),
                "hidden": f.post.hidden,
                "reason": f.flag.reason,
                "text": f.flag.text,
                "reporter": f.reporter.as_ref().map(crate::people::author_ref),
                "community": f.community.as_ref().map(|c| json!({ "id": c.id, "slug": c.slug, "name": c.name })),
                "created_at": f.flag.created_at,
            })).collect::<Vec<_>>(),
            "total": q.flags_total,
        },
        "join_requests": {
            "items": q.join_requests.iter().map(|r| json!({
                "id": r.request.id.to_string(),
                "user": { "id": r.person.id, "display_name": r.person.display_name, "organisation": r.person.organisation },
                "community": r.community.as_ref().map(|c| json!({ "id": c.id, "slug": c.slug, "name": c.name })),
                "message": r.request.message,
                "created_at": r.request.created_at,
            })).collect::<Vec<_>>(),
            "total": q.join_requests_total,
        },
        "registrations": {
            "items": q.registrations.iter().map(|u| json!({
                "id": u.id, "display_name": u.display_name, "email": u.email,
                "organisation": u.organisation, "created_at": u.created_at,
            })).collect::<Vec<_>>(),
            "total": q.registrations_total,
        },
        "alerts": {
            "items": alerts.iter().map(alert_json).collect::<Vec<_>>(),
            "total": alerts.len(),
        },
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResolveBody {
    decision: String,
    note: String,
}

pub async fn resolve_flag(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    crate::extract::ApiJson(body): crate::extract::ApiJson<ResolveBody>,
) -> ApiResult<impl IntoResponse> {
    let id: i64 = path_id(&id)?;
    moderation::resolve_flag(&app, &user.auth, id, &body.decision, &body.note).await?;
    Ok(Json(json!({ "id": id.to_string(), "status": "resolved" })))
}

pub fn alert_json(a: &praxis_store::alerts::Alert) -> serde_json::Value {
    json!({
        "id": a.id.to_string(),
        "kind": a.kind,
        "community_id": a.community_id,
        "thread_id": a.thread_id,
        "details": serde_json::from_str::<serde_json::Value>(&a.details).unwrap_or(serde_json::Value::Null),
        "created_at": a.created_at,
    })
}

/// Open alerts of the communities the actor moderates.
pub async fn alerts(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let found = praxis_app::alerts::open(&app, &user.auth).await?;
    Ok(Json(json!({
        "items": found.iter().map(alert_json).collect::<Vec<_>>(),
        "total": found.len(),
    })))
}

pub async fn dismiss_alert(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    praxis_app::alerts::dismiss(&app, &user.auth, path_id(&id)?).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
