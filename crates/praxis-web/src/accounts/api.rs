//! `/api/v1/auth/*`, `/api/v1/me*`, `/api/v1/usage-code*` and the account
//! parts of `/api/v1/admin/*`, as in API.md "Accounts".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, OptionalJson, path_id};
use crate::security::ClientIp;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::{DateTime, Utc};
use praxis_app::accounts::{self, ProfileInput, RegisterInput};
use praxis_app::{App, AppError};
use praxis_domain::{Paging, UserStatus, ValidationError};
use praxis_store::accounts::{BuyerDomainEntry, User};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterBody {
    email: String,
    display_name: String,
    password: String,
    organisation: String,
}

pub async fn register(
    State(app): State<App>,
    ip: ClientIp,
    ApiJson(body): ApiJson<RegisterBody>,
) -> ApiResult<impl IntoResponse> {
    accounts::register(
        &app,
        RegisterInput {
            email: body.email,
            display_name: body.display_name,
            password: body.password,
            organisation: body.organisation,
            locale: None,
        },
        ip.client(),
    )
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "status": "verification_sent" })),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenBody {
    token: String,
}

pub async fn verify(
    State(app): State<App>,
    ApiJson(body): ApiJson<TokenBody>,
) -> ApiResult<impl IntoResponse> {
    let status = accounts::verify_email(&app, &body.token).await?;
    Ok(Json(json!({ "status": status })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginBody {
    email: String,
    password: String,
}

pub async fn login(
    State(app): State<App>,
    ip: ClientIp,
    ApiJson(body): ApiJson<LoginBody>,
) -> ApiResult<impl IntoResponse> {
    let signed_in = accounts::login(&app, &body.email, &body.password, ip.client()).await?;
    Ok(Json(json!({
        "token": signed_in.token,
        "user": accounts::me(&signed_in.auth),
    })))
}

pub async fn logout(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    accounts::logout(&app, &user.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailBody {
    email: String,
}

pub async fn request_password_reset(
    State(app): State<App>,
    ip: ClientIp,
    ApiJson(body): ApiJson<EmailBody>,
) -> ApiResult<impl IntoResponse> {
    accounts::request_password_reset(&app, &body.email, ip.client()).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "status": "reset_sent" })),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetBody {
    token: String,
    password: String,
}

pub async fn confirm_password_reset(
    State(app): State<App>,
    ApiJson(body): ApiJson<ResetBody>,
) -> ApiResult<impl IntoResponse> {
    accounts::confirm_password_reset(&app, &body.token, &body.password).await?;
    Ok(Json(json!({ "status": "password_changed" })))
}

pub async fn me(user: ApiUser) -> ApiResult<impl IntoResponse> {
    Ok(Json(accounts::me(&user.auth)))
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileBody {
    display_name: Option<String>,
    organisation: Option<String>,
    bio: Option<String>,
    region: Option<String>,
    languages: Option<Vec<String>>,
    locale: Option<String>,
    /// IANA zone for event times (`Europe/Paris`); empty: the site's.
    time_zone: Option<String>,
    /// Codes from `GET /taxonomy/expertise`.
    expertise: Option<Vec<String>>,
}

pub async fn update_profile(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<ProfileBody>,
) -> ApiResult<impl IntoResponse> {
    accounts::update_profile(
        &app,
        &user.auth,
        ProfileInput {
            display_name: body.display_name,
            organisation: body.organisation,
            bio: body.bio,
            region: body.region,
            languages: body.languages,
            locale: body.locale,
            time_zone: body.time_zone,
            expertise: body.expertise,
        },
    )
    .await?;
    let refreshed = accounts::authenticate(&app, &user.token)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(Json(accounts::me(&refreshed)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordBody {
    current_password: String,
    new_password: String,
}

pub async fn change_password(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<PasswordBody>,
) -> ApiResult<impl IntoResponse> {
    accounts::change_password(&app, &user.auth, &body.current_password, &body.new_password).await?;
    Ok(Json(json!({ "status": "password_changed" })))
}

pub async fn usage_code(State(app): State<App>) -> ApiResult<impl IntoResponse> {
    let code = accounts::current_usage_code(&app).await?;
    Ok(Json(json!({
        "version": code.version,
        "text": code.text,
        "text_html": praxis_domain::markdown::to_safe_html(&code.text),
        "published_at": code.published_at,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptBody {
    version: Option<i32>,
}

pub async fn accept_usage_code(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<AcceptBody>,
) -> ApiResult<impl IntoResponse> {
    let version = body
        .version
        .ok_or_else(|| AppError::invalid(ValidationError::required("version")))?;
    accounts::accept_usage_code(&app, &user.auth, version).await?;
    Ok(Json(json!({ "accepted_version": version })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsageCodeBody {
    text: String,
}

pub async fn publish_usage_code(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<UsageCodeBody>,
) -> ApiResult<impl IntoResponse> {
    let code = accounts::publish_usage_code(&app, &user.auth, &body.text).await?;
    Ok((
        StatusCode::CREATED,
        Json(
            json!({ "version": code.version, "text": code.text, "published_at": code.published_at }),
        ),
    ))
}

/// A person as administrators see them.
#[derive(Serialize)]
pub struct AdminUserView {
    id: praxis_domain::UserId,
    email: String,
    display_name: String,
    organisation: String,
    role: praxis_domain::Role,
    status: UserStatus,
    email_verified_at: Option<DateTime<Utc>>,
    suspended_until: Option<DateTime<Utc>>,
    suspension_reason: Option<String>,
    created_at: DateTime<Utc>,
}

impl From<User> for AdminUserView {
    fn from(u: User) -> Self {
        AdminUserView {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            organisation: u.organisation,
            role: u.role,
            status: u.status,
            email_verified_at: u.email_verified_at,
            suspended_until: u.suspended_until,
            suspension_reason: u.suspension_reason,
            created_at: u.created_at,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegistrationsQuery {
    status: Option<String>,
}

pub async fn registrations(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(query): ApiQuery<RegistrationsQuery>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let status = match query.status.as_deref() {
        None | Some("") | Some("pending") => UserStatus::PendingApproval,
        Some(other) => UserStatus::parse(other).ok_or_else(|| {
            AppError::invalid(ValidationError::new(
                "status",
                "invalid_status",
                "Use status=pending, active, rejected, suspended or unverified.",
            ))
        })?,
    };
    let page = accounts::list_registrations(&app, &user.auth, status, paging).await?;
    Ok(Json(json!({
        "items": page.items.into_iter().map(AdminUserView::from).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

pub async fn approve_registration(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    accounts::approve_registration(&app, &user.auth, id).await?;
    Ok(Json(json!({ "id": id, "status": UserStatus::Active })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonBody {
    reason: String,
}

pub async fn reject_registration(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<ReasonBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    accounts::reject_registration(&app, &user.auth, id, &body.reason).await?;
    Ok(Json(json!({ "id": id, "status": UserStatus::Rejected })))
}

fn domain_view(entry: &BuyerDomainEntry) -> serde_json::Value {
    json!({ "domain": entry.domain, "added_by": entry.added_by, "created_at": entry.created_at })
}

pub async fn buyer_domains(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let domains = accounts::list_buyer_domains(&app, &user.auth).await?;
    let total = domains.len();
    Ok(Json(json!({
        "items": domains.iter().map(domain_view).collect::<Vec<_>>(),
        "page": 1,
        "total": total,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DomainBody {
    domain: String,
}

pub async fn add_buyer_domain(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<DomainBody>,
) -> ApiResult<impl IntoResponse> {
    let domain = accounts::add_buyer_domain(&app, &user.auth, &body.domain).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "domain": domain.as_str() })),
    ))
}

pub async fn remove_buyer_domain(
    State(app): State<App>,
    user: ApiUser,
    Path(domain): Path<String>,
) -> ApiResult<impl IntoResponse> {
    accounts::remove_buyer_domain(&app, &user.auth, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    q: Option<String>,
}

pub async fn users(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(query): ApiQuery<UsersQuery>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = accounts::list_users(&app, &user.auth, query.q.as_deref(), paging).await?;
    Ok(Json(json!({
        "items": page.items.into_iter().map(AdminUserView::from).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SuspendBody {
    until: Option<DateTime<Utc>>,
    reason: String,
}

pub async fn suspend(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SuspendBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    accounts::suspend_user(&app, &user.auth, id, body.until, &body.reason).await?;
    Ok(Json(
        json!({ "id": id, "status": UserStatus::Suspended, "until": body.until }),
    ))
}

pub async fn unsuspend(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    accounts::unsuspend_user(&app, &user.auth, id).await?;
    Ok(Json(json!({ "id": id, "status": UserStatus::Active })))
}
