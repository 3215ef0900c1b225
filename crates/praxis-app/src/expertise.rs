//! Verified answers and asking practitioners.
//!
//! PIANOo's evaluation found forum answers "often contain errors and legal
//! inaccuracies". Admins designate **experts** per expertise code; an expert
//! for one of a question's codes (or the helpdesk, or an admin) marks an
//! answer verified with a legal reference and a date after which it is to be
//! reviewed. An edit of the answer suspends the badge until it is checked
//! again. Separately, any member can ask up to three practitioners to answer
//! a question; they are notified and the question shows whether they did.

use crate::App;
use crate::accounts::AuthContext;
use crate::discussions::notify;
use crate::discussions::{readable_post, readable_thread};
use crate::error::{AppError, AppResult, Validator};
use crate::search::query::{PeopleQuery, find_people};
use chrono::{NaiveDate, Utc};
use praxis_domain::policy;
use praxis_domain::text::{single_line, web_address};
use praxis_domain::{
    CommunityRole, PageOf, Paging, PostId, Role, ThreadId, ThreadKind, UserId, UserStatus,
    ValidationError, taxonomy,
};
use praxis_store::StoreError;
use praxis_store::accounts::{self as users_store, User};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::communities as communities_store;
use praxis_store::discussions::{self as discussions_store, Post, Thread};
use praxis_store::expertise::{self as store, NewVerification, Verification};
use praxis_store::notifications::NotificationKind;
use praxis_store::search::Entity;
use serde::Serialize;

/// At most this many practitioners asked per question.
pub const MAX_ASKED: usize = 3;

// ---------------------------------------------------------------------------
// Experts.

/// Designates a member as an expert for these codes (replacing earlier ones).
pub async fn designate(
    app: &App,
    auth: &AuthContext,
    user: UserId,
    codes: &[String],
) -> AppResult<Vec<String>> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let codes = taxonomy::parse_codes("expertise", codes, 30)?;
    if codes.is_empty() {
        return Err(AppError::invalid(ValidationError::required("expertise")));
    }
    let target = users_store::find_user(&app.db, user)
        .await?
        .filter(|u| u.status == UserStatus::Active && u.role != Role::Guest)
        .ok_or(AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_expert_codes(&txn, target.id, &codes, auth.user.id).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "expert_designated",
            target_type: "user",
            target_id: target.id.to_string(),
            community_id: None,
            reason: "",
            details: serde_json::json!({ "expertise": codes }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(codes)
}

pub async fn undesignate(app: &App, auth: &AuthContext, user: UserId) -> AppResult<()> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if store::expert_codes(&txn, user).await?.is_empty() {
        return Err(AppError::NotFound);
    }
    store::set_expert_codes(&txn, user, &[], auth.user.id).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "expert_removed",
            target_type: "user",
            target_id: user.to_string(),
            community_id: None,
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Every expert and their codes, for the administration page.
pub async fn experts(app: &App, auth: &AuthContext) -> AppResult<Vec<(User, Vec<String>)>> {
    policy::may_administer(&auth.actor)?;
    let listed = store::experts(&app.db).await?;
    let people = users_store::users_by_ids(&app.db, listed.iter().map(|(u, _)| *u)).await?;
    Ok(listed
        .into_iter()
        .filter_map(|(id, codes)| people.get(&id).cloned().map(|u| (u, codes)))
        .collect())
}

// ---------------------------------------------------------------------------
// Verified answers.

/// How a verification stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    Verified,
    /// Past its review date: to be checked again.
    ToReview,
    /// The answer was edited after it was checked.
    Suspended,
}

impl VerificationStatus {
    pub fn of(v: &Verification, today: NaiveDate) -> Self {
        if v.suspended_at.is_some() {
            VerificationStatus::Suspended
        } else if v.review_by < today {
            VerificationStatus::ToReview
        } else {
            VerificationStatus::Verified
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            VerificationStatus::Verified => "Verified",
            VerificationStatus::ToReview => "Verified, to be reviewed",
            VerificationStatus::Suspended => "Verification suspended (edited since)",
        }
    }
}

/// A verification with who made it, as threads show it.
#[derive(Debug, Clone)]
pub struct VerificationView {
    pub verification: Verification,
    pub status: VerificationStatus,
    pub by: Option<User>,
}

/// Whether the actor may verify answers in this thread: admins, the
/// helpdesk, and experts for one of the question's expertise codes.
async fn may_verify(app: &App, auth: &AuthContext, thread: &Thread) -> AppResult<bool> {
    if matches!(auth.user.role, Role::Admin | Role::Helpdesk) {
        return Ok(true);
    }
    let mine = store::expert_codes(&app.db, auth.user.id).await?;
    Ok(thread.expertise.iter().any(|code| mine.contains(code)))
}

pub struct VerifyInput {
    pub reference: String,
    pub reference_url: String,
    /// `YYYY-MM-DD`, after today.
    pub review_by: String,
}

fn review_date(raw: &str) -> Result<NaiveDate, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(ValidationError::required("review_by"));
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
        ValidationError::new(
            "review_by",
            "invalid_date",
            "Give the review date as YYYY-MM-DD.",
        )
    })?;
    if date <= Utc::now().date_naive() {
        return Err(ValidationError::new(
            "review_by",
            "in_the_past",
            "The review date must be in the future.",
        ));
    }
    Ok(date)
}

/// The post an answer verification is about, checked: readable, a reply
/// (not the question itself), visible.
async fn answer(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
) -> AppResult<(Post, Thread, Option<CommunityRole>)> {
    let (post, thread, _community, role) = readable_post(app, auth, post_id).await?;
    if !may_verify(app, auth, &thread).await? {
        return Err(AppError::forbidden(
            "not_an_expert",
            "Only experts for this question's topics, the helpdesk and administrators verify answers.",
        ));
    }
    let opening = discussions_store::opening_post(&app.db, thread.id).await?;
    if opening.as_ref().is_some_and(|o| o.id == post.id) {
        return Err(AppError::conflict(
            "not_an_answer",
            "The question itself cannot be verified; verify one of its answers.",
        ));
    }
    if post.hidden || post.deleted {
        return Err(AppError::conflict(
            "answer_not_visible",
            "This answer is hidden or deleted.",
        ));
    }
    Ok((post, thread, role))
}

pub async fn verify(
    app: &App,
    auth: &AuthContext,
    post_id: PostId,
    input: VerifyInput,
) -> AppResult<VerificationView> {
    policy::may_write(&auth.actor)?;
    let (post, thread, _) = answer(app, auth, post_id).await?;
    let mut v = Validator::default();
    let reference = v.check(single_line("reference", &input.reference, 3, 300));
    let url = v.check(web_address("reference_url", &input.reference_url));
    let review_by = v.check(review_date(&input.review_by));
    v.finish()?;
    let (Some(reference), Some(url), Some(review_by)) = (reference, url, review_by) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::verify(
        &txn,
        NewVerification {
            post_id: post.id,
            thread_id: thread.id,
            community_id: thread.community_id,
            verified_by: auth.user.id,
            reference: &reference,
            reference_url: &url,
            review_by,
        },
    )
    .await?;
    crate::search::record(&txn, Entity::Post, post.id.0).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "answer_verified",
            target_type: "post",
            target_id: post.id.to_string(),
            community_id: Some(thread.community_id.0),
            reason: &reference,
            details: serde_json::json!({ "review_by": review_by, "reference_url": url }),
        },
    )
    .await?;
    if post.author_id != auth.user.id {
        notify::notify(
            app,
            &txn,
            notify::Event {
                recipient: post.author_id,
                kind: NotificationKind::AnswerVerified,
                actor: Some(auth.user.id),
                community: Some(thread.community_id),
                thread: Some(thread.id),
                post: Some(post.id),
            },
        )
        .await?;
    }
    let verification = store::verification_of(&txn, post.id)
        .await?
        .ok_or(AppError::NotFound)?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    app.jobs_ready.notify_one();
    Ok(VerificationView {
        status: VerificationStatus::of(&verification, Utc::now().date_naive()),
        verification,
        by: Some(auth.user.clone()),
    })
}

pub async fn unverify(app: &App, auth: &AuthContext, post_id: PostId) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let (post, thread, _) = answer(app, auth, post_id).await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::unverify(&txn, post.id).await? {
        return Err(AppError::NotFound);
    }
    crate::search::record(&txn, Entity::Post, post.id.0).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "answer_unverified",
            target_type: "post",
            target_id: post.id.to_string(),
            community_id: Some(thread.community_id.0),
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_thread(thread.id);
    Ok(())
}

/// The verifications of a thread the actor reads, by post.
pub async fn of_thread(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
) -> AppResult<std::collections::HashMap<PostId, VerificationView>> {
    readable_thread(app, auth, thread_id).await?;
    let found = store::verifications_in_thread(&app.db, thread_id).await?;
    let people = users_store::users_by_ids(&app.db, found.values().map(|v| v.verified_by)).await?;
    let today = Utc::now().date_naive();
    Ok(found
        .into_iter()
        .map(|(post, v)| {
            (
                post,
                VerificationView {
                    status: VerificationStatus::of(&v, today),
                    by: people.get(&v.verified_by).cloned(),
                    verification: v,
                },
            )
        })
        .collect())
}

/// Whether the actor may verify answers of this thread (for showing the form).
pub async fn can_verify(app: &App, auth: &AuthContext, thread_id: ThreadId) -> AppResult<bool> {
    let (thread, _, _) = readable_thread(app, auth, thread_id).await?;
    may_verify(app, auth, &thread).await
}

/// A verified answer in a community's list.
#[derive(Debug, Clone)]
pub struct VerifiedAnswer {
    pub view: VerificationView,
    pub thread: Thread,
    pub post: Post,
}

pub async fn verified_in_community(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    paging: Paging,
) -> AppResult<PageOf<VerifiedAnswer>> {
    let (community, _) = crate::communities::readable_community(app, auth, slug).await?;
    let page = store::verified_in_community(&app.db, community.id, paging).await?;
    let people =
        users_store::users_by_ids(&app.db, page.items.iter().map(|v| v.verified_by)).await?;
    let today = Utc::now().date_naive();
    let mut items = Vec::with_capacity(page.items.len());
    for v in &page.items {
        let (Some(post), Some(thread)) = (
            discussions_store::find_post(&app.db, v.post_id).await?,
            discussions_store::find_thread(&app.db, v.thread_id).await?,
        ) else {
            continue;
        };
        if post.hidden || post.deleted {
            continue;
        }
        items.push(VerifiedAnswer {
            view: VerificationView {
                status: VerificationStatus::of(v, today),
                by: people.get(&v.verified_by).cloned(),
                verification: v.clone(),
            },
            thread,
            post,
        });
    }
    Ok(PageOf {
        items,
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    })
}

// ---------------------------------------------------------------------------
// Asking practitioners.

/// Someone asked to answer, and whether they did.
#[derive(Debug, Clone)]
pub struct Asked {
    pub user: User,
    pub answered: bool,
}

pub async fn asked(app: &App, auth: &AuthContext, thread_id: ThreadId) -> AppResult<Vec<Asked>> {
    readable_thread(app, auth, thread_id).await?;
    let requests = store::requests_of(&app.db, thread_id).await?;
    let ids: Vec<UserId> = requests.iter().map(|r| r.user_id).collect();
    let answered = store::answered_by(&app.db, thread_id, &ids).await?;
    let people = users_store::users_by_ids(&app.db, ids.iter().copied()).await?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            people.get(id).cloned().map(|user| Asked {
                answered: answered.contains(id),
                user,
            })
        })
        .collect())
}

/// Asks practitioners (up to three per question, members of its community)
/// to answer; each is notified.
pub async fn ask(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    user_ids: &[String],
) -> AppResult<Vec<Asked>> {
    let (thread, community, role) = readable_thread(app, auth, thread_id).await?;
    policy::may_post(&auth.actor, role, false)?;
    if thread.kind != ThreadKind::Question {
        return Err(AppError::conflict(
            "not_a_question",
            "Practitioners are asked to answer questions, not discussions.",
        ));
    }
    let invalid = |code: &'static str, message: &str| {
        AppError::invalid(ValidationError::new("user_ids", code, message))
    };
    if user_ids.is_empty() {
        return Err(AppError::invalid(ValidationError::required("user_ids")));
    }
    let mut wanted: Vec<UserId> = Vec::new();
    for raw in user_ids {
        let id: UserId = raw
            .trim()
            .parse()
            .map_err(|_| invalid("unknown_member", "One of these is not a member."))?;
        if id == auth.user.id || id == thread.author_id {
            return Err(invalid(
                "cannot_ask",
                "Ask someone other than yourself or the question's author.",
            ));
        }
        if !wanted.contains(&id) {
            wanted.push(id);
        }
    }
    let people = users_store::users_by_ids(&app.db, wanted.iter().copied()).await?;
    for id in &wanted {
        let person = people
            .get(id)
            .filter(|u| u.status == UserStatus::Active)
            .ok_or_else(|| invalid("unknown_member", "One of these is not a member."))?;
        // Only someone who can read the question is told about it.
        let can_read = policy::reads_every_community(person.role)
            || communities_store::role_of(&app.db, community.id, *id)
                .await?
                .is_some();
        if !can_read {
            return Err(invalid(
                "not_in_community",
                &format!(
                    "{} is not a member of {}; ask someone who is.",
                    person.display_name, community.name
                ),
            )
            .with_arg("name", person.display_name.as_str())
            .with_arg("community", community.name.as_str()));
        }
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let mut added = Vec::new();
    for id in &wanted {
        if store::add_request(&txn, thread.id, *id, auth.user.id).await? {
            added.push(*id);
        }
    }
    if store::count_requests(&txn, thread.id).await? as usize > MAX_ASKED {
        return Err(AppError::conflict(
            "too_many_requests",
            format!("At most {MAX_ASKED} practitioners can be asked per question."),
        )
        .with_arg("max", MAX_ASKED));
    }
    for id in &added {
        notify::notify(
            app,
            &txn,
            notify::Event {
                recipient: *id,
                kind: NotificationKind::AskedToAnswer,
                actor: Some(auth.user.id),
                community: Some(community.id),
                thread: Some(thread.id),
                post: None,
            },
        )
        .await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_practitioners(thread.id);
    app.jobs_ready.notify_one();
    drop(_write);
    asked(app, auth, thread.id).await
}

/// Practitioners to ask: people with the question's expertise (or who write
/// about its tags), members of its community first, best evidence first;
/// never the author or those asked already.
pub async fn suggestions(
    app: &App,
    auth: &AuthContext,
    thread_id: ThreadId,
    limit: usize,
) -> AppResult<Vec<User>> {
    let (thread, community, _) = readable_thread(app, auth, thread_id).await?;
    if auth.user.role == Role::Guest {
        return Ok(Vec::new());
    }
    let candidates = match app.caches.practitioners(thread.id) {
        Some(found) => found,
        None => {
            let ticket = app.caches.ticket();
            let found = practitioners_for(app, &thread, community.id).await?;
            app.caches.put_practitioners(ticket, thread.id, found)
        }
    };
    Ok(candidates
        .iter()
        .filter(|u| u.id != auth.user.id)
        .take(limit)
        .cloned()
        .collect())
}

/// Everyone a question's page may offer to ask, in order, whoever reads it.
async fn practitioners_for(
    app: &App,
    thread: &Thread,
    community: praxis_domain::CommunityId,
) -> AppResult<Vec<User>> {
    let query = PeopleQuery {
        words: if thread.expertise.is_empty() {
            thread.tags.join(" ")
        } else {
            String::new()
        },
        expertise: thread.expertise.clone(),
        organisation: String::new(),
        language: None,
    };
    if query.words.is_empty() && query.expertise.is_empty() {
        return Ok(Vec::new());
    }
    let (_, found) = find_people(
        app,
        &query,
        Paging {
            page: 1,
            per_page: 50,
        },
    )
    .await?;
    let asked: Vec<UserId> = store::requests_of(&app.db, thread.id)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let ids: Vec<UserId> = found
        .iter()
        .map(|(id, _)| UserId(*id))
        .filter(|id| *id != thread.author_id && !asked.contains(id))
        .collect();
    let members = communities_store::members_among(&app.db, community, &ids).await?;
    let people = users_store::users_by_ids(&app.db, ids.iter().copied()).await?;
    // Members of the community first (they can be asked), in the
    // directory's order; then the others, to join or to contact.
    let (inside, outside): (Vec<UserId>, Vec<UserId>) =
        ids.into_iter().partition(|id| members.contains(id));
    Ok(inside
        .into_iter()
        .chain(outside)
        .filter_map(|id| people.get(&id).cloned())
        .filter(|u| u.role != Role::Guest)
        .collect())
}

/// Whether the actor may ask practitioners on this thread (for the form).
pub fn may_ask(auth: &AuthContext, role: Option<CommunityRole>) -> bool {
    policy::may_post(&auth.actor, role, false).is_ok()
}
