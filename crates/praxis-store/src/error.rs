use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique constraint refused the write (duplicate email, slug, domain…).
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("database error: {0}")]
    Db(DbErr),
    /// Stored data the code cannot read back (a bug or a manual edit).
    #[error("corrupt data: {0}")]
    Corrupt(String),
}

impl From<DbErr> for StoreError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(detail)) => StoreError::Conflict(detail),
            _ => StoreError::Db(err),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
