use crate::error::StoreResult;
use crate::migrations::Migrator;
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, DatabaseConnection, DbBackend};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// The database pool. Cheap to clone.
pub type Db = DatabaseConnection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Opens the database named by `url` (`sqlite://…` or `postgres://…`) with
/// the settings Praxis relies on, and brings its schema up to date.
///
/// SQLite runs in WAL mode with `synchronous=FULL` so that an acknowledged
/// write survives a power cut, with foreign keys enforced and a busy timeout
/// so concurrent writers wait instead of failing.
pub async fn connect(url: &str, max_connections: u32) -> StoreResult<Db> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        // PRAXIS_SQL_LOG=1 logs every statement with its duration (debugging).
        .sqlx_logging(std::env::var_os("PRAXIS_SQL_LOG").is_some())
        .sqlx_logging_level(tracing::log::LevelFilter::Info)
        .map_sqlx_sqlite_opts(|opts| {
            opts.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    let db = sea_orm::Database::connect(options).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// Starts a transaction that will write. On SQLite it takes the write lock
/// at `BEGIN` (`BEGIN IMMEDIATE`), so a writer that finds the lock held waits
/// in the busy handler. A deferred transaction that reads first and then
/// writes would instead fail at once with `SQLITE_BUSY` when another
/// connection still holds the lock, e.g. one whose abandoned transaction's
/// rollback the driver has queued but not yet run. PostgreSQL ignores the
/// mode.
pub async fn begin_write(db: &Db) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

pub fn backend(db: &Db) -> Backend {
    match db.get_database_backend() {
        DbBackend::Postgres => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

/// The current time at the precision both backends store (PostgreSQL keeps
/// microseconds), so a value read back equals the value written.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
