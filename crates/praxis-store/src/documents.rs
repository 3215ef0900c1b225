//! Community libraries: documents and their versions (the bytes are in
//! [`crate::blobs`]).

use crate::db::now;
use crate::entities::{document_versions, documents};
use crate::error::StoreResult;
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::{CommunityId, DocumentId, DocumentType, PageOf, Paging, UserId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: DocumentId,
    pub community_id: CommunityId,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub tags: Vec<String>,
    pub doc_type: DocumentType,
    pub folder: String,
    pub uploader_id: UserId,
    pub current_version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<documents::Model> for Document {
    fn from(m: documents::Model) -> Self {
        Document {
            id: DocumentId(m.id),
            community_id: CommunityId(m.community_id),
            title: m.title,
            description: m.description,
            description_html: m.description_html,
            tags: m
                .tags
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            doc_type: DocumentType::parse(&m.doc_type).unwrap_or(DocumentType::Other),
            folder: m.folder,
            uploader_id: UserId(m.uploader_id),
            current_version: m.current_version,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub version: i32,
    pub sha256: String,
    pub size: i64,
    pub content_type: String,
    pub file_name: String,
    pub note: String,
    pub uploader_id: UserId,
    pub text_status: String,
    pub created_at: DateTime<Utc>,
    /// `clean`, `pending` or `infected`: only clean versions are served.
    pub scan_status: String,
}

/// A version row without its extracted text, which may be a megabyte: listings
/// and version histories never need it, and search reads it by itself.
#[derive(sea_orm::FromQueryResult)]
struct VersionRow {
    document_id: i64,
    version: i32,
    sha256: String,
    size: i64,
    content_type: String,
    file_name: String,
    note: String,
    uploader_id: i64,
    text_status: String,
    created_at: sea_orm::prelude::DateTimeUtc,
    scan_status: String,
}

impl From<VersionRow> for Version {
    fn from(m: VersionRow) -> Self {
        Version {
            version: m.version,
            sha256: m.sha256,
            size: m.size,
            content_type: m.content_type,
            file_name: m.file_name,
            note: m.note,
            uploader_id: UserId(m.uploader_id),
            text_status: m.text_status,
            created_at: m.created_at,
            scan_status: m.scan_status,
        }
    }
}

/// Versions matching `filter`, newest first, with every column but the extracted text.
fn select_versions(
    filter: impl sea_orm::sea_query::IntoCondition,
) -> sea_orm::Selector<sea_orm::SelectModel<VersionRow>> {
    use document_versions::Column as C;
    use sea_orm::QuerySelect;
    document_versions::Entity::find()
        .filter(filter)
        .select_only()
        .columns([
            C::DocumentId,
            C::Version,
            C::Sha256,
            C::Size,
            C::ContentType,
            C::FileName,
            C::Note,
            C::UploaderId,
            C::TextStatus,
            C::CreatedAt,
            C::ScanStatus,
        ])
        .order_by_desc(C::Version)
        .into_model::<VersionRow>()
}

impl From<document_versions::Model> for Version {
    fn from(m: document_versions::Model) -> Self {
        Version {
            version: m.version,
            sha256: m.sha256,
            size: m.size,
            content_type: m.content_type,
            file_name: m.file_name,
            note: m.note,
            uploader_id: UserId(m.uploader_id),
            text_status: m.text_status,
            created_at: m.created_at,
            scan_status: m.scan_status,
        }
    }
}

pub struct NewDocument<'a> {
    pub community_id: CommunityId,
    pub title: &'a str,
    pub description: &'a str,
    pub description_html: &'a str,
    pub tags: &'a [String],
    pub doc_type: DocumentType,
    pub folder: &'a str,
    pub uploader_id: UserId,
}

pub struct NewVersion<'a> {
    /// Whether the version waits for the virus scanner before it is served.
    pub scan_pending: bool,
    pub sha256: &'a str,
    pub size: i64,
    pub content_type: &'a str,
    pub file_name: &'a str,
    pub note: &'a str,
    pub uploader_id: UserId,
}

async fn insert_version(
    conn: &impl ConnectionTrait,
    document: DocumentId,
    version: i32,
    new: &NewVersion<'_>,
) -> StoreResult<Version> {
    let model = document_versions::ActiveModel {
        document_id: Set(document.0),
        version: Set(version),
        sha256: Set(new.sha256.to_owned()),
        size: Set(new.size),
        content_type: Set(new.content_type.to_owned()),
        file_name: Set(new.file_name.to_owned()),
        note: Set(new.note.to_owned()),
        uploader_id: Set(new.uploader_id.0),
        text_status: Set("pending".to_owned()),
        extracted_text: Set(None),
        created_at: Set(now()),
        scan_status: Set(if new.scan_pending { "pending" } else { "clean" }.to_owned()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(model.into())
}

/// A new document with its first version.
pub async fn insert(
    conn: &impl ConnectionTrait,
    new: NewDocument<'_>,
    first: NewVersion<'_>,
) -> StoreResult<(Document, Version)> {
    let at = now();
    let document = documents::ActiveModel {
        community_id: Set(new.community_id.0),
        title: Set(new.title.to_owned()),
        description: Set(new.description.to_owned()),
        description_html: Set(new.description_html.to_owned()),
        tags: Set(new.tags.join(",")),
        doc_type: Set(new.doc_type.as_str().to_owned()),
        folder: Set(new.folder.to_owned()),
        uploader_id: Set(new.uploader_id.0),
        current_version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let version = insert_version(conn, DocumentId(document.id), 1, &first).await?;
    Ok((document.into(), version))
}

/// Adds the next version. Two concurrent uploads cannot take the same
/// number: `(document_id, version)` is unique, and the loser retries.
pub async fn add_version(
    conn: &impl ConnectionTrait,
    document: DocumentId,
    new: NewVersion<'_>,
) -> StoreResult<Version> {
    let current = find(conn, document).await?.map_or(0, |d| d.current_version);
    let version = insert_version(conn, document, current + 1, &new).await?;
    documents::Entity::update_many()
        .col_expr(
            documents::Column::CurrentVersion,
            Expr::value(version.version),
        )
        .col_expr(documents::Column::UpdatedAt, Expr::value(now()))
        .filter(documents::Column::Id.eq(document.0))
        .exec(conn)
        .await?;
    Ok(version)
}

pub async fn find(conn: &impl ConnectionTrait, id: DocumentId) -> StoreResult<Option<Document>> {
    Ok(by_key(conn, documents::Entity::find_by_id(id.0))
        .await?
        .map(Document::from))
}

/// Every version, newest first.
pub async fn versions(conn: &impl ConnectionTrait, id: DocumentId) -> StoreResult<Vec<Version>> {
    Ok(
        select_versions(document_versions::Column::DocumentId.eq(id.0))
            .all(conn)
            .await?
            .into_iter()
            .map(Version::from)
            .collect(),
    )
}

pub async fn version(
    conn: &impl ConnectionTrait,
    id: DocumentId,
    version: i32,
) -> StoreResult<Option<Version>> {
    Ok(by_key(
        conn,
        document_versions::Entity::find()
            .filter(document_versions::Column::DocumentId.eq(id.0))
            .filter(document_versions::Column::Version.eq(version)),
    )
    .await?
    .map(Version::from))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Title,
}

#[derive(Debug, Clone, Default)]
pub struct LibraryFilter {
    pub doc_type: Option<DocumentType>,
    pub tag: Option<String>,
    pub folder: Option<String>,
    pub sort: Sort,
}

/// A community's library.
pub async fn list(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    filter: &LibraryFilter,
    paging: Paging,
) -> StoreResult<PageOf<Document>> {
    let mut query =
        documents::Entity::find().filter(documents::Column::CommunityId.eq(community.0));
    if let Some(doc_type) = filter.doc_type {
        query = query.filter(documents::Column::DocType.eq(doc_type.as_str()));
    }
    if let Some(folder) = &filter.folder {
        query = query.filter(documents::Column::Folder.eq(folder.as_str()));
    }
    if let Some(tag) = &filter.tag {
        // Tags are a short comma-separated list: match a whole entry.
        let tags = Expr::col(documents::Column::Tags);
        query = query.filter(
            tags.clone()
                .eq(tag.as_str())
                .or(tags.clone().like(format!("{tag},%")))
                .or(tags.clone().like(format!("%,{tag}")))
                .or(tags.like(format!("%,{tag},%"))),
        );
    }
    let sort = filter.sort;
    Ok(counted_page(
        conn,
        query,
        move |q| match sort {
            Sort::Newest => q
                .order_by_desc(documents::Column::UpdatedAt)
                .order_by_desc(documents::Column::Id),
            Sort::Title => q
                .order_by_asc(documents::Column::Title)
                .order_by_asc(documents::Column::Id),
        },
        paging,
    )
    .await?
    .map(Document::from))
}

/// The folders in use in a community, alphabetical.
pub async fn folders(
    conn: &impl ConnectionTrait,
    community: CommunityId,
) -> StoreResult<Vec<String>> {
    use sea_orm::QuerySelect;
    let mut names: Vec<String> = documents::Entity::find()
        .select_only()
        .column(documents::Column::Folder)
        .filter(documents::Column::CommunityId.eq(community.0))
        .filter(documents::Column::Folder.ne(""))
        .distinct()
        .into_tuple()
        .all(conn)
        .await?;
    names.sort_by_key(|n| n.to_lowercase());
    Ok(names)
}

/// Bytes a person uploaded since a moment (for the daily quota).
pub async fn uploaded_since(
    conn: &impl ConnectionTrait,
    user: UserId,
    since: DateTime<Utc>,
) -> StoreResult<i64> {
    // Few versions per person per day: add them up here rather than rely on
    // SUM's type, which differs between the backends.
    use sea_orm::QuerySelect;
    let sizes: Vec<i64> = document_versions::Entity::find()
        .select_only()
        .column(document_versions::Column::Size)
        .filter(document_versions::Column::UploaderId.eq(user.0))
        .filter(document_versions::Column::CreatedAt.gte(since))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(sizes.into_iter().sum())
}

/// Records the outcome of text extraction for a version: `done` with the
/// text, or `unavailable`.
pub async fn set_text(
    conn: &impl ConnectionTrait,
    document: DocumentId,
    version: i32,
    text: Option<&str>,
) -> StoreResult<()> {
    document_versions::Entity::update_many()
        .col_expr(
            document_versions::Column::TextStatus,
            Expr::value(if text.is_some() {
                "done"
            } else {
                "unavailable"
            }),
        )
        .col_expr(
            document_versions::Column::ExtractedText,
            Expr::value(text.map(str::to_owned)),
        )
        .filter(document_versions::Column::DocumentId.eq(document.0))
        .filter(document_versions::Column::Version.eq(version))
        .exec(conn)
        .await?;
    Ok(())
}

/// The extracted text of a version, if any.
pub async fn text(
    conn: &impl ConnectionTrait,
    document: DocumentId,
    version: i32,
) -> StoreResult<Option<String>> {
    Ok(by_key(
        conn,
        document_versions::Entity::find()
            .filter(document_versions::Column::DocumentId.eq(document.0))
            .filter(document_versions::Column::Version.eq(version)),
    )
    .await?
    .and_then(|m| m.extracted_text))
}

/// A document as attached to a post: enough to show and download it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub document_id: DocumentId,
    pub title: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
}

pub async fn attach(
    conn: &impl ConnectionTrait,
    post: praxis_domain::PostId,
    documents: &[DocumentId],
) -> StoreResult<()> {
    use crate::entities::post_attachments;
    for (position, document) in documents.iter().enumerate() {
        post_attachments::ActiveModel {
            post_id: Set(post.0),
            document_id: Set(document.0),
            position: Set(position as i32),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// The attachments of some posts, in their order, in three queries.
pub async fn attachments_of(
    conn: &impl ConnectionTrait,
    posts: &[praxis_domain::PostId],
) -> StoreResult<std::collections::HashMap<praxis_domain::PostId, Vec<Attachment>>> {
    use crate::entities::post_attachments;
    use std::collections::HashMap;
    let mut out: HashMap<praxis_domain::PostId, Vec<Attachment>> = HashMap::new();
    if posts.is_empty() {
        return Ok(out);
    }
    let links = post_attachments::Entity::find()
        .filter(post_attachments::Column::PostId.is_in(posts.iter().map(|p| p.0)))
        .order_by_asc(post_attachments::Column::Position)
        .all(conn)
        .await?;
    if links.is_empty() {
        return Ok(out);
    }
    let ids: Vec<i64> = links.iter().map(|l| l.document_id).collect();
    let docs: HashMap<i64, documents::Model> = documents::Entity::find()
        .filter(documents::Column::Id.is_in(ids.clone()))
        .all(conn)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let versions: HashMap<(i64, i32), document_versions::Model> = document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| ((v.document_id, v.version), v))
        .collect();
    for link in links {
        let Some(doc) = docs.get(&link.document_id) else {
            continue;
        };
        let Some(version) = versions.get(&(doc.id, doc.current_version)) else {
            continue;
        };
        out.entry(praxis_domain::PostId(link.post_id))
            .or_default()
            .push(Attachment {
                document_id: DocumentId(doc.id),
                title: doc.title.clone(),
                file_name: version.file_name.clone(),
                content_type: version.content_type.clone(),
                size: version.size,
            });
    }
    Ok(out)
}

/// The newest documents of a library, for the "attach" choice of a form.
pub async fn recent(
    conn: &impl ConnectionTrait,
    community: CommunityId,
    limit: u64,
) -> StoreResult<Vec<(DocumentId, String)>> {
    use sea_orm::QuerySelect;
    let rows: Vec<(i64, String)> = documents::Entity::find()
        .select_only()
        .column(documents::Column::Id)
        .column(documents::Column::Title)
        .filter(documents::Column::CommunityId.eq(community.0))
        .order_by_desc(documents::Column::UpdatedAt)
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title)| (DocumentId(id), title))
        .collect())
}

/// Whether any version still uses these bytes.
pub async fn blob_in_use(conn: &impl ConnectionTrait, sha256: &str) -> StoreResult<bool> {
    use sea_orm::PaginatorTrait;
    Ok(document_versions::Entity::find()
        .filter(document_versions::Column::Sha256.eq(sha256))
        .count(conn)
        .await?
        > 0)
}

/// Records the virus scanner's verdict on a version.
pub async fn set_scan_status(
    conn: &impl ConnectionTrait,
    document: DocumentId,
    version: i32,
    status: &str,
) -> StoreResult<()> {
    document_versions::Entity::update_many()
        .col_expr(
            document_versions::Column::ScanStatus,
            Expr::value(status.to_owned()),
        )
        .filter(document_versions::Column::DocumentId.eq(document.0))
        .filter(document_versions::Column::Version.eq(version))
        .exec(conn)
        .await?;
    Ok(())
}

/// Every version of several documents, newest first, in one query.
pub async fn versions_of(
    conn: &impl ConnectionTrait,
    documents: &[DocumentId],
) -> StoreResult<std::collections::HashMap<DocumentId, Vec<Version>>> {
    let mut out: std::collections::HashMap<DocumentId, Vec<Version>> = Default::default();
    if documents.is_empty() {
        return Ok(out);
    }
    let rows =
        select_versions(document_versions::Column::DocumentId.is_in(documents.iter().map(|d| d.0)))
            .all(conn)
            .await?;
    for row in rows {
        out.entry(DocumentId(row.document_id))
            .or_default()
            .push(Version::from(row));
    }
    Ok(out)
}
