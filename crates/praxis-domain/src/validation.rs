use std::fmt;

/// A value a user typed was refused. `field` names the input (as in the API's
/// JSON and the HTML form), `code` is a stable snake_case reason for machines
/// and `message` a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
        }
    }

    pub fn required(field: &str) -> Self {
        Self::new(field, "required", format!("{} is required.", human(field)))
    }

    pub fn too_long(field: &str, max: usize) -> Self {
        Self::new(
            field,
            "too_long",
            format!("{} must be at most {max} characters.", human(field)),
        )
    }

    pub fn too_short(field: &str, min: usize) -> Self {
        Self::new(
            field,
            "too_short",
            format!("{} must be at least {min} characters.", human(field)),
        )
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ValidationError {}

/// "display_name" → "Display name", for messages.
pub fn human(field: &str) -> String {
    let spaced = field.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
