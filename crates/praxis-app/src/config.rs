//! Configuration, read by the CLI from defaults, a TOML file, `PRAXIS_*`
//! environment variables and flags, in that order of precedence.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address `praxis serve` listens on.
    pub listen: String,
    /// Where the SQLite database, the outbox and later the documents live.
    pub data_dir: PathBuf,
    /// The address people reach Praxis at, used in links in mails.
    /// Defaults to `http://<listen>`.
    pub public_url: Option<String>,
    /// Shown in the header and in mails.
    pub site_name: String,
    /// The interface language when neither the member nor the browser says.
    pub default_locale: String,
    /// The hour (UTC, 0–23) at which daily and weekly digests go out.
    pub digest_hour_utc: u32,
    /// The IANA time zone of events and of members who chose none.
    pub default_time_zone: String,
    pub database: DatabaseConfig,
    pub mail: MailConfig,
    pub security: SecurityConfig,
    pub documents: DocumentsConfig,
    pub metrics: MetricsConfig,
    pub theme: ThemeConfig,
}

/// The look of this deployment, checked at start by
/// [`crate::theme::Theme::from_config`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeConfig {
    /// `#rrggbb`: the header, buttons and links. White text on it must reach
    /// 4.5:1 (default `#1d4f91`).
    pub accent_colour: Option<String>,
    /// An SVG or PNG file (at most 512 KiB), read at start and shown in the
    /// header instead of the site name (which becomes its alternative text).
    pub logo: Option<PathBuf>,
}

/// Who may read `/metrics`: clients from these addresses, or anyone
/// presenting the operator token as a bearer token.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsConfig {
    pub allowed_ips: Vec<std::net::IpAddr>,
    pub token: Option<String>,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig {
            allowed_ips: vec![
                std::net::IpAddr::from([127, 0, 0, 1]),
                std::net::IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1]),
            ],
            token: None,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./praxis-data"),
            public_url: None,
            site_name: "Praxis".into(),
            default_locale: "en".into(),
            digest_hour_utc: 6,
            default_time_zone: "Europe/Brussels".into(),
            database: DatabaseConfig::default(),
            mail: MailConfig::default(),
            security: SecurityConfig::default(),
            documents: DocumentsConfig::default(),
            metrics: MetricsConfig::default(),
            theme: ThemeConfig::default(),
        }
    }
}

impl Config {
    /// The database URL: configured, or a SQLite file in the data dir.
    pub fn database_url(&self) -> String {
        match &self.database.url {
            Some(url) if !url.trim().is_empty() => url.clone(),
            _ => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("praxis.db").display()
            ),
        }
    }

    /// Base URL for links, without a trailing slash.
    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.trim_end_matches('/').to_owned(),
            _ => format!("http://{}", self.listen),
        }
    }

    /// Whether cookies must be marked `Secure`.
    pub fn served_over_https(&self) -> bool {
        self.public_url().starts_with("https://")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path?mode=rwc` or `postgres://user@host/db`.
    pub url: Option<String>,
    pub max_connections: u32,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: None,
            max_connections: 16,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// The sender of every mail.
    pub from: String,
    /// With no SMTP host, mail is written to `<data-dir>/outbox/` as `.eml` files.
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// `starttls` (default), `tls` (implicit, port 465) or `none` (local relays only).
    pub smtp_security: String,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            from: "Praxis <no-reply@praxis.invalid>".into(),
            smtp_host: None,
            smtp_port: None,
            smtp_username: None,
            smtp_password: None,
            smtp_security: "starttls".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SecurityConfig {
    /// Proxies whose `X-Forwarded-For` header is believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// A session ends after this many days without use.
    pub session_days: i64,
    /// Hours a verification link stays valid.
    pub verification_hours: i64,
    /// Minutes a password-reset link stays valid.
    pub reset_minutes: i64,
    /// Failed sign-ins allowed per account within `login_failure_window_minutes`.
    pub login_failures_per_account: u32,
    pub login_failure_window_minutes: u64,
    /// Sign-in, registration and reset requests allowed per client IP per
    /// minute. Generous, because a ministry's staff often share one address
    /// behind its proxy; guessing is stopped per account instead
    /// (`login_failures_per_account`).
    pub auth_requests_per_ip_per_minute: u32,
    /// Verification and reset mails one address can trigger per hour.
    pub mails_per_address_per_hour: u32,
    /// Largest request body accepted, in bytes (uploads have their own limit).
    pub max_body_bytes: usize,
}

impl Default for SecurityConfig {
    fn default() -> Self {
        Self {
            trusted_proxies: Vec::new(),
            session_days: 30,
            verification_hours: 48,
            reset_minutes: 60,
            login_failures_per_account: 5,
            login_failure_window_minutes: 15,
            auth_requests_per_ip_per_minute: 600,
            mails_per_address_per_hour: 5,
            max_body_bytes: 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentsConfig {
    /// Largest file accepted, in bytes (413 above).
    pub max_upload_bytes: u64,
    /// Bytes one member may upload per day (429 above).
    pub daily_quota_bytes: u64,
    /// Where files are kept when no object store is configured
    /// (default `<data-dir>/documents`).
    pub local_dir: Option<PathBuf>,
    /// An S3-compatible object store instead of the local directory.
    pub s3: Option<S3Config>,
    /// A ClamAV daemon (`clamd`) to scan files before they are served: a
    /// Unix socket path (`/run/clamav/clamd.ctl`) or `host:port`.
    pub clamav: Option<String>,
}

/// An S3-compatible bucket (AWS, MinIO, Ceph, Garage, Scaleway, OVH…).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    pub bucket: String,
    /// For non-AWS stores, e.g. `https://s3.gra.io.cloud.ovh.net`.
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    /// Plain HTTP endpoints, for a store on the local network only.
    pub allow_http: bool,
}

impl Default for DocumentsConfig {
    fn default() -> Self {
        Self {
            max_upload_bytes: 50 * 1024 * 1024,
            daily_quota_bytes: 500 * 1024 * 1024,
            local_dir: None,
            s3: None,
            clamav: None,
        }
    }
}

impl Config {
    pub fn documents_dir(&self) -> PathBuf {
        self.documents
            .local_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("documents"))
    }
}
