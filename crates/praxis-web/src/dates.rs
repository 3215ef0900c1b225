//! Dates, times and numbers on pages, in the page's language and the
//! viewer's time zone (`Layout.zone`): thin wrappers of the formatting of
//! `praxis_app::i18n` (`Lang::date_time`, `Lang::number`…). A moment is
//! written as `<time datetime="RFC 3339">localised text</time>`; the JSON
//! API keeps RFC 3339 UTC and CSV files ISO dates, and do not come here.

use crate::layout::Layout;
use askama::filters::HtmlSafe;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use praxis_app::i18n::Lang;
use std::fmt;

/// `<time datetime="…">…</time>`, escaped, so templates print it as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeTag {
    /// The machine-readable value (RFC 3339 UTC, or `YYYY-MM-DD`).
    pub datetime: String,
    /// What a person reads, in the page's language and the viewer's zone.
    pub text: String,
}

impl TimeTag {
    fn at(at: DateTime<Utc>, text: String) -> TimeTag {
        TimeTag {
            datetime: at.to_rfc3339_opts(SecondsFormat::Secs, true),
            text,
        }
    }
}

impl fmt::Display for TimeTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<time datetime=\"{}\">{}</time>",
            escape(&self.datetime),
            escape(&self.text)
        )
    }
}

impl HtmlSafe for TimeTag {}

/// A message with a `<time>` in it: the text is escaped, the tag is not.
#[derive(Debug, Clone)]
pub struct WithTime(String);

impl fmt::Display for WithTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl HtmlSafe for WithTime {}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// A moment, given by value or by reference (templates pass either).
pub trait Moment {
    fn moment(&self) -> DateTime<Utc>;
}

impl Moment for DateTime<Utc> {
    fn moment(&self) -> DateTime<Utc> {
        *self
    }
}

impl<T: Moment + ?Sized> Moment for &T {
    fn moment(&self) -> DateTime<Utc> {
        (**self).moment()
    }
}

/// A calendar day, by value or by reference.
pub trait Day {
    fn day(&self) -> NaiveDate;
}

impl Day for NaiveDate {
    fn day(&self) -> NaiveDate {
        *self
    }
}

impl<T: Day + ?Sized> Day for &T {
    fn day(&self) -> NaiveDate {
        (**self).day()
    }
}

/// A whole number of any integer type, by value or by reference.
pub trait Count {
    fn count(&self) -> i64;
}

macro_rules! count {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}

count!(i32, i64, u32, u64, usize);

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// Stands for the moment in a message until the escaped text gets the tag.
const PLACE_OF_TIME: &str = "\u{E000}";

impl Layout {
    /// A day: "3 December 2026".
    pub fn date(&self, at: impl Moment) -> TimeTag {
        let at = at.moment();
        TimeTag::at(at, self.ui.date(at, self.zone))
    }

    /// A day for lists: "3 Dec 2026".
    pub fn date_short(&self, at: impl Moment) -> TimeTag {
        let at = at.moment();
        TimeTag::at(at, self.ui.date_short(at, self.zone))
    }

    /// A moment: "3 December 2026, 10:00".
    pub fn date_time(&self, at: impl Moment) -> TimeTag {
        let at = at.moment();
        TimeTag::at(at, self.ui.date_time(at, self.zone))
    }

    /// A moment for lists: "3 Dec 2026, 10:00".
    pub fn date_time_short(&self, at: impl Moment) -> TimeTag {
        let at = at.moment();
        TimeTag::at(at, self.ui.date_time_short(at, self.zone))
    }

    /// A calendar day (no zone: review dates, periods): "3 December 2026".
    pub fn day(&self, day: impl Day) -> TimeTag {
        let day = day.day();
        TimeTag {
            datetime: day.format("%Y-%m-%d").to_string(),
            text: self.ui.day(day),
        }
    }

    /// A number with the language's grouping: "12,345", "12.345", "12 345".
    pub fn number(&self, n: impl Count) -> String {
        self.ui.number(n.count())
    }

    /// A file's size: "1.5 MB", "1,5 Mo".
    pub fn file_size(&self, bytes: impl Count) -> String {
        self.ui.file_size(bytes.count())
    }

    /// A message with one moment in it (`{ $when }`), the moment as a
    /// `<time>` tag: "last activity 3 Dec 2026, 10:00".
    pub fn t_when(&self, key: &str, name: &'static str, at: impl Moment) -> WithTime {
        self.with_time(self.ui.t_args(key, &[(name, PLACE_OF_TIME.into())]), at)
    }

    /// A message with a moment and one more argument.
    pub fn t2_when(
        &self,
        key: &str,
        name: &'static str,
        at: impl Moment,
        name2: &'static str,
        value2: impl fmt::Display,
    ) -> WithTime {
        let text = self.ui.t_args(
            key,
            &[
                (name, PLACE_OF_TIME.into()),
                (name2, praxis_app::i18n::arg(value2)),
            ],
        );
        self.with_time(text, at)
    }

    fn with_time(&self, text: String, at: impl Moment) -> WithTime {
        with_time(&self.ui, self.zone, &text, at.moment())
    }
}

/// `text` escaped, with the moment's tag in place of [`PLACE_OF_TIME`].
fn with_time(ui: &Lang, zone: Tz, text: &str, at: DateTime<Utc>) -> WithTime {
    let tag = TimeTag::at(at, ui.date_time_short(at, zone)).to_string();
    WithTime(escape(text).replacen(PLACE_OF_TIME, &tag, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_moment_is_a_time_tag_in_the_readers_zone_and_language() {
        let at = Utc
            .with_ymd_and_hms(2026, 12, 3, 9, 0, 0)
            .single()
            .expect("a moment");
        let nl = Lang::parse("nl").expect("Dutch");
        let tag = TimeTag::at(at, nl.date_time(at, chrono_tz::Europe::Amsterdam));
        assert_eq!(
            tag.to_string(),
            "<time datetime=\"2026-12-03T09:00:00Z\">3 december 2026 10:00</time>"
        );
        let en = Lang::english();
        let text = en.t_args("common-last-activity", &[("when", PLACE_OF_TIME.into())]);
        assert_eq!(
            with_time(&en, chrono_tz::UTC, &format!("<{text}"), at).to_string(),
            "&lt;last activity <time datetime=\"2026-12-03T09:00:00Z\">3 Dec 2026, 09:00</time>"
        );
    }
}
