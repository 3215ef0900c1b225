//! In-app notifications, and the bookkeeping of periodic runs (digests).

use crate::db::now;
use crate::entities::{notifications, scheduled_runs};
use crate::error::StoreResult;
use crate::query::{by_key, counted_page, insert_once};
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, NotificationId, PageOf, Paging, PostId, ThreadId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// Someone replied in a thread the person started.
    ReplyToThread,
    /// Someone replied to the person's post.
    ReplyToPost,
    /// Someone replied in a thread the person follows.
    FollowedThread,
    /// A new thread in a community the person follows.
    NewThread,
    Mention,
    AnswerAccepted,
    JoinApproved,
    JoinRejected,
    /// Someone asks to join a community the person manages.
    JoinRequested,
    /// A manager invited the person (who has an account) into a community.
    Invited,
    /// Someone the person invited accepted.
    InvitationAccepted,
    /// An expert verified the person's answer.
    AnswerVerified,
    /// A member asked the person to answer a question.
    AskedToAnswer,
    /// The operators answered the person's feedback.
    FeedbackAnswered,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 14] = [
        NotificationKind::ReplyToThread,
        NotificationKind::ReplyToPost,
        NotificationKind::FollowedThread,
        NotificationKind::NewThread,
        NotificationKind::Mention,
        NotificationKind::AnswerAccepted,
        NotificationKind::JoinApproved,
        NotificationKind::JoinRejected,
        NotificationKind::JoinRequested,
        NotificationKind::Invited,
        NotificationKind::InvitationAccepted,
        NotificationKind::AnswerVerified,
        NotificationKind::AskedToAnswer,
        NotificationKind::FeedbackAnswered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::ReplyToThread => "reply_to_thread",
            NotificationKind::ReplyToPost => "reply_to_post",
            NotificationKind::FollowedThread => "followed_thread",
            NotificationKind::NewThread => "new_thread",
            NotificationKind::Mention => "mention",
            NotificationKind::AnswerAccepted => "answer_accepted",
            NotificationKind::JoinApproved => "join_approved",
            NotificationKind::JoinRejected => "join_rejected",
            NotificationKind::JoinRequested => "join_requested",
            NotificationKind::Invited => "invited",
            NotificationKind::InvitationAccepted => "invitation_accepted",
            NotificationKind::AnswerVerified => "answer_verified",
            NotificationKind::AskedToAnswer => "asked_to_answer",
            NotificationKind::FeedbackAnswered => "feedback_answered",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone)]
pub struct NewNotification {
    pub user_id: UserId,
    pub kind: NotificationKind,
    pub actor_id: Option<UserId>,
    pub community_id: Option<CommunityId>,
    pub thread_id: Option<ThreadId>,
    pub post_id: Option<PostId>,
}

#[derive(Debug, Clone)]
pub struct Notification {
    pub id: NotificationId,
    pub user_id: UserId,
    pub kind: NotificationKind,
    pub actor_id: Option<UserId>,
    pub community_id: Option<CommunityId>,
    pub thread_id: Option<ThreadId>,
    pub post_id: Option<PostId>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
    pub emailed_at: Option<DateTime<Utc>>,
}

impl From<notifications::Model> for Notification {
    fn from(m: notifications::Model) -> Self {
        Notification {
            id: NotificationId(m.id),
            user_id: UserId(m.user_id),
            kind: NotificationKind::parse(&m.kind).unwrap_or(NotificationKind::FollowedThread),
            actor_id: m.actor_id.map(UserId),
            community_id: m.community_id.map(CommunityId),
            thread_id: m.thread_id.map(ThreadId),
            post_id: m.post_id.map(PostId),
            created_at: m.created_at,
            read_at: m.read_at,
            emailed_at: m.emailed_at,
        }
    }
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    new: &NewNotification,
) -> StoreResult<Notification> {
    let model = notifications::ActiveModel {
        user_id: Set(new.user_id.0),
        kind: Set(new.kind.as_str().to_owned()),
        actor_id: Set(new.actor_id.map(|u| u.0)),
        community_id: Set(new.community_id.map(|c| c.0)),
        thread_id: Set(new.thread_id.map(|t| t.0)),
        post_id: Set(new.post_id.map(|p| p.0)),
        created_at: Set(now()),
        read_at: Set(None),
        emailed_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(model.into())
}

/// A person's notifications, newest first.
pub async fn list(
    conn: &impl ConnectionTrait,
    user: UserId,
    unread_only: bool,
    paging: Paging,
) -> StoreResult<PageOf<Notification>> {
    let mut query = notifications::Entity::find().filter(notifications::Column::UserId.eq(user.0));
    if unread_only {
        query = query.filter(notifications::Column::ReadAt.is_null());
    }
    Ok(counted_page(
        conn,
        query,
        |q| q.order_by_desc(notifications::Column::Id),
        paging,
    )
    .await?
    .map(Notification::from))
}

pub async fn unread_count(conn: &impl ConnectionTrait, user: UserId) -> StoreResult<u64> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::ReadAt.is_null())
        .count(conn)
        .await?)
}

/// Marks some (or, with `None`, all) of a person's notifications read.
pub async fn mark_read(
    conn: &impl ConnectionTrait,
    user: UserId,
    ids: Option<&[NotificationId]>,
) -> StoreResult<()> {
    let mut update = notifications::Entity::update_many()
        .col_expr(notifications::Column::ReadAt, Expr::value(now()))
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notifications::Column::Id.is_in(ids.iter().map(|n| n.0)));
    }
    update.exec(conn).await?;
    Ok(())
}

/// Unread notifications not yet mailed, oldest first (for a digest).
pub async fn pending_for_mail(
    conn: &impl ConnectionTrait,
    user: UserId,
    limit: u64,
) -> StoreResult<Vec<Notification>> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::EmailedAt.is_null())
        .filter(notifications::Column::ReadAt.is_null())
        .order_by_asc(notifications::Column::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(Notification::from)
        .collect())
}

/// People with unread notifications not yet mailed.
pub async fn users_with_pending_mail(conn: &impl ConnectionTrait) -> StoreResult<Vec<UserId>> {
    let ids: Vec<i64> = notifications::Entity::find()
        .select_only()
        .column(notifications::Column::UserId)
        .filter(notifications::Column::EmailedAt.is_null())
        .filter(notifications::Column::ReadAt.is_null())
        .distinct()
        .into_tuple()
        .all(conn)
        .await?;
    Ok(ids.into_iter().map(UserId).collect())
}

pub async fn mark_emailed(conn: &impl ConnectionTrait, ids: &[NotificationId]) -> StoreResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    notifications::Entity::update_many()
        .col_expr(notifications::Column::EmailedAt, Expr::value(now()))
        .filter(notifications::Column::Id.is_in(ids.iter().map(|n| n.0)))
        .exec(conn)
        .await?;
    Ok(())
}

/// Claims a periodic run (`name` for `period`, e.g. "daily_digest" for
/// "2026-11-26"). Returns false when a node already claimed it.
pub async fn claim_run(conn: &impl ConnectionTrait, name: &str, period: &str) -> StoreResult<bool> {
    let exists = by_key(
        conn,
        scheduled_runs::Entity::find_by_id((name.to_owned(), period.to_owned())),
    )
    .await?
    .is_some();
    let row = scheduled_runs::ActiveModel {
        name: Set(name.to_owned()),
        period: Set(period.to_owned()),
        created_at: Set(now()),
    };
    insert_once(conn, exists, row).await
}
