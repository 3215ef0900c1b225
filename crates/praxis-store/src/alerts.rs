//! Alerts for the moderator, and the situations that raise them.

use crate::db::now;
use crate::entities::{alerts, communities, flags, threads};
use crate::error::StoreResult;
use crate::query::{by_key, insert_once};
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, ThreadId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub id: i64,
    /// `dormant_community`, `unanswered_question` or `flags_piling_up`.
    pub kind: String,
    pub community_id: Option<CommunityId>,
    pub thread_id: Option<ThreadId>,
    /// JSON with what the moderator needs (e.g. people to ask).
    pub details: String,
    pub created_at: DateTime<Utc>,
}

impl From<alerts::Model> for Alert {
    fn from(m: alerts::Model) -> Self {
        Alert {
            id: m.id,
            kind: m.kind,
            community_id: m.community_id.map(CommunityId),
            thread_id: m.thread_id.map(ThreadId),
            details: m.details,
            created_at: m.created_at,
        }
    }
}

/// Raises an alert unless one with this key was raised before (open or
/// dismissed). Returns whether it is new.
pub async fn raise(
    conn: &impl ConnectionTrait,
    kind: &str,
    key: &str,
    community: Option<CommunityId>,
    thread: Option<ThreadId>,
    details: &str,
) -> StoreResult<bool> {
    let exists = by_key(
        conn,
        alerts::Entity::find().filter(alerts::Column::Key.eq(key)),
    )
    .await?
    .is_some();
    insert_once(
        conn,
        exists,
        alerts::ActiveModel {
            kind: Set(kind.to_owned()),
            key: Set(key.to_owned()),
            community_id: Set(community.map(|c| c.0)),
            thread_id: Set(thread.map(|t| t.0)),
            details: Set(details.to_owned()),
            created_at: Set(now()),
            dismissed_at: Set(None),
            dismissed_by: Set(None),
            ..Default::default()
        },
    )
    .await
}

/// Open alerts, newest first, of some communities (None: all).
pub async fn open(
    conn: &impl ConnectionTrait,
    communities: Option<&[CommunityId]>,
) -> StoreResult<Vec<Alert>> {
    let mut query = alerts::Entity::find().filter(alerts::Column::DismissedAt.is_null());
    if let Some(ids) = communities {
        query = query.filter(alerts::Column::CommunityId.is_in(ids.iter().map(|c| c.0)));
    }
    Ok(query
        .order_by_desc(alerts::Column::Id)
        .limit(200)
        .all(conn)
        .await?
        .into_iter()
        .map(Alert::from)
        .collect())
}

pub async fn find(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Option<Alert>> {
    Ok(by_key(conn, alerts::Entity::find_by_id(id))
        .await?
        .map(Alert::from))
}

pub async fn dismiss(conn: &impl ConnectionTrait, id: i64, by: UserId) -> StoreResult<bool> {
    Ok(alerts::Entity::update_many()
        .col_expr(alerts::Column::DismissedAt, Expr::value(now()))
        .col_expr(alerts::Column::DismissedBy, Expr::value(by.0))
        .filter(alerts::Column::Id.eq(id))
        .filter(alerts::Column::DismissedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected
        == 1)
}

/// Communities without activity since `before` (and older than that).
pub async fn dormant_communities(
    conn: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> StoreResult<Vec<(CommunityId, Option<DateTime<Utc>>)>> {
    Ok(communities::Entity::find()
        .filter(communities::Column::CreatedAt.lt(before))
        .filter(
            Condition::any()
                .add(communities::Column::LastActivityAt.is_null())
                .add(communities::Column::LastActivityAt.lt(before)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (CommunityId(c.id), c.last_activity_at))
        .collect())
}

/// Questions asked before `before` that nobody has replied to.
pub async fn waiting_questions(
    conn: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> StoreResult<Vec<(ThreadId, CommunityId, UserId, String)>> {
    Ok(threads::Entity::find()
        .filter(threads::Column::Kind.eq("question"))
        .filter(threads::Column::ReplyCount.eq(0))
        .filter(threads::Column::Locked.eq(false))
        .filter(threads::Column::CreatedAt.lt(before))
        .order_by_asc(threads::Column::Id)
        .limit(500)
        .all(conn)
        .await?
        .into_iter()
        .map(|t| {
            (
                ThreadId(t.id),
                CommunityId(t.community_id),
                UserId(t.author_id),
                t.expertise,
            )
        })
        .collect())
}

/// Open flags per community.
pub async fn open_flags_per_community(
    conn: &impl ConnectionTrait,
) -> StoreResult<Vec<(CommunityId, i64)>> {
    let rows: Vec<(i64, i64)> = flags::Entity::find()
        .select_only()
        .column(flags::Column::CommunityId)
        .column_as(flags::Column::Id.count(), "n")
        .filter(flags::Column::Status.eq("open"))
        .group_by(flags::Column::CommunityId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|(c, n)| (CommunityId(c), n)).collect())
}
