# Communities: the directory, a community's page, its members, join
# requests, invitations and settings.

communities-title = Communities
communities-my-title = My communities
communities-find = Find a community
communities-kind = Kind
communities-all-kinds = All kinds
communities-search = Search
communities-all = All communities
communities-only-mine = Only my communities
communities-create = Create a community
communities-count = { $count ->
    [one] { $count } community
   *[other] { $count } communities
}
communities-pages = Pages
communities-previous-page = Previous page
communities-next-page = Next page
communities-breadcrumb = Breadcrumb
communities-actions = Actions
communities-guest = Guest
communities-member = Member
communities-manager = Manager
communities-members = Members

## A community's page
communities-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
communities-thread-count = { $count ->
    [one] { $count } thread
   *[other] { $count } threads
}
communities-show-rules = Rules of this community
communities-show-new-thread = Ask a question or start a discussion
communities-show-unfollow = Stop following new threads
communities-show-follow = Follow new threads
communities-show-leave = Leave
communities-show-request-pending = Your request to join is waiting for a manager.
communities-show-invite-only = This community is open by invitation only.
communities-show-join-why = Why do you want to join? (optional, for the managers)
communities-show-ask-to-join = Ask to join
communities-show-join = Join this community
communities-show-library = Library
communities-show-join-requests = Join requests
communities-show-settings = Settings and rules
communities-show-invitations = Invitations
communities-show-filter = Filter threads
communities-show-filter-all = All
communities-show-filter-questions = Questions
communities-show-filter-unanswered = Unanswered
communities-show-filter-discussions = Discussions
communities-show-language = Language
communities-show-any-language = All languages
communities-show-apply-language = Show
communities-show-tags = Tags:
communities-show-threads-tagged = Threads tagged #{ $tag }
communities-show-threads = Threads
communities-show-members-only = The discussions of this community are visible to its members only.

## Creating a community and its settings
communities-form-name = Name
communities-form-name-hint = For example: Circular construction
communities-form-slug = Web address
communities-form-slug-hint = Lower-case letters, digits and hyphens: circular-construction
communities-form-membership = Who can join
communities-form-description = Description
communities-form-description-hint = What the community is for and who should join. Markdown.
communities-form-rules = Rules
communities-form-rules-hint = What belongs here and how members treat each other, on top of the platform's usage code. Shown on the community's page. Markdown.
communities-form-create = Create
communities-form-save = Save
communities-settings-title = Settings of { $name }
communities-settings-heading = Settings and rules of { $name }

## Members
communities-members-title = Members of { $name }
communities-members-name = Name
communities-members-organisation = Organisation
communities-members-role = Role
communities-members-remove-manager = Remove as manager
communities-members-make-manager = Make manager
communities-members-end-guest = End guest access
communities-members-remove = Remove from community

## Join requests
communities-requests-title = Join requests for { $name }
communities-requests-empty = No request is waiting.
communities-requests-approve = Approve
communities-requests-decline = Decline

## Invitations
communities-invitations-title = Invitations to { $name }
communities-invite-heading = Invite someone
# The intro is split around two words in bold: start <b>member</b>middle <b>guest</b>end.
communities-invite-intro-start = Invite a public buyer as a
communities-invite-intro-member = member
communities-invite-intro-middle = , or someone from outside (a lawyer, a local authority, an expert) as a
communities-invite-intro-guest = guest
communities-invite-intro-end = : guests see and write in this community only. The link in the mail works once.
communities-invite-email = Email address
communities-invite-as = Invite as
communities-invite-as-guest = Guest (this community only)
communities-invite-as-member = Member (a public buyer)
communities-invite-valid-for = Valid for (days)
communities-invite-valid-hint = From 1 to 60 days.
communities-invite-message = Personal message (optional)
communities-invite-send = Send the invitation
communities-invitations-sent = Sent invitations
communities-invitations-empty = No invitations yet. Invitations you send appear here until they are accepted, withdrawn or expire.
communities-invitations-address = Address
communities-invitations-as = As
communities-invitations-status = Status
communities-invitations-sent-by = Sent by
communities-invitations-sent-at = Sent
communities-invitations-expires = Expires
communities-invitation-status-pending = Waiting
communities-invitation-status-accepted = Accepted
communities-invitation-status-revoked = Withdrawn
communities-invitation-status-expired = Expired
communities-invitation-withdraw = Withdraw
communities-invitation-withdraw-hidden = the invitation to { $email }
