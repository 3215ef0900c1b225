//! Events with RSVPs and a waiting list, their shared slides, personal
//! calendar feeds, and each member's time zone.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    CommunityId,
    Title,
    Description,
    DescriptionHtml,
    StartsAt,
    EndsAt,
    TimeZone,
    Location,
    OnlineUrl,
    Capacity,
    GoingCount,
    ThreadId,
    CreatedBy,
    ReminderSentAt,
    CancelledAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRsvps {
    Table,
    EventId,
    UserId,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventDocuments {
    Table,
    EventId,
    DocumentId,
    AddedBy,
    AddedAt,
}

#[derive(DeriveIden)]
enum CalendarTokens {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(big_pk_auto(Events::Id))
                    // None: a platform-wide event.
                    .col(big_integer_null(Events::CommunityId))
                    .col(string_len(Events::Title, 200))
                    .col(text(Events::Description).default(""))
                    .col(text(Events::DescriptionHtml).default(""))
                    .col(timestamp_with_time_zone(Events::StartsAt))
                    .col(timestamp_with_time_zone(Events::EndsAt))
                    .col(string_len(Events::TimeZone, 64))
                    .col(string_len(Events::Location, 300).default(""))
                    .col(string_len(Events::OnlineUrl, 500).default(""))
                    .col(integer_null(Events::Capacity))
                    // Moved with the RSVPs in one transaction; never above capacity.
                    .col(integer(Events::GoingCount).default(0))
                    .col(big_integer_null(Events::ThreadId))
                    .col(big_integer(Events::CreatedBy))
                    .col(timestamp_with_time_zone_null(Events::ReminderSentAt))
                    .col(timestamp_with_time_zone_null(Events::CancelledAt))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .col(timestamp_with_time_zone(Events::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_events_starts_at")
                    .table(Events::Table)
                    .col(Events::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventRsvps::Table)
                    .col(big_integer(EventRsvps::EventId))
                    .col(big_integer(EventRsvps::UserId))
                    .col(string_len(EventRsvps::Status, 20))
                    // The waiting list's order: who asked first.
                    .col(timestamp_with_time_zone(EventRsvps::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(EventRsvps::EventId)
                            .col(EventRsvps::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_rsvps_user")
                    .table(EventRsvps::Table)
                    .col(EventRsvps::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventDocuments::Table)
                    .col(big_integer(EventDocuments::EventId))
                    .col(big_integer(EventDocuments::DocumentId))
                    .col(big_integer(EventDocuments::AddedBy))
                    .col(timestamp_with_time_zone(EventDocuments::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(EventDocuments::EventId)
                            .col(EventDocuments::DocumentId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarTokens::Table)
                    .col(big_pk_auto(CalendarTokens::Id))
                    .col(big_integer_uniq(CalendarTokens::UserId))
                    .col(string_len_uniq(CalendarTokens::TokenHash, 64))
                    .col(timestamp_with_time_zone(CalendarTokens::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len(Users::TimeZone, 64).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::TimeZone)
                    .to_owned(),
            )
            .await?;
        for table in [
            CalendarTokens::Table.into_iden(),
            EventDocuments::Table.into_iden(),
            EventRsvps::Table.into_iden(),
            Events::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
