//! Invitations into a community (members and guests) and each community's
//! rules, which its managers edit.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    CommunityId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    Message,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
    RevokedAt,
    RevokedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Rules,
    RulesHtml,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(big_pk_auto(Invitations::Id))
                    .col(big_integer(Invitations::CommunityId))
                    .col(string_len(Invitations::Email, 320))
                    .col(string_len(Invitations::Role, 20))
                    // SHA-256 of the link's secret; the secret itself is only in the mail.
                    .col(string_len_uniq(Invitations::TokenHash, 64))
                    .col(big_integer(Invitations::InvitedBy))
                    .col(text(Invitations::Message).default(""))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AcceptedAt))
                    .col(big_integer_null(Invitations::AcceptedBy))
                    .col(timestamp_with_time_zone_null(Invitations::RevokedAt))
                    .col(big_integer_null(Invitations::RevokedBy))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // A community's invitations, newest first; and one address's.
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_community")
                    .table(Invitations::Table)
                    .col(Invitations::CommunityId)
                    .col(Invitations::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_email")
                    .table(Invitations::Table)
                    .col(Invitations::Email)
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per statement.
        manager
            .alter_table(
                Table::alter()
                    .table(Communities::Table)
                    .add_column(text(Communities::Rules).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Communities::Table)
                    .add_column(text(Communities::RulesHtml).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Communities::Rules, Communities::RulesHtml] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Communities::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Invitations::Table).to_owned())
            .await
    }
}
