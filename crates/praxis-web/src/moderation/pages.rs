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
