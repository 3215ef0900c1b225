//! "Was this page useful?" on the help pages (one answer per person and
//! page, which they may change), and the choice of moderators and managers
//! to get alerts by mail.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HelpVotes {
    Table,
    Page,
    UserId,
    Useful,
    VotedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    AlertMail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HelpVotes::Table)
                    .col(string_len(HelpVotes::Page, 80))
                    .col(big_integer(HelpVotes::UserId))
                    .col(boolean(HelpVotes::Useful))
                    .col(timestamp_with_time_zone(HelpVotes::VotedAt))
                    .primary_key(Index::create().col(HelpVotes::Page).col(HelpVotes::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(boolean(Users::AlertMail).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::AlertMail)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(HelpVotes::Table).to_owned())
            .await
    }
}
