//! The content language of threads (`threads.content_language`): the
//! language the author declared, else the one detected from the title and
//! the opening post (`praxis_domain::locale::content_language`), NULL when
//! it cannot be told. Members filter a community's list by it, so an index
//! serves that list in its usual order (pinned first, then newest
//! activity) for one language.
//!
//! Existing threads are filled in here, in Rust (the detector is not SQL),
//! a batch of threads at a time on both backends.

use praxis_domain::locale::content_language;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;
use std::collections::HashMap;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Threads {
    Table,
    Id,
    Title,
    Language,
    ContentLanguage,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    ThreadId,
    Body,
}

const INDEX: &str = "idx_threads_community_language";

/// Threads read and written per round of the backfill.
const BATCH: u64 = 500;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .add_column(
                        ColumnDef::new(Threads::ContentLanguage)
                            .string_len(8)
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        backfill(manager).await?;
        // A community's list for one language: pinned first, then newest
        // activity, as `idx_threads_community_activity` serves the whole list.
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(Threads::Table)
                    .col(Alias::new("community_id"))
                    .col(Threads::ContentLanguage)
                    .col(Alias::new("pinned"))
                    .col(Alias::new("last_post_at"))
                    .col(Threads::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table(Threads::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .drop_column(Threads::ContentLanguage)
                    .to_owned(),
            )
            .await
    }
}

/// Sets the content language of every thread, in batches by id: each batch
/// reads the threads and their opening posts (one query each) and writes
/// one `UPDATE … WHERE id IN (…)` per language.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let conn = manager.get_connection();
    let mut after = 0_i64;
    loop {
        let threads = conn
            .query_all(
                Query::select()
                    .columns([Threads::Id, Threads::Title, Threads::Language])
                    .from(Threads::Table)
                    .and_where(Expr::col(Threads::Id).gt(after))
                    .order_by(Threads::Id, Order::Asc)
                    .limit(BATCH),
            )
            .await?;
        let Some(last) = threads.last() else {
            return Ok(());
        };
        after = last.try_get::<i64>("", "id")?;
        let ids: Vec<i64> = threads
            .iter()
            .map(|row| row.try_get::<i64>("", "id"))
            .collect::<Result<_, _>>()?;
        // The opening post is each thread's first post.
        let openings = conn
            .query_all(
                Query::select()
                    .columns([Posts::ThreadId, Posts::Body])
                    .from(Posts::Table)
                    .and_where(
                        Expr::col(Posts::Id).in_subquery(
                            Query::select()
                                .expr(Expr::col(Posts::Id).min())
                                .from(Posts::Table)
                                .and_where(Expr::col(Posts::ThreadId).is_in(ids))
                                .group_by_col(Posts::ThreadId)
                                .to_owned(),
                        ),
                    ),
            )
            .await?;
        let mut bodies: HashMap<i64, String> = HashMap::with_capacity(openings.len());
        for row in openings {
            bodies.insert(row.try_get("", "thread_id")?, row.try_get("", "body")?);
        }
        let mut by_language: HashMap<&'static str, Vec<i64>> = HashMap::new();
        for row in &threads {
            let id: i64 = row.try_get("", "id")?;
            let title: String = row.try_get("", "title")?;
            let declared: String = row.try_get("", "language")?;
            let body = bodies.get(&id).map(String::as_str).unwrap_or("");
            if let Some(language) = content_language(&declared, &title, body) {
                by_language.entry(language.as_str()).or_default().push(id);
            }
        }
        for (language, ids) in by_language {
            conn.execute(
                Query::update()
                    .table(Threads::Table)
                    .value(Threads::ContentLanguage, language)
                    .and_where(Expr::col(Threads::Id).is_in(ids)),
            )
            .await?;
        }
    }
}
