//! Answers to "was this page useful?" (migration 18): one per person and
//! help page; answering again replaces the earlier answer.

use crate::db::now;
use crate::entities::help_votes;
use crate::error::StoreResult;
use praxis_domain::UserId;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Set};
use std::collections::BTreeMap;

pub async fn vote(
    conn: &impl ConnectionTrait,
    page: &str,
    user: UserId,
    useful: bool,
) -> StoreResult<()> {
    use help_votes::Column;
    help_votes::Entity::insert(help_votes::ActiveModel {
        page: Set(page.to_owned()),
        user_id: Set(user.0),
        useful: Set(useful),
        voted_at: Set(now()),
    })
    .on_conflict(
        OnConflict::columns([Column::Page, Column::UserId])
            .update_columns([Column::Useful, Column::VotedAt])
            .to_owned(),
    )
    .exec(conn)
    .await?;
    Ok(())
}

/// Per page: how many found it useful, and how many did not.
pub async fn tally(conn: &impl ConnectionTrait) -> StoreResult<BTreeMap<String, (u64, u64)>> {
    let rows: Vec<(String, bool)> = help_votes::Entity::find()
        .select_only()
        .column(help_votes::Column::Page)
        .column(help_votes::Column::Useful)
        .into_tuple()
        .all(conn)
        .await?;
    let mut out: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for (page, useful) in rows {
        let entry = out.entry(page).or_default();
        if useful {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    Ok(out)
}
