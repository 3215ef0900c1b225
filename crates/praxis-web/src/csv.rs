//! CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel
//! reads accents right), every field quoted, and cells that a spreadsheet
//! would take for a formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with a
//! quote mark, so a member's name can never run as a formula.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

pub fn document(header_row: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header_row.iter().map(|s| (*s).to_owned()));
    for row in rows {
        push_row(&mut out, row.iter().cloned());
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let cells: Vec<String> = fields.map(|f| cell(&f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// A CSV download named `file_name`.
pub fn response(file_name: &str, body: String) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let text = document(
            &["name", "note"],
            &[vec!["=HYPERLINK(\"x\")".into(), "Dupont, \"Jo\"".into()]],
        );
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\",\"Dupont, \"\"Jo\"\"\"\r\n"));
        assert!(text.contains("\"name\",\"note\"\r\n"));
        assert_eq!(cell("-2"), "\"'-2\"");
        assert_eq!(cell("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(cell("Zoë"), "\"Zoë\"");
    }
}
