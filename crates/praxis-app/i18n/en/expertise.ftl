# Experts: designating them, and a community's verified answers.

expertise-experts-title = Experts
expertise-experts-intro = Experts verify answers to questions of their topics, citing the legal reference. Designate members whose knowledge you vouch for.
expertise-experts-email = Member's email address
expertise-experts-topics-label = Topics they verify
expertise-experts-topics-hint = Sectors (CPV divisions), procedures and policy fields.
expertise-experts-designate = Designate
expertise-experts-designated = Designated experts
expertise-experts-none = No experts yet.
expertise-experts-caption = Experts and their topics
expertise-experts-name = Name
expertise-experts-email-column = Email
expertise-experts-topics = Topics
expertise-experts-actions = Actions
expertise-experts-remove = Remove
expertise-experts-remove-whom = { $name } as expert

# Verified answers
expertise-breadcrumb = Breadcrumb
expertise-verified-title = Verified answers in { $community }
expertise-verified-intro = Answers an expert checked against the law, with the reference they relied on. A verification past its review date is marked "to be reviewed".
expertise-verified-none = No verified answers yet. Experts designated by the administrators verify answers from the question's page.
# The badge of a verified answer, by its status.
expertise-verification-status = { $status ->
    [verified] Verified
    [to_review] Verified, to be reviewed
    [suspended] Verification suspended (edited since)
   *[other] { $status }
}
expertise-verified-by = by { $name }
expertise-verified-review-by = review by { $date }
expertise-pages = Pages
expertise-previous-page = Previous page
expertise-next-page = Next page
