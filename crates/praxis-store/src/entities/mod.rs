//! SeaORM entities, one per table. Private to the store: other crates get
//! plain records from the feature modules, never an ActiveModel.

pub mod audit_log;
pub mod buyer_domains;
pub mod email_tokens;
pub mod jobs;
pub mod sessions;
pub mod usage_code_acceptances;
pub mod usage_codes;
pub mod users;
