//! Text out of shared documents, for search. Hostile files must not take
//! the server down, so every step is bounded: the bytes read out of a ZIP
//! entry (zip bombs), the depth of XML (nesting bombs), the pages of a PDF,
//! the text kept, and the time (the caller runs this on a blocking thread
//! under a timeout and gives up on it).

use std::io::{Cursor, Read};

/// Bounds on one extraction.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bytes of text kept.
    pub max_text: usize,
    /// Bytes read out of one ZIP entry, whatever its compressed size.
    pub max_unzipped: u64,
    /// Pages of a PDF read.
    pub max_pages: usize,
    /// Nesting of XML elements.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_text: 1024 * 1024,
            max_unzipped: 32 * 1024 * 1024,
            max_pages: 500,
            max_depth: 256,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    #[error("this type has no text to extract")]
    NoText,
    #[error("the file is damaged or not what it claims: {0}")]
    Malformed(String),
    #[error("the file exceeds the extraction limits")]
    TooComplex,
}

/// Text kept within the limit, cut at a character boundary.
struct Collector {
    text: String,
    max: usize,
}

impl Collector {
    fn new(max: usize) -> Self {
        Collector {
            text: String::new(),
            max,
        }
    }

    fn full(&self) -> bool {
        self.text.len() >= self.max
    }

    fn push(&mut self, piece: &str) {
        for c in piece.chars() {
            if self.text.len() + c.len_utf8() > self.max {
                return;
            }
            self.text.push(c);
        }
    }

    fn finish(self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Extracts the text of a document of `content_type`.
pub fn extract(content_type: &str, bytes: &[u8], limits: Limits) -> Result<String, ExtractError> {
    match content_type {
        "text/plain" | "text/csv" => {
            let mut out = Collector::new(limits.max_text);
            out.push(&String::from_utf8_lossy(
                &bytes[..bytes.len().min(limits.max_text * 2)],
            ));
            Ok(out.finish())
        }
        "application/pdf" => pdf(bytes, limits),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
            office_xml(bytes, "word/document.xml", &["t"], &["p"], limits)
        }
        "application/vnd.oasis.opendocument.text" => {
            office_xml(bytes, "content.xml", &[], &["p", "h"], limits)
        }
        _ => Err(ExtractError::NoText),
    }
}

/// Reads one entry of a ZIP archive, at most `max` bytes of it.
fn zip_entry(bytes: &[u8], name: &str, max: u64) -> Result<Vec<u8>, ExtractError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ExtractError::Malformed(e.to_string()))?;
    let entry = archive
        .by_name(name)
        .map_err(|e| ExtractError::Malformed(e.to_string()))?;
    let mut out = Vec::new();
    entry
        .take(max)
        .read_to_end(&mut out)
        .map_err(|e| ExtractError::Malformed(e.to_string()))?;
    Ok(out)
}

/// Text of an office XML part: the content of `text_elements` (all text
/// when empty), with a break after each of `block_elements`.
fn office_xml(
    bytes: &[u8],
    part: &str,
    text_elements: &[&str],
    block_elements: &[&str],
    limits: Limits,
) -> Result<String, ExtractError> {
    use quick_xml::events::Event;
    let xml = zip_entry(bytes, part, limits.max_unzipped)?;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut out = Collector::new(limits.max_text);
    let mut depth = 0usize;
    let mut inside_text = 0usize;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(ExtractError::TooComplex);
                }
                if text_elements.contains(&e.local_name().as_ref()) {
                    inside_text += 1;
                }
            }
            Ok(Event::End(e)) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name();
                if text_elements.contains(&name.as_ref()) {
                    inside_text = inside_text.saturating_sub(1);
                }
                if block_elements.contains(&name.as_ref()) {
                    out.push("\n");
                }
            }
            Ok(Event::Text(t)) if text_elements.is_empty() || inside_text > 0 => {
                let raw: &str = t.as_ref();
                let text = quick_xml::escape::unescape(raw)
                    .map_err(|e| ExtractError::Malformed(e.to_string()))?;
                out.push(&text);
                out.push(" ");
            }
            // Entities arrive on their own: `&amp;` is a reference to `amp`.
            Ok(Event::GeneralRef(r)) if text_elements.is_empty() || inside_text > 0 => {
                let name: &str = r.as_ref();
                if let Some(c) = entity(name) {
                    out.push(c.encode_utf8(&mut [0u8; 4]));
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(ExtractError::Malformed(e.to_string())),
        }
        if out.full() {
            break;
        }
        buf.clear();
    }
    Ok(out.finish())
}

/// The character of a predefined or numeric XML entity.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => name.strip_prefix('#')?.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

fn pdf(bytes: &[u8], limits: Limits) -> Result<String, ExtractError> {
    let document =
        lopdf::Document::load_mem(bytes).map_err(|e| ExtractError::Malformed(e.to_string()))?;
    let mut out = Collector::new(limits.max_text);
    for (number, _) in document.get_pages().into_iter().take(limits.max_pages) {
        if let Ok(text) = document.extract_text(&[number]) {
            out.push(&text);
            out.push("\n");
        }
        if out.full() {
            break;
        }
    }
    Ok(out.finish())
}

/// Test files built here, nothing fetched: small real documents and
/// hostile ones.
#[cfg(test)]
pub(crate) mod samples {
    use std::io::Write;

    pub fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, bytes) in entries {
                zip.start_file(*name, options).expect("entry");
                zip.write_all(bytes).expect("write");
            }
            zip.finish().expect("finish");
        }
        out.into_inner()
    }

    pub fn docx(text: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p><w:p><w:r><w:t>Second &amp; last paragraph</w:t></w:r></w:p></w:body></w:document>"#
        );
        // Entries in the order Word writes them (type detection relies on it).
        zip_with(&[
            ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#),
            ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#),
            ("word/document.xml", xml.as_bytes()),
        ])
    }

    pub fn odt(text: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h>Title</text:h><text:p>{text}</text:p></office:text></office:body></office:document-content>"#
        );
        // The mimetype entry comes first, stored: that is how ODF is recognised.
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let stored = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("mimetype", stored).expect("entry");
            zip.write_all(b"application/vnd.oasis.opendocument.text")
                .expect("write");
            let deflated = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            zip.start_file("content.xml", deflated).expect("entry");
            zip.write_all(xml.as_bytes()).expect("write");
            zip.finish().expect("finish");
        }
        out.into_inner()
    }

    /// A PDF with one line of text on each of `pages` pages.
    pub fn pdf(text: &str, pages: usize) -> Vec<u8> {
        use lopdf::content::{Content, Operation};
        use lopdf::{Document, Object, Stream, dictionary};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let resources_id = doc.add_object(dictionary! {
            "Font" => dictionary! { "F1" => font_id },
        });
        let mut kids = Vec::with_capacity(pages);
        for n in 0..pages {
            let content = Content {
                operations: vec![
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), 12.into()]),
                    Operation::new("Td", vec![50.into(), 700.into()]),
                    Operation::new("Tj", vec![Object::string_literal(format!("{text} {n}"))]),
                    Operation::new("ET", vec![]),
                ],
            };
            let content_id = doc.add_object(Stream::new(
                dictionary! {},
                content.encode().expect("content"),
            ));
            let page_id = doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            });
            kids.push(page_id.into());
        }
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => pages as i64,
                "Resources" => resources_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog_id);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::samples::{docx, odt, pdf as pdf_file, zip_with};
    use super::{ExtractError, Limits, extract};

    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const ODT: &str = "application/vnd.oasis.opendocument.text";

    #[test]
    fn text_comes_out_of_real_pdf_docx_and_odt_files() {
        let text = extract(DOCX, &docx("Raamovereenkomst cloud"), Limits::default()).expect("docx");
        assert!(text.contains("Raamovereenkomst cloud"), "{text}");
        assert!(text.contains("Second & last paragraph"), "{text}");
        let text =
            extract(ODT, &odt("Marché public de nettoyage"), Limits::default()).expect("odt");
        assert!(text.contains("Marché public de nettoyage"), "{text}");
        let text = extract(
            "application/pdf",
            &pdf_file("Award criteria", 2),
            Limits::default(),
        )
        .expect("pdf");
        assert!(
            text.contains("Award criteria 0") && text.contains("Award criteria 1"),
            "{text}"
        );
        let text = extract(
            "text/plain",
            "Plain   notes\nhere".as_bytes(),
            Limits::default(),
        )
        .expect("txt");
        assert_eq!(text, "Plain notes here");
        assert_eq!(
            extract("image/png", b"\x89PNG", Limits::default()),
            Err(ExtractError::NoText)
        );
    }

    #[test]
    fn a_zip_bomb_is_read_only_up_to_the_limit() {
        // 64 MB of zeros inside a document part, a few dozen KB compressed.
        let mut xml = b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>".to_vec();
        xml.extend(std::iter::repeat_n(b'0', 64 * 1024 * 1024));
        let bomb = zip_with(&[("word/document.xml", &xml)]);
        assert!(bomb.len() < 1024 * 1024);
        let limits = Limits {
            max_unzipped: 4 * 1024 * 1024,
            ..Limits::default()
        };
        // Read no further than the limit: the result is short text or a
        // refusal, never 64 MB in memory.
        match extract(DOCX, &bomb, limits) {
            Ok(text) => assert!(text.len() <= limits.max_text),
            Err(e) => assert!(matches!(
                e,
                ExtractError::Malformed(_) | ExtractError::TooComplex
            )),
        }
    }

    #[test]
    fn deeply_nested_xml_is_refused() {
        let mut xml = String::new();
        for _ in 0..10_000 {
            xml.push_str("<a>");
        }
        let nested = zip_with(&[("content.xml", xml.as_bytes())]);
        assert_eq!(
            extract(ODT, &nested, Limits::default()),
            Err(ExtractError::TooComplex)
        );
    }

    #[test]
    fn office_files_are_recognised_by_their_contents() {
        use praxis_domain::documents::detect;
        let mime = |bytes: &[u8], name: &str| {
            detect(&bytes[..bytes.len().min(64 * 1024)], name).map(|k| k.mime)
        };
        assert_eq!(mime(&docx("x"), "a.bin"), Some(DOCX));
        assert_eq!(mime(&odt("x"), "a.bin"), Some(ODT));
        let xlsx = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("_rels/.rels", b"<Relationships/>"),
            ("xl/workbook.xml", b"<workbook/>"),
        ]);
        assert_eq!(
            mime(&xlsx, "a.bin"),
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        let pptx = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("_rels/.rels", b"<Relationships/>"),
            ("ppt/presentation.xml", b"<presentation/>"),
        ]);
        assert_eq!(
            mime(&pptx, "a.bin"),
            Some("application/vnd.openxmlformats-officedocument.presentationml.presentation")
        );
        let plain_zip = zip_with(&[("notes/readme.md", b"hello")]);
        assert_eq!(mime(&plain_zip, "a.zip"), Some("application/zip"));
        assert_eq!(mime(&pdf_file("x", 1), "a.bin"), Some("application/pdf"));
    }

    #[test]
    fn a_ten_thousand_page_pdf_is_read_only_up_to_the_page_limit() {
        let big = pdf_file("Page", 10_000);
        let limits = Limits {
            max_pages: 50,
            ..Limits::default()
        };
        let text = extract("application/pdf", &big, limits).expect("pdf");
        assert!(text.contains("Page 49"));
        assert!(!text.contains("Page 50 "), "stopped at the page limit");
    }

    #[test]
    fn malformed_files_are_refused_not_crashed_on() {
        assert!(matches!(
            extract("application/pdf", b"%PDF-1.4 garbage", Limits::default()),
            Err(ExtractError::Malformed(_))
        ));
        assert!(matches!(
            extract(DOCX, b"PK\x03\x04 broken", Limits::default()),
            Err(ExtractError::Malformed(_))
        ));
    }
}
