//! Counting what members read and download, for the indicators' "who only
//! reads" share and download counts. Each node counts in memory and adds
//! its counts to `daily_usage` every minute (the worker) and before
//! indicators are computed, so a page view costs no database write.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::AppResult;
use chrono::{NaiveDate, Utc};
use praxis_domain::{CommunityId, UserId};
use praxis_store::usage::{self as store, UsageCount};
use std::collections::HashMap;
use std::sync::Mutex;

type Key = (NaiveDate, i64, UserId);

#[derive(Default)]
pub struct UsageCounter {
    pending: Mutex<HashMap<Key, (i64, i64)>>,
}

impl UsageCounter {
    fn count(&self, key: Key, views: i64, downloads: i64) {
        // A poisoned lock only means another request panicked mid-count;
        // the counts are still usable.
        let mut pending = self
            .pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = pending.entry(key).or_default();
        entry.0 += views;
        entry.1 += downloads;
    }

    fn take(&self) -> Vec<UsageCount> {
        let mut pending = self
            .pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        pending
            .drain()
            .map(|((day, community, user), (views, downloads))| UsageCount {
                day,
                community,
                user,
                views,
                downloads,
            })
            .collect()
    }

    /// Puts back counts a failed write did not store.
    fn restore(&self, counts: Vec<UsageCount>) {
        for c in counts {
            self.count((c.day, c.community, c.user), c.views, c.downloads);
        }
    }
}

/// A view counts towards a community only for its members: the share of
/// members who read is about them, not about moderators passing by.
fn community_of(auth: &AuthContext, community: Option<CommunityId>) -> i64 {
    community
        .filter(|c| auth.role_in(*c).is_some())
        .map_or(0, |c| c.0)
}

/// A signed-in person read a page (of a community, when given).
pub fn viewed(app: &App, auth: &AuthContext, community: Option<CommunityId>) {
    let key = (
        Utc::now().date_naive(),
        community_of(auth, community),
        auth.user.id,
    );
    app.usage.count(key, 1, 0);
}

/// A signed-in person downloaded a file of a community's library.
pub fn downloaded(app: &App, auth: &AuthContext, community: CommunityId) {
    let key = (
        Utc::now().date_naive(),
        community_of(auth, Some(community)),
        auth.user.id,
    );
    app.usage.count(key, 0, 1);
}

/// Adds this node's counts to the database.
pub async fn flush(app: &App) -> AppResult<()> {
    let counts = app.usage.take();
    if counts.is_empty() {
        return Ok(());
    }
    let _write = app.write_gate().await;
    if let Err(error) = store::add(&app.db, &counts).await {
        app.usage.restore(counts);
        return Err(error.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_per_day_community_and_person() {
        let counter = UsageCounter::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
        counter.count((day, 3, UserId(7)), 1, 0);
        counter.count((day, 3, UserId(7)), 1, 0);
        counter.count((day, 3, UserId(7)), 0, 1);
        counter.count((day, 0, UserId(7)), 1, 0);
        let mut taken = counter.take();
        taken.sort_by_key(|c| c.community);
        assert_eq!(taken.len(), 2);
        assert_eq!((taken[1].views, taken[1].downloads), (2, 1));
        assert!(counter.take().is_empty(), "taken once");
        counter.restore(taken);
        assert_eq!(counter.take().len(), 2, "put back after a failed write");
    }
}
