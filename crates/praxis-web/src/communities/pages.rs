//! The HTML pages of communities.

use crate::discussions::pages::{ThreadRow, thread_rows};
use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::AppError;
use praxis_app::communities::{
    self, CommunityView, DirectoryQuery, JoinOutcome, NewCommunityInput,
};
use praxis_app::discussions;
use praxis_domain::discussion::language_filter;
use praxis_domain::{CommunityKind, CommunityRole, Locale, Membership, Paging, ThreadKind};
use praxis_store::communities::MemberRow;
use praxis_store::discussions::ThreadFilter;
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// A community in a list or card.
pub struct CommunityCard {
    pub slug: String,
    pub name: String,
    pub kind: &'static str,
    pub description: String,
    pub members: i64,
    pub threads: i64,
    pub joined: bool,
    /// Whether the viewer may see activity figures.
    pub readable: bool,
    pub manager: bool,
    pub request_pending: bool,
    pub membership: &'static str,
}

impl CommunityCard {
    pub fn new(
        c: &praxis_store::communities::Community,
        role: Option<CommunityRole>,
        request_pending: bool,
    ) -> Self {
        let description: String = c.description.chars().take(220).collect();
        CommunityCard {
            slug: c.slug.clone(),
            name: c.name.clone(),
            kind: c.kind.as_str(),
            description,
            members: c.member_count,
            threads: c.thread_count,
            joined: role.is_some(),
            readable: role.is_some(),
            manager: role == Some(CommunityRole::Manager),
            request_pending,
            membership: c.membership.as_str(),
        }
    }
}

#[derive(Template)]
#[template(path = "communities/index.html")]
struct DirectoryPage {
    layout: Layout,
    cards: Vec<CommunityCard>,
    kinds: Vec<&'static str>,
    kind: String,
    q: String,
    joined: bool,
    total: u64,
    page: u64,
    has_next: bool,
    can_create: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DirectoryParams {
    kind: String,
    q: String,
    joined: Option<String>,
    page: Option<u64>,
}

pub async fn directory(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<DirectoryParams>,
) -> PageResult {
    let joined = params
        .joined
        .as_deref()
        .is_some_and(|v| !v.is_empty() && v != "false");
    let page = communities::directory(
        &app,
        &user.auth,
        DirectoryQuery {
            kind: Some(params.kind.clone()),
            text: Some(params.q.clone()),
            joined,
        },
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&DirectoryPage {
        cards: page
            .items
            .iter()
            .map(|l| CommunityCard::new(&l.community, l.my_role, l.request_pending))
            .collect(),
        kinds: CommunityKind::ALL.iter().map(|k| k.as_str()).collect(),
        kind: params.kind,
        q: params.q,
        joined,
        total: page.total,
        page: page.page,
        has_next: page.has_next(),
        can_create: user.auth.actor.is_platform_moderator(),
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CommunityForm {
    slug: String,
    name: String,
    kind: String,
    description: String,
    membership: String,
}

#[derive(Template)]
#[template(path = "communities/new.html")]
struct NewCommunityPage {
    layout: Layout,
    form: CommunityForm,
    kinds: Vec<&'static str>,
    memberships: Vec<&'static str>,
    errors: FormErrors,
}

fn new_page(layout: Layout, form: CommunityForm, errors: FormErrors) -> NewCommunityPage {
    NewCommunityPage {
        layout,
        form,
        kinds: CommunityKind::ALL.iter().map(|k| k.as_str()).collect(),
        memberships: Membership::ALL.iter().map(|m| m.as_str()).collect(),
        errors,
    }
}

pub async fn new_form(user: PageUser) -> PageResult {
    if !user.auth.actor.is_platform_moderator() {
        return Err(user.ctx.error(praxis_domain::policy::Denied::NotAllowed));
    }
    Ok(render(&new_page(
        user.ctx.layout,
        CommunityForm {
            kind: "sector".into(),
            membership: "open".into(),
            ..CommunityForm::default()
        },
        FormErrors::default(),
    )))
}

pub async fn create(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<CommunityForm>,
) -> PageResult {
    let input = NewCommunityInput {
        slug: form.slug.clone(),
        name: form.name.clone(),
        kind: form.kind.clone(),
        description: form.description.clone(),
        membership: form.membership.clone(),
    };
    match communities::create(&app, &user.auth, input).await {
        Ok(community) => Ok(see_other(&format!("/communities/{}", community.slug))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let mut response = render(&new_page(user.ctx.layout, form, errors));
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "communities/show.html")]
struct CommunityPage {
    layout: Layout,
    view: CommunityView,
    kind_code: &'static str,
    membership_code: &'static str,
    threads: Vec<ThreadRow>,
    tags: Vec<(String, i64)>,
    filter: String,
    tag: String,
    /// The content language filter as asked (kept in the form and the
    /// pager), and the languages offered.
    lang: String,
    languages: Vec<(&'static str, &'static str)>,
    errors: FormErrors,
    total: u64,
    page: u64,
    has_next: bool,
    can_invite: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowParams {
    filter: String,
    tag: String,
    lang: String,
    page: Option<u64>,
}

pub async fn show(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(params): Query<ShowParams>,
) -> PageResult {
    let view = communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    // An unknown language is said on the form; the list then shows every
    // language.
    let (language, errors, status) = match language_filter(&params.lang) {
        Ok(language) => (language, FormErrors::default(), StatusCode::OK),
        Err(error) => {
            let (status, errors) = form_errors(AppError::invalid(error), &user.ctx.layout.ui)
                .map_err(|e| user.ctx.error(e))?;
            (None, errors, status)
        }
    };
    let (threads, total, page, has_next, tags) = if view.can_read {
        let filter = ThreadFilter {
            language,
            kind: match params.filter.as_str() {
                "questions" => Some(ThreadKind::Question),
                "discussions" => Some(ThreadKind::Discussion),
                _ => None,
            },
            unanswered: params.filter == "unanswered",
            tag: Some(params.tag.trim().to_lowercase()).filter(|t| !t.is_empty()),
        };
        let page = discussions::list_threads(
            &app,
            &user.auth,
            &slug,
            filter,
            Paging {
                page: params.page.unwrap_or(1),
                per_page: 30,
            },
        )
        .await
        .map_err(|e| user.ctx.error(e))?;
        let tags = discussions::community_tags(&app, &user.auth, &slug)
            .await
            .map_err(|e| user.ctx.error(e))?
            .as_ref()
            .clone();
        (
            thread_rows(&page.items),
            page.total,
            page.page,
            page.has_next(),
            tags,
        )
    } else {
        (Vec::new(), 0, 1, false, Vec::new())
    };
    let can_invite = praxis_domain::policy::may_invite(&user.auth.actor, view.my_role).is_ok();
    let mut response = render(&CommunityPage {
        can_invite,
        kind_code: view.community.kind.as_str(),
        membership_code: view.community.membership.as_str(),
        view,
        threads,
        tags,
        filter: params.filter,
        tag: params.tag,
        lang: params.lang,
        languages: Locale::ALL
            .iter()
            .map(|l| (l.as_str(), l.endonym()))
            .collect(),
        errors,
        total,
        page,
        has_next,
        layout: user.ctx.layout,
    });
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinForm {
    message: String,
}

pub async fn join(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<JoinForm>,
) -> PageResult {
    let outcome = communities::join(&app, &user.auth, &slug, &form.message)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let notice = match outcome {
        JoinOutcome::Joined => "joined",
        JoinOutcome::Requested => "join_requested",
    };
    Ok(see_other(&format!("/communities/{slug}?notice={notice}")))
}

#[derive(Deserialize, Default)]
pub struct EmptyForm {}

pub async fn leave(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    communities::leave(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/communities/{slug}?notice=left")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowForm {
    follow: String,
}

pub async fn follow(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<FollowForm>,
) -> PageResult {
    let on = form.follow != "false";
    communities::set_following(&app, &user.auth, &slug, on)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let notice = if on { "following" } else { "unfollowed" };
    Ok(see_other(&format!("/communities/{slug}?notice={notice}")))
}

#[derive(Template)]
#[template(path = "communities/members.html")]
struct MembersPage {
    layout: Layout,
    slug: String,
    name: String,
    members: Vec<MemberRow>,
    can_appoint: bool,
    my_id: praxis_domain::UserId,
    total: u64,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParam {
    page: Option<u64>,
}

pub async fn members(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(params): Query<PageParam>,
) -> PageResult {
    let view = communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let page = communities::members(
        &app,
        &user.auth,
        &slug,
        None,
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 100,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&MembersPage {
        slug: view.community.slug.clone(),
        name: view.community.name.clone(),
        can_appoint: view.can_moderate,
        my_id: user.auth.user.id,
        total: page.total,
        page: page.page,
        has_next: page.has_next(),
        members: page.items,
        layout: user.ctx.layout,
    }))
}

pub async fn set_manager(
    State(app): State<App>,
    user: PageUser,
    Path((slug, user_id, action)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id = path_id(&user_id).map_err(|e| user.ctx.error(e))?;
    let appoint = match action.as_str() {
        "appoint" => true,
        "remove" => false,
        _ => return Err(user.ctx.error(praxis_app::AppError::NotFound)),
    };
    communities::set_manager(&app, &user.auth, &slug, id, appoint)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/communities/{slug}/members")))
}

pub struct RequestRow {
    user_id: String,
    display_name: String,
    organisation: String,
    message: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Template)]
#[template(path = "communities/requests.html")]
struct RequestsPage {
    layout: Layout,
    slug: String,
    name: String,
    requests: Vec<RequestRow>,
}

pub async fn requests(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
) -> PageResult {
    let view = communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let page = communities::pending_requests(
        &app,
        &user.auth,
        &slug,
        Paging {
            page: 1,
            per_page: 100,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&RequestsPage {
        slug: view.community.slug.clone(),
        name: view.community.name.clone(),
        requests: page
            .items
            .into_iter()
            .map(|(r, u)| RequestRow {
                user_id: u.id.to_string(),
                display_name: u.display_name,
                organisation: u.organisation,
                message: r.message,
                created_at: r.created_at,
            })
            .collect(),
        layout: user.ctx.layout,
    }))
}

pub async fn decide_request(
    State(app): State<App>,
    user: PageUser,
    Path((slug, user_id, action)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> PageResult {
    let id = path_id(&user_id).map_err(|e| user.ctx.error(e))?;
    let approve = match action.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(user.ctx.error(praxis_app::AppError::NotFound)),
    };
    communities::decide_request(&app, &user.auth, &slug, id, approve)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/communities/{slug}/requests")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    reason: String,
}

/// Removes a member (ends a guest's access) from the members page.
pub async fn remove_member(
    State(app): State<App>,
    user: PageUser,
    Path((slug, user_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<RemoveForm>,
) -> PageResult {
    let id = path_id(&user_id).map_err(|e| user.ctx.error(e))?;
    communities::remove_member(&app, &user.auth, &slug, id, &form.reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/communities/{slug}/members?notice=member_removed"
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    name: String,
    description: String,
    rules: String,
    membership: String,
}

#[derive(Template)]
#[template(path = "communities/settings.html")]
struct SettingsPage {
    layout: Layout,
    slug: String,
    name: String,
    form: SettingsForm,
    memberships: Vec<&'static str>,
    errors: FormErrors,
}

fn settings_page(
    layout: Layout,
    community: &praxis_store::communities::Community,
    form: SettingsForm,
    errors: FormErrors,
) -> SettingsPage {
    SettingsPage {
        layout,
        slug: community.slug.clone(),
        name: community.name.clone(),
        form,
        memberships: Membership::ALL.iter().map(|m| m.as_str()).collect(),
        errors,
    }
}

pub async fn settings_form(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
) -> PageResult {
    let view = communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    if !view.can_read {
        return Err(user.ctx.error(praxis_app::AppError::NotFound));
    }
    if !view.can_moderate {
        return Err(user.ctx.error(praxis_domain::policy::Denied::NotAllowed));
    }
    let c = &view.community;
    let form = SettingsForm {
        name: c.name.clone(),
        description: c.description.clone(),
        rules: c.rules.clone(),
        membership: c.membership.as_str().to_owned(),
    };
    Ok(render(&settings_page(
        user.ctx.layout,
        c,
        form,
        FormErrors::default(),
    )))
}

pub async fn settings(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> PageResult {
    let input = communities::SettingsInput {
        name: Some(form.name.clone()),
        description: Some(form.description.clone()),
        rules: Some(form.rules.clone()),
        membership: Some(form.membership.clone()),
    };
    match communities::update_settings(&app, &user.auth, &slug, input).await {
        Ok(community) => Ok(see_other(&format!(
            "/communities/{}?notice=community_saved",
            community.slug
        ))),
        Err(error) => {
            let view = communities::view(&app, &user.auth, &slug)
                .await
                .map_err(|e| user.ctx.error(e))?;
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let mut response = render(&settings_page(
                user.ctx.layout,
                &view.community,
                form,
                errors,
            ));
            *response.status_mut() = status;
            Ok(response)
        }
    }
}
