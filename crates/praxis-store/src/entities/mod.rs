//! SeaORM entities, one per table. Private to the store: other crates get
//! plain records from the feature modules, never an ActiveModel.

pub mod audit_log;
pub mod buyer_domains;
pub mod calendar_tokens;
pub mod communities;
pub mod community_members;
pub mod community_subscriptions;
pub mod document_versions;
pub mod documents;
pub mod email_tokens;
pub mod event_documents;
pub mod event_rsvps;
pub mod events;
pub mod expert_designations;
pub mod expert_requests;
pub mod feedback;
pub mod flags;
pub mod helpdesk_questions;
pub mod invitations;
pub mod jobs;
pub mod join_requests;
pub mod notifications;
pub mod post_attachments;
pub mod post_revisions;
pub mod post_verifications;
pub mod posts;
pub mod reactions;
pub mod scheduled_runs;
pub mod search_changes;
pub mod sessions;
pub mod thread_subscriptions;
pub mod thread_tags;
pub mod threads;
pub mod usage_code_acceptances;
pub mod usage_codes;
pub mod users;
