//! What the search index needs from the database: the change feed it follows
//! (`search_changes`) and the current state of each thing it indexes, loaded
//! in batches so a full rebuild reads the tables once.
//!
//! The feed is written in the same transaction as the change it describes,
//! like the `jobs` outbox; unlike jobs, no node claims a row: every node
//! reads the feed from its own position and keeps its own index.

use crate::accounts::User;
use crate::db::now;
use crate::discussions::{Post, Thread, split_list};
use crate::documents::Document;
use crate::entities::{document_versions, documents, posts, search_changes, threads, users};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, UserId};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

/// The kinds of things the index holds, as written in the change feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// A thread and, with it, every post in it (their community and title
    /// come from the thread).
    Thread,
    Post,
    Document,
    Person,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Thread => "thread",
            Entity::Post => "post",
            Entity::Document => "document",
            Entity::Person => "person",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "thread" => Entity::Thread,
            "post" => Entity::Post,
            "document" => Entity::Document,
            "person" => Entity::Person,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: Option<Entity>,
    pub entity_id: i64,
    pub created_at: DateTime<Utc>,
}

/// Records that `entity` changed; call it inside the transaction that
/// changes it.
pub async fn record_change(
    conn: &impl ConnectionTrait,
    entity: Entity,
    id: i64,
) -> StoreResult<()> {
    search_changes::ActiveModel {
        entity: Set(entity.as_str().to_owned()),
        entity_id: Set(id),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The changes after `seq`, oldest first.
pub async fn changes_after(
    conn: &impl ConnectionTrait,
    seq: i64,
    limit: u64,
) -> StoreResult<Vec<Change>> {
    let rows = crate::query::page(
        conn,
        search_changes::Entity::find()
            .filter(search_changes::Column::Seq.gt(seq))
            .order_by_asc(search_changes::Column::Seq),
        0,
        limit,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|m| Change {
            seq: m.seq,
            entity: Entity::parse(&m.entity),
            entity_id: m.entity_id,
            created_at: m.created_at,
        })
        .collect())
}

/// The changes at these positions, if they exist by now: positions the
/// follower skipped because their transaction had not committed yet.
pub async fn changes_at(conn: &impl ConnectionTrait, seqs: &[i64]) -> StoreResult<Vec<Change>> {
    if seqs.is_empty() {
        return Ok(Vec::new());
    }
    Ok(search_changes::Entity::find()
        .filter(search_changes::Column::Seq.is_in(seqs.iter().copied()))
        .order_by_asc(search_changes::Column::Seq)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| Change {
            seq: m.seq,
            entity: Entity::parse(&m.entity),
            entity_id: m.entity_id,
            created_at: m.created_at,
        })
        .collect())
}

async fn seq_bound(conn: &impl ConnectionTrait, highest: bool) -> StoreResult<Option<i64>> {
    let column = Expr::col(search_changes::Column::Seq);
    let bound = if highest {
        Func::max(column)
    } else {
        Func::min(column)
    };
    let value: Option<Option<i64>> = search_changes::Entity::find()
        .select_only()
        .column_as(Expr::expr(bound), "s")
        .into_tuple()
        .one(conn)
        .await?;
    Ok(value.flatten())
}

/// The newest change's position (0 when the feed is empty).
pub async fn last_seq(conn: &impl ConnectionTrait) -> StoreResult<i64> {
    Ok(seq_bound(conn, true).await?.unwrap_or(0))
}

/// The oldest change still kept, if any: a node whose position is before it
/// has missed changes and must rebuild.
pub async fn first_seq(conn: &impl ConnectionTrait) -> StoreResult<Option<i64>> {
    seq_bound(conn, false).await
}

/// Forgets changes older than `before`, keeping the newest so positions
/// stay comparable.
pub async fn prune_changes(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> StoreResult<u64> {
    let last = last_seq(conn).await?;
    Ok(search_changes::Entity::delete_many()
        .filter(search_changes::Column::CreatedAt.lt(before))
        .filter(search_changes::Column::Seq.lt(last))
        .exec(conn)
        .await?
        .rows_affected)
}

// ---------------------------------------------------------------------------
// Keyset walks for a full rebuild.

macro_rules! ids_after {
    ($name:ident, $entity:ident) => {
        /// Up to `limit` ids greater than `after`, in order.
        pub async fn $name(
            conn: &impl ConnectionTrait,
            after: i64,
            limit: u64,
        ) -> StoreResult<Vec<i64>> {
            Ok($entity::Entity::find()
                .select_only()
                .column($entity::Column::Id)
                .filter($entity::Column::Id.gt(after))
                .order_by_asc($entity::Column::Id)
                .limit(limit)
                .into_tuple()
                .all(conn)
                .await?)
        }
    };
}

ids_after!(thread_ids_after, threads);
ids_after!(post_ids_after, posts);
ids_after!(document_ids_after, documents);
ids_after!(person_ids_after, users);

/// Counts of each table, for a rebuild's progress bar.
pub async fn totals(conn: &impl ConnectionTrait) -> StoreResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(threads::Entity::find().count(conn).await?
        + posts::Entity::find().count(conn).await?
        + documents::Entity::find().count(conn).await?
        + users::Entity::find().count(conn).await?)
}

// ---------------------------------------------------------------------------
// Current state, in batches.

/// A thread as indexed: with its opening post, which is its body.
#[derive(Debug, Clone)]
pub struct ThreadSource {
    pub thread: Thread,
    pub language: String,
    pub opening_post: Option<Post>,
}

/// The first post of each thread.
async fn opening_post_ids(
    conn: &impl ConnectionTrait,
    threads: &[i64],
) -> StoreResult<HashMap<i64, i64>> {
    if threads.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, Option<i64>)> = posts::Entity::find()
        .select_only()
        .column(posts::Column::ThreadId)
        .column_as(Expr::expr(Func::min(Expr::col(posts::Column::Id))), "first")
        .filter(posts::Column::ThreadId.is_in(threads.iter().copied()))
        .group_by(posts::Column::ThreadId)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(thread, first)| first.map(|f| (thread, f)))
        .collect())
}

pub async fn threads_for_index(
    conn: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<Vec<ThreadSource>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let models = threads::Entity::find()
        .filter(threads::Column::Id.is_in(ids.iter().copied()))
        .all(conn)
        .await?;
    let firsts = opening_post_ids(conn, ids).await?;
    let mut opening: HashMap<i64, Post> = posts::Entity::find()
        .filter(posts::Column::Id.is_in(firsts.values().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.thread_id, Post::from(p)))
        .collect();
    Ok(models
        .into_iter()
        .map(|m| ThreadSource {
            language: m.language.clone(),
            opening_post: opening.remove(&m.id),
            thread: Thread::from(m),
        })
        .collect())
}

/// A reply as indexed, with what it takes from its thread.
#[derive(Debug, Clone)]
pub struct PostSource {
    pub post: Post,
    pub thread: Thread,
    pub language: String,
    /// The opening post is indexed as the thread's body, not on its own.
    pub is_opening: bool,
    /// Verified by an expert, and not suspended by a later edit.
    pub verified: bool,
}

pub async fn posts_for_index(
    conn: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<Vec<PostSource>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let posts: Vec<posts::Model> = posts::Entity::find()
        .filter(posts::Column::Id.is_in(ids.iter().copied()))
        .all(conn)
        .await?;
    let mut thread_ids: Vec<i64> = posts.iter().map(|p| p.thread_id).collect();
    thread_ids.sort_unstable();
    thread_ids.dedup();
    let threads: HashMap<i64, threads::Model> = threads::Entity::find()
        .filter(threads::Column::Id.is_in(thread_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let firsts = opening_post_ids(conn, &thread_ids).await?;
    let verified = crate::expertise::verified_among(conn, ids).await?;
    Ok(posts
        .into_iter()
        .filter_map(|p| {
            let thread = threads.get(&p.thread_id)?;
            Some(PostSource {
                is_opening: firsts.get(&p.thread_id) == Some(&p.id),
                verified: verified.contains(&p.id),
                language: thread.language.clone(),
                thread: Thread::from(thread.clone()),
                post: Post::from(p),
            })
        })
        .collect())
}

/// The ids of every post of a thread.
pub async fn post_ids_of_thread(conn: &impl ConnectionTrait, thread: i64) -> StoreResult<Vec<i64>> {
    Ok(posts::Entity::find()
        .select_only()
        .column(posts::Column::Id)
        .filter(posts::Column::ThreadId.eq(thread))
        .into_tuple()
        .all(conn)
        .await?)
}

/// A document as indexed: the text of its current version, when that
/// version was extracted and is clean.
#[derive(Debug, Clone)]
pub struct DocumentSource {
    pub document: Document,
    pub text: Option<String>,
}

pub async fn documents_for_index(
    conn: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<Vec<DocumentSource>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let docs: Vec<Document> = documents::Entity::find()
        .filter(documents::Column::Id.is_in(ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(Document::from)
        .collect();
    let mut out = Vec::with_capacity(docs.len());
    for document in docs {
        let text: Option<Option<String>> = document_versions::Entity::find()
            .select_only()
            .column(document_versions::Column::ExtractedText)
            .filter(document_versions::Column::DocumentId.eq(document.id.0))
            .filter(document_versions::Column::Version.eq(document.current_version))
            .filter(document_versions::Column::ScanStatus.eq("clean"))
            .into_tuple()
            .one(conn)
            .await?;
        out.push(DocumentSource {
            document,
            text: text.flatten(),
        });
    }
    Ok(out)
}

/// A member as indexed, with the evidence of what they know.
#[derive(Debug, Clone)]
pub struct PersonSource {
    pub user: User,
    pub accepted_answers: i64,
}

pub async fn people_for_index(
    conn: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<Vec<PersonSource>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let users = users::Entity::find()
        .filter(users::Column::Id.is_in(ids.iter().copied()))
        .all(conn)
        .await?;
    let accepted = accepted_answer_counts(conn, ids).await?;
    users
        .into_iter()
        .map(|m| {
            let user = User::try_from(m)?;
            Ok(PersonSource {
                accepted_answers: accepted.get(&user.id).copied().unwrap_or(0),
                user,
            })
        })
        .collect()
}

/// How many accepted answers each of these people wrote (visible ones).
async fn accepted_answer_counts(
    conn: &impl ConnectionTrait,
    people: &[i64],
) -> StoreResult<HashMap<UserId, i64>> {
    let select = Query::select()
        .expr_as(
            Expr::col((posts::Entity, posts::Column::AuthorId)),
            Alias::new("author"),
        )
        .expr_as(
            Expr::col((posts::Entity, posts::Column::Id)).count(),
            Alias::new("n"),
        )
        .from(threads::Entity)
        .inner_join(
            posts::Entity,
            Expr::col((posts::Entity, posts::Column::Id))
                .equals((threads::Entity, threads::Column::AcceptedPostId)),
        )
        .and_where(
            Expr::col((posts::Entity, posts::Column::AuthorId)).is_in(people.iter().copied()),
        )
        .and_where(Expr::col((posts::Entity, posts::Column::Hidden)).eq(false))
        .and_where(Expr::col((posts::Entity, posts::Column::DeletedAt)).is_null())
        .group_by_col((posts::Entity, posts::Column::AuthorId))
        .to_owned();
    let statement = conn.get_database_backend().build(&select);
    let mut out = HashMap::new();
    for row in conn.query_all_raw(statement).await? {
        let author: i64 = row.try_get("", "author")?;
        let n: i64 = row.try_get("", "n")?;
        out.insert(UserId(author), n);
    }
    Ok(out)
}

/// One answer a member gave to a question, for the evidence on their profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerEvidence {
    pub post_id: i64,
    pub thread_id: i64,
    pub community_id: CommunityId,
    pub thread_title: String,
    pub expertise: Vec<String>,
    pub tags: Vec<String>,
    pub accepted: bool,
    pub created_at: DateTime<Utc>,
}

/// The member's visible replies in question threads they did not open, in
/// the given communities, newest first (at most `limit`).
pub async fn answers_of(
    conn: &impl ConnectionTrait,
    person: UserId,
    communities: Option<&[CommunityId]>,
    limit: u64,
) -> StoreResult<Vec<AnswerEvidence>> {
    let mut select = Query::select();
    for (column, alias) in [
        (Expr::col((posts::Entity, posts::Column::Id)), "post_id"),
        (
            Expr::col((threads::Entity, threads::Column::Id)),
            "thread_id",
        ),
        (
            Expr::col((threads::Entity, threads::Column::CommunityId)),
            "community_id",
        ),
        (
            Expr::col((threads::Entity, threads::Column::Title)),
            "title",
        ),
        (
            Expr::col((threads::Entity, threads::Column::Expertise)),
            "expertise",
        ),
        (Expr::col((threads::Entity, threads::Column::Tags)), "tags"),
        (
            Expr::col((threads::Entity, threads::Column::AcceptedPostId)),
            "accepted_post_id",
        ),
        (
            Expr::col((posts::Entity, posts::Column::CreatedAt)),
            "created_at",
        ),
    ] {
        select.expr_as(column, Alias::new(alias));
    }
    select
        .from(posts::Entity)
        .inner_join(
            threads::Entity,
            Expr::col((threads::Entity, threads::Column::Id))
                .equals((posts::Entity, posts::Column::ThreadId)),
        )
        .and_where(Expr::col((posts::Entity, posts::Column::AuthorId)).eq(person.0))
        .and_where(Expr::col((posts::Entity, posts::Column::Hidden)).eq(false))
        .and_where(Expr::col((posts::Entity, posts::Column::DeletedAt)).is_null())
        .and_where(Expr::col((threads::Entity, threads::Column::Kind)).eq("question"))
        .and_where(Expr::col((threads::Entity, threads::Column::AuthorId)).ne(person.0))
        .order_by((posts::Entity, posts::Column::Id), sea_orm::Order::Desc)
        .limit(limit);
    if let Some(communities) = communities {
        select.and_where(
            Expr::col((threads::Entity, threads::Column::CommunityId))
                .is_in(communities.iter().map(|c| c.0)),
        );
    }
    let statement = conn.get_database_backend().build(&select);
    let mut out = Vec::new();
    for row in conn.query_all_raw(statement).await? {
        let post_id: i64 = row.try_get("", "post_id")?;
        let accepted: Option<i64> = row.try_get("", "accepted_post_id")?;
        out.push(AnswerEvidence {
            post_id,
            thread_id: row.try_get("", "thread_id")?,
            community_id: CommunityId(row.try_get("", "community_id")?),
            thread_title: row.try_get("", "title")?,
            expertise: split_list(&row.try_get::<String>("", "expertise")?),
            tags: split_list(&row.try_get::<String>("", "tags")?),
            accepted: accepted == Some(post_id),
            created_at: row.try_get("", "created_at")?,
        });
    }
    Ok(out)
}

/// Every community id, in order (for bulk loading).
pub async fn community_ids(conn: &impl ConnectionTrait) -> StoreResult<Vec<i64>> {
    use crate::entities::communities;
    Ok(communities::Entity::find()
        .select_only()
        .column(communities::Column::Id)
        .order_by_asc(communities::Column::Id)
        .into_tuple()
        .all(conn)
        .await?)
}
