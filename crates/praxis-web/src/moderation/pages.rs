//! The moderation forms on the thread page; each redirects back to it with a
//! notice.

use crate::error::PageError;
use crate::extract::{CsrfForm, PageUser, path_id};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::moderation::{self, ThreadFlag};
use praxis_domain::{PostId, ThreadId};
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    reason: String,
}

async fn set_hidden(app: &App, user: PageUser, id: &str, hidden: bool, reason: &str) -> PageResult {
    let post_id: PostId = path_id(id).map_err(|e| user.ctx.error(e))?;
    moderation::set_post_hidden(app, &user.auth, post_id, hidden, reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let (_, thread, _) = praxis_app::discussions::post(app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let notice = if hidden {
        "post_hidden"
    } else {
        "post_restored"
    };
    Ok(Redirect::to(&format!(
        "/threads/{}?notice={notice}#post-{post_id}",
        thread.id
    ))
    .into_response())
}

pub async fn hide(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> PageResult {
    set_hidden(&app, user, &id, true, &form.reason).await
}

pub async fn restore(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> PageResult {
    set_hidden(&app, user, &id, false, &form.reason).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FlagForm {
    /// `pin`, `unpin`, `lock` or `unlock`.
    action: String,
}

pub async fn flag(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<FlagForm>,
) -> PageResult {
    let thread_id: ThreadId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (flag, on, notice) = match form.action.as_str() {
        "pin" => (ThreadFlag::Pinned, true, "thread_pinned"),
        "unpin" => (ThreadFlag::Pinned, false, "thread_unpinned"),
        "lock" => (ThreadFlag::Locked, true, "thread_locked"),
        "unlock" => (ThreadFlag::Locked, false, "thread_unlocked"),
        _ => {
            return Err(user.ctx.error(praxis_app::AppError::invalid(
                praxis_domain::ValidationError::new(
                    "action",
                    "invalid_action",
                    "Choose pin, unpin, lock or unlock.",
                ),
            )));
        }
    };
    moderation::set_thread_flag(&app, &user.auth, thread_id, flag, on)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(Redirect::to(&format!("/threads/{thread_id}?notice={notice}")).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    community: String,
    reason: String,
}

pub async fn move_thread(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> PageResult {
    let thread_id: ThreadId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    moderation::move_thread(&app, &user.auth, thread_id, &form.community, &form.reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(Redirect::to(&format!("/threads/{thread_id}?notice=thread_moved")).into_response())
}

pub struct AuditRow {
    pub when: chrono::DateTime<chrono::Utc>,
    pub actor: String,
    pub actor_guest: bool,
    pub action: String,
    pub target: String,
    pub community: String,
    pub reason: String,
}

#[derive(askama::Template)]
#[template(path = "moderation/audit_log.html")]
struct AuditPage {
    layout: crate::layout::Layout,
    rows: Vec<AuditRow>,
    /// Every action code with its name, for the filter.
    actions: Vec<(&'static str, String)>,
    action: String,
    community: String,
    total: u64,
    page: u64,
    has_next: bool,
    filters: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditPageParams {
    action: String,
    community: String,
    page: Option<u64>,
}

pub async fn audit_log(
    State(app): State<App>,
    user: PageUser,
    axum::extract::Query(params): axum::extract::Query<AuditPageParams>,
) -> PageResult {
    let found = moderation::audit_log(
        &app,
        &user.auth,
        moderation::AuditRequest {
            action: params.action.clone(),
            community: params.community.clone(),
            ..Default::default()
        },
        praxis_domain::Paging {
            page: params.page.unwrap_or(1).max(1),
            per_page: 50,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let has_next = found.has_next();
    let filters = serde_urlencoded::to_string([
        ("action", params.action.as_str()),
        ("community", params.community.as_str()),
    ])
    .unwrap_or_default();
    let layout = user.ctx.layout;
    let mut actions: Vec<(&'static str, String)> = praxis_store::audit::ACTIONS
        .iter()
        .map(|code| (*code, audit_name(&layout, "audit-action", code)))
        .collect();
    actions.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(crate::error::render(&AuditPage {
        actions,
        rows: found
            .items
            .into_iter()
            .map(|line| AuditRow {
                when: line.entry.created_at,
                actor_guest: line
                    .actor
                    .as_ref()
                    .is_some_and(|a| a.role == praxis_domain::Role::Guest),
                actor: line
                    .actor
                    .map(|a| a.display_name)
                    .unwrap_or_else(|| "Praxis".to_owned()),
                action: audit_name(&layout, "audit-action", &line.entry.action),
                target: format!(
                    "{} {}",
                    audit_name(&layout, "audit-target", &line.entry.target_type),
                    line.entry.target_id
                ),
                community: line.community.map(|c| c.name).unwrap_or_default(),
                reason: line.entry.reason,
            })
            .collect(),
        action: params.action,
        community: params.community,
        total: found.total,
        page: found.page,
        has_next,
        filters,
        layout,
    }))
}

/// The name of an audit code (`audit-action-post-hidden`,
/// `audit-target-thread`) in the page's language; a code with no message
/// (written by an older version) shows as itself, words apart.
fn audit_name(layout: &crate::layout::Layout, group: &str, code: &str) -> String {
    let key = format!("{group}-{}", code.replace('_', "-"));
    if praxis_app::i18n::Lang::english().has(&key) {
        layout.t(&key)
    } else {
        code.replace('_', " ")
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportForm {
    reason: String,
    text: String,
}

pub async fn flag_post(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> PageResult {
    let post_id: PostId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let notice =
        match moderation::flag_post(&app, &user.auth, post_id, &form.reason, &form.text).await {
            Ok(_) => "flagged",
            Err(praxis_app::AppError::Conflict { .. }) => "already_flagged",
            Err(other) => return Err(user.ctx.error(other)),
        };
    let (_, thread, _) = praxis_app::discussions::post(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(Redirect::to(&format!(
        "/threads/{}?notice={notice}#post-{post_id}",
        thread.id
    ))
    .into_response())
}

pub struct QueueFlag {
    pub id: i64,
    pub thread_id: i64,
    pub post_id: i64,
    pub thread_title: String,
    pub excerpt: String,
    pub reason: String,
    pub text: String,
    pub reporter: String,
    pub reporter_guest: bool,
    pub community: String,
    pub hidden: bool,
}

pub struct QueueRequest {
    pub user_id: i64,
    pub name: String,
    pub organisation: String,
    pub community_slug: String,
    pub community: String,
    pub message: String,
}

#[derive(askama::Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    layout: crate::layout::Layout,
    flags: Vec<QueueFlag>,
    flags_total: u64,
    requests: Vec<QueueRequest>,
    requests_total: u64,
    registrations: Vec<(i64, String, String, String)>,
    registrations_total: u64,
    alerts: Vec<AlertLine>,
}

/// An alert as the queue shows it: what, where, and what to do.
pub struct AlertLine {
    id: i64,
    what: String,
    link: String,
    link_text: String,
}

async fn alert_lines(
    app: &App,
    auth: &praxis_app::accounts::AuthContext,
    layout: &crate::layout::Layout,
) -> Vec<AlertLine> {
    let Ok(found) = praxis_app::alerts::open(app, auth).await else {
        return Vec::new();
    };
    let communities =
        praxis_store::communities::find_many(&app.db, found.iter().filter_map(|a| a.community_id))
            .await
            .unwrap_or_default();
    found
        .into_iter()
        .map(|a| {
            let community = a
                .community_id
                .and_then(|c| communities.get(&c))
                .map(|c| (c.slug.clone(), c.name.clone()))
                .unwrap_or_default();
            let details: serde_json::Value =
                serde_json::from_str(&a.details).unwrap_or(serde_json::Value::Null);
            let (what, link, link_text) = match a.kind.as_str() {
                "dormant_community" => (
                    layout.t1("moderation-alert-dormant", "community", &community.1),
                    format!("/communities/{}", community.0),
                    layout.t("moderation-alert-open-community"),
                ),
                "unanswered_question" => {
                    let names: Vec<String> = details["suggested"]
                        .as_array()
                        .map(|people| {
                            people
                                .iter()
                                .filter_map(|p| p["display_name"].as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    let ask = if names.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " {}",
                            layout.t1("moderation-alert-who-knows", "names", names.join(", "))
                        )
                    };
                    (
                        format!(
                            "{}{ask}",
                            layout.t1("moderation-alert-unanswered", "community", &community.1)
                        ),
                        a.thread_id
                            .map(|t| format!("/threads/{t}"))
                            .unwrap_or_default(),
                        layout.t("moderation-alert-open-question"),
                    )
                }
                _ => (
                    layout.t2(
                        "moderation-alert-flags",
                        "community",
                        &community.1,
                        "count",
                        details["open_flags"].as_i64().unwrap_or(0),
                    ),
                    "#flags-title".to_owned(),
                    layout.t("moderation-alert-see-flags"),
                ),
            };
            AlertLine {
                id: a.id,
                what,
                link,
                link_text,
            }
        })
        .collect()
}

#[derive(Deserialize, Default)]
pub struct DismissForm {}

pub async fn dismiss_alert(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<DismissForm>,
) -> PageResult {
    let id = crate::extract::path_id(&id).map_err(|e| user.ctx.error(e))?;
    praxis_app::alerts::dismiss(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(axum::response::Redirect::to("/moderation/queue?notice=alert_dismissed").into_response())
}

pub async fn queue(State(app): State<App>, user: PageUser) -> PageResult {
    let q = moderation::queue(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let alerts = alert_lines(&app, &user.auth, &user.ctx.layout).await;
    Ok(crate::error::render(&QueuePage {
        alerts,
        flags: q
            .flags
            .into_iter()
            .map(|f| QueueFlag {
                id: f.flag.id,
                thread_id: f.post.thread_id.0,
                post_id: f.post.id.0,
                thread_title: f.thread_title,
                excerpt: f.post.body.chars().take(300).collect(),
                reason: user
                    .ctx
                    .layout
                    .t1("moderation-flag-reason", "reason", &f.flag.reason),
                text: f.flag.text,
                reporter_guest: f
                    .reporter
                    .as_ref()
                    .is_some_and(|r| r.role == praxis_domain::Role::Guest),
                reporter: f.reporter.map(|r| r.display_name).unwrap_or_default(),
                community: f.community.map(|c| c.name).unwrap_or_default(),
                hidden: f.post.hidden,
            })
            .collect(),
        flags_total: q.flags_total,
        requests: q
            .join_requests
            .into_iter()
            .map(|r| QueueRequest {
                user_id: r.person.id.0,
                name: r.person.display_name,
                organisation: r.person.organisation,
                community_slug: r
                    .community
                    .as_ref()
                    .map(|c| c.slug.clone())
                    .unwrap_or_default(),
                community: r.community.map(|c| c.name).unwrap_or_default(),
                message: r.request.message,
            })
            .collect(),
        requests_total: q.join_requests_total,
        registrations: q
            .registrations
            .into_iter()
            .map(|u| (u.id.0, u.display_name, u.email, u.organisation))
            .collect(),
        registrations_total: q.registrations_total,
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResolveForm {
    decision: String,
    note: String,
}

pub async fn resolve_flag(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ResolveForm>,
) -> PageResult {
    let id: i64 = path_id(&id).map_err(|e| user.ctx.error(e))?;
    moderation::resolve_flag(&app, &user.auth, id, &form.decision, &form.note)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(Redirect::to("/moderation/queue?notice=flag_resolved").into_response())
}
