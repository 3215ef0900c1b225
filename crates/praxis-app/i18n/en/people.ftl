# The member directory and a member's profile.

people-title = People
people-breadcrumb = Breadcrumb
people-lead = Find the colleague who has done it before: by what they know, where they work and the languages they speak.
people-search-label = Find members
people-field-q = Name, organisation or words from their profile
people-field-expertise = Expertise
people-any-expertise = Any
people-field-organisation = Organisation
people-field-language = Speaks
people-any-language = Any language
people-find = Find
# The groups of the expertise list.
people-group-cpv = Sectors (CPV divisions)
people-group-procedure = Procedures
people-group-policy = Policy fields
# Followed by people-count-order when no words were searched, then a full stop.
people-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
people-count-order = , those with the most accepted answers first
people-none = Nobody matches. Try another expertise or fewer words.
people-accepted-answers = { $count ->
    [one] { $count } accepted answer
   *[other] { $count } accepted answers
}
people-speaks = Speaks: { $languages }
people-pages = Pages
people-previous-page = Previous page
people-next-page = Next page

## A profile
people-edit-profile = Edit your profile
people-claimed = Expertise they claim
people-claimed-none = None given.
people-earned = What their answers show
# Followed by people-answers-scope on someone else's profile, then a full stop.
people-answers-summary = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} to questions, { $accepted } accepted
people-answers-scope = , in communities you can read
people-topics-caption = Answers per topic
people-topics-topic = Topic
people-topics-answers = Answers
people-topics-accepted = Accepted
people-latest-answers = Latest answers
people-accepted = Accepted
people-shared = Communities you share
people-shared-none = None yet.
