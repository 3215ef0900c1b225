//! Outgoing mail. Use cases never send directly: they enqueue a `mail` job
//! (see [`crate::jobs`]) in their transaction, and the worker hands it to a
//! [`Mailer`]: SMTP when configured, else `.eml` files in the outbox folder.

mod outbox;
mod smtp;
pub mod texts;

use crate::config::Config;
use lettre::Message;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, SinglePart};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub use outbox::OutboxMailer;
pub use smtp::SmtpMailer;

/// A mail ready to go: rendered at enqueue time, so the job carries exactly
/// what the person will read.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    /// Plain text. The first line starting with `http` is the action link.
    pub text: String,
}

pub trait Mailer: Send + Sync {
    fn send<'a>(
        &'a self,
        message: Message,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = anyhow::Result<()>> + Send + 'a>>;
}

/// Builds the RFC 5322 message. The body goes out as 8-bit text so links are
/// never folded or encoded (a person, or a test, can read the `.eml` as is).
pub fn build_message(from: &str, mail: &OutgoingMail) -> anyhow::Result<Message> {
    let from: Mailbox = from.parse()?;
    let to: Mailbox = mail.to.parse()?;
    // lettre would pick quoted-printable for lines over 76 characters and
    // fold the links; RFC 5322 allows 998, which our texts never exceed.
    if mail.text.lines().any(|line| line.len() > 998) || mail.text.contains('\0') {
        anyhow::bail!("mail body has lines too long for 8-bit transfer");
    }
    let crlf = mail.text.replace("\r\n", "\n").replace('\n', "\r\n");
    let body = Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit);
    Ok(Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(body),
        )?)
}

pub fn mailer_for(config: &Config) -> anyhow::Result<Arc<dyn Mailer>> {
    Ok(match &config.mail.smtp_host {
        Some(host) if !host.trim().is_empty() => Arc::new(SmtpMailer::new(&config.mail, host)?),
        _ => Arc::new(OutboxMailer::new(config.outbox_dir())),
    })
}
