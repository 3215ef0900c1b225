//! Who hears about what: in-app notifications, and mail for members who
//! asked for it immediately. Digests are in `digest.rs`.

use crate::App;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::jobs::enqueue_mail;
use crate::mail::OutgoingMail;
use crate::mail::texts::text;
use praxis_domain::{CommunityId, EmailFrequency, PostId, Role, ThreadId, UserId};
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
    let lang = app.language_of(&recipient.locale);
    let mail = render_one(app, conn, &lang, &recipient.email, &event).await?;
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

/// One sentence saying what happened, e.g. "Anna replied to your question",
/// in a language (`mail-notification-…` messages), for mails and the
/// notifications page.
pub fn describe_in(lang: &Lang, kind: NotificationKind, actor: &str) -> String {
    let key = match kind {
        NotificationKind::ReplyToThread => "mail-notification-reply-to-thread",
        NotificationKind::ReplyToPost => "mail-notification-reply-to-post",
        NotificationKind::FollowedThread => "mail-notification-followed-thread",
        NotificationKind::NewThread => "mail-notification-new-thread",
        NotificationKind::Mention => "mail-notification-mention",
        NotificationKind::AnswerAccepted => "mail-notification-answer-accepted",
        NotificationKind::JoinApproved => "mail-notification-join-approved",
        NotificationKind::JoinRejected => "mail-notification-join-rejected",
        NotificationKind::JoinRequested => "mail-notification-join-requested",
        NotificationKind::Invited => "mail-notification-invited",
        NotificationKind::InvitationAccepted => "mail-notification-invitation-accepted",
        NotificationKind::AnswerVerified => "mail-notification-answer-verified",
        NotificationKind::AskedToAnswer => "mail-notification-asked-to-answer",
        NotificationKind::FeedbackAnswered => "mail-notification-feedback-answered",
    };
    lang.t_args(key, &[("actor", text(actor))])
}

/// A person's name in a mail: guests are labelled, as everywhere (see
/// `Role::labelled_name`), in the reader's language.
pub fn labelled_name(lang: &Lang, role: Role, display_name: &str) -> String {
    match role {
        Role::Guest => lang.t_args("mail-guest-name", &[("name", text(display_name))]),
        _ => display_name.to_owned(),
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
    lang: &Lang,
    to: &str,
    event: &Event,
) -> AppResult<OutgoingMail> {
    let site = app.site();
    let actor = match event.actor {
        Some(id) => users_store::find_user(conn, id)
            .await?
            .map(|u| labelled_name(lang, u.role, &u.display_name))
            .unwrap_or_else(|| lang.t("mail-someone")),
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
    let what = describe_in(lang, event.kind, &actor);
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
    let sentence = match (&thread, community_name.is_empty()) {
        (Some(thread), false) => lang.t_args(
            "mail-notify-sentence-thread",
            &[
                ("what", text(&what)),
                ("title", text(&thread.title)),
                ("community", text(community_name)),
            ],
        ),
        (Some(thread), true) => lang.t_args(
            "mail-notify-sentence-thread-nowhere",
            &[("what", text(&what)), ("title", text(&thread.title))],
        ),
        (None, false) => lang.t_args(
            "mail-notify-sentence",
            &[("what", text(&what)), ("community", text(community_name))],
        ),
        (None, true) => lang.t_args("mail-notify-sentence-nowhere", &[("what", text(&what))]),
    };
    let mut body = format!("{url}\n\n{sentence}\n");
    if let Some(post) = &post {
        body.push_str(&format!("\n{}\n", excerpt(&post.body, 600)));
    }
    let settings = format!("{}/me/notifications", site.base_url);
    body.push('\n');
    body.push_str(&lang.t_args(
        "mail-notify-footer",
        &[("site", text(&site.name)), ("link", text(&settings))],
    ));
    body.push('\n');
    Ok(OutgoingMail {
        to: to.to_owned(),
        subject,
        text: body,
    })
}
