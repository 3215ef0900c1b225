//! Indexes for the monitoring indicators, which ask "what happened between
//! these two moments": without them every figure scanned all posts (and
//! `SELECT DISTINCT author_id` walked the author index row by row), seven
//! seconds on the large data set. `(created_at, author_id)` covers the
//! active-member and weekly queries; `(community_id, created_at)` the same
//! for one community.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str, &[&str]); 4] = [
    (
        "idx_posts_created_author",
        "posts",
        &["created_at", "author_id"],
    ),
    (
        "idx_posts_community_created",
        "posts",
        &["community_id", "created_at"],
    ),
    ("idx_threads_created", "threads", &["created_at"]),
    ("idx_reactions_created", "reactions", &["created_at"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
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
        Ok(())
    }
}
