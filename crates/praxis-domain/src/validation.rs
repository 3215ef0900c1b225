use std::fmt;

/// A value placed in an error's sentence: the languages' messages name it
/// (`{ $max }`), so a sentence with a figure is translated like any other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    /// Stays a number, so plurals choose right.
    Number(i64),
    Text(String),
    /// Sentences of their own, named by message id (zxcvbn's advice as
    /// `password-warning-…`), written in the reader's language one after
    /// another.
    Messages(Vec<&'static str>),
    /// Names, by message id (`file-kind-pdf`…), written in the reader's
    /// language as a list: "PDF, Word document".
    List(Vec<&'static str>),
    /// A number of bytes, written as the reader reads a file's size
    /// ("25.0 MB", "25,0 Mo").
    FileSize(i64),
}

/// The arguments of an error's sentence, by name.
pub type MessageArgs = Vec<(&'static str, MessageArg)>;

impl From<i64> for MessageArg {
    fn from(n: i64) -> Self {
        MessageArg::Number(n)
    }
}

impl From<i32> for MessageArg {
    fn from(n: i32) -> Self {
        MessageArg::Number(n.into())
    }
}

impl From<usize> for MessageArg {
    fn from(n: usize) -> Self {
        MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        MessageArg::Text(text.to_owned())
    }
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        MessageArg::Text(text)
    }
}

/// A value a user typed was refused. `field` names the input (as in the API's
/// JSON and the HTML form), `code` is a stable snake_case reason for machines
/// and `message` a sentence for people, in English; `args` are the values in
/// that sentence, for the messages of other languages
/// (`error-field-<field>-<code>`, `error-code-<code>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
    pub args: MessageArgs,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// Adds a value the sentence names (`{ $name }` in the messages).
    #[must_use]
    pub fn with_arg(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn required(field: &str) -> Self {
        let name = human(field);
        Self::new(field, "required", format!("{name} is required.")).with_arg("field", name)
    }

    pub fn too_long(field: &str, max: usize) -> Self {
        let name = human(field);
        Self::new(
            field,
            "too_long",
            format!("{name} must be at most {max} characters."),
        )
        .with_arg("field", name)
        .with_arg("max", max)
    }

    pub fn too_short(field: &str, min: usize) -> Self {
        let name = human(field);
        Self::new(
            field,
            "too_short",
            format!("{name} must be at least {min} characters."),
        )
        .with_arg("field", name)
        .with_arg("min", min)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_with_values_carry_them_as_arguments() {
        let long = ValidationError::too_long("display_name", 100);
        assert_eq!(long.code, "too_long");
        assert_eq!(long.message, "Display name must be at most 100 characters.");
        assert_eq!(
            long.args,
            vec![
                ("field", MessageArg::Text("Display name".into())),
                ("max", MessageArg::Number(100)),
            ]
        );
        let short = ValidationError::too_short("password", 12);
        assert!(short.args.contains(&("min", MessageArg::Number(12))));
        let required = ValidationError::required("title");
        assert_eq!(
            required.args,
            vec![("field", MessageArg::Text("Title".into()))]
        );
        assert!(ValidationError::new("x", "y", "z").args.is_empty());
    }
}
