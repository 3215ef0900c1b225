//! Flags: members report a post to the community's moderators.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Flags {
    Table,
    Id,
    PostId,
    CommunityId,
    ReporterId,
    Reason,
    Text,
    Status,
    Decision,
    Note,
    ResolvedBy,
    ResolvedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Flags::Table)
                    .col(big_pk_auto(Flags::Id))
                    .col(big_integer(Flags::PostId))
                    .col(big_integer(Flags::CommunityId))
                    .col(big_integer(Flags::ReporterId))
                    .col(string_len(Flags::Reason, 30))
                    .col(text(Flags::Text).default(""))
                    .col(string_len(Flags::Status, 20).default("open"))
                    .col(string_len(Flags::Decision, 20).default(""))
                    .col(text(Flags::Note).default(""))
                    .col(big_integer_null(Flags::ResolvedBy))
                    .col(timestamp_with_time_zone_null(Flags::ResolvedAt))
                    .col(timestamp_with_time_zone(Flags::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // The queue: open flags of some communities, oldest first.
        manager
            .create_index(
                Index::create()
                    .name("idx_flags_status_community")
                    .table(Flags::Table)
                    .col(Flags::Status)
                    .col(Flags::CommunityId)
                    .col(Flags::Id)
                    .to_owned(),
            )
            .await?;
        // One open flag per member and post.
        manager
            .create_index(
                Index::create()
                    .name("idx_flags_post_reporter")
                    .table(Flags::Table)
                    .col(Flags::PostId)
                    .col(Flags::ReporterId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Flags::Table).to_owned())
            .await
    }
}
