//! One migration set for both backends. Add a file per change, named
//! `mYYYYMMDD_NNNNNN_what.rs`, and list it in `migrations()`; never edit one
//! that has shipped.

use sea_orm_migration::prelude::*;

mod m20261126_000001_accounts;
mod m20261126_000002_jobs_and_audit;
mod m20261126_000003_communities_and_discussions;
mod m20261126_000004_documents;
mod m20261126_000005_post_attachments;
mod m20261126_000006_document_scans;
mod m20261126_000007_search_and_profiles;
mod m20261126_000008_accepted_answer_index;
mod m20261126_000009_flags;
mod m20261126_000010_deleted_posts;
mod m20261126_000011_invitations_and_rules;
mod m20261126_000012_events;
mod m20261126_000013_verified_answers_and_experts;
mod m20261126_000014_helpdesk;
mod m20261126_000015_feedback;
mod m20261126_000016_alerts;
mod m20261126_000017_daily_usage;
mod m20261126_000018_help_votes_and_alert_mail;
mod m20261126_000019_indexes_for_indicators;
mod m20261126_000020_first_reply_and_covering_indexes;
mod m20261126_000021_content_language;
mod m20261126_000022_language_index_only_for_known;

pub use sea_orm_migration::MigratorTrait;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_accounts::Migration),
            Box::new(m20261126_000002_jobs_and_audit::Migration),
            Box::new(m20261126_000003_communities_and_discussions::Migration),
            Box::new(m20261126_000004_documents::Migration),
            Box::new(m20261126_000005_post_attachments::Migration),
            Box::new(m20261126_000006_document_scans::Migration),
            Box::new(m20261126_000007_search_and_profiles::Migration),
            Box::new(m20261126_000008_accepted_answer_index::Migration),
            Box::new(m20261126_000009_flags::Migration),
            Box::new(m20261126_000010_deleted_posts::Migration),
            Box::new(m20261126_000011_invitations_and_rules::Migration),
            Box::new(m20261126_000012_events::Migration),
            Box::new(m20261126_000013_verified_answers_and_experts::Migration),
            Box::new(m20261126_000014_helpdesk::Migration),
            Box::new(m20261126_000015_feedback::Migration),
            Box::new(m20261126_000016_alerts::Migration),
            Box::new(m20261126_000017_daily_usage::Migration),
            Box::new(m20261126_000018_help_votes_and_alert_mail::Migration),
            Box::new(m20261126_000019_indexes_for_indicators::Migration),
            Box::new(m20261126_000020_first_reply_and_covering_indexes::Migration),
            Box::new(m20261126_000021_content_language::Migration),
            Box::new(m20261126_000022_language_index_only_for_known::Migration),
        ]
    }
}
