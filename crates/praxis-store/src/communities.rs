//! Communities, their members, join requests and community follows.

use crate::accounts::like_contains;
use crate::db::now;
use crate::entities::{
    communities, community_members, community_subscriptions, join_requests, users,
};
use crate::error::{StoreError, StoreResult};
use crate::query::{by_key, counted_page, insert_once};
use chrono::{DateTime, Utc};
use praxis_domain::{
    CommunityId, CommunityKind, CommunityRole, Membership, PageOf, Paging, Role, UserId,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Community {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub kind: CommunityKind,
    pub description: String,
    pub description_html: String,
    /// Markdown the managers write: what belongs here, how to behave.
    pub rules: String,
    pub rules_html: String,
    pub membership: Membership,
    pub member_count: i64,
    pub thread_count: i64,
    pub post_count: i64,
    pub last_activity_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<communities::Model> for Community {
    type Error = StoreError;

    fn try_from(m: communities::Model) -> StoreResult<Self> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("community {} has {what}", m.id));
        Ok(Community {
            id: CommunityId(m.id),
            kind: CommunityKind::parse(&m.kind).ok_or_else(|| corrupt("an unknown kind"))?,
            membership: Membership::parse(&m.membership)
                .ok_or_else(|| corrupt("an unknown membership"))?,
            slug: m.slug,
            name: m.name,
            description: m.description,
            description_html: m.description_html,
            rules: m.rules,
            rules_html: m.rules_html,
            member_count: m.member_count,
            thread_count: m.thread_count,
            post_count: m.post_count,
            last_activity_at: m.last_activity_at,
            created_at: m.created_at,
        })
    }
}

fn all_from(models: Vec<communities::Model>) -> StoreResult<Vec<Community>> {
    models.into_iter().map(Community::try_from).collect()
}

pub struct NewCommunity<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: CommunityKind,
    pub description: &'a str,
    pub description_html: &'a str,
    pub membership: Membership,
    pub created_by: Option<UserId>,
}

/// Fails with [`StoreError::Conflict`] when the slug is taken.
pub async fn insert(conn: &impl ConnectionTrait, new: NewCommunity<'_>) -> StoreResult<Community> {
    let at = now();
    let model = communities::ActiveModel {
        slug: Set(new.slug.to_owned()),
        name: Set(new.name.to_owned()),
        kind: Set(new.kind.as_str().to_owned()),
        description: Set(new.description.to_owned()),
        description_html: Set(new.description_html.to_owned()),
        rules: Set(String::new()),
        rules_html: Set(String::new()),
        membership: Set(new.membership.as_str().to_owned()),
        member_count: Set(0),
        thread_count: Set(0),
        post_count: Set(0),
        last_activity_at: Set(None),
        created_by: Set(new.created_by.map(|u| u.0)),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Community::try_from(model)
}

pub async fn find_by_slug(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> StoreResult<Option<Community>> {
    by_key(
        conn,
        communities::Entity::find().filter(communities::Column::Slug.eq(slug)),
    )
    .await?
    .map(Community::try_from)
    .transpose()
}

pub async fn find(conn: &impl ConnectionTrait, id: CommunityId) -> StoreResult<Option<Community>> {
    by_key(conn, communities::Entity::find_by_id(id.0))
        .await?
        .map(Community::try_from)
        .transpose()
}

/// Communities by id, in one query.
pub async fn find_many(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = CommunityId>,
) -> StoreResult<HashMap<CommunityId, Community>> {
    let mut ids: Vec<i64> = ids.into_iter().map(|c| c.0).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(all_from(
        communities::Entity::find()
            .filter(communities::Column::Id.is_in(ids))
            .all(conn)
            .await?,
    )?
    .into_iter()
    .map(|c| (c.id, c))
    .collect())
}

#[derive(Debug, Default, Clone)]
pub struct DirectoryFilter {
    pub kind: Option<CommunityKind>,
    /// Case-insensitive text in the name or description.
    pub text: Option<String>,
    /// Only these communities (e.g. the viewer's own).
    pub only: Option<Vec<CommunityId>>,
}

/// The directory, alphabetical.
pub async fn list(
    conn: &impl ConnectionTrait,
    filter: &DirectoryFilter,
    paging: Paging,
) -> StoreResult<PageOf<Community>> {
    let mut query = communities::Entity::find();
    if let Some(kind) = filter.kind {
        query = query.filter(communities::Column::Kind.eq(kind.as_str()));
    }
    if let Some(text) = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let pattern = like_contains(text);
        query = query.filter(
            Expr::expr(Func::lower(Expr::col(communities::Column::Name)))
                .like(pattern.clone())
                .or(
                    Expr::expr(Func::lower(Expr::col(communities::Column::Description)))
                        .like(pattern),
                ),
        );
    }
    if let Some(only) = &filter.only {
        query = query.filter(communities::Column::Id.is_in(only.iter().map(|c| c.0)));
    }
    counted_page(
        conn,
        query,
        |q| {
            q.order_by_asc(communities::Column::Name)
                .order_by_asc(communities::Column::Id)
        },
        paging,
    )
    .await?
    .try_map(Community::try_from)
}

/// What the managers may change about a community.
pub struct CommunitySettings<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub description_html: &'a str,
    pub rules: &'a str,
    pub rules_html: &'a str,
    pub membership: Membership,
}

pub async fn update_settings(
    conn: &impl ConnectionTrait,
    id: CommunityId,
    settings: CommunitySettings<'_>,
) -> StoreResult<()> {
    communities::Entity::update_many()
        .col_expr(communities::Column::Name, Expr::value(settings.name))
        .col_expr(
            communities::Column::Description,
            Expr::value(settings.description),
        )
        .col_expr(
            communities::Column::DescriptionHtml,
            Expr::value(settings.description_html),
        )
        .col_expr(communities::Column::Rules, Expr::value(settings.rules))
        .col_expr(
            communities::Column::RulesHtml,
            Expr::value(settings.rules_html),
        )
        .col_expr(
            communities::Column::Membership,
            Expr::value(settings.membership.as_str()),
        )
        .col_expr(communities::Column::UpdatedAt, Expr::value(now()))
        .filter(communities::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Adds to the counters of a community, in the caller's transaction.
pub(crate) async fn bump_counters(
    conn: &impl ConnectionTrait,
    id: CommunityId,
    threads: i64,
    posts: i64,
    activity_at: Option<DateTime<Utc>>,
) -> StoreResult<()> {
    let mut update = communities::Entity::update_many()
        .col_expr(
            communities::Column::ThreadCount,
            Expr::col(communities::Column::ThreadCount).add(threads),
        )
        .col_expr(
            communities::Column::PostCount,
            Expr::col(communities::Column::PostCount).add(posts),
        );
    if let Some(at) = activity_at {
        update = update.col_expr(communities::Column::LastActivityAt, Expr::value(at));
    }
    update
        .filter(communities::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Members.

pub async fn role_of(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<Option<CommunityRole>> {
    Ok(by_key(
        conn,
        community_members::Entity::find_by_id((community.0, user.0)),
    )
    .await?
    .and_then(|m| CommunityRole::parse(&m.role)))
}

/// Every community a person belongs to, with their role there.
pub async fn roles_of_user(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> StoreResult<HashMap<CommunityId, CommunityRole>> {
    Ok(community_members::Entity::find()
        .filter(community_members::Column::UserId.eq(user.0))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| CommunityRole::parse(&m.role).map(|r| (CommunityId(m.community_id), r)))
        .collect())
}

/// Adds a member (or changes their role); keeps `member_count` right.
/// Returns whether the person was new to the community.
pub async fn set_member(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
    role: CommunityRole,
) -> StoreResult<bool> {
    if role_of(conn, community, user).await?.is_some() {
        community_members::Entity::update_many()
            .col_expr(
                community_members::Column::Role,
                Expr::value(role.as_str().to_owned()),
            )
            .filter(community_members::Column::CommunityId.eq(community.0))
            .filter(community_members::Column::UserId.eq(user.0))
            .exec(conn)
            .await?;
        return Ok(false);
    }
    community_members::ActiveModel {
        community_id: Set(community.0),
        user_id: Set(user.0),
        role: Set(role.as_str().to_owned()),
        joined_at: Set(now()),
    }
    .insert(conn)
    .await?;
    communities::Entity::update_many()
        .col_expr(
            communities::Column::MemberCount,
            Expr::col(communities::Column::MemberCount).add(1),
        )
        .filter(communities::Column::Id.eq(community.0))
        .exec(conn)
        .await?;
    Ok(true)
}

/// Returns whether the person was a member.
pub async fn remove_member(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<bool> {
    let removed = community_members::Entity::delete_many()
        .filter(community_members::Column::CommunityId.eq(community.0))
        .filter(community_members::Column::UserId.eq(user.0))
        .exec(conn)
        .await?
        .rows_affected
        > 0;
    if removed {
        communities::Entity::update_many()
            .col_expr(
                communities::Column::MemberCount,
                Expr::col(communities::Column::MemberCount).sub(1),
            )
            .filter(communities::Column::Id.eq(community.0))
            .exec(conn)
            .await?;
        community_subscriptions::Entity::delete_many()
            .filter(community_subscriptions::Column::CommunityId.eq(community.0))
            .filter(community_subscriptions::Column::UserId.eq(user.0))
            .exec(conn)
            .await?;
    }
    Ok(removed)
}

#[derive(Debug, Clone)]
pub struct MemberRow {
    pub id: UserId,
    pub display_name: String,
    pub organisation: String,
    pub handle: String,
    pub role: CommunityRole,
    pub guest: bool,
    pub joined_at: DateTime<Utc>,
}

/// Members, managers first, then by name; optionally narrowed by a prefix
/// of the name or handle (for the @mention picker).
pub async fn members(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    name_prefix: Option<&str>,
    paging: Paging,
) -> StoreResult<PageOf<MemberRow>> {
    let rows = community_members::Entity::find()
        .filter(community_members::Column::CommunityId.eq(community.0))
        .all(conn)
        .await?;
    let people =
        crate::accounts::users_by_ids(conn, rows.iter().map(|r| UserId(r.user_id))).await?;
    let prefix = name_prefix
        .map(|p| p.trim().trim_start_matches('@').to_lowercase())
        .filter(|p| !p.is_empty());
    let mut items: Vec<MemberRow> = rows
        .into_iter()
        .filter_map(|m| {
            let user = people.get(&UserId(m.user_id))?;
            if let Some(prefix) = &prefix {
                let name = user.display_name.to_lowercase();
                let matches = name.starts_with(prefix.as_str())
                    || user.handle.starts_with(prefix.as_str())
                    || name
                        .split_whitespace()
                        .any(|w| w.starts_with(prefix.as_str()));
                if !matches {
                    return None;
                }
            }
            Some(MemberRow {
                id: user.id,
                display_name: user.display_name.clone(),
                organisation: user.organisation.clone(),
                handle: user.handle.clone(),
                role: CommunityRole::parse(&m.role).unwrap_or(CommunityRole::Member),
                guest: user.role == Role::Guest,
                joined_at: m.joined_at,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        (
            a.role != CommunityRole::Manager,
            a.display_name.to_lowercase(),
        )
            .cmp(&(
                b.role != CommunityRole::Manager,
                b.display_name.to_lowercase(),
            ))
    });
    let total = items.len() as u64;
    let items = items
        .into_iter()
        .skip(paging.offset() as usize)
        .take(paging.limit() as usize)
        .collect();
    Ok(PageOf {
        items,
        page: paging.clamped().page,
        per_page: paging.limit(),
        total,
    })
}

/// The people who manage a community.
pub async fn managers(
    conn: &impl ConnectionTrait,
    community: CommunityId,
) -> StoreResult<Vec<UserId>> {
    Ok(community_members::Entity::find()
        .filter(community_members::Column::CommunityId.eq(community.0))
        .filter(community_members::Column::Role.eq(CommunityRole::Manager.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| UserId(m.user_id))
        .collect())
}

/// Of `users`, those who belong to the community.
pub async fn members_among(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    users: &[UserId],
) -> StoreResult<Vec<UserId>> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(community_members::Entity::find()
        .filter(community_members::Column::CommunityId.eq(community.0))
        .filter(community_members::Column::UserId.is_in(users.iter().map(|u| u.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| UserId(m.user_id))
        .collect())
}

/// Communities that members of the same organisation joined, most joined
/// first, excluding those the person is in: the onboarding suggestions.
pub async fn popular_in_organisation(
    conn: &impl ConnectionTrait,
    organisation: &str,
    exclude: &[CommunityId],
    limit: u64,
) -> StoreResult<Vec<(CommunityId, i64)>> {
    let colleagues: Vec<i64> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .filter(
            Expr::expr(Func::lower(Expr::col(users::Column::Organisation)))
                .eq(organisation.trim().to_lowercase()),
        )
        .limit(500)
        .into_tuple()
        .all(conn)
        .await?;
    if colleagues.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, i64)> = community_members::Entity::find()
        .select_only()
        .column(community_members::Column::CommunityId)
        .column_as(community_members::Column::UserId.count(), "n")
        .filter(community_members::Column::UserId.is_in(colleagues))
        .filter(community_members::Column::CommunityId.is_not_in(exclude.iter().map(|c| c.0)))
        .group_by(community_members::Column::CommunityId)
        .order_by_desc(Expr::col(sea_orm::sea_query::Alias::new("n")))
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|(c, n)| (CommunityId(c), n)).collect())
}

/// The most populated communities, for newcomers with no colleagues yet.
pub async fn most_members(
    conn: &impl ConnectionTrait,
    exclude: &[CommunityId],
    limit: u64,
) -> StoreResult<Vec<Community>> {
    all_from(
        communities::Entity::find()
            .filter(communities::Column::Id.is_not_in(exclude.iter().map(|c| c.0)))
            .filter(communities::Column::Membership.ne(Membership::Invite.as_str()))
            .order_by_desc(communities::Column::MemberCount)
            .order_by_asc(communities::Column::Id)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

// ---------------------------------------------------------------------------
// Join requests.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Pending,
    Approved,
    Rejected,
}

impl RequestStatus {
    fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Approved => "approved",
            RequestStatus::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "approved" => RequestStatus::Approved,
            "rejected" => RequestStatus::Rejected,
            _ => RequestStatus::Pending,
        }
    }
}

#[derive(Debug, Clone)]
pub struct JoinRequest {
    pub id: i64,
    pub community_id: CommunityId,
    pub user_id: UserId,
    pub message: String,
    pub status: RequestStatus,
    pub created_at: DateTime<Utc>,
}

impl From<join_requests::Model> for JoinRequest {
    fn from(m: join_requests::Model) -> Self {
        JoinRequest {
            id: m.id,
            community_id: CommunityId(m.community_id),
            user_id: UserId(m.user_id),
            status: RequestStatus::parse(&m.status),
            message: m.message,
            created_at: m.created_at,
        }
    }
}

/// Files (or renews) a request to join.
pub async fn request_to_join(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
    message: &str,
) -> StoreResult<()> {
    let existing = join_requests::Entity::find()
        .filter(join_requests::Column::CommunityId.eq(community.0))
        .filter(join_requests::Column::UserId.eq(user.0))
        .one(conn)
        .await?;
    match existing {
        Some(request) => {
            join_requests::Entity::update_many()
                .col_expr(join_requests::Column::Status, Expr::value("pending"))
                .col_expr(
                    join_requests::Column::Message,
                    Expr::value(message.to_owned()),
                )
                .col_expr(join_requests::Column::CreatedAt, Expr::value(now()))
                .col_expr(
                    join_requests::Column::DecidedBy,
                    Expr::value(Option::<i64>::None),
                )
                .filter(join_requests::Column::Id.eq(request.id))
                .exec(conn)
                .await?;
        }
        None => {
            join_requests::ActiveModel {
                community_id: Set(community.0),
                user_id: Set(user.0),
                message: Set(message.to_owned()),
                status: Set(RequestStatus::Pending.as_str().to_owned()),
                decided_by: Set(None),
                decided_at: Set(None),
                created_at: Set(now()),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}

pub async fn find_request(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<Option<JoinRequest>> {
    Ok(join_requests::Entity::find()
        .filter(join_requests::Column::CommunityId.eq(community.0))
        .filter(join_requests::Column::UserId.eq(user.0))
        .one(conn)
        .await?
        .map(JoinRequest::from))
}

/// Pending requests of some communities, oldest first.
pub async fn pending_requests(
    conn: &impl ConnectionTrait,
    communities: &[CommunityId],
    paging: Paging,
) -> StoreResult<PageOf<JoinRequest>> {
    pending_requests_of(conn, Some(communities), paging).await
}

/// Pending requests of some communities or of all (`None`), oldest first.
pub async fn pending_requests_of(
    conn: &impl ConnectionTrait,
    communities: Option<&[CommunityId]>,
    paging: Paging,
) -> StoreResult<PageOf<JoinRequest>> {
    let mut query = join_requests::Entity::find()
        .filter(join_requests::Column::Status.eq(RequestStatus::Pending.as_str()));
    if let Some(communities) = communities {
        query =
            query.filter(join_requests::Column::CommunityId.is_in(communities.iter().map(|c| c.0)));
    }
    Ok(counted_page(
        conn,
        query,
        |q| {
            q.order_by_asc(join_requests::Column::CreatedAt)
                .order_by_asc(join_requests::Column::Id)
        },
        paging,
    )
    .await?
    .map(JoinRequest::from))
}

/// Decides a pending request; false when there was none pending.
pub async fn decide_request(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
    approve: bool,
    decided_by: UserId,
) -> StoreResult<bool> {
    let status = if approve {
        RequestStatus::Approved
    } else {
        RequestStatus::Rejected
    };
    Ok(join_requests::Entity::update_many()
        .col_expr(join_requests::Column::Status, Expr::value(status.as_str()))
        .col_expr(join_requests::Column::DecidedBy, Expr::value(decided_by.0))
        .col_expr(join_requests::Column::DecidedAt, Expr::value(now()))
        .filter(join_requests::Column::CommunityId.eq(community.0))
        .filter(join_requests::Column::UserId.eq(user.0))
        .filter(join_requests::Column::Status.eq(RequestStatus::Pending.as_str()))
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

// ---------------------------------------------------------------------------
// Following a whole community.

pub async fn follow(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<()> {
    let exists = is_following(conn, community, user).await?;
    let row = community_subscriptions::ActiveModel {
        community_id: Set(community.0),
        user_id: Set(user.0),
        created_at: Set(now()),
    };
    insert_once(conn, exists, row).await?;
    Ok(())
}

pub async fn unfollow(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<()> {
    community_subscriptions::Entity::delete_many()
        .filter(community_subscriptions::Column::CommunityId.eq(community.0))
        .filter(community_subscriptions::Column::UserId.eq(user.0))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn is_following(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    user: UserId,
) -> StoreResult<bool> {
    Ok(
        community_subscriptions::Entity::find_by_id((community.0, user.0))
            .one(conn)
            .await?
            .is_some(),
    )
}

/// Everyone following a community.
pub async fn followers(
    conn: &impl ConnectionTrait,
    community: CommunityId,
) -> StoreResult<Vec<UserId>> {
    Ok(community_subscriptions::Entity::find()
        .filter(community_subscriptions::Column::CommunityId.eq(community.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| UserId(m.user_id))
        .collect())
}
