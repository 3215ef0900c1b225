//! Optional virus scanning with a ClamAV daemon (`clamd`, INSTREAM
//! command). When `documents.clamav` is set, a new version is not served
//! until the scanner says it is clean; an infected one is quarantined and
//! its uploader and the moderators are told.

use crate::App;
use crate::i18n::arg;
use crate::jobs::enqueue_mail;
use crate::mail::OutgoingMail;
use crate::mail::texts::text;
use futures_util::StreamExt;
use praxis_domain::{DocumentId, Role, UserStatus};
use praxis_store::StoreError;
use praxis_store::documents as store;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    Infected(String),
}

/// Sends a file to clamd and reads its verdict.
async fn instream<S: AsyncRead + AsyncWrite + Unpin>(
    mut socket: S,
    mut chunks: praxis_store::blobs::ByteStream,
) -> anyhow::Result<Verdict> {
    socket.write_all(b"zINSTREAM\0").await?;
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        for part in chunk.chunks(64 * 1024) {
            socket.write_all(&(part.len() as u32).to_be_bytes()).await?;
            socket.write_all(part).await?;
        }
    }
    socket.write_all(&0u32.to_be_bytes()).await?;
    socket.flush().await?;
    let mut reply = Vec::new();
    socket.take(4096).read_to_end(&mut reply).await?;
    let reply = String::from_utf8_lossy(&reply);
    let reply = reply.trim_end_matches(['\0', '\n']).trim();
    if reply.ends_with("OK") {
        Ok(Verdict::Clean)
    } else if let Some(found) = reply.strip_suffix("FOUND") {
        let name = found.trim().trim_start_matches("stream:").trim().to_owned();
        Ok(Verdict::Infected(name))
    } else {
        anyhow::bail!("unexpected answer from clamd: {reply}")
    }
}

/// Scans a stored file.
pub async fn scan(address: &str, sha256: &str, app: &App) -> anyhow::Result<Verdict> {
    let chunks = app
        .blobs
        .read(sha256, None)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if address.starts_with('/') {
        #[cfg(unix)]
        {
            let socket = tokio::net::UnixStream::connect(address).await?;
            return instream(socket, chunks).await;
        }
        #[cfg(not(unix))]
        anyhow::bail!("Unix sockets are not available here");
    }
    let socket = tokio::net::TcpStream::connect(address).await?;
    instream(socket, chunks).await
}

/// The `scan_document` job. A scanner that cannot be reached fails the job,
/// which is retried later; the version stays unavailable meanwhile.
pub async fn run(app: &App, payload: &str) -> anyhow::Result<()> {
    #[derive(serde::Deserialize)]
    struct Payload {
        document: DocumentId,
        version: i32,
    }
    let Payload { document, version } = serde_json::from_str(payload)?;
    let Some(address) = app.config.documents.clamav.clone() else {
        return Ok(());
    };
    let Some(found) = store::version(&app.db, document, version).await? else {
        return Ok(());
    };
    let verdict = scan(&address, &found.sha256, app).await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    match &verdict {
        Verdict::Clean => store::set_scan_status(&txn, document, version, "clean").await?,
        Verdict::Infected(name) => {
            store::set_scan_status(&txn, document, version, "infected").await?;
            let title = store::find(&txn, document)
                .await?
                .map(|d| d.title)
                .unwrap_or_default();
            let site = app.site();
            let link = format!("{}/documents/{document}", site.base_url);
            let mut recipients = Vec::new();
            if let Some(uploader) =
                praxis_store::accounts::find_user(&txn, found.uploader_id).await?
            {
                recipients.push(uploader);
            }
            let staff = praxis_store::accounts::list_users(
                &txn,
                None,
                praxis_domain::Paging {
                    page: 1,
                    per_page: 100,
                },
            )
            .await?
            .items
            .into_iter()
            .filter(|u| {
                matches!(u.role, Role::Admin | Role::Moderator) && u.status == UserStatus::Active
            });
            recipients.extend(staff);
            recipients.sort_by(|a, b| a.email.cmp(&b.email));
            recipients.dedup_by(|a, b| a.email == b.email);
            for person in recipients {
                let lang = app.language_of(&person.locale);
                let body = lang.t_args(
                    "mail-quarantine-body",
                    &[
                        ("file", text(&found.file_name)),
                        ("version", arg(version)),
                        ("title", text(&title)),
                        ("virus", text(name)),
                    ],
                );
                enqueue_mail(
                    &txn,
                    &OutgoingMail {
                        to: person.email,
                        subject: lang
                            .t_args("mail-quarantine-subject", &[("site", text(&site.name))]),
                        text: format!("{link}\n\n{body}\n"),
                    },
                )
                .await?;
            }
            tracing::warn!(%document, version, virus = %name, "infected upload quarantined");
        }
    }
    crate::search::record(&txn, praxis_store::search::Entity::Document, document.0).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}
