//! Page views and downloads per day, person and community (migration 17).
//! Nodes count in memory and add their counts here now and then, so a busy
//! thread page costs no write per view.

use crate::entities::daily_usage;
use crate::error::StoreResult;
use crate::indicators::Scope;
use chrono::{NaiveDate, NaiveTime};
use praxis_domain::UserId;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::HashSet;

/// Views and downloads of one person in one community on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsageCount {
    pub day: NaiveDate,
    /// 0 for pages outside any community.
    pub community: i64,
    pub user: UserId,
    pub views: i64,
    pub downloads: i64,
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Adds counts to what is stored. Each (day, community, person) must occur
/// once in `counts`.
pub async fn add(conn: &impl ConnectionTrait, counts: &[UsageCount]) -> StoreResult<()> {
    use daily_usage::Column;
    let excluded = Alias::new("excluded");
    for chunk in counts.chunks(200) {
        let rows = chunk.iter().map(|c| daily_usage::ActiveModel {
            day: Set(day_text(c.day)),
            community_id: Set(c.community),
            user_id: Set(c.user.0),
            views: Set(c.views),
            downloads: Set(c.downloads),
        });
        daily_usage::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([Column::Day, Column::CommunityId, Column::UserId])
                    .value(
                        Column::Views,
                        Expr::col((daily_usage::Entity, Column::Views))
                            .add(Expr::col((excluded.clone(), Column::Views))),
                    )
                    .value(
                        Column::Downloads,
                        Expr::col((daily_usage::Entity, Column::Downloads))
                            .add(Expr::col((excluded.clone(), Column::Downloads))),
                    )
                    .to_owned(),
            )
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// The days of a period, `[first, after)`: a period ending at midnight
/// stops before that day, any other end includes its day.
fn days_of(scope: &Scope) -> (String, String) {
    let first = scope.from.date_naive();
    let last = scope.to.date_naive();
    let after = if scope.to.time() == NaiveTime::MIN {
        last
    } else {
        last.succ_opt().unwrap_or(last)
    };
    (day_text(first), day_text(after))
}

fn in_scope(scope: &Scope) -> sea_orm::Condition {
    let (first, after) = days_of(scope);
    let mut condition = sea_orm::Condition::all()
        .add(daily_usage::Column::Day.gte(first))
        .add(daily_usage::Column::Day.lt(after));
    if let Some(c) = scope.community {
        condition = condition.add(daily_usage::Column::CommunityId.eq(c.0));
    }
    condition
}

/// Who read something in the period (in the community, when given).
pub async fn readers(conn: &impl ConnectionTrait, scope: Scope) -> StoreResult<HashSet<UserId>> {
    let ids: Vec<i64> = daily_usage::Entity::find()
        .select_only()
        .column(daily_usage::Column::UserId)
        .distinct()
        .filter(in_scope(&scope))
        .filter(daily_usage::Column::Views.gt(0))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(ids.into_iter().map(UserId).collect())
}

/// Page views and downloads in the period.
pub async fn totals(conn: &impl ConnectionTrait, scope: Scope) -> StoreResult<(u64, u64)> {
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast it back.
    let sum = |column: daily_usage::Column| {
        Expr::from(Func::cast_as(
            Func::sum(Expr::col(column)),
            Alias::new("BIGINT"),
        ))
    };
    let row: Option<(Option<i64>, Option<i64>)> = daily_usage::Entity::find()
        .select_only()
        .column_as(sum(daily_usage::Column::Views), "views")
        .column_as(sum(daily_usage::Column::Downloads), "downloads")
        .filter(in_scope(&scope))
        .into_tuple()
        .one(conn)
        .await?;
    let (views, downloads) = row.unwrap_or_default();
    Ok((
        u64::try_from(views.unwrap_or(0)).unwrap_or(0),
        u64::try_from(downloads.unwrap_or(0)).unwrap_or(0),
    ))
}
