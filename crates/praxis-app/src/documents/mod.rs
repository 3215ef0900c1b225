//! Community libraries: sharing documents, new versions, downloads.
//!
//! An upload is two steps so that nothing is read from someone who may not
//! upload: `start_*` checks the actor and opens a blob upload; the web layer
//! streams the bytes into it; `create`/`add_version` then checks the type
//! (by content) and the form, keeps the bytes and records the rows.

use crate::App;
use crate::accounts::AuthContext;
use crate::communities::readable_community;
use crate::error::{AppError, AppResult, Validator};
use praxis_domain::documents::{self as rules, detect, safe_file_name};
use praxis_domain::markdown::to_safe_html;
use praxis_domain::policy;
use praxis_domain::text::bounded_text;
use praxis_domain::{DocumentId, DocumentType, PageOf, Paging, ValidationError};
use praxis_store::blobs::{BlobError, Received, Upload};
use praxis_store::communities::Community;
use praxis_store::documents::{
    self as store, Document, LibraryFilter, NewDocument, NewVersion, Version,
};
use praxis_store::search::Entity;
use praxis_store::{ConnectionTrait, StoreError};

pub mod extract;
pub mod scan;

/// Asks the worker to extract the text of a version (in the transaction
/// that records it).
async fn enqueue_extraction(
    app: &App,
    conn: &impl ConnectionTrait,
    document: DocumentId,
    version: i32,
) -> AppResult<()> {
    let payload = serde_json::json!({ "document": document, "version": version }).to_string();
    if app.config.documents.clamav.is_some() {
        praxis_store::jobs::enqueue(
            conn,
            crate::jobs::KIND_SCAN_DOCUMENT,
            &payload,
            praxis_store::now(),
        )
        .await?;
    }
    praxis_store::jobs::enqueue(
        conn,
        crate::jobs::KIND_EXTRACT_TEXT,
        &payload,
        praxis_store::now(),
    )
    .await?;
    Ok(())
}

/// How long one extraction may take before it is abandoned.
const EXTRACTION_TIME: std::time::Duration = std::time::Duration::from_secs(30);

/// The `extract_text` job: reads the version's bytes and extracts their
/// text on a blocking thread, within limits and a timeout. Failure marks
/// the text "unavailable"; it never affects the document itself.
pub async fn run_extraction(app: &App, payload: &str) -> anyhow::Result<()> {
    use futures_util::StreamExt;
    #[derive(serde::Deserialize)]
    struct Payload {
        document: DocumentId,
        version: i32,
    }
    let Payload { document, version } = serde_json::from_str(payload)?;
    let Some(found) = store::version(&app.db, document, version).await? else {
        return Ok(());
    };
    let mut bytes = Vec::with_capacity(found.size.max(0) as usize);
    let mut stream = app.blobs.read(&found.sha256, None).await?;
    while let Some(chunk) = stream.next().await {
        bytes.extend_from_slice(&chunk?);
        if bytes.len() as u64 > app.config.documents.max_upload_bytes {
            break;
        }
    }
    let content_type = found.content_type.clone();
    let work = tokio::task::spawn_blocking(move || {
        extract::extract(&content_type, &bytes, extract::Limits::default())
    });
    let text = match tokio::time::timeout(EXTRACTION_TIME, work).await {
        Ok(Ok(Ok(text))) => Some(text),
        Ok(Ok(Err(error))) => {
            tracing::info!(%document, version, %error, "no text extracted");
            None
        }
        Ok(Err(panic)) => {
            tracing::warn!(%document, version, %panic, "text extraction crashed");
            None
        }
        Err(_) => {
            tracing::warn!(%document, version, "text extraction timed out");
            None
        }
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db).await?;
    store::set_text(&txn, document, version, text.as_deref()).await?;
    crate::search::record(&txn, Entity::Document, document.0).await?;
    txn.commit().await?;
    Ok(())
}

/// The extracted text of a document's current version (for search).
pub async fn extracted_text(
    app: &App,
    auth: &AuthContext,
    id: DocumentId,
) -> AppResult<Option<String>> {
    let (document, _, _) = readable_document(app, auth, id).await?;
    Ok(store::text(&app.db, document.id, document.current_version).await?)
}
use std::ops::Range;

impl From<BlobError> for AppError {
    fn from(error: BlobError) -> Self {
        match error {
            BlobError::TooLarge { .. } => AppError::PayloadTooLarge,
            BlobError::NotFound => AppError::NotFound,
            BlobError::Store(e) => AppError::Internal(anyhow::Error::new(e)),
        }
    }
}

/// Opens an upload into a community's library, if the actor may share there.
pub async fn start_upload(
    app: &App,
    auth: &AuthContext,
    slug: &str,
) -> AppResult<(Community, Upload)> {
    let (community, role) = readable_community(app, auth, slug).await?;
    policy::may_post(&auth.actor, role, false)?;
    let upload = begin_within_quota(app, auth).await?;
    Ok((community, upload))
}

/// A blob upload limited by the per-file limit and what is left of the
/// member's daily quota (429 when nothing is left).
async fn begin_within_quota(app: &App, auth: &AuthContext) -> AppResult<Upload> {
    let settings = &app.config.documents;
    let since = praxis_store::now() - chrono::Duration::days(1);
    let used = store::uploaded_since(&app.db, auth.user.id, since)
        .await?
        .max(0) as u64;
    let left = settings.daily_quota_bytes.saturating_sub(used);
    if left == 0 {
        return Err(AppError::RateLimited {
            retry_after_secs: 3600,
        });
    }
    Ok(app.blobs.begin(settings.max_upload_bytes.min(left)).await?)
}

/// What a form says about a new document.
#[derive(Debug, Default, Clone)]
pub struct DocumentInput {
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
    pub doc_type: String,
    pub folder: String,
    pub file_name: String,
}

fn accepted_type(received: &Received, file_name: &str) -> AppResult<&'static str> {
    if received.size == 0 {
        return Err(AppError::invalid(ValidationError::new(
            "file",
            "empty_file",
            "The file is empty.",
        )));
    }
    detect(&received.sample, file_name)
        .map(|kind| kind.mime)
        .ok_or(AppError::UnsupportedMediaType)
}

/// Records a new document from a finished upload (discarded on any error).
pub async fn create(
    app: &App,
    auth: &AuthContext,
    community: &Community,
    input: DocumentInput,
    received: Received,
) -> AppResult<(Document, Version)> {
    let file_name = safe_file_name(&input.file_name);
    let checked = (|| {
        let content_type = accepted_type(&received, &file_name)?;
        let mut v = Validator::default();
        let title = if input.title.trim().is_empty() {
            Some(file_name.clone())
        } else {
            v.check(rules::title(&input.title))
        };
        let description = v.check(bounded_text("description", &input.description, 0, 5000));
        let tags = v.check(praxis_domain::discussion::tags(&input.tags));
        let doc_type = v.check(DocumentType::parse_field(
            if input.doc_type.trim().is_empty() {
                "other"
            } else {
                &input.doc_type
            },
        ));
        let folder = v.check(rules::folder(&input.folder));
        v.finish()?;
        match (title, description, tags, doc_type, folder) {
            (Some(t), Some(d), Some(g), Some(k), Some(f)) => Ok((content_type, t, d, g, k, f)),
            _ => Err(AppError::Internal(anyhow::anyhow!(
                "validated input missing"
            ))),
        }
    })();
    let (content_type, title, description, tags, doc_type, folder) = match checked {
        Ok(ok) => ok,
        Err(error) => {
            received.discard().await;
            return Err(error);
        }
    };
    let sha256 = received.sha256.clone();
    let size = received.size as i64;
    received.keep().await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let created = store::insert(
        &txn,
        NewDocument {
            community_id: community.id,
            title: &title,
            description: &description,
            description_html: &to_safe_html(&description),
            tags: &tags,
            doc_type,
            folder: &folder,
            uploader_id: auth.user.id,
        },
        NewVersion {
            scan_pending: app.config.documents.clamav.is_some(),
            sha256: &sha256,
            size,
            content_type,
            file_name: &file_name,
            note: "",
            uploader_id: auth.user.id,
        },
    )
    .await?;
    enqueue_extraction(app, &txn, created.0.id, 1).await?;
    crate::search::record(&txn, Entity::Document, created.0.id.0).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_attachable(community.id);
    app.jobs_ready.notify_one();
    Ok(created)
}

/// The newest documents of a community's library, to attach to a post.
pub async fn attachable(
    app: &App,
    auth: &AuthContext,
    community: praxis_domain::CommunityId,
) -> AppResult<std::sync::Arc<Vec<(DocumentId, String)>>> {
    if !policy::may_read_community(&auth.actor, auth.role_in(community)) {
        return Err(AppError::NotFound);
    }
    if let Some(cached) = app.caches.attachable(community) {
        return Ok(cached);
    }
    let ticket = app.caches.ticket();
    let recent = store::recent(&app.db, community, 50).await?;
    Ok(app.caches.put_attachable(ticket, community, recent))
}

/// A document the actor may read, with the community and their role there.
async fn readable_document(
    app: &App,
    auth: &AuthContext,
    id: DocumentId,
) -> AppResult<(Document, Community, Option<praxis_domain::CommunityRole>)> {
    let document = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let community = praxis_store::communities::find(&app.db, document.community_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = auth.role_in(community.id);
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    Ok((document, community, role))
}

/// Opens an upload of a new version (its uploader, or who moderates).
pub async fn start_version(
    app: &App,
    auth: &AuthContext,
    id: DocumentId,
) -> AppResult<(Document, Upload)> {
    let (document, _community, role) = readable_document(app, auth, id).await?;
    policy::may_edit_post(&auth.actor, document.uploader_id, role)?;
    let upload = begin_within_quota(app, auth).await?;
    Ok((document, upload))
}

pub async fn add_version(
    app: &App,
    auth: &AuthContext,
    document: &Document,
    file_name: &str,
    note: &str,
    received: Received,
) -> AppResult<Version> {
    let file_name = safe_file_name(file_name);
    let checked = accepted_type(&received, &file_name)
        .and_then(|content_type| Ok((content_type, bounded_text("note", note, 0, 1000)?)));
    let (content_type, note) = match checked {
        Ok(ok) => ok,
        Err(error) => {
            received.discard().await;
            return Err(error);
        }
    };
    let sha256 = received.sha256.clone();
    let size = received.size as i64;
    received.keep().await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let version = match store::add_version(
        &txn,
        document.id,
        NewVersion {
            scan_pending: app.config.documents.clamav.is_some(),
            sha256: &sha256,
            size,
            content_type,
            file_name: &file_name,
            note: &note,
            uploader_id: auth.user.id,
        },
    )
    .await
    {
        Ok(version) => version,
        Err(StoreError::Conflict(_)) => {
            return Err(AppError::conflict(
                "version_conflict",
                "Someone added a version at the same moment. Please try again.",
            ));
        }
        Err(other) => return Err(other.into()),
    };
    enqueue_extraction(app, &txn, document.id, version.version).await?;
    crate::search::record(&txn, Entity::Document, document.id.0).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(version)
}

/// A document page.
#[derive(Debug, Clone)]
pub struct DocumentView {
    pub document: Document,
    pub community: Community,
    pub versions: Vec<Version>,
    /// Who uploaded each version (and the document).
    pub uploaders: std::collections::HashMap<praxis_domain::UserId, praxis_store::accounts::Author>,
    pub can_add_version: bool,
}

pub async fn view(app: &App, auth: &AuthContext, id: DocumentId) -> AppResult<DocumentView> {
    let (document, community, role) = readable_document(app, auth, id).await?;
    crate::usage::viewed(app, auth, Some(document.community_id));
    let versions = store::versions(&app.db, document.id).await?;
    let people: Vec<praxis_domain::UserId> = versions
        .iter()
        .map(|v| v.uploader_id)
        .chain([document.uploader_id])
        .collect();
    let uploaders = crate::discussions::authors(app, people).await?;
    Ok(DocumentView {
        uploaders,
        can_add_version: policy::may_edit_post(&auth.actor, document.uploader_id, role).is_ok(),
        document,
        community,
        versions,
    })
}

#[derive(Debug, Clone, Default)]
pub struct LibraryQuery {
    pub doc_type: Option<String>,
    pub tag: Option<String>,
    pub folder: Option<String>,
    pub sort: Option<String>,
}

/// A library page: documents with their versions (newest first), and the
/// folders in use.
pub struct Library {
    pub community: Community,
    pub documents: PageOf<(Document, Vec<Version>)>,
    pub folders: Vec<String>,
}

pub async fn library(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    query: LibraryQuery,
    paging: Paging,
) -> AppResult<Library> {
    let (community, _) = readable_community(app, auth, slug).await?;
    let doc_type = match query.doc_type.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(t) => Some(DocumentType::parse_field(t)?),
    };
    let sort = match query.sort.as_deref().unwrap_or("") {
        "" | "newest" => store::Sort::Newest,
        "title" => store::Sort::Title,
        _ => {
            return Err(AppError::invalid(ValidationError::new(
                "sort",
                "invalid_sort",
                "Sort by newest or title.",
            )));
        }
    };
    let filter = LibraryFilter {
        doc_type,
        tag: query
            .tag
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty()),
        folder: query
            .folder
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty()),
        sort,
    };
    let page = store::list(&app.db, community.id, &filter, paging).await?;
    let ids: Vec<DocumentId> = page.items.iter().map(|d| d.id).collect();
    let mut versions = store::versions_of(&app.db, &ids).await?;
    let folders = store::folders(&app.db, community.id).await?;
    Ok(Library {
        community,
        documents: page.map(|d| {
            let v = versions.remove(&d.id).unwrap_or_default();
            (d, v)
        }),
        folders,
    })
}

/// The bytes of a version (the current one by default), or a range of them.
pub struct Download {
    pub version: Version,
    pub range: Option<Range<u64>>,
    pub body: futures_util::stream::BoxStream<'static, Result<bytes::Bytes, std::io::Error>>,
}

pub async fn open(
    app: &App,
    auth: &AuthContext,
    id: DocumentId,
    version: Option<i32>,
) -> AppResult<(Document, Version)> {
    let (document, _, _) = readable_document(app, auth, id).await?;
    let number = version.unwrap_or(document.current_version);
    let version = store::version(&app.db, document.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    match version.scan_status.as_str() {
        "pending" => Err(AppError::conflict(
            "scan_pending",
            "This file is being checked for viruses. Try again in a moment.",
        )),
        "infected" => Err(AppError::gone(
            "quarantined",
            "This file was found infected and is quarantined.",
        )),
        _ => {
            // Every request for the file counts, a resumed one again.
            crate::usage::downloaded(app, auth, document.community_id);
            Ok((document, version))
        }
    }
}

pub async fn read(app: &App, version: Version, range: Option<Range<u64>>) -> AppResult<Download> {
    use futures_util::StreamExt;
    let stream = app.blobs.read(&version.sha256, range.clone()).await?;
    Ok(Download {
        version,
        range,
        body: stream
            .map(|chunk| chunk.map_err(std::io::Error::other))
            .boxed(),
    })
}

/// Removes what no document uses: uploads abandoned half-way (older than a
/// day) and blobs no version refers to (older than an hour, so a blob kept
/// just before its version commits is never taken). Returns how many went.
pub async fn clean_up_blobs(app: &App, now: chrono::DateTime<chrono::Utc>) -> AppResult<usize> {
    let mut removed = 0;
    for (temporary, name, written) in app.blobs.inventory().await? {
        let abandoned = if temporary {
            now - written > chrono::Duration::days(1)
        } else {
            now - written > chrono::Duration::hours(1)
                && !store::blob_in_use(&app.db, &name).await?
        };
        if abandoned {
            app.blobs.remove(temporary, &name).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Called by the worker every tick: cleans up once a day across nodes.
pub async fn run_scheduled(app: &App, now: chrono::DateTime<chrono::Utc>) -> AppResult<()> {
    let day = now.format("%Y-%m-%d").to_string();
    if praxis_store::notifications::claim_run(&app.db, "blob_cleanup", &day).await? {
        let removed = clean_up_blobs(app, now).await?;
        if removed > 0 {
            tracing::info!(removed, "unreferenced document files removed");
        }
    }
    Ok(())
}
