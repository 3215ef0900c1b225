//! What makes a new password acceptable.

use crate::validation::ValidationError;

pub const MIN_LEN: usize = 12;
/// Long enough for any passphrase, short enough that hashing cannot be abused.
pub const MAX_LEN: usize = 256;

/// Refuses short passwords and those `zxcvbn` scores below 3 ("safely
/// unguessable"), including common passwords and ones built from the user's
/// own name or address (`user_inputs`). The message carries zxcvbn's advice.
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
        if let Some(feedback) = estimate.feedback() {
            if let Some(warning) = feedback.warning() {
                message.push(' ');
                message.push_str(&warning.to_string());
            }
            for suggestion in feedback.suggestions() {
                message.push(' ');
                message.push_str(&suggestion.to_string());
            }
        }
        return Err(ValidationError::new(field, "weak_password", message));
    }
    Ok(())
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
}
