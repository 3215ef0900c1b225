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

/// The attendee list as CSV rows, in the language of the member who
/// exports it (`lang`): the header row, who is a guest and the answers are
/// written in it; times stay ISO (`2026-12-03 10:00 UTC`). The CSV is not
/// part of the API's contract (API.md); machines read the JSON list.
pub fn attendee_csv(
    rows: &[(praxis_store::accounts::User, praxis_store::events::Rsvp)],
    lang: &praxis_app::i18n::Lang,
) -> String {
    use praxis_app::i18n::arg;
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|(user, rsvp)| {
            vec![
                user.display_name.clone(),
                if user.role == praxis_domain::Role::Guest {
                    lang.t("events-csv-guest")
                } else {
                    lang.t("events-csv-member")
                },
                user.organisation.clone(),
                user.email.clone(),
                lang.t_args(
                    "events-rsvp-status",
                    &[("status", arg(rsvp.status.as_str()))],
                ),
                rsvp.updated_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            ]
        })
        .collect();
    let header = [
        lang.t("events-attendees-name"),
        lang.t("events-csv-standing"),
        lang.t("events-attendees-organisation"),
        lang.t("events-csv-email"),
        lang.t("events-attendees-answer"),
        lang.t("events-attendees-answered"),
    ];
    crate::csv::document(&header.each_ref().map(String::as_str), &body)
}
