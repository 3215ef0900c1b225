//! People, their sessions and email tokens, the buyer-domain allow-list and
//! the usage code.

use crate::db::now;
use crate::entities::{
    buyer_domains, email_tokens, sessions, usage_code_acceptances, usage_codes, users,
};
use crate::error::{StoreError, StoreResult};
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::discussion::handle;
use praxis_domain::{EmailFrequency, PageOf, Paging, Role, UserId, UserStatus};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// A person as the rest of Praxis sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub organisation: String,
    pub password_hash: String,
    pub role: Role,
    pub status: UserStatus,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub bio: String,
    pub region: String,
    pub languages: Vec<String>,
    pub locale: String,
    /// IANA zone events are shown in; empty: the site's default.
    pub time_zone: String,
    pub accepted_usage_code_version: Option<i32>,
    pub suspended_until: Option<DateTime<Utc>>,
    pub suspension_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub handle: String,
    pub email_frequency: EmailFrequency,
    pub last_digest_at: Option<DateTime<Utc>>,
    pub expertise: Vec<String>,
    /// Moderators and managers: mail me each new alert.
    pub alert_mail: bool,
}

impl TryFrom<users::Model> for User {
    type Error = StoreError;

    fn try_from(m: users::Model) -> StoreResult<Self> {
        let role = Role::parse(&m.role)
            .ok_or_else(|| StoreError::Corrupt(format!("user {} has role {:?}", m.id, m.role)))?;
        let status = UserStatus::parse(&m.status).ok_or_else(|| {
            StoreError::Corrupt(format!("user {} has status {:?}", m.id, m.status))
        })?;
        Ok(User {
            id: UserId(m.id),
            email: m.email,
            display_name: m.display_name,
            organisation: m.organisation,
            password_hash: m.password_hash,
            role,
            status,
            email_verified_at: m.email_verified_at,
            bio: m.bio,
            region: m.region,
            languages: m
                .languages
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            locale: m.locale,
            time_zone: m.time_zone,
            alert_mail: m.alert_mail,
            accepted_usage_code_version: m.accepted_usage_code_version,
            suspended_until: m.suspended_until,
            suspension_reason: m.suspension_reason,
            created_at: m.created_at,
            handle: m.handle,
            email_frequency: EmailFrequency::parse(&m.email_frequency)
                .unwrap_or(EmailFrequency::Daily),
            last_digest_at: m.last_digest_at,
            expertise: m
                .expertise
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }
}

fn users_from(models: Vec<users::Model>) -> StoreResult<Vec<User>> {
    models.into_iter().map(User::try_from).collect()
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub organisation: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub status: UserStatus,
    pub email_verified: bool,
    pub locale: &'a str,
}

/// Fails with [`StoreError::Conflict`] when the email is taken.
pub async fn insert_user(conn: &impl ConnectionTrait, new: NewUser<'_>) -> StoreResult<User> {
    let at = now();
    let model = users::ActiveModel {
        email: Set(new.email.to_owned()),
        display_name: Set(new.display_name.to_owned()),
        organisation: Set(new.organisation.to_owned()),
        password_hash: Set(new.password_hash.to_owned()),
        role: Set(new.role.as_str().to_owned()),
        status: Set(new.status.as_str().to_owned()),
        email_verified_at: Set(new.email_verified.then_some(at)),
        bio: Set(String::new()),
        region: Set(String::new()),
        languages: Set(String::new()),
        locale: Set(new.locale.to_owned()),
        time_zone: Set(String::new()),
        accepted_usage_code_version: Set(None),
        suspended_until: Set(None),
        suspension_reason: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        handle: Set(handle(new.display_name)),
        email_frequency: Set(EmailFrequency::Daily.as_str().to_owned()),
        last_digest_at: Set(None),
        expertise: Set(String::new()),
        alert_mail: Set(false),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    User::try_from(model)
}

pub async fn find_user(conn: &impl ConnectionTrait, id: UserId) -> StoreResult<Option<User>> {
    by_key(conn, users::Entity::find_by_id(id.0))
        .await?
        .map(User::try_from)
        .transpose()
}

/// `email` must already be normalised (see `praxis_domain::Email`).
pub async fn find_user_by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> StoreResult<Option<User>> {
    users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .one(conn)
        .await?
        .map(User::try_from)
        .transpose()
}

async fn update_user(
    conn: &impl ConnectionTrait,
    id: UserId,
    change: users::ActiveModel,
) -> StoreResult<()> {
    let mut change = change;
    change.id = Set(id.0);
    change.updated_at = Set(now());
    change.update(conn).await?;
    Ok(())
}

pub async fn set_status(
    conn: &impl ConnectionTrait,
    id: UserId,
    status: UserStatus,
) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            status: Set(status.as_str().to_owned()),
            ..Default::default()
        },
    )
    .await
}

/// Records that the address is confirmed and where the account goes next.
pub async fn mark_email_verified(
    conn: &impl ConnectionTrait,
    id: UserId,
    status: UserStatus,
) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            status: Set(status.as_str().to_owned()),
            email_verified_at: Set(Some(now())),
            ..Default::default()
        },
    )
    .await
}

pub async fn set_password_hash(
    conn: &impl ConnectionTrait,
    id: UserId,
    hash: &str,
) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            password_hash: Set(hash.to_owned()),
            ..Default::default()
        },
    )
    .await
}

pub async fn set_role(conn: &impl ConnectionTrait, id: UserId, role: Role) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        },
    )
    .await
}

/// What a member may change about themselves; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct ProfileChange {
    pub display_name: Option<String>,
    pub organisation: Option<String>,
    pub bio: Option<String>,
    pub region: Option<String>,
    pub languages: Option<Vec<String>>,
    pub locale: Option<String>,
    pub time_zone: Option<String>,
    pub expertise: Option<Vec<String>>,
}

pub async fn update_profile(
    conn: &impl ConnectionTrait,
    id: UserId,
    change: ProfileChange,
) -> StoreResult<()> {
    let mut model = <users::ActiveModel as Default>::default();
    if let Some(v) = change.display_name {
        model.handle = Set(handle(&v));
        model.display_name = Set(v);
    }
    if let Some(v) = change.organisation {
        model.organisation = Set(v);
    }
    if let Some(v) = change.bio {
        model.bio = Set(v);
    }
    if let Some(v) = change.region {
        model.region = Set(v);
    }
    if let Some(v) = change.languages {
        model.languages = Set(v.join(","));
    }
    if let Some(v) = change.locale {
        model.locale = Set(v);
    }
    if let Some(v) = change.time_zone {
        model.time_zone = Set(v);
    }
    if let Some(v) = change.expertise {
        model.expertise = Set(v.join(","));
    }
    update_user(conn, id, model).await
}

pub async fn suspend(
    conn: &impl ConnectionTrait,
    id: UserId,
    until: Option<DateTime<Utc>>,
    reason: &str,
) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            status: Set(UserStatus::Suspended.as_str().to_owned()),
            suspended_until: Set(until),
            suspension_reason: Set(Some(reason.to_owned())),
            ..Default::default()
        },
    )
    .await
}

pub async fn unsuspend(conn: &impl ConnectionTrait, id: UserId) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            status: Set(UserStatus::Active.as_str().to_owned()),
            suspended_until: Set(None),
            suspension_reason: Set(None),
            ..Default::default()
        },
    )
    .await
}

/// People in one status, oldest first (the approval queue is first come,
/// first served).
pub async fn list_users_by_status(
    conn: &impl ConnectionTrait,
    status: UserStatus,
    paging: Paging,
) -> StoreResult<PageOf<User>> {
    let query = users::Entity::find().filter(users::Column::Status.eq(status.as_str()));
    counted_page(
        conn,
        query,
        |q| {
            q.order_by_asc(users::Column::CreatedAt)
                .order_by_asc(users::Column::Id)
        },
        paging,
    )
    .await?
    .try_map(User::try_from)
}

/// Every account, newest first, optionally narrowed by a case-insensitive
/// match on email or display name.
pub async fn list_users(
    conn: &impl ConnectionTrait,
    query_text: Option<&str>,
    paging: Paging,
) -> StoreResult<PageOf<User>> {
    let mut query = users::Entity::find();
    if let Some(q) = query_text.map(str::trim).filter(|q| !q.is_empty()) {
        // LIKE is case-sensitive on PostgreSQL: compare lower-cased on both sides.
        let pattern = like_contains(q);
        query = query.filter(
            Expr::expr(Func::lower(Expr::col(users::Column::Email)))
                .like(pattern.clone())
                .or(Expr::expr(Func::lower(Expr::col(users::Column::DisplayName))).like(pattern)),
        );
    }
    counted_page(conn, query, |q| q.order_by_desc(users::Column::Id), paging)
        .await?
        .try_map(User::try_from)
}

pub async fn set_email_frequency(
    conn: &impl ConnectionTrait,
    id: UserId,
    frequency: EmailFrequency,
) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            email_frequency: Set(frequency.as_str().to_owned()),
            ..Default::default()
        },
    )
    .await
}

pub async fn set_alert_mail(conn: &impl ConnectionTrait, id: UserId, on: bool) -> StoreResult<()> {
    update_user(
        conn,
        id,
        users::ActiveModel {
            alert_mail: Set(on),
            ..Default::default()
        },
    )
    .await
}

/// Who wants an alert about `community` by mail: active admins and
/// platform moderators, and the community's managers, who asked for it.
pub async fn alert_mail_recipients(
    conn: &impl ConnectionTrait,
    community: Option<praxis_domain::CommunityId>,
) -> StoreResult<Vec<User>> {
    use crate::entities::community_members;
    use sea_orm::{Condition, QueryTrait};
    let mut who = Condition::any()
        .add(users::Column::Role.is_in([Role::Admin.as_str(), Role::Moderator.as_str()]));
    if let Some(c) = community {
        let managers = community_members::Entity::find()
            .select_only()
            .column(community_members::Column::UserId)
            .filter(community_members::Column::CommunityId.eq(c.0))
            .filter(
                community_members::Column::Role.eq(praxis_domain::CommunityRole::Manager.as_str()),
            )
            .into_query();
        who = who.add(users::Column::Id.in_subquery(managers));
    }
    users_from(
        users::Entity::find()
            .filter(users::Column::AlertMail.eq(true))
            .filter(users::Column::Status.eq(UserStatus::Active.as_str()))
            .filter(who)
            .order_by_asc(users::Column::Id)
            .all(conn)
            .await?,
    )
}

pub async fn set_last_digest_at(
    conn: &impl ConnectionTrait,
    id: UserId,
    at: DateTime<Utc>,
) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::LastDigestAt, Expr::value(at))
        .filter(users::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// How a person appears next to what they wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub id: UserId,
    pub display_name: String,
    pub organisation: String,
    pub handle: String,
    pub role: Role,
}

/// Authors by id, in one query (for lists: never one query per row).
pub async fn authors(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = UserId>,
) -> StoreResult<HashMap<UserId, Author>> {
    let mut ids: Vec<i64> = ids.into_iter().map(|u| u.0).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String, String, String, String)> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .column(users::Column::DisplayName)
        .column(users::Column::Organisation)
        .column(users::Column::Handle)
        .column(users::Column::Role)
        .filter(users::Column::Id.is_in(ids))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, display_name, organisation, handle, role)| {
            let author = Author {
                id: UserId(id),
                display_name,
                organisation,
                handle,
                role: Role::parse(&role).unwrap_or(Role::Member),
            };
            (author.id, author)
        })
        .collect())
}

/// People by id, in one query.
pub async fn users_by_ids(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = UserId>,
) -> StoreResult<HashMap<UserId, User>> {
    let mut ids: Vec<i64> = ids.into_iter().map(|u| u.0).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users_from(
        users::Entity::find()
            .filter(users::Column::Id.is_in(ids))
            .all(conn)
            .await?,
    )?
    .into_iter()
    .map(|u| (u.id, u))
    .collect())
}

/// People whose @mention handle is one of `handles`.
pub async fn users_by_handles(
    conn: &impl ConnectionTrait,
    handles: &[String],
) -> StoreResult<Vec<User>> {
    if handles.is_empty() {
        return Ok(Vec::new());
    }
    users_from(
        users::Entity::find()
            .filter(users::Column::Handle.is_in(handles.iter().cloned()))
            .filter(users::Column::Status.eq(UserStatus::Active.as_str()))
            .all(conn)
            .await?,
    )
}

/// Admins, to be told about registrations that wait for approval.
pub async fn list_admins(conn: &impl ConnectionTrait) -> StoreResult<Vec<User>> {
    users_from(
        users::Entity::find()
            .filter(users::Column::Role.eq(Role::Admin.as_str()))
            .filter(users::Column::Status.eq(UserStatus::Active.as_str()))
            .order_by_asc(users::Column::Id)
            .all(conn)
            .await?,
    )
}

/// A case-insensitive "contains" pattern (compare against a lower-cased
/// column) where `%` and `_` typed by people match themselves. SQLite has no
/// default LIKE escape character, so it is given explicitly.
pub(crate) fn like_contains(text: &str) -> LikeExpr {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

// ---------------------------------------------------------------------------
// Email tokens: verification and password reset links.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }
}

#[derive(Debug, Clone)]
pub struct EmailToken {
    pub id: i64,
    pub user_id: UserId,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// Stores the hash of a new token; the token itself only ever travels in the mail.
pub async fn insert_email_token(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    purpose: TokenPurpose,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    email_tokens::ActiveModel {
        user_id: Set(user_id.0),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(token_hash.to_owned()),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn find_email_token(
    conn: &impl ConnectionTrait,
    purpose: TokenPurpose,
    token_hash: &str,
) -> StoreResult<Option<EmailToken>> {
    Ok(email_tokens::Entity::find()
        .filter(email_tokens::Column::TokenHash.eq(token_hash))
        .filter(email_tokens::Column::Purpose.eq(purpose.as_str()))
        .one(conn)
        .await?
        .map(|m| EmailToken {
            id: m.id,
            user_id: UserId(m.user_id),
            expires_at: m.expires_at,
            used_at: m.used_at,
        }))
}

/// Marks a token used. Returns false when it was already used: of two
/// concurrent uses of one link, exactly one wins.
pub async fn consume_email_token(conn: &impl ConnectionTrait, id: i64) -> StoreResult<bool> {
    let result = email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, Expr::value(now()))
        .filter(email_tokens::Column::Id.eq(id))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Voids every unused token of a kind, e.g. earlier reset links once the
/// password has been changed.
pub async fn void_email_tokens(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    purpose: TokenPurpose,
) -> StoreResult<()> {
    email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, Expr::value(now()))
        .filter(email_tokens::Column::UserId.eq(user_id.0))
        .filter(email_tokens::Column::Purpose.eq(purpose.as_str()))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Sessions.

#[derive(Debug, Clone)]
pub struct Session {
    pub id: i64,
    pub user_id: UserId,
    pub csrf_token: String,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl From<sessions::Model> for Session {
    fn from(m: sessions::Model) -> Self {
        Session {
            id: m.id,
            user_id: UserId(m.user_id),
            csrf_token: m.csrf_token,
            last_seen_at: m.last_seen_at,
            expires_at: m.expires_at,
        }
    }
}

pub async fn insert_session(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    token_hash: &str,
    csrf_token: &str,
    expires_at: DateTime<Utc>,
) -> StoreResult<Session> {
    let at = now();
    let model = sessions::ActiveModel {
        user_id: Set(user_id.0),
        token_hash: Set(token_hash.to_owned()),
        csrf_token: Set(csrf_token.to_owned()),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(model.into())
}

/// The session behind a token hash, with its user, in one query.
pub async fn find_session(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> StoreResult<Option<(Session, User)>> {
    let Some(session) = by_key(
        conn,
        sessions::Entity::find().filter(sessions::Column::TokenHash.eq(token_hash)),
    )
    .await?
    else {
        return Ok(None);
    };
    let Some(user) = find_user(conn, UserId(session.user_id)).await? else {
        return Ok(None);
    };
    Ok(Some((session.into(), user)))
}

/// Slides a session's expiry forward (done at most every few minutes per session).
pub async fn touch_session(
    conn: &impl ConnectionTrait,
    id: i64,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::LastSeenAt, Expr::value(now()))
        .col_expr(sessions::Column::ExpiresAt, Expr::value(expires_at))
        .filter(sessions::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn delete_session(conn: &impl ConnectionTrait, token_hash: &str) -> StoreResult<()> {
    sessions::Entity::delete_many()
        .filter(sessions::Column::TokenHash.eq(token_hash))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of a person, optionally keeping one (the one that
/// changed the password stays signed in).
pub async fn delete_sessions_of(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    keep_session_id: Option<i64>,
) -> StoreResult<()> {
    let mut delete = sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user_id.0));
    if let Some(keep) = keep_session_id {
        delete = delete.filter(sessions::Column::Id.ne(keep));
    }
    delete.exec(conn).await?;
    Ok(())
}

pub async fn delete_expired_sessions(conn: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(sessions::Entity::delete_many()
        .filter(sessions::Column::ExpiresAt.lt(now()))
        .exec(conn)
        .await?
        .rows_affected)
}

// ---------------------------------------------------------------------------
// The allow-list of public-buyer email domains.

#[derive(Debug, Clone)]
pub struct BuyerDomainEntry {
    pub domain: String,
    pub added_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

pub async fn list_buyer_domains(conn: &impl ConnectionTrait) -> StoreResult<Vec<BuyerDomainEntry>> {
    Ok(buyer_domains::Entity::find()
        .order_by_asc(buyer_domains::Column::Domain)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| BuyerDomainEntry {
            domain: m.domain,
            added_by: m.added_by.map(UserId),
            created_at: m.created_at,
        })
        .collect())
}

/// Fails with [`StoreError::Conflict`] when the domain is listed already.
pub async fn insert_buyer_domain(
    conn: &impl ConnectionTrait,
    domain: &str,
    added_by: Option<UserId>,
) -> StoreResult<()> {
    buyer_domains::ActiveModel {
        domain: Set(domain.to_owned()),
        added_by: Set(added_by.map(|u| u.0)),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Returns whether the domain was listed.
pub async fn delete_buyer_domain(conn: &impl ConnectionTrait, domain: &str) -> StoreResult<bool> {
    Ok(buyer_domains::Entity::delete_many()
        .filter(buyer_domains::Column::Domain.eq(domain))
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

/// Whether any of `candidates` (an email domain and its parents) is listed.
pub async fn any_buyer_domain(
    conn: &impl ConnectionTrait,
    candidates: &[String],
) -> StoreResult<bool> {
    Ok(buyer_domains::Entity::find()
        .filter(buyer_domains::Column::Domain.is_in(candidates.iter().cloned()))
        .count(conn)
        .await?
        > 0)
}

// ---------------------------------------------------------------------------
// The usage code.

#[derive(Debug, Clone)]
pub struct UsageCode {
    pub version: i32,
    pub text: String,
    pub published_by: Option<UserId>,
    pub published_at: DateTime<Utc>,
}

impl From<usage_codes::Model> for UsageCode {
    fn from(m: usage_codes::Model) -> Self {
        UsageCode {
            version: m.version,
            text: m.text,
            published_by: m.published_by.map(UserId),
            published_at: m.published_at,
        }
    }
}

pub async fn current_usage_code(conn: &impl ConnectionTrait) -> StoreResult<Option<UsageCode>> {
    Ok(usage_codes::Entity::find()
        .order_by_desc(usage_codes::Column::Version)
        .one(conn)
        .await?
        .map(UsageCode::from))
}

/// Publishes the next version. Two admins publishing at once cannot both
/// get the same number: the version is the primary key.
pub async fn publish_usage_code(
    conn: &impl ConnectionTrait,
    text: &str,
    published_by: Option<UserId>,
) -> StoreResult<UsageCode> {
    let next = current_usage_code(conn)
        .await?
        .map_or(1, |code| code.version + 1);
    let model = usage_codes::ActiveModel {
        version: Set(next),
        text: Set(text.to_owned()),
        published_by: Set(published_by.map(|u| u.0)),
        published_at: Set(now()),
    }
    .insert(conn)
    .await?;
    Ok(model.into())
}

/// Records who accepted which version, when; idempotent per version.
pub async fn record_usage_code_acceptance(
    conn: &impl ConnectionTrait,
    user_id: UserId,
    version: i32,
) -> StoreResult<()> {
    let already = usage_code_acceptances::Entity::find()
        .filter(usage_code_acceptances::Column::UserId.eq(user_id.0))
        .filter(usage_code_acceptances::Column::Version.eq(version))
        .count(conn)
        .await?
        > 0;
    if !already {
        usage_code_acceptances::ActiveModel {
            user_id: Set(user_id.0),
            version: Set(version),
            accepted_at: Set(now()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    update_user(
        conn,
        user_id,
        users::ActiveModel {
            accepted_usage_code_version: Set(Some(version)),
            ..Default::default()
        },
    )
    .await
}

/// How many people accepted a version (shown to admins next to each version).
pub async fn count_usage_code_acceptances(
    conn: &impl ConnectionTrait,
    version: i32,
) -> StoreResult<u64> {
    Ok(usage_code_acceptances::Entity::find()
        .filter(usage_code_acceptances::Column::Version.eq(version))
        .count(conn)
        .await?)
}
