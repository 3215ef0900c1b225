//! Invitations into a community. The link's secret is never stored, only
//! its SHA-256; an invitation is used at most once (a conditional update).

use crate::db::now;
use crate::entities::invitations;
use crate::error::StoreResult;
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, PageOf, Paging, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: i64,
    pub community_id: CommunityId,
    /// Lower-cased, as parsed by `praxis_domain::Email`.
    pub email: String,
    /// `guest` or `member`.
    pub role: String,
    pub invited_by: UserId,
    pub message: String,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub accepted_by: Option<UserId>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<invitations::Model> for Invitation {
    fn from(m: invitations::Model) -> Self {
        Invitation {
            id: m.id,
            community_id: CommunityId(m.community_id),
            email: m.email,
            role: m.role,
            invited_by: UserId(m.invited_by),
            message: m.message,
            expires_at: m.expires_at,
            accepted_at: m.accepted_at,
            accepted_by: m.accepted_by.map(UserId),
            revoked_at: m.revoked_at,
            created_at: m.created_at,
        }
    }
}

pub struct NewInvitation<'a> {
    pub community_id: CommunityId,
    pub email: &'a str,
    pub role: &'a str,
    pub token_hash: &'a str,
    pub invited_by: UserId,
    pub message: &'a str,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    new: NewInvitation<'_>,
) -> StoreResult<Invitation> {
    Ok(invitations::ActiveModel {
        community_id: Set(new.community_id.0),
        email: Set(new.email.to_owned()),
        role: Set(new.role.to_owned()),
        token_hash: Set(new.token_hash.to_owned()),
        invited_by: Set(new.invited_by.0),
        message: Set(new.message.to_owned()),
        expires_at: Set(new.expires_at),
        accepted_at: Set(None),
        accepted_by: Set(None),
        revoked_at: Set(None),
        revoked_by: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .into())
}

pub async fn find(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Option<Invitation>> {
    Ok(by_key(conn, invitations::Entity::find_by_id(id))
        .await?
        .map(Invitation::from))
}

pub async fn find_by_token_hash(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> StoreResult<Option<Invitation>> {
    Ok(by_key(
        conn,
        invitations::Entity::find().filter(invitations::Column::TokenHash.eq(token_hash)),
    )
    .await?
    .map(Invitation::from))
}

/// A community's invitations, newest first.
pub async fn of_community(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    paging: Paging,
) -> StoreResult<PageOf<Invitation>> {
    let query =
        invitations::Entity::find().filter(invitations::Column::CommunityId.eq(community.0));
    Ok(counted_page(
        conn,
        query,
        |q| q.order_by_desc(invitations::Column::Id),
        paging,
    )
    .await?
    .map(Invitation::from))
}

/// Marks an invitation accepted by `user`. False when it was used or
/// revoked meanwhile: of two clicks on one link, exactly one wins.
pub async fn mark_accepted(
    conn: &impl ConnectionTrait,
    id: i64,
    user: UserId,
) -> StoreResult<bool> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::Column::AcceptedAt, Expr::value(now()))
        .col_expr(invitations::Column::AcceptedBy, Expr::value(user.0))
        .filter(invitations::Column::Id.eq(id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes one open invitation; false when it was already used or revoked.
pub async fn revoke(conn: &impl ConnectionTrait, id: i64, by: UserId) -> StoreResult<bool> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::Column::RevokedAt, Expr::value(now()))
        .col_expr(invitations::Column::RevokedBy, Expr::value(by.0))
        .filter(invitations::Column::Id.eq(id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes the open invitations of one address into one community: a new
/// invitation replaces them, so only the newest link works.
pub async fn revoke_open_for(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    email: &str,
    by: UserId,
) -> StoreResult<u64> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::Column::RevokedAt, Expr::value(now()))
        .col_expr(invitations::Column::RevokedBy, Expr::value(by.0))
        .filter(invitations::Column::CommunityId.eq(community.0))
        .filter(invitations::Column::Email.eq(email))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// Names the account an invitation created (claimed first, then created, in
/// one transaction).
pub async fn set_accepted_by(
    conn: &impl ConnectionTrait,
    id: i64,
    user: UserId,
) -> StoreResult<()> {
    invitations::Entity::update_many()
        .col_expr(invitations::Column::AcceptedBy, Expr::value(user.0))
        .filter(invitations::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
