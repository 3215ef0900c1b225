//! Loads the configuration: defaults, then the TOML file, then `PRAXIS_*`
//! environment variables, then command-line flags.

use clap::Args;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use praxis_app::Config;
use std::path::PathBuf;

/// The storage and server flags every command takes. Each has a `PRAXIS_*`
/// variable; nested settings use `__` (`PRAXIS_MAIL__SMTP_HOST`).
#[derive(Args, Clone, Debug)]
pub struct StorageArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, global = true, env = "PRAXIS_LISTEN")]
    listen: Option<String>,
    /// Directory for the SQLite database, the mail outbox and documents [default: ./praxis-data].
    #[arg(long, global = true, env = "PRAXIS_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// sqlite://… or postgres://… [default: SQLite in the data directory].
    #[arg(long, global = true, env = "PRAXIS_DATABASE_URL")]
    database_url: Option<String>,
    /// Public base URL used in links in mails [default: http://<listen>].
    #[arg(long, global = true, env = "PRAXIS_PUBLIC_URL")]
    public_url: Option<String>,
    /// TOML configuration file.
    #[arg(long, global = true, env = "PRAXIS_CONFIG")]
    config: Option<PathBuf>,
}

impl StorageArgs {
    pub fn load(&self) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = &self.config {
            if !path.exists() {
                anyhow::bail!("configuration file {} not found", path.display());
            }
            figment = figment.merge(Toml::file(path));
        }
        // Flags are read by clap (with their variables); the rest of the
        // settings come from PRAXIS_* variables here.
        let flag_vars = [
            "LISTEN",
            "DATA_DIR",
            "DATABASE_URL",
            "PUBLIC_URL",
            "CONFIG",
            "LOG",
            "SQL_LOG",
        ];
        figment = figment.merge(
            Env::prefixed("PRAXIS_")
                .filter(move |key| {
                    let key = key.as_str();
                    // PRAXIS_TEST_* belongs to the test suite, not to the server.
                    !flag_vars.iter().any(|f| key.eq_ignore_ascii_case(f))
                        && !key.to_ascii_lowercase().starts_with("test_")
                })
                .split("__"),
        );
        let mut config: Config = figment
            .extract()
            .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
        if let Some(listen) = &self.listen {
            config.listen = listen.clone();
        }
        if let Some(dir) = &self.data_dir {
            config.data_dir = dir.clone();
        }
        if let Some(url) = &self.database_url {
            config.database.url = Some(url.clone());
        }
        if let Some(url) = &self.public_url {
            config.public_url = Some(url.clone());
        }
        Ok(config)
    }
}

/// Human-readable logs on a terminal, JSON otherwise; `PRAXIS_LOG` filters.
pub fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("PRAXIS_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let result = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        builder.try_init()
    } else {
        builder.json().try_init()
    };
    let _ = result;
}
