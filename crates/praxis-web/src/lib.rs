//! The HTTP face of Praxis: HTML pages for people and the JSON API of
//! `API.md` for machines, both thin adapters over `praxis_app`.
//!
//! `router.rs` lists every route. Each feature has a module with `pages.rs`
//! (HTML) and `api.rs` (JSON) calling the same use cases.

mod accounts;
mod communities;
mod csv;
mod dates;
mod discussions;
mod documents;
mod error;
mod events;
mod expertise;
mod extract;
mod feedback;
mod forms;
mod health;
mod help;
mod helpdesk;
pub mod i18n;
mod indicators;
mod invitations;
mod language;
mod layout;
mod metrics;
mod moderation;
mod people;
mod route_table;
mod router;
mod search;
mod security;
mod static_files;
mod theme;

pub use route_table::RouteEntry;
pub use router::{route_table, router};
pub use security::{CSRF_COOKIE, SESSION_COOKIE};
