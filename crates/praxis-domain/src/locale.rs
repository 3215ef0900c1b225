use serde::{Deserialize, Serialize};

/// The interface languages Praxis speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Nl,
    Fr,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nl, Locale::Fr];

    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::Fr => "fr",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Locale::En),
            "nl" => Some(Locale::Nl),
            "fr" => Some(Locale::Fr),
            _ => None,
        }
    }

    /// The language's own name, for language pickers.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::Fr => "Français",
        }
    }
}

/// The language `text` is written in, among English, Dutch and French, or
/// `None` when the detector cannot tell (no words, another script). The
/// first 2,000 characters decide, as well as a whole document would.
///
/// Search (`praxis_app::search::Lang::detect`) uses this too and indexes
/// undetectable text as English.
pub fn detect(text: &str) -> Option<Locale> {
    use whatlang::Lang as W;
    let sample: String = text.chars().take(2_000).collect();
    let detector = whatlang::Detector::with_allowlist(vec![W::Eng, W::Nld, W::Fra]);
    match detector.detect_lang(&sample)? {
        W::Nld => Some(Locale::Nl),
        W::Fra => Some(Locale::Fr),
        W::Eng => Some(Locale::En),
        _ => None,
    }
}

/// A thread's content language: the one its author declared (`en`, `nl`,
/// `fr`), else the one detected from its title and opening post (Markdown,
/// read as plain text), else `None`.
pub fn content_language(declared: &str, title: &str, opening_post: &str) -> Option<Locale> {
    Locale::parse(declared).or_else(|| {
        detect(&format!(
            "{title} {}",
            crate::markdown::to_plain_text(opening_post)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_wins_and_detection_fills_in() {
        let dutch = "Hoe beoordelen jullie de economisch meest voordelige inschrijving \
                     bij een openbare aanbesteding van schoonmaakdiensten?";
        assert_eq!(
            content_language("", "Gunningscriteria", dutch),
            Some(Locale::Nl)
        );
        assert_eq!(
            content_language("fr", "Gunningscriteria", dutch),
            Some(Locale::Fr)
        );
        assert_eq!(
            content_language(
                "",
                "Critères d'attribution",
                "Comment pondérez-vous le prix et la qualité dans vos marchés publics de services ?"
            ),
            Some(Locale::Fr)
        );
        assert_eq!(content_language("", "", ""), None);
        assert_eq!(content_language("", "123", "4 5 6"), None);
    }
}
