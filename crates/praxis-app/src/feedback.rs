//! Feedback: any signed-in person tells the operators an idea, a problem or
//! praise, from the page they were on; admins and moderators read, tag and
//! answer it, and the member is notified of the answer.

use crate::App;
use crate::accounts::AuthContext;
use crate::discussions::notify;
use crate::error::{AppError, AppResult, Validator};
use praxis_domain::policy::{self, Denied};
use praxis_domain::text::bounded_text;
use praxis_domain::{PageOf, Paging, ValidationError};
use praxis_store::StoreError;
use praxis_store::accounts::{self as users_store, User};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::feedback::{self as store, Feedback};
use praxis_store::notifications::NotificationKind;

pub const KINDS: [&str; 3] = ["idea", "problem", "praise"];

fn kind(raw: &str) -> Result<&'static str, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(ValidationError::required("kind"));
    }
    KINDS.into_iter().find(|k| *k == raw).ok_or_else(|| {
        ValidationError::new("kind", "invalid_choice", "Choose idea, problem or praise.")
    })
}

/// Only a local path is kept as the page feedback came from.
fn page(raw: &str) -> String {
    let raw = raw.trim();
    if raw.starts_with('/') && !raw.starts_with("//") && raw.len() <= 500 {
        raw.chars().filter(|c| !c.is_control()).collect()
    } else {
        String::new()
    }
}

pub async fn submit(
    app: &App,
    auth: &AuthContext,
    raw_kind: &str,
    text: &str,
    from_page: &str,
) -> AppResult<Feedback> {
    let mut v = Validator::default();
    let kind = v.check(kind(raw_kind));
    let text = v.check(bounded_text("text", text, 3, 5000));
    v.finish()?;
    let (Some(kind), Some(text)) = (kind, text) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    // Feedback stays possible before accepting a new usage code: it may be
    // about the code itself.
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let item = store::insert(&txn, auth.user.id, kind, &text, &page(from_page)).await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(item)
}

fn may_read(auth: &AuthContext) -> AppResult<()> {
    if auth.actor.is_platform_moderator() {
        Ok(())
    } else {
        Err(Denied::NotAllowed.into())
    }
}

pub struct ListQuery {
    pub kind: Option<String>,
    pub unanswered: bool,
    pub tag: Option<String>,
}

pub async fn list(
    app: &App,
    auth: &AuthContext,
    query: ListQuery,
    paging: Paging,
) -> AppResult<PageOf<(Feedback, Option<User>)>> {
    may_read(auth)?;
    let kind = match query
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        None => None,
        Some(k) => Some(kind(k)?),
    };
    let tag = query
        .tag
        .as_deref()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty());
    let page = store::list(
        &app.db,
        None,
        kind,
        query.unanswered,
        tag.as_deref(),
        paging,
    )
    .await?;
    let people = users_store::users_by_ids(&app.db, page.items.iter().map(|f| f.user_id)).await?;
    Ok(page.map(|f| {
        let from = people.get(&f.user_id).cloned();
        (f, from)
    }))
}

fn tags(raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let tag = tag.trim().to_lowercase();
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > 30 || !tag.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return Err(ValidationError::new(
                "tags",
                "invalid_tag",
                "Tags are single words or words-with-hyphens of at most 30 characters.",
            )
            .with_arg("max", 30));
        }
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    if out.len() > 10 {
        return Err(
            ValidationError::new("tags", "too_many", "At most 10 tags.").with_arg("max", 10)
        );
    }
    Ok(out)
}

pub async fn set_tags(
    app: &App,
    auth: &AuthContext,
    id: i64,
    raw: &[String],
) -> AppResult<Feedback> {
    may_read(auth)?;
    policy::may_write(&auth.actor)?;
    let tags = tags(raw)?;
    let item = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    store::set_tags(&app.db, item.id, &tags).await?;
    store::find(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// Answers the member, who is notified (and mailed if they want mail at once).
pub async fn answer(app: &App, auth: &AuthContext, id: i64, text: &str) -> AppResult<Feedback> {
    may_read(auth)?;
    policy::may_write(&auth.actor)?;
    let text = bounded_text("answer", text, 1, 5000)?;
    let item = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_answer(&txn, item.id, &text, auth.user.id).await?;
    notify::notify(
        app,
        &txn,
        notify::Event {
            recipient: item.user_id,
            kind: NotificationKind::FeedbackAnswered,
            actor: Some(auth.user.id),
            community: None,
            thread: None,
            post: None,
        },
    )
    .await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "feedback_answered",
            target_type: "feedback",
            target_id: item.id.to_string(),
            community_id: None,
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    store::find(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// A member's own feedback with its answers, newest first.
pub async fn mine(app: &App, auth: &AuthContext) -> AppResult<Vec<Feedback>> {
    let page = store::list(
        &app.db,
        Some(auth.user.id),
        None,
        false,
        None,
        Paging {
            page: 1,
            per_page: 50,
        },
    )
    .await?;
    Ok(page.items)
}
