//! Communities, their members, threads and posts, reactions, follows and
//! notifications.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Handle,
    EmailFrequency,
    LastDigestAt,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Description,
    DescriptionHtml,
    Membership,
    MemberCount,
    ThreadCount,
    PostCount,
    LastActivityAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CommunityMembers {
    Table,
    CommunityId,
    UserId,
    Role,
    JoinedAt,
}

#[derive(DeriveIden)]
enum JoinRequests {
    Table,
    Id,
    CommunityId,
    UserId,
    Message,
    Status,
    DecidedBy,
    DecidedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Threads {
    Table,
    Id,
    CommunityId,
    AuthorId,
    Kind,
    Title,
    Tags,
    Expertise,
    Pinned,
    Locked,
    AcceptedPostId,
    ReplyCount,
    LastPostAt,
    LastPosterId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ThreadTags {
    Table,
    Tag,
    ThreadId,
    CommunityId,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    ThreadId,
    CommunityId,
    AuthorId,
    ReplyTo,
    Body,
    BodyHtml,
    HelpfulCount,
    Hidden,
    CreatedAt,
    EditedAt,
}

#[derive(DeriveIden)]
enum PostRevisions {
    Table,
    Id,
    PostId,
    Body,
    BodyHtml,
    EditedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reactions {
    Table,
    PostId,
    UserId,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ThreadSubscriptions {
    Table,
    UserId,
    ThreadId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CommunitySubscriptions {
    Table,
    UserId,
    CommunityId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    ActorId,
    CommunityId,
    ThreadId,
    PostId,
    CreatedAt,
    ReadAt,
    EmailedAt,
}

#[derive(DeriveIden)]
enum ScheduledRuns {
    Table,
    Name,
    Period,
    CreatedAt,
}

fn index(name: &str, table: impl IntoIden, cols: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(Alias::new(*col));
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Mentions look people up by handle; mail preferences and digests.
        for column in [
            string_len(Users::Handle, 80).default("").take(),
            string_len(Users::EmailFrequency, 20)
                .default("daily")
                .take(),
            timestamp_with_time_zone_null(Users::LastDigestAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(index("idx_users_handle", Users::Table, &["handle"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Communities::Table)
                    .col(big_pk_auto(Communities::Id))
                    .col(string_len_uniq(Communities::Slug, 60))
                    .col(string_len(Communities::Name, 120))
                    .col(string_len(Communities::Kind, 20))
                    .col(text(Communities::Description))
                    .col(text(Communities::DescriptionHtml))
                    .col(string_len(Communities::Membership, 20))
                    .col(big_integer(Communities::MemberCount).default(0))
                    .col(big_integer(Communities::ThreadCount).default(0))
                    .col(big_integer(Communities::PostCount).default(0))
                    .col(timestamp_with_time_zone_null(Communities::LastActivityAt))
                    .col(big_integer_null(Communities::CreatedBy))
                    .col(timestamp_with_time_zone(Communities::CreatedAt))
                    .col(timestamp_with_time_zone(Communities::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_communities_kind_name",
                Communities::Table,
                &["kind", "name"],
            ))
            .await?;
        manager
            .create_index(index("idx_communities_name", Communities::Table, &["name"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CommunityMembers::Table)
                    .col(big_integer(CommunityMembers::CommunityId))
                    .col(big_integer(CommunityMembers::UserId))
                    .col(string_len(CommunityMembers::Role, 20))
                    .col(timestamp_with_time_zone(CommunityMembers::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(CommunityMembers::CommunityId)
                            .col(CommunityMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommunityMembers::Table, CommunityMembers::CommunityId)
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommunityMembers::Table, CommunityMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_community_members_user",
                CommunityMembers::Table,
                &["user_id", "community_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JoinRequests::Table)
                    .col(big_pk_auto(JoinRequests::Id))
                    .col(big_integer(JoinRequests::CommunityId))
                    .col(big_integer(JoinRequests::UserId))
                    .col(text(JoinRequests::Message).default(""))
                    .col(string_len(JoinRequests::Status, 20))
                    .col(big_integer_null(JoinRequests::DecidedBy))
                    .col(timestamp_with_time_zone_null(JoinRequests::DecidedAt))
                    .col(timestamp_with_time_zone(JoinRequests::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(JoinRequests::Table, JoinRequests::CommunityId)
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "idx_join_requests_community_user",
                    JoinRequests::Table,
                    &["community_id", "user_id"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_join_requests_status",
                JoinRequests::Table,
                &["status", "community_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Threads::Table)
                    .col(big_pk_auto(Threads::Id))
                    .col(big_integer(Threads::CommunityId))
                    .col(big_integer(Threads::AuthorId))
                    .col(string_len(Threads::Kind, 20))
                    .col(string_len(Threads::Title, 200))
                    .col(string_len(Threads::Tags, 200).default(""))
                    .col(string_len(Threads::Expertise, 200).default(""))
                    .col(boolean(Threads::Pinned).default(false))
                    .col(boolean(Threads::Locked).default(false))
                    .col(big_integer_null(Threads::AcceptedPostId))
                    .col(big_integer(Threads::ReplyCount).default(0))
                    .col(timestamp_with_time_zone(Threads::LastPostAt))
                    .col(big_integer_null(Threads::LastPosterId))
                    .col(timestamp_with_time_zone(Threads::CreatedAt))
                    .col(timestamp_with_time_zone(Threads::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Threads::Table, Threads::CommunityId)
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The community's list: pinned first, then newest activity.
        manager
            .create_index(index(
                "idx_threads_community_activity",
                Threads::Table,
                &["community_id", "pinned", "last_post_at", "id"],
            ))
            .await?;
        // Unanswered questions of a community.
        manager
            .create_index(index(
                "idx_threads_community_unanswered",
                Threads::Table,
                &["community_id", "kind", "reply_count", "last_post_at"],
            ))
            .await?;
        // The feed: newest activity of each of the reader's communities, merged.
        manager
            .create_index(index(
                "idx_threads_community_latest",
                Threads::Table,
                &["community_id", "last_post_at", "id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ThreadTags::Table)
                    .col(string_len(ThreadTags::Tag, 30))
                    .col(big_integer(ThreadTags::ThreadId))
                    .col(big_integer(ThreadTags::CommunityId))
                    .primary_key(
                        Index::create()
                            .col(ThreadTags::CommunityId)
                            .col(ThreadTags::Tag)
                            .col(ThreadTags::ThreadId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ThreadTags::Table, ThreadTags::ThreadId)
                            .to(Threads::Table, Threads::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_thread_tags_thread",
                ThreadTags::Table,
                &["thread_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Posts::Table)
                    .col(big_pk_auto(Posts::Id))
                    .col(big_integer(Posts::ThreadId))
                    .col(big_integer(Posts::CommunityId))
                    .col(big_integer(Posts::AuthorId))
                    .col(big_integer_null(Posts::ReplyTo))
                    .col(text(Posts::Body))
                    .col(text(Posts::BodyHtml))
                    .col(big_integer(Posts::HelpfulCount).default(0))
                    .col(boolean(Posts::Hidden).default(false))
                    .col(timestamp_with_time_zone(Posts::CreatedAt))
                    .col(timestamp_with_time_zone_null(Posts::EditedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Posts::Table, Posts::ThreadId)
                            .to(Threads::Table, Threads::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_posts_thread",
                Posts::Table,
                &["thread_id", "id"],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_posts_author",
                Posts::Table,
                &["author_id", "id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PostRevisions::Table)
                    .col(big_pk_auto(PostRevisions::Id))
                    .col(big_integer(PostRevisions::PostId))
                    .col(text(PostRevisions::Body))
                    .col(text(PostRevisions::BodyHtml))
                    .col(big_integer(PostRevisions::EditedBy))
                    .col(timestamp_with_time_zone(PostRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PostRevisions::Table, PostRevisions::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_post_revisions_post",
                PostRevisions::Table,
                &["post_id", "id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reactions::Table)
                    .col(big_integer(Reactions::PostId))
                    .col(big_integer(Reactions::UserId))
                    .col(string_len(Reactions::Kind, 20))
                    .col(timestamp_with_time_zone(Reactions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Reactions::PostId)
                            .col(Reactions::UserId)
                            .col(Reactions::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reactions::Table, Reactions::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_reactions_user",
                Reactions::Table,
                &["user_id", "post_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ThreadSubscriptions::Table)
                    .col(big_integer(ThreadSubscriptions::UserId))
                    .col(big_integer(ThreadSubscriptions::ThreadId))
                    .col(timestamp_with_time_zone(ThreadSubscriptions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ThreadSubscriptions::ThreadId)
                            .col(ThreadSubscriptions::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ThreadSubscriptions::Table, ThreadSubscriptions::ThreadId)
                            .to(Threads::Table, Threads::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CommunitySubscriptions::Table)
                    .col(big_integer(CommunitySubscriptions::UserId))
                    .col(big_integer(CommunitySubscriptions::CommunityId))
                    .col(timestamp_with_time_zone(CommunitySubscriptions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(CommunitySubscriptions::CommunityId)
                            .col(CommunitySubscriptions::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CommunitySubscriptions::Table,
                                CommunitySubscriptions::CommunityId,
                            )
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(big_pk_auto(Notifications::Id))
                    .col(big_integer(Notifications::UserId))
                    .col(string_len(Notifications::Kind, 30))
                    .col(big_integer_null(Notifications::ActorId))
                    .col(big_integer_null(Notifications::CommunityId))
                    .col(big_integer_null(Notifications::ThreadId))
                    .col(big_integer_null(Notifications::PostId))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::EmailedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_notifications_user",
                Notifications::Table,
                &["user_id", "id"],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_notifications_unread",
                Notifications::Table,
                &["user_id", "read_at"],
            ))
            .await?;

        // Periodic work (digests) runs once per period even with several nodes.
        manager
            .create_table(
                Table::create()
                    .table(ScheduledRuns::Table)
                    .col(string_len(ScheduledRuns::Name, 60))
                    .col(string_len(ScheduledRuns::Period, 30))
                    .col(timestamp_with_time_zone(ScheduledRuns::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ScheduledRuns::Name)
                            .col(ScheduledRuns::Period),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ScheduledRuns::Table.into_iden(),
            Notifications::Table.into_iden(),
            CommunitySubscriptions::Table.into_iden(),
            ThreadSubscriptions::Table.into_iden(),
            Reactions::Table.into_iden(),
            PostRevisions::Table.into_iden(),
            Posts::Table.into_iden(),
            ThreadTags::Table.into_iden(),
            Threads::Table.into_iden(),
            JoinRequests::Table.into_iden(),
            CommunityMembers::Table.into_iden(),
            Communities::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in ["handle", "email_frequency", "last_digest_at"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
