//! Experts designated per expertise code, verified answers, and
//! practitioners asked to answer a question.

use crate::db::now;
use crate::entities::{expert_designations, expert_requests, post_verifications, posts};
use crate::error::StoreResult;
use crate::query::{by_key, counted_page};
use chrono::{DateTime, NaiveDate, Utc};
use praxis_domain::{CommunityId, PageOf, Paging, PostId, ThreadId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::{HashMap, HashSet};

// ---------------------------------------------------------------------------
// Experts.

/// The codes a member is designated an expert for.
pub async fn expert_codes(conn: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<String>> {
    Ok(expert_designations::Entity::find()
        .filter(expert_designations::Column::UserId.eq(user.0))
        .order_by_asc(expert_designations::Column::Code)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.code)
        .collect())
}

/// Replaces a member's expert codes (empty: no longer an expert).
pub async fn set_expert_codes(
    conn: &impl ConnectionTrait,
    user: UserId,
    codes: &[String],
    by: UserId,
) -> StoreResult<()> {
    expert_designations::Entity::delete_many()
        .filter(expert_designations::Column::UserId.eq(user.0))
        .exec(conn)
        .await?;
    let at = now();
    for code in codes {
        expert_designations::ActiveModel {
            user_id: Set(user.0),
            code: Set(code.clone()),
            designated_by: Set(by.0),
            created_at: Set(at),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Every designated expert with their codes.
pub async fn experts(conn: &impl ConnectionTrait) -> StoreResult<Vec<(UserId, Vec<String>)>> {
    let mut by_user: Vec<(UserId, Vec<String>)> = Vec::new();
    for m in expert_designations::Entity::find()
        .order_by_asc(expert_designations::Column::UserId)
        .order_by_asc(expert_designations::Column::Code)
        .all(conn)
        .await?
    {
        match by_user.last_mut() {
            Some((user, codes)) if user.0 == m.user_id => codes.push(m.code),
            _ => by_user.push((UserId(m.user_id), vec![m.code])),
        }
    }
    Ok(by_user)
}

// ---------------------------------------------------------------------------
// Verified answers.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub post_id: PostId,
    pub thread_id: ThreadId,
    pub community_id: CommunityId,
    pub verified_by: UserId,
    pub reference: String,
    pub reference_url: String,
    pub review_by: NaiveDate,
    pub verified_at: DateTime<Utc>,
    pub suspended_at: Option<DateTime<Utc>>,
}

impl From<post_verifications::Model> for Verification {
    fn from(m: post_verifications::Model) -> Self {
        Verification {
            post_id: PostId(m.post_id),
            thread_id: ThreadId(m.thread_id),
            community_id: CommunityId(m.community_id),
            verified_by: UserId(m.verified_by),
            reference: m.reference,
            reference_url: m.reference_url,
            review_by: m.review_by,
            verified_at: m.verified_at,
            suspended_at: m.suspended_at,
        }
    }
}

pub struct NewVerification<'a> {
    pub post_id: PostId,
    pub thread_id: ThreadId,
    pub community_id: CommunityId,
    pub verified_by: UserId,
    pub reference: &'a str,
    pub reference_url: &'a str,
    pub review_by: NaiveDate,
}

/// Verifies (or verifies again, lifting a suspension).
pub async fn verify(conn: &impl ConnectionTrait, new: NewVerification<'_>) -> StoreResult<()> {
    post_verifications::Entity::delete_by_id(new.post_id.0)
        .exec(conn)
        .await?;
    post_verifications::ActiveModel {
        post_id: Set(new.post_id.0),
        thread_id: Set(new.thread_id.0),
        community_id: Set(new.community_id.0),
        verified_by: Set(new.verified_by.0),
        reference: Set(new.reference.to_owned()),
        reference_url: Set(new.reference_url.to_owned()),
        review_by: Set(new.review_by),
        verified_at: Set(now()),
        suspended_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn unverify(conn: &impl ConnectionTrait, post: PostId) -> StoreResult<bool> {
    Ok(post_verifications::Entity::delete_by_id(post.0)
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

/// An edit changes what was checked: the badge waits for a new check.
pub async fn suspend(conn: &impl ConnectionTrait, post: PostId) -> StoreResult<bool> {
    Ok(post_verifications::Entity::update_many()
        .col_expr(post_verifications::Column::SuspendedAt, Expr::value(now()))
        .filter(post_verifications::Column::PostId.eq(post.0))
        .filter(post_verifications::Column::SuspendedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

/// A thread moved to another community takes its verifications along.
pub async fn move_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    to: CommunityId,
) -> StoreResult<()> {
    post_verifications::Entity::update_many()
        .col_expr(post_verifications::Column::CommunityId, Expr::value(to.0))
        .filter(post_verifications::Column::ThreadId.eq(thread.0))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn verification_of(
    conn: &impl ConnectionTrait,
    post: PostId,
) -> StoreResult<Option<Verification>> {
    Ok(by_key(conn, post_verifications::Entity::find_by_id(post.0))
        .await?
        .map(Verification::from))
}

pub async fn verifications_in_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
) -> StoreResult<HashMap<PostId, Verification>> {
    Ok(post_verifications::Entity::find()
        .filter(post_verifications::Column::ThreadId.eq(thread.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| (PostId(m.post_id), Verification::from(m)))
        .collect())
}

/// Which of these posts carry a verification in force (not suspended), for
/// search.
pub async fn verified_among(
    conn: &impl ConnectionTrait,
    posts: &[i64],
) -> StoreResult<HashSet<i64>> {
    if posts.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(post_verifications::Entity::find()
        .filter(post_verifications::Column::PostId.is_in(posts.iter().copied()))
        .filter(post_verifications::Column::SuspendedAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.post_id)
        .collect())
}

/// A community's verified answers, latest first (suspended ones left out).
pub async fn verified_in_community(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    paging: Paging,
) -> StoreResult<PageOf<Verification>> {
    let query = post_verifications::Entity::find()
        .filter(post_verifications::Column::CommunityId.eq(community.0))
        .filter(post_verifications::Column::SuspendedAt.is_null());
    Ok(counted_page(
        conn,
        query,
        |q| q.order_by_desc(post_verifications::Column::VerifiedAt),
        paging,
    )
    .await?
    .map(Verification::from))
}

// ---------------------------------------------------------------------------
// Asking practitioners.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpertRequest {
    pub thread_id: ThreadId,
    pub user_id: UserId,
    pub requested_by: UserId,
    pub created_at: DateTime<Utc>,
}

pub async fn requests_of(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
) -> StoreResult<Vec<ExpertRequest>> {
    Ok(expert_requests::Entity::find()
        .filter(expert_requests::Column::ThreadId.eq(thread.0))
        .order_by_asc(expert_requests::Column::CreatedAt)
        .order_by_asc(expert_requests::Column::UserId)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| ExpertRequest {
            thread_id: ThreadId(m.thread_id),
            user_id: UserId(m.user_id),
            requested_by: UserId(m.requested_by),
            created_at: m.created_at,
        })
        .collect())
}

pub async fn count_requests(conn: &impl ConnectionTrait, thread: ThreadId) -> StoreResult<u64> {
    Ok(expert_requests::Entity::find()
        .filter(expert_requests::Column::ThreadId.eq(thread.0))
        .count(conn)
        .await?)
}

/// Records a request; false when this person was already asked.
pub async fn add_request(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    user: UserId,
    by: UserId,
) -> StoreResult<bool> {
    let exists = by_key(
        conn,
        expert_requests::Entity::find_by_id((thread.0, user.0)),
    )
    .await?
    .is_some();
    crate::query::insert_once(
        conn,
        exists,
        expert_requests::ActiveModel {
            thread_id: Set(thread.0),
            user_id: Set(user.0),
            requested_by: Set(by.0),
            created_at: Set(now()),
        },
    )
    .await
}

/// Who of these people has a visible reply in the thread.
pub async fn answered_by(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    people: &[UserId],
) -> StoreResult<HashSet<UserId>> {
    if people.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(posts::Entity::find()
        .filter(posts::Column::ThreadId.eq(thread.0))
        .filter(posts::Column::AuthorId.is_in(people.iter().map(|p| p.0)))
        .filter(posts::Column::Hidden.eq(false))
        .filter(posts::Column::DeletedAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|m| UserId(m.author_id))
        .collect())
}
