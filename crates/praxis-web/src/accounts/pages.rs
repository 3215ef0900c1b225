//! The HTML pages of accounts: register, check your mail, verify, sign in
//! and out, forgotten password, usage code, pending approval, profile,
//! password, and the administration of registrations, domains, the usage
//! code and members.

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageCtx, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use crate::security::{ClientIp, clear_session_cookie, session_cookie};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDateTime, Utc};
use praxis_app::accounts::{self, ProfileInput, RegisterInput};
use praxis_app::{App, AppError};
use praxis_domain::{Locale, Paging, UserStatus, ValidationError};
use praxis_store::accounts::{BuyerDomainEntry, User};
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

/// Re-renders a form with its errors and the status the API would answer.
fn form_response(status: StatusCode, page: &impl Template) -> Response {
    let mut response = render(page);
    *response.status_mut() = status;
    response
}

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// Only local paths are followed after sign-in, never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

// ---------------------------------------------------------------------------
// Registration.

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct RegisterForm {
    email: String,
    display_name: String,
    organisation: String,
    password: String,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    layout: Layout,
    form: RegisterForm,
    errors: FormErrors,
}

pub async fn register_form(ctx: PageCtx) -> Response {
    if ctx.auth().is_some() {
        return see_other("/");
    }
    render(&RegisterPage {
        layout: ctx.layout,
        form: RegisterForm::default(),
        errors: FormErrors::default(),
    })
}

pub async fn register(
    State(app): State<App>,
    ctx: PageCtx,
    ip: ClientIp,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> PageResult {
    let input = RegisterInput {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        password: form.password.clone(),
        organisation: form.organisation.clone(),
        locale: Some(ctx.layout.lang.clone()),
    };
    match accounts::register(&app, input, ip.client()).await {
        Ok(()) => Ok(see_other("/register/check-mail")),
        Err(error) => {
            let (status, errors) = form_errors(error, &ctx.layout.ui).map_err(|e| ctx.error(e))?;
            let form = RegisterForm {
                password: String::new(),
                ..form
            };
            Ok(form_response(
                status,
                &RegisterPage {
                    layout: ctx.layout,
                    form,
                    errors,
                },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/check_mail.html")]
struct CheckMailPage {
    layout: Layout,
    purpose: &'static str,
}

pub async fn check_mail(ctx: PageCtx) -> Response {
    render(&CheckMailPage {
        layout: ctx.layout,
        purpose: "verify",
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

#[derive(Template)]
#[template(path = "accounts/verified.html")]
struct VerifiedPage {
    layout: Layout,
    active: bool,
}

/// The link in the verification mail. Following it is the proof of
/// ownership, so it acts on GET: a mail scanner that follows it first only
/// confirms what the owner asked for.
pub async fn verify(
    State(app): State<App>,
    ctx: PageCtx,
    Query(query): Query<TokenQuery>,
) -> PageResult {
    match accounts::verify_email(&app, &query.token).await {
        Ok(status) => Ok(render(&VerifiedPage {
            layout: ctx.layout,
            active: status == UserStatus::Active,
        })),
        Err(error) => Err(ctx.error(error)),
    }
}

#[derive(Template)]
#[template(path = "accounts/pending.html")]
struct PendingPage {
    layout: Layout,
}

pub async fn pending(ctx: PageCtx) -> Response {
    render(&PendingPage { layout: ctx.layout })
}

// ---------------------------------------------------------------------------
// Sign in and out.

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    layout: Layout,
    email: String,
    next: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(ctx: PageCtx, Query(query): Query<NextQuery>) -> Response {
    if ctx.auth().is_some() {
        return see_other(&safe_next(query.next.as_deref()));
    }
    render(&LoginPage {
        layout: ctx.layout,
        email: String::new(),
        next: safe_next(query.next.as_deref()),
        errors: FormErrors::default(),
    })
}

pub async fn login(
    State(app): State<App>,
    ctx: PageCtx,
    ip: ClientIp,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> PageResult {
    let next = safe_next(form.next.as_deref());
    match accounts::login(&app, &form.email, &form.password, ip.client()).await {
        Ok(signed_in) => {
            let target = if signed_in.auth.actor.accepted_current_usage_code {
                next
            } else {
                format!(
                    "/usage-code?{}",
                    serde_urlencoded::to_string([("next", next)]).unwrap_or_default()
                )
            };
            let mut response = see_other(&target);
            if let Ok(cookie) = HeaderValue::from_str(&session_cookie(
                &app,
                &signed_in.token,
                app.config.security.session_days,
            )) {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            Ok(response)
        }
        Err(AppError::Forbidden {
            code: "pending_approval",
            ..
        }) => Ok(see_other("/pending")),
        Err(error) => {
            let (status, errors) = form_errors(error, &ctx.layout.ui).map_err(|e| ctx.error(e))?;
            Ok(form_response(
                status,
                &LoginPage {
                    layout: ctx.layout,
                    email: form.email,
                    next,
                    errors,
                },
            ))
        }
    }
}

#[derive(Deserialize, Default)]
pub struct EmptyForm {}

pub async fn logout(
    State(app): State<App>,
    ctx: PageCtx,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    if let Some(token) = &ctx.viewer.token {
        accounts::logout(&app, token)
            .await
            .map_err(|e| ctx.error(e))?;
    }
    let mut response = see_other("/login?notice=signed_out");
    if let Ok(cookie) = HeaderValue::from_str(&clear_session_cookie()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

// ---------------------------------------------------------------------------
// Forgotten password.

#[derive(Template)]
#[template(path = "accounts/password_reset.html")]
struct PasswordResetPage {
    layout: Layout,
    email: String,
    errors: FormErrors,
}

pub async fn password_reset_form(ctx: PageCtx) -> Response {
    render(&PasswordResetPage {
        layout: ctx.layout,
        email: String::new(),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailForm {
    email: String,
}

pub async fn password_reset(
    State(app): State<App>,
    ctx: PageCtx,
    ip: ClientIp,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> PageResult {
    match accounts::request_password_reset(&app, &form.email, ip.client()).await {
        Ok(()) => Ok(render(&CheckMailPage {
            layout: ctx.layout,
            purpose: "reset",
        })),
        Err(error) => {
            let (status, errors) = form_errors(error, &ctx.layout.ui).map_err(|e| ctx.error(e))?;
            Ok(form_response(
                status,
                &PasswordResetPage {
                    layout: ctx.layout,
                    email: form.email,
                    errors,
                },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/password_reset_confirm.html")]
struct PasswordResetConfirmPage {
    layout: Layout,
    token: String,
    errors: FormErrors,
}

pub async fn password_reset_confirm_form(
    ctx: PageCtx,
    Query(query): Query<TokenQuery>,
) -> Response {
    render(&PasswordResetConfirmPage {
        layout: ctx.layout,
        token: query.token,
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    token: String,
    password: String,
}

pub async fn password_reset_confirm(
    State(app): State<App>,
    ctx: PageCtx,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> PageResult {
    match accounts::confirm_password_reset(&app, &form.token, &form.password).await {
        Ok(()) => Ok(see_other("/login?notice=password_reset")),
        Err(error) => {
            let (status, errors) = form_errors(error, &ctx.layout.ui).map_err(|e| ctx.error(e))?;
            Ok(form_response(
                status,
                &PasswordResetConfirmPage {
                    layout: ctx.layout,
                    token: form.token,
                    errors,
                },
            ))
        }
    }
}

// ---------------------------------------------------------------------------
// The usage code.

#[derive(Template)]
#[template(path = "accounts/usage_code.html")]
struct UsageCodePage {
    layout: Layout,
    version: i32,
    text_html: String,
    published_at: chrono::DateTime<chrono::Utc>,
    accepted: bool,
    signed_in: bool,
    next: String,
}

pub async fn usage_code(
    State(app): State<App>,
    ctx: PageCtx,
    Query(query): Query<NextQuery>,
) -> PageResult {
    let code = accounts::current_usage_code(&app)
        .await
        .map_err(|e| ctx.error(e))?;
    let accepted = ctx
        .auth()
        .is_some_and(|a| a.user.accepted_usage_code_version == Some(code.version));
    Ok(render(&UsageCodePage {
        signed_in: ctx.auth().is_some(),
        layout: ctx.layout,
        version: code.version,
        text_html: praxis_domain::markdown::to_safe_html(&code.text),
        published_at: code.published_at,
        accepted,
        next: safe_next(query.next.as_deref()),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    version: i32,
    next: Option<String>,
}

pub async fn accept_usage_code(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> PageResult {
    accounts::accept_usage_code(&app, &user.auth, form.version)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let next = safe_next(form.next.as_deref());
    let separator = if next.contains('?') { '&' } else { '?' };
    Ok(see_other(&format!(
        "{next}{separator}notice=usage_code_accepted"
    )))
}

// ---------------------------------------------------------------------------
// Profile and password.

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ProfileForm {
    display_name: String,
    organisation: String,
    bio: String,
    region: String,
    languages: String,
    locale: String,
    time_zone: Option<String>,
    /// `expertise-<code>` checkboxes.
    #[serde(flatten)]
    rest: std::collections::HashMap<String, String>,
}

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    layout: Layout,
    email: String,
    user_id: i64,
    form: ProfileForm,
    locales: Vec<(&'static str, &'static str)>,
    time_zones: &'static [&'static str],
    expertise: Vec<crate::people::pages::ExpertiseGroup>,
    errors: FormErrors,
}

fn locales() -> Vec<(&'static str, &'static str)> {
    Locale::ALL
        .iter()
        .map(|l| (l.as_str(), l.endonym()))
        .collect()
}

pub async fn profile_form(user: PageUser) -> Response {
    let u = &user.auth.user;
    render(&ProfilePage {
        email: u.email.clone(),
        user_id: u.id.0,
        form: ProfileForm {
            display_name: u.display_name.clone(),
            organisation: u.organisation.clone(),
            bio: u.bio.clone(),
            region: u.region.clone(),
            languages: u.languages.join(", "),
            locale: u.locale.clone(),
            time_zone: Some(u.time_zone.clone()),
            rest: Default::default(),
        },
        time_zones: crate::events::pages::TIME_ZONES,
        expertise: crate::people::pages::expertise_groups(
            &u.expertise,
            &u.locale,
            &user.ctx.layout.ui,
        ),
        locales: locales(),
        layout: user.ctx.layout,
        errors: FormErrors::default(),
    })
}

pub async fn profile(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> PageResult {
    let input = ProfileInput {
        display_name: Some(form.display_name.clone()),
        organisation: Some(form.organisation.clone()),
        bio: Some(form.bio.clone()),
        region: Some(form.region.clone()),
        languages: Some(
            form.languages
                .split([',', ' '])
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().to_owned())
                .collect(),
        ),
        locale: Some(form.locale.clone()),
        time_zone: form.time_zone.clone(),
        expertise: Some(crate::people::pages::ticked_expertise(&form.rest)),
    };
    match accounts::update_profile(&app, &user.auth, input).await {
        Ok(()) => Ok(see_other("/me/profile?notice=profile_saved")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            Ok(form_response(
                status,
                &ProfilePage {
                    email: user.auth.user.email.clone(),
                    user_id: user.auth.user.id.0,
                    expertise: crate::people::pages::expertise_groups(
                        &crate::people::pages::ticked_expertise(&form.rest),
                        &user.auth.user.locale,
                        &user.ctx.layout.ui,
                    ),
                    form,
                    locales: locales(),
                    time_zones: crate::events::pages::TIME_ZONES,
                    layout: user.ctx.layout,
                    errors,
                },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/password.html")]
struct PasswordPage {
    layout: Layout,
    errors: FormErrors,
}

pub async fn password_form(user: PageUser) -> Response {
    render(&PasswordPage {
        layout: user.ctx.layout,
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

pub async fn password(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> PageResult {
    match accounts::change_password(&app, &user.auth, &form.current_password, &form.new_password)
        .await
    {
        Ok(()) => Ok(see_other("/me/profile?notice=password_changed")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            Ok(form_response(
                status,
                &PasswordPage {
                    layout: user.ctx.layout,
                    errors,
                },
            ))
        }
    }
}

// ---------------------------------------------------------------------------
// Administration.

/// One row of an administration table.
struct UserRow {
    id: String,
    email: String,
    display_name: String,
    organisation: String,
    role: &'static str,
    status: &'static str,
    created_at: chrono::DateTime<chrono::Utc>,
    suspended_until: Option<chrono::DateTime<chrono::Utc>>,
    suspension_reason: String,
}

impl From<User> for UserRow {
    fn from(u: User) -> Self {
        UserRow {
            id: u.id.to_string(),
            email: u.email,
            display_name: u.display_name,
            organisation: u.organisation,
            role: u.role.as_str(),
            status: u.status.as_str(),
            created_at: u.created_at,
            suspended_until: u.suspended_until,
            suspension_reason: u.suspension_reason.unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/registrations.html")]
struct RegistrationsPage {
    layout: Layout,
    rows: Vec<UserRow>,
    total: u64,
    page: u64,
    has_next: bool,
}

pub async fn registrations(
    State(app): State<App>,
    user: PageUser,
    Query(paging): Query<Paging>,
) -> PageResult {
    let page = accounts::list_registrations(&app, &user.auth, UserStatus::PendingApproval, paging)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&RegistrationsPage {
        has_next: page.has_next(),
        total: page.total,
        page: page.page,
        rows: page.items.into_iter().map(UserRow::from).collect(),
        layout: user.ctx.layout,
    }))
}

pub async fn approve_registration(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    accounts::approve_registration(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/registrations?notice=approved"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    reason: String,
}

pub async fn reject_registration(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    accounts::reject_registration(&app, &user.auth, id, &form.reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/registrations?notice=rejected"))
}

struct DomainRow {
    domain: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Template)]
#[template(path = "admin/buyer_domains.html")]
struct BuyerDomainsPage {
    layout: Layout,
    domains: Vec<DomainRow>,
    domain: String,
    errors: FormErrors,
}

fn domain_rows(entries: Vec<BuyerDomainEntry>) -> Vec<DomainRow> {
    entries
        .into_iter()
        .map(|e| DomainRow {
            domain: e.domain,
            created_at: e.created_at,
        })
        .collect()
}

pub async fn buyer_domains(State(app): State<App>, user: PageUser) -> PageResult {
    let domains = accounts::list_buyer_domains(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&BuyerDomainsPage {
        layout: user.ctx.layout,
        domains: domain_rows(domains),
        domain: String::new(),
        errors: FormErrors::default(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DomainForm {
    domain: String,
}

pub async fn add_buyer_domain(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<DomainForm>,
) -> PageResult {
    match accounts::add_buyer_domain(&app, &user.auth, &form.domain).await {
        Ok(_) => Ok(see_other("/admin/buyer-domains?notice=domain_added")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let domains = accounts::list_buyer_domains(&app, &user.auth)
                .await
                .map_err(|e| user.ctx.error(e))?;
            Ok(form_response(
                status,
                &BuyerDomainsPage {
                    layout: user.ctx.layout,
                    domains: domain_rows(domains),
                    domain: form.domain,
                    errors,
                },
            ))
        }
    }
}

pub async fn remove_buyer_domain(
    State(app): State<App>,
    user: PageUser,
    Path(domain): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    accounts::remove_buyer_domain(&app, &user.auth, &domain)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/buyer-domains?notice=domain_removed"))
}

#[derive(Template)]
#[template(path = "admin/usage_code.html")]
struct AdminUsageCodePage {
    layout: Layout,
    version: i32,
    acceptances: u64,
    text: String,
    errors: FormErrors,
}

pub async fn admin_usage_code(State(app): State<App>, user: PageUser) -> PageResult {
    let code = accounts::current_usage_code(&app)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let acceptances = accounts::usage_code_acceptances(&app, &user.auth, code.version)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&AdminUsageCodePage {
        layout: user.ctx.layout,
        version: code.version,
        acceptances,
        text: code.text,
        errors: FormErrors::default(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsageCodeForm {
    text: String,
}

pub async fn publish_usage_code(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<UsageCodeForm>,
) -> PageResult {
    match accounts::publish_usage_code(&app, &user.auth, &form.text).await {
        Ok(_) => Ok(see_other("/admin/usage-code?notice=usage_code_published")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let code = accounts::current_usage_code(&app)
                .await
                .map_err(|e| user.ctx.error(e))?;
            Ok(form_response(
                status,
                &AdminUsageCodePage {
                    layout: user.ctx.layout,
                    version: code.version,
                    acceptances: 0,
                    text: form.text,
                    errors,
                },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    layout: Layout,
    q: String,
    rows: Vec<UserRow>,
    total: u64,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    q: String,
    page: Option<u64>,
}

pub async fn users(
    State(app): State<App>,
    user: PageUser,
    Query(query): Query<UsersQuery>,
) -> PageResult {
    let paging = Paging {
        page: query.page.unwrap_or(1),
        per_page: 50,
    };
    let page = accounts::list_users(&app, &user.auth, Some(&query.q), paging)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&UsersPage {
        has_next: page.has_next(),
        total: page.total,
        page: page.page,
        rows: page.items.into_iter().map(UserRow::from).collect(),
        q: query.q,
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SuspendForm {
    reason: String,
    /// `YYYY-MM-DDTHH:MM` from a datetime-local field (UTC), empty for indefinite.
    until: String,
}

pub async fn suspend(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<SuspendForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let until = parse_local_datetime(&form.until).map_err(|e| user.ctx.error(e))?;
    accounts::suspend_user(&app, &user.auth, id, until, &form.reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/users?notice=suspended"))
}

fn parse_local_datetime(raw: &str) -> Result<Option<DateTime<Utc>>, AppError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .map(|naive| Some(naive.and_utc()))
        .map_err(|_| {
            AppError::invalid(ValidationError::new(
                "until",
                "invalid_datetime",
                "Give the end of the suspension as a date and time.",
            ))
        })
}

pub async fn unsuspend(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    accounts::unsuspend_user(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/users?notice=unsuspended"))
}
