//! Threads, posts and their revisions, reactions and thread follows.

use crate::communities::bump_counters;
use crate::db::now;
use crate::entities::{
    post_revisions, posts, reactions, thread_subscriptions, thread_tags, threads,
};
use crate::error::StoreResult;
use crate::query::{by_key, insert_once, page};
use chrono::{DateTime, Utc};
use praxis_domain::{
    CommunityId, Locale, PageOf, Paging, PostId, ReactionKind, ThreadId, ThreadKind, UserId,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashSet;

/// A comma-separated column (tags, expertise codes) as a list.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    pub id: ThreadId,
    pub community_id: CommunityId,
    pub author_id: UserId,
    pub kind: ThreadKind,
    pub title: String,
    pub tags: Vec<String>,
    pub expertise: Vec<String>,
    pub pinned: bool,
    pub locked: bool,
    pub accepted_post_id: Option<PostId>,
    pub reply_count: i64,
    pub last_post_at: DateTime<Utc>,
    pub last_poster_id: Option<UserId>,
    pub created_at: DateTime<Utc>,
    /// `en`, `nl`, `fr` as the author declared it, or empty.
    pub language: String,
    /// What the thread is written in: the declared language, else the one
    /// detected from the title and opening post, else `None`.
    pub content_language: Option<Locale>,
}

impl From<threads::Model> for Thread {
    fn from(m: threads::Model) -> Self {
        Thread {
            id: ThreadId(m.id),
            community_id: CommunityId(m.community_id),
            author_id: UserId(m.author_id),
            kind: ThreadKind::parse(&m.kind).unwrap_or(ThreadKind::Discussion),
            title: m.title,
            tags: split_list(&m.tags),
            expertise: split_list(&m.expertise),
            pinned: m.pinned,
            locked: m.locked,
            accepted_post_id: m.accepted_post_id.map(PostId),
            reply_count: m.reply_count,
            last_post_at: m.last_post_at,
            last_poster_id: m.last_poster_id.map(UserId),
            created_at: m.created_at,
            language: m.language,
            content_language: m.content_language.as_deref().and_then(Locale::parse),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: PostId,
    pub thread_id: ThreadId,
    pub community_id: CommunityId,
    pub author_id: UserId,
    pub reply_to: Option<PostId>,
    pub body: String,
    pub body_html: String,
    pub helpful_count: i64,
    pub hidden: bool,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    /// The author deleted it: the text is gone, the place stays.
    pub deleted: bool,
}

impl From<posts::Model> for Post {
    fn from(m: posts::Model) -> Self {
        Post {
            id: PostId(m.id),
            thread_id: ThreadId(m.thread_id),
            community_id: CommunityId(m.community_id),
            author_id: UserId(m.author_id),
            reply_to: m.reply_to.map(PostId),
            body: m.body,
            body_html: m.body_html,
            helpful_count: m.helpful_count,
            hidden: m.hidden,
            created_at: m.created_at,
            edited_at: m.edited_at,
            deleted: m.deleted_at.is_some(),
        }
    }
}

pub struct NewThread<'a> {
    pub community_id: CommunityId,
    pub author_id: UserId,
    pub kind: ThreadKind,
    pub title: &'a str,
    pub tags: &'a [String],
    pub expertise: &'a [String],
    pub body: &'a str,
    pub body_html: &'a str,
    /// `en`, `nl`, `fr`, or empty when the author did not say.
    pub language: &'a str,
    /// `praxis_domain::locale::content_language` of the above.
    pub content_language: Option<Locale>,
}

/// Creates a thread with its opening post, its tags and the community's
/// counters, in the caller's transaction.
pub async fn insert_thread(
    conn: &impl ConnectionTrait,
    new: NewThread<'_>,
) -> StoreResult<(Thread, Post)> {
    let at = now();
    let thread = threads::ActiveModel {
        community_id: Set(new.community_id.0),
        author_id: Set(new.author_id.0),
        kind: Set(new.kind.as_str().to_owned()),
        title: Set(new.title.to_owned()),
        tags: Set(new.tags.join(",")),
        expertise: Set(new.expertise.join(",")),
        pinned: Set(false),
        locked: Set(false),
        accepted_post_id: Set(None),
        reply_count: Set(0),
        last_post_at: Set(at),
        last_poster_id: Set(Some(new.author_id.0)),
        created_at: Set(at),
        updated_at: Set(at),
        language: Set(new.language.to_owned()),
        content_language: Set(new.content_language.map(|l| l.as_str().to_owned())),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for tag in new.tags {
        thread_tags::ActiveModel {
            community_id: Set(new.community_id.0),
            tag: Set(tag.clone()),
            thread_id: Set(thread.id),
        }
        .insert(conn)
        .await?;
    }
    let post = posts::ActiveModel {
        thread_id: Set(thread.id),
        community_id: Set(new.community_id.0),
        author_id: Set(new.author_id.0),
        reply_to: Set(None),
        body: Set(new.body.to_owned()),
        body_html: Set(new.body_html.to_owned()),
        helpful_count: Set(0),
        hidden: Set(false),
        created_at: Set(at),
        edited_at: Set(None),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    bump_counters(conn, new.community_id, 1, 1, Some(at)).await?;
    Ok((thread.into(), post.into()))
}

/// Adds a reply and moves the thread and community counters, with
/// increments computed by the database so concurrent replies never lose one.
pub async fn insert_reply(
    conn: &impl ConnectionTrait,
    thread: &Thread,
    author: UserId,
    reply_to: Option<PostId>,
    body: &str,
    body_html: &str,
) -> StoreResult<Post> {
    let at = now();
    let post = posts::ActiveModel {
        thread_id: Set(thread.id.0),
        community_id: Set(thread.community_id.0),
        author_id: Set(author.0),
        reply_to: Set(reply_to.map(|p| p.0)),
        body: Set(body.to_owned()),
        body_html: Set(body_html.to_owned()),
        helpful_count: Set(0),
        hidden: Set(false),
        created_at: Set(at),
        edited_at: Set(None),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let mut update = threads::Entity::update_many()
        .col_expr(
            threads::Column::ReplyCount,
            Expr::col(threads::Column::ReplyCount).add(1),
        )
        .col_expr(threads::Column::LastPostAt, Expr::value(at))
        .col_expr(threads::Column::LastPosterId, Expr::value(author.0))
        .col_expr(threads::Column::UpdatedAt, Expr::value(at));
    if author != thread.author_id {
        // The newest post: it is the first reply only if there was none.
        update = update.col_expr(
            threads::Column::FirstReplyAt,
            Func::coalesce([Expr::col(threads::Column::FirstReplyAt), Expr::value(at)]).into(),
        );
    }
    update
        .filter(threads::Column::Id.eq(thread.id.0))
        .exec(conn)
        .await?;
    bump_counters(conn, thread.community_id, 0, 1, Some(at)).await?;
    Ok(post.into())
}

pub async fn find_thread(conn: &impl ConnectionTrait, id: ThreadId) -> StoreResult<Option<Thread>> {
    Ok(by_key(conn, threads::Entity::find_by_id(id.0))
        .await?
        .map(Thread::from))
}

pub async fn find_post(conn: &impl ConnectionTrait, id: PostId) -> StoreResult<Option<Post>> {
    Ok(by_key(conn, posts::Entity::find_by_id(id.0))
        .await?
        .map(Post::from))
}

/// A page of a thread's posts in order (the opening post first).
pub async fn posts_of_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    paging: Paging,
) -> StoreResult<Vec<Post>> {
    let select = posts::Entity::find()
        .filter(posts::Column::ThreadId.eq(thread.0))
        .order_by_asc(posts::Column::Id);
    Ok(page(conn, select, paging.offset(), paging.limit())
        .await?
        .into_iter()
        .map(Post::from)
        .collect())
}

/// The opening post of a thread.
pub async fn opening_post(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
) -> StoreResult<Option<Post>> {
    Ok(posts::Entity::find()
        .filter(posts::Column::ThreadId.eq(thread.0))
        .order_by_asc(posts::Column::Id)
        .one(conn)
        .await?
        .map(Post::from))
}

/// Replaces a post's text, keeping the earlier text as a revision.
pub async fn edit_post(
    conn: &impl ConnectionTrait,
    post: &Post,
    editor: UserId,
    body: &str,
    body_html: &str,
) -> StoreResult<()> {
    let at = now();
    post_revisions::ActiveModel {
        post_id: Set(post.id.0),
        body: Set(post.body.clone()),
        body_html: Set(post.body_html.clone()),
        edited_by: Set(editor.0),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    posts::Entity::update_many()
        .col_expr(posts::Column::Body, Expr::value(body.to_owned()))
        .col_expr(posts::Column::BodyHtml, Expr::value(body_html.to_owned()))
        .col_expr(posts::Column::EditedAt, Expr::value(at))
        .filter(posts::Column::Id.eq(post.id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a thread's content language anew (after its opening post or
/// declared language changed).
pub async fn set_content_language(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    language: Option<Locale>,
) -> StoreResult<()> {
    threads::Entity::update_many()
        .col_expr(
            threads::Column::ContentLanguage,
            Expr::value(language.map(|l| l.as_str().to_owned())),
        )
        .filter(threads::Column::Id.eq(thread.0))
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub body: String,
    pub body_html: String,
    pub edited_by: UserId,
    /// When this text was replaced.
    pub replaced_at: DateTime<Utc>,
}

/// Earlier versions of a post, oldest first.
pub async fn revisions(conn: &impl ConnectionTrait, post: PostId) -> StoreResult<Vec<Revision>> {
    Ok(post_revisions::Entity::find()
        .filter(post_revisions::Column::PostId.eq(post.0))
        .order_by_asc(post_revisions::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| Revision {
            body: m.body,
            body_html: m.body_html,
            edited_by: UserId(m.edited_by),
            replaced_at: m.created_at,
        })
        .collect())
}

pub async fn set_accepted(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    post: Option<PostId>,
) -> StoreResult<()> {
    threads::Entity::update_many()
        .col_expr(
            threads::Column::AcceptedPostId,
            Expr::value(post.map(|p| p.0)),
        )
        .col_expr(threads::Column::UpdatedAt, Expr::value(now()))
        .filter(threads::Column::Id.eq(thread.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Sets the pinned and locked flags (moderation).
pub async fn set_flags(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    pinned: Option<bool>,
    locked: Option<bool>,
) -> StoreResult<()> {
    let mut update = threads::Entity::update_many();
    if let Some(pinned) = pinned {
        update = update.col_expr(threads::Column::Pinned, Expr::value(pinned));
    }
    if let Some(locked) = locked {
        update = update.col_expr(threads::Column::Locked, Expr::value(locked));
    }
    update
        .col_expr(threads::Column::UpdatedAt, Expr::value(now()))
        .filter(threads::Column::Id.eq(thread.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// The author's delete: the text and its earlier versions go, the post
/// stays in place. Returns whether it was not deleted yet.
pub async fn delete_post(conn: &impl ConnectionTrait, post: PostId) -> StoreResult<bool> {
    let deleted = posts::Entity::update_many()
        .col_expr(posts::Column::DeletedAt, Expr::value(now()))
        .col_expr(posts::Column::Body, Expr::value(""))
        .col_expr(posts::Column::BodyHtml, Expr::value(""))
        .filter(posts::Column::Id.eq(post.0))
        .filter(posts::Column::DeletedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected
        == 1;
    if deleted {
        post_revisions::Entity::delete_many()
            .filter(post_revisions::Column::PostId.eq(post.0))
            .exec(conn)
            .await?;
    }
    Ok(deleted)
}

/// Hides a post from members (or shows it again). Returns whether it changed.
pub async fn set_post_hidden(
    conn: &impl ConnectionTrait,
    post: PostId,
    hidden: bool,
) -> StoreResult<bool> {
    let changed = posts::Entity::update_many()
        .col_expr(posts::Column::Hidden, Expr::value(hidden))
        .filter(posts::Column::Id.eq(post.0))
        .filter(posts::Column::Hidden.eq(!hidden))
        .exec(conn)
        .await?
        .rows_affected
        == 1;
    if changed {
        // A hidden reply no longer answers; one shown again may be the first.
        let thread = format!("id = (SELECT thread_id FROM posts WHERE id = {})", post.0);
        refresh_first_replies(conn, &thread).await?;
    }
    Ok(changed)
}

/// Recomputes `threads.first_reply_at` (the first visible reply by someone
/// other than the author) of the threads that meet `which`, a condition on
/// `threads` written by Praxis itself (ids are integers), never user input.
pub(crate) async fn refresh_first_replies(
    conn: &impl ConnectionTrait,
    which: &str,
) -> StoreResult<()> {
    conn.execute_unprepared(&format!(
        "UPDATE threads SET first_reply_at = \
         (SELECT MIN(p.created_at) FROM posts p \
          WHERE p.thread_id = threads.id AND p.author_id <> threads.author_id \
          AND NOT p.hidden) \
         WHERE {which}"
    ))
    .await?;
    Ok(())
}

/// Moves a thread, its posts and its tags to another community, and the
/// counters with them.
pub async fn move_thread(
    conn: &impl ConnectionTrait,
    thread: &Thread,
    to: CommunityId,
) -> StoreResult<()> {
    let at = now();
    threads::Entity::update_many()
        .col_expr(threads::Column::CommunityId, Expr::value(to.0))
        .col_expr(threads::Column::UpdatedAt, Expr::value(at))
        .filter(threads::Column::Id.eq(thread.id.0))
        .exec(conn)
        .await?;
    let moved_posts = posts::Entity::update_many()
        .col_expr(posts::Column::CommunityId, Expr::value(to.0))
        .filter(posts::Column::ThreadId.eq(thread.id.0))
        .exec(conn)
        .await?
        .rows_affected as i64;
    thread_tags::Entity::update_many()
        .col_expr(thread_tags::Column::CommunityId, Expr::value(to.0))
        .filter(thread_tags::Column::ThreadId.eq(thread.id.0))
        .exec(conn)
        .await?;
    bump_counters(conn, thread.community_id, -1, -moved_posts, None).await?;
    bump_counters(conn, to, 1, moved_posts, Some(thread.last_post_at)).await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Lists.

#[derive(Debug, Default, Clone)]
pub struct ThreadFilter {
    pub kind: Option<ThreadKind>,
    /// Questions nobody has replied to yet.
    pub unanswered: bool,
    pub tag: Option<String>,
    /// Threads whose content language this is.
    pub language: Option<Locale>,
}

impl ThreadFilter {
    /// Whether the filter lets every thread through (the total is then the
    /// community's counter).
    fn is_empty(&self) -> bool {
        self.kind.is_none() && !self.unanswered && self.tag.is_none() && self.language.is_none()
    }
}

/// A community's threads: pinned first, then newest activity. With no
/// filter the caller passes the community's thread counter as `known_total`
/// and no rows are counted.
pub async fn list_threads(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    filter: &ThreadFilter,
    paging: Paging,
    known_total: Option<u64>,
) -> StoreResult<PageOf<Thread>> {
    let mut query = threads::Entity::find().filter(threads::Column::CommunityId.eq(community.0));
    query = apply_filter(query, filter);
    if let Some(tag) = &filter.tag {
        let ids: Vec<i64> = thread_tags::Entity::find()
            .select_only()
            .column(thread_tags::Column::ThreadId)
            .filter(thread_tags::Column::CommunityId.eq(community.0))
            .filter(thread_tags::Column::Tag.eq(tag.as_str()))
            .into_tuple()
            .all(conn)
            .await?;
        query = query.filter(threads::Column::Id.is_in(ids));
    }
    let total = match known_total.filter(|_| filter.is_empty()) {
        Some(total) => total,
        None => query.clone().count(conn).await?,
    };
    let select = query
        .order_by_desc(threads::Column::Pinned)
        .order_by_desc(threads::Column::LastPostAt)
        .order_by_desc(threads::Column::Id);
    let items = page(conn, select, paging.offset(), paging.limit())
        .await?
        .into_iter()
        .map(Thread::from)
        .collect();
    Ok(PageOf {
        items,
        page: paging.clamped().page,
        per_page: paging.limit(),
        total,
    })
}

fn apply_filter(
    mut query: sea_orm::Select<threads::Entity>,
    filter: &ThreadFilter,
) -> sea_orm::Select<threads::Entity> {
    if filter.unanswered {
        query = query
            .filter(threads::Column::Kind.eq(ThreadKind::Question.as_str()))
            .filter(threads::Column::ReplyCount.eq(0));
    } else if let Some(kind) = filter.kind {
        query = query.filter(threads::Column::Kind.eq(kind.as_str()));
    }
    if let Some(language) = filter.language {
        query = query.filter(threads::Column::ContentLanguage.eq(language.as_str()));
    }
    query
}

/// Above this many communities the feed asks in one query instead of one
/// per community.
const FEED_MERGE_LIMIT: usize = 40;

/// Latest activity across several communities (the home feed), newest
/// first. Each community's newest threads come from its own index range and
/// are merged, so the cost follows the page asked for, not the size of the
/// communities. `communities` carries each community's thread counter, the
/// total when no filter applies.
pub async fn feed(
    conn: &impl ConnectionTrait,
    communities: &[(CommunityId, i64)],
    filter: &ThreadFilter,
    paging: Paging,
) -> StoreResult<PageOf<Thread>> {
    let page_number = paging.clamped().page;
    let per_page = paging.limit();
    if communities.is_empty() {
        return Ok(PageOf {
            items: Vec::new(),
            page: page_number,
            per_page,
            total: 0,
        });
    }
    // The feed has no tag filter.
    let unfiltered = filter.kind.is_none() && !filter.unanswered && filter.language.is_none();
    let ids: Vec<i64> = communities.iter().map(|(c, _)| c.0).collect();
    let total = if unfiltered {
        communities
            .iter()
            .map(|(_, n)| Ord::max(*n, 0) as u64)
            .sum()
    } else {
        apply_filter(
            threads::Entity::find().filter(threads::Column::CommunityId.is_in(ids.clone())),
            filter,
        )
        .count(conn)
        .await?
    };
    let wanted = paging.offset() + per_page;
    let mut merged: Vec<threads::Model> = Vec::new();
    if communities.len() <= FEED_MERGE_LIMIT {
        for id in &ids {
            let select = apply_filter(
                threads::Entity::find().filter(threads::Column::CommunityId.eq(*id)),
                filter,
            )
            .order_by_desc(threads::Column::LastPostAt)
            .order_by_desc(threads::Column::Id);
            merged.extend(page(conn, select, 0, wanted).await?);
        }
    } else {
        let select = apply_filter(
            threads::Entity::find().filter(threads::Column::CommunityId.is_in(ids)),
            filter,
        )
        .order_by_desc(threads::Column::LastPostAt)
        .order_by_desc(threads::Column::Id);
        merged = page(conn, select, 0, wanted).await?;
    }
    merged.sort_by_key(|t| std::cmp::Reverse((t.last_post_at, t.id)));
    let items = merged
        .into_iter()
        .skip(paging.offset() as usize)
        .take(per_page as usize)
        .map(Thread::from)
        .collect();
    Ok(PageOf {
        items,
        page: page_number,
        per_page,
        total,
    })
}

/// Tags used in a community, most used first.
pub async fn community_tags(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    limit: u64,
) -> StoreResult<Vec<(String, i64)>> {
    let rows: Vec<(String, i64)> = thread_tags::Entity::find()
        .select_only()
        .column(thread_tags::Column::Tag)
        .column_as(thread_tags::Column::ThreadId.count(), "n")
        .filter(thread_tags::Column::CommunityId.eq(community.0))
        .group_by(thread_tags::Column::Tag)
        .order_by_desc(Expr::col(sea_orm::sea_query::Alias::new("n")))
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows)
}

// ---------------------------------------------------------------------------
// Reactions.

/// Adds a reaction; false when the member had already reacted this way.
pub async fn add_reaction(
    conn: &impl ConnectionTrait,
    post: PostId,
    user: UserId,
    kind: ReactionKind,
) -> StoreResult<bool> {
    let exists = by_key(
        conn,
        reactions::Entity::find_by_id((post.0, user.0, kind.as_str().to_owned())),
    )
    .await?
    .is_some();
    let row = reactions::ActiveModel {
        post_id: Set(post.0),
        user_id: Set(user.0),
        kind: Set(kind.as_str().to_owned()),
        created_at: Set(now()),
    };
    if !insert_once(conn, exists, row).await? {
        return Ok(false);
    }
    posts::Entity::update_many()
        .col_expr(
            posts::Column::HelpfulCount,
            Expr::col(posts::Column::HelpfulCount).add(1),
        )
        .filter(posts::Column::Id.eq(post.0))
        .exec(conn)
        .await?;
    Ok(true)
}

/// Removes a reaction; false when there was none.
pub async fn remove_reaction(
    conn: &impl ConnectionTrait,
    post: PostId,
    user: UserId,
    kind: ReactionKind,
) -> StoreResult<bool> {
    let removed = reactions::Entity::delete_many()
        .filter(reactions::Column::PostId.eq(post.0))
        .filter(reactions::Column::UserId.eq(user.0))
        .filter(reactions::Column::Kind.eq(kind.as_str()))
        .exec(conn)
        .await?
        .rows_affected
        > 0;
    if removed {
        posts::Entity::update_many()
            .col_expr(
                posts::Column::HelpfulCount,
                Expr::col(posts::Column::HelpfulCount).sub(1),
            )
            .filter(posts::Column::Id.eq(post.0))
            .exec(conn)
            .await?;
    }
    Ok(removed)
}

/// Which of these posts the member found helpful.
pub async fn reacted_posts(
    conn: &impl ConnectionTrait,
    user: UserId,
    posts: &[PostId],
) -> StoreResult<HashSet<PostId>> {
    if posts.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(reactions::Entity::find()
        .filter(reactions::Column::UserId.eq(user.0))
        .filter(reactions::Column::PostId.is_in(posts.iter().map(|p| p.0)))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| PostId(m.post_id))
        .collect())
}

/// What is personal to a reader of a thread page, in one statement: which
/// of these posts they found helpful, and whether they follow the thread.
pub async fn reader_state(
    conn: &impl ConnectionTrait,
    user: UserId,
    thread: ThreadId,
    posts: &[PostId],
) -> StoreResult<(HashSet<PostId>, bool)> {
    use sea_orm::sea_query::{Alias, Query, UnionType};
    let mut following = Query::select()
        .expr_as(
            Expr::col(thread_subscriptions::Column::ThreadId),
            Alias::new("id"),
        )
        .expr_as(Expr::val(1), Alias::new("what"))
        .from(thread_subscriptions::Entity)
        .and_where(Expr::col(thread_subscriptions::Column::ThreadId).eq(thread.0))
        .and_where(Expr::col(thread_subscriptions::Column::UserId).eq(user.0))
        .to_owned();
    if !posts.is_empty() {
        let reacted = Query::select()
            .expr_as(Expr::col(reactions::Column::PostId), Alias::new("id"))
            .expr_as(Expr::val(0), Alias::new("what"))
            .from(reactions::Entity)
            .and_where(Expr::col(reactions::Column::UserId).eq(user.0))
            .and_where(Expr::col(reactions::Column::PostId).is_in(posts.iter().map(|p| p.0)))
            .to_owned();
        following.union(UnionType::All, reacted);
    }
    let statement = conn.get_database_backend().build(&following);
    let mut reacted = HashSet::new();
    let mut follows = false;
    for row in conn.query_all_raw(statement).await? {
        let id: i64 = row.try_get("", "id")?;
        let what: i32 = row.try_get("", "what")?;
        if what == 1 {
            follows = true;
        } else {
            reacted.insert(PostId(id));
        }
    }
    Ok((reacted, follows))
}

// ---------------------------------------------------------------------------
// Following threads.

pub async fn follow_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    user: UserId,
) -> StoreResult<()> {
    let exists = is_following_thread(conn, thread, user).await?;
    let row = thread_subscriptions::ActiveModel {
        thread_id: Set(thread.0),
        user_id: Set(user.0),
        created_at: Set(now()),
    };
    insert_once(conn, exists, row).await?;
    Ok(())
}

pub async fn unfollow_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    user: UserId,
) -> StoreResult<()> {
    thread_subscriptions::Entity::delete_many()
        .filter(thread_subscriptions::Column::ThreadId.eq(thread.0))
        .filter(thread_subscriptions::Column::UserId.eq(user.0))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn is_following_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
    user: UserId,
) -> StoreResult<bool> {
    Ok(by_key(
        conn,
        thread_subscriptions::Entity::find_by_id((thread.0, user.0)),
    )
    .await?
    .is_some())
}

pub async fn thread_followers(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
) -> StoreResult<Vec<UserId>> {
    Ok(thread_subscriptions::Entity::find()
        .filter(thread_subscriptions::Column::ThreadId.eq(thread.0))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| UserId(m.user_id))
        .collect())
}
