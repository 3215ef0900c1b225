//! The pages of verified answers and asked practitioners: what the thread
//! page shows about them, the forms behind it, a community's verified
//! answers, and the administration of experts.

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::i18n::Lang;
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::accounts::AuthContext;
use praxis_app::discussions::notify::labelled_name;
use praxis_app::expertise::{self, VerificationView, VerifyInput};
use praxis_domain::{Paging, PostId, ThreadId, UserId};
use serde::Deserialize;
use std::collections::HashMap;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// What a post shows of its expert check.
#[derive(Debug, Clone)]
pub struct VerificationBadge {
    /// The status as a code (`verified`, `to_review`, `suspended`), for the
    /// `expertise-verification-status` message.
    pub status: &'static str,
    pub in_force: bool,
    pub by: String,
    pub reference: String,
    pub reference_url: String,
    pub review_by: chrono::NaiveDate,
}

impl From<&VerificationView> for VerificationBadge {
    fn from(v: &VerificationView) -> Self {
        VerificationBadge {
            status: match v.status {
                expertise::VerificationStatus::Verified => "verified",
                expertise::VerificationStatus::ToReview => "to_review",
                expertise::VerificationStatus::Suspended => "suspended",
            },
            in_force: v.status == expertise::VerificationStatus::Verified,
            by: v
                .by
                .as_ref()
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            reference: v.verification.reference.clone(),
            reference_url: v.verification.reference_url.clone(),
            review_by: v.verification.review_by,
        }
    }
}

pub struct AskedRow {
    pub name: String,
    pub user_id: String,
    pub answered: bool,
}

pub struct Suggestion {
    pub user_id: String,
    pub name: String,
    pub organisation: String,
}

/// Everything the thread page adds about experts.
pub struct ThreadExtras {
    /// By post id.
    pub badges: HashMap<String, VerificationBadge>,
    pub can_verify: bool,
    pub asked: Vec<AskedRow>,
    pub suggestions: Vec<Suggestion>,
    pub can_ask: bool,
}

/// Reads what the thread page shows of verifications and requests. A
/// failure here leaves the page without them rather than failing it.
pub async fn thread_extras(
    app: &App,
    auth: &AuthContext,
    ui: &Lang,
    thread: ThreadId,
    question: bool,
    can_reply: bool,
) -> ThreadExtras {
    let badges = expertise::of_thread(app, auth, thread)
        .await
        .map(|found| {
            found
                .iter()
                .map(|(post, v)| (post.to_string(), VerificationBadge::from(v)))
                .collect()
        })
        .unwrap_or_default();
    let can_verify = expertise::can_verify(app, auth, thread)
        .await
        .unwrap_or(false);
    let asked: Vec<AskedRow> = expertise::asked(app, auth, thread)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|a| AskedRow {
            name: labelled_name(ui, a.user.role, &a.user.display_name),
            user_id: a.user.id.to_string(),
            answered: a.answered,
        })
        .collect();
    let can_ask = question && can_reply && asked.len() < expertise::MAX_ASKED;
    let suggestions = if can_ask {
        expertise::suggestions(app, auth, thread, 6)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|u| Suggestion {
                user_id: u.id.to_string(),
                name: u.display_name,
                organisation: u.organisation,
            })
            .collect()
    } else {
        Vec::new()
    };
    ThreadExtras {
        badges,
        can_verify,
        asked,
        suggestions,
        can_ask,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyForm {
    reference: String,
    reference_url: String,
    review_by: String,
}

/// The thread page's verify form. Errors come back as a page with the
/// problem stated (the thread page itself has no room for field errors of
/// every post's form).
pub async fn verify(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<VerifyForm>,
) -> PageResult {
    let post: PostId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let view = expertise::verify(
        &app,
        &user.auth,
        post,
        VerifyInput {
            reference: form.reference,
            reference_url: form.reference_url,
            review_by: form.review_by,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/threads/{}?notice=answer_verified#post-{post}",
        view.verification.thread_id
    )))
}

#[derive(Deserialize, Default)]
pub struct EmptyForm {}

pub async fn unverify(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let post: PostId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (found, thread, _) = praxis_app::discussions::post(&app, &user.auth, post)
        .await
        .map_err(|e| user.ctx.error(e))?;
    expertise::unverify(&app, &user.auth, found.id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/threads/{}?notice=verification_removed#post-{post}",
        thread.id
    )))
}

/// The "ask a practitioner" form: `ask-<user id>` checkboxes.
pub async fn ask(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> PageResult {
    let thread: ThreadId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let ids: Vec<String> = form
        .keys()
        .filter_map(|k| k.strip_prefix("ask-"))
        .map(str::to_owned)
        .collect();
    expertise::ask(&app, &user.auth, thread, &ids)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/threads/{thread}?notice=practitioners_asked#asked"
    )))
}

pub struct VerifiedRow {
    thread_id: String,
    post_id: String,
    title: String,
    excerpt: String,
    badge: VerificationBadge,
}

#[derive(Template)]
#[template(path = "expertise/verified.html")]
struct VerifiedPage {
    layout: Layout,
    slug: String,
    name: String,
    rows: Vec<VerifiedRow>,
    total: u64,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParam {
    page: Option<u64>,
}

pub async fn verified(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(params): Query<PageParam>,
) -> PageResult {
    let view = praxis_app::communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let page = expertise::verified_in_community(
        &app,
        &user.auth,
        &slug,
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&VerifiedPage {
        slug: view.community.slug.clone(),
        name: view.community.name.clone(),
        total: page.total,
        page: page.page,
        has_next: page.has_next(),
        rows: page
            .items
            .iter()
            .map(|a| VerifiedRow {
                thread_id: a.thread.id.to_string(),
                post_id: a.post.id.to_string(),
                title: a.thread.title.clone(),
                excerpt: praxis_app::discussions::notify::excerpt(&a.post.body, 240),
                badge: VerificationBadge::from(&a.view),
            })
            .collect(),
        layout: user.ctx.layout,
    }))
}

pub struct ExpertRow {
    user_id: String,
    name: String,
    email: String,
    codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "expertise/experts.html")]
struct ExpertsPage {
    layout: Layout,
    rows: Vec<ExpertRow>,
    email: String,
    groups: Vec<crate::people::pages::ExpertiseGroup>,
    errors: FormErrors,
}

async fn experts_page(
    app: &App,
    user: &PageUser,
    email: String,
    ticked: &[String],
    errors: FormErrors,
) -> Result<ExpertsPage, PageError> {
    let experts = expertise::experts(app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let locale = user.auth.user.locale.clone();
    Ok(ExpertsPage {
        layout: user.ctx.layout.clone(),
        rows: experts
            .into_iter()
            .map(|(u, codes)| ExpertRow {
                user_id: u.id.to_string(),
                name: u.display_name,
                email: u.email,
                codes: codes
                    .iter()
                    .map(|c| {
                        praxis_domain::taxonomy::find(c)
                            .map(|e| e.label_in(&locale).to_owned())
                            .unwrap_or_else(|| c.clone())
                    })
                    .collect(),
            })
            .collect(),
        email,
        groups: crate::people::pages::expertise_groups(ticked, &locale, &user.ctx.layout.ui),
        errors,
    })
}

pub async fn experts(State(app): State<App>, user: PageUser) -> PageResult {
    let page = experts_page(&app, &user, String::new(), &[], FormErrors::default()).await?;
    Ok(render(&page))
}

/// Designates by email address, with the taxonomy's checkboxes.
pub async fn designate(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> PageResult {
    let email = form.get("email").cloned().unwrap_or_default();
    let codes = crate::people::pages::ticked_expertise(&form);
    let outcome = async {
        praxis_domain::policy::may_administer(&user.auth.actor)?;
        let target =
            praxis_store::accounts::find_user_by_email(&app.db, &email.trim().to_lowercase())
                .await?
                .ok_or_else(|| {
                    praxis_app::AppError::invalid(praxis_domain::ValidationError::new(
                        "email",
                        "unknown_member",
                        "No member has this email address.",
                    ))
                })?;
        expertise::designate(&app, &user.auth, target.id, &codes).await
    }
    .await;
    match outcome {
        Ok(_) => Ok(see_other("/admin/experts?notice=expert_designated")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let page = experts_page(&app, &user, email, &codes, errors).await?;
            let mut response = render(&page);
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

pub async fn undesignate(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id: UserId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    expertise::undesignate(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/experts?notice=expert_removed"))
}
