//! `/api/v1/communities/{slug}/invitations` and `/api/v1/invitations/{token}`,
//! as in API.md "Communities".

use crate::error::{ApiError, ApiResult};
use crate::extract::{
    ApiJson, ApiQuery, ApiUser, AuthVia, OptionalJson, Viewer, path_id, tokens_match,
};
use crate::security::ClientIp;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use praxis_app::invitations::{self, AcceptInput, InvitationView, InviteInput, Landing};
use praxis_app::{App, accounts};
use praxis_domain::Paging;
use serde::Deserialize;
use serde_json::{Value, json};

fn invitation_json(view: &InvitationView) -> Value {
    let i = &view.invitation;
    json!({
        "id": i.id.to_string(),
        "email": i.email,
        "role": i.role,
        "status": view.status.as_str(),
        "message": i.message,
        "invited_by": view.invited_by.as_ref().map(|u| json!({ "id": u.id, "display_name": u.display_name })),
        "created_at": i.created_at,
        "expires_at": i.expires_at,
        "accepted_at": i.accepted_at,
        "revoked_at": i.revoked_at,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteBody {
    email: String,
    role: String,
    expires_in_days: Option<i64>,
    message: String,
}

pub async fn invite(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<InviteBody>,
) -> ApiResult<impl IntoResponse> {
    let view = invitations::invite(
        &app,
        &user.auth,
        &slug,
        InviteInput {
            email: body.email,
            role: body.role,
            expires_in_days: body.expires_in_days,
            message: body.message,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(invitation_json(&view))))
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let (_, page) = invitations::list(&app, &user.auth, &slug, paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(invitation_json).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

pub async fn revoke(
    State(app): State<App>,
    user: ApiUser,
    Path((slug, id)): Path<(String, String)>,
) -> ApiResult<impl IntoResponse> {
    invitations::revoke(&app, &user.auth, &slug, path_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn landing_json(landing: &Landing) -> Value {
    json!({
        "community": {
            "slug": landing.community.slug,
            "name": landing.community.name,
            "description": landing.community.description,
        },
        "role": landing.invitation.role,
        "email": landing.invitation.email,
        "invited_by": landing.invited_by.as_ref().map(|u| json!({ "display_name": u.display_name })),
        "expires_at": landing.invitation.expires_at,
        "has_account": landing.has_account,
    })
}

/// What the link is for, so the holder knows what they accept.
pub async fn show(
    State(app): State<App>,
    Path(token): Path<String>,
) -> ApiResult<impl IntoResponse> {
    Ok(Json(landing_json(
        &invitations::landing(&app, &token).await?,
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptBody {
    display_name: String,
    password: String,
    organisation: String,
}

/// Open to the link's holder without a session (API.md); with one, the
/// invitation must be for that account, and a cookie session needs its CSRF
/// token like every other write.
pub async fn accept(
    State(app): State<App>,
    viewer: Viewer,
    ip: ClientIp,
    headers: HeaderMap,
    Path(token): Path<String>,
    OptionalJson(body): OptionalJson<AcceptBody>,
) -> ApiResult<impl IntoResponse> {
    if let Some(auth) = &viewer.auth
        && viewer.via == Some(AuthVia::Cookie)
    {
        let sent = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !tokens_match(sent, &auth.session.csrf_token) {
            return Err(ApiError(crate::extract::csrf_failed()));
        }
    }
    let accepted = invitations::accept(
        &app,
        viewer.auth.as_ref(),
        &token,
        AcceptInput {
            display_name: body.display_name,
            password: body.password,
            organisation: body.organisation,
        },
        ip.client(),
    )
    .await?;
    let user = match (&accepted.signed_in, &viewer.auth) {
        (Some(signed_in), _) => json!(accounts::me(&signed_in.auth)),
        (None, Some(auth)) => json!(accounts::me(auth)),
        (None, None) => json!({ "id": accepted.user.id }),
    };
    let status = if accepted.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(json!({
            "status": "joined",
            "community": { "slug": accepted.community.slug, "name": accepted.community.name },
            "user": user,
            "token": accepted.signed_in.as_ref().map(|s| s.token.clone()),
        })),
    ))
}
