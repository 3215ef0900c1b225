//! The raw figures behind the monitoring indicators: counts over a period,
//! and the questions of a period with their first reply by someone else.
//! The application layer turns them into shares and medians.

use crate::entities::{
    communities, community_members, documents, events, post_verifications, posts, reactions,
    threads, users,
};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, UserId};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use std::collections::{HashMap, HashSet};

/// A period `[from, to)`, optionally narrowed to one community.
#[derive(Debug, Clone, Copy)]
pub struct Scope {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub community: Option<CommunityId>,
}

/// Active accounts (not counting `excluded`, e.g. system accounts), or the
/// members of the community.
pub async fn members_total(
    conn: &impl ConnectionTrait,
    community: Option<CommunityId>,
    excluded: &[&str],
) -> StoreResult<u64> {
    Ok(match community {
        Some(c) => {
            community_members::Entity::find()
                .filter(community_members::Column::CommunityId.eq(c.0))
                .count(conn)
                .await?
        }
        None => {
            users::Entity::find()
                .filter(users::Column::Status.eq("active"))
                .filter(users::Column::Email.is_not_in(excluded.iter().copied()))
                .count(conn)
                .await?
        }
    })
}

/// Members per organisation, the largest first (at most `limit`), as
/// people wrote it in their profile; empty means not given.
pub async fn members_by_organisation(
    conn: &impl ConnectionTrait,
    community: Option<CommunityId>,
    excluded: &[&str],
    limit: usize,
) -> StoreResult<Vec<(String, u64)>> {
    let mut query = users::Entity::find()
        .select_only()
        .column(users::Column::Organisation)
        .column_as(users::Column::Id.count(), "n")
        .filter(users::Column::Status.eq("active"))
        .filter(users::Column::Email.is_not_in(excluded.iter().copied()))
        .group_by(users::Column::Organisation);
    if let Some(c) = community {
        let members = community_members::Entity::find()
            .select_only()
            .column(community_members::Column::UserId)
            .filter(community_members::Column::CommunityId.eq(c.0))
            .into_query();
        query = query.filter(users::Column::Id.in_subquery(members));
    }
    let mut rows: Vec<(String, i64)> = query.into_tuple().all(conn).await?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(rows
        .into_iter()
        .take(limit)
        .map(|(organisation, n)| (organisation, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// Accounts created (or, for a community, members who joined) in the period.
pub async fn members_new(conn: &impl ConnectionTrait, scope: Scope) -> StoreResult<u64> {
    Ok(match scope.community {
        Some(c) => {
            community_members::Entity::find()
                .filter(community_members::Column::CommunityId.eq(c.0))
                .filter(community_members::Column::JoinedAt.gte(scope.from))
                .filter(community_members::Column::JoinedAt.lt(scope.to))
                .count(conn)
                .await?
        }
        None => {
            users::Entity::find()
                .filter(users::Column::Status.eq("active"))
                .filter(users::Column::CreatedAt.gte(scope.from))
                .filter(users::Column::CreatedAt.lt(scope.to))
                .count(conn)
                .await?
        }
    })
}

/// People who posted, replied or reacted in the period.
pub async fn active_members(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<HashSet<UserId>> {
    let mut active: HashSet<UserId> = post_times(conn, scope)
        .await?
        .into_iter()
        .map(|(_, who)| who)
        .collect();
    active.extend(
        reaction_times(conn, scope)
            .await?
            .into_iter()
            .map(|(_, who)| who),
    );
    Ok(active)
}

/// When each post of the period was written, and by whom: the weekly
/// activity and active members of the charts.
pub async fn post_times(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<Vec<(DateTime<Utc>, UserId)>> {
    let mut query = posts::Entity::find()
        .select_only()
        .column(posts::Column::CreatedAt)
        .column(posts::Column::AuthorId)
        .filter(posts::Column::CreatedAt.gte(scope.from))
        .filter(posts::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(posts::Column::CommunityId.eq(c.0));
    }
    let rows: Vec<(DateTime<Utc>, i64)> = query.into_tuple().all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|(at, who)| (at, UserId(who)))
        .collect())
}

/// When each reaction of the period was given, and by whom.
pub async fn reaction_times(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<Vec<(DateTime<Utc>, UserId)>> {
    let mut query = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::CreatedAt)
        .column(reactions::Column::UserId)
        .filter(reactions::Column::CreatedAt.gte(scope.from))
        .filter(reactions::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        let in_community = posts::Entity::find()
            .select_only()
            .column(posts::Column::Id)
            .filter(posts::Column::CommunityId.eq(c.0))
            .into_query();
        query = query.filter(reactions::Column::PostId.in_subquery(in_community));
    }
    let rows: Vec<(DateTime<Utc>, i64)> = query.into_tuple().all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|(at, who)| (at, UserId(who)))
        .collect())
}

/// A thread started in the period: when, by whom, whether a question, and
/// for questions when they were first answered and whether an answer was
/// accepted.
#[derive(Debug, Clone, Copy)]
pub struct Started {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub by: UserId,
    pub question: bool,
    /// The first visible reply by someone other than the author.
    pub first_reply_at: Option<DateTime<Utc>>,
    pub accepted: bool,
}

/// Read from one index range (`idx_threads_created_cover`, migration 20).
pub async fn threads_started(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<Vec<Started>> {
    let mut query = threads::Entity::find()
        .select_only()
        .column(threads::Column::Id)
        .column(threads::Column::CreatedAt)
        .column(threads::Column::AuthorId)
        .column(threads::Column::Kind)
        .column(threads::Column::FirstReplyAt)
        .column(threads::Column::AcceptedPostId)
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(threads::Column::CommunityId.eq(c.0));
    }
    type Row = (
        i64,
        DateTime<Utc>,
        i64,
        String,
        Option<DateTime<Utc>>,
        Option<i64>,
    );
    let rows: Vec<Row> = query.into_tuple().all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|(id, at, by, kind, first_reply_at, accepted)| Started {
            id,
            at,
            by: UserId(by),
            question: kind == "question",
            first_reply_at,
            accepted: accepted.is_some(),
        })
        .collect())
}

/// Documents shared in the period.
pub async fn documents_shared(conn: &impl ConnectionTrait, scope: Scope) -> StoreResult<u64> {
    let mut query = documents::Entity::find()
        .filter(documents::Column::CreatedAt.gte(scope.from))
        .filter(documents::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(documents::Column::CommunityId.eq(c.0));
    }
    Ok(query.count(conn).await?)
}

/// Events starting in the period (cancelled ones aside) and the seats
/// taken at them. Platform-wide events count for the whole platform only.
pub async fn events_held(conn: &impl ConnectionTrait, scope: Scope) -> StoreResult<(u64, u64)> {
    let mut query = events::Entity::find()
        .select_only()
        .column(events::Column::GoingCount)
        .filter(events::Column::StartsAt.gte(scope.from))
        .filter(events::Column::StartsAt.lt(scope.to))
        .filter(events::Column::CancelledAt.is_null());
    if let Some(c) = scope.community {
        query = query.filter(events::Column::CommunityId.eq(c.0));
    }
    let going: Vec<i32> = query.into_tuple().all(conn).await?;
    Ok((
        going.len() as u64,
        going.iter().map(|g| u64::try_from(*g).unwrap_or(0)).sum(),
    ))
}

/// A question of the period and when someone other than its author first
/// replied (visible replies only).
#[derive(Debug, Clone)]
pub struct AskedQuestion {
    pub created_at: DateTime<Utc>,
    pub first_reply_at: Option<DateTime<Utc>>,
    pub accepted: bool,
    /// An expert verified one of its answers (and the check still holds).
    pub verified: bool,
}

/// The questions among `started` (the period's threads), with whether an
/// expert verified one of their answers.
pub async fn questions(
    conn: &impl ConnectionTrait,
    scope: Scope,
    started: &[Started],
) -> StoreResult<Vec<AskedQuestion>> {
    if !started.iter().any(|t| t.question) {
        return Ok(Vec::new());
    }
    let mut question_ids = threads::Entity::find()
        .select_only()
        .column(threads::Column::Id)
        .filter(threads::Column::Kind.eq("question"))
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        question_ids = question_ids.filter(threads::Column::CommunityId.eq(c.0));
    }
    let verified: HashSet<i64> = post_verifications::Entity::find()
        .select_only()
        .column(post_verifications::Column::ThreadId)
        .distinct()
        .filter(post_verifications::Column::SuspendedAt.is_null())
        .filter(post_verifications::Column::ThreadId.in_subquery(question_ids.into_query()))
        .into_tuple::<i64>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    Ok(started
        .iter()
        .filter(|t| t.question)
        .map(|t| AskedQuestion {
            created_at: t.at,
            first_reply_at: t.first_reply_at,
            accepted: t.accepted,
            verified: verified.contains(&t.id),
        })
        .collect())
}

/// Id, slug, name, member count and last activity of a community.
type CommunityRow = (i64, String, String, i64, Option<DateTime<Utc>>);

/// Per community: members, posts since `since`, last activity.
#[derive(Debug, Clone)]
pub struct CommunityActivity {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub members: i64,
    pub posts_since: u64,
    pub last_activity_at: Option<DateTime<Utc>>,
}

pub async fn per_community(
    conn: &impl ConnectionTrait,
    only: Option<CommunityId>,
    since: DateTime<Utc>,
) -> StoreResult<Vec<CommunityActivity>> {
    let mut query = communities::Entity::find()
        .select_only()
        .column(communities::Column::Id)
        .column(communities::Column::Slug)
        .column(communities::Column::Name)
        .column(communities::Column::MemberCount)
        .column(communities::Column::LastActivityAt)
        .order_by_asc(communities::Column::Name);
    if let Some(c) = only {
        query = query.filter(communities::Column::Id.eq(c.0));
    }
    let found: Vec<CommunityRow> = query.into_tuple().all(conn).await?;
    let recent: Vec<(i64, i64)> = posts::Entity::find()
        .select_only()
        .column(posts::Column::CommunityId)
        .column_as(posts::Column::Id.count(), "n")
        .filter(posts::Column::CreatedAt.gte(since))
        .group_by(posts::Column::CommunityId)
        .into_tuple()
        .all(conn)
        .await?;
    let recent: HashMap<i64, i64> = recent.into_iter().collect();
    Ok(found
        .into_iter()
        .map(
            |(id, slug, name, members, last_activity_at)| CommunityActivity {
                id: CommunityId(id),
                posts_since: recent.get(&id).copied().unwrap_or(0).max(0) as u64,
                slug,
                name,
                members,
                last_activity_at,
            },
        )
        .collect())
}
