//! `/api/v1/communities/{slug}/threads`, `/threads/*`, `/posts/*`, `/feed`,
//! `/notifications`, as in API.md "Discussions and questions".

use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiQuery, ApiUser, OptionalJson, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::{DateTime, Utc};
use praxis_app::discussions::{self, NewThreadInput, NotificationView, PostView, ThreadSummary};
use praxis_app::{App, AppError};
use praxis_domain::{CommunityId, DocumentId, ThreadId, UserId};
use praxis_domain::{
    NotificationId, Paging, PostId, ReactionKind, ThreadKind, ValidationError, taxonomy,
};
use praxis_store::accounts::Author;
use praxis_store::discussions::ThreadFilter;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

// Typed JSON for the hot routes: serialised straight from borrowed data,
// without building a `serde_json::Value` tree first.

#[derive(Serialize)]
pub struct AuthorJson<'a> {
    id: UserId,
    display_name: &'a str,
    organisation: &'a str,
    guest: bool,
}

fn author_json(author: Option<&Author>) -> Option<AuthorJson<'_>> {
    author.map(|a| AuthorJson {
        id: a.id,
        display_name: &a.display_name,
        organisation: &a.organisation,
        guest: a.role == praxis_domain::Role::Guest,
    })
}

#[derive(Serialize)]
pub struct CommunityRef<'a> {
    id: CommunityId,
    slug: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
pub struct SummaryJson<'a> {
    id: ThreadId,
    title: &'a str,
    kind: ThreadKind,
    community: Option<CommunityRef<'a>>,
    author: Option<AuthorJson<'a>>,
    tags: &'a [String],
    expertise: &'a [String],
    pinned: bool,
    locked: bool,
    accepted_post_id: Option<PostId>,
    answered: bool,
    reply_count: i64,
    last_post_at: DateTime<Utc>,
    last_poster: Option<AuthorJson<'a>>,
    created_at: DateTime<Utc>,
    /// The content language (`en`, `nl`, `fr`), or null when unknown.
    language: Option<praxis_domain::Locale>,
}

pub fn summary_json(s: &ThreadSummary) -> SummaryJson<'_> {
    let t = &s.thread;
    SummaryJson {
        id: t.id,
        title: &t.title,
        kind: t.kind,
        community: s.community.as_ref().map(|c| CommunityRef {
            id: c.id,
            slug: &c.slug,
            name: &c.name,
        }),
        author: author_json(s.author.as_ref()),
        tags: &t.tags,
        expertise: &t.expertise,
        pinned: t.pinned,
        locked: t.locked,
        accepted_post_id: t.accepted_post_id,
        answered: t.accepted_post_id.is_some(),
        reply_count: t.reply_count,
        last_post_at: t.last_post_at,
        last_poster: author_json(s.last_poster.as_ref()),
        created_at: t.created_at,
        language: t.content_language,
    }
}

#[derive(Serialize)]
struct Helpful<T> {
    helpful: T,
}

#[derive(Serialize)]
pub struct AttachmentJson<'a> {
    document_id: DocumentId,
    title: &'a str,
    file_name: &'a str,
    content_type: &'a str,
    size: i64,
    download_url: String,
}

#[derive(Serialize)]
pub struct PostJson<'a> {
    id: PostId,
    attachments: Vec<AttachmentJson<'a>>,
    author: Option<AuthorJson<'a>>,
    body: &'a str,
    body_html: &'a str,
    reply_to: Option<PostId>,
    created_at: DateTime<Utc>,
    edited_at: Option<DateTime<Utc>>,
    reactions: Helpful<i64>,
    my_reactions: Helpful<bool>,
    hidden: bool,
    /// Deleted by its author: no text, the place kept.
    deleted: bool,
    can_edit: bool,
}

pub fn post_json(p: &PostView) -> PostJson<'_> {
    let post = &p.post;
    let (body, body_html) = if p.hidden_from_reader {
        ("", "")
    } else {
        (post.body.as_str(), post.body_html.as_str())
    };
    PostJson {
        id: post.id,
        attachments: p
            .attachments
            .iter()
            .map(|a| AttachmentJson {
                document_id: a.document_id,
                title: &a.title,
                file_name: &a.file_name,
                content_type: &a.content_type,
                size: a.size,
                download_url: format!("/api/v1/documents/{}/download", a.document_id),
            })
            .collect(),
        author: author_json(p.author.as_ref()),
        body,
        body_html,
        reply_to: post.reply_to,
        created_at: post.created_at,
        edited_at: post.edited_at,
        reactions: Helpful {
            helpful: post.helpful_count,
        },
        my_reactions: Helpful { helpful: p.reacted },
        hidden: post.hidden,
        deleted: post.deleted,
        can_edit: p.can_edit && !post.deleted,
    }
}

/// Serialises a borrowed view into a JSON response body.
fn json_body<T: Serialize>(value: &T) -> Result<axum::response::Response, AppError> {
    let bytes = serde_json::to_vec(value).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        bytes,
    )
        .into_response())
}

/// A page of a list, as API.md shapes every list.
#[derive(Serialize)]
pub struct Paged<T> {
    items: Vec<T>,
    page: u64,
    per_page: u64,
    total: u64,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListParams {
    kind: Option<String>,
    unanswered: Option<bool>,
    tag: Option<String>,
    /// Content language: `en`, `nl` or `fr`.
    lang: Option<String>,
}

fn filter(params: ListParams) -> Result<ThreadFilter, AppError> {
    let kind = match params.kind.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(k) => Some(ThreadKind::parse_field(k)?),
    };
    Ok(ThreadFilter {
        kind,
        unanswered: params.unanswered.unwrap_or(false),
        tag: params
            .tag
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty()),
        language: praxis_domain::discussion::language_filter(params.lang.as_deref().unwrap_or(""))
            .map_err(AppError::invalid)?,
    })
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(params): ApiQuery<ListParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = discussions::list_threads(&app, &user.auth, &slug, filter(params)?, paging).await?;
    Ok(json_body(&Paged {
        items: page.items.iter().map(summary_json).collect(),
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    })?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateBody {
    title: String,
    body: String,
    kind: String,
    tags: Vec<String>,
    expertise: Vec<String>,
    attachments: Vec<DocumentId>,
    language: String,
}

pub async fn create(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<CreateBody>,
) -> ApiResult<impl IntoResponse> {
    let thread = discussions::create_thread(
        &app,
        &user.auth,
        &slug,
        NewThreadInput {
            title: body.title,
            body: body.body,
            kind: body.kind,
            tags: body.tags,
            expertise: body.expertise,
            attachments: body.attachments,
            language: body.language,
        },
    )
    .await?;
    let view = discussions::view_thread(&app, &user.auth, thread.id, Paging::default()).await?;
    Ok((StatusCode::CREATED, json_body(&thread_json(&view))?))
}

#[derive(Serialize)]
struct ThreadJson<'a> {
    id: ThreadId,
    title: &'a str,
    kind: ThreadKind,
    community: CommunityRef<'a>,
    author: Option<AuthorJson<'a>>,
    author_id: UserId,
    tags: &'a [String],
    expertise: &'a [String],
    locked: bool,
    pinned: bool,
    accepted_post_id: Option<PostId>,
    reply_count: i64,
    created_at: DateTime<Utc>,
    last_post_at: DateTime<Utc>,
    following: bool,
    can_reply: bool,
    can_accept: bool,
    posts: Vec<PostJson<'a>>,
    page: u64,
    per_page: u64,
    total: u64,
}

fn thread_json(view: &discussions::ThreadView) -> ThreadJson<'_> {
    let t = &view.thread;
    // In the JSON, posts stay in order; the accepted answer is marked by id.
    let mut all: Vec<&PostView> = view.posts.iter().chain(view.accepted.iter()).collect();
    all.sort_by_key(|p| p.post.id);
    let author = all
        .first()
        .filter(|_| view.page == 1)
        .and_then(|p| author_json(p.author.as_ref()));
    ThreadJson {
        id: t.id,
        title: &t.title,
        kind: t.kind,
        community: CommunityRef {
            id: view.community.id,
            slug: &view.community.slug,
            name: &view.community.name,
        },
        author,
        author_id: t.author_id,
        tags: &t.tags,
        expertise: &t.expertise,
        locked: t.locked,
        pinned: t.pinned,
        accepted_post_id: t.accepted_post_id,
        reply_count: t.reply_count,
        created_at: t.created_at,
        last_post_at: t.last_post_at,
        following: view.following,
        can_reply: view.can_reply,
        can_accept: view.can_accept,
        posts: all.into_iter().map(post_json).collect(),
        page: view.page,
        per_page: view.per_page,
        total: view.total_posts,
    }
}

pub async fn show(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let view = discussions::view_thread(&app, &user.auth, id, paging).await?;
    // Verifications and requests to practitioners live beside the cached
    // thread view; they are added to its JSON here.
    let mut value =
        serde_json::to_value(thread_json(&view)).map_err(|e| AppError::Internal(e.into()))?;
    let verifications = praxis_app::expertise::of_thread(&app, &user.auth, id).await?;
    let mut add_verification = |post: &mut serde_json::Value| {
        let found = post["id"]
            .as_str()
            .and_then(|id| id.parse::<PostId>().ok())
            .and_then(|id| verifications.get(&id));
        post["verification"] = found.map_or(
            serde_json::Value::Null,
            crate::expertise::api::verification_json,
        );
    };
    if let Some(posts) = value["posts"].as_array_mut() {
        posts.iter_mut().for_each(&mut add_verification);
    }
    if value["accepted"].is_object() {
        add_verification(&mut value["accepted"]);
    }
    let asked = praxis_app::expertise::asked(&app, &user.auth, id).await?;
    value["expert_requests"] = crate::expertise::api::asked_json(&asked);
    Ok(json_body(&value)?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyBody {
    body: String,
    reply_to: Option<PostId>,
    attachments: Vec<DocumentId>,
}

pub async fn reply(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReplyBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let post = discussions::reply(
        &app,
        &user.auth,
        id,
        &body.body,
        body.reply_to,
        &body.attachments,
    )
    .await?;
    let view = discussions::post_view(&app, &user.auth, post.id).await?;
    Ok((StatusCode::CREATED, json_body(&post_json(&view))?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditBody {
    body: String,
}

pub async fn delete_post(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id: PostId = path_id(&id)?;
    discussions::delete_post(&app, &user.auth, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn edit(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EditBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let post = discussions::edit_post(&app, &user.auth, id, &body.body).await?;
    let view = discussions::post_view(&app, &user.auth, post.id).await?;
    Ok(json_body(&post_json(&view))?)
}

pub async fn history(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let (post, revisions) = discussions::history(&app, &user.auth, id).await?;
    Ok(Json(json!({
        "post_id": post.id,
        "current": { "body": post.body, "body_html": post.body_html, "edited_at": post.edited_at },
        "items": revisions.iter().map(|(r, editor)| json!({
            "body": r.body,
            "body_html": r.body_html,
            "replaced_at": r.replaced_at,
            "replaced_by": author_json(editor.as_ref()),
        })).collect::<Vec<_>>(),
        "total": revisions.len(),
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptBody {
    post_id: Option<PostId>,
}

pub async fn accept(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AcceptBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let post_id = body
        .post_id
        .ok_or_else(|| AppError::invalid(ValidationError::required("post_id")))?;
    discussions::accept_answer(&app, &user.auth, id, Some(post_id)).await?;
    Ok(Json(json!({ "accepted_post_id": post_id })))
}

pub async fn unaccept(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    discussions::accept_answer(&app, &user.auth, id, None).await?;
    Ok(Json(json!({ "accepted_post_id": null })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReactionBody {
    kind: Option<String>,
}

fn reaction_kind(kind: Option<String>) -> Result<ReactionKind, AppError> {
    Ok(ReactionKind::parse_field(
        kind.as_deref().unwrap_or("helpful"),
    )?)
}

pub async fn react(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<ReactionBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let kind = reaction_kind(body.kind)?;
    let count = discussions::react(&app, &user.auth, id, kind, true).await?;
    Ok(Json(
        json!({ "reactions": { "helpful": count }, "my_reactions": { "helpful": true } }),
    ))
}

pub async fn unreact(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<ReactionBody>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let kind = reaction_kind(query.kind)?;
    let count = discussions::react(&app, &user.auth, id, kind, false).await?;
    Ok(Json(
        json!({ "reactions": { "helpful": count }, "my_reactions": { "helpful": false } }),
    ))
}

pub async fn subscribe(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    discussions::set_following(&app, &user.auth, id, true).await?;
    Ok(Json(json!({ "following": true })))
}

pub async fn unsubscribe(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    discussions::set_following(&app, &user.auth, id, false).await?;
    Ok(Json(json!({ "following": false })))
}

pub async fn feed(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<ListParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = discussions::feed(&app, &user.auth, filter(params)?, paging).await?;
    let waiting = discussions::feed(
        &app,
        &user.auth,
        ThreadFilter {
            unanswered: true,
            ..ThreadFilter::default()
        },
        Paging {
            page: 1,
            per_page: 5,
        },
    )
    .await?;
    #[derive(Serialize)]
    struct FeedJson<'a> {
        items: Vec<SummaryJson<'a>>,
        page: u64,
        per_page: u64,
        total: u64,
        unanswered: Vec<SummaryJson<'a>>,
    }
    Ok(json_body(&FeedJson {
        items: page.items.iter().map(summary_json).collect(),
        page: page.page,
        per_page: page.per_page,
        total: page.total,
        unanswered: waiting.items.iter().map(summary_json).collect(),
    })?)
}

fn notification_json(n: &NotificationView) -> Value {
    let item = &n.notification;
    json!({
        "id": item.id,
        "kind": item.kind.as_str(),
        "actor": author_json(n.actor.as_ref()),
        "community": n.community.as_ref().map(|c| json!({ "slug": c.slug, "name": c.name })),
        "thread": item.thread_id.map(|id| json!({ "id": id, "title": n.thread_title })),
        "post_id": item.post_id,
        "created_at": item.created_at,
        "read": item.read_at.is_some(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NotificationParams {
    unread: Option<bool>,
}

pub async fn notifications(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<NotificationParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let (page, unread) =
        discussions::notifications(&app, &user.auth, params.unread.unwrap_or(false), paging)
            .await?;
    Ok(Json(json!({
        "items": page.items.iter().map(notification_json).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
        "unread": unread,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReadBody {
    ids: Option<Vec<NotificationId>>,
    all: bool,
}

pub async fn mark_read(
    State(app): State<App>,
    user: ApiUser,
    OptionalJson(body): OptionalJson<ReadBody>,
) -> ApiResult<impl IntoResponse> {
    let ids = match (body.all, body.ids) {
        (true, _) => None,
        (false, Some(ids)) => Some(ids),
        (false, None) => {
            return Err(AppError::invalid(ValidationError::new(
                "ids",
                "required",
                "Give the ids to mark read, or \"all\": true.",
            ))
            .into());
        }
    };
    let unread = discussions::mark_read(&app, &user.auth, ids).await?;
    Ok(Json(json!({ "unread": unread })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsBody {
    email: String,
    /// Moderators and managers: each new alert by mail.
    alert_mail: Option<bool>,
}

pub async fn notification_settings(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<SettingsBody>,
) -> ApiResult<impl IntoResponse> {
    // `email` may be left out when only the alerts change.
    let frequency = if body.email.trim().is_empty() && body.alert_mail.is_some() {
        user.auth.user.email_frequency
    } else {
        discussions::set_email_frequency(&app, &user.auth, &body.email).await?
    };
    let alert_mail = match body.alert_mail {
        Some(on) => discussions::set_alert_mail(&app, &user.auth, on).await?,
        None => user.auth.user.alert_mail,
    };
    Ok(Json(
        json!({ "email": frequency, "alert_mail": alert_mail }),
    ))
}

pub async fn get_notification_settings(user: ApiUser) -> ApiResult<impl IntoResponse> {
    Ok(Json(json!({
        "email": user.auth.user.email_frequency,
        "alert_mail": user.auth.user.alert_mail,
    })))
}

pub async fn taxonomy(_user: ApiUser) -> ApiResult<impl IntoResponse> {
    Ok(Json(
        json!({ "items": taxonomy::ALL, "total": taxonomy::ALL.len() }),
    ))
}
