use praxis_domain::policy::Denied;
use praxis_domain::{MessageArg, MessageArgs, ValidationError};
use praxis_store::StoreError;

/// Why a use case did not happen. The web layer renders each variant as an
/// HTML page or a JSON error with the status API.md gives it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 400: the input is wrong; each error names its field.
    #[error("invalid input")]
    Invalid(Vec<ValidationError>),
    /// 401: nobody is signed in.
    #[error("sign in first")]
    Unauthenticated,
    /// 401: email and password do not match an account.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// 403: signed in (or identified) but not allowed. `message` is the
    /// English sentence, `args` its values for other languages (as in
    /// [`ValidationError`]).
    #[error("{message}")]
    Forbidden {
        code: &'static str,
        message: String,
        args: MessageArgs,
    },
    /// 404: absent, or not visible to the actor (never reveal which).
    #[error("not found")]
    NotFound,
    /// 409
    #[error("{message}")]
    Conflict {
        code: &'static str,
        message: String,
        args: MessageArgs,
    },
    /// 410: a link that was valid once (expired or used).
    #[error("{message}")]
    Gone {
        code: &'static str,
        message: String,
        args: MessageArgs,
    },
    /// 413: the body (or upload) is over the configured limit.
    #[error("payload too large")]
    PayloadTooLarge,
    /// 415: a body or file of a type Praxis does not take.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 429
    #[error("too many attempts")]
    RateLimited { retry_after_secs: u64 },
    /// 500: our fault; details go to the log, never to the client.
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn invalid(error: ValidationError) -> Self {
        AppError::Invalid(vec![error])
    }

    pub fn forbidden(code: &'static str, message: impl Into<String>) -> Self {
        AppError::Forbidden {
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        AppError::Conflict {
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// Adds a value the sentence names (`{ $name }` in the messages) to a
    /// refusal, conflict or expired link, or to the first invalid field.
    #[must_use]
    pub fn with_arg(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        match &mut self {
            AppError::Forbidden { args, .. }
            | AppError::Conflict { args, .. }
            | AppError::Gone { args, .. } => args.push((name, value.into())),
            AppError::Invalid(errors) => {
                if let Some(first) = errors.first_mut() {
                    first.args.push((name, value.into()));
                }
            }
            _ => {}
        }
        self
    }

    /// The values of the sentence (empty for errors that have none).
    pub fn args(&self) -> &[(&'static str, MessageArg)] {
        match self {
            AppError::Forbidden { args, .. }
            | AppError::Conflict { args, .. }
            | AppError::Gone { args, .. } => args,
            AppError::Invalid(errors) => errors.first().map_or(&[], |e| &e.args),
            _ => &[],
        }
    }

    pub fn gone(code: &'static str, message: impl Into<String>) -> Self {
        AppError::Gone {
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }
}

impl From<ValidationError> for AppError {
    fn from(error: ValidationError) -> Self {
        AppError::invalid(error)
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        AppError::Internal(anyhow::Error::new(error))
    }
}

impl From<Denied> for AppError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::UsageCodeNotAccepted => AppError::forbidden(
                "usage_code_not_accepted",
                "Accept the current usage code before you post or change anything.",
            ),
            Denied::NotAllowed => {
                AppError::forbidden("forbidden", "You are not allowed to do this.")
            }
            Denied::ThreadLocked => AppError::forbidden(
                "thread_locked",
                "This thread is locked: no new replies can be posted.",
            ),
        }
    }
}

/// Collects every field error of a form so people see them all at once.
#[derive(Default)]
pub struct Validator {
    errors: Vec<ValidationError>,
}

impl Validator {
    pub fn check<T>(&mut self, result: Result<T, ValidationError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.errors.push(error);
                None
            }
        }
    }

    pub fn finish(self) -> AppResult<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.errors))
        }
    }
}
