//! Documents: what may be uploaded (decided by content, never by the
//! file's name), what kind of document it is, and safe file names.

use crate::community::string_enum;
use crate::validation::ValidationError;

string_enum!(
    /// What a document is, for filtering a library.
    DocumentType, "type" {
        Template => "template",
        Specification => "specification",
        Guide => "guide",
        Report => "report",
        Example => "example",
        Other => "other",
    }
);

/// A kind of file Praxis accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub mime: &'static str,
    /// For naming downloads, and the code of the kind's name: the message
    /// `file-kind-<extension>` (`Layout::label("file-kind", …)`).
    pub extension: &'static str,
    /// The id of that message, for sentences that list kinds.
    pub message: &'static str,
}

/// The code of a file of no accepted kind (a stored type Praxis no longer
/// recognises): its name is `file-kind-other` ("File").
pub const OTHER_KIND: &str = "other";

const ACCEPTED: &[FileKind] = &[
    FileKind {
        mime: "application/pdf",
        extension: "pdf",
        message: "file-kind-pdf",
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        extension: "docx",
        message: "file-kind-docx",
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        extension: "xlsx",
        message: "file-kind-xlsx",
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        extension: "pptx",
        message: "file-kind-pptx",
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.text",
        extension: "odt",
        message: "file-kind-odt",
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.spreadsheet",
        extension: "ods",
        message: "file-kind-ods",
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.presentation",
        extension: "odp",
        message: "file-kind-odp",
    },
    FileKind {
        mime: "image/png",
        extension: "png",
        message: "file-kind-png",
    },
    FileKind {
        mime: "image/jpeg",
        extension: "jpg",
        message: "file-kind-jpg",
    },
    FileKind {
        mime: "application/zip",
        extension: "zip",
        message: "file-kind-zip",
    },
];

const TEXT: FileKind = FileKind {
    mime: "text/plain",
    extension: "txt",
    message: "file-kind-txt",
};
const CSV: FileKind = FileKind {
    mime: "text/csv",
    extension: "csv",
    message: "file-kind-csv",
};

/// Decides what a file is from its first bytes (at least 8 KiB when the
/// file is that long). Office documents are ZIP archives recognised by
/// their contents; text has no signature, so a sample of valid UTF-8
/// without NUL bytes is text, and the name only chooses between plain text
/// and CSV. Anything else is refused.
pub fn detect(sample: &[u8], file_name: &str) -> Option<FileKind> {
    if let Some(kind) = infer::get(sample) {
        let mime = match kind.mime_type() {
            // infer recognises Office files by the order of their entries;
            // writers differ, so look at the entry names as well.
            "application/zip" => office_by_entries(sample).unwrap_or("application/zip"),
            other => other,
        };
        return ACCEPTED.iter().find(|k| k.mime == mime).copied();
    }
    if sample.is_empty() || sample.contains(&0) {
        return None;
    }
    // A sample may end inside a multi-byte character.
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && sample.len() - e.valid_up_to() < 4,
    };
    if !valid {
        return None;
    }
    if file_name.to_ascii_lowercase().ends_with(".csv") {
        Some(CSV)
    } else {
        Some(TEXT)
    }
}

/// The Office Open XML type of a ZIP archive, from the names of the
/// entries whose local headers are in the sample.
fn office_by_entries(sample: &[u8]) -> Option<&'static str> {
    let mut at = 0;
    while let Some(found) = sample[at..].windows(4).position(|w| w == b"PK\x03\x04") {
        let header = at + found;
        let Some(fixed) = sample.get(header..header + 30) else {
            break;
        };
        let name_len = u16::from_le_bytes([fixed[26], fixed[27]]) as usize;
        let Some(name) = sample.get(header + 30..header + 30 + name_len) else {
            break;
        };
        let prefix = |p: &[u8]| name.starts_with(p);
        if prefix(b"word/") {
            return Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if prefix(b"xl/") {
            return Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if prefix(b"ppt/") {
            return Some(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            );
        }
        at = header + 4;
    }
    None
}

/// The names of every accepted kind, by message id (`file-kind-pdf`…),
/// for the upload form's hint and the refused-file sentence.
pub fn accepted_messages() -> Vec<&'static str> {
    ACCEPTED
        .iter()
        .map(|k| k.message)
        .chain([TEXT.message, CSV.message])
        .collect()
}

/// The code of the kind behind a stored content type, for
/// `Layout::label("file-kind", …)`: its extension, else [`OTHER_KIND`].
pub fn kind_code(mime: &str) -> &'static str {
    kind_of(mime).map_or(OTHER_KIND, |k| k.extension)
}

/// Every kind's code, [`OTHER_KIND`] included (each has a name).
pub fn kind_codes() -> Vec<&'static str> {
    ACCEPTED
        .iter()
        .chain([&TEXT, &CSV])
        .map(|k| k.extension)
        .chain([OTHER_KIND])
        .collect()
}

/// A file name safe to store and to send back: the last path component,
/// without control or path characters, at most 150 characters, never empty.
pub fn safe_file_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.').trim();
    let mut name: String = trimmed.chars().take(150).collect();
    if name.is_empty() {
        name = "document".to_owned();
    }
    name
}

/// The file name with the extension of the detected kind (a `.pdf` named
/// `report.exe` downloads as `report.exe.pdf`).
pub fn download_name(stored: &str, kind_extension: &str) -> String {
    let lower = stored.to_ascii_lowercase();
    let matches = lower.ends_with(&format!(".{kind_extension}"))
        || (kind_extension == "jpg" && lower.ends_with(".jpeg"));
    if matches {
        stored.to_owned()
    } else {
        format!("{stored}.{kind_extension}")
    }
}

/// The kind behind a stored content type.
pub fn kind_of(mime: &str) -> Option<FileKind> {
    ACCEPTED
        .iter()
        .chain([&TEXT, &CSV])
        .find(|k| k.mime == mime)
        .copied()
}

pub fn title(raw: &str) -> Result<String, ValidationError> {
    crate::text::single_line("title", raw, 3, 200)
}

pub fn folder(raw: &str) -> Result<String, ValidationError> {
    crate::text::single_line("folder", raw, 0, 80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_decided_by_content_not_by_name() {
        assert_eq!(
            detect(b"%PDF-1.7\n...", "x.txt").map(|k| k.mime),
            Some("application/pdf")
        );
        assert_eq!(
            detect(b"MZ\x90\x00\x03\x00\x00\x00", "report.pdf"),
            None,
            "an executable named .pdf"
        );
        assert_eq!(
            detect(b"name;value\nA;1\n", "data.csv").map(|k| k.mime),
            Some("text/csv")
        );
        assert_eq!(
            detect("Grüße, été".as_bytes(), "notes.txt").map(|k| k.mime),
            Some("text/plain")
        );
        assert_eq!(
            detect(b"<html><script>", "page.txt"),
            None,
            "HTML is never accepted"
        );
        assert_eq!(detect(b"abc\x00def", "x.txt"), None);
        assert_eq!(detect(b"", "empty.txt"), None);
        assert_eq!(
            detect(b"<?xml version=\"1.0\"?><svg", "logo.svg"),
            None,
            "nor SVG"
        );
    }

    #[test]
    fn file_names_lose_paths_and_control_characters() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(
            safe_file_name("C:\\Users\\x\\Bestek v2.docx"),
            "Bestek v2.docx"
        );
        assert_eq!(safe_file_name("a\u{0}b\nc.pdf"), "abc.pdf");
        assert_eq!(safe_file_name("..."), "document");
        assert_eq!(safe_file_name(""), "document");
        assert_eq!(download_name("report.exe", "pdf"), "report.exe.pdf");
        assert_eq!(download_name("photo.JPEG", "jpg"), "photo.JPEG");
    }
}
