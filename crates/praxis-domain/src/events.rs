//! Events: conferences, webinars and peer-exchange sessions. Times are
//! stored in UTC with the time zone the organiser chose, so an event at
//! 10:00 in Paris stays at 10:00 in Paris across a change of summer time.

use crate::validation::ValidationError;
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

/// A time zone of the IANA database (`Europe/Amsterdam`).
pub fn time_zone(field: &str, raw: &str) -> Result<Tz, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(ValidationError::required(field));
    }
    raw.parse::<Tz>().map_err(|_| {
        ValidationError::new(
            field,
            "unknown_time_zone",
            "Choose a time zone of the IANA database, such as Europe/Paris or Europe/Amsterdam.",
        )
    })
}

/// A moment given either with an offset (`2026-12-03T10:00:00+01:00`, `…Z`)
/// or as a local wall-clock time (`2026-12-03T10:00`, as `datetime-local`
/// fields send it) read in `zone`. A local time that does not exist (the
/// hour skipped when summer time starts) is refused; an ambiguous one (the
/// hour repeated in autumn) takes the earlier.
pub fn moment(field: &str, raw: &str, zone: Tz) -> Result<DateTime<Utc>, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(ValidationError::required(field));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(raw) {
        return Ok(at.with_timezone(&Utc));
    }
    let local = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(raw, format).ok())
        .ok_or_else(|| {
            ValidationError::new(
                field,
                "invalid_time",
                "Give a date and time such as 2026-12-03T10:00.",
            )
        })?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| {
            ValidationError::new(
                field,
                "nonexistent_time",
                "This time does not exist in the chosen time zone (the clocks skip it).",
            )
        })
}

/// What a member answers to an invitation to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvpStatus {
    Going,
    Maybe,
    NotGoing,
    /// Wants to go, but the event is full: promoted when a place frees up.
    Waitlisted,
}

impl RsvpStatus {
    pub const ALL: [RsvpStatus; 4] = [
        RsvpStatus::Going,
        RsvpStatus::Maybe,
        RsvpStatus::NotGoing,
        RsvpStatus::Waitlisted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Going => "going",
            RsvpStatus::Maybe => "maybe",
            RsvpStatus::NotGoing => "not_going",
            RsvpStatus::Waitlisted => "waitlisted",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// What a member may ask for: going, maybe, not going, or a place on the
/// waiting list of a full event.
pub fn rsvp_choice(raw: &str) -> Result<RsvpStatus, ValidationError> {
    match raw.trim() {
        "" => Err(ValidationError::required("status")),
        "waitlist" => Ok(RsvpStatus::Waitlisted),
        other => RsvpStatus::parse(other).ok_or_else(|| {
            ValidationError::new(
                "status",
                "invalid_choice",
                "Choose going, maybe, not_going or waitlist.",
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_those_of_the_iana_database() {
        assert!(time_zone("time_zone", "Europe/Paris").is_ok());
        assert_eq!(
            time_zone("time_zone", "Europe/Atlantis").map_err(|e| e.code),
            Err("unknown_time_zone")
        );
        assert!(time_zone("time_zone", " ").is_err());
    }

    #[test]
    fn local_times_are_read_in_the_events_zone() {
        let paris: Tz = "Europe/Paris".parse().expect("zone");
        let winter = moment("starts_at", "2026-12-03T10:00", paris).expect("valid");
        assert_eq!(winter.to_rfc3339(), "2026-12-03T09:00:00+00:00");
        let summer = moment("starts_at", "2026-07-03T10:00", paris).expect("valid");
        assert_eq!(summer.to_rfc3339(), "2026-07-03T08:00:00+00:00");
        let explicit = moment("starts_at", "2026-12-03T10:00:00Z", paris).expect("valid");
        assert_eq!(explicit.to_rfc3339(), "2026-12-03T10:00:00+00:00");
        // 29 March 2026, 02:30 does not exist in Paris.
        assert_eq!(
            moment("starts_at", "2026-03-29T02:30", paris).map_err(|e| e.code),
            Err("nonexistent_time")
        );
        assert!(moment("starts_at", "next tuesday", paris).is_err());
    }

    #[test]
    fn rsvp_choices() {
        assert_eq!(rsvp_choice("going"), Ok(RsvpStatus::Going));
        assert_eq!(rsvp_choice("waitlist"), Ok(RsvpStatus::Waitlisted));
        assert!(rsvp_choice("perhaps").is_err());
    }
}
