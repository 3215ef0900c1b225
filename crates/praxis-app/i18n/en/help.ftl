# The help pages.

help-title = Help
help-lead = How Praxis works, and how to get the most out of it.
# "<missing> <tell us><or ask> <helpdesk>."
help-missing = Something missing?
help-tell-us = Tell us
help-or-ask = , or ask the
help-helpdesk = helpdesk
help-breadcrumb = Breadcrumb
help-useful-title = Was this page useful?
help-useful-yes = Yes
help-useful-no = No
# Followed by a link ("tell us what was missing").
help-useful-if-not = If not,
help-useful-tell-us = tell us what was missing

# The help pages' titles and summaries (the index's one line), by slug.
help-page-getting-started-title = Getting started
help-page-getting-started-summary = Your profile, communities to join, what to follow.
help-page-asking-questions-title = Asking a good question
help-page-asking-questions-summary = Search first, say what you need, accept the answer that helped.
help-page-documents-title = Sharing documents
help-page-documents-summary = Libraries, versions, and what to remove before you share.
help-page-finding-people-title = Finding the practitioner who has done it
help-page-finding-people-summary = The member directory by expertise, and asking a colleague.
help-page-usage-code-and-privacy-title = The usage code and your privacy
help-page-usage-code-and-privacy-summary = Speaking on your own behalf; who can read what.
help-page-for-managers-title = Managing a community
help-page-for-managers-summary = Members, guests, moderation, events and indicators.
help-page-accessibility-title = Accessibility statement
help-page-accessibility-summary = How accessible the platform is, what is not yet, and how to tell us.
