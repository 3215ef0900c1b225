//! The words of every mail. The action link, when there is one, is always
//! the first line starting with `http`.
//!
//! Every text function takes the recipient's [`Lang`] (see
//! [`crate::i18n::of_member`]); the words are the `mail-…` messages in
//! `crates/praxis-app/i18n/<language>/mails.ftl`, the values (names,
//! titles, links, dates) are their arguments.

use super::OutgoingMail;
use crate::i18n::{Lang, arg};
use fluent_templates::fluent_bundle::FluentValue;

/// What mails say about the platform itself.
pub struct Site {
    pub name: String,
    pub base_url: String,
}

/// A text argument, passed as text even when it looks like a number (a
/// title "2025" or a name "007" is shown as written).
pub(crate) fn text(value: &str) -> FluentValue<'static> {
    FluentValue::from(value.to_owned())
}

fn mail(to: &str, subject: String, lines: &[&str]) -> OutgoingMail {
    OutgoingMail {
        to: to.to_owned(),
        subject,
        text: lines.join("\n") + "\n",
    }
}

fn hello_name(lang: &Lang, name: &str) -> String {
    lang.t_args("mail-hello-name", &[("name", text(name))])
}

fn signature(site: &Site, lang: &Lang) -> String {
    lang.t_args("mail-signature", &[("site", text(&site.name))])
}

/// A message whose only argument is the site's name.
fn with_site(lang: &Lang, key: &str, site: &Site) -> String {
    lang.t_args(key, &[("site", text(&site.name))])
}

pub fn verify_email(
    site: &Site,
    lang: &Lang,
    to: &str,
    name: &str,
    link: &str,
    hours: i64,
) -> OutgoingMail {
    mail(
        to,
        with_site(lang, "mail-verify-subject", site),
        &[
            link,
            "",
            &hello_name(lang, name),
            "",
            &with_site(lang, "mail-verify-open", site),
            &lang.t_args("mail-verify-validity", &[("hours", arg(hours))]),
            "",
            &lang.t("mail-verify-ignore"),
        ],
    )
}

/// Sent instead of a second verification mail when someone registers an
/// address that already has an account: the visitor learns nothing, the
/// owner learns what happened.
pub fn already_registered(site: &Site, lang: &Lang, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    let reset = format!("{}/password-reset", site.base_url);
    mail(
        to,
        with_site(lang, "mail-already-subject", site),
        &[
            &sign_in,
            "",
            &hello_name(lang, name),
            "",
            &with_site(lang, "mail-already-tried", site),
            &lang.t("mail-already-sign-in"),
            &lang.t_args("mail-already-forgot", &[("link", text(&reset))]),
            "",
            &lang.t("mail-already-ignore"),
        ],
    )
}

pub fn reset_password(
    site: &Site,
    lang: &Lang,
    to: &str,
    name: &str,
    link: &str,
    minutes: i64,
) -> OutgoingMail {
    mail(
        to,
        with_site(lang, "mail-reset-subject", site),
        &[
            link,
            "",
            &hello_name(lang, name),
            "",
            &lang.t("mail-reset-open"),
            &lang.t_args("mail-reset-validity", &[("minutes", arg(minutes))]),
            "",
            &lang.t("mail-reset-ignore"),
        ],
    )
}

pub fn registration_approved(site: &Site, lang: &Lang, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    mail(
        to,
        with_site(lang, "mail-approved-subject", site),
        &[
            &sign_in,
            "",
            &hello_name(lang, name),
            "",
            &with_site(lang, "mail-approved-body", site),
        ],
    )
}

pub fn registration_rejected(
    site: &Site,
    lang: &Lang,
    to: &str,
    name: &str,
    reason: &str,
) -> OutgoingMail {
    let mut lines = vec![
        hello_name(lang, name),
        String::new(),
        with_site(lang, "mail-rejected-body", site),
    ];
    if !reason.trim().is_empty() {
        lines.push(String::new());
        lines.push(lang.t_args("mail-rejected-reason", &[("reason", text(reason.trim()))]));
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    mail(to, with_site(lang, "mail-rejected-subject", site), &refs)
}

pub fn registration_waiting(
    site: &Site,
    lang: &Lang,
    to: &str,
    applicant_name: &str,
    applicant_email: &str,
    organisation: &str,
) -> OutgoingMail {
    let queue = format!("{}/admin/registrations", site.base_url);
    mail(
        to,
        with_site(lang, "mail-waiting-subject", site),
        &[
            &queue,
            "",
            &lang.t_args(
                "mail-waiting-body",
                &[
                    ("name", text(applicant_name)),
                    ("email", text(applicant_email)),
                    ("organisation", text(organisation)),
                ],
            ),
            &lang.t("mail-waiting-action"),
        ],
    )
}

pub fn suspended(
    site: &Site,
    lang: &Lang,
    to: &str,
    name: &str,
    until: Option<&str>,
    reason: &str,
) -> OutgoingMail {
    let what = match until {
        Some(until) => lang.t_args(
            "mail-suspended-until",
            &[("site", text(&site.name)), ("until", text(until))],
        ),
        None => with_site(lang, "mail-suspended-indefinitely", site),
    };
    mail(
        to,
        with_site(lang, "mail-suspended-subject", site),
        &[
            &hello_name(lang, name),
            "",
            &what,
            &lang.t_args("mail-suspended-reason", &[("reason", text(reason))]),
        ],
    )
}

pub fn unsuspended(site: &Site, lang: &Lang, to: &str, name: &str) -> OutgoingMail {
    let sign_in = format!("{}/login", site.base_url);
    mail(
        to,
        with_site(lang, "mail-unsuspended-subject", site),
        &[
            &sign_in,
            "",
            &hello_name(lang, name),
            "",
            &lang.t("mail-unsuspended-body"),
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

pub fn invitation(site: &Site, lang: &Lang, invite: &InvitationMail<'_>) -> OutgoingMail {
    let who = [
        ("inviter", text(invite.inviter)),
        ("community", text(invite.community)),
        ("site", text(&site.name)),
    ];
    let what = if invite.as_guest {
        lang.t_args("mail-invitation-as-guest", &who)
    } else {
        lang.t_args("mail-invitation-as-member", &who)
    };
    let how = if invite.has_account {
        lang.t("mail-invitation-how-member")
    } else {
        lang.t("mail-invitation-how-newcomer")
    };
    let personal = if invite.message.trim().is_empty() {
        String::new()
    } else {
        lang.t_args(
            "mail-invitation-message",
            &[("message", text(invite.message.trim()))],
        )
    };
    mail(
        invite.to,
        lang.t_args(
            "mail-invitation-subject",
            &[
                ("community", text(invite.community)),
                ("site", text(&site.name)),
            ],
        ),
        &[
            invite.link,
            "",
            &lang.t("mail-hello"),
            "",
            &what,
            &personal,
            "",
            &how,
            &lang.t_args("mail-invitation-validity", &[("days", arg(invite.days))]),
            "",
            &lang.t("mail-invitation-ignore"),
        ],
    )
}

/// A seat freed up and the person on the waiting list has it.
pub fn event_seat_freed(
    site: &Site,
    lang: &Lang,
    to: &str,
    title: &str,
    when: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        lang.t_args("mail-seat-subject", &[("title", text(title))]),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args(
                "mail-seat-body",
                &[("title", text(title)), ("when", text(when))],
            ),
            &lang.t("mail-seat-change"),
            "",
            &signature(site, lang),
        ],
    )
}

pub fn event_cancelled(
    site: &Site,
    lang: &Lang,
    to: &str,
    title: &str,
    when: &str,
    reason: &str,
) -> OutgoingMail {
    let why = if reason.trim().is_empty() {
        String::new()
    } else {
        lang.t_args("mail-cancelled-reason", &[("reason", text(reason.trim()))])
    };
    mail(
        to,
        lang.t_args("mail-cancelled-subject", &[("title", text(title))]),
        &[
            &format!("{}/events", site.base_url),
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args(
                "mail-cancelled-body",
                &[("title", text(title)), ("when", text(when))],
            ),
            &why,
            &lang.t("mail-cancelled-calendars"),
            "",
            &signature(site, lang),
        ],
    )
}

#[allow(clippy::too_many_arguments)]
pub fn event_reminder(
    site: &Site,
    lang: &Lang,
    to: &str,
    title: &str,
    when: &str,
    location: &str,
    online_url: &str,
    link: &str,
) -> OutgoingMail {
    let place = match (location.trim(), online_url.trim()) {
        ("", "") => String::new(),
        (place, "") => lang.t_args("mail-reminder-where", &[("place", text(place))]),
        ("", url) => lang.t_args("mail-reminder-online", &[("url", text(url))]),
        (place, url) => lang.t_args(
            "mail-reminder-where-or-online",
            &[("place", text(place)), ("url", text(url))],
        ),
    };
    mail(
        to,
        lang.t_args("mail-reminder-subject", &[("title", text(title))]),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args(
                "mail-reminder-body",
                &[("title", text(title)), ("when", text(when))],
            ),
            &place,
            &lang.t("mail-reminder-change"),
            "",
            &signature(site, lang),
        ],
    )
}

/// The helpdesk answered (or linked the community's answer to) a question.
pub fn helpdesk_answered(
    site: &Site,
    lang: &Lang,
    to: &str,
    subject: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        lang.t_args(
            "mail-helpdesk-answered-subject",
            &[("subject", text(subject))],
        ),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args("mail-helpdesk-answered-body", &[("subject", text(subject))]),
            "",
            &signature(site, lang),
        ],
    )
}

pub fn helpdesk_published(
    site: &Site,
    lang: &Lang,
    to: &str,
    subject: &str,
    community: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        lang.t_args(
            "mail-helpdesk-published-subject",
            &[("subject", text(subject))],
        ),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args(
                "mail-helpdesk-published-body",
                &[("subject", text(subject)), ("community", text(community))],
            ),
            &lang.t("mail-helpdesk-published-follow"),
            "",
            &signature(site, lang),
        ],
    )
}

/// A new answer in the discussion of a question the person sent to the
/// helpdesk, for askers who cannot read that community: no content.
pub fn helpdesk_new_answer(
    site: &Site,
    lang: &Lang,
    to: &str,
    subject: &str,
    link: &str,
) -> OutgoingMail {
    mail(
        to,
        lang.t_args(
            "mail-helpdesk-new-answer-subject",
            &[("subject", text(subject))],
        ),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            &lang.t_args(
                "mail-helpdesk-new-answer-body",
                &[("subject", text(subject))],
            ),
            &lang.t("mail-helpdesk-new-answer-later"),
            "",
            &signature(site, lang),
        ],
    )
}

/// The monthly figures for the administrators; `month` is the month
/// reported on, `figures` are ready-made lines ("Members: 620 (45 new)",
/// see [`crate::indicators::report_lines`]) in the same language.
pub fn monthly_report(
    site: &Site,
    lang: &Lang,
    to: &str,
    month: chrono::NaiveDate,
    link: &str,
    figures: &[String],
) -> OutgoingMail {
    use chrono::Datelike;
    let hello = lang.t("mail-hello");
    let intro = lang.t("mail-report-intro");
    let mut lines: Vec<&str> = vec![link, "", &hello, "", &intro, ""];
    lines.extend(figures.iter().map(String::as_str));
    let signature = signature(site, lang);
    lines.extend(["", signature.as_str()]);
    let subject = lang.t_args(
        "mail-report-subject",
        &[
            ("site", text(&site.name)),
            ("month", arg(month.month())),
            ("year", text(&month.year().to_string())),
        ],
    );
    mail(to, subject, &lines)
}

/// A new alert, for moderators and managers who asked for them by mail.
/// `what` is already in the recipient's language.
pub fn alert_raised(site: &Site, lang: &Lang, to: &str, what: &str, link: &str) -> OutgoingMail {
    mail(
        to,
        lang.t_args(
            "mail-alert-subject",
            &[("site", text(&site.name)), ("what", text(what))],
        ),
        &[
            link,
            "",
            &lang.t("mail-hello"),
            "",
            what,
            "",
            &lang.t("mail-alert-details"),
            "",
            &signature(site, lang),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            name: "Praxis".to_owned(),
            base_url: "https://praxis.example".to_owned(),
        }
    }

    #[test]
    fn english_mails_read_as_they_always_did() {
        let en = Lang::english();
        let mail = verify_email(&site(), &en, "a@b.example", "Anna", "https://x/1", 48);
        assert_eq!(mail.subject, "Confirm your email address for Praxis");
        assert_eq!(
            mail.text,
            "https://x/1\n\nHello Anna,\n\nOpen the link above to confirm your email address \
             and finish joining Praxis.\nThe link works once and for 48 hours.\n\nIf you did \
             not register, ignore this mail: nothing happens without the link.\n"
        );
        let mail = invitation(
            &site(),
            &en,
            &InvitationMail {
                to: "a@b.example",
                inviter: "Bob",
                community: "ICT",
                as_guest: true,
                link: "https://x/2",
                days: 14,
                message: "",
                has_account: false,
            },
        );
        assert_eq!(mail.subject, "Invitation to ICT on Praxis");
        assert!(mail.text.contains(
            "Bob invites you to take part in the community \"ICT\" on Praxis as a guest. \
             Guests see and write in this one community.\n\n"
        ));
        let month = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
        let mail = monthly_report(&site(), &en, "a@b.example", month, "https://x/3", &[]);
        assert_eq!(mail.subject, "Praxis: the figures of November 2026");
        assert!(
            mail.text.contains(
                "the charts, the\nfigures per community and a CSV export.\n\n\n— Praxis\n"
            )
        );
    }

    #[test]
    fn mails_speak_the_recipients_language() {
        let nl = Lang::parse("nl").expect("Dutch");
        let fr = Lang::parse("fr").expect("French");
        let mail = reset_password(&site(), &nl, "a@b.example", "Anna", "https://x/1", 30);
        assert_eq!(mail.subject, "Kies een nieuw wachtwoord voor Praxis");
        assert!(mail.text.starts_with("https://x/1\n\nBeste Anna,\n"));
        let month = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("a date");
        let mail = monthly_report(&site(), &fr, "a@b.example", month, "https://x/3", &[]);
        assert_eq!(mail.subject, "Praxis : les chiffres d'octobre 2026");
        let mail = helpdesk_answered(&site(), &fr, "a@b.example", "Lots", "https://x/4");
        assert!(mail.text.contains("Bonjour,\n"));
        assert!(mail.text.contains("« Lots »"));
        assert!(mail.text.ends_with("— Praxis\n"));
    }
}
