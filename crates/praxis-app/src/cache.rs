//! Short-lived in-process caches for the hottest reads: who a session
//! belongs to (with their community roles), the current usage code version,
//! communities, and pages of threads.
//!
//! Every write through the use cases invalidates what it changed on this
//! node at once. Other nodes sharing the database see a change within the
//! entries' time to live (a few seconds), the price of serving thread pages
//! without a dozen queries each.
//!
//! A reader that loads from the database may race a writer: it reads the
//! old row, the writer commits and invalidates, then the reader inserts
//! what it read, and the stale entry would live for the whole time to live.
//! So every load takes a [`Ticket`] before it reads, every invalidation
//! advances a counter, and an insert whose ticket is older than the counter
//! drops the entry again right after inserting it. Checking after the insert
//! (not before) closes the gap: any invalidation that the check misses
//! happens after the insert and removes it.

use moka::sync::Cache;
use praxis_domain::{CommunityId, CommunityRole, ThreadId, UserId};
use praxis_store::accounts::{Author, Session, User};
use praxis_store::communities::Community;
use praxis_store::discussions::{Post, Thread};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Taken before a load from the database; see the module comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

/// A session with everything authorization needs about its person.
#[derive(Debug, Clone)]
pub struct CachedSession {
    pub session: Session,
    pub user: User,
    pub roles: Arc<HashMap<CommunityId, CommunityRole>>,
}

/// One page of a thread as stored (no per-reader data).
#[derive(Debug, Clone)]
pub struct ThreadPage {
    pub thread: Thread,
    pub posts: Vec<Arc<Post>>,
    pub accepted: Option<Arc<Post>>,
    pub authors: HashMap<UserId, Author>,
    pub attachments: HashMap<praxis_domain::PostId, Vec<praxis_store::documents::Attachment>>,
}

pub struct Caches {
    sessions: Cache<String, Arc<CachedSession>>,
    usage_code: Cache<(), i32>,
    communities: Cache<CommunityId, Arc<Community>>,
    thread_pages: Cache<(ThreadId, u64, u64), Arc<ThreadPage>>,
    /// How people appear next to what they wrote.
    authors: Cache<UserId, Author>,
    /// Community slugs to ids (slugs never change).
    slugs: Cache<String, CommunityId>,
    /// The newest documents of each library, offered to attach.
    attachable: Cache<CommunityId, Arc<Vec<(praxis_domain::DocumentId, String)>>>,
    /// Unread notifications per person (the header's counter).
    unread: Cache<UserId, u64>,
    /// Onboarding suggestions per organisation.
    suggestions: Cache<String, Arc<Vec<Community>>>,
    /// A community's most used tags; a minute out of date is fine.
    tags: Cache<CommunityId, Arc<Vec<(String, i64)>>>,
    /// Practitioners a question's page offers to ask, before the reader is
    /// left out (a directory search per view otherwise); a minute out of
    /// date is fine, asking someone forgets it at once.
    practitioners: Cache<ThreadId, Arc<Vec<User>>>,
    /// Advanced by every invalidation.
    invalidations: AtomicU64,
}

impl Default for Caches {
    fn default() -> Self {
        Self::new(Duration::from_secs(5))
    }
}

impl Caches {
    pub fn new(ttl: Duration) -> Self {
        Caches {
            sessions: Cache::builder()
                .max_capacity(50_000)
                .time_to_live(ttl)
                .support_invalidation_closures()
                .build(),
            usage_code: Cache::builder().max_capacity(1).time_to_live(ttl).build(),
            communities: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(ttl)
                .build(),
            thread_pages: Cache::builder()
                .max_capacity(20_000)
                .time_to_live(ttl)
                .support_invalidation_closures()
                .build(),
            authors: Cache::builder()
                .max_capacity(200_000)
                .time_to_live(ttl * 12)
                .build(),
            slugs: Cache::builder().max_capacity(10_000).build(),
            attachable: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(ttl)
                .build(),
            unread: Cache::builder()
                .max_capacity(100_000)
                .time_to_live(ttl)
                .build(),
            suggestions: Cache::builder()
                .max_capacity(1_000)
                .time_to_live(ttl * 12)
                .build(),
            tags: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(ttl * 12)
                .build(),
            practitioners: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(ttl * 12)
                .build(),
            invalidations: AtomicU64::new(0),
        }
    }

    /// Take before reading what a `put_*` will cache.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.invalidations.load(Ordering::SeqCst))
    }

    /// Whether something was invalidated since the ticket was taken.
    fn outdated(&self, ticket: Ticket) -> bool {
        self.invalidations.load(Ordering::SeqCst) != ticket.0
    }

    fn invalidating(&self) {
        self.invalidations.fetch_add(1, Ordering::SeqCst);
    }

    pub fn tags(&self, community: CommunityId) -> Option<Arc<Vec<(String, i64)>>> {
        self.tags.get(&community)
    }

    pub fn put_tags(
        &self,
        community: CommunityId,
        tags: Vec<(String, i64)>,
    ) -> Arc<Vec<(String, i64)>> {
        let tags = Arc::new(tags);
        self.tags.insert(community, tags.clone());
        tags
    }

    pub fn session(&self, token_hash: &str) -> Option<Arc<CachedSession>> {
        self.sessions.get(token_hash)
    }

    pub fn put_session(
        &self,
        ticket: Ticket,
        token_hash: String,
        session: CachedSession,
    ) -> Arc<CachedSession> {
        let session = Arc::new(session);
        self.sessions.insert(token_hash.clone(), session.clone());
        if self.outdated(ticket) {
            self.sessions.invalidate(&token_hash);
        }
        session
    }

    pub fn forget_session(&self, token_hash: &str) {
        self.invalidating();
        self.sessions.invalidate(token_hash);
    }

    /// After anything about a person changed: status, role, profile,
    /// memberships, usage code acceptance.
    pub fn forget_user(&self, user: UserId) {
        self.invalidating();
        let _ = self
            .sessions
            .invalidate_entries_if(move |_, cached| cached.user.id == user);
        self.authors.invalidate(&user);
    }

    pub fn author(&self, user: UserId) -> Option<Author> {
        self.authors.get(&user)
    }

    pub fn put_author(&self, ticket: Ticket, author: Author) {
        let id = author.id;
        self.authors.insert(id, author);
        if self.outdated(ticket) {
            self.authors.invalidate(&id);
        }
    }

    pub fn attachable(
        &self,
        community: CommunityId,
    ) -> Option<Arc<Vec<(praxis_domain::DocumentId, String)>>> {
        self.attachable.get(&community)
    }

    pub fn put_attachable(
        &self,
        ticket: Ticket,
        community: CommunityId,
        documents: Vec<(praxis_domain::DocumentId, String)>,
    ) -> Arc<Vec<(praxis_domain::DocumentId, String)>> {
        let documents = Arc::new(documents);
        self.attachable.insert(community, documents.clone());
        if self.outdated(ticket) {
            self.attachable.invalidate(&community);
        }
        documents
    }

    pub fn forget_attachable(&self, community: CommunityId) {
        self.invalidating();
        self.attachable.invalidate(&community);
    }

    pub fn unread(&self, user: UserId) -> Option<u64> {
        self.unread.get(&user)
    }

    pub fn put_unread(&self, ticket: Ticket, user: UserId, count: u64) {
        self.unread.insert(user, count);
        if self.outdated(ticket) {
            self.unread.invalidate(&user);
        }
    }

    /// After a notification for this person, or after they read some.
    pub fn forget_unread(&self, user: UserId) {
        self.invalidating();
        self.unread.invalidate(&user);
    }

    pub fn practitioners(&self, thread: ThreadId) -> Option<Arc<Vec<User>>> {
        self.practitioners.get(&thread)
    }

    pub fn put_practitioners(
        &self,
        ticket: Ticket,
        thread: ThreadId,
        people: Vec<User>,
    ) -> Arc<Vec<User>> {
        let people = Arc::new(people);
        if !self.outdated(ticket) {
            self.practitioners.insert(thread, people.clone());
        }
        people
    }

    pub fn forget_practitioners(&self, thread: ThreadId) {
        self.invalidating();
        self.practitioners.invalidate(&thread);
    }

    pub fn suggestions(&self, organisation: &str) -> Option<Arc<Vec<Community>>> {
        self.suggestions.get(organisation)
    }

    pub fn put_suggestions(
        &self,
        organisation: &str,
        communities: Vec<Community>,
    ) -> Arc<Vec<Community>> {
        let communities = Arc::new(communities);
        self.suggestions
            .insert(organisation.to_owned(), communities.clone());
        communities
    }

    pub fn community_id(&self, slug: &str) -> Option<CommunityId> {
        self.slugs.get(slug)
    }

    pub fn put_community_id(&self, slug: &str, id: CommunityId) {
        self.slugs.insert(slug.to_owned(), id);
    }

    pub fn usage_code_version(&self) -> Option<i32> {
        self.usage_code.get(&())
    }

    pub fn put_usage_code_version(&self, ticket: Ticket, version: i32) {
        self.usage_code.insert((), version);
        if self.outdated(ticket) {
            self.usage_code.invalidate(&());
        }
    }

    pub fn forget_usage_code(&self) {
        self.invalidating();
        self.usage_code.invalidate_all();
    }

    pub fn community(&self, id: CommunityId) -> Option<Arc<Community>> {
        self.communities.get(&id)
    }

    pub fn put_community(&self, ticket: Ticket, community: Community) -> Arc<Community> {
        let community = Arc::new(community);
        self.communities.insert(community.id, community.clone());
        if self.outdated(ticket) {
            self.communities.invalidate(&community.id);
        }
        community
    }

    pub fn forget_community(&self, id: CommunityId) {
        self.invalidating();
        self.communities.invalidate(&id);
    }

    pub fn thread_page(&self, key: (ThreadId, u64, u64)) -> Option<Arc<ThreadPage>> {
        self.thread_pages.get(&key)
    }

    pub fn put_thread_page(
        &self,
        ticket: Ticket,
        key: (ThreadId, u64, u64),
        page: ThreadPage,
    ) -> Arc<ThreadPage> {
        let page = Arc::new(page);
        self.thread_pages.insert(key, page.clone());
        if self.outdated(ticket) {
            self.thread_pages.invalidate(&key);
        }
        page
    }

    /// After a reply, edit, acceptance, reaction or moderation in a thread.
    pub fn forget_thread(&self, thread: ThreadId) {
        self.invalidating();
        let _ = self
            .thread_pages
            .invalidate_entries_if(move |(id, _, _), _| *id == thread);
    }

    /// Drops everything (tests that change data behind the use cases' back).
    pub fn clear(&self) {
        self.invalidating();
        self.practitioners.invalidate_all();
        self.sessions.invalidate_all();
        self.usage_code.invalidate_all();
        self.communities.invalidate_all();
        self.thread_pages.invalidate_all();
        self.tags.invalidate_all();
        self.authors.invalidate_all();
        self.slugs.invalidate_all();
        self.unread.invalidate_all();
        self.attachable.invalidate_all();
        self.suggestions.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_that_raced_an_invalidation_is_not_kept() {
        let caches = Caches::default();
        let reader = UserId(7);
        // The reader takes its ticket and reads 3 from the database...
        let ticket = caches.ticket();
        // ...a writer commits a fourth notification and invalidates...
        caches.forget_unread(reader);
        // ...and the reader, late, caches what it read.
        caches.put_unread(ticket, reader, 3);
        assert_eq!(caches.unread(reader), None);

        // Without a write in between, the value is kept.
        let ticket = caches.ticket();
        caches.put_unread(ticket, reader, 4);
        assert_eq!(caches.unread(reader), Some(4));
    }
}
