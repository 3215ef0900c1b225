//! The use cases of Praxis, one module per feature.
//!
//! Every use case is a function taking the [`App`], the acting person (an
//! [`praxis_domain::policy::Actor`]) where there is one, and validated or raw
//! input; it asks the policy, calls the store, enqueues background jobs and
//! returns a result or an [`AppError`]. The HTML pages and the JSON API are
//! both thin adapters over these functions, so no rule is written twice.

pub mod accounts;
pub mod alerts;
pub mod cache;
pub mod communities;
pub mod config;
mod crypto;
pub mod discussions;
pub mod documents;
pub mod error;
pub mod events;
pub mod expertise;
pub mod feedback;
pub mod help;
pub mod helpdesk;
pub mod i18n;
pub mod indicators;
pub mod invitations;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod moderation;
pub mod people;
pub mod rate_limit;
pub mod search;
pub mod theme;
pub mod usage;

pub use config::Config;
pub use error::{AppError, AppResult};

use praxis_store::Db;
use std::sync::Arc;
use tokio::sync::Notify;

/// Everything a use case needs. Cheap to clone; one per process.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub config: Arc<Config>,
    pub mailer: Arc<dyn mail::Mailer>,
    pub limits: Arc<rate_limit::RateLimits>,
    /// Wakes the jobs worker when a transaction enqueued work.
    pub jobs_ready: Arc<Notify>,
    pub caches: Arc<cache::Caches>,
    /// Where document bytes live.
    pub blobs: praxis_store::blobs::BlobStore,
    /// This node's search index.
    pub search: Arc<search::SearchIndex>,
    /// Requests answered by this node, for `/metrics`.
    pub http_metrics: Arc<metrics::HttpMetrics>,
    /// Page views and downloads not yet stored.
    pub usage: Arc<usage::UsageCounter>,
    /// The accent colour and logo of this deployment.
    pub theme: Arc<theme::Theme>,
    /// SQLite has one writer: queueing write transactions here, in order,
    /// beats SQLite's busy handler, which sleeps up to 100 ms per retry.
    write_gate: Option<Arc<tokio::sync::Mutex<()>>>,
}

impl App {
    /// Connects to the database (running migrations) and prepares the
    /// defaults Praxis needs to run, such as the first usage code.
    pub async fn start(config: Config) -> anyhow::Result<Self> {
        // Settings are checked before the database is touched.
        theme::Theme::from_config(&config.theme)?;
        let db =
            praxis_store::connect(&config.database_url(), config.database.max_connections).await?;
        Self::with_db(config, db).await
    }

    pub async fn with_db(config: Config, db: Db) -> anyhow::Result<Self> {
        let theme = Arc::new(theme::Theme::from_config(&config.theme)?);
        let mailer = mail::mailer_for(&config)?;
        let blobs = match &config.documents.s3 {
            Some(s3) => praxis_store::blobs::BlobStore::s3(&praxis_store::blobs::S3Settings {
                bucket: &s3.bucket,
                endpoint: s3.endpoint.as_deref(),
                region: s3.region.as_deref(),
                access_key_id: s3.access_key_id.as_deref(),
                secret_access_key: s3.secret_access_key.as_deref(),
                allow_http: s3.allow_http,
            })?,
            None => praxis_store::blobs::BlobStore::local(&config.documents_dir())?,
        };
        let limits = Arc::new(rate_limit::RateLimits::new(&config.security));
        let search = Arc::new(search::SearchIndex::open(&config.data_dir, &db).await?);
        let app = App {
            db,
            config: Arc::new(config),
            mailer,
            limits,
            jobs_ready: Arc::new(Notify::new()),
            caches: Arc::new(cache::Caches::new(std::time::Duration::from_millis(
                app_cache_millis(),
            ))),
            write_gate: None,
            blobs,
            search,
            http_metrics: Arc::new(metrics::HttpMetrics::default()),
            usage: Arc::new(usage::UsageCounter::default()),
            theme,
        };
        let app = App {
            write_gate: (praxis_store::backend(&app.db) == praxis_store::Backend::Sqlite)
                .then(|| Arc::new(tokio::sync::Mutex::new(()))),
            ..app
        };
        accounts::ensure_usage_code(&app).await?;
        Ok(app)
    }

    /// Waits for this process's turn to write (SQLite only; PostgreSQL
    /// handles concurrent writers itself). Hold the guard until the
    /// transaction has committed.
    pub async fn write_gate(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.write_gate {
            Some(gate) => Some(gate.lock().await),
            None => None,
        }
    }

    /// Forgets what this node cached about a person (after any change to
    /// them or their memberships).
    pub fn forget_user(&self, user: praxis_domain::UserId) {
        self.caches.forget_user(user);
    }

    /// The language to write to someone in: their setting (`users.locale`),
    /// else the site's `default_locale`.
    pub fn language_of(&self, locale: &str) -> i18n::Lang {
        i18n::of_member(locale, &self.config.default_locale)
    }

    pub fn site(&self) -> mail::texts::Site {
        mail::texts::Site {
            name: self.config.site_name.clone(),
            base_url: self.config.public_url(),
        }
    }
}

/// How long cached reads live, in milliseconds.
fn app_cache_millis() -> u64 {
    5_000
}
