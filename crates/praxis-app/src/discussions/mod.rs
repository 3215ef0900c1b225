//! Discussions and questions: threads, replies, edits with history,
//! accepted answers, "helpful" reactions, follows, @mentions,
//! notifications, the home feed and digests.

pub mod digest;
pub mod notify;

use crate::App;
use crate::accounts::AuthContext;
use crate::cache::ThreadPage;
use crate::communities::readable_community;
use crate::error::{AppError, AppResult, Validator};
use notify::Event;
use praxis_domain::discussion::{self as rules, mentions};
use praxis_domain::markdown::to_safe_html;
use praxis_domain::policy;
use praxis_domain::{
    CommunityId, CommunityRole, DocumentId, EmailFrequency, NotificationId, PageOf, Paging, PostId,
    ReactionKind, ThreadId, ThreadKind, UserId, ValidationError, taxonomy,
};
use praxis_store::accounts::{self as users_store, Author};
use praxis_store::communities::{self as communities_store, Community};
use praxis_store::discussions::{self as store, Post, Revision, Thread, ThreadFilter};
use praxis_store::documents::Attachment;
use praxis_store::notifications::{self as notifications_store, Notification, NotificationKind};
use praxis_store::search::Entity;
use praxis_store::{ConnectionTrait, StoreError};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A thread in a list: with its author, community and last poster.
#[derive(Debug, Clone)]
pub struct ThreadSummary {
    pub thread: Thread,
    pub author: Option<Author>,
    pub last_poster: Option<Author>,
    pub community: Option<Community>,
}

/// A post as a reader sees it.
#[derive(Debug, Clone)]
pub struct PostView {
    /// Shared with the cached thread page: no copy of the text per reader.
    pub post: Arc<Post>,
    pub attachments: Vec<Attachment>,
    pub author: Option<Author>,
    /// Whether the reader found it helpful.
    pub reacted: bool,
    pub can_edit: bool,
    /// Hidden posts show their text only to moderators and the author.
    pub hidden_from_reader: bool,
}

/// A thread page.
#[derive(Debug, Clone)]
pub struct ThreadView {
    pub thread: Thread,
    pub community: Community,
    pub my_role: Option<CommunityRole>,
    /// This page of posts, in order; the opening post is the first of page 1.
    pub posts: Vec<PostView>,
    /// The accepted answer, shown right under the question.
    pub accepted: Option<PostView>,
    pub total_posts: u64,
    pub page: u64,
    pub per_page: u64,
    pub following: bool,
    pub can_reply: bool,
    pub can_accept: bool,
    pub can_moderate: bool,
}

pub struct NewThreadInput {
    pub title: String,
    pub body: String,
    pub kind: String,
    pub tags: Vec<String>,
    pub expertise: Vec<String>,
    /// Documents of the community's library shown with the opening post.
    pub attachments: Vec<DocumentId>,
    /// `en`, `nl` or `fr`; empty lets search detect it.
    pub language: String,
}

/// At most this many documents on one post.
const MAX_ATTACHMENTS: usize = 10;

/// Checks that documents can be attached in a community: they exist and
/// belong to its library.
async fn check_attachments(
    app: &App,
    community: CommunityId,
    documents: &[DocumentId],
) -> AppResult<Vec<DocumentId>> {
    // One code, two reasons: the messages choose on `reason`.
    let invalid = |reason: &str, message: &str| {
        AppError::invalid(
            ValidationError::new("attachments", "invalid_attachment", message)
                .with_arg("reason", reason)
                .with_arg("max", MAX_ATTACHMENTS),
        )
    };
    let mut out: Vec<DocumentId> = Vec::new();
    for id in documents {
        if out.contains(id) {
            continue;
        }
        match praxis_store::documents::find(&app.db, *id).await? {
            Some(document) if document.community_id == community => out.push(*id),
            _ => {
                return Err(invalid(
                    "elsewhere",
                    "Attach documents from this community's library.",
                ));
            }
        }
    }
    if out.len() > MAX_ATTACHMENTS {
        return Err(invalid(
            "too_many",
            &format!("Attach at most {MAX_ATTACHMENTS} documents."),
        ));
    }
    Ok(out)
}

/// Authors by id: from the cache, the rest in one query.
pub(crate) async fn authors(
    app: &App,
    ids: impl IntoIterator<Item = UserId>,
) -> AppResult<HashMap<UserId, Author>> {
    let mut found: HashMap<UserId, Author> = HashMap::new();
    let mut missing: Vec<UserId> = Vec::new();
    for id in ids {
        match app.caches.author(id) {
            Some(author) => {
                found.insert(id, author);
            }
            None => missing.push(id),
        }
    }
    if !missing.is_empty() {
        let ticket = app.caches.ticket();
        for (id, author) in users_store::authors(&app.db, missing).await? {
            app.caches.put_author(ticket, author.clone());
            found.insert(id, author);
        }
    }
    Ok(found)
}

async fn summaries(app: &App, threads: Vec<Thread>) -> AppResult<Vec<ThreadSummary>> {
    let people_ids: Vec<UserId> = threads
        .iter()
        .flat_map(|t| [Some(t.author_id), t.last_poster_id])
        .flatten()
        .collect();
    let people = authors(app, people_ids).await?;
    let mut communities: HashMap<CommunityId, Community> = HashMap::new();
    for id in threads.iter().map(|t| t.community_id) {
        if !communities.contains_key(&id)
            && let Some(community) = community_by_id(app, id).await?
        {
            communities.insert(id, (*community).clone());
        }
    }
    Ok(threads
        .into_iter()
        .map(|thread| ThreadSummary {
            author: people.get(&thread.author_id).cloned(),
            last_poster: thread.last_poster_id.and_then(|p| people.get(&p).cloned()),
            community: communities.get(&thread.community_id).cloned(),
            thread,
        })
        .collect())
}

/// A community, from the short-lived cache when possible.
pub(crate) async fn community_by_id(
    app: &App,
    id: CommunityId,
) -> AppResult<Option<Arc<Community>>> {
    if let Some(community) = app.caches.community(id) {
        return Ok(Some(community));
    }
    let ticket = app.caches.ticket();
    Ok(communities_store::find(&app.db, id)
        .await?
        .map(|c| app.caches.put_community(ticket, c)))
}

/// The thread and the reader's standing in its community; "not found" when
/// the reader may not see it.
pub(crate) async fn readable_thread(
    app: &App,
    auth: &AuthContext,
    id: ThreadId,
) -> AppResult<(Thread, Community, Option<CommunityRole>)> {
    let thread = store::find_thread(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let community = community_by_id(app, thread.community_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = auth.role_in(community.id);
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    Ok((thread, (*community).clone(), role))
}

fn thread_id_of(page: &ThreadPage) -> ThreadId {
    page.thread.id
}

/// A page of a thread with its authors, from the cache when possible.
async fn thread_page(
    app: &App,
    id: ThreadId,
    paging: Paging,
) -> AppResult<Option<Arc<ThreadPage>>> {
    let key = (id, paging.page, paging.per_page);
    if let Some(page) = app.caches.thread_page(key) {
        return Ok(Some(page));
    }
    let ticket = app.caches.ticket();
    let Some(thread) = store::find_thread(&app.db, id).await? else {
        return Ok(None);
    };
    let mut posts = store::posts_of_thread(&app.db, thread.id, paging).await?;
    let accepted = match thread.accepted_post_id {
        Some(accepted) => match posts.iter().position(|p| p.id == accepted) {
            Some(index) => Some(posts.remove(index)),
            None => store::find_post(&app.db, accepted).await?,
        },
        None => None,
    };
    let author_ids: Vec<UserId> = posts
        .iter()
        .chain(accepted.iter())
        .map(|p| p.author_id)
        .collect();
    let authors = self::authors(app, author_ids).await?;
    let post_ids: Vec<PostId> = posts.iter().chain(accepted.iter()).map(|p| p.id).collect();
    let attachments = praxis_store::documents::attachments_of(&app.db, &post_ids).await?;
    Ok(Some(app.caches.put_thread_page(
        ticket,
        key,
        ThreadPage {
            thread,
            posts: posts.into_iter().map(Arc::new).collect(),
            accepted: accepted.map(Arc::new),
            authors,
            attachments,
        },
    )))
}

pub(crate) async fn readable_post(
    app: &App,
    auth: &AuthContext,
    id: PostId,
) -> AppResult<(Post, Thread, Community, Option<CommunityRole>)> {
    let post = store::find_post(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (thread, community, role) = readable_thread(app, auth, post.thread_id).await?;
    Ok((post, thread, community, role))
}

pub async fn list_threads(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    filter: ThreadFilter,
    paging: Paging,
) -> AppResult<PageOf<ThreadSummary>> {
    let (community, _) = readable_community(app, auth, slug).await?;
    let known_total = Some(community.thread_count.max(0) as u64);
    let page = store::list_threads(&app.db, community.id, &filter, paging, known_total).await?;
    let items = summaries(app, page.items).await?;
    Ok(PageOf {
        items,
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    })
}

/// The most used tags of a community the reader may read.
pub async fn community_tags(
    app: &App,
    auth: &AuthContext,
    slug: &str,
) -> AppResult<Arc<Vec<(String, i64)>>> {
    let (community, _) = readable_community(app, auth, slug).await?;
    if let Some(tags) = app.caches.tags(community.id) {
        return Ok(tags);
    }
    let tags = store::community_tags(&app.db, community.id, 15).await?;
    Ok(app.caches.put_tags(community.id, tags))
}

pub async fn create_thread(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    input: NewThreadInput,
) -> AppResult<Thread> {
    let (community, role) = readable_community(app, auth, slug).await?;
    policy::may_post(&auth.actor, role, false)?;
    let mut v = Validator::default();
    let title = v.check(rules::title(&input.title));
    let body = v.check(rules::body(&input.body));
    let kind = v.check(ThreadKind::parse_field(if input.kind.trim().is_empty() {
        "discussion"
    } else {
        &input.kind
    }));
    let tags = v.check(rules::tags(&input.tags));
    let expertise = v.check(taxonomy::parse_codes("expertise", &input.expertise, 10));
    let language = v.check(rules::language(&input.language));
    v.finish()?;
    let (Some(title), Some(body), Some(kind), Some(tags), Some(expertise), Some(language)) =
        (title, body, kind, tags, expertise, language)
    else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let attachments = check_attachments(app, community.id, &input.attachments).await?;
    let body_html = to_safe_html(&body);
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let (thread, post) = store::insert_thread(
        &txn,
        store::NewThread {
            community_id: community.id,
            author_id: auth.user.id,
            kind,
            title: &title,
            tags: &tags,
            expertise: &expertise,
            body: &body,
            body_html: &body_html,
            language: &language,
            content_language: praxis_domain::locale::content_language(&language, &title, &body),
        },
    )
    .await?;
    crate::search::record(&txn, Entity::Thread, thread.id.0).await?;
    praxis_store::documents::attach(&txn, post.id, &attachments).await?;
    store::follow_thread(&txn, thread.id, auth.user.id).await?;
    let mut told: HashSet<UserId> = HashSet::from([auth.user.id]);
    notify_mentions(app, &txn, auth, &community, &thread, &post, &mut told).await?;
    for follower in communities_store::followers(&txn, community.id).await? {
        if told.insert(follower) && can_see(&txn, &community, follower).await? {
            notify::notify(
                app,
                &txn,
                event(
                    follower,
                    NotificationKind::NewThread,
                    auth,
                    &thread,
                    Some(post.id),
                ),
            )
            .await?;
        }
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_community(community.id);
    app.jobs_ready.notify_one();
    Ok(thread)
}

fn event(
    recipient: UserId,
    kind: NotificationKind,
    auth: &AuthContext,
    thread: &Thread,
    post: Option<PostId>,
) -> Event {
    Event {
        recipient,
        kind,
        actor: Some(auth.user.id),
        community: Some(thread.community_id),
        thread: Some(thread.id),
        post,
    }
}

/// Whether a person may still read a community (members and platform
/// moderators): nobody is told about what they cannot see.
async fn can_see(
    conn: &impl ConnectionTrait,
    community: &Community,
    user: UserId,
) -> AppResult<bool> {
    if communities_store::role_of(conn, community.id, user)
        .await?
        .is_some()
    {
        return Ok(true);
    }
    Ok(users_store::find_user(conn, user)
        .await?
        .is_some_and(|u| policy::reads_every_community(u.role)))
}

/// Tells the community members @mentioned in a post.
async fn notify_mentions(
    app: &App,
    conn: &impl ConnectionTrait,
    auth: &AuthContext,
    community: &Community,
    thread: &Thread,
    post: &Post,
    told: &mut HashSet<UserId>,
) -> AppResult<()> {
    let handles = mentions(&post.body);
    if handles.is_empty() {
        return Ok(());
    }
    let candidates: Vec<UserId> = users_store::users_by_handles(conn, &handles)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect();
    let members = communities_store::members_among(conn, community.id, &candidates).await?;
    for user in members {
        if told.insert(user) {
            notify::notify(
                app,
                conn,
                event(user, NotificationKind::Mention, auth, thread, Some(post.id)),
            )
            .await?;
        }
    }
    Ok(())
}

pub async fn view_thread(
    app: &App,
    auth: &AuthContext,
    id: ThreadId,
    paging: Paging,
) -> AppResult<ThreadView> {
    let paging = paging.clamped();
    let page = thread_page(app, id, paging)
        .await?
        .ok_or(AppError::NotFound)?;
    let community = community_by_id(app, page.thread.community_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = auth.role_in(community.id);
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    crate::usage::viewed(app, auth, Some(community.id));
    let thread = page.thread.clone();
    let ids: Vec<PostId> = page
        .posts
        .iter()
        .chain(page.accepted.iter())
        .map(|p| p.id)
        .collect();
    let (reacted, following) =
        store::reader_state(&app.db, auth.user.id, thread_id_of(&page), &ids).await?;
    let can_moderate = policy::may_moderate_community(&auth.actor, role);
    let view = |post: &Arc<Post>| PostView {
        attachments: page.attachments.get(&post.id).cloned().unwrap_or_default(),
        author: page.authors.get(&post.author_id).cloned(),
        reacted: reacted.contains(&post.id),
        can_edit: policy::may_edit_post(&auth.actor, post.author_id, role).is_ok(),
        hidden_from_reader: post.hidden && !can_moderate && post.author_id != auth.user.id,
        post: post.clone(),
    };
    let total_posts = (thread.reply_count + 1) as u64;
    Ok(ThreadView {
        following,
        can_reply: policy::may_post(&auth.actor, role, thread.locked).is_ok(),
        can_accept: thread.kind == ThreadKind::Question
            && policy::may_accept_answer(&auth.actor, thread.author_id, role).is_ok(),
        can_moderate,
        accepted: page.accepted.as_ref().map(view),
        posts: page.posts.iter().map(view).collect(),
        total_posts,
        page: paging.page,
        per_page: paging.per_page,
        my_role: role,
        thread,
        community: (*community).clone(),
    })
}

pub async fn reply(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    body: &str,
    reply_to: Option<PostId>,
    attachments: &[DocumentId],
) -> AppResult<Post> {
    let (thread, community, role) = readable_thread(app, auth, thread_id).await?;
    policy::may_post(&auth.actor, role, thread.locked)?;
    let body = rules::body(body)?;
    let attachments = check_attachments(app, community.id, attachments).await?;
    let parent = match reply_to {
        Some(id) => Some(
            store::find_post(&app.db, id)
                .await?
                .filter(|p| p.thread_id == thread.id)
                .ok_or_else(|| {
                    AppError::invalid(ValidationError::new(
                        "reply_to",
                        "unknown_post",
                        "You can only reply to a post of this thread.",
                    ))
                })?,
        ),
        None => None,
    };
    let body_html = to_safe_html(&body);
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let post =
        store::insert_reply(&txn, &thread, auth.user.id, reply_to, &body, &body_html).await?;
    crate::search::record(&txn, Entity::Post, post.id.0).await?;
    praxis_store::documents::attach(&txn, post.id, &attachments).await?;
    store::follow_thread(&txn, thread.id, auth.user.id).await?;

    // Each person hears once, about the most personal reason.
    let mut told: HashSet<UserId> = HashSet::from([auth.user.id]);
    notify_mentions(app, &txn, auth, &community, &thread, &post, &mut told).await?;
    if let Some(parent) = &parent
        && told.insert(parent.author_id)
        && can_see(&txn, &community, parent.author_id).await?
    {
        notify::notify(
            app,
            &txn,
            event(
                parent.author_id,
                NotificationKind::ReplyToPost,
                auth,
                &thread,
                Some(post.id),
            ),
        )
        .await?;
    }
    if told.insert(thread.author_id) && can_see(&txn, &community, thread.author_id).await? {
        notify::notify(
            app,
            &txn,
            event(
                thread.author_id,
                NotificationKind::ReplyToThread,
                auth,
                &thread,
                Some(post.id),
            ),
        )
        .await?;
    }
    for follower in store::thread_followers(&txn, thread.id).await? {
        if told.insert(follower) && can_see(&txn, &community, follower).await? {
            notify::notify(
                app,
                &txn,
                event(
                    follower,
                    NotificationKind::FollowedThread,
                    auth,
                    &thread,
                    Some(post.id),
                ),
            )
            .await?;
        }
    }
    // A question published by the helpdesk: its asker follows it, but may not
    // read the community; they then get a mail without the answer's content,
    // pointing to their private question page.
    if let Some(question) = praxis_store::helpdesk::by_thread(&txn, thread.id).await?
        && question.asker_id != auth.user.id
        && !can_see(&txn, &community, question.asker_id).await?
        && let Some(asker) = users_store::find_user(&txn, question.asker_id).await?
    {
        let link = format!(
            "{}/helpdesk/questions/{}",
            app.config.public_url(),
            question.id
        );
        crate::jobs::enqueue_mail(
            &txn,
            &crate::mail::texts::helpdesk_new_answer(
                &app.site(),
                &app.language_of(&asker.locale),
                &asker.email,
                &question.subject,
                &link,
            ),
        )
        .await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    app.caches.forget_community(community.id);
    app.jobs_ready.notify_one();
    Ok(post)
}

/// The author deletes their own post: its text (and earlier versions) go,
/// its place in the thread stays so replies keep their context. Moderators
/// hide posts instead. Deleting twice is harmless.
pub async fn delete_post(app: &App, auth: &AuthContext, post_id: PostId) -> AppResult<()> {
    let (post, thread, _community, _role) = readable_post(app, auth, post_id).await?;
    policy::may_write(&auth.actor)?;
    if post.author_id != auth.user.id {
        return Err(AppError::from(policy::Denied::NotAllowed));
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if store::delete_post(&txn, post.id).await? {
        crate::search::record(&txn, Entity::Post, post.id.0).await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    Ok(())
}

pub async fn edit_post(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
    body: &str,
) -> AppResult<Post> {
    let (post, thread, _community, role) = readable_post(app, auth, post_id).await?;
    policy::may_edit_post(&auth.actor, post.author_id, role)?;
    if post.deleted {
        return Err(AppError::conflict(
            "post_deleted",
            "Its author deleted this post; it cannot be edited.",
        ));
    }
    let body = rules::body(body)?;
    if body == post.body {
        return Ok(post);
    }
    let body_html = to_safe_html(&body);
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::edit_post(&txn, &post, auth.user.id, &body, &body_html).await?;
    // The opening post is half of what tells the thread's language.
    if store::opening_post(&txn, thread.id)
        .await?
        .is_some_and(|opening| opening.id == post.id)
    {
        let language =
            praxis_domain::locale::content_language(&thread.language, &thread.title, &body);
        if language != thread.content_language {
            store::set_content_language(&txn, thread.id, language).await?;
        }
    }
    // What an expert checked is no longer what the post says.
    praxis_store::expertise::suspend(&txn, post.id).await?;
    crate::search::record(&txn, Entity::Post, post.id.0).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(post.thread_id);
    store::find_post(&app.db, post.id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn post(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
) -> AppResult<(Post, Thread, bool)> {
    let (post, thread, _community, role) = readable_post(app, auth, post_id).await?;
    let can_edit = policy::may_edit_post(&auth.actor, post.author_id, role).is_ok();
    Ok((post, thread, can_edit))
}

/// One post as the reader sees it (after writing it, for instance).
pub async fn post_view(app: &App, auth: &AuthContext, post_id: PostId) -> AppResult<PostView> {
    let (post, _thread, _community, role) = readable_post(app, auth, post_id).await?;
    let authors = users_store::authors(&app.db, [post.author_id]).await?;
    let reacted = store::reacted_posts(&app.db, auth.user.id, &[post.id]).await?;
    let can_moderate = policy::may_moderate_community(&auth.actor, role);
    let attachments = praxis_store::documents::attachments_of(&app.db, &[post.id])
        .await?
        .remove(&post.id)
        .unwrap_or_default();
    Ok(PostView {
        attachments,
        author: authors.get(&post.author_id).cloned(),
        reacted: reacted.contains(&post.id),
        can_edit: policy::may_edit_post(&auth.actor, post.author_id, role).is_ok(),
        hidden_from_reader: post.hidden && !can_moderate && post.author_id != auth.user.id,
        post: Arc::new(post),
    })
}

/// Earlier versions of a post, with who replaced each.
pub async fn history(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
) -> AppResult<(Post, Vec<(Revision, Option<Author>)>)> {
    let (post, _thread, community, role) = readable_post(app, auth, post_id).await?;
    let _ = community;
    if post.hidden
        && !policy::may_moderate_community(&auth.actor, role)
        && post.author_id != auth.user.id
    {
        return Err(AppError::NotFound);
    }
    let revisions = store::revisions(&app.db, post.id).await?;
    let editors = users_store::authors(&app.db, revisions.iter().map(|r| r.edited_by)).await?;
    let items = revisions
        .into_iter()
        .map(|r| {
            let editor = editors.get(&r.edited_by).cloned();
            (r, editor)
        })
        .collect();
    Ok((post, items))
}

/// Marks the answer that solved a question (or, with `None`, clears it).
pub async fn accept_answer(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    post_id: Option<PostId>,
) -> AppResult<()> {
    let (thread, _community, role) = readable_thread(app, auth, thread_id).await?;
    policy::may_accept_answer(&auth.actor, thread.author_id, role)?;
    if thread.kind != ThreadKind::Question {
        return Err(AppError::conflict(
            "not_a_question",
            "Only questions have an accepted answer.",
        ));
    }
    let answer = match post_id {
        Some(id) => {
            let post = store::find_post(&app.db, id)
                .await?
                .filter(|p| p.thread_id == thread.id)
                .ok_or_else(|| {
                    AppError::invalid(ValidationError::new(
                        "post_id",
                        "unknown_post",
                        "The accepted answer must be a reply in this thread.",
                    ))
                })?;
            let opening = store::opening_post(&app.db, thread.id).await?;
            if opening.is_some_and(|o| o.id == post.id) {
                return Err(AppError::invalid(ValidationError::new(
                    "post_id",
                    "not_an_answer",
                    "The question itself cannot be its answer.",
                )));
            }
            Some(post)
        }
        None => None,
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_accepted(&txn, thread.id, answer.as_ref().map(|p| p.id)).await?;
    // The thread and its replies carry the "accepted" mark; the authors of
    // the old and new answer their count of accepted answers.
    crate::search::record(&txn, Entity::Thread, thread.id.0).await?;
    let previous = match thread.accepted_post_id {
        Some(id) => store::find_post(&txn, id).await?.map(|p| p.author_id),
        None => None,
    };
    for author in previous
        .into_iter()
        .chain(answer.as_ref().map(|a| a.author_id))
    {
        crate::search::record(&txn, Entity::Person, author.0).await?;
    }
    if let Some(answer) = &answer
        && thread.accepted_post_id != Some(answer.id)
        && answer.author_id != auth.user.id
    {
        notify::notify(
            app,
            &txn,
            event(
                answer.author_id,
                NotificationKind::AnswerAccepted,
                auth,
                &thread,
                Some(answer.id),
            ),
        )
        .await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    app.jobs_ready.notify_one();
    Ok(())
}

/// Adds or removes the member's reaction; returns the post's new count.
pub async fn react(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
    kind: ReactionKind,
    on: bool,
) -> AppResult<i64> {
    let (post, _thread, _community, role) = readable_post(app, auth, post_id).await?;
    policy::may_post(&auth.actor, role, false)?;
    if on && post.author_id == auth.user.id {
        return Err(AppError::conflict(
            "own_post",
            "You cannot mark your own post as helpful.",
        ));
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if on {
        store::add_reaction(&txn, post.id, auth.user.id, kind).await?;
    } else {
        store::remove_reaction(&txn, post.id, auth.user.id, kind).await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(post.thread_id);
    Ok(store::find_post(&app.db, post.id)
        .await?
        .map_or(0, |p| p.helpful_count))
}

pub async fn set_following(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    follow: bool,
) -> AppResult<()> {
    let (thread, _, _) = readable_thread(app, auth, thread_id).await?;
    if follow {
        store::follow_thread(&app.db, thread.id, auth.user.id).await?;
    } else {
        store::unfollow_thread(&app.db, thread.id, auth.user.id).await?;
    }
    Ok(())
}

/// The communities whose content the person reads in feeds.
/// The reader's communities with their thread counters.
async fn my_communities(app: &App, auth: &AuthContext) -> AppResult<Vec<(CommunityId, i64)>> {
    let mut out = Vec::with_capacity(auth.roles.len());
    for id in auth.roles.keys() {
        if let Some(community) = community_by_id(app, *id).await? {
            out.push((community.id, community.thread_count));
        }
    }
    Ok(out)
}

/// Latest activity across the member's communities.
pub async fn feed(
    app: &App,
    auth: &AuthContext,
    filter: ThreadFilter,
    paging: Paging,
) -> AppResult<PageOf<ThreadSummary>> {
    let mine = my_communities(app, auth).await?;
    crate::usage::viewed(app, auth, None);
    let page = store::feed(&app.db, &mine, &filter, paging).await?;
    let items = summaries(app, page.items).await?;
    Ok(PageOf {
        items,
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    })
}

/// A notification with what it points to.
#[derive(Debug, Clone)]
pub struct NotificationView {
    pub notification: Notification,
    pub actor: Option<Author>,
    pub thread_title: Option<String>,
    pub community: Option<Community>,
}

pub async fn notifications(
    app: &App,
    auth: &AuthContext,
    unread_only: bool,
    paging: Paging,
) -> AppResult<(PageOf<NotificationView>, u64)> {
    let page = notifications_store::list(&app.db, auth.user.id, unread_only, paging).await?;
    let actors =
        users_store::authors(&app.db, page.items.iter().filter_map(|n| n.actor_id)).await?;
    let communities =
        communities_store::find_many(&app.db, page.items.iter().filter_map(|n| n.community_id))
            .await?;
    let roles = communities_store::roles_of_user(&app.db, auth.user.id).await?;
    let mut titles: HashMap<ThreadId, String> = HashMap::new();
    for thread_id in page.items.iter().filter_map(|n| n.thread_id) {
        if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(thread_id)
            && let Some(thread) = store::find_thread(&app.db, thread_id).await?
        {
            slot.insert(thread.title);
        }
    }
    let unread = notifications_store::unread_count(&app.db, auth.user.id).await?;
    let page = page.map(|n| {
        // What the person may no longer see keeps its line but not its content.
        let visible = n
            .community_id
            .is_none_or(|c| roles.contains_key(&c) || auth.actor.reads_every_community())
            || matches!(n.kind, NotificationKind::JoinRejected);
        NotificationView {
            actor: n.actor_id.and_then(|a| actors.get(&a).cloned()),
            thread_title: visible
                .then(|| n.thread_id.and_then(|t| titles.get(&t).cloned()))
                .flatten(),
            community: n.community_id.and_then(|c| communities.get(&c).cloned()),
            notification: n,
        }
    });
    Ok((page, unread))
}

pub async fn unread_count(app: &App, auth: &AuthContext) -> AppResult<u64> {
    if let Some(count) = app.caches.unread(auth.user.id) {
        return Ok(count);
    }
    let ticket = app.caches.ticket();
    let count = notifications_store::unread_count(&app.db, auth.user.id).await?;
    app.caches.put_unread(ticket, auth.user.id, count);
    Ok(count)
}

/// Marks notifications read: these, or all when `ids` is `None`.
pub async fn mark_read(
    app: &App,
    auth: &AuthContext,
    ids: Option<Vec<NotificationId>>,
) -> AppResult<u64> {
    notifications_store::mark_read(&app.db, auth.user.id, ids.as_deref()).await?;
    app.caches.forget_unread(auth.user.id);
    unread_count(app, auth).await
}

pub async fn set_email_frequency(
    app: &App,
    auth: &AuthContext,
    frequency: &str,
) -> AppResult<EmailFrequency> {
    let frequency = EmailFrequency::parse_field(frequency)?;
    users_store::set_email_frequency(&app.db, auth.user.id, frequency).await?;
    app.forget_user(auth.user.id);
    Ok(frequency)
}

/// Moderators and managers choose to get each new alert by mail.
pub async fn set_alert_mail(app: &App, auth: &AuthContext, on: bool) -> AppResult<bool> {
    if on && !crate::moderation::moderates_something(auth) {
        return Err(AppError::forbidden(
            "not_a_moderator",
            "Alerts go to moderators and community managers.",
        ));
    }
    users_store::set_alert_mail(&app.db, auth.user.id, on).await?;
    app.forget_user(auth.user.id);
    Ok(on)
}
