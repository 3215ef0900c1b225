//! The raw figures behind the monitoring indicators: counts over a period,
//! and the questions of a period with their first reply by someone else.
//! The application layer turns them into shares and medians.

use crate::entities::{
    communities, community_members, documents, events, posts, reactions, threads, users,
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

/// People who posted, replied or reacted in the period, and those who
/// started a thread.
pub async fn active_people(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<(HashSet<UserId>, HashSet<UserId>)> {
    let mut query = posts::Entity::find()
        .select_only()
        .column(posts::Column::AuthorId)
        .distinct()
        .filter(posts::Column::CreatedAt.gte(scope.from))
        .filter(posts::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(posts::Column::CommunityId.eq(c.0));
    }
    let posters: Vec<i64> = query.into_tuple().all(conn).await?;
    let mut active: HashSet<UserId> = posters.into_iter().map(UserId).collect();

    let mut reacting = reactions::Entity::find()
        .select_only()
        .column(reactions::Column::UserId)
        .distinct()
        .filter(reactions::Column::CreatedAt.gte(scope.from))
        .filter(reactions::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        let in_community = posts::Entity::find()
            .select_only()
            .column(posts::Column::Id)
            .filter(posts::Column::CommunityId.eq(c.0))
            .into_query();
        reacting = reacting.filter(reactions::Column::PostId.in_subquery(in_community));
    }
    let reactors: Vec<i64> = reacting.into_tuple().all(conn).await?;
    active.extend(reactors.into_iter().map(UserId));

    let mut creating = threads::Entity::find()
        .select_only()
        .column(threads::Column::AuthorId)
        .distinct()
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        creating = creating.filter(threads::Column::CommunityId.eq(c.0));
    }
    let creators: Vec<i64> = creating.into_tuple().all(conn).await?;
    Ok((active, creators.into_iter().map(UserId).collect()))
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

/// When each thread of the period was started.
pub async fn thread_times(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<Vec<DateTime<Utc>>> {
    let mut query = threads::Entity::find()
        .select_only()
        .column(threads::Column::CreatedAt)
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(threads::Column::CommunityId.eq(c.0));
    }
    Ok(query.into_tuple().all(conn).await?)
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

/// Threads and questions created, posts written, documents shared in the period.
pub async fn counts(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<(u64, u64, u64, u64)> {
    let mut threads_q = threads::Entity::find()
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    let mut posts_q = posts::Entity::find()
        .filter(posts::Column::CreatedAt.gte(scope.from))
        .filter(posts::Column::CreatedAt.lt(scope.to));
    let mut documents_q = documents::Entity::find()
        .filter(documents::Column::CreatedAt.gte(scope.from))
        .filter(documents::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        threads_q = threads_q.filter(threads::Column::CommunityId.eq(c.0));
        posts_q = posts_q.filter(posts::Column::CommunityId.eq(c.0));
        documents_q = documents_q.filter(documents::Column::CommunityId.eq(c.0));
    }
    let questions = threads_q
        .clone()
        .filter(threads::Column::Kind.eq("question"))
        .count(conn)
        .await?;
    Ok((
        threads_q.count(conn).await?,
        questions,
        posts_q.count(conn).await?,
        documents_q.count(conn).await?,
    ))
}

/// A question of the period and when someone other than its author first
/// replied (visible replies only).
#[derive(Debug, Clone)]
pub struct AskedQuestion {
    pub created_at: DateTime<Utc>,
    pub first_reply_at: Option<DateTime<Utc>>,
    pub accepted: bool,
}

pub async fn questions(
    conn: &impl ConnectionTrait,
    scope: Scope,
) -> StoreResult<Vec<AskedQuestion>> {
    let mut query = threads::Entity::find()
        .filter(threads::Column::Kind.eq("question"))
        .filter(threads::Column::CreatedAt.gte(scope.from))
        .filter(threads::Column::CreatedAt.lt(scope.to));
    if let Some(c) = scope.community {
        query = query.filter(threads::Column::CommunityId.eq(c.0));
    }
    let asked = query.all(conn).await?;
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let authors: HashMap<i64, i64> = asked.iter().map(|t| (t.id, t.author_id)).collect();
    let mut first: HashMap<i64, DateTime<Utc>> = HashMap::new();
    for chunk in asked.chunks(500) {
        let rows: Vec<(i64, i64, DateTime<Utc>)> = posts::Entity::find()
            .select_only()
            .column(posts::Column::ThreadId)
            .column(posts::Column::AuthorId)
            .column(posts::Column::CreatedAt)
            .filter(posts::Column::ThreadId.is_in(chunk.iter().map(|t| t.id)))
            .filter(posts::Column::Hidden.eq(false))
            .order_by_asc(posts::Column::CreatedAt)
            .into_tuple()
            .all(conn)
            .await?;
        for (thread, author, at) in rows {
            if authors.get(&thread) != Some(&author) {
                first.entry(thread).or_insert(at);
            }
        }
    }
    Ok(asked
        .iter()
        .map(|t| AskedQuestion {
            created_at: t.created_at,
            first_reply_at: first.get(&t.id).copied(),
            accepted: t.accepted_post_id.is_some(),
        })
        .collect())
}

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
    let mut query = communities::Entity::find().order_by_asc(communities::Column::Name);
    if let Some(c) = only {
        query = query.filter(communities::Column::Id.eq(c.0));
    }
    let found = query.all(conn).await?;
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
        .map(|c| CommunityActivity {
            id: CommunityId(c.id),
            posts_since: recent.get(&c.id).copied().unwrap_or(0).max(0) as u64,
            slug: c.slug,
            name: c.name,
            members: c.member_count,
            last_activity_at: c.last_activity_at,
        })
        .collect())
}
