//! Moderation of content: hiding and restoring posts, moving threads. Each
//! action is allowed to platform moderators and to the managers of the
//! community concerned, lands in the audit log with its reason, and is
//! reflected in search in the same transaction.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult, Validator};
use praxis_domain::policy;
use praxis_domain::text::bounded_text;
use praxis_domain::{PostId, ThreadId};
use praxis_store::StoreError;
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::discussions as store;
use praxis_store::search::Entity;

fn not_allowed() -> AppError {
    AppError::from(policy::Denied::NotAllowed)
}

/// The one rule of every action here: in a community the actor cannot
/// read, the thing does not exist (404); where they read but do not
/// moderate, they are refused (403).
fn may_moderate_in(auth: &AuthContext, community: praxis_domain::CommunityId) -> AppResult<()> {
    let role = auth.role_in(community);
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    if !policy::may_moderate_community(&auth.actor, role) {
        return Err(not_allowed());
    }
    Ok(())
}

/// Hides a post from members (`hidden = true`) or shows it again. The
/// reason is required when hiding: the author and other moderators will
/// want to know why.
pub async fn set_post_hidden(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
    hidden: bool,
    reason: &str,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let post = store::find_post(&app.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_moderate_in(auth, post.community_id)?;
    let mut v = Validator::default();
    let reason = v.check(bounded_text("reason", reason, usize::from(hidden), 1000));
    v.finish()?;
    let reason = reason.unwrap_or_default();
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if store::set_post_hidden(&txn, post.id, hidden).await? {
        crate::search::record(&txn, Entity::Post, post.id.0).await?;
        audit::record(
            &txn,
            NewAuditEntry {
                actor_id: Some(auth.user.id),
                action: if hidden {
                    "post_hidden"
                } else {
                    "post_restored"
                },
                target_type: "post",
                target_id: post.id.0.to_string(),
                community_id: Some(post.community_id.0),
                reason: &reason,
                details: serde_json::json!({ "thread_id": post.thread_id.0 }),
            },
        )
        .await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(post.thread_id);
    Ok(())
}

/// Moves a thread with its replies to another community. The mover must
/// moderate both communities.
pub async fn move_thread(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    to_slug: &str,
    reason: &str,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let thread = store::find_thread(&app.db, thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_moderate_in(auth, thread.community_id)?;
    let mut v = Validator::default();
    let reason = v.check(bounded_text("reason", reason, 0, 1000));
    v.finish()?;
    let reason = reason.unwrap_or_default();
    // A community the moderator can see but does not moderate is refused
    // (403); one they cannot see is as unknown as a typo (400).
    let target = match crate::communities::visible_community(app, auth, to_slug.trim()).await {
        Ok((community, role)) => {
            if !policy::may_moderate_community(&auth.actor, role) {
                return Err(not_allowed());
            }
            community
        }
        Err(AppError::NotFound) => {
            return Err(AppError::invalid(
                praxis_domain::ValidationError::new(
                    "community",
                    "unknown_community",
                    "There is no community with that address that you moderate.",
                )
                .with_arg("reason", "moderated"),
            ));
        }
        Err(other) => return Err(other),
    };
    if target.id == thread.community_id {
        return Ok(());
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::move_thread(&txn, &thread, target.id).await?;
    praxis_store::expertise::move_thread(&txn, thread.id, target.id).await?;
    crate::search::record(&txn, Entity::Thread, thread.id.0).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "thread_moved",
            target_type: "thread",
            target_id: thread.id.0.to_string(),
            community_id: Some(target.id.0),
            reason: &reason,
            details: serde_json::json!({
                "from_community_id": thread.community_id.0,
                "to_community_id": target.id.0,
            }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    app.caches.forget_community(thread.community_id);
    app.caches.forget_community(target.id);
    Ok(())
}

/// A thread flag moderators set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadFlag {
    Pinned,
    Locked,
}

/// Pins or unpins, locks or unlocks a thread.
pub async fn set_thread_flag(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    flag: ThreadFlag,
    on: bool,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let thread = store::find_thread(&app.db, thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_moderate_in(auth, thread.community_id)?;
    let (pinned, locked, action) = match (flag, on) {
        (ThreadFlag::Pinned, true) => (Some(true), None, "thread_pinned"),
        (ThreadFlag::Pinned, false) => (Some(false), None, "thread_unpinned"),
        (ThreadFlag::Locked, true) => (None, Some(true), "thread_locked"),
        (ThreadFlag::Locked, false) => (None, Some(false), "thread_unlocked"),
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_flags(&txn, thread.id, pinned, locked).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action,
            target_type: "thread",
            target_id: thread.id.0.to_string(),
            community_id: Some(thread.community_id.0),
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    app.caches.forget_community(thread.community_id);
    Ok(())
}

/// What the audit log viewer asked for, as typed.
#[derive(Debug, Clone, Default)]
pub struct AuditRequest {
    pub action: String,
    /// A community slug.
    pub community: String,
    pub actor: Option<praxis_domain::UserId>,
    pub target_type: String,
}

/// An audit entry with the names a reader needs.
#[derive(Debug, Clone)]
pub struct AuditLine {
    pub entry: praxis_store::audit::AuditEntry,
    pub actor: Option<praxis_store::accounts::Author>,
    pub community: Option<praxis_store::communities::Community>,
}

/// The audit log: everything for admins and moderators; for community
/// managers, the entries about the communities they manage. Others: 403.
pub async fn audit_log(
    app: &App,
    auth: &AuthContext,
    request: AuditRequest,
    paging: praxis_domain::Paging,
) -> AppResult<praxis_domain::PageOf<AuditLine>> {
    use praxis_domain::CommunityRole;
    let managed: Vec<i64> = auth
        .roles
        .iter()
        .filter(|(_, role)| **role == CommunityRole::Manager)
        .map(|(c, _)| c.0)
        .collect();
    let mut communities = if auth.actor.is_platform_moderator() {
        None
    } else if managed.is_empty() {
        return Err(not_allowed());
    } else {
        Some(managed)
    };
    let slug = request.community.trim();
    if !slug.is_empty() {
        // An unknown or unmanaged community lists nothing, like an empty one.
        let only = match crate::communities::readable_community(app, auth, slug).await {
            Ok((community, _)) => community.id.0,
            Err(AppError::NotFound) => -1,
            Err(other) => return Err(other),
        };
        communities = Some(match communities {
            None => vec![only],
            Some(mine) => mine.into_iter().filter(|c| *c == only).collect(),
        });
    }
    let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let page = praxis_store::audit::filtered(
        &app.db,
        &praxis_store::audit::AuditFilter {
            action: text(&request.action),
            actor: request.actor,
            target_type: text(&request.target_type),
            communities,
        },
        paging,
    )
    .await?;
    let actors =
        praxis_store::accounts::authors(&app.db, page.items.iter().filter_map(|e| e.actor_id))
            .await?;
    let communities = praxis_store::communities::find_many(
        &app.db,
        page.items
            .iter()
            .filter_map(|e| e.community_id.map(praxis_domain::CommunityId)),
    )
    .await?;
    Ok(page.map(|entry| AuditLine {
        actor: entry.actor_id.and_then(|a| actors.get(&a).cloned()),
        community: entry
            .community_id
            .and_then(|c| communities.get(&praxis_domain::CommunityId(c)).cloned()),
        entry,
    }))
}

/// Flags a post for the community's moderators. One open flag per member
/// and post (409 `already_flagged`); "other" needs a few words.
pub async fn flag_post(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
    reason: &str,
    text: &str,
) -> AppResult<praxis_store::flags::Flag> {
    policy::may_write(&auth.actor)?;
    let post = store::find_post(&app.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = auth.role_in(post.community_id);
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    let mut v = Validator::default();
    let reason = v.check(praxis_domain::discussion::flag_reason(reason));
    let text = v.check(bounded_text(
        "text",
        text,
        usize::from(reason == Some("other")),
        1000,
    ));
    v.finish()?;
    let (Some(reason), Some(text)) = (reason, text) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    if praxis_store::flags::open_flag_exists(&app.db, post.id, auth.user.id).await? {
        return Err(AppError::conflict(
            "already_flagged",
            "You have already flagged this post; the moderators will look at it.",
        ));
    }
    let _write = app.write_gate().await;
    Ok(praxis_store::flags::insert(
        &app.db,
        post.id,
        post.community_id,
        auth.user.id,
        reason,
        &text,
    )
    .await?)
}

/// A flag in the queue, with the post it is about.
#[derive(Debug, Clone)]
pub struct FlagLine {
    pub flag: praxis_store::flags::Flag,
    pub post: praxis_store::discussions::Post,
    pub thread_title: String,
    pub community: Option<praxis_store::communities::Community>,
    pub reporter: Option<praxis_store::accounts::Author>,
}

/// A pending join request in the queue.
#[derive(Debug, Clone)]
pub struct RequestLine {
    pub request: praxis_store::communities::JoinRequest,
    pub person: praxis_store::accounts::User,
    pub community: Option<praxis_store::communities::Community>,
}

#[derive(Debug, Clone, Default)]
pub struct Queue {
    pub flags: Vec<FlagLine>,
    pub flags_total: u64,
    pub join_requests: Vec<RequestLine>,
    pub join_requests_total: u64,
    /// Registrations waiting for approval (admins only).
    pub registrations: Vec<praxis_store::accounts::User>,
    pub registrations_total: u64,
}

/// Communities the actor moderates: `None` for all (platform moderators),
/// else those they manage; 403 for people who moderate nothing.
pub(crate) fn moderated_communities(
    auth: &AuthContext,
) -> AppResult<Option<Vec<praxis_domain::CommunityId>>> {
    if auth.actor.is_platform_moderator() {
        return Ok(None);
    }
    let managed: Vec<praxis_domain::CommunityId> = auth
        .roles
        .iter()
        .filter(|(_, r)| **r == praxis_domain::CommunityRole::Manager)
        .map(|(c, _)| *c)
        .collect();
    if managed.is_empty() {
        return Err(not_allowed());
    }
    Ok(Some(managed))
}

/// Whether this person moderates anything (the platform, or a community
/// they manage): who sees the queue and its alerts, and may get them by mail.
pub fn moderates_something(auth: &AuthContext) -> bool {
    moderated_communities(auth).is_ok()
}

/// What waits for a moderator: open flags, join requests and (for admins)
/// registrations, oldest first, up to 100 of each.
pub async fn queue(app: &App, auth: &AuthContext) -> AppResult<Queue> {
    let scope = moderated_communities(auth)?;
    let paging = praxis_domain::Paging {
        page: 1,
        per_page: 100,
    };
    let flags = praxis_store::flags::open_flags(&app.db, scope.as_deref(), paging).await?;
    let requests =
        praxis_store::communities::pending_requests_of(&app.db, scope.as_deref(), paging).await?;
    let mut community_ids: Vec<praxis_domain::CommunityId> =
        flags.items.iter().map(|f| f.community_id).collect();
    community_ids.extend(requests.items.iter().map(|r| r.community_id));
    let communities = praxis_store::communities::find_many(&app.db, community_ids).await?;
    let reporters =
        praxis_store::accounts::authors(&app.db, flags.items.iter().map(|f| f.reporter_id)).await?;
    let people =
        praxis_store::accounts::users_by_ids(&app.db, requests.items.iter().map(|r| r.user_id))
            .await?;
    let mut flag_lines = Vec::with_capacity(flags.items.len());
    for flag in flags.items {
        let Some(post) = store::find_post(&app.db, flag.post_id).await? else {
            continue;
        };
        let thread_title = store::find_thread(&app.db, post.thread_id)
            .await?
            .map(|t| t.title)
            .unwrap_or_default();
        flag_lines.push(FlagLine {
            community: communities.get(&flag.community_id).cloned(),
            reporter: reporters.get(&flag.reporter_id).cloned(),
            thread_title,
            post,
            flag,
        });
    }
    let (registrations, registrations_total) = if auth.actor.is_admin() {
        let page = praxis_store::accounts::list_users_by_status(
            &app.db,
            praxis_domain::UserStatus::PendingApproval,
            paging,
        )
        .await?;
        (page.items, page.total)
    } else {
        (Vec::new(), 0)
    };
    Ok(Queue {
        flags: flag_lines,
        flags_total: flags.total,
        join_requests: requests
            .items
            .into_iter()
            .filter_map(|request| {
                let person = people.get(&request.user_id)?.clone();
                Some(RequestLine {
                    community: communities.get(&request.community_id).cloned(),
                    person,
                    request,
                })
            })
            .collect(),
        join_requests_total: requests.total,
        registrations,
        registrations_total,
    })
}

/// Decides a flag: `hide` hides the post, `dismiss` leaves it. Every open
/// flag on that post is resolved with the decision, which the audit log
/// keeps with the note.
pub async fn resolve_flag(
    app: &App,
    auth: &AuthContext,
    flag_id: i64,
    decision: &str,
    note: &str,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let flag = praxis_store::flags::find(&app.db, flag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_moderate_in(auth, flag.community_id)?;
    let decision = match decision.trim() {
        "hide" => "hidden",
        "dismiss" => "dismissed",
        _ => {
            return Err(AppError::invalid(praxis_domain::ValidationError::new(
                "decision",
                "invalid_decision",
                "Choose hide or dismiss.",
            )));
        }
    };
    let mut v = Validator::default();
    let note = v.check(bounded_text("note", note, 0, 1000));
    v.finish()?;
    let note = note.unwrap_or_default();
    if flag.status != "open" {
        return Err(AppError::conflict(
            "already_resolved",
            "Someone has already decided this flag.",
        ));
    }
    if decision == "hidden" {
        let reason = if note.is_empty() {
            format!("Flagged: {}", flag.reason.replace('_', " "))
        } else {
            note.clone()
        };
        set_post_hidden(app, auth, flag.post_id, true, &reason).await?;
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    praxis_store::flags::resolve_post(&txn, flag.post_id, decision, &note, auth.user.id).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "flag_resolved",
            target_type: "post",
            target_id: flag.post_id.0.to_string(),
            community_id: Some(flag.community_id.0),
            reason: &note,
            details: serde_json::json!({ "flag_id": flag.id, "decision": decision, "reason": flag.reason }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(())
}

#[cfg(test)]
mod audit_action_tests {
    use std::path::Path;

    /// The action codes written by the use cases: the string literals
    /// between `action` and `target_type` of each `NewAuditEntry`, and the
    /// first literal given to accounts' `audit_in(…)`.
    fn actions_written() -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut files = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).expect("a folder") {
                    files.push(entry.expect("an entry").path());
                }
                continue;
            }
            let whole = std::fs::read_to_string(&path).unwrap_or_default();
            // The use cases, not their tests (nor this scan).
            let text = whole.split("#[cfg(test)]").next().unwrap_or_default();
            let mut spans: Vec<&str> = Vec::new();
            for (i, _) in text.match_indices("NewAuditEntry {") {
                let rest = &text[i..];
                if let (Some(a), Some(b)) = (rest.find("action"), rest.find("target_type"))
                    && a < b
                {
                    spans.push(&rest[a..b]);
                }
            }
            for (i, _) in text.match_indices("audit_in(") {
                if text[..i].ends_with("fn ") {
                    continue;
                }
                let rest = &text[i..];
                if let Some(end) = rest.find(')') {
                    let call = &rest[..end];
                    if let Some(q) = call.find('"') {
                        let close = call[q + 1..].find('"').map_or(call.len(), |c| q + 2 + c);
                        spans.push(&call[q..close]);
                    }
                }
            }
            for span in spans {
                for (n, literal) in span.split('"').enumerate() {
                    if n % 2 == 1 && !literal.is_empty() {
                        found.push((path.display().to_string(), literal.to_owned()));
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_action_written_is_listed() {
        let written = actions_written();
        assert!(
            written.iter().any(|(_, a)| a == "post_hidden")
                && written.iter().any(|(_, a)| a == "usage_code_published"),
            "the scan finds the actions: {written:?}"
        );
        let unlisted: Vec<_> = written
            .iter()
            .filter(|(_, action)| !praxis_store::audit::ACTIONS.contains(&action.as_str()))
            .collect();
        assert!(
            unlisted.is_empty(),
            "add these to praxis_store::audit::ACTIONS (and name them in moderation.ftl): {unlisted:#?}"
        );
    }
}
