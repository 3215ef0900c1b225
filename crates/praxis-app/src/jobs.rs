//! Background work: enqueue inside a use case's transaction, run by the
//! worker that `praxis serve` starts (one per node; the claim in the store
//! keeps nodes from running a job twice).

use crate::App;
use crate::mail::{self, OutgoingMail};
use chrono::Duration;
use praxis_store::{ConnectionTrait, jobs, now};
use std::time::Duration as StdDuration;
use tokio::sync::watch;

pub const KIND_MAIL: &str = "mail";
pub const KIND_EXTRACT_TEXT: &str = "extract_text";
pub const KIND_SCAN_DOCUMENT: &str = "scan_document";

/// Attempts before a job is given up (kept in the table with its last error).
const MAX_ATTEMPTS: i32 = 8;
/// How long a claimed job is reserved for its worker.
const LEASE: Duration = Duration::minutes(5);

pub async fn enqueue_mail(conn: &impl ConnectionTrait, mail: &OutgoingMail) -> anyhow::Result<()> {
    jobs::enqueue(conn, KIND_MAIL, &serde_json::to_string(mail)?, now()).await?;
    Ok(())
}

/// Runs one job. Unknown kinds fail loudly rather than vanish.
async fn run(app: &App, job: &jobs::Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        KIND_MAIL => {
            let outgoing: OutgoingMail = serde_json::from_str(&job.payload)?;
            let message = mail::build_message(&app.config.mail.from, &outgoing)?;
            app.mailer.send(message).await
        }
        KIND_EXTRACT_TEXT => crate::documents::run_extraction(app, &job.payload).await,
        KIND_SCAN_DOCUMENT => crate::documents::scan::run(app, &job.payload).await,
        other => anyhow::bail!("unknown job kind {other:?}"),
    }
}

/// Claims and runs due jobs until none is left; returns how many ran.
pub async fn run_due_jobs(app: &App) -> anyhow::Result<usize> {
    let mut ran = 0;
    while let Some(job) = jobs::claim_next(&app.db, LEASE).await? {
        ran += 1;
        match run(app, &job).await {
            Ok(()) => jobs::complete(&app.db, job.id).await?,
            Err(error) => {
                let retry_at = (job.attempts < MAX_ATTEMPTS)
                    .then(|| now() + Duration::seconds(30 * 2_i64.pow(job.attempts as u32)));
                tracing::warn!(job = job.id, kind = %job.kind, attempts = job.attempts, %error, "job failed");
                jobs::fail(&app.db, job.id, &format!("{error:#}"), retry_at).await?;
            }
        }
    }
    Ok(ran)
}

/// The worker loop: runs due jobs, then sleeps until woken by a new job, a
/// retry falling due, or shutdown.
pub async fn worker(app: App, mut shutdown: watch::Receiver<bool>) {
    let mut reminders_checked: Option<std::time::Instant> = None;
    let mut alerts_checked: Option<std::time::Instant> = None;
    loop {
        if let Err(error) = run_due_jobs(&app).await {
            tracing::error!(%error, "jobs worker could not reach the database");
        }
        if let Err(error) = crate::discussions::digest::run_scheduled(&app, now()).await {
            tracing::error!(%error, "digests could not be scheduled");
        }
        if let Err(error) = crate::documents::run_scheduled(&app, now()).await {
            tracing::error!(%error, "document clean-up failed");
        }
        // Reminders go out the day before; a look once a minute is plenty.
        // Page views and downloads counted in memory are stored as often.
        if reminders_checked.is_none_or(|t| t.elapsed() >= StdDuration::from_secs(60)) {
            reminders_checked = Some(std::time::Instant::now());
            if let Err(error) = crate::usage::flush(&app).await {
                tracing::error!(%error, "page views could not be stored");
            }
            if let Err(error) = crate::indicators::send_monthly_report(&app, now()).await {
                tracing::error!(%error, "the monthly report could not be sent");
            }
            if let Err(error) = crate::events::send_reminders(&app, now()).await {
                tracing::error!(%error, "event reminders could not be sent");
            }
        }
        // Alerts for the moderator: every ten minutes is soon enough.
        if alerts_checked.is_none_or(|t| t.elapsed() >= StdDuration::from_secs(600)) {
            alerts_checked = Some(std::time::Instant::now());
            if let Err(error) = crate::alerts::raise(&app, now()).await {
                tracing::error!(%error, "alerts could not be raised");
            }
        }
        tokio::select! {
            _ = app.jobs_ready.notified() => {}
            _ = tokio::time::sleep(StdDuration::from_secs(2)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            // What this node counted since the last minute is not lost.
            if let Err(error) = crate::usage::flush(&app).await {
                tracing::error!(%error, "page views could not be stored at shutdown");
            }
            return;
        }
    }
}
