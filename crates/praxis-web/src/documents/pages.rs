//! The HTML pages of community libraries.

use super::upload;
use crate::error::{PageError, render};
use crate::extract::{PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::documents::{self, DocumentInput, LibraryQuery};
use praxis_app::{App, AppError};
use praxis_domain::documents::{accepted_messages, kind_code};
use praxis_domain::{DocumentType, MessageArg, Paging};
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

/// Turns a refused file into a message on the form's file field (the
/// page shows the form again rather than a bare 413 or 415). One code, two
/// reasons: the messages choose on `reason` (`type` or `size`).
pub fn file_field_error(app: &App, error: AppError) -> AppError {
    // The English sentence (the API's, and the fallback); the messages get
    // the kinds and the limit as values written in the reader's language.
    let english = praxis_app::i18n::Lang::english();
    let max_bytes = app.config.documents.max_upload_bytes as i64;
    let accepted = accepted_names(&english);
    let limit = human_size(max_bytes, &english);
    let (reason, message) = match error {
        AppError::UnsupportedMediaType => (
            "type",
            format!("This type of file is not accepted. Accepted: {accepted}."),
        ),
        AppError::PayloadTooLarge => (
            "size",
            format!(
                "The file is larger than {limit} or than what is left of your daily upload allowance."
            ),
        ),
        other => return other,
    };
    AppError::invalid(
        praxis_domain::ValidationError::new("file", "file_refused", message)
            .with_arg("reason", reason)
            .with_arg("accepted", MessageArg::List(accepted_messages()))
            .with_arg("limit", MessageArg::FileSize(max_bytes)),
    )
}

/// The names of the accepted kinds of file in a language, as a list.
pub fn accepted_names(lang: &praxis_app::i18n::Lang) -> String {
    accepted_messages()
        .iter()
        .map(|id| lang.t(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Bytes as people read them, in a language ("1.5 MB", "1,5 Mo").
pub fn human_size(bytes: i64, lang: &praxis_app::i18n::Lang) -> String {
    lang.file_size(bytes)
}

struct DocumentRow {
    id: String,
    title: String,
    doc_type: &'static str,
    folder: String,
    tags: Vec<String>,
    version: i32,
    updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Template)]
#[template(path = "documents/library.html")]
struct LibraryPage {
    layout: Layout,
    slug: String,
    community_name: String,
    rows: Vec<DocumentRow>,
    folders: Vec<String>,
    types: Vec<&'static str>,
    doc_type: String,
    folder: String,
    tag: String,
    sort: String,
    total: u64,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LibraryParams {
    #[serde(rename = "type")]
    doc_type: String,
    folder: String,
    tag: String,
    sort: String,
    page: Option<u64>,
}

pub async fn library(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    Query(params): Query<LibraryParams>,
) -> PageResult {
    let documents::Library {
        community,
        documents: page,
        folders,
    } = documents::library(
        &app,
        &user.auth,
        &slug,
        LibraryQuery {
            doc_type: Some(params.doc_type.clone()),
            tag: Some(params.tag.clone()),
            folder: Some(params.folder.clone()),
            sort: Some(params.sort.clone()),
        },
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(render(&LibraryPage {
        slug: community.slug.clone(),
        community_name: community.name.clone(),
        rows: page
            .items
            .iter()
            .map(|(d, _)| DocumentRow {
                id: d.id.to_string(),
                title: d.title.clone(),
                doc_type: d.doc_type.as_str(),
                folder: d.folder.clone(),
                tags: d.tags.clone(),
                version: d.current_version,
                updated_at: d.updated_at,
            })
            .collect(),
        folders,
        types: DocumentType::ALL.iter().map(|t| t.as_str()).collect(),
        doc_type: params.doc_type,
        folder: params.folder,
        tag: params.tag,
        sort: params.sort,
        total: page.total,
        page: page.page,
        has_next: page.has_next(),
        layout: user.ctx.layout,
    }))
}

#[derive(Default, Clone)]
struct UploadValues {
    title: String,
    description: String,
    tags: String,
    doc_type: String,
    folder: String,
}

#[derive(Template)]
#[template(path = "documents/new.html")]
struct UploadPage {
    layout: Layout,
    slug: String,
    community_name: String,
    form: UploadValues,
    types: Vec<&'static str>,
    accepted: String,
    max_size: String,
    errors: FormErrors,
}

fn upload_page(
    app: &App,
    layout: Layout,
    slug: &str,
    name: &str,
    form: UploadValues,
    errors: FormErrors,
) -> UploadPage {
    UploadPage {
        max_size: human_size(app.config.documents.max_upload_bytes as i64, &layout.ui),
        accepted: accepted_names(&layout.ui),
        layout,
        slug: slug.to_owned(),
        community_name: name.to_owned(),
        form,
        types: DocumentType::ALL.iter().map(|t| t.as_str()).collect(),
        errors,
    }
}

pub async fn new_form(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
) -> PageResult {
    let view = praxis_app::communities::view(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    if !view.can_read {
        return Err(user.ctx.error(AppError::NotFound));
    }
    Ok(render(&upload_page(
        &app,
        user.ctx.layout,
        &view.community.slug,
        &view.community.name,
        UploadValues {
            doc_type: "other".into(),
            ..UploadValues::default()
        },
        FormErrors::default(),
    )))
}

pub async fn create(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    body: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let body = body.map_err(|_| user.ctx.error(AppError::UnsupportedMediaType))?;
    let (community, blob) = documents::start_upload(&app, &user.auth, &slug)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let csrf = user.ctx.viewer.csrf();
    let result = async {
        let mut form = upload::read(body, blob, Some(&csrf))
            .await
            .map_err(|e| (UploadValues::default(), e))?;
        let values = UploadValues {
            title: form.field("title"),
            description: form.field("description"),
            tags: form.field("tags"),
            doc_type: form.field("type"),
            folder: form.field("folder"),
        };
        let Some(received) = form.received.take() else {
            return Err((
                values,
                AppError::invalid(praxis_domain::ValidationError::new(
                    "file",
                    "required",
                    "Choose a file to upload.",
                )),
            ));
        };
        let input = DocumentInput {
            title: values.title.clone(),
            description: values.description.clone(),
            tags: values.tags.split(',').map(str::to_owned).collect(),
            doc_type: values.doc_type.clone(),
            folder: values.folder.clone(),
            file_name: form.file_name.clone(),
        };
        documents::create(&app, &user.auth, &community, input, received)
            .await
            .map_err(|e| (values, e))
    }
    .await;
    match result {
        Ok((document, _)) => Ok(Redirect::to(&format!(
            "/documents/{}?notice=uploaded",
            document.id
        ))
        .into_response()),
        Err((values, error)) => {
            let error = file_field_error(&app, error);
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let mut response = render(&upload_page(
                &app,
                user.ctx.layout,
                &community.slug,
                &community.name,
                values,
                errors,
            ));
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

struct VersionRow {
    version: i32,
    uploader: String,
    uploader_guest: bool,
    file_name: String,
    kind: &'static str,
    /// Bytes (`layout.file_size`).
    size: i64,
    note: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Template)]
#[template(path = "documents/show.html")]
struct DocumentPage {
    layout: Layout,
    id: String,
    title: String,
    description_html: String,
    doc_type: &'static str,
    folder: String,
    tags: Vec<String>,
    slug: String,
    community_name: String,
    versions: Vec<VersionRow>,
    can_add_version: bool,
    errors: FormErrors,
}

fn document_page(
    view: documents::DocumentView,
    layout: Layout,
    errors: FormErrors,
) -> DocumentPage {
    DocumentPage {
        id: view.document.id.to_string(),
        title: view.document.title.clone(),
        description_html: view.document.description_html.clone(),
        doc_type: view.document.doc_type.as_str(),
        folder: view.document.folder.clone(),
        tags: view.document.tags.clone(),
        slug: view.community.slug.clone(),
        community_name: view.community.name.clone(),
        versions: view
            .versions
            .iter()
            .map(|v| VersionRow {
                version: v.version,
                uploader: view
                    .uploaders
                    .get(&v.uploader_id)
                    .map(|a| a.display_name.clone())
                    .unwrap_or_default(),
                uploader_guest: view
                    .uploaders
                    .get(&v.uploader_id)
                    .is_some_and(|a| a.role == praxis_domain::Role::Guest),
                file_name: v.file_name.clone(),
                kind: kind_code(&v.content_type),
                size: v.size,
                note: v.note.clone(),
                created_at: v.created_at,
            })
            .collect(),
        can_add_version: view.can_add_version,
        errors,
        layout,
    }
}

pub async fn show(State(app): State<App>, user: PageUser, Path(id): Path<String>) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let view = documents::view(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&document_page(
        view,
        user.ctx.layout,
        FormErrors::default(),
    )))
}

pub async fn add_version(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    body: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let body = body.map_err(|_| user.ctx.error(AppError::UnsupportedMediaType))?;
    let (document, blob) = documents::start_version(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let csrf = user.ctx.viewer.csrf();
    let result = async {
        let mut form = upload::read(body, blob, Some(&csrf)).await?;
        let received = form.received.take().ok_or_else(|| {
            AppError::invalid(praxis_domain::ValidationError::new(
                "file",
                "required",
                "Choose a file to upload.",
            ))
        })?;
        documents::add_version(
            &app,
            &user.auth,
            &document,
            &form.file_name,
            &form.field("note"),
            received,
        )
        .await
    }
    .await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/documents/{id}?notice=version_added")).into_response()),
        Err(error) => {
            let error = file_field_error(&app, error);
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let view = documents::view(&app, &user.auth, id)
                .await
                .map_err(|e| user.ctx.error(e))?;
            let mut response = render(&document_page(view, user.ctx.layout, errors));
            *response.status_mut() = status;
            Ok(response)
        }
    }
}
