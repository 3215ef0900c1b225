//! `/api/v1/communities*`, as in API.md "Communities".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, OptionalJson, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::communities::{
    self, CommunityView, DirectoryQuery, JoinOutcome, Listing, NewCommunityInput,
};
use praxis_domain::Paging;
use praxis_store::communities::{Community, MemberRow};
use serde::Deserialize;
use serde_json::{Value, json};

/// The JSON of a community, with the viewer's standing. Activity figures
/// (threads, posts, last activity) are for those who may read it: the
/// directory tells outsiders what a community is, not what goes on in it.
pub fn community_json(
    community: &Community,
    my_role: Option<praxis_domain::CommunityRole>,
    can_read: bool,
) -> Value {
    let mut value = json!({
        "id": community.id,
        "slug": community.slug,
        "name": community.name,
        "kind": community.kind,
        "description": community.description,
        "description_html": community.description_html,
        "rules": community.rules,
        "rules_html": community.rules_html,
        "membership": community.membership,
        "member_count": community.member_count,
        "thread_count": community.thread_count,
        "post_count": community.post_count,
        "last_activity_at": community.last_activity_at,
        "created_at": community.created_at,
        "joined": my_role.is_some(),
        "my_role": my_role,
    });
    if !can_read {
        for private in ["thread_count", "post_count", "last_activity_at"] {
            value[private] = Value::Null;
        }
    }
    value
}

fn listing_json(listing: &Listing, platform_moderator: bool) -> Value {
    let can_read = listing.my_role.is_some() || platform_moderator;
    let mut value = community_json(&listing.community, listing.my_role, can_read);
    value["request_pending"] = json!(listing.request_pending);
    value
}

fn view_json(view: &CommunityView) -> Value {
    let mut value = community_json(&view.community, view.my_role, view.can_read);
    value["request_pending"] = json!(view.request_pending);
    value["following"] = json!(view.following);
    value["can_moderate"] = json!(view.can_moderate);
    value
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DirectoryParams {
    kind: Option<String>,
    q: Option<String>,
    joined: Option<bool>,
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<DirectoryParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = communities::directory(
        &app,
        &user.auth,
        DirectoryQuery {
            kind: params.kind,
            text: params.q,
            joined: params.joined.unwrap_or(false),
        },
        paging,
    )
    .await?;
    Ok(Json(json!({
        "items": page
            .items
            .iter()
            .map(|l| listing_json(l, user.auth.actor.is_platform_moderator()))
            .collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateBody {
    slug: String,
    name: String,
    kind: String,
    description: String,
    membership: String,
}

pub async fn create(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<CreateBody>,
) -> ApiResult<impl IntoResponse> {
    let community = communities::create(
        &app,
        &user.auth,
        NewCommunityInput {
            slug: body.slug,
            name: body.name,
            kind: body.kind,
            description: body.description,
            membership: body.membership,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(community_json(
            &community,
            Some(praxis_domain::CommunityRole::Manager),
            true,
        )),
    ))
}

pub async fn show(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let view = communities::view(&app, &user.auth, &slug).await?;
    Ok(Json(view_json(&view)))
}

pub fn member_json(m: &MemberRow) -> Value {
    json!({
        "id": m.id,
        "display_name": m.display_name,
        "organisation": m.organisation,
        "handle": m.handle,
        "role": m.role,
        "guest": m.guest,
        "joined_at": m.joined_at,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MembersParams {
    q: Option<String>,
}

pub async fn members(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(params): ApiQuery<MembersParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = communities::members(&app, &user.auth, &slug, params.q.as_deref(), paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(member_json).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinBody {
    message: String,
}

pub async fn join(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    OptionalJson(body): OptionalJson<JoinBody>,
) -> ApiResult<impl IntoResponse> {
    match communities::join(&app, &user.auth, &slug, &body.message).await? {
        JoinOutcome::Joined => Ok((
            StatusCode::OK,
            Json(
                json!({ "status": "joined", "my_role": communities::view(&app, &user.auth, &slug).await?.my_role }),
            ),
        )),
        JoinOutcome::Requested => {
            Ok((StatusCode::ACCEPTED, Json(json!({ "status": "requested" }))))
        }
    }
}

pub async fn leave(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> ApiResult<impl IntoResponse> {
    communities::leave(&app, &user.auth, &slug).await?;
    Ok(Json(json!({ "status": "left" })))
}

pub async fn requests(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = communities::pending_requests(&app, &user.auth, &slug, paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|(request, person)| json!({
            "user": { "id": person.id, "display_name": person.display_name, "organisation": person.organisation },
            "message": request.message,
            "created_at": request.created_at,
        })).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

pub async fn approve_request(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, user_id)): Path<(String, String)>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&user_id)?;
    communities::decide_request(&app, &user.auth, &slug, id, true).await?;
    Ok(Json(json!({ "status": "approved" })))
}

pub async fn reject_request(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, user_id)): Path<(String, String)>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&user_id)?;
    communities::decide_request(&app, &user.auth, &slug, id, false).await?;
    Ok(Json(json!({ "status": "rejected" })))
}

pub async fn appoint_manager(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, user_id)): Path<(String, String)>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&user_id)?;
    communities::set_manager(&app, &user.auth, &slug, id, true).await?;
    Ok(Json(json!({ "id": id, "role": "manager" })))
}

pub async fn remove_manager(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, user_id)): Path<(String, String)>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&user_id)?;
    communities::set_manager(&app, &user.auth, &slug, id, false).await?;
    Ok(Json(json!({ "id": id, "role": "member" })))
}

pub async fn follow(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> ApiResult<impl IntoResponse> {
    communities::set_following(&app, &user.auth, &slug, true).await?;
    Ok(Json(json!({ "following": true })))
}

pub async fn unfollow(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> ApiResult<impl IntoResponse> {
    communities::set_following(&app, &user.auth, &slug, false).await?;
    Ok(Json(json!({ "following": false })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UpdateBody {
    name: Option<String>,
    description: Option<String>,
    rules: Option<String>,
    membership: Option<String>,
}

/// Managers and moderators edit the community; absent fields stay.
pub async fn update(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<UpdateBody>,
) -> ApiResult<impl IntoResponse> {
    communities::update_settings(
        &app,
        &user.auth,
        &slug,
        communities::SettingsInput {
            name: body.name,
            description: body.description,
            rules: body.rules,
            membership: body.membership,
        },
    )
    .await?;
    let view = communities::view(&app, &user.auth, &slug).await?;
    Ok(Json(view_json(&view)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveBody {
    reason: String,
}

/// Removes someone from the community; for a guest, ends their access.
pub async fn remove_member(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, user_id)): Path<(String, String)>,
    OptionalJson(body): OptionalJson<RemoveBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&user_id)?;
    communities::remove_member(&app, &user.auth, &slug, id, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}
