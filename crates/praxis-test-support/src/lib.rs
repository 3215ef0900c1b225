//! Test helpers shared by every crate's tests.
//!
//! - [`TestDb`]: an isolated database per test: a SQLite file in a temporary
//!   directory, or, when `PRAXIS_TEST_DATABASE_URL` names a PostgreSQL
//!   server, a freshly created database dropped afterwards.
//! - [`TestApp`]: the whole router in process, with helpers to call the API,
//!   read the mail outbox and make members.
//! - [`Browser`]: a cookie-keeping client for the HTML pages and their forms.

mod browser;
mod db;
mod outbox;
mod test_app;

pub use browser::Browser;
pub use db::TestDb;
pub use outbox::Mail;
pub use test_app::{TestApp, TestResponse};

/// A password the policy accepts, for test accounts.
pub const PASSWORD: &str = "quiet harbour lantern 2026";
