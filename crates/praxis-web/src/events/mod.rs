//! Events: lists, pages, RSVPs, attendees, `.ics` files and personal
//! calendar feeds.

pub mod api;
pub mod pages;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// An iCalendar download.
pub fn ics_response(file_name: &str, body: String) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// `12` → (12, false); `12.ics` → (12, true).
pub fn split_ics(raw: &str) -> (&str, bool) {
    match raw.strip_suffix(".ics") {
        Some(id) => (id, true),
        None => (raw, false),
    }
}

/// The attendee list as CSV rows.
pub fn attendee_csv(rows: &[(praxis_store::accounts::User, praxis_store::events::Rsvp)]) -> String {
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|(user, rsvp)| {
            vec![
                user.display_name.clone(),
                if user.role == praxis_domain::Role::Guest {
                    "guest".to_owned()
                } else {
                    "member".to_owned()
                },
                user.organisation.clone(),
                user.email.clone(),
                rsvp.status.label().to_owned(),
                rsvp.updated_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            ]
        })
        .collect();
    crate::csv::document(
        &[
            "name",
            "standing",
            "organisation",
            "email",
            "answer",
            "answered at",
        ],
        &body,
    )
}
