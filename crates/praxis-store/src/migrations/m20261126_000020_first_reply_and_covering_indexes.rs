//! What the monitoring dashboard reads, kept where it is cheap to read even
//! when nothing is in memory yet (the dashboard is opened now and then, so
//! its first run is the usual one):
//!
//! - `threads.first_reply_at`: when someone other than the author first
//!   replied visibly. Computing it per question joined every reply of the
//!   period's questions, most of a second on a cold large data set; now a
//!   reply sets it and hiding a post recomputes it for that thread.
//! - Covering indexes, so that a period's threads, posts, documents and the
//!   members by organisation are read from one index range each, without a
//!   table lookup per row.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Threads {
    Table,
    FirstReplyAt,
}

/// Indexes of migration 19 that the wider ones below replace.
const REPLACED: [(&str, &str); 2] = [
    ("idx_threads_created", "threads"),
    ("idx_posts_created_author", "posts"),
];

const INDEXES: [(&str, &str, &[&str]); 4] = [
    (
        "idx_threads_created_cover",
        "threads",
        &[
            "created_at",
            "author_id",
            "kind",
            "first_reply_at",
            "accepted_post_id",
            "community_id",
        ],
    ),
    (
        "idx_posts_created_author_community",
        "posts",
        &["created_at", "author_id", "community_id"],
    ),
    ("idx_documents_created", "documents", &["created_at"]),
    (
        "idx_users_status_organisation",
        "users",
        &["status", "organisation", "email"],
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .add_column(
                        ColumnDef::new(Threads::FirstReplyAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE threads SET first_reply_at = \
                 (SELECT MIN(p.created_at) FROM posts p \
                  WHERE p.thread_id = threads.id AND p.author_id <> threads.author_id \
                  AND NOT p.hidden)",
            )
            .await?;
        for (name, table) in REPLACED {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        for (name, table, columns) in INDEXES {
            let mut index = Index::create();
            index.name(name).table(Alias::new(table));
            for column in columns {
                index.col(Alias::new(*column));
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in INDEXES {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_threads_created")
                    .table(Alias::new("threads"))
                    .col(Alias::new("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_posts_created_author")
                    .table(Alias::new("posts"))
                    .col(Alias::new("created_at"))
                    .col(Alias::new("author_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .drop_column(Threads::FirstReplyAt)
                    .to_owned(),
            )
            .await
    }
}
