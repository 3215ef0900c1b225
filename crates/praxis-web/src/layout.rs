//! What every page's frame shows: the site name, who is signed in, the CSRF
//! token for its forms, and a one-off notice after a redirect.

use praxis_app::accounts::AuthContext;
use praxis_domain::Role;

#[derive(Debug, Clone)]
pub struct LayoutUser {
    pub display_name: String,
    pub is_admin: bool,
    pub is_platform_moderator: bool,
    /// Moderates something (for members: manages a community): the queue
    /// and the indicators in the menu.
    pub manages_a_community: bool,
    pub must_accept_usage_code: bool,
    pub unread_notifications: u64,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub site_name: String,
    pub lang: String,
    pub user: Option<LayoutUser>,
    /// The token forms must send back as `_csrf`.
    pub csrf: String,
    pub notice: Option<&'static str>,
}

impl Layout {
    pub fn new(
        site_name: &str,
        auth: Option<&AuthContext>,
        csrf: String,
        notice: Option<&str>,
    ) -> Self {
        Layout {
            site_name: site_name.to_owned(),
            lang: auth
                .map(|a| a.user.locale.clone())
                .unwrap_or_else(|| "en".to_owned()),
            user: auth.map(|a| LayoutUser {
                display_name: a.user.display_name.clone(),
                is_admin: a.user.role == Role::Admin,
                is_platform_moderator: matches!(a.user.role, Role::Admin | Role::Moderator),
                manages_a_community: praxis_app::moderation::moderates_something(a),
                must_accept_usage_code: !a.actor.accepted_current_usage_code,
                unread_notifications: 0,
            }),
            csrf,
            notice: notice.and_then(notice_text),
        }
    }
}

/// Notices travel as codes in `?notice=`, never as text, so a link cannot
/// make the page say something we did not write.
fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "signed_out" => "You are signed out.",
        "password_changed" => {
            "Your password has been changed. Other sessions have been signed out."
        }
        "password_reset" => "Your password has been changed. Sign in with your new password.",
        "profile_saved" => "Your profile has been saved.",
        "usage_code_accepted" => "Thank you for accepting the usage code.",
        "accept_first" => {
            "Please read and accept the usage code before you post or change anything."
        }
        "usage_code_published" => {
            "The new version of the usage code is published. Everyone will be asked to accept it."
        }
        "domain_added" => "The domain has been added to the allow-list.",
        "domain_removed" => "The domain has been removed from the allow-list.",
        "approved" => "The registration has been approved and the applicant told by mail.",
        "rejected" => "The registration has been rejected and the applicant told by mail.",
        "suspended" => "The member has been suspended and told by mail.",
        "unsuspended" => "The suspension has been lifted.",
        "signed_in" => "Welcome back.",
        "joined" => "Welcome to the community.",
        "join_requested" => {
            "Your request has been sent to the community's managers. You will be notified of their decision."
        }
        "left" => "You have left the community.",
        "following" => "You will be notified of new activity.",
        "unfollowed" => "You will no longer be notified.",
        "answer_accepted" => "The accepted answer is now shown under the question.",
        "settings_saved" => "Your mail settings have been saved.",
        "help_vote_saved" => "Thank you: your answer helps us improve these pages.",
        "uploaded" => "The document is shared with the community.",
        "version_added" => "The new version is online; earlier versions stay available.",
        "post_hidden" => "The post is hidden from members; moderators still see it.",
        "post_restored" => "The post is visible again.",
        "thread_pinned" => "The thread is pinned to the top of its community.",
        "thread_unpinned" => "The thread is no longer pinned.",
        "thread_locked" => "The thread is locked: no new replies.",
        "thread_unlocked" => "The thread is open for replies again.",
        "thread_moved" => "The thread has been moved.",
        "post_deleted" => "Your post is deleted; its place in the thread stays.",
        "flagged" => "Thank you. The moderators will look at the post.",
        "already_flagged" => "You have already flagged this post; the moderators will look at it.",
        "flag_resolved" => "The flag is resolved; the decision is in the audit log.",
        "answer_verified" => "The answer is marked as verified, with its reference.",
        "verification_removed" => "The verification is removed.",
        "practitioners_asked" => "They are asked to answer and have been notified.",
        "expert_designated" => "The member is designated as an expert for these topics.",
        "expert_removed" => "The member is no longer an expert.",
        "helpdesk_asked" => {
            "Your question is with the helpdesk. You will get a mail when it is answered."
        }
        "helpdesk_answered" => "The answer is sent to the asker.",
        "helpdesk_published" => "The question is published for discussion.",
        "helpdesk_closed" => "The question is closed and the asker told.",
        "feedback_sent" => "Thank you. The team reads every message and will answer here.",
        "feedback_answered" => "The answer is sent; the member is notified.",
        "feedback_tagged" => "The tags are saved.",
        "alert_dismissed" => "The alert is dismissed.",
        "event_created" => "The event is published.",
        "event_cancelled" => "The event is cancelled; those who answered are told by mail.",
        "rsvp_going" => "You are registered. See you there.",
        "rsvp_waitlisted" => "You are on the waiting list; we mail you when a seat frees up.",
        "rsvp_saved" => "Your answer is saved.",
        "slides_shared" => "The document is shared with the event.",
        "calendar_revoked" => "Your calendar feed is stopped; its address no longer works.",
        "community_saved" => "The community's settings and rules are saved.",
        "member_removed" => "The member has been removed from the community.",
        "invitation_sent" => "The invitation is on its way. Its link works once.",
        "invitation_revoked" => "The invitation is withdrawn; its link no longer works.",
        "invitation_accepted" => {
            "Welcome to the community. Please read the usage code before you write."
        }
        _ => return None,
    })
}
