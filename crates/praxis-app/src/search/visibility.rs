//! The permission filter of every search: the communities the searcher
//! reads, and people for members (not guests). Platform moderators read
//! everything and get no filter.
//!
//! Each segment keeps its entries in community order (see
//! [`super::schema::settings`]), so one community's entries are one run of
//! neighbouring doc ids, found by two binary searches on the `community`
//! column. The filter is a list of runs: nothing is read from the postings
//! and nothing is allocated per entry, where a term set would build a bitset
//! of every visible entry on each search. It scores nothing, so a filter
//! never changes the ranking.

use super::schema::Fields;
use crate::accounts::AuthContext;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EnableScoring, Explanation, Occur, Query, Scorer, TermQuery,
    TermSetQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption, Term};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

/// The entries of people carry this community.
const PEOPLE: i64 = 0;

/// The filter for `auth`, or `None` when they may read everything.
/// `sorted` says whether the index keeps segments in community order (every
/// index of this schema does; the term set is the fallback that does not
/// depend on it).
pub(crate) fn filter(fields: &Fields, auth: &AuthContext, sorted: bool) -> Option<Box<dyn Query>> {
    if auth.actor.reads_every_community() {
        return None;
    }
    // Guests are invited into one community, not into the directory.
    let people_visible = auth.user.role != praxis_domain::Role::Guest;
    let mut communities: Vec<i64> = auth.roles.keys().map(|c| c.0).collect();
    if sorted {
        if people_visible {
            communities.push(PEOPLE);
        }
        return Some(Box::new(InCommunities::new(fields.community, communities)));
    }
    let mut visible: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Should,
        Box::new(TermSetQuery::new(
            communities
                .into_iter()
                .map(|c| Term::from_field_i64(fields.community, c)),
        )),
    )];
    if people_visible {
        visible.push((
            Occur::Should,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.kind, super::HitKind::Person.as_str()),
                IndexRecordOption::Basic,
            )),
        ));
    }
    Some(Box::new(ConstScoreQuery::new(
        Box::new(BooleanQuery::new(visible)),
        0.0,
    )))
}

/// Entries whose `community` is one of a set, in an index sorted by it.
#[derive(Debug, Clone)]
pub(crate) struct InCommunities {
    field: Field,
    /// Sorted, without repeats.
    communities: Vec<i64>,
}

impl InCommunities {
    fn new(field: Field, mut communities: Vec<i64>) -> Self {
        communities.sort_unstable();
        communities.dedup();
        InCommunities { field, communities }
    }
}

impl Query for InCommunities {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for InCommunities {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let column = reader
            .fast_fields()
            .i64(reader.schema().get_field_name(self.field))?;
        let max_doc = reader.max_doc();
        // Every entry has a community, so the column is dense and doc ids
        // are its rows; `first` of an entry never misses.
        let at = |doc: DocId| column.first(doc).unwrap_or(i64::MIN);
        let first_at_least = |value: i64| -> DocId {
            let (mut low, mut high) = (0, max_doc);
            while low < high {
                let middle = low + (high - low) / 2;
                if at(middle) < value {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            low
        };
        let runs = self
            .communities
            .iter()
            .filter_map(|&community| {
                let start = first_at_least(community);
                let end = first_at_least(community.saturating_add(1));
                (start < end).then_some((start, end))
            })
            .collect();
        Ok(Box::new(Runs::new(runs)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("in a readable community", 0.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} is not in a readable community"
            )))
        }
    }
}

/// Doc ids in half-open runs `[start, end)`, in increasing order.
struct Runs {
    runs: Vec<(DocId, DocId)>,
    current: usize,
    doc: DocId,
}

impl Runs {
    fn new(runs: Vec<(DocId, DocId)>) -> Self {
        let doc = runs.first().map_or(TERMINATED, |r| r.0);
        Runs {
            runs,
            current: 0,
            doc,
        }
    }
}

impl DocSet for Runs {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.doc += 1;
        if self.doc >= self.runs[self.current].1 {
            self.current += 1;
            self.doc = self.runs.get(self.current).map_or(TERMINATED, |r| r.0);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        while self
            .runs
            .get(self.current)
            .is_some_and(|&(_, end)| end <= target)
        {
            self.current += 1;
        }
        self.doc = match self.runs.get(self.current) {
            Some(&(start, _)) => start.max(target),
            None => TERMINATED,
        };
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.runs.iter().map(|(start, end)| end - start).sum()
    }
}

impl Scorer for Runs {
    fn score(&mut self) -> Score {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(mut runs: Runs) -> Vec<DocId> {
        let mut out = Vec::new();
        while runs.doc() != TERMINATED {
            out.push(runs.doc());
            runs.advance();
        }
        out
    }

    #[test]
    fn runs_visit_each_doc_of_each_run_in_order() {
        assert_eq!(
            all(Runs::new(vec![(2, 4), (7, 8), (10, 12)])),
            [2, 3, 7, 10, 11]
        );
        assert_eq!(all(Runs::new(vec![])), Vec::<DocId>::new());
    }

    #[test]
    fn only_entries_of_the_chosen_communities_match_in_every_segment() -> tantivy::Result<()> {
        use tantivy::collector::{Count, DocSetCollector};
        use tantivy::schema::{FAST, INDEXED, STORED, Schema, Value};
        use tantivy::{Index, TantivyDocument};
        let mut schema = Schema::builder();
        let community = schema.add_i64_field("community", INDEXED | FAST);
        let id = schema.add_i64_field("id", STORED);
        let index = Index::builder()
            .schema(schema.build())
            .settings(super::super::schema::settings())
            .create_in_ram()?;
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        // Two commits, two segments, each sorted on its own.
        for (n, c) in [(1i64, 3i64), (2, 1), (3, 2), (4, 1), (5, 0)] {
            writer.add_document(tantivy::doc!(community => c, id => n))?;
        }
        writer.commit()?;
        for (n, c) in [(6i64, 3i64), (7, 2), (8, 0), (9, 1)] {
            writer.add_document(tantivy::doc!(community => c, id => n))?;
        }
        writer.commit()?;
        let searcher = index.reader()?.searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let ids = |communities: Vec<i64>| -> tantivy::Result<Vec<i64>> {
            let query = InCommunities::new(community, communities);
            let mut found: Vec<i64> = searcher
                .search(&query, &DocSetCollector)?
                .into_iter()
                .map(|address| {
                    let doc: TantivyDocument = searcher.doc(address).expect("stored");
                    doc.get_first(id).and_then(|v| v.as_i64()).unwrap_or(-1)
                })
                .collect();
            found.sort_unstable();
            Ok(found)
        };
        assert_eq!(ids(vec![3, 1])?, [1, 2, 4, 6, 9]);
        assert_eq!(ids(vec![0])?, [5, 8]);
        assert_eq!(ids(vec![2, 2, 7])?, [3, 7]);
        assert!(ids(vec![])?.is_empty());
        assert_eq!(
            searcher.search(&InCommunities::new(community, vec![1]), &Count)?,
            3
        );
        Ok(())
    }

    #[test]
    fn seeking_lands_on_the_target_or_the_next_run() {
        let mut runs = Runs::new(vec![(2, 4), (7, 8), (10, 12)]);
        assert_eq!(runs.seek(3), 3);
        assert_eq!(runs.seek(5), 7);
        assert_eq!(runs.seek(7), 7);
        assert_eq!(runs.seek(9), 10);
        assert_eq!(runs.seek(12), TERMINATED);
        assert_eq!(runs.advance(), TERMINATED);
    }
}
