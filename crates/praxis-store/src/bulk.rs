//! Bulk loading for the benchmark data set (`praxis demo --scale large`):
//! multi-row inserts with ids chosen by the caller, counters computed by the
//! caller. Not for application use: it bypasses every rule.

use crate::db::Backend;
use crate::entities::{
    communities, community_members, document_versions, documents, posts, thread_tags, threads,
    users,
};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Set};

/// The next free id of each table, so the caller can wire rows together.
#[derive(Debug, Clone, Copy)]
pub struct NextIds {
    pub user: i64,
    pub community: i64,
    pub thread: i64,
    pub post: i64,
}

async fn max_id<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    column: E::Column,
) -> StoreResult<i64> {
    let max: Option<Option<i64>> = E::find()
        .select_only()
        .column_as(
            sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::max(
                sea_orm::sea_query::Expr::col(column),
            )),
            "m",
        )
        .into_tuple()
        .one(conn)
        .await?;
    Ok(max.flatten().unwrap_or(0))
}

pub async fn next_ids(conn: &impl ConnectionTrait) -> StoreResult<NextIds> {
    Ok(NextIds {
        user: max_id::<users::Entity>(conn, users::Column::Id).await? + 1,
        community: max_id::<communities::Entity>(conn, communities::Column::Id).await? + 1,
        thread: max_id::<threads::Entity>(conn, threads::Column::Id).await? + 1,
        post: max_id::<posts::Entity>(conn, posts::Column::Id).await? + 1,
    })
}

pub struct BulkUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub handle: String,
    pub organisation: String,
    pub password_hash: String,
    pub accepted_usage_code_version: i32,
    pub created_at: DateTime<Utc>,
    pub expertise: Vec<String>,
}

pub async fn insert_users(conn: &impl ConnectionTrait, rows: &[BulkUser]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.iter().map(|u| users::ActiveModel {
        id: Set(u.id),
        email: Set(u.email.clone()),
        display_name: Set(u.display_name.clone()),
        organisation: Set(u.organisation.clone()),
        password_hash: Set(u.password_hash.clone()),
        role: Set("member".into()),
        status: Set("active".into()),
        email_verified_at: Set(Some(u.created_at)),
        bio: Set(String::new()),
        region: Set(String::new()),
        languages: Set(String::new()),
        locale: Set("en".into()),
        time_zone: Set(String::new()),
        accepted_usage_code_version: Set(Some(u.accepted_usage_code_version)),
        suspended_until: Set(None),
        suspension_reason: Set(None),
        created_at: Set(u.created_at),
        updated_at: Set(u.created_at),
        handle: Set(u.handle.clone()),
        email_frequency: Set("off".into()),
        expertise: Set(u.expertise.join(",")),
        last_digest_at: Set(None),
        alert_mail: Set(false),
    });
    users::Entity::insert_many(models)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub struct BulkCommunity {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: &'static str,
    pub description: String,
    pub description_html: String,
    pub membership: &'static str,
    pub member_count: i64,
    pub thread_count: i64,
    pub post_count: i64,
    pub last_activity_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_communities(
    conn: &impl ConnectionTrait,
    rows: &[BulkCommunity],
) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.iter().map(|c| communities::ActiveModel {
        id: Set(c.id),
        slug: Set(c.slug.clone()),
        name: Set(c.name.clone()),
        kind: Set(c.kind.into()),
        description: Set(c.description.clone()),
        description_html: Set(c.description_html.clone()),
        rules: Set(String::new()),
        rules_html: Set(String::new()),
        membership: Set(c.membership.into()),
        member_count: Set(c.member_count),
        thread_count: Set(c.thread_count),
        post_count: Set(c.post_count),
        last_activity_at: Set(c.last_activity_at),
        created_by: Set(None),
        created_at: Set(c.created_at),
        updated_at: Set(c.created_at),
    });
    communities::Entity::insert_many(models)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub struct BulkMember {
    pub community_id: i64,
    pub user_id: i64,
    pub manager: bool,
    pub joined_at: DateTime<Utc>,
}

pub async fn insert_members(conn: &impl ConnectionTrait, rows: &[BulkMember]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.iter().map(|m| community_members::ActiveModel {
        community_id: Set(m.community_id),
        user_id: Set(m.user_id),
        role: Set(if m.manager { "manager" } else { "member" }.into()),
        joined_at: Set(m.joined_at),
    });
    community_members::Entity::insert_many(models)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub struct BulkThread {
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    pub kind: &'static str,
    pub title: String,
    pub tags: Vec<String>,
    pub accepted_post_id: Option<i64>,
    pub reply_count: i64,
    pub last_post_at: DateTime<Utc>,
    pub last_poster_id: i64,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_threads(conn: &impl ConnectionTrait, rows: &[BulkThread]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.iter().map(|t| threads::ActiveModel {
        id: Set(t.id),
        community_id: Set(t.community_id),
        author_id: Set(t.author_id),
        kind: Set(t.kind.into()),
        title: Set(t.title.clone()),
        tags: Set(t.tags.join(",")),
        expertise: Set(String::new()),
        pinned: Set(false),
        locked: Set(false),
        accepted_post_id: Set(t.accepted_post_id),
        reply_count: Set(t.reply_count),
        last_post_at: Set(t.last_post_at),
        last_poster_id: Set(Some(t.last_poster_id)),
        created_at: Set(t.created_at),
        updated_at: Set(t.last_post_at),
        language: Set(String::new()),
        // Generated threads say nothing; their titles tell.
        content_language: Set(
            praxis_domain::locale::detect(&t.title).map(|l| l.as_str().to_owned())
        ),
        // Set for all threads at once by `finish`.
        first_reply_at: Set(None),
    });
    threads::Entity::insert_many(models)
        .exec_without_returning(conn)
        .await?;
    let tags: Vec<thread_tags::ActiveModel> = rows
        .iter()
        .flat_map(|t| {
            t.tags.iter().map(move |tag| thread_tags::ActiveModel {
                community_id: Set(t.community_id),
                tag: Set(tag.clone()),
                thread_id: Set(t.id),
            })
        })
        .collect();
    if !tags.is_empty() {
        thread_tags::Entity::insert_many(tags)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

pub struct BulkPost {
    pub id: i64,
    pub thread_id: i64,
    pub community_id: i64,
    pub author_id: i64,
    pub body: &'static str,
    pub body_html: &'static str,
    pub helpful_count: i64,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_posts(conn: &impl ConnectionTrait, rows: &[BulkPost]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.iter().map(|p| posts::ActiveModel {
        id: Set(p.id),
        thread_id: Set(p.thread_id),
        community_id: Set(p.community_id),
        author_id: Set(p.author_id),
        reply_to: Set(None),
        body: Set(p.body.into()),
        body_html: Set(p.body_html.into()),
        helpful_count: Set(p.helpful_count),
        hidden: Set(false),
        created_at: Set(p.created_at),
        edited_at: Set(None),
        deleted_at: Set(None),
    });
    posts::Entity::insert_many(models)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// A library document with one version whose text is already extracted.
/// The bytes are not stored: the benchmark searches text, it does not
/// download.
pub struct BulkDocument {
    pub id: i64,
    pub community_id: i64,
    pub uploader_id: i64,
    pub title: String,
    pub tags: Vec<String>,
    pub file_name: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_documents(
    conn: &impl ConnectionTrait,
    rows: &[BulkDocument],
) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    documents::Entity::insert_many(rows.iter().map(|d| documents::ActiveModel {
        id: Set(d.id),
        community_id: Set(d.community_id),
        title: Set(d.title.clone()),
        description: Set(String::new()),
        description_html: Set(String::new()),
        tags: Set(d.tags.join(",")),
        doc_type: Set("report".into()),
        folder: Set(String::new()),
        uploader_id: Set(d.uploader_id),
        current_version: Set(1),
        created_at: Set(d.created_at),
        updated_at: Set(d.created_at),
    }))
    .exec_without_returning(conn)
    .await?;
    document_versions::Entity::insert_many(rows.iter().map(|d| {
        document_versions::ActiveModel {
            document_id: Set(d.id),
            version: Set(1),
            // Not the hash of any stored file: these versions have no bytes.
            sha256: Set(format!("{:064x}", d.id)),
            size: Set(d.text.len() as i64),
            content_type: Set("text/plain".into()),
            file_name: Set(d.file_name.clone()),
            note: Set(String::new()),
            uploader_id: Set(d.uploader_id),
            text_status: Set("done".into()),
            extracted_text: Set(Some(d.text.clone())),
            created_at: Set(d.created_at),
            scan_status: Set("clean".into()),
            ..Default::default()
        }
    }))
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// How many library documents there are.
pub async fn count_documents(conn: &impl ConnectionTrait) -> StoreResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(documents::Entity::find().count(conn).await?)
}

/// The next free document id.
pub async fn next_document_id(conn: &impl ConnectionTrait) -> StoreResult<i64> {
    Ok(max_id::<documents::Entity>(conn, documents::Column::Id).await? + 1)
}

/// After explicit ids, PostgreSQL's id sequences must move past them
/// (per-backend SQL, marked as such).
pub async fn finish(conn: &impl ConnectionTrait) -> StoreResult<()> {
    crate::discussions::refresh_first_replies(conn, "first_reply_at IS NULL").await?;
    conn.execute_unprepared(
        "UPDATE communities SET last_activity_at = \
         (SELECT MAX(t.last_post_at) FROM threads t WHERE t.community_id = communities.id) \
         WHERE last_activity_at IS NULL",
    )
    .await?;
    if backend_of(conn) == Backend::Postgres {
        for table in ["users", "communities", "threads", "posts", "documents"] {
            conn.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 1))"
            ))
            .await?;
        }
        conn.execute_unprepared("ANALYZE").await?;
    } else {
        // Table statistics help the planner; STAT4 samples (compiled into the
        // bundled SQLite) would make it re-prepare every statement whose
        // bound values change, which costs more than it saves here.
        conn.execute_unprepared("ANALYZE").await?;
        conn.execute_unprepared("DELETE FROM sqlite_stat4").await?;
        conn.execute_unprepared("ANALYZE sqlite_schema").await?;
    }
    Ok(())
}

fn backend_of(conn: &impl ConnectionTrait) -> Backend {
    match conn.get_database_backend() {
        sea_orm::DbBackend::Postgres => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

/// What `praxis bench` measures: a long thread (at least 20 posts) in a
/// busy community, another thread to reply to, and a member of that community.
pub struct BenchTargets {
    pub thread_id: i64,
    pub thread_posts: i64,
    pub reply_thread_id: i64,
    pub community_slug: String,
    pub member_email: String,
}

pub async fn bench_targets(conn: &impl ConnectionTrait) -> StoreResult<Option<BenchTargets>> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let Some(community) = communities::Entity::find()
        .filter(communities::Column::Slug.like("bench-%"))
        .order_by_desc(communities::Column::ThreadCount)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let long: Vec<threads::Model> = threads::Entity::find()
        .filter(threads::Column::CommunityId.eq(community.id))
        .filter(threads::Column::ReplyCount.gte(19))
        .order_by_asc(threads::Column::Id)
        .limit(2)
        .all(conn)
        .await?;
    let (Some(thread), Some(other)) = (long.first(), long.get(1).or(long.first())) else {
        return Ok(None);
    };
    let Some(member) = community_members::Entity::find()
        .filter(community_members::Column::CommunityId.eq(community.id))
        .filter(community_members::Column::Role.eq("member"))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let Some(user) = users::Entity::find_by_id(member.user_id).one(conn).await? else {
        return Ok(None);
    };
    Ok(Some(BenchTargets {
        thread_id: thread.id,
        thread_posts: thread.reply_count + 1,
        reply_thread_id: other.id,
        community_slug: community.slug,
        member_email: user.email,
    }))
}

/// Spreads a seeded thread over time: the opening post at `start`, each
/// reply `step` later, the thread's activity following (demo data, which
/// would otherwise all carry the moment of seeding).
pub async fn backdate_thread(
    conn: &impl ConnectionTrait,
    thread: i64,
    start: DateTime<Utc>,
    step: chrono::Duration,
) -> StoreResult<()> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let ids: Vec<i64> = posts::Entity::find()
        .select_only()
        .column(posts::Column::Id)
        .filter(posts::Column::ThreadId.eq(thread))
        .order_by_asc(posts::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let mut at = start;
    for id in &ids {
        posts::Entity::update_many()
            .col_expr(posts::Column::CreatedAt, Expr::value(at))
            .filter(posts::Column::Id.eq(*id))
            .exec(conn)
            .await?;
        at += step;
    }
    let last = at - step;
    threads::Entity::update_many()
        .col_expr(threads::Column::CreatedAt, Expr::value(start))
        .col_expr(threads::Column::LastPostAt, Expr::value(last))
        .col_expr(threads::Column::UpdatedAt, Expr::value(last))
        .filter(threads::Column::Id.eq(thread))
        .exec(conn)
        .await?;
    crate::discussions::refresh_first_replies(conn, &format!("id = {thread}")).await?;
    Ok(())
}

/// Recomputes every community's last activity from its threads.
pub async fn refresh_community_activity(conn: &impl ConnectionTrait) -> StoreResult<()> {
    conn.execute_unprepared(
        "UPDATE communities SET last_activity_at = \
         (SELECT MAX(t.last_post_at) FROM threads t WHERE t.community_id = communities.id)",
    )
    .await?;
    Ok(())
}
