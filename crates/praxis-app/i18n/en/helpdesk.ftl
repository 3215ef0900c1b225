# The helpdesk: asking a question privately, and the staff's queue and answers.

helpdesk-title = Helpdesk
helpdesk-breadcrumb = Breadcrumb
helpdesk-staff-intro = Questions sent to the helpdesk. Answer privately, or publish a complex one to a community (anonymised by default).
helpdesk-filter-label = Filter questions
helpdesk-filter-all = All
helpdesk-filter-open = Waiting
helpdesk-filter-answered = Answered
helpdesk-filter-published = Published
helpdesk-filter-closed = Closed
# Followed by "[private]", then helpdesk-ask-intro-and, "[/private]" and helpdesk-ask-intro-end.
helpdesk-ask-intro = Ask the helpdesk a question privately. Complex questions may be published to a community for discussion, without your name unless you agree otherwise. Put case numbers, supplier names or anything else that must stay between you and the helpdesk in the private details, or between
helpdesk-ask-intro-and = and
helpdesk-ask-intro-end = in your text.
helpdesk-subject = Subject
helpdesk-your-question = Your question
helpdesk-private-details-label = Private details (optional, never published)
helpdesk-send = Send to the helpdesk
helpdesk-your-questions = Your questions
helpdesk-none = No questions.
helpdesk-none-with-status = No questions with this status.
helpdesk-caption = Helpdesk questions
helpdesk-asked-by = Asked by
helpdesk-status = Status
helpdesk-sent = Sent
helpdesk-status-open = Waiting for the helpdesk
helpdesk-status-answered = Answered
helpdesk-status-published = Open for discussion
helpdesk-status-closed = Closed
helpdesk-status-unknown = Unknown

# A question
helpdesk-asked-by-name = asked by { $name }
helpdesk-private-details = Private details
helpdesk-answer-title = The helpdesk's answer
helpdesk-open-for-discussion = This question is open for discussion:
helpdesk-open-for-discussion-anonymised = This question is open for discussion, without your name:
helpdesk-open-for-discussion-link = the discussion
helpdesk-open-for-discussion-end = (visible to that community's members).
helpdesk-staff-title = For the helpdesk
helpdesk-answer-privately = Answer privately
helpdesk-send-answer = Send the answer
helpdesk-publish-community = Publish for discussion in the community with the address
helpdesk-publish-anonymise = Without the asker's name (recommended)
helpdesk-publish = Publish as "Helpdesk"
helpdesk-close-post = Answer of the discussion to link (its number, optional)
helpdesk-close = Close the question
