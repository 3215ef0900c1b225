//! iCalendar (RFC 5545) for events: one `.ics` per event and a member's
//! personal feed. Times are written in UTC (`…Z`), which every calendar
//! application reads without a VTIMEZONE; the organiser's zone travels as
//! a comment in the description.

use chrono::{DateTime, Utc};

/// One event as a calendar sees it.
#[derive(Debug, Clone)]
pub struct CalendarEvent<'a> {
    /// Stable across edits and exports: `event-<id>@<host>`.
    pub uid: String,
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: &'a str,
    pub url: &'a str,
    /// When the event last changed (`LAST-MODIFIED`).
    pub updated_at: DateTime<Utc>,
    pub cancelled: bool,
}

/// A whole calendar: `PRODID` names the platform, `name` the feed.
pub fn calendar(name: &str, events: &[CalendarEvent<'_>], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Praxis//Events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    property(&mut out, "X-WR-CALNAME", name);
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        property(&mut out, "UID", &event.uid);
        line(&mut out, &format!("DTSTAMP:{}", stamp(now)));
        line(&mut out, &format!("DTSTART:{}", stamp(event.starts_at)));
        line(&mut out, &format!("DTEND:{}", stamp(event.ends_at)));
        line(
            &mut out,
            &format!("LAST-MODIFIED:{}", stamp(event.updated_at)),
        );
        property(&mut out, "SUMMARY", event.title);
        if !event.description.trim().is_empty() {
            property(&mut out, "DESCRIPTION", event.description);
        }
        if !event.location.trim().is_empty() {
            property(&mut out, "LOCATION", event.location);
        }
        if !event.url.trim().is_empty() {
            // URL is a URI value: not escaped as text.
            line(&mut out, &format!("URL:{}", event.url.trim()));
        }
        line(
            &mut out,
            if event.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
        );
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT property, escaped (RFC 5545 §3.3.11).
fn property(out: &mut String, name: &str, value: &str) {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    line(out, &format!("{name}:{escaped}"));
}

/// A content line, folded at 75 octets without splitting a character
/// (RFC 5545 §3.1), ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn sample<'a>(title: &'a str, description: &'a str) -> CalendarEvent<'a> {
        CalendarEvent {
            uid: "event-7@praxis.example".into(),
            title,
            description,
            starts_at: Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
            ends_at: Utc.with_ymd_and_hms(2026, 12, 3, 11, 30, 0).unwrap(),
            location: "Utrecht, Catharijnesingel 59",
            url: "https://praxis.example/events/7",
            updated_at: Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap(),
            cancelled: false,
        }
    }

    #[test]
    fn lines_end_in_crlf_and_are_folded_at_75_octets() {
        let long = "Réunion d'échange sur les marchés à procédure adaptée ".repeat(4);
        let text = calendar("Praxis", &[sample(&long, "")], Utc::now());
        for raw in text.split("\r\n") {
            assert!(raw.len() <= 75, "{raw:?} is {} octets", raw.len());
        }
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn a_real_parser_reads_it_back() {
        let text = calendar(
            "My events",
            &[sample(
                "Peer exchange; ESPD, eForms",
                "Line one\nLine two, with \\ backslash",
            )],
            Utc::now(),
        );
        let unfolded = icalendar::parser::unfold(&text);
        let parsed = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let event = parsed
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .expect("an event");
        let value = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        assert_eq!(value("UID"), "event-7@praxis.example");
        assert_eq!(value("DTSTART"), "20261203T090000Z");
        assert_eq!(value("DTEND"), "20261203T113000Z");
        assert!(!value("DTSTAMP").is_empty());
        assert_eq!(value("SUMMARY"), "Peer exchange; ESPD, eForms");
        assert_eq!(
            value("DESCRIPTION"),
            "Line one\nLine two, with \\ backslash"
        );
    }
}
