//! Who hears about what: in-app notifications, and mail for members who
//! asked for it immediately. Digests are in `digest.rs`.

use crate::App;
use crate::error::AppResult;
use crate::jobs::enqueue_mail;
use crate::mail::OutgoingMail;
use praxis_domain::{CommunityId, EmailFrequency, PostId, ThreadId, UserId};
use praxis_store::ConnectionTrait;
use praxis_store::accounts as users_store;
use praxis_store::communities as communities_store;
use praxis_store::discussions as store;
use praxis_store::notifications::{self as notifications_store, NewNotification, NotificationKind};

/// Something a person should hear about.
#[derive(Debug, Clone)]
pub struct Event {
    pub recipient: UserId,
    pub kind: NotificationKind,
    pub actor: Option<UserId>,
    pub community: Option<CommunityId>,
    pub thread: Option<ThreadId>,
    pub post: Option<PostId>,
}

/// Records a notification and, for members who want mail immediately,
/// enqueues it in the same transaction.
pub async fn notify(app: &App, conn: &impl ConnectionTrait, event: Event) -> AppResult<()> {
    let notification = notifications_store::insert(
        conn,
        &NewNotification {
            user_id: event.recipient,
            kind: event.kind,
            actor_id: event.actor,
            community_id: event.community,
            thread_id: event.thread,
            post_id: event.post,
        },
    )
    .await?;
    app.caches.forget_unread(event.recipient);
    let Some(recipient) = users_store::find_user(conn, event.recipient).await? else {
        return Ok(());
    };
    if recipient.email_frequency != EmailFrequency::Immediate {
        return Ok(());
    }
    let mail = render_one(app, conn, &recipient.email, &event).await?;
    enqueue_mail(conn, &mail).await?;
    notifications_store::mark_emailed(conn, &[notification.id]).await?;
    Ok(())
}

/// A plain-text excerpt of a post for mails: the Markdown source, on one
/// paragraph, cut at a word boundary.
pub fn excerpt(body: &str, max_chars: usize) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars).collect();
    match cut.rsplit_once(' ') {
        Some((head, _)) => format!("{head}…"),
        None => format!("{cut}…"),
    }
}

/// One sentence saying what happened, e.g. "Anna replied to your question".
pub fn describe(kind: NotificationKind, actor: &str) -> String {
    match kind {
        NotificationKind::ReplyToThread => format!("{actor} replied in your thread"),
        NotificationKind::ReplyToPost => format!("{actor} replied to your post"),
        NotificationKind::FollowedThread => format!("{actor} replied in a thread you follow"),
        NotificationKind::NewThread => format!("{actor} started a new thread"),
        NotificationKind::Mention => format!("{actor} mentioned you"),
        NotificationKind::AnswerAccepted => format!("{actor} accepted your answer"),
        NotificationKind::JoinApproved => "Your request to join was approved".to_owned(),
        NotificationKind::JoinRejected => "Your request to join was declined".to_owned(),
        NotificationKind::JoinRequested => format!("{actor} asks to join"),
        NotificationKind::Invited => {
            format!("{actor} invited you to join; the link is in the mail we sent you")
        }
        NotificationKind::InvitationAccepted => format!("{actor} accepted your invitation"),
        NotificationKind::AnswerVerified => format!("{actor} verified your answer"),
        NotificationKind::AskedToAnswer => format!("{actor} asks you to answer a question"),
        NotificationKind::FeedbackAnswered => format!("{actor} answered your feedback"),
    }
}

/// The link a notification leads to.
pub fn link(
    base_url: &str,
    community_slug: Option<&str>,
    thread: Option<ThreadId>,
    post: Option<PostId>,
) -> String {
    match (thread, post, community_slug) {
        (Some(thread), Some(post), _) => format!("{base_url}/threads/{thread}#post-{post}"),
        (Some(thread), None, _) => format!("{base_url}/threads/{thread}"),
        (None, _, Some(slug)) => format!("{base_url}/communities/{slug}"),
        _ => format!("{base_url}/notifications"),
    }
}

async fn render_one(
    app: &App,
    conn: &impl ConnectionTrait,
    to: &str,
    event: &Event,
) -> AppResult<OutgoingMail> {
    let site = app.site();
    let actor = match event.actor {
        Some(id) => users_store::find_user(conn, id)
            .await?
            .map(|u| u.role.labelled_name(&u.display_name))
            .unwrap_or_else(|| "Someone".to_owned()),
        None => site.name.clone(),
    };
    let community = match event.community {
        Some(id) => communities_store::find(conn, id).await?,
        None => None,
    };
    let thread = match event.thread {
        Some(id) => store::find_thread(conn, id).await?,
        None => None,
    };
    let post = match event.post {
        Some(id) => store::find_post(conn, id).await?,
        None => None,
    };
    let what = describe(event.kind, &actor);
    let community_name = community.as_ref().map(|c| c.name.as_str()).unwrap_or("");
    let subject = match &thread {
        Some(thread) => format!("[{community_name}] {}", thread.title),
        None => format!("[{community_name}] {what}"),
    };
    let url = link(
        &site.base_url,
        community.as_ref().map(|c| c.slug.as_str()),
        event.thread,
        event.post,
    );
    let mut text = format!("{url}\n\n{what}");
    if let Some(thread) = &thread {
        text.push_str(&format!(": \"{}\"", thread.title));
    }
    text.push_str(&format!(" in {community_name}.\n"));
    if let Some(post) = &post {
        text.push_str(&format!("\n{}\n", excerpt(&post.body, 600)));
    }
    text.push_str(&format!(
        "\nYou receive this mail because you asked for immediate mail from {}. Change it at {}/me/notifications\n",
        site.name, site.base_url
    ));
    Ok(OutgoingMail {
        to: to.to_owned(),
        subject,
        text,
    })
}
