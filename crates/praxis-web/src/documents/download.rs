//! Sending a stored file: exactly its bytes, as an attachment, with its
//! detected type, length, and single-range requests (RFC 9110 §14).

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use praxis_app::documents::{self, Download};
use praxis_app::{App, AppError};
use praxis_store::documents::Version;
use std::ops::Range;

/// The single byte range asked for, if any. `Err(())` when it cannot be
/// satisfied; several ranges are answered with the whole file.
pub fn requested_range(headers: &HeaderMap, size: u64) -> Result<Option<Range<u64>>, ()> {
    let Some(value) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let (start, end) = spec.split_once('-').ok_or(())?;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let n: u64 = suffix.parse().map_err(|_| ())?;
            if n == 0 {
                return Err(());
            }
            (size.saturating_sub(n), size)
        }
        (first, "") => (first.parse().map_err(|_| ())?, size),
        (first, last) => {
            let first: u64 = first.parse().map_err(|_| ())?;
            let last: u64 = last.parse().map_err(|_| ())?;
            if last < first {
                return Err(());
            }
            (first, (last + 1).min(size))
        }
    };
    if start >= size {
        return Err(());
    }
    Ok(Some(start..end))
}

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266, 5987).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '"' && *c != '\\')
        .collect();
    let mut encoded = String::new();
    for byte in name.as_bytes() {
        let c = *byte as char;
        if c.is_ascii_alphanumeric() || "!#$&+-.^_`|~".contains(c) {
            encoded.push(c);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

fn header_value(value: &str) -> HeaderValue {
    HeaderValue::from_str(value)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"))
}

/// Answers a download of `version`, honouring a `Range` header.
pub async fn respond(
    app: &App,
    version: Version,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let size = version.size.max(0) as u64;
    let range = match requested_range(headers, size) {
        Ok(range) => range,
        Err(()) => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            response.headers_mut().insert(
                header::CONTENT_RANGE,
                header_value(&format!("bytes */{size}")),
            );
            return Ok(response);
        }
    };
    let kind = praxis_domain::documents::kind_of(&version.content_type);
    let name = praxis_domain::documents::download_name(
        &version.file_name,
        kind.map_or("bin", |k| k.extension),
    );
    let Download {
        version,
        range,
        body,
    } = documents::read(app, version, range).await?;
    let length = range.as_ref().map_or(size, |r| r.end - r.start);
    let mut response = Response::new(Body::from_stream(body));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, header_value(&version.content_type));
    headers.insert(
        header::CONTENT_DISPOSITION,
        header_value(&content_disposition(&name)),
    );
    headers.insert(header::CONTENT_LENGTH, header_value(&length.to_string()));
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::ETAG,
        header_value(&format!("\"{}\"", version.sha256)),
    );
    if let Some(range) = range {
        *response.status_mut() = StatusCode::PARTIAL_CONTENT;
        response.headers_mut().insert(
            header::CONTENT_RANGE,
            header_value(&format!("bytes {}-{}/{size}", range.start, range.end - 1)),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(value: &str, size: u64) -> Result<Option<Range<u64>>, ()> {
        let mut headers = HeaderMap::new();
        headers.insert(header::RANGE, HeaderValue::from_str(value).expect("header"));
        requested_range(&headers, size)
    }

    #[test]
    fn ranges_are_parsed_and_bounded() {
        assert_eq!(range("bytes=0-9", 100), Ok(Some(0..10)));
        assert_eq!(range("bytes=90-", 100), Ok(Some(90..100)));
        assert_eq!(range("bytes=-5", 100), Ok(Some(95..100)));
        assert_eq!(range("bytes=50-500", 100), Ok(Some(50..100)));
        assert_eq!(range("bytes=100-", 100), Err(()));
        assert_eq!(range("bytes=9-3", 100), Err(()));
        assert_eq!(range("bytes=0-1,5-6", 100), Ok(None));
        assert_eq!(range("items=0-1", 100), Ok(None));
    }

    #[test]
    fn names_are_encoded_for_every_browser() {
        assert_eq!(
            content_disposition("Bestek été \"v2\".pdf"),
            "attachment; filename=\"Bestek _t_ v2.pdf\"; filename*=UTF-8''Bestek%20%C3%A9t%C3%A9%20%22v2%22.pdf"
        );
    }
}
