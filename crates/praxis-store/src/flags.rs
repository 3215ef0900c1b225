//! Flags on posts and their resolution.

use crate::db::now;
use crate::entities::flags;
use crate::error::StoreResult;
use crate::query::counted_page;
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, PageOf, Paging, PostId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub id: i64,
    pub post_id: PostId,
    pub community_id: CommunityId,
    pub reporter_id: UserId,
    pub reason: String,
    pub text: String,
    pub status: String,
    pub decision: String,
    pub note: String,
    pub resolved_by: Option<UserId>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<flags::Model> for Flag {
    fn from(m: flags::Model) -> Self {
        Flag {
            id: m.id,
            post_id: PostId(m.post_id),
            community_id: CommunityId(m.community_id),
            reporter_id: UserId(m.reporter_id),
            reason: m.reason,
            text: m.text,
            status: m.status,
            decision: m.decision,
            note: m.note,
            resolved_by: m.resolved_by.map(UserId),
            resolved_at: m.resolved_at,
            created_at: m.created_at,
        }
    }
}

/// Whether this member already has an open flag on this post.
pub async fn open_flag_exists(
    conn: &impl ConnectionTrait,
    post: PostId,
    reporter: UserId,
) -> StoreResult<bool> {
    Ok(flags::Entity::find()
        .filter(flags::Column::PostId.eq(post.0))
        .filter(flags::Column::ReporterId.eq(reporter.0))
        .filter(flags::Column::Status.eq("open"))
        .count(conn)
        .await?
        > 0)
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    post: PostId,
    community: CommunityId,
    reporter: UserId,
    reason: &str,
    text: &str,
) -> StoreResult<Flag> {
    Ok(flags::ActiveModel {
        post_id: Set(post.0),
        community_id: Set(community.0),
        reporter_id: Set(reporter.0),
        reason: Set(reason.to_owned()),
        text: Set(text.to_owned()),
        status: Set("open".into()),
        decision: Set(String::new()),
        note: Set(String::new()),
        resolved_by: Set(None),
        resolved_at: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .into())
}

pub async fn find(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Option<Flag>> {
    Ok(flags::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(Flag::from))
}

/// Open flags, oldest first; of some communities, or of all (`None`).
pub async fn open_flags(
    conn: &impl ConnectionTrait,
    communities: Option<&[CommunityId]>,
    paging: Paging,
) -> StoreResult<PageOf<Flag>> {
    let mut query = flags::Entity::find().filter(flags::Column::Status.eq("open"));
    if let Some(communities) = communities {
        query = query.filter(flags::Column::CommunityId.is_in(communities.iter().map(|c| c.0)));
    }
    Ok(
        counted_page(conn, query, |q| q.order_by_asc(flags::Column::Id), paging)
            .await?
            .map(Flag::from),
    )
}

/// Resolves every open flag on a post with one decision; returns how many.
pub async fn resolve_post(
    conn: &impl ConnectionTrait,
    post: PostId,
    decision: &str,
    note: &str,
    by: UserId,
) -> StoreResult<u64> {
    Ok(flags::Entity::update_many()
        .col_expr(flags::Column::Status, Expr::value("resolved"))
        .col_expr(flags::Column::Decision, Expr::value(decision))
        .col_expr(flags::Column::Note, Expr::value(note))
        .col_expr(flags::Column::ResolvedBy, Expr::value(by.0))
        .col_expr(flags::Column::ResolvedAt, Expr::value(now()))
        .filter(flags::Column::PostId.eq(post.0))
        .filter(flags::Column::Status.eq("open"))
        .exec(conn)
        .await?
        .rows_affected)
}
