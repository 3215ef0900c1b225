# The home page and the error page.

home-title = Home
home-welcome = Welcome, { $name }
home-onboarding = Praxis lives in its communities. Join at least one to see its discussions and to ask your first question: the colleagues who have done it before are there.
home-suggestions = Communities you may like
home-browse = Browse all communities
home-latest = Latest in your communities
home-my-communities = My communities
home-waiting-button = Questions waiting for an answer
home-waiting-title = Can you help? Questions without a reply
home-feed-title = Recent activity
# "<before> <your communities> <after>"
home-feed-empty-before = Your communities are quiet so far. Start the conversation: open one of
home-feed-empty-link = your communities
home-feed-empty-after = and ask a question.
home-pages = Pages
home-newer = Newer
home-older = Older
home-more-suggestions = More communities you may like
home-visitor-heading = { $site }: the community of practice of public buyers
home-visitor-lead = A private network where procurement officers, contract managers and legal advisers of public authorities ask questions, discuss, share documents and find peers who have done it before.
home-visitor-who = Only verified public buyers get in: register with your work email address. Suppliers are not admitted.
home-register = Register
home-sign-in = Sign in

## The error page
error-status = Error { $status }
error-home-link = Go to the home page

## Error pages: titles, and what happened
error-title-not-found = Page not found
error-title-forbidden = Not allowed
error-title-rate-limited = Too many attempts
error-title-gone = Link no longer valid
error-title-too-large = Too large
error-title-internal = Something went wrong
error-title-other = That did not work
error-invalid = The input is not valid.
error-unauthenticated = Sign in first.
error-invalid-credentials = The email address or password is not right.
error-not-found = There is nothing here, or you cannot see it.
error-too-large = The request is larger than this site accepts.
error-unsupported-media-type = Send the request body as JSON (Content-Type: application/json).
error-rate-limited = Too many attempts. Try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
error-internal = Something went wrong on our side. It has been logged; please try again.
error-code-forbidden = You are not allowed to do this.
error-code-thread-locked = This thread is locked: no new replies can be posted.
error-code-usage-code-not-accepted = Accept the current usage code before you post or change anything.
