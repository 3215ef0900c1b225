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
