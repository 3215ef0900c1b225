//! Every SQL statement of Praxis lives in this crate.
//!
//! Feature modules (`accounts`, `jobs`, `audit`…) expose plain records and
//! functions generic over [`sea_orm::ConnectionTrait`], so the application
//! layer can call them on the pool or inside one transaction (the outbox
//! pattern: a change and the jobs it causes commit together).

pub mod accounts;
pub mod alerts;
pub mod audit;
pub mod blobs;
pub mod bulk;
pub mod communities;
mod db;
pub mod discussions;
pub mod documents;
mod entities;
mod error;
pub mod events;
pub mod expertise;
pub mod feedback;
pub mod flags;
pub mod help;
pub mod helpdesk;
pub mod indicators;
pub mod invitations;
pub mod jobs;
pub mod migrations;
pub mod notifications;
mod query;
pub mod search;
pub mod usage;

pub use db::{Backend, Db, backend, begin_write, connect, now};
pub use error::StoreError;
pub use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, TransactionTrait};
