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
        let codes = codes.chain(
            praxis_domain::documents::kind_codes()
                .into_iter()
                .map(|k| format!("file-kind-{k}")),
        );
        for key in codes {
            assert!(english.has(&key), "{key} has no name");
        }
        for id in praxis_domain::documents::accepted_messages() {
            assert!(english.has(id), "{id} has no name");
        }
    }

    /// Every action the store's audit log is written with has a name in
    /// every language, and no two actions share one.
    #[test]
    fn every_audit_action_has_a_name_in_every_language() {
        for lang in Lang::all() {
            let mut names = std::collections::BTreeSet::new();
            for action in praxis_store::audit::ACTIONS {
                let key = format!("audit-action-{}", action.replace('_', "-"));
                assert!(lang.has(&key), "{} lacks {key}", lang.code());
                assert!(
                    names.insert(lang.t(&key)),
                    "{}: {key} has the name of another action",
                    lang.code()
                );
            }
        }
        let french = Lang::parse("fr").expect("French");
        assert_eq!(french.t("audit-action-post-hidden"), "Message masqué");
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
