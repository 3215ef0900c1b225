//! The index of a community's threads by content language (migration 21)
//! covered every thread, so SQLite's planner, which had no statistics for
//! it yet, chose it for the unfiltered list too and sorted the whole
//! community in a temporary tree: the list went from ~0.3 ms to ~30 ms.
//! The index now holds only threads whose language is known. A list
//! filtered by language (`content_language = ?`) implies that and can use
//! it; the unfiltered list cannot, and keeps `idx_threads_community_activity`,
//! which gives its order without sorting. The same on PostgreSQL.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const OLD: &str = "idx_threads_community_language";
const NEW: &str = "idx_threads_community_known_language";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let conn = manager.get_connection();
        conn.execute_unprepared(&format!("DROP INDEX IF EXISTS {OLD}"))
            .await?;
        conn.execute_unprepared(&format!(
            "CREATE INDEX IF NOT EXISTS {NEW} ON threads \
             (community_id, content_language, pinned, last_post_at, id) \
             WHERE content_language IS NOT NULL"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let conn = manager.get_connection();
        conn.execute_unprepared(&format!("DROP INDEX IF EXISTS {NEW}"))
            .await?;
        conn.execute_unprepared(&format!(
            "CREATE INDEX {OLD} ON threads \
             (community_id, content_language, pinned, last_post_at, id)"
        ))
        .await?;
        Ok(())
    }
}
