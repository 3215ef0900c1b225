# Accounts: registering, signing in, passwords, the profile, the usage
# code and invitations.

## Fields used on several forms
accounts-email = Email address
accounts-password = Password
accounts-your-name = Your name
accounts-name-hint = Shown to other members. Between 2 and 60 characters.
accounts-organisation = Organisation
accounts-new-password-hint = At least 12 characters. A few unrelated words make a strong, memorable password.

## Registering
accounts-register-title = Register
accounts-register-intro = { $site } is for people who work for a public authority. Use your work email address: if its domain is a known public-buyer domain your account is active as soon as you confirm it; otherwise an administrator checks it first.
accounts-register-work-email = Work email address
accounts-register-organisation-hint = The ministry, agency, region, municipality or hospital you work for.
accounts-register-submit = Register
accounts-register-already = Already registered?
accounts-register-sign-in = Sign in

## Check your mail
accounts-check-mail-title = Check your mail
accounts-check-mail-reset = If an account uses this address, we have sent it a link to choose a new password. The link works once and for a limited time.
accounts-check-mail-verify = We have sent a link to the address you gave. Open it to confirm your address and finish registering. The link works once and for a limited time.
# Followed by a link ("register again") and the end of the sentence.
accounts-check-mail-none-before = No mail after a few minutes? Check your spam folder, or
accounts-check-mail-none-link = register again
accounts-check-mail-none-after = to get a new link.

## Address confirmed
accounts-verified-title = Address confirmed
accounts-verified-heading = Your address is confirmed
accounts-verified-active = Your organisation's domain is a known public-buyer domain: your account is active.
accounts-verified-sign-in = Sign in
accounts-verified-pending = Your address's domain is not on our list of public-buyer domains yet, so an administrator will check your registration. You will get a mail as soon as it is decided.

## Waiting for approval
accounts-pending-title = Waiting for approval
accounts-pending-heading = Your registration is waiting for approval
accounts-pending-why = Your address is confirmed, but its domain is not on our list of public-buyer domains, so an administrator checks every such registration by hand. This keeps suppliers out, which is what lets members speak freely.
accounts-pending-mail = You will get a mail as soon as your registration is decided.

## Signing in
accounts-login-title = Sign in
accounts-login-submit = Sign in
accounts-login-forgot = Forgot your password?
accounts-login-new-here = New here?
accounts-login-register = Register

## Passwords
accounts-password-title = Change your password
accounts-password-current = Current password
accounts-password-new = New password
accounts-password-new-hint = At least 12 characters. Your other sessions will be signed out.
accounts-password-submit = Change password
accounts-reset-title = Forgot your password
accounts-reset-heading = Forgot your password?
accounts-reset-intro = Give the address you registered with and we will mail you a link to choose a new password.
accounts-reset-submit = Send the link
accounts-reset-confirm-title = Choose a new password
accounts-reset-confirm-hint = At least 12 characters. Choosing it signs you out everywhere.
accounts-reset-confirm-submit = Save the new password

## The usage code
accounts-usage-code-title = Usage code
accounts-usage-code-version = Usage code, version { $version }, published { $date }
accounts-usage-code-accepted = You have accepted this version.
accounts-usage-code-accept = I accept the usage code (version { $version })

## Your profile
accounts-profile-title = Your profile
# Followed by the member's email address.
accounts-profile-signed-in-as = Signed in as
accounts-profile-change-password = Change your password
accounts-profile-public = See your public profile
accounts-profile-region = Region
accounts-profile-optional = Optional.
accounts-profile-languages = Languages you speak
accounts-profile-languages-hint = Two-letter codes separated by commas, for example: en, nl, fr.
accounts-profile-bio = About you
accounts-profile-bio-hint = What you buy, which procedures you know, what you can help with. At most 2000 characters.
accounts-profile-expertise = Your expertise
accounts-profile-expertise-hint = What you know from experience: sectors (CPV divisions), procedures, policy fields. Colleagues find you in the member directory by these.
accounts-profile-locale = Interface language
accounts-profile-time-zone = Time zone
accounts-profile-time-zone-hint = Event times are shown in this zone.
accounts-profile-time-zone-site = The site's time zone
accounts-profile-save = Save

## Invitations to a community
accounts-invitation-title = Invitation to { $community }
# A guest invitation reads: "<start> <community> <as> <guest><after>".
accounts-invitation-guest-by = { $inviter } invites you to take part in
accounts-invitation-guest = You are invited to take part in
accounts-invitation-guest-as = as a
accounts-invitation-guest-word = guest
accounts-invitation-guest-after = : guests see and write in this one community, and their name carries a "Guest" label.
# A member invitation reads: "<start> <community><after>".
accounts-invitation-join-by = { $inviter } invites you to join
accounts-invitation-join = You are invited to join
accounts-invitation-join-after = .
accounts-invitation-terms = The invitation is for { $email } and works until { $date }, once. Before you write anything you will be asked to accept the usage code: you speak on your own behalf, not your organisation's.
accounts-invitation-join-button = Join { $community }
accounts-invitation-someone-else = This invitation was sent to { $email }, but you are signed in as { $user }.
accounts-invitation-someone-else-how = To accept it, sign out and open the link again.
accounts-invitation-sign-out = Sign out
accounts-invitation-known = The address { $email } already has an account. Confirm with its password to join.
accounts-invitation-forgotten = Forgotten your password?
accounts-invitation-newcomer = Create your account for { $email }. The link has confirmed this address.
accounts-invitation-organisation = Organisation (optional)
accounts-invitation-organisation-hint = Your firm, authority or institution.
accounts-invitation-create = Create my account and join
