# Moderation: the queue, the audit log and the indicators dashboard.

moderation-pages = Pages
moderation-previous-page = Previous page
moderation-next-page = Next page

# The queue
moderation-queue-title = Moderation queue
moderation-queue-intro = What waits for a decision in the communities you moderate, oldest first.
moderation-queue-alerts = Alerts ({ $count })
moderation-queue-alerts-none = Nothing needs your attention: no dormant community, no question waiting more than 48 hours, no pile of flags.
moderation-queue-dismiss = Dismiss
moderation-queue-flags = Flagged posts ({ $count })
moderation-queue-flags-none = No open flags.
moderation-queue-flagged-by = flagged by { $name }
moderation-queue-colon = :
moderation-queue-quoted = “{ $text }”
moderation-queue-already-hidden = Already hidden
moderation-queue-note = Note for the audit log (optional)
moderation-queue-hide = Hide the post
moderation-queue-dismiss-flag = Dismiss the flag
moderation-queue-requests = Requests to join ({ $count })
moderation-queue-requests-none = No pending requests.
moderation-queue-asks-to-join = asks to join
moderation-queue-registrations = Registrations waiting for approval ({ $count })
moderation-queue-decide = decide
# Why a post was flagged.
moderation-flag-reason = { $reason ->
    [off_topic] Off topic
    [inappropriate] Inappropriate
    [confidential] Confidential information
    [commercial] A supplier or commercial message
    [other] Something else
   *[unknown] { $reason }
}
# Alerts
moderation-alert-dormant = { $community } has been quiet for a month: a question or an event may revive it.
moderation-alert-open-community = Open the community
moderation-alert-unanswered = A question in { $community } has waited more than 48 hours without a reply.
moderation-alert-who-knows = Members who know the topic: { $names }.
moderation-alert-open-question = Open the question
moderation-alert-flags = Flags are piling up in { $community }: { $count } open.
moderation-alert-see-flags = See the flags

# The audit log
moderation-audit-title = Audit log
moderation-audit-intro = Every moderation and administration action: who, what, when and why. Entries are never changed or removed.
moderation-audit-filter-label = Filter the audit log
moderation-audit-action = Action
moderation-audit-community-short-name = Community (short name)
moderation-audit-filter = Filter
moderation-audit-entries = { $count ->
    [one] { $count } entry.
   *[other] { $count } entries.
}
moderation-audit-caption = Audit log entries, newest first
moderation-audit-when = When
moderation-audit-who = Who
moderation-audit-what = What
moderation-audit-target = Target
moderation-audit-community = Community
moderation-audit-why = Why
moderation-audit-all-actions = All actions

# Names of the audit log's actions (`audit-action-<action>`, one for each
# of `praxis_store::audit::ACTIONS`) and of what they touched.
audit-action-alert-dismissed = Alert dismissed
audit-action-answer-unverified = Verification of an answer withdrawn
audit-action-answer-verified = Answer verified
audit-action-buyer-domain-added = Buyer domain added
audit-action-buyer-domain-removed = Buyer domain removed
audit-action-community-created = Community created
audit-action-community-updated = Community settings changed
audit-action-event-cancelled = Event cancelled
audit-action-event-created = Event created
audit-action-expert-designated = Expert designated
audit-action-expert-removed = Expert removed
audit-action-feedback-answered = Feedback answered
audit-action-flag-resolved = Flag decided
audit-action-guest-access-ended = Guest access ended
audit-action-helpdesk-question-answered = Helpdesk question answered
audit-action-helpdesk-question-closed = Helpdesk question closed
audit-action-helpdesk-question-published = Helpdesk question published
audit-action-invitation-accepted = Invitation accepted
audit-action-invitation-revoked = Invitation withdrawn
audit-action-invitation-sent = Invitation sent
audit-action-join-request-approved = Request to join approved
audit-action-join-request-rejected = Request to join declined
audit-action-manager-appointed = Manager appointed
audit-action-manager-removed = Manager removed
audit-action-member-removed = Member removed
audit-action-post-hidden = Post hidden
audit-action-post-restored = Post restored
audit-action-registration-approved = Registration approved
audit-action-registration-rejected = Registration declined
audit-action-thread-locked = Thread locked
audit-action-thread-moved = Thread moved
audit-action-thread-pinned = Thread pinned
audit-action-thread-unlocked = Thread unlocked
audit-action-thread-unpinned = Thread unpinned
audit-action-usage-code-published = Usage code published
audit-action-user-suspended = Account suspended
audit-action-user-unsuspended = Suspension lifted
audit-target-alert = Alert
audit-target-buyer-domain = Buyer domain
audit-target-community = Community
audit-target-event = Event
audit-target-feedback = Feedback
audit-target-helpdesk-question = Helpdesk question
audit-target-invitation = Invitation
audit-target-post = Post
audit-target-thread = Thread
audit-target-usage-code = Usage code
audit-target-user = Member

# The indicators
moderation-indicators-title = Indicators
moderation-indicators-title-of = Indicators of { $community }
moderation-indicators-from = From
moderation-indicators-until = Until
moderation-indicators-community-address = Community (address, optional)
moderation-indicators-community = Community
moderation-indicators-show = Show
moderation-indicators-download = Download per community (CSV)
moderation-indicators-period = The period { $from } to { $to }
moderation-indicators-members = Members
moderation-indicators-members-value = { $total } ({ $new } new)
moderation-indicators-active = Active in the period (posted, replied or reacted)
moderation-indicators-active-30d = Active in the last 30 days
moderation-indicators-participation = Started threads / only contributed / only read / not seen
moderation-indicators-page-views = Pages read
moderation-indicators-threads = Threads, of which questions
moderation-indicators-posts = Posts
moderation-indicators-answered = Questions answered (within 48 hours)
moderation-indicators-median-first-reply = Median time to a first reply
moderation-indicators-accepted = Questions with an accepted answer (or one verified by an expert)
moderation-indicators-documents = Documents shared / downloaded
moderation-indicators-events = Events held / seats taken
moderation-indicators-chart-table = The figures as a table
moderation-indicators-chart-posts = Posts per week
moderation-indicators-chart-active = Active members per week (posted, replied or reacted)
moderation-indicators-active-members = Active members
moderation-indicators-chart-first-reply = Median hours to a first reply, by the week the question was asked
moderation-indicators-median-hours = Median hours
moderation-indicators-chart-top = The ten busiest communities: posts in the last 30 days
moderation-indicators-chart-dormant = The longest-dormant communities: days since the last post
moderation-indicators-days-since-post = Days since the last post
moderation-indicators-week = Week
moderation-indicators-week-of = Week of { $date }
moderation-indicators-by-organisation = Members by organisation
moderation-indicators-by-organisation-caption = The largest organisations among the members
moderation-indicators-organisation = Organisation
moderation-indicators-not-given = Not given
moderation-indicators-dormant-title = Dormant communities
moderation-indicators-dormant-intro = No post for { $days } days: worth a question to their managers, or a new topic.
moderation-indicators-last-activity-on = last activity { $date }
moderation-indicators-last-activity-never = last activity never
moderation-indicators-communities = Communities
moderation-indicators-communities-caption = Activity per community
moderation-indicators-posts-30d = Posts, last 30 days
moderation-indicators-last-activity = Last activity
moderation-indicators-dormant = Dormant
moderation-indicators-never = never
moderation-indicators-no = no
