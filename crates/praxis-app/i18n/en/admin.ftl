# Administration: registrations, public-buyer domains, the usage code,
# members.

## Shared
admin-col-name = Name
admin-col-email = Email
admin-col-organisation = Organisation
admin-col-role = Role
admin-col-status = Status
admin-col-actions = Actions
admin-pages = Pages
admin-previous-page = Previous page
admin-next-page = Next page

## Public-buyer domains
admin-domains-title = Public-buyer domains
admin-domains-intro = People whose email address is on one of these domains, or on a subdomain of one, are active as soon as they confirm their address. Everyone else waits for approval.
admin-domains-field = Domain to add
admin-domains-field-hint = For example minfin.example.gov. Subdomains are included.
admin-domains-add = Add the domain
admin-domains-empty = The allow-list is empty: every registration waits for approval.
admin-domains-caption = { $count ->
    [one] { $count } domain on the allow-list
   *[other] { $count } domains on the allow-list
}
admin-domains-domain = Domain
admin-domains-added = Added
# Followed by the domain, for screen readers.
admin-domains-remove = Remove

## Registrations waiting for approval
admin-registrations-title = Registrations waiting for approval
# Followed by a link ("public-buyer allow-list") and the rest of the text.
admin-registrations-intro-before = These people confirmed an address whose domain is not on the
admin-registrations-intro-link = public-buyer allow-list
admin-registrations-intro-after = . Approve only public buyers; suppliers must never get in.
admin-registrations-empty = No registration is waiting.
admin-registrations-total = { $count ->
    [one] { $count } waiting.
   *[other] { $count } waiting.
}
admin-registrations-registered = Registered
admin-registrations-decision = Decision
admin-registrations-approve = Approve
admin-registrations-reason-label = Reason for rejecting { $name }
admin-registrations-reason-placeholder = Reason (optional)
admin-registrations-reject = Reject

## The usage code
admin-usage-code-title = Edit the usage code
admin-usage-code-heading = The usage code
admin-usage-code-status = Version { $version } is in force; { $count ->
        [one] { $count } member has
       *[other] { $count } members have
    } accepted it. Publishing a new version asks every member to accept it again before they can post.
admin-usage-code-see = See it as members do
admin-usage-code-text = Text of the new version
admin-usage-code-text-hint = Markdown. At least 20 characters.
admin-usage-code-publish = Publish as version { $version }

## Members
admin-users-title = Members
admin-users-find = Find by name or email
admin-users-search = Search
admin-users-total = { $count ->
    [one] { $count } account.
   *[other] { $count } accounts.
}
admin-users-caption = Accounts
# After the status of a suspended member.
admin-users-until = until { $date }
admin-users-lift = Lift suspension
# After "Lift suspension", for screen readers.
admin-users-of = of { $name }
admin-users-suspend = Suspend
admin-users-reason = Reason (the member is told)
admin-users-until-label = Until (UTC, empty for no end)
admin-role-admin = admin
admin-role-moderator = moderator
admin-role-helpdesk = helpdesk
admin-role-member = member
admin-role-guest = guest
admin-status-unverified = unverified
admin-status-pending-approval = pending_approval
admin-status-active = active
admin-status-rejected = rejected
admin-status-suspended = suspended
