//! The shape of the search index: its fields and the text analysis of each
//! language. Change anything here and bump [`SCHEMA_VERSION`]: every node
//! then rebuilds its index from the database by itself.

use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};

pub const SCHEMA_VERSION: u32 = 4;

/// Each segment keeps its entries in community order. The permission filter
/// (the communities a member reads) then selects a few runs of neighbouring
/// entries, and the words' posting lists skip whole blocks of 128 between
/// them instead of decoding the entries of every other community: a search
/// costs what the member may see, not what the platform holds.
pub fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        sort_by_field: Some(tantivy::IndexSortByField {
            field: "community".into(),
            order: tantivy::Order::Asc,
        }),
        ..Default::default()
    }
}

/// The languages Praxis analyses with stemming; anything else is indexed
/// with the language-neutral analyser only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Nl,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    pub fn parse(raw: &str) -> Option<Lang> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    fn stemmer_language(self) -> Language {
        match self {
            Lang::En => Language::English,
            Lang::Nl => Language::Dutch,
            Lang::Fr => Language::French,
        }
    }

    /// Words of questions and pronouns beyond the stemmer's stop words:
    /// "how do we…" should search for what comes after, not match every
    /// question ever asked.
    fn question_words(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                "how", "what", "which", "who", "whom", "whose", "when", "where", "why", "do",
                "does", "did", "doing", "done", "we", "our", "us", "you", "your", "i", "me", "my",
                "he", "she", "his", "her", "its", "them", "can", "could", "should", "would",
                "shall", "may", "might", "must", "has", "have", "had", "having", "any", "anyone",
                "anybody", "someone", "somebody", "about", "from", "so", "also", "just", "here",
                "been", "being", "were", "am", "very", "too", "get", "got",
            ],
            Lang::Nl => &[
                "hoe", "wat", "welke", "welk", "waarom", "wanneer", "waar", "wie", "wij", "we",
                "jullie", "ons", "onze", "kan", "kunnen", "moet", "moeten", "heeft", "hebben",
                "iemand", "mijn", "jij", "jouw", "u", "uw", "graag",
            ],
            Lang::Fr => &[
                "comment", "quel", "quelle", "quels", "quelles", "pourquoi", "quand", "où", "ou",
                "qui", "que", "quoi", "nous", "vous", "notre", "nos", "votre", "vos", "peut",
                "peuvent", "doit", "doivent", "faut", "est", "sont", "avez", "avons", "quelqu",
                "un", "une",
            ],
        }
    }

    fn analyzer_name(self) -> &'static str {
        match self {
            Lang::En => "praxis_en",
            Lang::Nl => "praxis_nl",
            Lang::Fr => "praxis_fr",
        }
    }

    /// The language of `text` when the author did not say: the detector's
    /// answer among English, Dutch and French, English when it cannot tell.
    pub fn detect(text: &str) -> Lang {
        match praxis_domain::locale::detect(text) {
            Some(praxis_domain::Locale::Nl) => Lang::Nl,
            Some(praxis_domain::Locale::Fr) => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The declared language when there is one, else the detected one.
    pub fn declared_or_detected(declared: &str, text: &str) -> Lang {
        Lang::parse(declared).unwrap_or_else(|| Lang::detect(text))
    }
}

/// Language-neutral analysis: words lower-cased with diacritics folded.
const PLAIN_ANALYZER: &str = "praxis_plain";

/// Every field of the index, resolved once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `thread:1`, `post:2`, `document:3`, `person:4`: what a hit is.
    pub key: Field,
    pub kind: Field,
    pub id: Field,
    /// The community it belongs to (0 for people): the permission filter.
    pub community: Field,
    /// For threads and posts, the thread: a moved thread is reindexed whole.
    pub thread: Field,
    pub tags: Field,
    pub expertise: Field,
    /// The language of the content (`en`, `nl`, `fr`).
    pub lang: Field,
    /// For people: the languages they speak.
    pub speaks: Field,
    /// Unix milliseconds, for date filters, the recency boost and "newest
    /// first".
    pub created: Field,
    /// 1 for accepted answers and answered questions.
    pub accepted: Field,
    /// 1 for answers an expert verified (badge in force).
    pub verified: Field,
    /// For people: accepted answers written (earned evidence).
    pub evidence: Field,
    /// Shown, not searched: the title and text the snippet is cut from.
    pub title: Field,
    pub body: Field,
    pub title_by_lang: [Field; 3],
    pub body_by_lang: [Field; 3],
    /// Titles and names, unstemmed: prefix search and exact words in any
    /// language.
    pub title_plain: Field,
    /// For people: their organisation, for the directory's filter.
    pub organisation: Field,
}

impl Fields {
    pub fn title_in(&self, lang: Lang) -> Field {
        self.title_by_lang[lang as usize]
    }

    pub fn body_in(&self, lang: Lang) -> Field {
        self.body_by_lang[lang as usize]
    }
}

fn text_with(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let id = b.add_i64_field("id", STORED);
    let community = b.add_i64_field("community", INDEXED | STORED | FAST);
    let thread = b.add_i64_field("thread", INDEXED | STORED);
    let tags = b.add_text_field("tags", STRING | STORED);
    let expertise = b.add_text_field("expertise", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let speaks = b.add_text_field("speaks", STRING);
    let created = b.add_i64_field("created", INDEXED | STORED | FAST);
    let accepted = b.add_u64_field("accepted", STORED | FAST);
    let verified = b.add_u64_field("verified", STORED | FAST);
    let evidence = b.add_u64_field("evidence", STORED | FAST);
    let title = b.add_text_field("title", STORED);
    let body = b.add_text_field("body", STORED);
    let title_by_lang = Lang::ALL
        .map(|l| b.add_text_field(&format!("title_{}", l.code()), text_with(l.analyzer_name())));
    let body_by_lang = Lang::ALL
        .map(|l| b.add_text_field(&format!("body_{}", l.code()), text_with(l.analyzer_name())));
    let title_plain = b.add_text_field("title_plain", text_with(PLAIN_ANALYZER));
    let organisation = b.add_text_field("organisation", text_with(PLAIN_ANALYZER));
    (
        b.build(),
        Fields {
            key,
            kind,
            id,
            community,
            thread,
            tags,
            expertise,
            lang,
            speaks,
            created,
            accepted,
            verified,
            evidence,
            title,
            body,
            title_by_lang,
            body_by_lang,
            title_plain,
            organisation,
        },
    )
}

/// Words longer than this are noise (hashes, URLs) and are dropped.
const LONGEST_WORD: usize = 60;

/// The analyser of a language: words, lower-cased, stop words dropped,
/// diacritics folded, then stemmed, so "marchés", "marché" and "marches"
/// meet, as do "collectivités" and "collectivite", and "aanbestedingen" and
/// "aanbesteding". Folding first costs the stemmer a few accented suffixes
/// but makes a word typed without its accents (as people do in a search
/// box) stem like the written one.
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .dynamic();
    let builder = match StopWordFilter::new(lang.stemmer_language()) {
        Some(stop) => builder.filter_dynamic(stop),
        None => builder,
    };
    let builder = builder.filter_dynamic(StopWordFilter::remove(
        lang.question_words().iter().map(|w| (*w).to_owned()),
    ));
    builder
        .filter_dynamic(AsciiFoldingFilter)
        .filter_dynamic(Stemmer::new(lang.stemmer_language()))
        .build()
}

pub fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn register_analyzers(index: &Index) {
    for lang in Lang::ALL {
        index
            .tokenizers()
            .register(lang.analyzer_name(), analyzer(lang));
    }
    index
        .tokenizers()
        .register(PLAIN_ANALYZER, plain_analyzer());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: Lang, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |t| out.push(t.text.clone()));
        out
    }

    #[test]
    fn each_language_stems_and_folds() {
        assert_eq!(tokens(Lang::En, "tenders"), tokens(Lang::En, "tender"));
        assert_eq!(
            tokens(Lang::En, "procurements"),
            tokens(Lang::En, "procurement")
        );
        assert_eq!(
            tokens(Lang::Nl, "aanbestedingen"),
            tokens(Lang::Nl, "aanbesteding")
        );
        assert_eq!(tokens(Lang::Fr, "marchés"), tokens(Lang::Fr, "marché"));
        assert_eq!(tokens(Lang::Fr, "marchés"), tokens(Lang::Fr, "marches"));
        assert_eq!(tokens(Lang::Fr, "publiques"), tokens(Lang::Fr, "publique"));
        assert_eq!(tokens(Lang::Fr, "Économie"), tokens(Lang::Fr, "economie"));
        assert_eq!(
            tokens(Lang::Fr, "collectivités"),
            tokens(Lang::Fr, "collectivite")
        );
        assert_eq!(tokens(Lang::Nl, "Financiën"), tokens(Lang::Nl, "financien"));
    }

    #[test]
    fn question_words_are_not_searched() {
        assert_eq!(
            tokens(Lang::En, "How do we evaluate tenders?"),
            tokens(Lang::En, "evaluate tenders")
        );
        assert_eq!(
            tokens(Lang::Nl, "Hoe beoordelen wij"),
            tokens(Lang::Nl, "beoordelen")
        );
        assert_eq!(
            tokens(Lang::Fr, "Comment évaluer les offres ?"),
            tokens(Lang::Fr, "évaluer offres")
        );
    }

    #[test]
    fn plain_analysis_folds_without_stemming() {
        let mut analyzer = plain_analyzer();
        let mut stream = analyzer.token_stream("Marchés Publics");
        let mut out = Vec::new();
        stream.process(&mut |t| out.push(t.text.clone()));
        assert_eq!(out, ["marches", "publics"]);
    }

    #[test]
    fn detects_the_three_languages() {
        assert_eq!(
            Lang::detect(
                "How should we evaluate the most economically advantageous tender for cleaning services?"
            ),
            Lang::En
        );
        assert_eq!(
            Lang::detect(
                "Hoe beoordelen we de economisch meest voordelige inschrijving bij een aanbesteding voor schoonmaakdiensten?"
            ),
            Lang::Nl
        );
        assert_eq!(
            Lang::detect(
                "Comment évaluer l'offre économiquement la plus avantageuse dans un marché public de nettoyage ?"
            ),
            Lang::Fr
        );
        assert_eq!(
            Lang::declared_or_detected("nl", "plain english words"),
            Lang::Nl
        );
    }
}
