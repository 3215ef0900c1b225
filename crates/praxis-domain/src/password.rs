//! What makes a new password acceptable.

use crate::validation::{MessageArg, ValidationError};
use zxcvbn::feedback::{Suggestion, Warning};

pub const MIN_LEN: usize = 12;
/// Long enough for any passphrase, short enough that hashing cannot be abused.
pub const MAX_LEN: usize = 256;

/// Refuses short passwords and those `zxcvbn` scores below 3 ("safely
/// unguessable"), including common passwords and ones built from the user's
/// own name or address (`user_inputs`). The message carries zxcvbn's advice:
/// in English in `message`, and as message ids (`advice`, see
/// [`warning_message`]) for the other languages.
pub fn check_new_password(
    field: &str,
    password: &str,
    user_inputs: &[&str],
) -> Result<(), ValidationError> {
    let len = password.chars().count();
    if len == 0 {
        return Err(ValidationError::required(field));
    }
    if len < MIN_LEN {
        return Err(ValidationError::too_short(field, MIN_LEN));
    }
    if len > MAX_LEN {
        return Err(ValidationError::too_long(field, MAX_LEN));
    }
    let estimate = zxcvbn::zxcvbn(password, user_inputs);
    if u8::from(estimate.score()) < 3 {
        let mut message = String::from("This password is too easy to guess.");
        let mut advice = Vec::new();
        if let Some(feedback) = estimate.feedback() {
            if let Some(warning) = feedback.warning() {
                message.push(' ');
                message.push_str(&warning.to_string());
                advice.push(warning_message(warning));
            }
            for suggestion in feedback.suggestions() {
                message.push(' ');
                message.push_str(&suggestion.to_string());
                advice.push(suggestion_message(*suggestion));
            }
        }
        return Err(ValidationError::new(field, "weak_password", message)
            .with_arg("advice", MessageArg::Messages(advice)));
    }
    Ok(())
}

/// The message id of each piece of zxcvbn's advice, so it is written in the
/// reader's language rather than in zxcvbn's English.
pub const ADVICE_MESSAGES: &[&str] = &[
    "password-warning-straight-rows",
    "password-warning-short-keyboard-patterns",
    "password-warning-repeats",
    "password-warning-repeated-sequences",
    "password-warning-top-10",
    "password-warning-top-100",
    "password-warning-common",
    "password-warning-similar-to-common",
    "password-warning-sequences",
    "password-warning-recent-years",
    "password-warning-word-by-itself",
    "password-warning-dates",
    "password-warning-names-by-themselves",
    "password-warning-common-names",
    "password-suggestion-few-words",
    "password-suggestion-no-need-for-symbols",
    "password-suggestion-another-word",
    "password-suggestion-capitalization",
    "password-suggestion-all-uppercase",
    "password-suggestion-reversed-words",
    "password-suggestion-predictable-substitutions",
    "password-suggestion-longer-keyboard-pattern",
    "password-suggestion-repeated-words",
    "password-suggestion-sequences",
    "password-suggestion-recent-years",
    "password-suggestion-years-associated",
    "password-suggestion-dates-associated",
];

/// The message id of a zxcvbn warning (one of [`ADVICE_MESSAGES`]).
pub fn warning_message(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => "password-warning-straight-rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "password-warning-short-keyboard-patterns",
        Warning::RepeatsLikeAaaAreEasyToGuess => "password-warning-repeats",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "password-warning-repeated-sequences"
        }
        Warning::ThisIsATop10Password => "password-warning-top-10",
        Warning::ThisIsATop100Password => "password-warning-top-100",
        Warning::ThisIsACommonPassword => "password-warning-common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "password-warning-similar-to-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "password-warning-sequences",
        Warning::RecentYearsAreEasyToGuess => "password-warning-recent-years",
        Warning::AWordByItselfIsEasyToGuess => "password-warning-word-by-itself",
        Warning::DatesAreOftenEasyToGuess => "password-warning-dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => {
            "password-warning-names-by-themselves"
        }
        Warning::CommonNamesAndSurnamesAreEasyToGuess => "password-warning-common-names",
    }
}

/// The message id of a zxcvbn suggestion (one of [`ADVICE_MESSAGES`]).
pub fn suggestion_message(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "password-suggestion-few-words",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            "password-suggestion-no-need-for-symbols"
        }
        Suggestion::AddAnotherWordOrTwo => "password-suggestion-another-word",
        Suggestion::CapitalizationDoesntHelpVeryMuch => "password-suggestion-capitalization",
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "password-suggestion-all-uppercase"
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => "password-suggestion-reversed-words",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            "password-suggestion-predictable-substitutions"
        }
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
            "password-suggestion-longer-keyboard-pattern"
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => "password-suggestion-repeated-words",
        Suggestion::AvoidSequences => "password-suggestion-sequences",
        Suggestion::AvoidRecentYears => "password-suggestion-recent-years",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => "password-suggestion-years-associated",
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "password-suggestion-dates-associated"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_and_short_passwords_are_refused_with_advice() {
        assert_eq!(
            check_new_password("password", "short", &[])
                .unwrap_err()
                .code,
            "too_short"
        );
        let weak = check_new_password("password", "password1234", &[]).unwrap_err();
        assert_eq!(weak.code, "weak_password");
        assert!(weak.message.len() > "This password is too easy to guess.".len());
        assert!(check_new_password("password", "annadevries2024", &["annadevries"]).is_err());
        assert!(check_new_password("password", "correct horse battery staple 42", &[]).is_ok());
    }

    #[test]
    fn the_advice_is_given_as_message_ids() {
        let weak = check_new_password("password", "password1234", &[]).unwrap_err();
        let Some((name, MessageArg::Messages(advice))) = weak.args.first() else {
            panic!("advice expected: {:?}", weak.args);
        };
        assert_eq!(*name, "advice");
        assert!(!advice.is_empty());
        assert!(advice.iter().all(|id| ADVICE_MESSAGES.contains(id)));
        let every_warning = [
            Warning::StraightRowsOfKeysAreEasyToGuess,
            Warning::ShortKeyboardPatternsAreEasyToGuess,
            Warning::RepeatsLikeAaaAreEasyToGuess,
            Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
            Warning::ThisIsATop10Password,
            Warning::ThisIsATop100Password,
            Warning::ThisIsACommonPassword,
            Warning::ThisIsSimilarToACommonlyUsedPassword,
            Warning::SequencesLikeAbcAreEasyToGuess,
            Warning::RecentYearsAreEasyToGuess,
            Warning::AWordByItselfIsEasyToGuess,
            Warning::DatesAreOftenEasyToGuess,
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess,
            Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ]
        .map(warning_message);
        let every_suggestion = [
            Suggestion::UseAFewWordsAvoidCommonPhrases,
            Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters,
            Suggestion::AddAnotherWordOrTwo,
            Suggestion::CapitalizationDoesntHelpVeryMuch,
            Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
            Suggestion::ReversedWordsArentMuchHarderToGuess,
            Suggestion::PredictableSubstitutionsDontHelpVeryMuch,
            Suggestion::UseALongerKeyboardPatternWithMoreTurns,
            Suggestion::AvoidRepeatedWordsAndCharacters,
            Suggestion::AvoidSequences,
            Suggestion::AvoidRecentYears,
            Suggestion::AvoidYearsThatAreAssociatedWithYou,
            Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou,
        ]
        .map(suggestion_message);
        let mapped: Vec<&str> = every_warning.into_iter().chain(every_suggestion).collect();
        assert_eq!(mapped.len(), ADVICE_MESSAGES.len());
        assert!(
            ADVICE_MESSAGES.iter().all(|id| mapped.contains(id)),
            "each id is used once"
        );
    }
}
