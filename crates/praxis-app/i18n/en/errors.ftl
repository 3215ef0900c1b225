# Error messages. `error-field-<field>-<code>`: what is wrong with a field;
# `error-code-<code>`: what a refusal, a conflict or an expired link means.
# The English text is the sentence the code gives: keep both the same.

## Text fields
error-field-body-invalid-characters = This text contains control characters.
error-field-text-invalid-characters = This text contains control characters.
error-field-answer-invalid-characters = This text contains control characters.
error-field-private-details-invalid-characters = This text contains control characters.
error-field-reason-invalid-characters = This text contains control characters.
error-field-note-invalid-characters = This text contains control characters.
error-field-description-invalid-characters = This text contains control characters.
error-field-bio-invalid-characters = This text contains control characters.
error-field-message-invalid-characters = This text contains control characters.
error-field-rules-invalid-characters = This text contains control characters.
error-field-reference-url-invalid-url = Give a full web address starting with https://, without spaces.
error-field-online-url-invalid-url = Give a full web address starting with https://, without spaces.

## Accounts, administration and invitations
error-field-email-invalid-email = Enter an email address like name@ministry.example.gov.
error-field-domain-invalid-domain = Enter a domain name like minfin.example.gov, without @ or http://.
error-field-token-invalid-token = This link is not valid. Check that you copied it whole.
error-field-current-password-wrong-password = Your current password is not right.
error-field-languages-too-many = List at most { $max } languages.
error-field-languages-invalid-language = Give languages as two-letter codes such as en, nl, fr.
error-field-lang-invalid-locale = Choose one of the languages offered.
error-field-until-in-the-past = The end of the suspension must be in the future.
error-field-until-invalid-datetime = Give the end of the suspension as a date and time.
error-field-status-invalid-status = Use status=pending, active, rejected, suspended or unverified.
error-field-actor-invalid-id = Give the member's id.
error-field-role-invalid-choice = Choose "member" or "guest".
error-field-role-not-a-public-buyer = This address is not on the list of public-buyer domains. Invite them as a guest, or ask an administrator to add the domain.

## Communities, discussions and moderation
error-field-slug-invalid-slug = Use lower-case letters, digits and single hyphens, like green-procurement.
error-field-reason-invalid-reason = Choose off_topic, inappropriate, confidential, commercial or other.
error-field-reply-to-unknown-post = You can only reply to a post of this thread.
error-field-post-id-unknown-post = The accepted answer must be a reply in this thread.
error-field-post-id-not-an-answer = The question itself cannot be its answer.
error-field-ids-required = Give the ids to mark read, or "all": true.
error-field-action-invalid-action = Choose pin, unpin, lock or unlock.
error-field-decision-invalid-decision = Choose hide or dismiss.

## Expertise and the helpdesk
error-field-review-by-invalid-date = Give the review date as YYYY-MM-DD.
error-field-review-by-in-the-past = The review date must be in the future.
error-field-user-ids-unknown-member = One of these is not a member.
error-field-user-ids-cannot-ask = Ask someone other than yourself or the question's author.
error-field-email-unknown-member = No member has this email address.
error-field-post-id-not-in-thread = Link an answer of the thread this question was published as.

## Events
error-field-time-zone-unknown-time-zone = Choose a time zone of the IANA database, such as Europe/Paris or Europe/Amsterdam.
error-field-starts-at-invalid-time = Give a date and time such as 2026-12-03T10:00.
error-field-starts-at-nonexistent-time = This time does not exist in the chosen time zone (the clocks skip it).
error-field-ends-at-invalid-time = Give a date and time such as 2026-12-03T10:00.
error-field-ends-at-nonexistent-time = This time does not exist in the chosen time zone (the clocks skip it).
error-field-ends-at-end-before-start = The event must end after it starts.
error-field-capacity-out-of-range = The capacity is at least 1 seat (leave it empty for no limit).
error-field-document-id-unknown-document = Choose a document of this community's library.
error-field-discussion-community-not-for-community-events = A community's event is discussed in that community; leave this empty.
error-field-discussion-community-unknown-community = Choose a community you can write in, or none.

## Documents
error-field-file-required = Choose a file to upload.
error-field-file-empty-file = The file is empty.
error-field-file-invalid-multipart = The upload could not be read: it was cut off or is not a valid form.

## Search, indicators, feedback and help
error-field-lang-invalid-lang = Choose en, nl or fr.
error-field-from-invalid-date = Give a date as YYYY-MM-DD.
error-field-to-invalid-date = Give a date as YYYY-MM-DD.
error-field-from-invalid-time = Give a date (2026-12-03) or an RFC 3339 time.
error-field-to-invalid-time = Give a date (2026-12-03) or an RFC 3339 time.
error-field-from-empty-period = The period must start before it ends.
error-field-kind-invalid-choice = Choose idea, problem or praise.
error-field-tags-too-many = At most { $max } tags.
error-field-useful-required = Say true (useful) or false (not useful).

## Refusals, conflicts and expired links: accounts
error-code-email-not-verified = Confirm your email address first: follow the link in the mail we sent you.
error-code-pending-approval = Your registration waits for an administrator's approval. You will get a mail.
error-code-registration-rejected = Your registration was not approved.
error-code-not-pending = This registration is not waiting for approval.
error-code-cannot-suspend-self = You cannot suspend yourself.
error-code-not-suspended = This account is not suspended.
error-code-token-used = This link has been used already.
error-code-token-expired = This link has expired. Ask for a new one.
error-code-csrf-failed = This form has expired or did not come from this site. Reload the page and try again.
error-code-not-allowed = Guests see the members of their community, not the directory.

## Communities and invitations
error-code-invitation-only = This community is open by invitation only. Ask one of its managers.
error-code-already-member = This person is already a member of the community.
error-code-invitation-closed = This invitation was already accepted or withdrawn.
error-code-invitation-revoked = This invitation was withdrawn. Ask the community's managers for a new one.
error-code-invitation-expired = This invitation has expired. Ask the community's managers for a new one.

## Discussions and moderation
error-code-post-deleted = Its author deleted this post; it cannot be edited.
error-code-own-post = You cannot mark your own post as helpful.
error-code-already-flagged = You have already flagged this post; the moderators will look at it.
error-code-already-resolved = Someone has already decided this flag.
error-code-not-a-moderator = Alerts go to moderators and community managers.
error-code-already-dismissed = This alert was already dismissed.

## Expertise and the helpdesk
error-code-not-an-expert = Only experts for this question's topics, the helpdesk and administrators verify answers.
error-code-not-an-answer = The question itself cannot be verified; verify one of its answers.
error-code-answer-not-visible = This answer is hidden or deleted.
error-code-not-for-guests = The helpdesk answers the platform's members; ask your community's managers.
error-code-question-closed = This question is closed.
error-code-already-published = This question has already been published.

## Events
error-code-event-past = This event is over.
error-code-event-full = The event is full. You can join the waiting list: you get a seat when one frees up.
error-code-rsvp-in-progress = Your previous answer is still being recorded; try again.

## Documents
error-code-version-conflict = Someone added a version at the same moment. Please try again.
error-code-scan-pending = This file is being checked for viruses. Try again in a moment.
error-code-quarantined = This file was found infected and is quarantined.

## Codes several use cases give, each with its own wording in English;
## one sentence fits them all.
error-code-event-cancelled = This event has been cancelled.
error-code-invitation-used = This invitation has already been used. Sign in to reach the community.
error-code-not-a-question = This thread is a discussion: only questions have an accepted answer and can be put to practitioners.
error-code-unknown-community = { $reason ->
    [moderated] There is no community with that address that you moderate.
   *[other] There is no community with this address.
}
error-code-invalid-characters = This text contains characters that are not allowed here (control characters or line breaks).
error-code-invalid-choice = Choose one of the options offered.
error-code-invalid-date = Give a date as YYYY-MM-DD.
error-code-invalid-time = Give a date and time such as 2026-12-03T10:00.
error-code-nonexistent-time = This time does not exist in the chosen time zone (the clocks skip it).
error-code-unknown-time-zone = Choose a time zone of the IANA database, such as Europe/Paris or Europe/Amsterdam.
error-code-invalid-url = Give a full web address starting with https://, without spaces.
error-code-invalid-language = Give a two-letter language code, such as en, nl or fr.
error-code-invalid-locale = Choose one of the languages offered.
error-code-invalid-sort = Choose one of the sort orders offered.
error-code-invalid-json = The request body is not valid JSON.

## Sentences with values: the use case gives them as arguments.
## `$field` is the field's English name (the API's); other languages may leave it out.
error-code-required = { $field } is required.
error-code-too-long = { $field } must be at most { $max } characters.
error-code-too-short = { $field } must be at least { $min } characters.
error-code-invalid-kind = Choose one of: { $allowed }.
error-code-invalid-membership = Choose one of: { $allowed }.
error-code-invalid-role = Choose one of: { $allowed }.
error-code-invalid-type = Choose one of: { $allowed }.
error-code-too-many = Choose at most { $max }.
error-code-unknown-expertise = "{ $code }" is not an expertise code; see /api/v1/taxonomy/expertise.
error-field-tags-invalid-tag = Tags are words of letters, digits and hyphens, at most { $max } characters.
error-code-too-many-tags = Use at most { $max } tags.
error-field-attachments-invalid-attachment = { $reason ->
    [too_many] Attach at most { $max } documents.
   *[elsewhere] Attach documents from this community's library.
}
error-field-file-file-refused = { $reason ->
    [type] This type of file is not accepted. Accepted: { $accepted }.
   *[size] The file is larger than { $limit } or than what is left of your daily upload allowance.
}
error-field-expires-in-days-out-of-range = An invitation lasts from 1 to { $max } days.
error-field-user-ids-not-in-community = { $name } is not a member of { $community }; ask someone who is.
error-code-too-many-requests = At most { $max } practitioners can be asked per question.
error-code-suspended = { $until ->
    [none] Your account is suspended.
   *[other] Your account is suspended until { $until }.
}
error-code-usage-code-outdated = Version { $version } is not the current usage code; read and accept version { $current }.
error-code-domain-exists = { $domain } is on the allow-list already.
error-code-slug-taken = The address { $slug } is taken by another community.
error-code-invitation-for-another-account = This invitation was sent to { $invited }, but you are signed in as { $signed_in }. Sign out, then open the link again.
error-code-invalid-form = The form could not be read: { $detail }
error-code-invalid-parameter = A query parameter is not valid: { $detail }
error-code-invalid-field = This value is not valid: { $detail }

## Passwords: zxcvbn's advice (`$advice`), one message per warning and suggestion.
error-code-weak-password = This password is too easy to guess. { $advice }
password-warning-straight-rows = Straight rows of keys are easy to guess.
password-warning-short-keyboard-patterns = Short keyboard patterns are easy to guess.
password-warning-repeats = Repeats like "aaa" are easy to guess.
password-warning-repeated-sequences = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
password-warning-top-10 = This is a top-10 common password.
password-warning-top-100 = This is a top-100 common password.
password-warning-common = This is a very common password.
password-warning-similar-to-common = This is similar to a commonly used password.
password-warning-sequences = Sequences like abc or 6543 are easy to guess.
password-warning-recent-years = Recent years are easy to guess.
password-warning-word-by-itself = A word by itself is easy to guess.
password-warning-dates = Dates are often easy to guess.
password-warning-names-by-themselves = Names and surnames by themselves are easy to guess.
password-warning-common-names = Common names and surnames are easy to guess.
password-suggestion-few-words = Use a few words, avoid common phrases.
password-suggestion-no-need-for-symbols = No need for symbols, digits, or uppercase letters.
password-suggestion-another-word = Add another word or two. Uncommon words are better.
password-suggestion-capitalization = Capitalization doesn't help very much.
password-suggestion-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
password-suggestion-reversed-words = Reversed words aren't much harder to guess.
password-suggestion-predictable-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
password-suggestion-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
password-suggestion-repeated-words = Avoid repeated words and characters.
password-suggestion-sequences = Avoid sequences.
password-suggestion-recent-years = Avoid recent years.
password-suggestion-years-associated = Avoid years that are associated with you.
password-suggestion-dates-associated = Avoid dates and years that are associated with you.
