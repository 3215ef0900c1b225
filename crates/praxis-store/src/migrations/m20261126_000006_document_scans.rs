//! Virus scanning of document versions (when a scanner is configured).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DocumentVersions {
    Table,
    ScanStatus,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DocumentVersions::Table)
                    .add_column(string_len(DocumentVersions::ScanStatus, 20).default("clean"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DocumentVersions::Table)
                    .drop_column(DocumentVersions::ScanStatus)
                    .to_owned(),
            )
            .await
    }
}
