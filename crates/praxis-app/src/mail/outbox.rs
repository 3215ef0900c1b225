use super::Mailer;
use lettre::Message;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes each mail as an `.eml` file: the default when no SMTP server is
/// configured, for development, demos and tests.
pub struct OutboxMailer {
    dir: PathBuf,
    sequence: AtomicU64,
}

impl OutboxMailer {
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            sequence: AtomicU64::new(0),
        }
    }
}

impl Mailer for OutboxMailer {
    fn send<'a>(
        &'a self,
        message: Message,
    ) -> Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send + 'a>> {
        Box::pin(async move {
            tokio::fs::create_dir_all(&self.dir).await?;
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ");
            let n = self.sequence.fetch_add(1, Ordering::Relaxed);
            let name = format!("{stamp}-{}-{n:04}.eml", std::process::id());
            // Write then rename, so a reader never sees half a mail.
            let temporary = self.dir.join(format!(".{name}.tmp"));
            tokio::fs::write(&temporary, message.formatted()).await?;
            tokio::fs::rename(&temporary, self.dir.join(name)).await?;
            Ok(())
        })
    }
}
