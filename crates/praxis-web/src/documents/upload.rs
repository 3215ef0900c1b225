//! Reading a `multipart/form-data` upload: text fields into a map, the
//! `file` field streamed chunk by chunk into a blob upload (never buffered
//! whole), with the form's CSRF token checked before any file byte is read.

use axum::extract::Multipart;
use praxis_app::AppError;
use praxis_domain::ValidationError;
use praxis_store::blobs::{Received, Upload};
use std::collections::HashMap;

/// The largest text field accepted in an upload form: a reply's body (a
/// reply may carry a file) at its longest, four bytes a character, and a
/// little more, so a body just over its limit comes back to its form with
/// the error rather than on an error page.
const MAX_FIELD_BYTES: usize = praxis_domain::discussion::BODY_MAX * 4 + 1024;

pub struct UploadForm {
    pub fields: HashMap<String, String>,
    pub file_name: String,
    pub received: Option<Received>,
}

impl UploadForm {
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

fn malformed() -> AppError {
    AppError::invalid(ValidationError::new(
        "file",
        "invalid_multipart",
        "The upload could not be read: it was cut off or is not a valid form.",
    ))
}

/// Reads the form. With `csrf`, the first field must be `_csrf` carrying it.
pub async fn read(
    mut multipart: Multipart,
    mut upload: Upload,
    csrf: Option<&str>,
) -> Result<UploadForm, AppError> {
    let mut form = UploadForm {
        fields: HashMap::new(),
        file_name: String::new(),
        received: None,
    };
    let mut first = true;
    loop {
        let next = multipart.next_field().await;
        let mut field = match next {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                upload.abort().await;
                return Err(malformed());
            }
        };
        let name = field.name().unwrap_or("").to_owned();
        if csrf.is_some() && first && name != "_csrf" {
            upload.abort().await;
            return Err(crate::extract::csrf_failed());
        }
        first = false;
        if name == "file" && form.received.is_none() {
            form.file_name = field.file_name().unwrap_or("").to_owned();
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => upload.write(&chunk).await?,
                    Ok(None) => break,
                    Err(_) => {
                        upload.abort().await;
                        return Err(malformed());
                    }
                }
            }
            // The multipart state stays locked while a field lives.
            drop(field);
            // A browser sends an empty file part when nothing was chosen.
            if form.file_name.is_empty() {
                upload.abort().await;
                return finish_without_file(multipart, form, csrf).await;
            }
            let received = upload.finish().await?;
            form.received = Some(received);
            return finish_without_file(multipart, form, csrf).await;
        }
        let mut value = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    value.extend_from_slice(&chunk);
                    if value.len() > MAX_FIELD_BYTES {
                        upload.abort().await;
                        return Err(AppError::invalid(ValidationError::too_long(
                            &name,
                            MAX_FIELD_BYTES,
                        )));
                    }
                }
                Ok(None) => break,
                Err(_) => {
                    upload.abort().await;
                    return Err(malformed());
                }
            }
        }
        let text = String::from_utf8_lossy(&value).into_owned();
        if name == "_csrf"
            && let Some(expected) = csrf
            && !crate::extract::tokens_match(&text, expected)
        {
            upload.abort().await;
            return Err(crate::extract::csrf_failed());
        }
        form.fields.insert(name, text);
    }
    upload.abort().await;
    Ok(form)
}

/// Reads the text fields after the file (the upload is already finished).
async fn finish_without_file(
    mut multipart: Multipart,
    mut form: UploadForm,
    _csrf: Option<&str>,
) -> Result<UploadForm, AppError> {
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(form),
            Err(_) => {
                if let Some(received) = form.received.take() {
                    received.discard().await;
                }
                return Err(malformed());
            }
        };
        let name = field.name().unwrap_or("").to_owned();
        let mut value = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            value.extend_from_slice(&chunk);
            if value.len() > MAX_FIELD_BYTES {
                if let Some(received) = form.received.take() {
                    received.discard().await;
                }
                return Err(AppError::invalid(ValidationError::too_long(
                    &name,
                    MAX_FIELD_BYTES,
                )));
            }
        }
        if name != "file" {
            form.fields
                .insert(name, String::from_utf8_lossy(&value).into_owned());
        }
    }
}
