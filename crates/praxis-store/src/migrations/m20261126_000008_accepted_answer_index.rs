//! Finding a member's accepted answers (for the directory's evidence and the
//! search index) starts from their posts and needs the thread that accepted
//! each: an index on `threads.accepted_post_id`.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Threads {
    Table,
    AcceptedPostId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_threads_accepted_post")
                    .table(Threads::Table)
                    .col(Threads::AcceptedPostId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_threads_accepted_post")
                    .table(Threads::Table)
                    .to_owned(),
            )
            .await
    }
}
