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
