//! Members' feedback on the platform: ideas, problems and praise, tagged
//! and answered by the operators.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Feedback {
    Table,
    Id,
    UserId,
    Kind,
    Text,
    Page,
    Tags,
    Answer,
    AnsweredBy,
    AnsweredAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(big_pk_auto(Feedback::Id))
                    .col(big_integer(Feedback::UserId))
                    .col(string_len(Feedback::Kind, 20))
                    .col(text(Feedback::Text))
                    .col(string_len(Feedback::Page, 500).default(""))
                    // Comma-separated, lower-case.
                    .col(string_len(Feedback::Tags, 500).default(""))
                    .col(text(Feedback::Answer).default(""))
                    .col(big_integer_null(Feedback::AnsweredBy))
                    .col(timestamp_with_time_zone_null(Feedback::AnsweredAt))
                    .col(timestamp_with_time_zone(Feedback::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Feedback::Table).to_owned())
            .await
    }
}
