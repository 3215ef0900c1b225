//! Questions to the helpdesk: answered privately, or published (usually
//! anonymised) to a community for discussion.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HelpdeskQuestions {
    Table,
    Id,
    AskerId,
    Subject,
    Body,
    PrivateDetails,
    Status,
    Answer,
    AnswerHtml,
    AnsweredBy,
    AnsweredAt,
    ThreadId,
    PublishedBy,
    PublishedAt,
    Anonymised,
    LinkedPostId,
    ClosedAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HelpdeskQuestions::Table)
                    .col(big_pk_auto(HelpdeskQuestions::Id))
                    .col(big_integer(HelpdeskQuestions::AskerId))
                    .col(string_len(HelpdeskQuestions::Subject, 200))
                    .col(text(HelpdeskQuestions::Body))
                    // Never published, whatever the choice of anonymity.
                    .col(text(HelpdeskQuestions::PrivateDetails).default(""))
                    .col(string_len(HelpdeskQuestions::Status, 20).default("open"))
                    .col(text(HelpdeskQuestions::Answer).default(""))
                    .col(text(HelpdeskQuestions::AnswerHtml).default(""))
                    .col(big_integer_null(HelpdeskQuestions::AnsweredBy))
                    .col(timestamp_with_time_zone_null(HelpdeskQuestions::AnsweredAt))
                    .col(big_integer_null(HelpdeskQuestions::ThreadId))
                    .col(big_integer_null(HelpdeskQuestions::PublishedBy))
                    .col(timestamp_with_time_zone_null(
                        HelpdeskQuestions::PublishedAt,
                    ))
                    .col(boolean(HelpdeskQuestions::Anonymised).default(true))
                    .col(big_integer_null(HelpdeskQuestions::LinkedPostId))
                    .col(timestamp_with_time_zone_null(HelpdeskQuestions::ClosedAt))
                    .col(timestamp_with_time_zone(HelpdeskQuestions::CreatedAt))
                    .col(timestamp_with_time_zone(HelpdeskQuestions::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_helpdesk_questions_status")
                    .table(HelpdeskQuestions::Table)
                    .col(HelpdeskQuestions::Status)
                    .col(HelpdeskQuestions::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_helpdesk_questions_asker")
                    .table(HelpdeskQuestions::Table)
                    .col(HelpdeskQuestions::AskerId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(HelpdeskQuestions::Table).to_owned())
            .await
    }
}
