//! Experts designated per expertise code, verified answers with their legal
//! reference, and practitioners asked to answer a question.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ExpertDesignations {
    Table,
    UserId,
    Code,
    DesignatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PostVerifications {
    Table,
    PostId,
    ThreadId,
    CommunityId,
    VerifiedBy,
    Reference,
    ReferenceUrl,
    ReviewBy,
    VerifiedAt,
    SuspendedAt,
}

#[derive(DeriveIden)]
enum ExpertRequests {
    Table,
    ThreadId,
    UserId,
    RequestedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ExpertDesignations::Table)
                    .col(big_integer(ExpertDesignations::UserId))
                    .col(string_len(ExpertDesignations::Code, 80))
                    .col(big_integer(ExpertDesignations::DesignatedBy))
                    .col(timestamp_with_time_zone(ExpertDesignations::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ExpertDesignations::UserId)
                            .col(ExpertDesignations::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PostVerifications::Table)
                    .col(big_integer(PostVerifications::PostId).primary_key())
                    .col(big_integer(PostVerifications::ThreadId))
                    .col(big_integer(PostVerifications::CommunityId))
                    .col(big_integer(PostVerifications::VerifiedBy))
                    .col(string_len(PostVerifications::Reference, 300))
                    .col(string_len(PostVerifications::ReferenceUrl, 500).default(""))
                    .col(date(PostVerifications::ReviewBy))
                    .col(timestamp_with_time_zone(PostVerifications::VerifiedAt))
                    // Set by an edit of the post: the badge waits for a new check.
                    .col(timestamp_with_time_zone_null(
                        PostVerifications::SuspendedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_post_verifications_community")
                    .table(PostVerifications::Table)
                    .col(PostVerifications::CommunityId)
                    .col(PostVerifications::VerifiedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_post_verifications_thread")
                    .table(PostVerifications::Table)
                    .col(PostVerifications::ThreadId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExpertRequests::Table)
                    .col(big_integer(ExpertRequests::ThreadId))
                    .col(big_integer(ExpertRequests::UserId))
                    .col(big_integer(ExpertRequests::RequestedBy))
                    .col(timestamp_with_time_zone(ExpertRequests::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ExpertRequests::ThreadId)
                            .col(ExpertRequests::UserId),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ExpertRequests::Table.into_iden(),
            PostVerifications::Table.into_iden(),
            ExpertDesignations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
