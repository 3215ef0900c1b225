//! The append-only audit log of moderation and administration actions.

use crate::db::now;
use crate::entities::audit_log;
use crate::error::StoreResult;
use crate::query::counted_page;
use chrono::{DateTime, Utc};
use praxis_domain::{PageOf, Paging, UserId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// Every action the use cases record. Pages name each one with the message
/// `audit-action-<action>` (moderation.ftl); a test in `praxis_app` checks
/// that the use cases write no action missing here, one in `praxis_web`
/// that every one has a name in every language.
pub const ACTIONS: &[&str] = &[
    "alert_dismissed",
    "answer_unverified",
    "answer_verified",
    "buyer_domain_added",
    "buyer_domain_removed",
    "community_created",
    "community_updated",
    "event_cancelled",
    "event_created",
    "expert_designated",
    "expert_removed",
    "feedback_answered",
    "flag_resolved",
    "guest_access_ended",
    "helpdesk_question_answered",
    "helpdesk_question_closed",
    "helpdesk_question_published",
    "invitation_accepted",
    "invitation_revoked",
    "invitation_sent",
    "join_request_approved",
    "join_request_rejected",
    "manager_appointed",
    "manager_removed",
    "member_removed",
    "post_hidden",
    "post_restored",
    "registration_approved",
    "registration_rejected",
    "thread_locked",
    "thread_moved",
    "thread_pinned",
    "thread_unlocked",
    "thread_unpinned",
    "usage_code_published",
    "user_suspended",
    "user_unsuspended",
];

/// One action to record. `action` is a stable snake_case verb such as
/// `registration_approved` (one of [`ACTIONS`]); `target_type`/`target_id`
/// name what it touched.
#[derive(Debug, Clone)]
pub struct NewAuditEntry<'a> {
    pub actor_id: Option<UserId>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: String,
    pub community_id: Option<i64>,
    pub reason: &'a str,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: i64,
    pub actor_id: Option<UserId>,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub community_id: Option<i64>,
    pub reason: String,
    pub details: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

/// Which entries to list; every part narrows.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub actor: Option<UserId>,
    pub target_type: Option<String>,
    /// Only entries about these communities (a manager's view).
    pub communities: Option<Vec<i64>>,
}

pub async fn record(conn: &impl ConnectionTrait, entry: NewAuditEntry<'_>) -> StoreResult<()> {
    audit_log::ActiveModel {
        actor_id: Set(entry.actor_id.map(|u| u.0)),
        action: Set(entry.action.to_owned()),
        target_type: Set(entry.target_type.to_owned()),
        target_id: Set(entry.target_id),
        community_id: Set(entry.community_id),
        reason: Set(entry.reason.to_owned()),
        details: Set(entry.details.to_string()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Newest first.
pub async fn list(conn: &impl ConnectionTrait, paging: Paging) -> StoreResult<PageOf<AuditEntry>> {
    filtered(conn, &AuditFilter::default(), paging).await
}

/// Newest first, narrowed by `filter`.
pub async fn filtered(
    conn: &impl ConnectionTrait,
    filter: &AuditFilter,
    paging: Paging,
) -> StoreResult<PageOf<AuditEntry>> {
    let mut select = audit_log::Entity::find();
    if let Some(action) = &filter.action {
        select = select.filter(audit_log::Column::Action.eq(action.as_str()));
    }
    if let Some(actor) = filter.actor {
        select = select.filter(audit_log::Column::ActorId.eq(actor.0));
    }
    if let Some(target_type) = &filter.target_type {
        select = select.filter(audit_log::Column::TargetType.eq(target_type.as_str()));
    }
    if let Some(communities) = &filter.communities {
        select = select.filter(audit_log::Column::CommunityId.is_in(communities.iter().copied()));
    }
    Ok(counted_page(
        conn,
        select,
        |q| q.order_by_desc(audit_log::Column::Id),
        paging,
    )
    .await?
    .map(|m| AuditEntry {
        id: m.id,
        actor_id: m.actor_id.map(UserId),
        action: m.action,
        target_type: m.target_type,
        target_id: m.target_id,
        community_id: m.community_id,
        reason: m.reason,
        details: serde_json::from_str(&m.details).unwrap_or(serde_json::Value::Null),
        created_at: m.created_at,
    }))
}
