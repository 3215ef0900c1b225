# Shared pieces of many pages (templates/macros.html): the error summary,
# thread lists, community cards, badges.

common-error-summary-title = There is a problem
common-nothing-here = Nothing here yet.
common-pinned = Pinned
common-locked = Locked
common-answered = Answered
common-question = Question
common-guest = Guest
common-by = by { $name }
common-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
common-last-activity = last activity { $when }
common-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
common-threads = { $count ->
    [one] { $count } thread
   *[other] { $count } threads
}
common-you-manage = You manage this community
common-you-are-member = You are a member
common-request-sent = Request sent
common-invitation-only = By invitation only
common-ask-to-join = Ask to join
common-join = Join
common-mention-list = Members to mention
