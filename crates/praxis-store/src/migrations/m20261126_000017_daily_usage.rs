//! What members read and download, per day, person and community: the
//! "who only reads" share and the download counts of the indicators. One
//! row per person, community and day, never one per page view.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DailyUsage {
    Table,
    /// `YYYY-MM-DD` (UTC): sorts and compares the same on both backends.
    Day,
    /// 0 for pages outside any community.
    CommunityId,
    UserId,
    Views,
    Downloads,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DailyUsage::Table)
                    .col(string_len(DailyUsage::Day, 10))
                    .col(big_integer(DailyUsage::CommunityId))
                    .col(big_integer(DailyUsage::UserId))
                    .col(big_integer(DailyUsage::Views).default(0))
                    .col(big_integer(DailyUsage::Downloads).default(0))
                    .primary_key(
                        Index::create()
                            .col(DailyUsage::Day)
                            .col(DailyUsage::CommunityId)
                            .col(DailyUsage::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("daily_usage_community_day")
                    .table(DailyUsage::Table)
                    .col(DailyUsage::CommunityId)
                    .col(DailyUsage::Day)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DailyUsage::Table).to_owned())
            .await
    }
}
