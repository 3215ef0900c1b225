//! From what the database holds to what the index holds: one index entry per
//! thread (its title and opening post), reply, library document and member.
//! Hidden posts, quarantined versions and members who are not active are
//! left out, so no query can ever find them.

use super::schema::{Fields, Lang};
use praxis_domain::{UserStatus, markdown, taxonomy};
use praxis_store::search::{DocumentSource, PersonSource, PostSource, ThreadSource};
use tantivy::TantivyDocument;

/// Text beyond this is not indexed: a 500-page report is still found by
/// what its first megabyte says.
const MAX_INDEXED_CHARS: usize = 1_000_000;
/// The text kept to cut snippets from.
const MAX_STORED_CHARS: usize = 20_000;

pub fn key(kind: &str, id: i64) -> String {
    format!("{kind}:{id}")
}

fn truncated(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

struct Entry<'a> {
    kind: &'static str,
    id: i64,
    community: i64,
    thread: Option<i64>,
    lang: Lang,
    title: &'a str,
    body: &'a str,
    tags: &'a [String],
    expertise: &'a [String],
    created: i64,
    accepted: bool,
    verified: bool,
    /// Whether the title is this entry's own words (a reply shows its
    /// thread's title but the thread already answers for it).
    title_is_own: bool,
    /// For people: accepted answers written.
    evidence: u64,
}

fn entry(f: &Fields, e: Entry<'_>) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.key, key(e.kind, e.id));
    doc.add_text(f.kind, e.kind);
    doc.add_i64(f.id, e.id);
    doc.add_i64(f.community, e.community);
    if let Some(thread) = e.thread {
        doc.add_i64(f.thread, thread);
    }
    for tag in e.tags {
        doc.add_text(f.tags, tag.to_lowercase());
    }
    for code in e.expertise {
        doc.add_text(f.expertise, code);
    }
    doc.add_text(f.lang, e.lang.code());
    doc.add_i64(f.created, e.created);
    doc.add_u64(f.accepted, u64::from(e.accepted));
    doc.add_u64(f.verified, u64::from(e.verified));
    doc.add_u64(f.evidence, e.evidence);
    doc.add_text(f.title, e.title);
    doc.add_text(f.body, truncated(e.body, MAX_STORED_CHARS));
    if e.title_is_own && !e.title.is_empty() {
        doc.add_text(f.title_in(e.lang), e.title);
        doc.add_text(f.title_plain, e.title);
    }
    doc.add_text(f.body_in(e.lang), truncated(e.body, MAX_INDEXED_CHARS));
    doc
}

pub fn thread(f: &Fields, source: &ThreadSource) -> TantivyDocument {
    let t = &source.thread;
    let body = source
        .opening_post
        .as_ref()
        .filter(|p| !p.hidden && !p.deleted)
        .map(|p| markdown::to_plain_text(&p.body))
        .unwrap_or_default();
    let lang = Lang::declared_or_detected(&source.language, &format!("{} {body}", t.title));
    entry(
        f,
        Entry {
            kind: "thread",
            id: t.id.0,
            community: t.community_id.0,
            thread: Some(t.id.0),
            lang,
            title: &t.title,
            body: &body,
            tags: &t.tags,
            expertise: &t.expertise,
            created: t.created_at.timestamp_millis(),
            accepted: t.accepted_post_id.is_some(),
            verified: false,
            title_is_own: true,
            evidence: 0,
        },
    )
}

/// A reply; `None` for what is not indexed on its own (hidden posts and the
/// opening post, which is the thread's body).
pub fn post(f: &Fields, source: &PostSource) -> Option<TantivyDocument> {
    if source.is_opening || source.post.hidden || source.post.deleted {
        return None;
    }
    let p = &source.post;
    let body = markdown::to_plain_text(&p.body);
    // A reply is in the thread's declared language, or its own.
    let lang = Lang::declared_or_detected(&source.language, &body);
    Some(entry(
        f,
        Entry {
            kind: "post",
            id: p.id.0,
            community: source.thread.community_id.0,
            thread: Some(source.thread.id.0),
            lang,
            title: &source.thread.title,
            body: &body,
            tags: &source.thread.tags,
            expertise: &source.thread.expertise,
            created: p.created_at.timestamp_millis(),
            accepted: source.thread.accepted_post_id == Some(p.id),
            verified: source.verified,
            title_is_own: false,
            evidence: 0,
        },
    ))
}

pub fn document(f: &Fields, source: &DocumentSource) -> TantivyDocument {
    let d = &source.document;
    let text = source.text.as_deref().unwrap_or("");
    let body = if d.description.is_empty() {
        text.to_owned()
    } else {
        format!("{}\n{}", markdown::to_plain_text(&d.description), text)
    };
    let lang = Lang::detect(&format!("{} {}", d.title, truncated(&body, 2_000)));
    entry(
        f,
        Entry {
            kind: "document",
            id: d.id.0,
            community: d.community_id.0,
            thread: None,
            lang,
            title: &d.title,
            body: &body,
            tags: &d.tags,
            expertise: &[],
            created: d.updated_at.timestamp_millis(),
            accepted: false,
            verified: false,
            title_is_own: true,
            evidence: 0,
        },
    )
}

/// A member, when they are active: their name and organisation as the
/// title, their bio and region as text, and the labels of their expertise
/// in every language, so "innovatiepartnerschap" finds the same people as
/// "innovation partnership".
pub fn person(f: &Fields, source: &PersonSource) -> Option<TantivyDocument> {
    let u = &source.user;
    if u.status != UserStatus::Active {
        return None;
    }
    let lang = Lang::detect(&u.bio);
    let title = u.display_name.as_str();
    let body = [u.organisation.as_str(), u.region.as_str(), u.bio.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let mut doc = entry(
        f,
        Entry {
            kind: "person",
            id: u.id.0,
            community: 0,
            thread: None,
            lang,
            title,
            body: &body,
            tags: &[],
            expertise: &u.expertise,
            created: u.created_at.timestamp_millis(),
            accepted: false,
            verified: false,
            title_is_own: true,
            evidence: source.accepted_answers.max(0) as u64,
        },
    );
    doc.add_text(f.title_plain, &u.organisation);
    doc.add_text(f.organisation, &u.organisation);
    for spoken in &u.languages {
        doc.add_text(f.speaks, spoken);
    }
    for code in &u.expertise {
        if let Some(item) = taxonomy::find(code) {
            for l in Lang::ALL {
                doc.add_text(f.body_in(l), item.label_in(l.code()));
            }
        }
    }
    Some(doc)
}
