//! The platform's languages. Texts (pages, mails, errors) are Fluent
//! messages in `crates/praxis-app/i18n/<language>/*.ftl`, compiled in.
//! Adding a language is adding a folder: copy `en/`, translate every
//! message (`language-name` is the language's own name, shown in the
//! footer's switch), rebuild; the completeness test names what is missing.
//!
//! Which language a page speaks: the member's setting, else the language
//! chosen with the footer's switch (a cookie, for visitors), else the
//! browser's `Accept-Language`, else the site's default.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

mod format;
pub use format::zone;

static_loader! {
    static TEXTS = {
        locales: "./i18n",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: names and numbers
        // are placed in HTML, where the page's `dir` already applies.
        // Numbers in messages get the language's grouping (`format`).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format::fluent_number));
        },
    };
}

/// The languages there are folders for, English first, then by code.
static LANGUAGES: LazyLock<Vec<Lang>> = LazyLock::new(|| {
    let mut all: Vec<Lang> = TEXTS
        .locales()
        .map(|id| Lang {
            code: id.to_string(),
            id: id.clone(),
        })
        .collect();
    all.sort_by_key(|l| (l.code != "en", l.code.clone()));
    all
});

/// An interface language Praxis has texts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    id: LanguageIdentifier,
    code: String,
}

impl Lang {
    pub fn all() -> &'static [Lang] {
        &LANGUAGES
    }

    /// A language Praxis speaks, by its code (`nl`, `fr-BE` → `fr`).
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Lang::all()
            .iter()
            .find(|l| l.code == code)
            .or_else(|| Lang::all().iter().find(|l| l.code == primary))
            .cloned()
    }

    pub fn english() -> Lang {
        Lang::parse("en").unwrap_or_else(|| Lang {
            id: LanguageIdentifier::default(),
            code: "en".to_owned(),
        })
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// The language's own name ("Nederlands").
    pub fn name(&self) -> String {
        self.t("language-name")
    }

    pub fn t(&self, key: &str) -> String {
        TEXTS.lookup(&self.id, key)
    }

    /// A message with arguments; numbers are given as numbers so that
    /// plurals (`{ $count -> [one] … *[other] … }`) choose right.
    pub fn t_args(&self, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        format::with_numbers_of(self, || TEXTS.lookup_with_args(&self.id, key, &args))
    }

    /// A message with arguments in this language only (not through
    /// English): `None` when the language lacks it, or when it names an
    /// argument that is not given.
    pub fn try_t_args(
        &self,
        key: &str,
        args: &[(&'static str, FluentValue<'_>)],
    ) -> Option<String> {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        TEXTS.lookup_no_default_fallback(&self.id, key, Some(&args))
    }

    /// Whether the message exists in this language (not through English).
    /// A message with arguments counts only through [`Lang::try_t_args`].
    pub fn has(&self, key: &str) -> bool {
        TEXTS
            .lookup_no_default_fallback::<&str>(&self.id, key, None)
            .is_some()
    }
}

/// A value for [`Lang::t_args`] from anything displayable: numbers stay
/// numbers (for plurals), the rest is text.
pub fn arg(value: impl std::fmt::Display) -> FluentValue<'static> {
    let text = value.to_string();
    match text.parse::<i64>() {
        Ok(n) => FluentValue::from(n),
        Err(_) => FluentValue::from(text),
    }
}

/// The language of a request, in order of precedence.
pub fn negotiate(
    member_setting: Option<&str>,
    chosen: Option<&str>,
    accept_language: Option<&str>,
    site_default: &str,
) -> Lang {
    member_setting
        .and_then(Lang::parse)
        .or_else(|| chosen.and_then(Lang::parse))
        .or_else(|| accept_language.and_then(from_accept_language))
        .or_else(|| Lang::parse(site_default))
        .unwrap_or_else(Lang::english)
}

/// The language to write to a member in (mails): their setting, else the
/// site's default.
pub fn of_member(locale: &str, site_default: &str) -> Lang {
    negotiate(Some(locale), None, None, site_default)
}

/// The browser's most wanted language that Praxis speaks
/// (`nl-BE,nl;q=0.9,en;q=0.8`).
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut wanted: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && quality > 0.0).then_some((quality, order, tag))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.into_iter().find_map(|(_, _, tag)| Lang::parse(tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The message ids of a language folder (`key = …` starts a line).
    pub(crate) fn keys_of(language: &str) -> BTreeSet<String> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(language);
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(&folder).expect("a language folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).expect("readable");
                for line in text.lines() {
                    if let Some((key, _)) = line.split_once('=') {
                        let key = key.trim_end();
                        if !line.starts_with([' ', '#', '-'])
                            && !key.is_empty()
                            && key
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                        {
                            keys.insert(key.to_owned());
                        }
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_message() {
        let english = keys_of("en");
        assert!(!english.is_empty(), "the English texts are there");
        for lang in Lang::all() {
            let keys = keys_of(lang.code());
            let missing: Vec<_> = english.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
        }
    }

    #[test]
    fn every_message_the_code_and_templates_use_exists() {
        let english = keys_of("en");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let web = root.join("../praxis-web");
        let mut unknown = Vec::new();
        let mut files = vec![root.join("src"), web.join("templates"), web.join("src")];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).expect("a folder") {
                    files.push(entry.expect("an entry").path());
                }
                continue;
            }
            if path.ends_with("i18n.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // `t("key")`, `t1("key", …)`, `t_args("key", …)`, and messages
            // with a moment in them (`t_when("key", …)`, praxis-web's dates).
            let calls = [
                "t(\"",
                "t1(\"",
                "t2(\"",
                "t_args(\"",
                "t_when(\"",
                "t2_when(\"",
            ];
            for (i, _) in calls.iter().flat_map(|call| text.match_indices(call)) {
                let start = text[i..].find('"').map_or(i, |q| i + q + 1);
                let key: String = text[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                let whole_name = text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
                if whole_name && !key.is_empty() && !english.contains(&key) {
                    unknown.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(unknown.is_empty(), "messages not in en/: {unknown:#?}");
    }

    #[test]
    fn the_member_then_the_switch_then_the_browser_then_the_site_decide() {
        assert_eq!(
            negotiate(Some("fr"), Some("nl"), Some("en"), "en").code(),
            "fr"
        );
        assert_eq!(negotiate(None, Some("nl"), Some("fr"), "en").code(), "nl");
        assert_eq!(
            negotiate(None, None, Some("de-DE,fr-BE;q=0.8,nl;q=0.9"), "en").code(),
            "nl"
        );
        assert_eq!(negotiate(None, Some("xx"), Some("de"), "fr").code(), "fr");
        assert_eq!(negotiate(None, None, None, "zz").code(), "en");
    }
}
