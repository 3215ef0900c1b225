# Feedback: the form every page links to, and reading and answering it.

feedback-title = Feedback
feedback-intro = Tell the team that runs { $site } what works, what does not, and what you miss. You get an answer here and among your notifications.
feedback-what-is-it = What is it?
feedback-an-idea = An idea
feedback-a-problem = A problem
feedback-praise = Praise
feedback-yours = Your feedback
feedback-about-page = About the page { $page }.
feedback-send = Send
feedback-answer = Answer:
feedback-not-answered = Not answered yet.
# The badge of a piece of feedback, by its kind.
feedback-kind = { $kind ->
    [idea] idea
    [problem] problem
    [praise] praise
   *[other] { $kind }
}

# Reading and answering
feedback-admin-title = Members' feedback
feedback-admin-kind = Kind
feedback-admin-kind-all = All
feedback-admin-kind-ideas = Ideas
feedback-admin-kind-problems = Problems
feedback-admin-kind-praise = Praise
feedback-admin-tag = Tag
feedback-admin-unanswered-only = Unanswered only
feedback-admin-filter = Filter
feedback-admin-none = No feedback.
feedback-admin-none-unanswered = No feedback waiting for an answer.
feedback-admin-from = from { $name }
feedback-admin-on-page = on { $page }
feedback-admin-tags = Tags
feedback-admin-save-tags = Save tags
feedback-admin-answered = Answered:
feedback-admin-answer-label = Answer (the member is notified)
feedback-admin-answer-again-label = Answer again (the member is notified)
feedback-admin-send-answer = Send the answer
feedback-admin-help-title = Was this help page useful?
feedback-admin-help-caption = Answers to "was this page useful?" per help page
feedback-admin-help-page = Help page
feedback-admin-help-useful = Useful
feedback-admin-help-not-useful = Not useful
