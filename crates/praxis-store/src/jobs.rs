//! The durable jobs table: background work (mail now; indexing and digests
//! later) written in the same transaction as the change that causes it, so a
//! crash can delay a job but never lose it.

use crate::db::now;
use crate::entities::jobs;
use crate::error::StoreResult;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i32,
}

pub async fn enqueue(
    conn: &impl ConnectionTrait,
    kind: &str,
    payload: &str,
    run_at: DateTime<Utc>,
) -> StoreResult<i64> {
    let at = now();
    let model = jobs::ActiveModel {
        kind: Set(kind.to_owned()),
        payload: Set(payload.to_owned()),
        run_at: Set(run_at),
        attempts: Set(0),
        locked_until: Set(None),
        last_error: Set(None),
        done_at: Set(None),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(model.id)
}

/// Claims the oldest due job for `lease`. The claim is a conditional update,
/// so several workers (or several `praxis serve` nodes on one PostgreSQL)
/// never run the same job at once; a worker that dies loses its lease and
/// the job runs again.
pub async fn claim_next(conn: &impl ConnectionTrait, lease: Duration) -> StoreResult<Option<Job>> {
    for _ in 0..5 {
        let at = now();
        let free = Condition::any()
            .add(jobs::Column::LockedUntil.is_null())
            .add(jobs::Column::LockedUntil.lt(at));
        let Some(candidate) = jobs::Entity::find()
            .filter(jobs::Column::DoneAt.is_null())
            .filter(jobs::Column::RunAt.lte(at))
            .filter(free.clone())
            .order_by_asc(jobs::Column::RunAt)
            .order_by_asc(jobs::Column::Id)
            .one(conn)
            .await?
        else {
            return Ok(None);
        };
        let claimed = jobs::Entity::update_many()
            .col_expr(jobs::Column::LockedUntil, Expr::value(at + lease))
            .col_expr(
                jobs::Column::Attempts,
                Expr::col(jobs::Column::Attempts).add(1),
            )
            .filter(jobs::Column::Id.eq(candidate.id))
            .filter(jobs::Column::DoneAt.is_null())
            .filter(free)
            .exec(conn)
            .await?
            .rows_affected
            == 1;
        if claimed {
            return Ok(Some(Job {
                id: candidate.id,
                kind: candidate.kind,
                payload: candidate.payload,
                attempts: candidate.attempts + 1,
            }));
        }
    }
    Ok(None)
}

pub async fn complete(conn: &impl ConnectionTrait, id: i64) -> StoreResult<()> {
    jobs::Entity::update_many()
        .col_expr(jobs::Column::DoneAt, Expr::value(now()))
        .col_expr(
            jobs::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(jobs::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failure; the job runs again at `retry_at`, or never (`None`:
/// given up, kept for the operator to see).
pub async fn fail(
    conn: &impl ConnectionTrait,
    id: i64,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> StoreResult<()> {
    let mut update = jobs::Entity::update_many()
        .col_expr(jobs::Column::LastError, Expr::value(error.to_owned()))
        .col_expr(
            jobs::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        );
    update = match retry_at {
        Some(at) => update.col_expr(jobs::Column::RunAt, Expr::value(at)),
        None => update.col_expr(jobs::Column::DoneAt, Expr::value(now())),
    };
    update.filter(jobs::Column::Id.eq(id)).exec(conn).await?;
    Ok(())
}

/// Jobs not finished yet (due or scheduled).
pub async fn count_pending(conn: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(jobs::Entity::find()
        .filter(jobs::Column::DoneAt.is_null())
        .count(conn)
        .await?)
}

/// Jobs waiting (not done) and jobs given up on (done with an error), for
/// the operations metrics.
pub async fn count_by_state(conn: &impl ConnectionTrait) -> StoreResult<(u64, u64)> {
    let waiting = count_pending(conn).await?;
    let failed = jobs::Entity::find()
        .filter(jobs::Column::DoneAt.is_not_null())
        .filter(jobs::Column::LastError.is_not_null())
        .count(conn)
        .await?;
    Ok((waiting, failed))
}
