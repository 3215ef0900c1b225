//! The pages' side of the platform's languages (`praxis_app::i18n` holds
//! the messages, in `crates/praxis-app/i18n/<language>/*.ftl`, and the
//! negotiation, and the test that code and templates only ask for
//! messages that exist): the visitor's cookie.

pub use praxis_app::i18n::{Lang, arg, negotiate};

/// The cookie that keeps a visitor's choice of language.
pub const LANGUAGE_COOKIE: &str = "praxis_lang";

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes shown through `Layout::label` have a name in English (and so,
    /// by the completeness test, in every language).
    #[test]
    fn every_code_shown_has_a_name() {
        use praxis_domain::community::{CommunityKind, Membership};
        use praxis_domain::documents::DocumentType;
        let english = Lang::english();
        let codes = CommunityKind::ALL
            .iter()
            .map(|k| format!("community-kind-{}", k.as_str()))
            .chain(
                Membership::ALL
                    .iter()
                    .map(|m| format!("community-membership-{}", m.as_str())),
            )
            .chain(
                DocumentType::ALL
                    .iter()
                    .map(|t| format!("document-type-{}", t.as_str())),
            );
        for key in codes {
            assert!(english.has(&key), "{key} has no name");
        }
    }

    #[test]
    fn plurals_and_arguments_are_localised() {
        let nl = Lang::parse("nl").expect("Dutch");
        assert_eq!(nl.name(), "Nederlands");
        let one = nl.t_args("unread-count", &[("count", arg(1))]);
        let many = nl.t_args("unread-count", &[("count", arg(3))]);
        assert_ne!(one, many, "singular and plural differ");
        assert!(many.contains('3'));
    }
}
