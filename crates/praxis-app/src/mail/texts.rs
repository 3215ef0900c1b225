//! The words of every mail. The action link, when there is one, is always
//! the first line starting with `http`.

use super::OutgoingMail;

/// What mails say about the platform itself.
pub struct Site {
    pub name: String,
    pub base_url: String,
}

fn mail(to: &str, subject: String, lines: &[&str]) -> OutgoingMail {
    OutgoingMail {
        to: to.to_owned(),
        subject,
        text: lines.join("\n") + "\n",
    }
}

pub fn verify_email(site: &Site, to: &str, name: &str, link: &str, hours: i64) -> OutgoingMail {
    mail(
        to,
        format!("Confirm your email address for {}", site.name),
        &[
            link,
            "",
            &format!("Hello {name},"),
            "",
            &format!(
                "Open the link above to confirm your email address and finish joining {}.",
                site.name
            ),
            &format!("The link works once and for {hours} hours."),
            "",
            "If you did not register, ignore this mail: nothing happens without the link.",
        ],
    )
}

/// Sent instead of a second verification mail when someone registers an
/// address that already has an account: the visitor learns nothing, the
/// owner learns what happened.
pub fn already_registered(site: &Site, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    let reset = format!("{}/password-reset", site.base_url);
    mail(
        to,
        format!("You already have an account on {}", site.name),
        &[
            &sign_in,
            "",
            &format!("Hello {name},"),
            "",
            &format!(
                "Someone, perhaps you, tried to register this address on {} again.",
                site.name
            ),
            "You already have an account: sign in with the link above.",
            &format!("Forgot your password? Choose a new one at {reset}"),
            "",
            "If this was not you, you can ignore this mail.",
        ],
    )
}

pub fn reset_password(site: &Site, to: &str, name: &str, link: &str, minutes: i64) -> OutgoingMail {
    mail(
        to,
        format!("Choose a new password for {}", site.name),
        &[
            link,
            "",
            &format!("Hello {name},"),
            "",
            "Open the link above to choose a new password.",
            &format!(
                "The link works once and for {minutes} minutes. Choosing a new password signs you out everywhere."
            ),
            "",
            "If you did not ask for this, ignore this mail: your password stays as it is.",
        ],
    )
}

pub fn registration_approved(site: &Site, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    mail(
        to,
        format!("Welcome to {}: your registration is approved", site.name),
        &[
            &sign_in,
            "",
            &format!("Hello {name},"),
            "",
            &format!(
                "An administrator approved your registration. You can now sign in to {} with the link above.",
                site.name
            ),
        ],
    )
}

pub fn registration_rejected(site: &Site, to: &str, name: &str, reason: &str) -> OutgoingMail {
    let mut lines = vec![
        format!("Hello {name},"),
        String::new(),
        format!(
            "An administrator could not approve your registration on {}. {} is reserved for public buyers working for contracting authorities.",
            site.name, site.name
        ),
    ];
    if !reason.trim().is_empty() {
        lines.push(String::new());
        lines.push(format!("Reason given: {}", reason.trim()));
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    mail(to, format!("Your registration on {}", site.name), &refs)
}

pub fn registration_waiting(
    site: &Site,
    to: &str,
    applicant_name: &str,
    applicant_email: &str,
    organisation: &str,
) -> OutgoingMail {
    let queue = format!("{}/admin/registrations", site.base_url);
    mail(
        to,
        format!("A registration on {} waits for your approval", site.name),
        &[
            &queue,
            "",
            &format!(
                "{applicant_name} <{applicant_email}> from {organisation} confirmed their address, which is not on the buyer-domain allow-list."
            ),
            "Approve or reject the registration in the queue above.",
        ],
    )
}

pub fn suspended(
    site: &Site,
    to: &str,
    name: &str,
    until: Option<&str>,
    reason: &str,
) -> OutgoingMail {
    let period = match until {
        Some(until) => format!("until {until}"),
        None => "until a moderator lifts it".to_owned(),
    };
    mail(
        to,
        format!("Your account on {} is suspended", site.name),
        &[
            &format!("Hello {name},"),
            "",
            &format!(
                "A moderator suspended your account on {} {period}.",
                site.name
            ),
            &format!("Reason: {reason}"),
        ],
    )
}

pub fn unsuspended(site: &Site, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    mail(
        to,
        format!("Your account on {} is active again", site.name),
        &[
            &sign_in,
            "",
            &format!("Hello {name},"),
            "",
            "A moderator lifted your suspension. You can sign in again.",
        ],
    )
}

/// An invitation into one community. `has_account` changes the instructions:
/// members already registered sign in, newcomers choose a name and password.
pub struct InvitationMail<'a> {
    pub to: &'a str,
    pub inviter: &'a str,
    pub community: &'a str,
    pub as_guest: bool,
    pub link: &'a str,
    pub days: i64,
    pub message: &'a str,
    pub has_account: bool,
}

pub fn invitation(site: &Site, invite: &InvitationMail<'_>) -> OutgoingMail {
    let what = if invite.as_guest {
        format!(
            "{} invites you to take part in the community \"{}\" on {} as a guest. \
             Guests see and write in this one community.",
            invite.inviter, invite.community, site.name
        )
    } else {
        format!(
            "{} invites you to join the community \"{}\" on {}.",
            invite.inviter, invite.community, site.name
        )
    };
    let how = if invite.has_account {
        "Open the link above and confirm with your password to join."
    } else {
        "Open the link above to choose your name and password; the link also confirms your address."
    };
    let personal = if invite.message.trim().is_empty() {
        String::new()
    } else {
        format!("Their message: \"{}\"", invite.message.trim())
    };
    mail(
        invite.to,
        format!("Invitation to {} on {}", invite.community, site.name),
        &[
            invite.link,
            "",
            "Hello,",
            "",
            &what,
            &personal,
            "",
            how,
            &format!(
                "The link works once and for {} days. Everyone accepts the usage code before writing.",
                invite.days
            ),
            "",
            "If you did not expect this invitation, ignore this mail: nothing happens without the link.",
        ],
    )
}

/// A seat freed up and the person on the waiting list has it.
pub fn event_seat_freed(
    site: &Site,
    to: &str,
    title: &str,
    when: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        format!("You have a seat: {title}"),
        &[
            link,
            "",
            "Hello,",
            "",
            &format!(
                "A seat freed up for \"{title}\" ({when}) and it is yours: you are now registered as going."
            ),
            "If you can no longer come, change your answer on the event's page so the next person gets the seat.",
            "",
            &format!("— {}", site.name),
        ],
    )
}

pub fn event_cancelled(
    site: &Site,
    to: &str,
    title: &str,
    when: &str,
    reason: &str,
) -> OutgoingMail {
    let why = if reason.trim().is_empty() {
        String::new()
    } else {
        format!("The organisers say: \"{}\"", reason.trim())
    };
    mail(
        to,
        format!("Cancelled: {title}"),
        &[
            &format!("{}/events", site.base_url),
            "",
            "Hello,",
            "",
            &format!("The event \"{title}\" ({when}) has been cancelled."),
            &why,
            "Calendars subscribed to your personal feed will show it as cancelled.",
            "",
            &format!("— {}", site.name),
        ],
    )
}

pub fn event_reminder(
    site: &Site,
    to: &str,
    title: &str,
    when: &str,
    location: &str,
    online_url: &str,
    link: &str,
) -> OutgoingMail {
    let place = match (location.trim(), online_url.trim()) {
        ("", "") => String::new(),
        (place, "") => format!("Where: {place}"),
        ("", url) => format!("Online: {url}"),
        (place, url) => format!("Where: {place} — or online: {url}"),
    };
    mail(
        to,
        format!("Tomorrow: {title}"),
        &[
            link,
            "",
            "Hello,",
            "",
            &format!("A reminder: you are registered for \"{title}\", {when}."),
            &place,
            "If you cannot come, change your answer on the event's page: someone on the waiting list may take your seat.",
            "",
            &format!("— {}", site.name),
        ],
    )
}

/// The helpdesk answered (or linked the community's answer to) a question.
pub fn helpdesk_answered(site: &Site, to: &str, subject: &str, link: &str) -> OutgoingMail {
    mail(
        to,
        format!("The helpdesk answered: {subject}"),
        &[
            link,
            "",
            "Hello,",
            "",
            &format!(
                "The helpdesk answered your question \"{subject}\". Open the link above to read it."
            ),
            "",
            &format!("— {}", site.name),
        ],
    )
}

pub fn helpdesk_published(
    site: &Site,
    to: &str,
    subject: &str,
    community: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        format!("Your question is open for discussion: {subject}"),
        &[
            link,
            "",
            "Hello,",
            "",
            &format!(
                "The helpdesk published your question \"{subject}\" in the community \"{community}\" so that practitioners can share their experience."
            ),
            "Your question page links to the discussion. You follow it, so you hear of answers if you are a member of that community.",
            "",
            &format!("— {}", site.name),
        ],
    )
}

/// A new answer in the discussion of a question the person sent to the
/// helpdesk, for askers who cannot read that community: no content.
pub fn helpdesk_new_answer(site: &Site, to: &str, subject: &str, link: &str) -> OutgoingMail {
    mail(
        to,
        format!("New answer in the discussion of your question: {subject}"),
        &[
            link,
            "",
            "Hello,",
            "",
            &format!("Someone answered in the discussion of your question \"{subject}\"."),
            "The helpdesk will link the best answer to your question page when it closes the question.",
            "",
            &format!("— {}", site.name),
        ],
    )
}

/// The monthly figures for the administrators; `figures` are ready-made
/// lines ("Members: 620 (45 new)").
pub fn monthly_report(
    site: &Site,
    to: &str,
    month: &str,
    link: &str,
    figures: &[String],
) -> OutgoingMail {
    let mut lines: Vec<&str> = vec![
        link,
        "",
        "Hello,",
        "",
        "Here is how the community did last month. The dashboard (link above) has the charts, the",
        "figures per community and a CSV export.",
        "",
    ];
    lines.extend(figures.iter().map(String::as_str));
    let signature = format!("— {}", site.name);
    lines.extend(["", signature.as_str()]);
    mail(to, format!("{}: the figures of {month}", site.name), &lines)
}

/// A new alert, for moderators and managers who asked for them by mail.
pub fn alert_raised(site: &Site, to: &str, what: &str, link: &str) -> OutgoingMail {
    mail(
        to,
        format!("{}: {what}", site.name),
        &[
            link,
            "",
            "Hello,",
            "",
            what,
            "",
            "The moderation queue (link above) has the details; dismiss the alert there once it is",
            "dealt with. You can stop these mails under Notifications.",
            "",
            &format!("— {}", site.name),
        ],
    )
}
