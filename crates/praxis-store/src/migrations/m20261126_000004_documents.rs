//! Community libraries: documents and their versions.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    CommunityId,
    Title,
    Description,
    DescriptionHtml,
    Tags,
    DocType,
    Folder,
    UploaderId,
    CurrentVersion,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DocumentVersions {
    Table,
    Id,
    DocumentId,
    Version,
    Sha256,
    Size,
    ContentType,
    FileName,
    Note,
    UploaderId,
    TextStatus,
    ExtractedText,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(big_pk_auto(Documents::Id))
                    .col(big_integer(Documents::CommunityId))
                    .col(string_len(Documents::Title, 200))
                    .col(text(Documents::Description).default(""))
                    .col(text(Documents::DescriptionHtml).default(""))
                    .col(string_len(Documents::Tags, 200).default(""))
                    .col(string_len(Documents::DocType, 20))
                    .col(string_len(Documents::Folder, 80).default(""))
                    .col(big_integer(Documents::UploaderId))
                    .col(integer(Documents::CurrentVersion).default(1))
                    .col(timestamp_with_time_zone(Documents::CreatedAt))
                    .col(timestamp_with_time_zone(Documents::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Documents::Table, Documents::CommunityId)
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_documents_community_updated")
                    .table(Documents::Table)
                    .col(Documents::CommunityId)
                    .col(Documents::UpdatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentVersions::Table)
                    .col(big_pk_auto(DocumentVersions::Id))
                    .col(big_integer(DocumentVersions::DocumentId))
                    .col(integer(DocumentVersions::Version))
                    .col(string_len(DocumentVersions::Sha256, 64))
                    .col(big_integer(DocumentVersions::Size))
                    .col(string_len(DocumentVersions::ContentType, 120))
                    .col(string_len(DocumentVersions::FileName, 200))
                    .col(text(DocumentVersions::Note).default(""))
                    .col(big_integer(DocumentVersions::UploaderId))
                    .col(string_len(DocumentVersions::TextStatus, 20).default("pending"))
                    .col(text_null(DocumentVersions::ExtractedText))
                    .col(timestamp_with_time_zone(DocumentVersions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DocumentVersions::Table, DocumentVersions::DocumentId)
                            .to(Documents::Table, Documents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_versions_document_version")
                    .table(DocumentVersions::Table)
                    .col(DocumentVersions::DocumentId)
                    .col(DocumentVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_versions_sha256")
                    .table(DocumentVersions::Table)
                    .col(DocumentVersions::Sha256)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DocumentVersions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Documents::Table).to_owned())
            .await
    }
}
