# The search page (the box in the menu is in layout.ftl).

search-page-title = Search
search-page-title-query = Search: { $q }
search-page-form-label = Search Praxis
search-page-words = Words, a phrase in "quotes", or a question
search-page-show = Show
search-page-everything = Everything
search-page-language = Language
search-page-any-language = Any
search-page-order = Order
search-page-best-match = Best match
search-page-newest = Newest first
search-page-from = From (date)
search-page-until = Until (date)
search-page-submit = Search
search-page-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-page-in-community = in this community
search-page-tagged = tagged #{ $tag }
# Split around a link: before <a>link</a>after.
search-page-nothing-before = Nothing found. Try fewer or other words, another language's word, or
search-page-nothing-link = ask the community
search-page-nothing-after = .
search-page-accepted-answer = Accepted answer
search-page-answered = Answered
search-page-verified = Verified by an expert
search-page-pages = Pages
search-page-previous = Previous page
search-page-next = Next page

## What a result is
search-kind-threads = Threads
search-kind-replies = Replies
search-kind-documents = Documents
search-kind-members = Members
search-kind-thread = Thread
search-kind-reply = Reply
search-kind-document = Document
search-kind-member = Member
