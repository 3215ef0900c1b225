# The frame of every page: menu, search box, banners, footer.

skip-to-content = Skip to main content
nav-main = Main
nav-communities = Communities
nav-unanswered = Unanswered
nav-people = People
nav-events = Events
nav-helpdesk = Helpdesk
nav-notifications = Notifications
unread-count = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
nav-registrations = Registrations
nav-domains = Domains
nav-usage-code = Usage code
nav-experts = Experts
nav-members = Members
nav-moderation = Moderation
nav-audit-log = Audit log
nav-indicators = Indicators
nav-feedback = Feedback
sign-out = Sign out
sign-in = Sign in
register = Register
search-label = Search { $site }
search-placeholder = Search questions, documents, people
search-button = Search
search-suggestions = Suggestions
search-suggestion-result = Result
search-suggestions-count = { $count ->
    [one] { $count } suggestion. Use the up and down arrow keys to choose.
   *[other] { $count } suggestions. Use the up and down arrow keys to choose.
}
usage-code-banner = The usage code has changed or is not accepted yet.
usage-code-banner-link = Read and accept it
usage-code-banner-end = to post and change things.
footer-tagline = { $site }: the community of practice of public buyers.
footer-help = Help
footer-usage-code = Usage code
footer-feedback = Feedback
footer-accessibility = Accessibility
footer-language = Language
