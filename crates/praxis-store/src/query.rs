//! Query helpers that keep SQLite's prepared statements reusable.
//!
//! The bundled SQLite treats a bound `LIMIT ?`/`OFFSET ?` as a constant for
//! planning and re-prepares the statement every time it is bound again. So
//! hot paths write limits as literals (plain integers, no injection
//! possible) and look rows up by key without SeaORM's `LIMIT 1`.

use crate::error::StoreResult;
use praxis_domain::{PageOf, Paging};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QueryTrait, Select};

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

/// A page of `select` (filtered, not yet ordered) with the size of the
/// whole list, ordered by `order`.
pub(crate) async fn counted_page<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    select: Select<E>,
    order: impl FnOnce(Select<E>) -> Select<E>,
    paging: Paging,
) -> StoreResult<PageOf<E::Model>>
where
    E::Model: Send + Sync,
{
    let total = select.clone().count(conn).await?;
    let items = page(conn, order(select), paging.offset(), paging.limit()).await?;
    Ok(PageOf {
        items,
        page: paging.clamped().page,
        per_page: paging.limit(),
        total,
    })
}

/// Inserts a row unless an equal key exists (follows, reactions): checks
/// first, and treats a unique violation from a concurrent insert as done.
/// Returns whether this call inserted it.
pub(crate) async fn insert_once<A>(
    conn: &impl ConnectionTrait,
    exists: bool,
    row: A,
) -> StoreResult<bool>
where
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    if exists {
        return Ok(false);
    }
    match row.insert(conn).await.map_err(crate::StoreError::from) {
        Ok(_) => Ok(true),
        Err(crate::StoreError::Conflict(_)) => Ok(false),
        Err(other) => Err(other),
    }
}
