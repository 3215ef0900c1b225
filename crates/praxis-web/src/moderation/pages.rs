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
    pub when: String,
    pub actor: String,
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
    Ok(crate::error::render(&AuditPage {
        rows: found
            .items
            .into_iter()
            .map(|line| AuditRow {
                when: line
                    .entry
                    .created_at
                    .format("%Y-%m-%d %H:%M UTC")
                    .to_string(),
                actor: line
                    .actor
                    .map(|a| a.display_name)
                    .unwrap_or_else(|| "Praxis".to_owned()),
                action: line.entry.action.replace('_', " "),
                target: format!("{} {}", line.entry.target_type, line.entry.target_id),
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
        layout: user.ctx.layout,
    }))
}
