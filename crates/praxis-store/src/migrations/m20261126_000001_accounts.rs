//! People, how they prove who they are, and the rules they accept.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    Organisation,
    PasswordHash,
    Role,
    Status,
    EmailVerifiedAt,
    Bio,
    Region,
    Languages,
    Locale,
    AcceptedUsageCodeVersion,
    SuspendedUntil,
    SuspensionReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EmailTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    TokenHash,
    CsrfToken,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum BuyerDomains {
    Table,
    Domain,
    AddedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UsageCodes {
    Table,
    Version,
    Text,
    PublishedBy,
    PublishedAt,
}

#[derive(DeriveIden)]
enum UsageCodeAcceptances {
    Table,
    Id,
    UserId,
    Version,
    AcceptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(big_pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len(Users::DisplayName, 60))
                    .col(string_len(Users::Organisation, 120))
                    .col(string_len(Users::PasswordHash, 200))
                    .col(string_len(Users::Role, 20))
                    .col(string_len(Users::Status, 20))
                    .col(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                    .col(text(Users::Bio).default(""))
                    .col(string_len(Users::Region, 120).default(""))
                    .col(string_len(Users::Languages, 200).default(""))
                    .col(string_len(Users::Locale, 8).default("en"))
                    .col(integer_null(Users::AcceptedUsageCodeVersion))
                    .col(timestamp_with_time_zone_null(Users::SuspendedUntil))
                    .col(text_null(Users::SuspensionReason))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_users_status_created")
                    .table(Users::Table)
                    .col(Users::Status)
                    .col(Users::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(EmailTokens::Table)
                    .col(big_pk_auto(EmailTokens::Id))
                    .col(big_integer(EmailTokens::UserId))
                    .col(string_len(EmailTokens::Purpose, 20))
                    .col(string_len_uniq(EmailTokens::TokenHash, 64))
                    .col(timestamp_with_time_zone(EmailTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailTokens::UsedAt))
                    .col(timestamp_with_time_zone(EmailTokens::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailTokens::Table, EmailTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_tokens_user")
                    .table(EmailTokens::Table)
                    .col(EmailTokens::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(big_pk_auto(Sessions::Id))
                    .col(big_integer(Sessions::UserId))
                    .col(string_len_uniq(Sessions::TokenHash, 64))
                    .col(string_len(Sessions::CsrfToken, 64))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(BuyerDomains::Table)
                    .col(string_len(BuyerDomains::Domain, 253).primary_key())
                    .col(big_integer_null(BuyerDomains::AddedBy))
                    .col(timestamp_with_time_zone(BuyerDomains::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(UsageCodes::Table)
                    .col(integer(UsageCodes::Version).primary_key())
                    .col(text(UsageCodes::Text))
                    .col(big_integer_null(UsageCodes::PublishedBy))
                    .col(timestamp_with_time_zone(UsageCodes::PublishedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(UsageCodeAcceptances::Table)
                    .col(big_pk_auto(UsageCodeAcceptances::Id))
                    .col(big_integer(UsageCodeAcceptances::UserId))
                    .col(integer(UsageCodeAcceptances::Version))
                    .col(timestamp_with_time_zone(UsageCodeAcceptances::AcceptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UsageCodeAcceptances::Table, UsageCodeAcceptances::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_usage_code_acceptances_user_version")
                    .table(UsageCodeAcceptances::Table)
                    .col(UsageCodeAcceptances::UserId)
                    .col(UsageCodeAcceptances::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            UsageCodeAcceptances::Table.into_iden(),
            UsageCodes::Table.into_iden(),
            BuyerDomains::Table.into_iden(),
            Sessions::Table.into_iden(),
            EmailTokens::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
