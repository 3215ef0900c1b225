//! The HTML pages of discussions: the home feed, thread pages, new
//! threads, replies, edits and history, notifications.

use crate::communities::pages::CommunityCard;
use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageCtx, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use praxis_app::App;
use praxis_app::communities;
use praxis_app::discussions::{self, NewThreadInput, PostView, ThreadSummary, ThreadView};
use praxis_domain::DocumentId;
use praxis_domain::{EmailFrequency, NotificationId, Paging, PostId, ReactionKind, ThreadKind};
use praxis_store::discussions::ThreadFilter;
use serde::Deserialize;
use std::collections::HashMap;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// A thread in a list.
pub struct ThreadRow {
    pub id: String,
    pub title: String,
    pub question: bool,
    pub answered: bool,
    pub pinned: bool,
    pub locked: bool,
    pub community_slug: String,
    pub community_name: String,
    pub author: String,
    pub author_guest: bool,
    pub replies: i64,
    pub last_post_at: DateTime<Utc>,
    pub last_poster: String,
    pub last_poster_guest: bool,
    pub tags: Vec<String>,
    /// The content language's code and own name, empty when unknown.
    pub language: &'static str,
    pub language_name: &'static str,
}

fn is_guest(author: Option<&praxis_store::accounts::Author>) -> bool {
    author.is_some_and(|a| a.role == praxis_domain::Role::Guest)
}

pub fn thread_rows(items: &[ThreadSummary]) -> Vec<ThreadRow> {
    items
        .iter()
        .map(|s| ThreadRow {
            id: s.thread.id.to_string(),
            title: s.thread.title.clone(),
            question: s.thread.kind == ThreadKind::Question,
            answered: s.thread.accepted_post_id.is_some(),
            pinned: s.thread.pinned,
            locked: s.thread.locked,
            community_slug: s
                .community
                .as_ref()
                .map(|c| c.slug.clone())
                .unwrap_or_default(),
            community_name: s
                .community
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            author: s
                .author
                .as_ref()
                .map(|a| a.display_name.clone())
                .unwrap_or_default(),
            author_guest: is_guest(s.author.as_ref()),
            replies: s.thread.reply_count,
            last_post_at: s.thread.last_post_at,
            last_poster: s
                .last_poster
                .as_ref()
                .map(|a| a.display_name.clone())
                .unwrap_or_default(),
            last_poster_guest: is_guest(s.last_poster.as_ref()),
            tags: s.thread.tags.clone(),
            language: s.thread.content_language.map_or("", |l| l.as_str()),
            language_name: s.thread.content_language.map_or("", |l| l.endonym()),
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Home: the feed, or a welcome for newcomers.

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    has_communities: bool,
    feed: Vec<ThreadRow>,
    waiting: Vec<ThreadRow>,
    suggestions: Vec<CommunityCard>,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParam {
    page: Option<u64>,
}

pub async fn home(
    State(app): State<App>,
    ctx: PageCtx,
    Query(params): Query<PageParam>,
) -> PageResult {
    let Some(auth) = ctx.auth().cloned() else {
        return Ok(render(&HomePage {
            layout: ctx.layout,
            has_communities: false,
            feed: Vec::new(),
            waiting: Vec::new(),
            suggestions: Vec::new(),
            page: 1,
            has_next: false,
        }));
    };
    let mine = communities::mine(&app, &auth)
        .await
        .map_err(|e| ctx.error(e))?;
    let feed = discussions::feed(
        &app,
        &auth,
        ThreadFilter::default(),
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 20,
        },
    )
    .await
    .map_err(|e| ctx.error(e))?;
    let waiting = discussions::feed(
        &app,
        &auth,
        ThreadFilter {
            unanswered: true,
            ..ThreadFilter::default()
        },
        Paging {
            page: 1,
            per_page: 5,
        },
    )
    .await
    .map_err(|e| ctx.error(e))?;
    // Suggestions welcome newcomers; members find more in the directory.
    let suggestions = if mine.is_empty() {
        communities::suggestions(&app, &auth, 6)
            .await
            .map_err(|e| ctx.error(e))?
            .iter()
            .map(|c| CommunityCard::new(c, None, false))
            .collect()
    } else {
        Vec::new()
    };
    Ok(render(&HomePage {
        layout: ctx.layout,
        has_communities: !mine.is_empty(),
        feed: thread_rows(&feed.items),
        waiting: thread_rows(&waiting.items),
        suggestions,
        page: feed.page,
        has_next: feed.has_next(),
    }))
}

#[derive(Template)]
#[template(path = "discussions/unanswered.html")]
struct UnansweredPage {
    layout: Layout,
    threads: Vec<ThreadRow>,
    total: u64,
    page: u64,
    has_next: bool,
}

/// Questions waiting for an answer across the member's communities.
pub async fn unanswered(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<PageParam>,
) -> PageResult {
    let page = discussions::feed(
        &app,
        &user.auth,
        ThreadFilter {
            unanswered: true,
            ..ThreadFilter::default()
        },
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&UnansweredPage {
        threads: thread_rows(&page.items),
        total: page.total,
        page: page.page,
        has_next: page.has_next(),
        layout: user.ctx.layout,
    }))
}

// ---------------------------------------------------------------------------
// New threads.

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ThreadForm {
    title: String,
    body: String,
    kind: String,
    tags: String,
    language: String,
    /// `attach-<document id>` and `expertise-<code>` checkboxes, and
    /// anything else.
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

/// The documents ticked in a form (`attach-<id>` checkboxes).
fn ticked(rest: &HashMap<String, String>) -> Vec<DocumentId> {
    let mut ids: Vec<DocumentId> = rest
        .keys()
        .filter_map(|k| k.strip_prefix("attach-"))
        .filter_map(|id| id.parse().ok())
        .collect();
    ids.sort();
    ids
}

/// Library documents to offer in a form.
async fn attach_choices(
    app: &App,
    auth: &praxis_app::accounts::AuthContext,
    community: praxis_domain::CommunityId,
) -> Vec<(String, String)> {
    praxis_app::documents::attachable(app, auth, community)
        .await
        .map(|docs| {
            docs.iter()
                .map(|(id, title)| (id.to_string(), title.clone()))
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "discussions/new_thread.html")]
struct NewThreadPage {
    layout: Layout,
    slug: String,
    community_name: String,
    form: ThreadForm,
    attachable: Vec<(String, String)>,
    expertise: Vec<crate::people::pages::ExpertiseGroup>,
    errors: FormErrors,
}

pub async fn new_thread_form(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(form): Query<ThreadForm>,
) -> PageResult {
    let view = communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    if !view.can_read {
        return Err(user.ctx.error(praxis_app::AppError::NotFound));
    }
    let attachable = attach_choices(&app, &user.auth, view.community.id).await;
    Ok(render(&NewThreadPage {
        attachable,
        expertise: crate::people::pages::expertise_groups(
            &[],
            &user.auth.user.locale,
            &user.ctx.layout.ui,
        ),
        slug: view.community.slug.clone(),
        community_name: view.community.name.clone(),
        form: ThreadForm {
            kind: if form.kind.is_empty() {
                "question".into()
            } else {
                form.kind
            },
            ..form
        },
        errors: FormErrors::default(),
        layout: user.ctx.layout,
    }))
}

pub async fn create_thread(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ThreadForm>,
) -> PageResult {
    let input = NewThreadInput {
        title: form.title.clone(),
        body: form.body.clone(),
        kind: form.kind.clone(),
        tags: form.tags.split(',').map(str::to_owned).collect(),
        expertise: crate::people::pages::ticked_expertise(&form.rest),
        attachments: ticked(&form.rest),
        language: form.language.clone(),
    };
    match discussions::create_thread(&app, &user.auth, &slug, input).await {
        Ok(thread) => Ok(see_other(&format!("/threads/{}", thread.id))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let view = communities::view(&app, &user.auth, &slug)
                .await
                .map_err(|e| user.ctx.error(e))?;
            let attachable = attach_choices(&app, &user.auth, view.community.id).await;
            let mut response = render(&NewThreadPage {
                slug: view.community.slug.clone(),
                community_name: view.community.name.clone(),
                expertise: crate::people::pages::expertise_groups(
                    &crate::people::pages::ticked_expertise(&form.rest),
                    &user.auth.user.locale,
                    &user.ctx.layout.ui,
                ),
                form,
                attachable,
                errors,
                layout: user.ctx.layout,
            });
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

// ---------------------------------------------------------------------------
// The thread page.

pub struct AttachmentLink {
    document_id: String,
    title: String,
    file_name: String,
    kind: &'static str,
    /// Bytes (`layout.file_size`).
    size: i64,
}

pub struct PostBlock {
    id: String,
    attachments: Vec<AttachmentLink>,
    author: String,
    author_organisation: String,
    author_guest: bool,
    body_html: String,
    created_at: DateTime<Utc>,
    edited: bool,
    helpful: i64,
    reacted: bool,
    can_edit: bool,
    can_react: bool,
    hidden: bool,
    hidden_from_reader: bool,
    deleted: bool,
    mine: bool,
    opening: bool,
    accepted: bool,
    reply_to: String,
    /// The expert check, when there is one (see `with_expertise`).
    verification: Option<crate::expertise::pages::VerificationBadge>,
    /// Whether the reader may verify this answer.
    can_verify: bool,
}

fn block(
    p: &PostView,
    opening_id: Option<PostId>,
    accepted_id: Option<PostId>,
    me: praxis_domain::UserId,
    can_reply: bool,
) -> PostBlock {
    PostBlock {
        id: p.post.id.to_string(),
        attachments: p
            .attachments
            .iter()
            .map(|a| AttachmentLink {
                document_id: a.document_id.to_string(),
                title: a.title.clone(),
                file_name: a.file_name.clone(),
                kind: praxis_domain::documents::kind_code(&a.content_type),
                size: a.size,
            })
            .collect(),
        author: p
            .author
            .as_ref()
            .map(|a| a.display_name.clone())
            .unwrap_or_default(),
        author_organisation: p
            .author
            .as_ref()
            .map(|a| a.organisation.clone())
            .unwrap_or_default(),
        author_guest: p
            .author
            .as_ref()
            .is_some_and(|a| a.role == praxis_domain::Role::Guest),
        body_html: if p.hidden_from_reader {
            String::new()
        } else {
            p.post.body_html.clone()
        },
        created_at: p.post.created_at,
        edited: p.post.edited_at.is_some(),
        helpful: p.post.helpful_count,
        reacted: p.reacted,
        can_edit: p.can_edit && !p.post.deleted,
        can_react: can_reply && p.post.author_id != me && !p.post.deleted,
        hidden: p.post.hidden,
        hidden_from_reader: p.hidden_from_reader,
        deleted: p.post.deleted,
        mine: p.post.author_id == me,
        opening: Some(p.post.id) == opening_id,
        accepted: Some(p.post.id) == accepted_id,
        reply_to: p.post.reply_to.map(|r| r.to_string()).unwrap_or_default(),
        verification: None,
        can_verify: false,
    }
}

#[derive(Template)]
#[template(path = "discussions/thread.html")]
struct ThreadPage {
    layout: Layout,
    id: String,
    title: String,
    /// The language the author gave the thread (`lang` on its title and
    /// opening post), or empty when they did not say.
    content_lang: String,
    question: bool,
    locked: bool,
    pinned: bool,
    tags: Vec<String>,
    community_slug: String,
    community_name: String,
    opening: Option<PostBlock>,
    accepted: Option<PostBlock>,
    replies: Vec<PostBlock>,
    following: bool,
    can_reply: bool,
    can_accept: bool,
    can_moderate: bool,
    page: u64,
    has_next: bool,
    errors: FormErrors,
    draft: String,
    attachable: Vec<(String, String)>,
    /// Practitioners asked to answer, and whether they did.
    asked: Vec<crate::expertise::pages::AskedRow>,
    /// Practitioners the reader could ask (questions only).
    suggestions: Vec<crate::expertise::pages::Suggestion>,
    can_ask: bool,
}

impl ThreadPage {
    /// Adds verified answers and asked practitioners, which live beside the
    /// cached thread view.
    async fn with_expertise(mut self, app: &App, auth: &praxis_app::accounts::AuthContext) -> Self {
        let Ok(thread) = self.id.parse() else {
            return self;
        };
        let extra = crate::expertise::pages::thread_extras(
            app,
            auth,
            &self.layout.ui,
            thread,
            self.question,
            self.can_reply,
        )
        .await;
        for block in self
            .opening
            .iter_mut()
            .chain(self.accepted.iter_mut())
            .chain(self.replies.iter_mut())
        {
            block.verification = extra.badges.get(&block.id).cloned();
            block.can_verify =
                extra.can_verify && !block.opening && !block.deleted && !block.hidden;
        }
        self.asked = extra.asked;
        self.suggestions = extra.suggestions;
        self.can_ask = extra.can_ask;
        self
    }
}

fn thread_page(
    view: ThreadView,
    layout: Layout,
    me: praxis_domain::UserId,
    errors: FormErrors,
    draft: String,
    attachable: Vec<(String, String)>,
) -> ThreadPage {
    let opening_id = if view.page == 1 {
        view.posts.first().map(|p| p.post.id)
    } else {
        None
    };
    let accepted_id = view.thread.accepted_post_id;
    let mut blocks: Vec<PostBlock> = view
        .posts
        .iter()
        .map(|p| block(p, opening_id, accepted_id, me, view.can_reply))
        .collect();
    let opening = if opening_id.is_some() && !blocks.is_empty() {
        Some(blocks.remove(0))
    } else {
        None
    };
    ThreadPage {
        id: view.thread.id.to_string(),
        title: view.thread.title.clone(),
        content_lang: view.thread.language.clone(),
        question: view.thread.kind == ThreadKind::Question,
        locked: view.thread.locked,
        pinned: view.thread.pinned,
        tags: view.thread.tags.clone(),
        community_slug: view.community.slug.clone(),
        community_name: view.community.name.clone(),
        accepted: view
            .accepted
            .as_ref()
            .filter(|_| view.page == 1)
            .map(|p| block(p, opening_id, accepted_id, me, view.can_reply)),
        opening,
        replies: blocks,
        following: view.following,
        can_reply: view.can_reply,
        can_accept: view.can_accept,
        can_moderate: view.can_moderate,
        page: view.page,
        has_next: view.page * view.per_page < view.total_posts,
        errors,
        draft,
        attachable,
        asked: Vec::new(),
        suggestions: Vec::new(),
        can_ask: false,
        layout,
    }
}

pub async fn thread(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    Query(params): Query<PageParam>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let view = discussions::view_thread(
        &app,
        &user.auth,
        id,
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 20,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let attachable = if view.can_reply {
        attach_choices(&app, &user.auth, view.community.id).await
    } else {
        Vec::new()
    };
    let page = thread_page(
        view,
        user.ctx.layout,
        user.auth.user.id,
        FormErrors::default(),
        String::new(),
        attachable,
    )
    .with_expertise(&app, &user.auth)
    .await;
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    body: String,
    reply_to: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

pub async fn reply(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    request: axum::extract::Request,
) -> PageResult {
    use axum::extract::FromRequest;
    let thread_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let is_multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    // A reply may carry a file to share in the library and attach at once
    // (a multipart form); without one it is a plain form.
    let (form, uploaded) = if is_multipart {
        let multipart = axum::extract::Multipart::from_request(request, &app)
            .await
            .map_err(|_| user.ctx.error(praxis_app::AppError::UnsupportedMediaType))?;
        let view = discussions::view_thread(&app, &user.auth, thread_id, Paging::default())
            .await
            .map_err(|e| user.ctx.error(e))?;
        let (community, blob) =
            praxis_app::documents::start_upload(&app, &user.auth, &view.community.slug)
                .await
                .map_err(|e| user.ctx.error(e))?;
        let mut read =
            crate::documents::upload::read(multipart, blob, Some(&user.ctx.viewer.csrf()))
                .await
                .map_err(|e| user.ctx.error(e))?;
        let form = ReplyForm {
            body: read.field("body"),
            reply_to: read.field("reply_to"),
            rest: read.fields.clone(),
        };
        let uploaded = match read.received.take() {
            Some(received) if !form.body.trim().is_empty() => {
                let input = praxis_app::documents::DocumentInput {
                    file_name: read.file_name.clone(),
                    ..Default::default()
                };
                match praxis_app::documents::create(&app, &user.auth, &community, input, received)
                    .await
                {
                    Ok((document, _)) => Ok(Some(document.id)),
                    Err(error) => Err(error),
                }
            }
            Some(received) => {
                received.discard().await;
                Ok(None)
            }
            None => Ok(None),
        };
        (form, uploaded)
    } else {
        let CsrfForm(form) = CsrfForm::<ReplyForm>::from_request(request, &app).await?;
        (form, Ok(None))
    };
    let reply_to = form.reply_to.trim().parse::<PostId>().ok();
    let mut attachments = ticked(&form.rest);
    let result = match uploaded {
        Ok(document) => {
            attachments.extend(document);
            discussions::reply(
                &app,
                &user.auth,
                thread_id,
                &form.body,
                reply_to,
                &attachments,
            )
            .await
        }
        Err(error) => Err(crate::documents::pages::file_field_error(&app, error)),
    };
    match result {
        Ok(post) => {
            let view = discussions::view_thread(&app, &user.auth, thread_id, Paging::default())
                .await
                .map_err(|e| user.ctx.error(e))?;
            let last_page = view.total_posts.div_ceil(20).max(1);
            Ok(see_other(&format!(
                "/threads/{thread_id}?page={last_page}#post-{}",
                post.id
            )))
        }
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let view = discussions::view_thread(&app, &user.auth, thread_id, Paging::default())
                .await
                .map_err(|e| user.ctx.error(e))?;
            let attachable = attach_choices(&app, &user.auth, view.community.id).await;
            let page = thread_page(
                view,
                user.ctx.layout,
                user.auth.user.id,
                errors,
                form.body,
                attachable,
            )
            .with_expertise(&app, &user.auth)
            .await;
            let mut response = render(&page);
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    post_id: String,
}

pub async fn accept(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> PageResult {
    let thread_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let post_id = form.post_id.trim().parse::<PostId>().ok();
    discussions::accept_answer(&app, &user.auth, thread_id, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/threads/{thread_id}?notice=answer_accepted"
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReactForm {
    on: String,
}

pub async fn react(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReactForm>,
) -> PageResult {
    let post_id: PostId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    discussions::react(
        &app,
        &user.auth,
        post_id,
        ReactionKind::Helpful,
        form.on != "false",
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let (_, thread, _) = discussions::post(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/threads/{}#post-{post_id}", thread.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowForm {
    follow: String,
}

pub async fn delete_post(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(_form): CsrfForm<FollowForm>,
) -> PageResult {
    let post_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (_, thread, _) = discussions::post(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    discussions::delete_post(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/threads/{}?notice=post_deleted#post-{post_id}",
        thread.id
    )))
}

pub async fn follow(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<FollowForm>,
) -> PageResult {
    let thread_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let on = form.follow != "false";
    discussions::set_following(&app, &user.auth, thread_id, on)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let notice = if on { "following" } else { "unfollowed" };
    Ok(see_other(&format!("/threads/{thread_id}?notice={notice}")))
}

#[derive(Template)]
#[template(path = "discussions/edit_post.html")]
struct EditPostPage {
    layout: Layout,
    id: String,
    thread_id: String,
    thread_title: String,
    body: String,
    errors: FormErrors,
}

pub async fn edit_form(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
) -> PageResult {
    let post_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (post, thread, can_edit) = discussions::post(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    if !can_edit {
        return Err(user.ctx.error(praxis_domain::policy::Denied::NotAllowed));
    }
    Ok(render(&EditPostPage {
        id: post.id.to_string(),
        thread_id: thread.id.to_string(),
        thread_title: thread.title,
        body: post.body,
        errors: FormErrors::default(),
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    body: String,
}

pub async fn edit(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<EditForm>,
) -> PageResult {
    let post_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    match discussions::edit_post(&app, &user.auth, post_id, &form.body).await {
        Ok(post) => Ok(see_other(&format!(
            "/threads/{}#post-{}",
            post.thread_id, post.id
        ))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let (post, thread, _) = discussions::post(&app, &user.auth, post_id)
                .await
                .map_err(|e| user.ctx.error(e))?;
            let mut response = render(&EditPostPage {
                id: post.id.to_string(),
                thread_id: thread.id.to_string(),
                thread_title: thread.title,
                body: form.body,
                errors,
                layout: user.ctx.layout,
            });
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

pub struct RevisionRow {
    body_html: String,
    replaced_at: DateTime<Utc>,
    replaced_by: String,
}

#[derive(Template)]
#[template(path = "discussions/history.html")]
struct HistoryPage {
    layout: Layout,
    thread_id: String,
    current_html: String,
    revisions: Vec<RevisionRow>,
}

pub async fn history(State(app): State<App>, user: PageUser, Path(id): Path<String>) -> PageResult {
    let post_id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (post, revisions) = discussions::history(&app, &user.auth, post_id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&HistoryPage {
        thread_id: post.thread_id.to_string(),
        current_html: post.body_html,
        revisions: revisions
            .into_iter()
            .rev()
            .map(|(r, editor)| RevisionRow {
                body_html: r.body_html,
                replaced_at: r.replaced_at,
                replaced_by: editor
                    .map(|e| {
                        praxis_app::discussions::notify::labelled_name(
                            &user.ctx.layout.ui,
                            e.role,
                            &e.display_name,
                        )
                    })
                    .unwrap_or_default(),
            })
            .collect(),
        layout: user.ctx.layout,
    }))
}

// ---------------------------------------------------------------------------
// Notifications.

pub struct NotificationRow {
    id: String,
    text: String,
    link: String,
    community: String,
    created_at: DateTime<Utc>,
    unread: bool,
}

#[derive(Template)]
#[template(path = "discussions/notifications.html")]
struct NotificationsPage {
    layout: Layout,
    rows: Vec<NotificationRow>,
    unread: u64,
    frequency: &'static str,
    may_get_alerts: bool,
    alert_mail: bool,
    frequencies: Vec<(&'static str, String)>,
    page: u64,
    has_next: bool,
}

pub async fn notifications(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<PageParam>,
) -> PageResult {
    let (page, unread) = discussions::notifications(
        &app,
        &user.auth,
        false,
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let rows = page
        .items
        .iter()
        .map(|n| {
            let lang = &user.ctx.layout.ui;
            let actor = n.actor.as_ref().map_or_else(
                || lang.t("mail-someone"),
                |a| discussions::notify::labelled_name(lang, a.role, &a.display_name),
            );
            let mut text = discussions::notify::describe_in(lang, n.notification.kind, &actor);
            if let Some(title) = &n.thread_title {
                text.push_str(&format!(": “{title}”"));
            }
            NotificationRow {
                id: n.notification.id.to_string(),
                link: discussions::notify::link(
                    "",
                    n.community.as_ref().map(|c| c.slug.as_str()),
                    n.thread_title.as_ref().and(n.notification.thread_id),
                    n.thread_title.as_ref().and(n.notification.post_id),
                ),
                community: n
                    .community
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                created_at: n.notification.created_at,
                unread: n.notification.read_at.is_none(),
                text,
            }
        })
        .collect();
    Ok(render(&NotificationsPage {
        rows,
        unread,
        frequency: user.auth.user.email_frequency.as_str(),
        may_get_alerts: praxis_app::moderation::moderates_something(&user.auth),
        alert_mail: user.auth.user.alert_mail,
        frequencies: vec![
            (
                EmailFrequency::Immediate.as_str(),
                user.ctx.layout.t("discussions-mail-immediate"),
            ),
            (
                EmailFrequency::Daily.as_str(),
                user.ctx.layout.t("discussions-mail-daily"),
            ),
            (
                EmailFrequency::Weekly.as_str(),
                user.ctx.layout.t("discussions-mail-weekly"),
            ),
            (
                EmailFrequency::Off.as_str(),
                user.ctx.layout.t("discussions-mail-off"),
            ),
        ],
        page: page.page,
        has_next: page.has_next(),
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReadForm {
    id: String,
}

pub async fn mark_read(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<ReadForm>,
) -> PageResult {
    let ids = form
        .id
        .trim()
        .parse::<NotificationId>()
        .ok()
        .map(|id| vec![id]);
    discussions::mark_read(&app, &user.auth, ids)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/notifications"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    email: String,
    /// A checkbox: "on" when ticked, absent otherwise.
    alert_mail: String,
}

pub async fn settings(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> PageResult {
    discussions::set_email_frequency(&app, &user.auth, &form.email)
        .await
        .map_err(|e| user.ctx.error(e))?;
    if praxis_app::moderation::moderates_something(&user.auth) {
        discussions::set_alert_mail(&app, &user.auth, form.alert_mail == "on")
            .await
            .map_err(|e| user.ctx.error(e))?;
    }
    Ok(see_other("/notifications?notice=settings_saved"))
}
