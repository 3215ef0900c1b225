//! Documents attached to posts.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PostAttachments {
    Table,
    PostId,
    DocumentId,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PostAttachments::Table)
                    .col(big_integer(PostAttachments::PostId))
                    .col(big_integer(PostAttachments::DocumentId))
                    .col(integer(PostAttachments::Position))
                    .primary_key(
                        Index::create()
                            .col(PostAttachments::PostId)
                            .col(PostAttachments::DocumentId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PostAttachments::Table, PostAttachments::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PostAttachments::Table, PostAttachments::DocumentId)
                            .to(Documents::Table, Documents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_post_attachments_document")
                    .table(PostAttachments::Table)
                    .col(PostAttachments::DocumentId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PostAttachments::Table).to_owned())
            .await
    }
}
