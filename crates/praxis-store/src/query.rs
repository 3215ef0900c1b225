//! Query helpers that keep SQLite's prepared statements reusable.
//!
//! The bundled SQLite treats a bound `LIMIT ?`/`OFFSET ?` as a constant for
//! planning and re-prepares the statement every time it is bound again. So
//! hot paths write limits as literals (plain integers, no injection
//! possible) and look rows up by key without SeaORM's `LIMIT 1`.

use crate::error::StoreResult;
use sea_orm::{ConnectionTrait, EntityTrait, QueryTrait, Select};

/// All rows of a page of `select`, with the limit and offset inlined.
pub(crate) async fn page<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    select: Select<E>,
    offset: u64,
    limit: u64,
) -> StoreResult<Vec<E::Model>> {
    let mut statement = select.build(conn.get_database_backend());
    statement
        .sql
        .push_str(&format!(" LIMIT {limit} OFFSET {offset}"));
    Ok(E::find().from_raw_sql(statement).all(conn).await?)
}

/// The row of a lookup by primary or unique key (at most one row exists).
pub(crate) async fn by_key<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    select: Select<E>,
) -> StoreResult<Option<E::Model>> {
    Ok(select.all(conn).await?.into_iter().next())
}
