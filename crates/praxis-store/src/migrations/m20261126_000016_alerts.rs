//! Alerts for the moderator: a dormant community, a question waiting too
//! long, flags piling up. Each is raised once (its key) and dismissable.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Alerts {
    Table,
    Id,
    Kind,
    Key,
    CommunityId,
    ThreadId,
    Details,
    CreatedAt,
    DismissedAt,
    DismissedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alerts::Table)
                    .col(big_pk_auto(Alerts::Id))
                    .col(string_len(Alerts::Kind, 40))
                    .col(string_len_uniq(Alerts::Key, 200))
                    .col(big_integer_null(Alerts::CommunityId))
                    .col(big_integer_null(Alerts::ThreadId))
                    .col(text(Alerts::Details).default(""))
                    .col(timestamp_with_time_zone(Alerts::CreatedAt))
                    .col(timestamp_with_time_zone_null(Alerts::DismissedAt))
                    .col(big_integer_null(Alerts::DismissedBy))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Alerts::Table).to_owned())
            .await
    }
}
