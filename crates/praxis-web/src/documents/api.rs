//! `/api/v1/communities/{slug}/documents`, `/api/v1/documents/*`, as in
//! API.md "Documents".

use super::{download, upload};
use crate::error::ApiResult;
use crate::extract::{ApiQuery, ApiUser, path_id};
use axum::Json;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use praxis_app::documents::{self, DocumentInput, DocumentView, LibraryQuery};
use praxis_app::{App, AppError};
use praxis_domain::{Paging, ValidationError};
use praxis_store::documents::{Document, Version};
use serde::Deserialize;
use serde_json::{Value, json};

fn multipart(result: Result<Multipart, MultipartRejection>) -> Result<Multipart, AppError> {
    result.map_err(|_| AppError::UnsupportedMediaType)
}

fn version_json(v: &Version) -> Value {
    json!({
        "version": v.version,
        "size": v.size,
        "content_type": v.content_type,
        "file_name": v.file_name,
        "sha256": v.sha256,
        "note": v.note,
        "uploader_id": v.uploader_id,
        "text_status": v.text_status,
        "created_at": v.created_at,
    })
}

fn document_json(d: &Document, current: Option<&Version>) -> Value {
    json!({
        "id": d.id,
        "community_id": d.community_id,
        "title": d.title,
        "description": d.description,
        "description_html": d.description_html,
        "tags": d.tags,
        "type": d.doc_type,
        "folder": d.folder,
        "uploader_id": d.uploader_id,
        "version": d.current_version,
        "size": current.map(|v| v.size),
        "content_type": current.map(|v| v.content_type.clone()),
        "sha256": current.map(|v| v.sha256.clone()),
        "file_name": current.map(|v| v.file_name.clone()),
        "created_at": d.created_at,
        "updated_at": d.updated_at,
    })
}

fn input(form: &upload::UploadForm) -> DocumentInput {
    DocumentInput {
        title: form.field("title"),
        description: form.field("description"),
        tags: form.field("tags").split(',').map(str::to_owned).collect(),
        doc_type: form.field("type"),
        folder: form.field("folder"),
        file_name: form.file_name.clone(),
    }
}

fn file_required() -> AppError {
    AppError::invalid(ValidationError::new(
        "file",
        "required",
        "Choose a file to upload.",
    ))
}

pub async fn create(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    body: Result<Multipart, MultipartRejection>,
) -> ApiResult<impl IntoResponse> {
    let body = multipart(body)?;
    let (community, blob) = documents::start_upload(&app, &user.auth, &slug).await?;
    let mut form = upload::read(body, blob, None).await?;
    let received = form.received.take().ok_or_else(file_required)?;
    let fields = input(&form);
    let (document, version) =
        documents::create(&app, &user.auth, &community, fields, received).await?;
    Ok((
        StatusCode::CREATED,
        Json(document_json(&document, Some(&version))),
    ))
}

pub async fn add_version(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    body: Result<Multipart, MultipartRejection>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let body = multipart(body)?;
    let (document, blob) = documents::start_version(&app, &user.auth, id).await?;
    let mut form = upload::read(body, blob, None).await?;
    let received = form.received.take().ok_or_else(file_required)?;
    let version = documents::add_version(
        &app,
        &user.auth,
        &document,
        &form.file_name,
        &form.field("note"),
        received,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(version_json(&version))))
}

pub fn view_json(view: &DocumentView) -> Value {
    let mut value = document_json(&view.document, view.versions.first());
    value["community"] = json!({ "slug": view.community.slug, "name": view.community.name });
    value["versions"] = view
        .versions
        .iter()
        .map(|v| {
            let mut json = version_json(v);
            let uploader = view.uploaders.get(&v.uploader_id);
            json["uploader"] = json!(uploader.map(|a| &a.display_name));
            json["uploader_guest"] =
                json!(uploader.is_some_and(|a| a.role == praxis_domain::Role::Guest));
            json
        })
        .collect();
    value["can_add_version"] = json!(view.can_add_version);
    value
}

pub async fn show(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let id = path_id(&id)?;
    let view = documents::view(&app, &user.auth, id).await?;
    Ok(Json(view_json(&view)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LibraryParams {
    #[serde(rename = "type")]
    doc_type: Option<String>,
    tag: Option<String>,
    folder: Option<String>,
    sort: Option<String>,
}

pub async fn library(
    State(app): State<App>,
    user: ApiUser,
    Path(slug): Path<String>,
    ApiQuery(params): ApiQuery<LibraryParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let library = documents::library(
        &app,
        &user.auth,
        &slug,
        LibraryQuery {
            doc_type: params.doc_type,
            tag: params.tag,
            folder: params.folder,
            sort: params.sort,
        },
        paging,
    )
    .await?;
    let page = &library.documents;
    Ok(Json(json!({
        "items": page.items.iter().map(|(d, versions)| {
            let mut value = document_json(d, versions.first());
            value["versions"] = versions.iter().map(version_json).collect();
            value
        }).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
        "folders": library.folders,
    })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DownloadParams {
    version: Option<i32>,
}

pub async fn download(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiQuery(params): ApiQuery<DownloadParams>,
) -> ApiResult<Response> {
    let id = path_id(&id)?;
    let (_, version) = documents::open(&app, &user.auth, id, params.version).await?;
    Ok(download::respond(&app, version, &headers).await?)
}
