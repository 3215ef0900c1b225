# The mails Praxis sends (crates/praxis-app/src/mail/texts.rs, the
# notification mails and digests, the virus scanner's warning). Each message
# is a line or a sentence of a mail; the program places the links, the empty
# lines and the signature. $site is the platform's name.

## Shared

# The greeting when the mail knows the person's name.
mail-hello-name = Hello { $name },
# The greeting when it does not.
mail-hello = Hello,
mail-signature = — { $site }

## Confirming the address after registering

mail-verify-subject = Confirm your email address for { $site }
mail-verify-open = Open the link above to confirm your email address and finish joining { $site }.
mail-verify-validity = The link works once and for { $hours } hours.
mail-verify-ignore = If you did not register, ignore this mail: nothing happens without the link.

## Someone registered an address that already has an account

mail-already-subject = You already have an account on { $site }
mail-already-tried = Someone, perhaps you, tried to register this address on { $site } again.
mail-already-sign-in = You already have an account: sign in with the link above.
# $link is the page where one asks for a new password.
mail-already-forgot = Forgot your password? Choose a new one at { $link }
mail-already-ignore = If this was not you, you can ignore this mail.

## Choosing a new password

mail-reset-subject = Choose a new password for { $site }
mail-reset-open = Open the link above to choose a new password.
mail-reset-validity = The link works once and for { $minutes } minutes. Choosing a new password signs you out everywhere.
mail-reset-ignore = If you did not ask for this, ignore this mail: your password stays as it is.

## Registrations an administrator decides on

mail-approved-subject = Welcome to { $site }: your registration is approved
mail-approved-body = An administrator approved your registration. You can now sign in to { $site } with the link above.
mail-rejected-subject = Your registration on { $site }
mail-rejected-body = An administrator could not approve your registration on { $site }. { $site } is reserved for public buyers working for contracting authorities.
mail-rejected-reason = Reason given: { $reason }
# To the administrators.
mail-waiting-subject = A registration on { $site } waits for your approval
mail-waiting-body = { $name } <{ $email }> from { $organisation } confirmed their address, which is not on the buyer-domain allow-list.
mail-waiting-action = Approve or reject the registration in the queue above.

## Suspension

mail-suspended-subject = Your account on { $site } is suspended
# $until is a date and time ("2026-12-03 10:00 UTC").
mail-suspended-until = A moderator suspended your account on { $site } until { $until }.
mail-suspended-indefinitely = A moderator suspended your account on { $site } until a moderator lifts it.
mail-suspended-reason = Reason: { $reason }
mail-unsuspended-subject = Your account on { $site } is active again
mail-unsuspended-body = A moderator lifted your suspension. You can sign in again.

## Invitation into a community

mail-invitation-subject = Invitation to { $community } on { $site }
mail-invitation-as-guest = { $inviter } invites you to take part in the community "{ $community }" on { $site } as a guest. Guests see and write in this one community.
mail-invitation-as-member = { $inviter } invites you to join the community "{ $community }" on { $site }.
# The inviter's own words.
mail-invitation-message = Their message: "{ $message }"
mail-invitation-how-member = Open the link above and confirm with your password to join.
mail-invitation-how-newcomer = Open the link above to choose your name and password; the link also confirms your address.
mail-invitation-validity = The link works once and for { $days } days. Everyone accepts the usage code before writing.
mail-invitation-ignore = If you did not expect this invitation, ignore this mail: nothing happens without the link.

## Events ($when is a date and time, "2026-12-03 10:00–12:30 CET")

mail-seat-subject = You have a seat: { $title }
mail-seat-body = A seat freed up for "{ $title }" ({ $when }) and it is yours: you are now registered as going.
mail-seat-change = If you can no longer come, change your answer on the event's page so the next person gets the seat.
mail-cancelled-subject = Cancelled: { $title }
mail-cancelled-body = The event "{ $title }" ({ $when }) has been cancelled.
mail-cancelled-reason = The organisers say: "{ $reason }"
mail-cancelled-calendars = Calendars subscribed to your personal feed will show it as cancelled.
mail-reminder-subject = Tomorrow: { $title }
mail-reminder-body = A reminder: you are registered for "{ $title }", { $when }.
mail-reminder-where = Where: { $place }
mail-reminder-online = Online: { $url }
mail-reminder-where-or-online = Where: { $place } — or online: { $url }
mail-reminder-change = If you cannot come, change your answer on the event's page: someone on the waiting list may take your seat.

## Helpdesk ($subject is the subject of the person's question)

mail-helpdesk-answered-subject = The helpdesk answered: { $subject }
mail-helpdesk-answered-body = The helpdesk answered your question "{ $subject }". Open the link above to read it.
mail-helpdesk-published-subject = Your question is open for discussion: { $subject }
mail-helpdesk-published-body = The helpdesk published your question "{ $subject }" in the community "{ $community }" so that practitioners can share their experience.
mail-helpdesk-published-follow = Your question page links to the discussion. You follow it, so you hear of answers if you are a member of that community.
mail-helpdesk-new-answer-subject = New answer in the discussion of your question: { $subject }
mail-helpdesk-new-answer-body = Someone answered in the discussion of your question "{ $subject }".
mail-helpdesk-new-answer-later = The helpdesk will link the best answer to your question page when it closes the question.

## The monthly report to the administrators

# $month is the month's number (1 to 12), $year the year.
mail-report-subject = { $site }: the figures of { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Two lines, as the mail shows them.
mail-report-intro =
    Here is how the community did last month. The dashboard (link above) has the charts, the
    figures per community and a CSV export.
# A share in per cent; $value is a number.
mail-report-percent = { $value } %
mail-report-hours = { $value } hours
mail-report-members = Members: { $total } ({ $new } new)
mail-report-active = Active members: { $active } (posted, replied or reacted)
mail-report-participation = Started threads / only contributed / only read / not seen: { $started } / { $contributed } / { $read } / { $inactive }
mail-report-threads = Threads: { $threads }, of which questions: { $questions }; posts: { $posts }
mail-report-answered = Questions answered: { $answered } (within 48 hours: { $fast }); with an accepted answer: { $accepted }
mail-report-accepted-or-verified = Questions with an accepted or expert-verified answer: { $share }
mail-report-first-reply = Median time to a first reply: { $time }
mail-report-documents = Documents shared: { $documents }; downloads: { $downloads }
mail-report-events = Events held: { $events }; seats taken: { $seats }
# $names: at most ten names, separated by commas.
mail-report-dormant = Dormant communities ({ $count }): { $names }

## Alerts to moderators and community managers

mail-alert-subject = { $site }: { $what }
mail-alert-dormant = { $community } has had no post for a month
mail-alert-unanswered = A question in { $community } has waited two days for a reply
mail-alert-flags = Flags are piling up in { $community }
# When the community's name cannot be found.
mail-alert-some-community = a community
# Two lines, as the mail shows them.
mail-alert-details =
    The moderation queue (link above) has the details; dismiss the alert there once it is
    dealt with. You can stop these mails under Notifications.

## Notifications: one sentence saying what happened ($actor is a person's name)

# When the person who did it is no longer known.
mail-someone = Someone
# A guest's name, wherever it appears in a mail.
mail-guest-name = { $name } (guest)
mail-notification-reply-to-thread = { $actor } replied in your thread
mail-notification-reply-to-post = { $actor } replied to your post
mail-notification-followed-thread = { $actor } replied in a thread you follow
mail-notification-new-thread = { $actor } started a new thread
mail-notification-mention = { $actor } mentioned you
mail-notification-answer-accepted = { $actor } accepted your answer
mail-notification-join-approved = Your request to join was approved
mail-notification-join-rejected = Your request to join was declined
mail-notification-join-requested = { $actor } asks to join
mail-notification-invited = { $actor } invited you to join; the link is in the mail we sent you
mail-notification-invitation-accepted = { $actor } accepted your invitation
mail-notification-answer-verified = { $actor } verified your answer
mail-notification-asked-to-answer = { $actor } asks you to answer a question
mail-notification-feedback-answered = { $actor } answered your feedback

## A notification mailed at once ($what is one of the sentences above)

mail-notify-sentence = { $what } in { $community }.
mail-notify-sentence-thread = { $what }: "{ $title }" in { $community }.
# The same when the notification belongs to no community (English keeps
# the wording it always had).
mail-notify-sentence-nowhere = { $what } in .
mail-notify-sentence-thread-nowhere = { $what }: "{ $title }" in .
# $link is the page of the mail settings.
mail-notify-footer = You receive this mail because you asked for immediate mail from { $site }. Change it at { $link }

## The daily or weekly digest ($period is "daily" or "weekly")

mail-digest-subject = Your { $period ->
        [weekly] weekly
       *[daily] daily
    } digest from { $site }
mail-digest-summary = Your { $period ->
        [weekly] weekly
       *[daily] daily
    } digest from { $site }: { $count } new { $count ->
        [one] item
       *[other] items
    }.
# $link is the page of the mail settings.
mail-digest-settings = Change how often you get mail at { $link }

## The virus scanner found an infected file

mail-quarantine-subject = [{ $site }] A shared file was quarantined
# $file is the file's name, $title the document's title, $virus what the scanner found.
mail-quarantine-body = The file "{ $file }" (version { $version } of "{ $title }") was found infected ({ $virus }) and has been quarantined: nobody can download it.
