//! Dates, times and numbers in a language: month and weekday names, the
//! patterns and the separators are messages of `i18n/<language>/dates.ftl`,
//! so a new language folder brings its own. Moments are shown in a time
//! zone (the reader's, see [`zone`]); nothing here depends on the host's
//! locale or zone.
//!
//! Numbers given to messages as Fluent numbers (counts, for plurals) are
//! grouped too: [`Lang::t_args`] names the language for the bundle's
//! formatter ([`fluent_number`]) while it formats.

use super::Lang;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a language's number formatting needs, read once per language.
#[derive(Debug)]
pub(super) struct Numbers {
    group: String,
    decimal: String,
}

static NUMBERS: LazyLock<HashMap<String, Numbers>> = LazyLock::new(|| {
    Lang::all()
        .iter()
        .map(|lang| {
            (
                lang.code().to_owned(),
                Numbers {
                    group: lang.t("numbers-group"),
                    decimal: lang.t("numbers-decimal"),
                },
            )
        })
        .collect()
});

thread_local! {
    /// The language of the message being formatted on this thread, for
    /// [`fluent_number`] (a plain function: it cannot carry it).
    static FORMATTING: Cell<Option<&'static Numbers>> = const { Cell::new(None) };
}

/// Runs `f` (a Fluent lookup) with `lang`'s number formatting in effect.
pub(super) fn with_numbers_of<T>(lang: &Lang, f: impl FnOnce() -> T) -> T {
    let numbers = NUMBERS.get(lang.code());
    let before = FORMATTING.with(|c| c.replace(numbers));
    let out = f();
    FORMATTING.with(|c| c.set(before));
    out
}

/// The bundles' formatter: a Fluent number placed in a message is written
/// with the language's separators ("12,345 members", "12.345 leden").
pub(super) fn fluent_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let numbers = FORMATTING.with(Cell::get)?;
    let fraction = n.options.minimum_fraction_digits.unwrap_or(0);
    Some(numbers.write(n.value, fraction))
}

impl Numbers {
    fn write(&self, value: f64, places: usize) -> String {
        let plain = format!("{:.*}", places, value.abs());
        let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::new();
        if value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        let digits = whole.len();
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 {
                out.push_str(&self.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(fraction);
        }
        out
    }
}

/// The zone someone reads times in: their own setting if it names one,
/// else the site's `default_time_zone`, else UTC.
pub fn zone(own: &str, site_default: &str) -> Tz {
    [own, site_default]
        .iter()
        .find_map(|z| z.trim().parse::<Tz>().ok())
        .unwrap_or(chrono_tz::UTC)
}

fn text(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

impl Lang {
    fn numbers(&self) -> &'static Numbers {
        NUMBERS
            .get(self.code())
            .or_else(|| NUMBERS.get("en"))
            .expect("English number formatting")
    }

    /// A whole number with the language's grouping: "12,345", "12.345",
    /// "12 345" (a narrow no-break space in French).
    pub fn number(&self, n: i64) -> String {
        self.numbers().write(n as f64, 0)
    }

    /// A number with `places` decimals: "12.5", "12,5".
    pub fn decimal(&self, value: f64, places: usize) -> String {
        self.numbers().write(value, places)
    }

    /// A file's size: "512 B", "12 KB", "1.5 MB" ("1,5 Mo" in French).
    pub fn file_size(&self, bytes: i64) -> String {
        let bytes = bytes.max(0) as f64;
        let (key, size) = if bytes < 1024.0 {
            ("numbers-bytes", self.decimal(bytes, 0))
        } else if bytes < 1024.0 * 1024.0 {
            ("numbers-kilobytes", self.decimal(bytes / 1024.0, 0))
        } else {
            (
                "numbers-megabytes",
                self.decimal(bytes / 1024.0 / 1024.0, 1),
            )
        };
        self.t_args(key, &[("size", text(size))])
    }

    /// The name of a month, 1 to 12 ("December", "december", "décembre").
    pub fn month_name(&self, month: u32) -> String {
        self.t(&format!("dates-month-{month}"))
    }

    /// The abbreviated name of a month ("Dec", "dec.", "déc.").
    pub fn month_short(&self, month: u32) -> String {
        self.t(&format!("dates-month-short-{month}"))
    }

    /// The name of a weekday, 1 (Monday) to 7 (Sunday).
    pub fn weekday_name(&self, weekday: u32) -> String {
        self.t(&format!("dates-weekday-{weekday}"))
    }

    /// A day: "3 December 2026", "3 december 2026", "3 décembre 2026".
    pub fn day(&self, date: NaiveDate) -> String {
        self.date_message("dates-date", date, self.month_name(date.month()))
    }

    /// A day, short, for lists: "3 Dec 2026", "3 dec. 2026", "3 déc. 2026".
    pub fn day_short(&self, date: NaiveDate) -> String {
        self.date_message("dates-date-short", date, self.month_short(date.month()))
    }

    /// A day without its year, for chart labels: "3 Dec".
    pub fn day_month(&self, date: NaiveDate) -> String {
        self.t_args(
            "dates-day-month",
            &[
                ("day", text(date.day().to_string())),
                ("month", text(self.month_short(date.month()))),
            ],
        )
    }

    /// A day with its weekday: "Thursday 3 December 2026".
    pub fn weekday_day(&self, date: NaiveDate) -> String {
        self.t_args(
            "dates-weekday-date",
            &[
                (
                    "weekday",
                    text(self.weekday_name(date.weekday().number_from_monday())),
                ),
                ("date", text(self.day(date))),
            ],
        )
    }

    fn date_message(&self, key: &str, date: NaiveDate, month: String) -> String {
        self.t_args(
            key,
            &[
                ("day", text(date.day().to_string())),
                ("month", text(month)),
                ("year", text(date.year().to_string())),
            ],
        )
    }

    /// The time of day of a moment in `zone`: "10:00".
    pub fn time(&self, at: DateTime<Utc>, zone: Tz) -> String {
        let local = at.with_timezone(&zone);
        self.t_args(
            "dates-time",
            &[
                ("hour", text(format!("{:02}", local.hour()))),
                ("minute", text(format!("{:02}", local.minute()))),
            ],
        )
    }

    /// The day of a moment in `zone`: "3 December 2026".
    pub fn date(&self, at: DateTime<Utc>, zone: Tz) -> String {
        self.day(at.with_timezone(&zone).date_naive())
    }

    /// The day of a moment in `zone`, short: "3 Dec 2026".
    pub fn date_short(&self, at: DateTime<Utc>, zone: Tz) -> String {
        self.day_short(at.with_timezone(&zone).date_naive())
    }

    /// A moment in `zone`: "3 December 2026, 10:00",
    /// "3 december 2026 10:00", "3 décembre 2026 à 10:00".
    pub fn date_time(&self, at: DateTime<Utc>, zone: Tz) -> String {
        self.date_and_time(self.date(at, zone), at, zone)
    }

    /// A moment in `zone`, short, for lists: "3 Dec 2026, 10:00".
    pub fn date_time_short(&self, at: DateTime<Utc>, zone: Tz) -> String {
        self.date_and_time(self.date_short(at, zone), at, zone)
    }

    fn date_and_time(&self, date: String, at: DateTime<Utc>, zone: Tz) -> String {
        self.t_args(
            "dates-date-time",
            &[("date", text(date)), ("time", text(self.time(at, zone)))],
        )
    }

    /// From one moment to another in `zone`, with the zone's abbreviation:
    /// "Thursday 3 December 2026, 10:00–12:30 CET" on one day, else
    /// "3 December 2026, 10:00 – 4 December 2026, 16:00 CET".
    pub fn span(&self, start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
        let (local_start, local_end) = (start.with_timezone(&zone), end.with_timezone(&zone));
        let abbreviation = local_end.format("%Z").to_string();
        if local_start.date_naive() == local_end.date_naive() {
            let times = self.t_args(
                "dates-time-range",
                &[
                    ("start", text(self.time(start, zone))),
                    ("end", text(self.time(end, zone))),
                ],
            );
            let date_time = self.t_args(
                "dates-date-time",
                &[
                    ("date", text(self.weekday_day(local_start.date_naive()))),
                    ("time", text(times)),
                ],
            );
            format!("{date_time} {abbreviation}")
        } else {
            let range = self.t_args(
                "dates-range",
                &[
                    ("start", text(self.date_time(start, zone))),
                    ("end", text(self.date_time(end, zone))),
                ],
            );
            format!("{range} {abbreviation}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::arg;
    use chrono::TimeZone;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).expect("a language")
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("a moment")
    }

    const AMSTERDAM: Tz = chrono_tz::Europe::Amsterdam;

    #[test]
    fn month_and_weekday_names_in_each_language() {
        assert_eq!(lang("en").month_name(12), "December");
        assert_eq!(lang("nl").month_name(3), "maart");
        assert_eq!(lang("fr").month_name(8), "août");
        assert_eq!(lang("fr").weekday_name(4), "jeudi");
        assert_eq!(lang("nl").weekday_name(7), "zondag");
        for l in Lang::all() {
            for m in 1..=12 {
                assert!(l.has(&format!("dates-month-{m}")), "{} {m}", l.code());
                assert!(l.has(&format!("dates-month-short-{m}")), "{} {m}", l.code());
            }
            for d in 1..=7 {
                assert!(l.has(&format!("dates-weekday-{d}")), "{} {d}", l.code());
            }
        }
    }

    #[test]
    fn dates_and_times_in_each_language() {
        let moment = at(2026, 12, 3, 10, 0);
        let utc = chrono_tz::UTC;
        assert_eq!(lang("en").date_time(moment, utc), "3 December 2026, 10:00");
        assert_eq!(lang("nl").date_time(moment, utc), "3 december 2026 10:00");
        assert_eq!(lang("fr").date_time(moment, utc), "3 décembre 2026 à 10:00");
        assert_eq!(lang("en").date_short(moment, utc), "3 Dec 2026");
        assert_eq!(lang("nl").date_short(moment, utc), "3 dec. 2026");
        assert_eq!(lang("fr").date_short(moment, utc), "3 déc. 2026");
        assert_eq!(
            lang("fr").date_time_short(moment, utc),
            "3 déc. 2026 à 10:00"
        );
        assert_eq!(lang("en").date(moment, utc), "3 December 2026");
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day");
        assert_eq!(lang("en").weekday_day(day), "Thursday 3 December 2026");
        assert_eq!(lang("nl").weekday_day(day), "donderdag 3 december 2026");
        assert_eq!(lang("fr").day_month(day), "3 déc.");
    }

    #[test]
    fn a_moment_is_shown_in_the_readers_zone() {
        // 23:30 UTC on 31 December is 00:30 on New Year's Day in Amsterdam.
        let moment = at(2026, 12, 31, 23, 30);
        assert_eq!(
            lang("en").date_time(moment, chrono_tz::UTC),
            "31 December 2026, 23:30"
        );
        assert_eq!(
            lang("en").date_time(moment, AMSTERDAM),
            "1 January 2027, 00:30"
        );
        assert_eq!(
            lang("nl").date_time(moment, AMSTERDAM),
            "1 januari 2027 00:30"
        );
        // Summer time: two hours ahead.
        assert_eq!(lang("fr").time(at(2026, 7, 1, 8, 5), AMSTERDAM), "10:05");
    }

    #[test]
    fn spans_name_the_zone() {
        let (start, end) = (at(2026, 12, 3, 9, 0), at(2026, 12, 3, 11, 30));
        assert_eq!(
            lang("en").span(start, end, AMSTERDAM),
            "Thursday 3 December 2026, 10:00–12:30 CET"
        );
        assert_eq!(
            lang("fr").span(start, end, AMSTERDAM),
            "jeudi 3 décembre 2026 à 10:00–12:30 CET"
        );
        assert_eq!(
            lang("nl").span(start, at(2026, 12, 4, 15, 0), chrono_tz::UTC),
            "3 december 2026 09:00 – 4 december 2026 15:00 UTC"
        );
    }

    #[test]
    fn numbers_are_grouped_in_each_language() {
        assert_eq!(lang("en").number(12_345), "12,345");
        assert_eq!(lang("nl").number(12_345), "12.345");
        assert_eq!(lang("fr").number(12_345), "12\u{202F}345");
        assert_eq!(lang("en").number(1_234_567), "1,234,567");
        assert_eq!(lang("en").number(999), "999");
        assert_eq!(lang("en").number(-1_000), "-1,000");
        assert_eq!(lang("en").number(0), "0");
        assert_eq!(lang("en").decimal(1234.5, 1), "1,234.5");
        assert_eq!(lang("nl").decimal(1234.5, 1), "1.234,5");
        assert_eq!(lang("fr").decimal(0.25, 2), "0,25");
        assert_eq!(lang("en").file_size(1_572_864), "1.5 MB");
        assert_eq!(lang("fr").file_size(1_572_864), "1,5 Mo");
        assert_eq!(lang("nl").file_size(2_048), "2 KB");
    }

    #[test]
    fn counts_in_messages_are_grouped_and_still_choose_the_plural() {
        let members =
            |code: &str, n: i64| lang(code).t_args("common-members", &[("count", arg(n))]);
        assert_eq!(members("en", 12_345), "12,345 members");
        assert_eq!(members("en", 1), "1 member");
        assert_eq!(members("nl", 12_345), "12.345 leden");
        assert!(members("fr", 12_345).starts_with("12\u{202F}345 "));
    }

    #[test]
    fn the_own_zone_then_the_sites_then_utc() {
        assert_eq!(zone("Europe/Amsterdam", "Europe/Paris"), AMSTERDAM);
        assert_eq!(zone("", "Europe/Paris"), chrono_tz::Europe::Paris);
        assert_eq!(zone("Mars/Base", "nowhere"), chrono_tz::UTC);
    }
}
