//! Full-text search over threads, replies, library documents and members,
//! with tantivy.
//!
//! Each node keeps its own index under `<data-dir>/search/v<schema>/` and
//! follows the `search_changes` feed, which use cases write in the same
//! transaction as the change (see [`record`]). Following is idempotent: a
//! change means "look this up again", so replaying one is harmless. The
//! position reached is committed with the index (tantivy's commit payload),
//! so index and position never disagree after a crash.
//!
//! Positions are database sequence numbers, and on PostgreSQL a transaction
//! that took number 11 can commit after one that took 12. The follower
//! therefore remembers skipped numbers for a while ([`GAP_PATIENCE`]) and
//! looks for them again; its committed position never passes a number it
//! may still see.

mod documents;
pub mod query;
pub mod schema;
mod visibility;

pub use query::{Hit, HitKind, SearchPage, SearchRequest};
pub use schema::Lang;

use crate::App;
use anyhow::Context;
use praxis_store::search::{self as feed, Change, Entity};
use praxis_store::{ConnectionTrait, Db};
use schema::{Fields, SCHEMA_VERSION};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tantivy::schema::Term;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument};
use tokio::sync::{Mutex, watch};

/// How long a skipped position may still turn up (a PostgreSQL transaction
/// that has not committed yet). Longer than any write transaction of Praxis.
const GAP_PATIENCE: Duration = Duration::from_secs(60);
/// Changes read and applied per commit.
const BATCH: u64 = 2_000;
/// Rows loaded per query during a rebuild.
const REBUILD_BATCH: u64 = 1_000;
/// How long a search waits for this node's index to reach the newest change
/// before answering from what it has.
const FRESHNESS_WAIT: Duration = Duration::from_secs(1);
/// Memory the writer may buffer before it writes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;
/// How long the change feed is kept: a node away for longer rebuilds.
const FEED_RETENTION_DAYS: i64 = 7;

/// Records that something searchable changed. Call it inside the use case's
/// transaction.
pub async fn record(conn: &impl ConnectionTrait, entity: Entity, id: i64) -> anyhow::Result<()> {
    feed::record_change(conn, entity, id).await?;
    Ok(())
}

pub struct SearchIndex {
    index: Index,
    fields: Fields,
    reader: IndexReader,
    follower: Mutex<Follower>,
    /// The newest change visible to searches on this node.
    applied: watch::Sender<i64>,
    rebuilding: AtomicBool,
    needs_rebuild: AtomicBool,
    /// Whether skipped positions may still turn up: searches then look
    /// again even when the newest change is applied.
    awaiting_gaps: AtomicBool,
    path: PathBuf,
}

/// The writing side, one at a time.
struct Follower {
    writer: Option<IndexWriter>,
    /// Every change up to here is in the committed index.
    committed: i64,
    /// The highest change applied.
    applied: i64,
    /// Positions skipped, and since when.
    gaps: BTreeMap<i64, Instant>,
}

impl SearchIndex {
    /// Opens this node's index (creating it if it is missing or of an older
    /// schema). A new index over a database that already has content is
    /// marked for a rebuild, which the indexer does in the background.
    pub async fn open(data_dir: &Path, db: &Db) -> anyhow::Result<Self> {
        let root = data_dir.join("search");
        let path = root.join(format!("v{SCHEMA_VERSION}"));
        std::fs::create_dir_all(&path)
            .with_context(|| format!("creating the search index directory {}", path.display()))?;
        remove_older_versions(&root);
        let (schema, fields) = schema::build();
        let fresh = !path.join("meta.json").exists();
        let index = if fresh {
            Index::builder()
                .schema(schema)
                .settings(schema::settings())
                .create_in_dir(&path)?
        } else {
            Index::open_in_dir(&path)?
        };
        schema::register_analyzers(&index);
        let committed = committed_position(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let needs_rebuild = fresh && feed::totals(db).await? > 0;
        Ok(SearchIndex {
            index,
            fields,
            reader,
            follower: Mutex::new(Follower {
                writer: None,
                committed,
                applied: committed,
                gaps: BTreeMap::new(),
            }),
            applied: watch::channel(committed).0,
            rebuilding: AtomicBool::new(false),
            needs_rebuild: AtomicBool::new(needs_rebuild),
            awaiting_gaps: AtomicBool::new(false),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the index keeps each segment in community order, which the
    /// permission filter relies on (every index of this schema does).
    pub(crate) fn sorted_by_community(&self) -> bool {
        self.index
            .settings()
            .sort_by_field
            .as_ref()
            .is_some_and(|sort| sort.field == "community" && sort.order == tantivy::Order::Asc)
    }

    pub(crate) fn fields(&self) -> &Fields {
        &self.fields
    }

    pub(crate) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Asks for a rebuild from the database (after loading data that did
    /// not go through the use cases, such as the demo content).
    pub fn request_rebuild(&self) {
        self.needs_rebuild.store(true, Ordering::SeqCst);
    }

    pub fn needs_rebuild(&self) -> bool {
        self.needs_rebuild.load(Ordering::SeqCst)
    }

    pub fn is_rebuilding(&self) -> bool {
        self.rebuilding.load(Ordering::SeqCst)
    }

    /// Entries in the index (searchable now).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Lets a search see this node's index catch up with the newest change
    /// (read-your-writes), within [`FRESHNESS_WAIT`]. Never rebuilds.
    pub(crate) async fn ensure_fresh(&self, db: &Db) -> anyhow::Result<()> {
        if self.needs_rebuild() || self.is_rebuilding() {
            return Ok(());
        }
        let target = feed::last_seq(db).await?;
        if *self.applied.borrow() >= target && !self.awaiting_gaps.load(Ordering::SeqCst) {
            return Ok(());
        }
        if let Ok(mut follower) = self.follower.try_lock() {
            return self.follow(db, &mut follower).await;
        }
        let mut applied = self.applied.subscribe();
        let _ = tokio::time::timeout(FRESHNESS_WAIT, applied.wait_for(|a| *a >= target)).await;
        Ok(())
    }

    /// Applies every change not yet in the index (rebuilding first when
    /// needed). What the indexer loop and tests call.
    pub async fn catch_up(&self, db: &Db) -> anyhow::Result<()> {
        if self.needs_rebuild() {
            self.rebuild(db, &|_, _| {}).await?;
        }
        let mut follower = self.follower.lock().await;
        self.follow(db, &mut follower).await
    }

    async fn follow(&self, db: &Db, f: &mut Follower) -> anyhow::Result<()> {
        if let Some(first) = feed::first_seq(db).await?
            && first > f.applied + 1
            && f.applied > 0
        {
            // The feed no longer reaches back to where this index stopped.
            tracing::warn!(
                position = f.applied,
                first,
                "search index missed pruned changes; rebuilding"
            );
            self.needs_rebuild.store(true, Ordering::SeqCst);
            return Ok(());
        }
        if f.applied > feed::last_seq(db).await? {
            // The database is older than the index (restored from a
            // backup, or replaced): the index describes another world.
            tracing::warn!(
                position = f.applied,
                "search index is ahead of the database; rebuilding"
            );
            self.needs_rebuild.store(true, Ordering::SeqCst);
            return Ok(());
        }
        loop {
            let gap_seqs: Vec<i64> = f.gaps.keys().copied().collect();
            let mut changes = feed::changes_at(db, &gap_seqs).await?;
            let newer = feed::changes_after(db, f.applied, BATCH).await?;
            let read_everything = (newer.len() as u64) < BATCH;
            // Note the positions skipped among the newer changes.
            let mut expected = f.applied + 1;
            for change in &newer {
                for missing in expected..change.seq {
                    f.gaps.insert(missing, Instant::now());
                }
                expected = change.seq + 1;
            }
            for change in &changes {
                f.gaps.remove(&change.seq);
            }
            f.gaps.retain(|_, since| since.elapsed() < GAP_PATIENCE);
            self.awaiting_gaps
                .store(!f.gaps.is_empty(), Ordering::SeqCst);
            changes.extend(newer);
            if changes.is_empty() {
                return Ok(());
            }
            let highest = changes.iter().map(|c| c.seq).max().unwrap_or(f.applied);
            let applied = highest.max(f.applied);
            let committed = match f.gaps.keys().next() {
                Some(first_gap) => (*first_gap - 1).min(applied),
                None => applied,
            };
            self.apply(db, f, &changes).await?;
            self.commit(f, committed).await?;
            f.applied = applied;
            f.committed = committed;
            self.applied.send_replace(applied);
            if read_everything {
                return Ok(());
            }
        }
    }

    fn writer<'a>(&self, f: &'a mut Follower) -> anyhow::Result<&'a mut IndexWriter> {
        if f.writer.is_none() {
            let writer = self
                .index
                .writer_with_num_threads(1, WRITER_MEMORY)
                .context("opening the search index for writing (is `praxis reindex` running?)")?;
            f.writer = Some(writer);
        }
        Ok(f.writer.as_mut().expect("writer just set"))
    }

    /// Re-reads what these changes name and replaces their entries.
    async fn apply(&self, db: &Db, f: &mut Follower, changes: &[Change]) -> anyhow::Result<()> {
        let mut threads = HashSet::new();
        let mut posts = HashSet::new();
        let mut documents = HashSet::new();
        let mut people = HashSet::new();
        for change in changes {
            match change.entity {
                Some(Entity::Thread) => threads.insert(change.entity_id),
                Some(Entity::Post) => posts.insert(change.entity_id),
                Some(Entity::Document) => documents.insert(change.entity_id),
                Some(Entity::Person) => people.insert(change.entity_id),
                None => false,
            };
        }
        let fields = self.fields;
        let mut entries: Vec<TantivyDocument> = Vec::new();
        let mut deletions: Vec<Term> = Vec::new();

        // A thread is replaced whole: its entry and its replies' (their
        // community and title come from it).
        let thread_ids: Vec<i64> = threads.iter().copied().collect();
        let mut thread_post_ids = Vec::new();
        for id in &thread_ids {
            deletions.push(Term::from_field_i64(fields.thread, *id));
            for post in feed::post_ids_of_thread(db, *id).await? {
                posts.remove(&post);
                deletions.push(key_term(&fields, "post", post));
                thread_post_ids.push(post);
            }
        }
        entries.extend(entries_of(db, fields, Entity::Thread, &thread_ids).await?);
        for chunk in thread_post_ids.chunks(REBUILD_BATCH as usize) {
            entries.extend(entries_of(db, fields, Entity::Post, chunk).await?);
        }

        // A single post: its own entry, or its thread's when it opens it
        // (the opening post is the thread's body).
        let post_ids: Vec<i64> = posts.into_iter().collect();
        for id in &post_ids {
            deletions.push(key_term(&fields, "post", *id));
        }
        let sources = feed::posts_for_index(db, &post_ids).await?;
        let openers: Vec<i64> = sources
            .iter()
            .filter(|s| s.is_opening && !threads.contains(&s.thread.id.0))
            .map(|s| s.thread.id.0)
            .collect();
        for id in &openers {
            deletions.push(key_term(&fields, "thread", *id));
        }
        entries.extend(entries_of(db, fields, Entity::Thread, &openers).await?);
        entries.extend(
            build_blocking(move || {
                sources
                    .iter()
                    .filter_map(|s| documents::post(&fields, s))
                    .collect()
            })
            .await?,
        );

        for (entity, kind, ids) in [
            (Entity::Document, "document", documents),
            (Entity::Person, "person", people),
        ] {
            let ids: Vec<i64> = ids.into_iter().collect();
            deletions.extend(ids.iter().map(|id| key_term(&fields, kind, *id)));
            entries.extend(entries_of(db, fields, entity, &ids).await?);
        }

        let writer = self.writer(f)?;
        for term in deletions {
            writer.delete_term(term);
        }
        for entry in entries {
            writer.add_document(entry)?;
        }
        Ok(())
    }

    /// Commits what was written, with the position reached, and shows it to
    /// searches.
    async fn commit(&self, f: &mut Follower, position: i64) -> anyhow::Result<()> {
        let mut writer = match f.writer.take() {
            Some(writer) => writer,
            None => return Ok(()),
        };
        let payload = serde_json::json!({ "position": position }).to_string();
        let (writer, outcome) = tokio::task::spawn_blocking(move || {
            let outcome = writer.prepare_commit().and_then(|mut prepared| {
                prepared.set_payload(&payload);
                prepared.commit()
            });
            (writer, outcome)
        })
        .await
        .context("the search index commit panicked")?;
        f.writer = Some(writer);
        outcome.context("committing the search index")?;
        self.reader.reload()?;
        Ok(())
    }

    /// Rebuilds the whole index from the database. `progress(done, total)`
    /// is called as entries are read. Searches keep answering from the old
    /// index until the new one is committed.
    pub async fn rebuild(
        &self,
        db: &Db,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> anyhow::Result<()> {
        let mut f = self.follower.lock().await;
        self.rebuilding.store(true, Ordering::SeqCst);
        let outcome = self.rebuild_locked(db, &mut f, progress).await;
        self.rebuilding.store(false, Ordering::SeqCst);
        if outcome.is_err() {
            if let Some(writer) = f.writer.as_mut() {
                let _ = writer.rollback();
            }
        } else {
            self.needs_rebuild.store(false, Ordering::SeqCst);
        }
        outcome
    }

    async fn rebuild_locked(
        &self,
        db: &Db,
        f: &mut Follower,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> anyhow::Result<()> {
        // Changes from here on are replayed afterwards: harmless if the
        // rebuild already saw them.
        let start = feed::last_seq(db).await?;
        let total = feed::totals(db).await?;
        let fields = self.fields;
        self.writer(f)?.delete_all_documents()?;
        let mut done = 0_u64;
        progress(done, total);

        // Each kind in keyset order; replies in larger batches (they are
        // short), documents in smaller ones (their text may be a megabyte).
        for (entity, batch) in [
            (Entity::Thread, REBUILD_BATCH),
            (Entity::Post, REBUILD_BATCH * 5),
            (Entity::Document, REBUILD_BATCH / 10),
            (Entity::Person, REBUILD_BATCH),
        ] {
            let mut after = 0;
            loop {
                let ids = match entity {
                    Entity::Thread => feed::thread_ids_after(db, after, batch).await?,
                    Entity::Post => feed::post_ids_after(db, after, batch).await?,
                    Entity::Document => feed::document_ids_after(db, after, batch).await?,
                    Entity::Person => feed::person_ids_after(db, after, batch).await?,
                };
                let Some(last) = ids.last().copied() else {
                    break;
                };
                let entries = entries_of(db, fields, entity, &ids).await?;
                self.add_all(f, entries)?;
                done += ids.len() as u64;
                progress(done, total);
                after = last;
            }
        }
        self.commit(f, start).await?;
        f.applied = start;
        f.committed = start;
        f.gaps.clear();
        self.awaiting_gaps.store(false, Ordering::SeqCst);
        self.applied.send_replace(start);
        Ok(())
    }

    fn add_all(&self, f: &mut Follower, entries: Vec<TantivyDocument>) -> anyhow::Result<()> {
        let writer = self.writer(f)?;
        for entry in entries {
            writer.add_document(entry)?;
        }
        Ok(())
    }

    /// Releases the writer's lock on the index directory (so that another
    /// process, such as `praxis reindex`, may write).
    pub async fn close_writer(&self) {
        let mut f = self.follower.lock().await;
        if let Some(writer) = f.writer.take() {
            let _ = tokio::task::spawn_blocking(move || writer.wait_merging_threads()).await;
        }
    }
}

fn key_term(fields: &Fields, kind: &str, id: i64) -> Term {
    Term::from_field_text(fields.key, &documents::key(kind, id))
}

/// The index entries of these things as the database holds them now,
/// built on a blocking thread (language detection and Markdown are CPU
/// work). Things that are not indexed (hidden posts, inactive members) are
/// left out.
async fn entries_of(
    db: &Db,
    fields: Fields,
    entity: Entity,
    ids: &[i64],
) -> anyhow::Result<Vec<TantivyDocument>> {
    match entity {
        Entity::Thread => {
            let sources = feed::threads_for_index(db, ids).await?;
            build_blocking(move || {
                sources
                    .iter()
                    .map(|s| documents::thread(&fields, s))
                    .collect()
            })
            .await
        }
        Entity::Post => {
            let sources = feed::posts_for_index(db, ids).await?;
            build_blocking(move || {
                sources
                    .iter()
                    .filter_map(|s| documents::post(&fields, s))
                    .collect()
            })
            .await
        }
        Entity::Document => {
            let sources = feed::documents_for_index(db, ids).await?;
            build_blocking(move || {
                sources
                    .iter()
                    .map(|s| documents::document(&fields, s))
                    .collect()
            })
            .await
        }
        Entity::Person => {
            let sources = feed::people_for_index(db, ids).await?;
            build_blocking(move || {
                sources
                    .iter()
                    .filter_map(|s| documents::person(&fields, s))
                    .collect()
            })
            .await
        }
    }
}

async fn build_blocking(
    build: impl FnOnce() -> Vec<TantivyDocument> + Send + 'static,
) -> anyhow::Result<Vec<TantivyDocument>> {
    tokio::task::spawn_blocking(build)
        .await
        .context("building search entries panicked")
}

/// The feed position committed with the index (0 for a new one).
fn committed_position(index: &Index) -> anyhow::Result<i64> {
    let metas = index.load_metas()?;
    Ok(metas
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok())
        .and_then(|v| v["position"].as_i64())
        .unwrap_or(0))
}

/// Indexes of an older schema are of no further use once this one exists.
fn remove_older_versions(root: &Path) {
    let current = format!("v{SCHEMA_VERSION}");
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('v')
            && name != current
            && let Err(error) = std::fs::remove_dir_all(entry.path())
        {
            tracing::warn!(%error, dir = %entry.path().display(), "could not remove an old search index");
        }
    }
}

/// The indexer loop `praxis serve` runs: rebuilds when needed, then follows
/// the change feed, and prunes the feed once an hour.
pub async fn indexer(app: App, mut shutdown: watch::Receiver<bool>) {
    let mut last_prune: Option<Instant> = None;
    loop {
        if app.search.needs_rebuild() {
            tracing::info!("building the search index from the database");
            let started = Instant::now();
            let logged = std::sync::Mutex::new(Instant::now());
            let outcome = app
                .search
                .rebuild(&app.db, &|done, total| {
                    let mut at = logged.lock().unwrap_or_else(|e| e.into_inner());
                    if at.elapsed() > Duration::from_secs(10) {
                        tracing::info!(done, total, "building the search index");
                        *at = Instant::now();
                    }
                })
                .await;
            match outcome {
                Ok(()) => tracing::info!(
                    seconds = started.elapsed().as_secs(),
                    entries = app.search.num_docs(),
                    "search index built"
                ),
                Err(error) => {
                    tracing::error!(error = %format!("{error:#}"), "search index rebuild failed")
                }
            }
        }
        if let Err(error) = app.search.catch_up(&app.db).await {
            tracing::error!(error = %format!("{error:#}"), "search index could not follow changes");
        }
        if last_prune.is_none_or(|at| at.elapsed() > Duration::from_secs(3600)) {
            let before = praxis_store::now() - chrono::Duration::days(FEED_RETENTION_DAYS);
            match feed::prune_changes(&app.db, before).await {
                Ok(_) => last_prune = Some(Instant::now()),
                Err(error) => tracing::warn!(%error, "could not prune the search change feed"),
            }
        }
        tokio::select! {
            // Once a second: each commit writes and syncs files, which
            // competes with the database's own syncs; searches that need a
            // fresher index catch up themselves.
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = shutdown.changed() => {
                app.search.close_writer().await;
                return;
            }
        }
    }
}
