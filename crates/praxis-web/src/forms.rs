//! Errors shown on a form: a summary at the top linking to each field, and
//! a message beside each field.

use crate::error::{message_in, status_and_code, text_of_code};
use crate::i18n::Lang;
use axum::http::StatusCode;
use praxis_app::AppError;
use praxis_domain::ValidationError;

#[derive(Debug, Default, Clone)]
pub struct FormErrors {
    pub items: Vec<ValidationError>,
}

impl FormErrors {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The message for one field, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Whether a field has an error (for `aria-invalid`).
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn general(message: impl Into<String>) -> Self {
        FormErrors {
            items: vec![ValidationError::new("", "error", message)],
        }
    }
}

/// Splits a use-case error into what belongs on the form (shown beside the
/// fields, with the status to answer) and what deserves its own page.
pub fn form_errors(error: AppError, lang: &Lang) -> Result<(StatusCode, FormErrors), AppError> {
    let (status, _) = status_and_code(&error);
    match error {
        AppError::Invalid(mut items) => {
            for item in &mut items {
                item.message =
                    text_of_code(lang, &item.field, item.code, &item.message, &item.args);
            }
            Ok((status, FormErrors { items }))
        }
        // Not a problem with the form: the member is sent to the usage code.
        AppError::Forbidden {
            code: "usage_code_not_accepted",
            ..
        } => Err(error),
        AppError::InvalidCredentials
        | AppError::Forbidden { .. }
        | AppError::Conflict { .. }
        | AppError::Gone { .. } => Ok((status, FormErrors::general(message_in(lang, &error)))),
        other => Err(other),
    }
}
