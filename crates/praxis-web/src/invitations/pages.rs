//! The pages of invitations: a community's invitations (send, list,
//! withdraw) and the landing page of an invitation link.

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageCtx, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use crate::security::{ClientIp, session_cookie};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::invitations::{self, AcceptInput, InvitationView, InviteInput, Landing};
use praxis_domain::Paging;
use praxis_store::communities::Community;
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

pub struct InvitationRow {
    id: String,
    email: String,
    guest: bool,
    status: String,
    pending: bool,
    invited_by: String,
    created_at: chrono::DateTime<chrono::Utc>,
    expires_at: chrono::DateTime<chrono::Utc>,
}

impl InvitationRow {
    fn of(view: &InvitationView, layout: &Layout) -> Self {
        let i = &view.invitation;
        InvitationRow {
            id: i.id.to_string(),
            email: i.email.clone(),
            guest: i.role == "guest",
            status: match view.status {
                invitations::InvitationStatus::Pending => {
                    layout.t("communities-invitation-status-pending")
                }
                invitations::InvitationStatus::Accepted => {
                    layout.t("communities-invitation-status-accepted")
                }
                invitations::InvitationStatus::Revoked => {
                    layout.t("communities-invitation-status-revoked")
                }
                invitations::InvitationStatus::Expired => {
                    layout.t("communities-invitation-status-expired")
                }
            },
            pending: view.status == invitations::InvitationStatus::Pending,
            invited_by: view
                .invited_by
                .as_ref()
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            created_at: i.created_at,
            expires_at: i.expires_at,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    role: String,
    expires_in_days: String,
    message: String,
}

#[derive(Template)]
#[template(path = "communities/invitations.html")]
struct InvitationsPage {
    layout: Layout,
    slug: String,
    name: String,
    rows: Vec<InvitationRow>,
    form: InviteForm,
    errors: FormErrors,
    total: u64,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParam {
    page: Option<u64>,
}

async fn invitations_page(
    app: &App,
    user: &PageUser,
    slug: &str,
    page: u64,
    form: InviteForm,
    errors: FormErrors,
) -> Result<InvitationsPage, PageError> {
    let (community, list) = invitations::list(app, &user.auth, slug, Paging { page, per_page: 50 })
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(InvitationsPage {
        layout: user.ctx.layout.clone(),
        slug: community.slug.clone(),
        name: community.name.clone(),
        rows: list
            .items
            .iter()
            .map(|view| InvitationRow::of(view, &user.ctx.layout))
            .collect(),
        total: list.total,
        page: list.page,
        has_next: list.has_next(),
        form,
        errors,
    })
}

pub async fn index(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(params): Query<PageParam>,
) -> PageResult {
    let form = InviteForm {
        role: "guest".into(),
        expires_in_days: invitations::DEFAULT_DAYS.to_string(),
        ..InviteForm::default()
    };
    let page = invitations_page(
        &app,
        &user,
        &slug,
        params.page.unwrap_or(1),
        form,
        FormErrors::default(),
    )
    .await?;
    Ok(render(&page))
}

pub async fn invite(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> PageResult {
    let days = form.expires_in_days.trim();
    let expires_in_days = if days.is_empty() {
        None
    } else {
        // Not a number: out of range, so the field explains the limits.
        Some(days.parse().unwrap_or(0))
    };
    let input = InviteInput {
        email: form.email.clone(),
        role: form.role.clone(),
        expires_in_days,
        message: form.message.clone(),
    };
    match invitations::invite(&app, &user.auth, &slug, input).await {
        Ok(_) => Ok(see_other(&format!(
            "/communities/{slug}/invitations?notice=invitation_sent"
        ))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let page = invitations_page(&app, &user, &slug, 1, form, errors).await?;
            let mut response = render(&page);
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Deserialize, Default)]
pub struct EmptyForm {}

pub async fn revoke(
    State(app): State<App>,
    user: PageUser,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    invitations::revoke(&app, &user.auth, &slug, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/communities/{slug}/invitations?notice=invitation_revoked"
    )))
}

/// Who is looking at an invitation link decides what the page asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Visitor {
    /// Signed in with the invited address: one button.
    Addressee,
    /// Signed in as someone else: explain, offer to sign out.
    SomeoneElse,
    /// Not signed in, the address has an account: the password.
    KnownAddress,
    /// Not signed in, no account yet: name, organisation, password.
    Newcomer,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    display_name: String,
    organisation: String,
    password: String,
}

#[derive(Template)]
#[template(path = "accounts/invitation.html")]
struct LandingPage {
    layout: Layout,
    token: String,
    community: Community,
    inviter: String,
    guest: bool,
    email: String,
    masked_email: String,
    expires_at: String,
    visitor: Visitor,
    signed_in_as: String,
    form: AcceptForm,
    errors: FormErrors,
}

fn landing_page(
    ctx: &PageCtx,
    token: String,
    landing: Landing,
    form: AcceptForm,
    errors: FormErrors,
) -> LandingPage {
    let visitor = match ctx.auth() {
        Some(auth) if auth.user.email == landing.invitation.email => Visitor::Addressee,
        Some(_) => Visitor::SomeoneElse,
        None if landing.has_account => Visitor::KnownAddress,
        None => Visitor::Newcomer,
    };
    LandingPage {
        layout: ctx.layout.clone(),
        token,
        inviter: landing
            .invited_by
            .as_ref()
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
        guest: landing.invitation.role == "guest",
        masked_email: invitations::mask_email(&landing.invitation.email),
        // Shown in full only to whoever holds the link and is not someone else.
        email: if visitor == Visitor::SomeoneElse {
            String::new()
        } else {
            landing.invitation.email.clone()
        },
        expires_at: ctx
            .layout
            .ui
            .date_time(landing.invitation.expires_at, ctx.layout.zone),
        signed_in_as: ctx.auth().map(|a| a.user.email.clone()).unwrap_or_default(),
        community: landing.community,
        visitor,
        form,
        errors,
    }
}

pub async fn landing(
    State(app): State<App>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> PageResult {
    let landing = invitations::landing(&app, &token)
        .await
        .map_err(|e| ctx.error(e))?;
    Ok(render(&landing_page(
        &ctx,
        token,
        landing,
        AcceptForm::default(),
        FormErrors::default(),
    )))
}

pub async fn accept(
    State(app): State<App>,
    ctx: PageCtx,
    ip: ClientIp,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> PageResult {
    let input = AcceptInput {
        display_name: form.display_name.clone(),
        password: form.password.clone(),
        organisation: form.organisation.clone(),
    };
    match invitations::accept(&app, ctx.auth(), &token, input, ip.client()).await {
        Ok(accepted) => {
            let community = format!(
                "/communities/{}?notice=invitation_accepted",
                accepted.community.slug
            );
            let must_accept_code = match (&accepted.signed_in, ctx.auth()) {
                (Some(signed_in), _) => !signed_in.auth.actor.accepted_current_usage_code,
                (None, Some(auth)) => !auth.actor.accepted_current_usage_code,
                (None, None) => false,
            };
            let target = if must_accept_code {
                format!(
                    "/usage-code?{}",
                    serde_urlencoded::to_string([(
                        "next",
                        format!("/communities/{}", accepted.community.slug)
                    )])
                    .unwrap_or_default()
                )
            } else {
                community
            };
            let mut response = see_other(&target);
            if let Some(signed_in) = &accepted.signed_in
                && let Ok(cookie) = HeaderValue::from_str(&session_cookie(
                    &app,
                    &signed_in.token,
                    app.config.security.session_days,
                ))
            {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            Ok(response)
        }
        Err(error) => {
            let (status, errors) = form_errors(error, &ctx.layout.ui).map_err(|e| ctx.error(e))?;
            let landing = invitations::landing(&app, &token)
                .await
                .map_err(|e| ctx.error(e))?;
            let form = AcceptForm {
                password: String::new(),
                ..form
            };
            let mut response = render(&landing_page(&ctx, token, landing, form, errors));
            *response.status_mut() = status;
            Ok(response)
        }
    }
}
