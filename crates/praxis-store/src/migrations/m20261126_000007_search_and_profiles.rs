//! Search and the expertise directory: the change feed every node's search
//! index follows, members' expertise, and the language an author declared.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SearchChanges {
    Table,
    Seq,
    Entity,
    EntityId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Expertise,
}

#[derive(DeriveIden)]
enum Threads {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Append-only: each row says "this thing changed, look it up again".
        // Unlike `jobs`, nobody claims a row: every node reads the feed from
        // its own position, so each keeps its own index current.
        manager
            .create_table(
                Table::create()
                    .table(SearchChanges::Table)
                    .col(big_pk_auto(SearchChanges::Seq))
                    .col(string_len(SearchChanges::Entity, 20))
                    .col(big_integer(SearchChanges::EntityId))
                    .col(timestamp_with_time_zone(SearchChanges::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_changes_created")
                    .table(SearchChanges::Table)
                    .col(SearchChanges::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(text(Users::Expertise).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .add_column(string_len(Threads::Language, 8).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Threads::Table)
                    .drop_column(Threads::Language)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::Expertise)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(SearchChanges::Table).to_owned())
            .await
    }
}
