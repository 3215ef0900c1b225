//! Threads and posts: kinds, titles, bodies, tags and @mentions.

use crate::community::string_enum;
use crate::text::{bounded_text, single_line};
use crate::validation::ValidationError;

string_enum!(
    /// A discussion, or a question that can have an accepted answer.
    ThreadKind, "kind" {
        Discussion => "discussion",
        Question => "question",
    }
);

string_enum!(
    /// Reactions to a post. Only "helpful" for now: a professional forum
    /// needs a signal of usefulness, not a palette of emotions.
    ReactionKind, "kind" {
        Helpful => "helpful",
    }
);

string_enum!(
    /// How often a member wants mail about what they follow.
    EmailFrequency, "email" {
        Immediate => "immediate",
        Daily => "daily",
        Weekly => "weekly",
        Off => "off",
    }
);

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 200;
pub const BODY_MAX: usize = 50_000;
pub const TAGS_MAX: usize = 5;
pub const TAG_MAX_LEN: usize = 30;

pub fn title(raw: &str) -> Result<String, ValidationError> {
    single_line("title", raw, TITLE_MIN, TITLE_MAX)
}

/// A Markdown body: not empty or only whitespace, at most 50,000 characters.
pub fn body(raw: &str) -> Result<String, ValidationError> {
    bounded_text("body", raw, 1, BODY_MAX)
}

/// The language an author declares for a thread: `en`, `nl`, `fr`, or
/// nothing (search then detects it).
pub fn language(raw: &str) -> Result<String, ValidationError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" => Ok(String::new()),
        code @ ("en" | "nl" | "fr") => Ok(code.to_owned()),
        _ => Err(ValidationError::new(
            "language",
            "invalid_language",
            "Choose en, nl or fr, or leave it empty.",
        )),
    }
}

/// The `lang` filter of thread lists: empty for every thread, else `en`,
/// `nl` or `fr` (the threads whose content language it is).
pub fn language_filter(raw: &str) -> Result<Option<crate::Locale>, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    crate::Locale::parse(raw)
        .map(Some)
        .ok_or_else(|| ValidationError::new("lang", "invalid_lang", "Choose en, nl or fr."))
}

/// Tags: lower-cased, letters, digits and hyphens (spaces become hyphens),
/// at most five, duplicates dropped.
pub fn tags(raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let normal: String = tag
            .trim()
            .trim_start_matches('#')
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        if normal.is_empty() {
            continue;
        }
        if normal.chars().count() > TAG_MAX_LEN
            || !normal.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return Err(ValidationError::new(
                "tags",
                "invalid_tag",
                format!(
                    "Tags are words of letters, digits and hyphens, at most {TAG_MAX_LEN} characters."
                ),
            )
            .with_arg("max", TAG_MAX_LEN));
        }
        if !out.contains(&normal) {
            out.push(normal);
        }
    }
    if out.len() > TAGS_MAX {
        return Err(ValidationError::new(
            "tags",
            "too_many_tags",
            format!("Use at most {TAGS_MAX} tags."),
        )
        .with_arg("max", TAGS_MAX));
    }
    Ok(out)
}

/// The handle by which a person is @mentioned: their display name,
/// lower-cased, with spaces as hyphens ("Anna de Vries" → "anna-de-vries").
pub fn handle(display_name: &str) -> String {
    display_name
        .split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '\''))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

/// The handles @mentioned in a text, in order, without duplicates (at most 20).
/// An `@` counts only at the start or after a space or an opening bracket,
/// so email addresses are not mentions.
pub fn mentions(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if c == '@' && (previous.is_whitespace() || matches!(previous, '(' | '[' | '>')) {
            let rest = &text[i + 1..];
            let end = rest
                .char_indices()
                .find(|(_, ch)| !(ch.is_alphanumeric() || matches!(ch, '-' | '_' | '.' | '\'')))
                .map_or(rest.len(), |(j, _)| j);
            let handle = rest[..end]
                .trim_end_matches(['.', '-', '\''])
                .to_lowercase();
            if handle.chars().count() >= 2 && !out.contains(&handle) {
                out.push(handle);
                if out.len() == 20 {
                    break;
                }
            }
        }
        previous = c;
    }
    out
}

/// Why a member flags a post.
pub const FLAG_REASONS: [(&str, &str); 5] = [
    ("off_topic", "Off topic"),
    ("inappropriate", "Inappropriate"),
    ("confidential", "Confidential information"),
    ("commercial", "A supplier or commercial message"),
    ("other", "Something else"),
];

/// A flag's reason code, checked.
pub fn flag_reason(raw: &str) -> Result<&'static str, ValidationError> {
    let raw = raw.trim();
    FLAG_REASONS
        .iter()
        .find(|(code, _)| *code == raw)
        .map(|(code, _)| *code)
        .ok_or_else(|| {
            ValidationError::new(
                "reason",
                "invalid_reason",
                "Choose off_topic, inappropriate, confidential, commercial or other.",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_must_say_something() {
        assert_eq!(body("   \n\t ").unwrap_err().code, "required");
        assert_eq!(
            body(&"x".repeat(BODY_MAX + 1)).unwrap_err().code,
            "too_long"
        );
        assert!(body("Which threshold applies?").is_ok());
        assert_eq!(title("Hi").unwrap_err().code, "too_short");
    }

    #[test]
    fn tags_are_normalised_and_bounded() {
        let parsed = tags(&[
            "ESPD".into(),
            " green procurement ".into(),
            "espd".into(),
            "".into(),
        ]);
        assert_eq!(
            parsed,
            Ok(vec!["espd".to_owned(), "green-procurement".to_owned()])
        );
        assert!(tags(&["<script>".into()]).is_err());
        let many: Vec<String> = (0..6).map(|i| format!("t{i}")).collect();
        assert_eq!(tags(&many).unwrap_err().code, "too_many_tags");
    }

    #[test]
    fn mentions_are_handles_after_an_at_sign() {
        assert_eq!(handle("Anna de Vries"), "anna-de-vries");
        assert_eq!(handle("  Jean-Luc  O'Neil "), "jean-luc-o'neil");
        assert_eq!(
            mentions("Thanks @Anna-de-Vries, and (@julien.martin)! Mail me at a@b.gov. @x"),
            vec!["anna-de-vries".to_owned(), "julien.martin".to_owned()]
        );
        assert_eq!(mentions("@anna @anna"), vec!["anna".to_owned()]);
    }
}
