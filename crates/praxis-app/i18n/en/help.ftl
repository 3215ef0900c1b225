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
