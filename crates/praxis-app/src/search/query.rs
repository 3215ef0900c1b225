//! Searching: the member's words, the filters they chose, and — always — the
//! communities they may read, combined into one tantivy query so counts and
//! pages only ever consider what the searcher may see.

use super::schema::{Fields, Lang};
use crate::accounts::AuthContext;
use crate::{App, AppError, AppResult};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use praxis_domain::{Paging, ValidationError};
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, RegexQuery,
    TermQuery, TermSetQuery,
};
use tantivy::schema::{IndexRecordOption, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, SegmentReader, TantivyDocument};

/// Longer queries are cut: nobody types more, and a pasted page must not
/// become ten thousand clauses.
pub const MAX_QUERY_CHARS: usize = 200;
/// Hits beyond this rank are not paged to (a search, not an export).
const DEEPEST_HIT: u64 = 10_000;
const SNIPPET_CHARS: usize = 220;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    Thread,
    Post,
    Document,
    Person,
}

impl HitKind {
    pub const ALL: [HitKind; 4] = [
        HitKind::Thread,
        HitKind::Post,
        HitKind::Document,
        HitKind::Person,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Thread => "thread",
            HitKind::Post => "post",
            HitKind::Document => "document",
            HitKind::Person => "person",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        HitKind::ALL.into_iter().find(|k| k.as_str() == raw)
    }
}

/// What a member asked for, as typed (the use case validates it).
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub q: String,
    /// `thread`, `post`, `document`, `person`, comma-separated; empty for all.
    pub kinds: Option<String>,
    /// A community slug.
    pub community: Option<String>,
    pub tag: Option<String>,
    pub lang: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Search-as-you-type: the last word may be the start of a word.
    pub prefix: bool,
    /// `relevance` (default) or `recent`.
    pub sort: Option<String>,
    pub paging: Paging,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    pub id: i64,
    pub title: String,
    /// Plain text around the best match.
    pub snippet: String,
    /// The same with the matched words in `<mark>`, HTML-escaped otherwise.
    pub snippet_html: String,
    pub community: Option<std::sync::Arc<praxis_store::communities::Community>>,
    /// For posts: the thread they belong to.
    pub thread_id: Option<i64>,
    pub lang: String,
    pub accepted: bool,
    /// An expert verified this answer.
    pub verified: bool,
    /// A person hit who is a guest (read live, not from the index, so a
    /// change of role shows at once).
    pub guest: bool,
    pub created_at: DateTime<Utc>,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct SearchPage {
    pub items: Vec<Hit>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// Full-text search over everything the member may see.
pub async fn search(
    app: &App,
    auth: &AuthContext,
    request: SearchRequest,
) -> AppResult<SearchPage> {
    let paging = request.paging.clamped();
    let mut v = crate::error::Validator::default();
    let kinds = request
        .kinds
        .as_deref()
        .and_then(|k| v.check(parse_kinds(k)))
        .unwrap_or_default();
    let lang = request
        .lang
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .and_then(|l| {
            v.check(Lang::parse(l).ok_or_else(|| {
                ValidationError::new("lang", "invalid_lang", "Choose en, nl or fr.")
            }))
        });
    let from = request
        .from
        .as_deref()
        .and_then(|d| v.check(parse_date("from", d, false)).flatten());
    let to = request
        .to
        .as_deref()
        .and_then(|d| v.check(parse_date("to", d, true)).flatten());
    let recent = match request.sort.as_deref().map(str::trim) {
        None | Some("") | Some("relevance") => false,
        Some("recent") => true,
        Some(_) => {
            v.check::<()>(Err(ValidationError::new(
                "sort",
                "invalid_sort",
                "Sort by relevance or recent.",
            )));
            false
        }
    };
    v.finish()?;

    let empty = SearchPage {
        items: Vec::new(),
        page: paging.page,
        per_page: paging.limit(),
        total: 0,
    };
    let words = cleaned(&request.q);
    if words.is_empty() {
        return Ok(empty);
    }
    // A community the member may not read answers exactly like one that
    // does not exist: nothing.
    let community = match request.community.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(slug) => match readable_community(app, auth, slug).await? {
            Some(c) => Some(c),
            None => return Ok(empty),
        },
    };
    app.search.ensure_fresh(&app.db).await?;
    let index = &app.search;
    let fields = *index.fields();
    let searcher = index.searcher();
    let Some(text) = text_query(index, &fields, &words, request.prefix) else {
        return Ok(empty);
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.box_clone())];
    if let Some(visible) = super::visibility::filter(&fields, auth, index.sorted_by_community()) {
        clauses.push((Occur::Must, visible));
    }
    if !kinds.is_empty() {
        clauses.push(filter(TermSetQuery::new(
            kinds
                .iter()
                .map(|k| Term::from_field_text(fields.kind, k.as_str())),
        )));
    }
    if let Some(c) = &community {
        clauses.push(filter(TermQuery::new(
            Term::from_field_i64(fields.community, c.id.0),
            IndexRecordOption::Basic,
        )));
    }
    if let Some(tag) = request
        .tag
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        clauses.push(filter(TermQuery::new(
            Term::from_field_text(fields.tags, &tag.to_lowercase()),
            IndexRecordOption::Basic,
        )));
    }
    if let Some(lang) = lang {
        clauses.push(filter(TermQuery::new(
            Term::from_field_text(fields.lang, lang.code()),
            IndexRecordOption::Basic,
        )));
    }
    if from.is_some() || to.is_some() {
        clauses.push(filter(date_range(&fields, from, to)));
    }
    let query = BooleanQuery::new(clauses);

    let offset = paging.offset();
    let limit = paging.limit();
    if offset >= DEEPEST_HIT {
        let total = run_count(&searcher, &query)?;
        return Ok(SearchPage { total, ..empty });
    }
    let (total, addresses) = if recent {
        let top = TopDocs::with_limit(limit as usize)
            .and_offset(offset as usize)
            .order_by_fast_field::<i64>("created", Order::Desc);
        let (total, hits) = searcher.search(&query, &(Count, top)).map_err(internal)?;
        (total, hits.into_iter().map(|(_, a)| a).collect::<Vec<_>>())
    } else {
        let now = Utc::now().timestamp_millis();
        let top = TopDocs::with_limit(limit as usize)
            .and_offset(offset as usize)
            .tweak_score(move |segment: &SegmentReader| boosted_score(segment, now));
        let (total, hits) = searcher.search(&query, &(Count, top)).map_err(internal)?;
        (total, hits.into_iter().map(|(_, a)| a).collect::<Vec<_>>())
    };
    let mut snippets = Snippets::new(&searcher, &*text, &fields);
    let mut items = Vec::with_capacity(addresses.len());
    for address in addresses {
        if let Some(hit) = hit_at(app, &searcher, &fields, address, &mut snippets).await? {
            items.push(hit);
        }
    }
    Ok(SearchPage {
        items,
        page: paging.page,
        per_page: limit,
        total: total as u64,
    })
}

fn internal(error: tantivy::TantivyError) -> AppError {
    AppError::Internal(anyhow::Error::new(error).context("searching the index"))
}

fn run_count(searcher: &Searcher, query: &dyn Query) -> AppResult<u64> {
    Ok(searcher.search(query, &Count).map_err(internal)? as u64)
}

/// Relevance, lifted for recent content (up to twice as much for today's,
/// half of that after three months), for accepted answers and answered
/// questions (half as much again) and for answers an expert verified.
fn boosted_score(segment: &SegmentReader, now: i64) -> impl Fn(tantivy::DocId, f32) -> f32 + use<> {
    let created = segment
        .fast_fields()
        .i64("created")
        .ok()
        .map(|c| c.first_or_default_col(now));
    let accepted = segment
        .fast_fields()
        .u64("accepted")
        .ok()
        .map(|c| c.first_or_default_col(0));
    let verified = segment
        .fast_fields()
        .u64("verified")
        .ok()
        .map(|c| c.first_or_default_col(0));
    move |doc, score| {
        let age_days = created
            .as_ref()
            .map(|c| (now - c.get_val(doc)).max(0) as f32 / 86_400_000.0)
            .unwrap_or(0.0);
        let recency = 1.0 + 1.0 / (1.0 + age_days / 90.0);
        let answer = match &accepted {
            Some(a) if a.get_val(doc) == 1 => 1.5,
            _ => 1.0,
        };
        // An expert's check counts for more than the asker's acceptance.
        let checked = match &verified {
            Some(v) if v.get_val(doc) == 1 => 1.75,
            _ => 1.0,
        };
        score * recency * answer * checked
    }
}

/// The query as typed, cut to length and without field syntax (`title:x`),
/// which would reach fields the member has no business naming.
pub(crate) fn cleaned(q: &str) -> String {
    let cut: String = q.chars().take(MAX_QUERY_CHARS).collect();
    cut.replace(':', " ").trim().to_owned()
}

/// The member's words as a query over every language's analysis (each field
/// stems the words its own way) and the plain titles. Syntax errors never
/// fail: the lenient parser keeps what it understood as plain terms.
pub(crate) fn text_query(
    index: &super::SearchIndex,
    fields: &Fields,
    words: &str,
    prefix: bool,
) -> Option<Box<dyn Query>> {
    // The plain titles are not searched for whole words: every title is
    // also in its language's field, and each field searched costs a posting
    // list per word.
    let mut searched = Vec::new();
    for lang in Lang::ALL {
        searched.push(fields.title_in(lang));
        searched.push(fields.body_in(lang));
    }
    let mut parser = QueryParser::for_index(&index.index, searched);
    for lang in Lang::ALL {
        parser.set_field_boost(fields.title_in(lang), 2.0);
    }
    let (parsed, _errors) = parser.parse_query_lenient(words);
    if !prefix {
        return Some(parsed);
    }
    // Search-as-you-type: the last word, unless finished with a space, may
    // be the beginning of a word in a title or name.
    let last = plain_words(words).pop()?;
    if words.ends_with(char::is_whitespace) || last.chars().count() < 2 {
        return Some(parsed);
    }
    // Plain analysis leaves only letters and digits: nothing to escape.
    let started = RegexQuery::from_pattern(&format!("{last}.*"), fields.title_plain).ok()?;
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Should, parsed),
        (
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(started), 1.5)),
        ),
    ])))
}

fn plain_words(text: &str) -> Vec<String> {
    let mut analyzer = super::schema::plain_analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    stream.process(&mut |t| out.push(t.text.clone()));
    out
}

/// A clause that narrows the hits without scoring, so choosing a filter
/// never reorders what remains.
fn filter(query: impl Query) -> (Occur, Box<dyn Query>) {
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(Box::new(query), 0.0)),
    )
}

fn date_range(fields: &Fields, from: Option<i64>, to: Option<i64>) -> RangeQuery {
    let bound = |v: Option<i64>| match v {
        Some(v) => Bound::Included(Term::from_field_i64(fields.created, v)),
        None => Bound::Unbounded,
    };
    RangeQuery::new(bound(from), bound(to))
}

fn parse_kinds(raw: &str) -> Result<Vec<HitKind>, ValidationError> {
    raw.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| {
            HitKind::parse(k).ok_or_else(|| {
                ValidationError::new(
                    "type",
                    "invalid_type",
                    "Choose thread, post, document or person.",
                )
                .with_arg("allowed", "thread, post, document, person")
            })
        })
        .collect()
}

/// A day (`2026-11-26`, the whole day) or an instant (RFC 3339), as unix
/// milliseconds; `end` picks the day's last second.
fn parse_date(field: &str, raw: &str, end: bool) -> Result<Option<i64>, ValidationError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if let Ok(day) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let time = if end {
            day.and_hms_milli_opt(23, 59, 59, 999)
        } else {
            day.and_hms_opt(0, 0, 0)
        };
        if let Some(t) = time {
            return Ok(Some(Utc.from_utc_datetime(&t).timestamp_millis()));
        }
    }
    DateTime::parse_from_rfc3339(raw)
        .map(|t| Some(t.timestamp_millis()))
        .map_err(|_| ValidationError::new(field, "invalid_date", "Give a date as YYYY-MM-DD."))
}

async fn readable_community(
    app: &App,
    auth: &AuthContext,
    slug: &str,
) -> AppResult<Option<std::sync::Arc<praxis_store::communities::Community>>> {
    match crate::communities::readable_community(app, auth, slug).await {
        Ok((community, _)) => Ok(Some(std::sync::Arc::new(community))),
        Err(AppError::NotFound) => Ok(None),
        Err(other) => Err(other),
    }
}

/// Snippet generators, one per language's body field, made when first needed.
struct Snippets<'a> {
    searcher: &'a Searcher,
    query: &'a dyn Query,
    fields: &'a Fields,
    by_lang: [Option<SnippetGenerator>; 3],
}

impl<'a> Snippets<'a> {
    fn new(searcher: &'a Searcher, query: &'a dyn Query, fields: &'a Fields) -> Self {
        Snippets {
            searcher,
            query,
            fields,
            by_lang: [None, None, None],
        }
    }

    fn cut(&mut self, lang: Lang, body: &str) -> (String, String) {
        let slot = &mut self.by_lang[lang as usize];
        if slot.is_none() {
            *slot = SnippetGenerator::create(self.searcher, self.query, self.fields.body_in(lang))
                .ok()
                .map(|mut g| {
                    g.set_max_num_chars(SNIPPET_CHARS);
                    g
                });
        }
        let snippet = slot.as_ref().map(|g| {
            let mut s = g.snippet(body);
            s.set_snippet_prefix_postfix("<mark>", "</mark>");
            s
        });
        match snippet {
            Some(s) if !s.is_empty() => (
                s.fragment().trim().to_owned(),
                s.to_html().trim().to_owned(),
            ),
            _ => {
                let start: String = body.chars().take(SNIPPET_CHARS).collect();
                let plain = start.trim().to_owned();
                let html = escape_html(&plain);
                (plain, html)
            }
        }
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn stored_i64(doc: &TantivyDocument, field: tantivy::schema::Field) -> i64 {
    doc.get_first(field).and_then(|v| v.as_i64()).unwrap_or(0)
}

pub(crate) fn stored_u64(doc: &TantivyDocument, field: tantivy::schema::Field) -> u64 {
    doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
}

async fn hit_at(
    app: &App,
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
    snippets: &mut Snippets<'_>,
) -> AppResult<Option<Hit>> {
    let doc: TantivyDocument = searcher.doc(address).map_err(internal)?;
    let Some(kind) = HitKind::parse(&stored_str(&doc, fields.kind)) else {
        return Ok(None);
    };
    let id = stored_i64(&doc, fields.id);
    let lang_code = stored_str(&doc, fields.lang);
    let lang = Lang::parse(&lang_code).unwrap_or(Lang::En);
    let body = stored_str(&doc, fields.body);
    let (snippet, snippet_html) = snippets.cut(lang, &body);
    let community_id = stored_i64(&doc, fields.community);
    let community = if community_id > 0 {
        crate::discussions::community_by_id(app, praxis_domain::CommunityId(community_id)).await?
    } else {
        None
    };
    let thread_id = doc.get_first(fields.thread).and_then(|v| v.as_i64());
    let guest = kind == HitKind::Person && {
        let person = praxis_domain::UserId(id);
        crate::discussions::authors(app, [person])
            .await?
            .get(&person)
            .is_some_and(|a| a.role == praxis_domain::Role::Guest)
    };
    let url = match kind {
        HitKind::Thread => format!("/threads/{id}"),
        HitKind::Post => format!("/threads/{}#post-{id}", thread_id.unwrap_or(0)),
        HitKind::Document => format!("/documents/{id}"),
        HitKind::Person => format!("/people/{id}"),
    };
    Ok(Some(Hit {
        kind,
        id,
        title: stored_str(&doc, fields.title),
        snippet,
        snippet_html,
        community,
        thread_id: (kind == HitKind::Post).then_some(thread_id).flatten(),
        lang: lang_code,
        accepted: stored_u64(&doc, fields.accepted) == 1,
        verified: stored_u64(&doc, fields.verified) == 1,
        guest,
        created_at: Utc
            .timestamp_millis_opt(stored_i64(&doc, fields.created))
            .single()
            .unwrap_or_default(),
        url,
    }))
}

/// The member directory's question to the index.
#[derive(Debug, Clone, Default)]
pub struct PeopleQuery {
    pub words: String,
    /// Any of these expertise codes.
    pub expertise: Vec<String>,
    /// Words of the organisation's name, all required.
    pub organisation: String,
    /// A language spoken (ISO 639-1).
    pub language: Option<String>,
}

/// Member ids matching the directory's filters, best first: by relevance
/// to the words (lifted by accepted answers), or by accepted answers when
/// no words were given. Returns the total and the page's ids, each with the
/// accepted answers the index holds for them.
pub(crate) async fn find_people(
    app: &App,
    query: &PeopleQuery,
    paging: Paging,
) -> AppResult<(u64, Vec<(i64, u64)>)> {
    app.search.ensure_fresh(&app.db).await?;
    let index = &app.search;
    let fields = *index.fields();
    let searcher = index.searcher();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Must,
        Box::new(TermQuery::new(
            Term::from_field_text(fields.kind, HitKind::Person.as_str()),
            IndexRecordOption::Basic,
        )),
    )];
    let words = cleaned(&query.words);
    let text = if words.is_empty() {
        None
    } else {
        text_query(index, &fields, &words, false)
    };
    if let Some(text) = &text {
        clauses.push((Occur::Must, text.box_clone()));
    }
    if !query.expertise.is_empty() {
        clauses.push((
            Occur::Must,
            Box::new(TermSetQuery::new(
                query
                    .expertise
                    .iter()
                    .map(|c| Term::from_field_text(fields.expertise, c)),
            )),
        ));
    }
    let organisation = plain_words(&cleaned(&query.organisation));
    for word in organisation {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.organisation, &word),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if let Some(language) = &query.language {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.speaks, language),
                IndexRecordOption::Basic,
            )),
        ));
    }
    let query = BooleanQuery::new(clauses);
    let paging = paging.clamped();
    if paging.offset() >= DEEPEST_HIT {
        return Ok((run_count(&searcher, &query)?, Vec::new()));
    }
    let top = TopDocs::with_limit(paging.limit() as usize).and_offset(paging.offset() as usize);
    let (total, addresses): (usize, Vec<DocAddress>) = if text.is_some() {
        let collector = top.tweak_score(|segment: &SegmentReader| evidence_boost(segment));
        let (total, hits) = searcher
            .search(&query, &(Count, collector))
            .map_err(internal)?;
        (total, hits.into_iter().map(|(_, a)| a).collect())
    } else {
        let collector = top.order_by_u64_field("evidence", Order::Desc);
        let (total, hits) = searcher
            .search(&query, &(Count, collector))
            .map_err(internal)?;
        (total, hits.into_iter().map(|(_, a)| a).collect())
    };
    let mut ids = Vec::with_capacity(addresses.len());
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(address).map_err(internal)?;
        ids.push((
            stored_i64(&doc, fields.id),
            stored_u64(&doc, fields.evidence),
        ));
    }
    Ok((total as u64, ids))
}

/// Relevance, lifted by the accepted answers a member wrote.
fn evidence_boost(segment: &SegmentReader) -> impl Fn(tantivy::DocId, f32) -> f32 + use<> {
    let evidence = segment
        .fast_fields()
        .u64("evidence")
        .ok()
        .map(|c| c.first_or_default_col(0));
    move |doc, score| {
        let accepted = evidence.as_ref().map(|e| e.get_val(doc)).unwrap_or(0);
        score * (1.0 + (1.0 + accepted as f32).ln() * 0.25)
    }
}
