# Threads, posts, the unanswered questions and the notifications page.

discussions-breadcrumb = Breadcrumb
discussions-pages = Pages
discussions-previous-page = Previous page
discussions-next-page = Next page
discussions-save = Save

## Editing a post and its history
discussions-edit-title = Edit post
discussions-edit-intro = The earlier version stays visible in the post's history.
discussions-edit-body = Text
discussions-history-title = Post history
discussions-history-back = Back to the thread
discussions-history-current = Current version
# $when is a date and time, $name a member's name.
discussions-history-replaced = Replaced { $when } by { $name }
discussions-history-none = This post has not been edited.

## Starting a thread
discussions-new-title = New thread in { $community }
discussions-new-kind = What is it?
discussions-new-kind-question = A question: peers answer, and you accept the answer that solved it
discussions-new-kind-discussion = A discussion: share an experience or an opinion
discussions-new-title-label = Title
discussions-new-title-hint = One sentence that says what it is about, 5 to 200 characters.
discussions-new-body = Your message
discussions-new-body-hint = Markdown: **bold**, *italic*, [link](https://…), lists with "- ". Mention a member with @their-name. Never include confidential details of a running procedure.
discussions-new-tags = Tags
discussions-new-tags-hint = Up to 5, separated by commas: espd, framework-agreement
discussions-new-language = Language of your message
discussions-new-language-hint = Helps search find it with the right word forms; left empty, Praxis recognises it.
discussions-new-language-auto = Recognise it
discussions-new-topics = Topics (expertise)
discussions-new-topics-hint = Tag the thread with what it is about, so members with that expertise find it.
discussions-new-submit = Post
discussions-attach-library = Attach documents from the library
discussions-attach-legend = Documents to attach

## A thread
discussions-kind-question = Question
discussions-kind-discussion = Discussion
discussions-follow = Follow this thread
discussions-unfollow = Stop following
discussions-moderate-thread = Moderate this thread
discussions-moderate-pin = Pin
discussions-moderate-unpin = Unpin
discussions-moderate-lock = Lock
discussions-moderate-unlock = Unlock
discussions-move-to = Move to the community with the address
# The hint reads: "Its short name, as in /communities/short-name; you must moderate it too."
discussions-move-hint-before = Its short name, as in /communities/
discussions-move-hint-example = short-name
discussions-move-hint-after = ; you must moderate it too.
discussions-move-why = Why (optional, kept in the audit log)
discussions-move-submit = Move the thread
discussions-accepted-answer = Accepted answer
discussions-replies = Replies
discussions-no-replies = No replies yet.
discussions-asked-title = Practitioners asked to answer
discussions-asked-answered = answered
discussions-asked-not-answered = not yet answered
# The sentence reads: "… Find someone in the member directory."
discussions-asked-none-before = No one with this question's expertise was found yet. Find someone in
discussions-asked-none-link = the member directory
discussions-asked-none-after = .
discussions-ask-legend = Ask up to three practitioners who know this topic (they are notified)
discussions-ask-submit = Ask them
discussions-reply-title = Your reply
discussions-reply-label = Reply
discussions-reply-hint = Markdown. Mention a member with @their-name.
discussions-attach-new = Attach a new document (optional)
discussions-attach-new-hint = It is also shared in the community's library.
discussions-reply-submit = Post reply
discussions-locked-notice = This thread is locked: no new replies.

## A post
discussions-post-edited = edited
discussions-in-reply-to = in reply to
discussions-earlier-post = an earlier post
discussions-post-deleted = Deleted by its author.
discussions-post-hidden-by-moderator = This post was hidden by a moderator.
discussions-post-hidden = Hidden from members
discussions-attachments = Attached documents
# The sentence reads: "Checked by Name against <reference>; to be reviewed by 2026-01-01."
discussions-verified-by = Checked by { $name } against
discussions-verified-review = ; to be reviewed by { $date }.
discussions-verify = Verify this answer
discussions-verify-again = Verify again
discussions-verify-reference = Legal reference
discussions-verify-reference-example = Directive 2014/24/EU art. 72
discussions-verify-url = Link to the source (optional)
discussions-verify-review-by = To be reviewed by
discussions-verify-submit = Mark as verified
discussions-verify-remove = Remove the verification
discussions-helpful-button = Helpful ({ $count })
discussions-helpful-count = Helpful: { $count }
discussions-accept = Accept this answer
discussions-post-edit = Edit
discussions-post-delete = Delete
discussions-post-delete-confirm = Delete my post for good
discussions-post-reply = Reply
discussions-report = Report
discussions-report-why = Why should a moderator look at this post?
discussions-report-off-topic = Off topic
discussions-report-inappropriate = Inappropriate
discussions-report-confidential = Confidential information
discussions-report-commercial = A supplier or commercial message
discussions-report-other = Something else
discussions-report-details = Details (needed for "something else")
discussions-report-submit = Send to the moderators
discussions-moderate-show = Show again
discussions-moderate-hide = Hide
discussions-moderate-hide-why = Why (kept in the audit log)
discussions-moderate-hide-submit = Hide from members

## Questions waiting for an answer
discussions-unanswered-title = Questions waiting for an answer
discussions-unanswered-intro = Questions in your communities that nobody has replied to yet. Your experience may be exactly what a colleague needs.

## Notifications
discussions-notifications-title = Notifications
discussions-notifications-unread = ({ $count } unread)
discussions-notifications-read-all = Mark all as read
discussions-notifications-empty = Nothing yet. You will hear here when someone replies to you, mentions you or accepts your answer.
# Read out before an unread notification.
discussions-notifications-unread-label = Unread:
discussions-notifications-read-one = Mark read
discussions-notifications-newer = Newer
discussions-notifications-older = Older
discussions-mail-title = Mail
discussions-mail-frequency = How often should we mail you about what you follow?
discussions-mail-immediate = Immediately, one mail per notification
discussions-mail-daily = A daily digest
discussions-mail-weekly = A weekly digest
discussions-mail-off = No mail
discussions-mail-alerts = Mail me each new alert for the communities I moderate (a dormant community, a question waiting two days, flags piling up)
