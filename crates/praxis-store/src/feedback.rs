//! Members' feedback and the operators' answers.

use crate::db::now;
use crate::entities::feedback;
use crate::error::StoreResult;
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::{PageOf, Paging, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub id: i64,
    pub user_id: UserId,
    /// `idea`, `problem` or `praise`.
    pub kind: String,
    pub text: String,
    pub page: String,
    pub tags: Vec<String>,
    pub answer: String,
    pub answered_by: Option<UserId>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<feedback::Model> for Feedback {
    fn from(m: feedback::Model) -> Self {
        Feedback {
            id: m.id,
            user_id: UserId(m.user_id),
            kind: m.kind,
            text: m.text,
            page: m.page,
            tags: m
                .tags
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            answer: m.answer,
            answered_by: m.answered_by.map(UserId),
            answered_at: m.answered_at,
            created_at: m.created_at,
        }
    }
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    user: UserId,
    kind: &str,
    text: &str,
    page: &str,
) -> StoreResult<Feedback> {
    Ok(feedback::ActiveModel {
        user_id: Set(user.0),
        kind: Set(kind.to_owned()),
        text: Set(text.to_owned()),
        page: Set(page.to_owned()),
        tags: Set(String::new()),
        answer: Set(String::new()),
        answered_by: Set(None),
        answered_at: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .into())
}

pub async fn find(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Option<Feedback>> {
    Ok(by_key(conn, feedback::Entity::find_by_id(id))
        .await?
        .map(Feedback::from))
}

/// Newest first, optionally of one person, of one kind, only unanswered,
/// or with a tag.
pub async fn list(
    conn: &impl ConnectionTrait,
    user: Option<UserId>,
    kind: Option<&str>,
    unanswered: bool,
    tag: Option<&str>,
    paging: Paging,
) -> StoreResult<PageOf<Feedback>> {
    let mut query = feedback::Entity::find();
    if let Some(user) = user {
        query = query.filter(feedback::Column::UserId.eq(user.0));
    }
    if let Some(kind) = kind {
        query = query.filter(feedback::Column::Kind.eq(kind));
    }
    if unanswered {
        query = query.filter(feedback::Column::AnsweredAt.is_null());
    }
    if let Some(tag) = tag {
        // Tags are stored between commas (",a,b,"), so ",a," finds one whole.
        query = query.filter(
            feedback::Column::Tags.like(format!("%,{},%", tag.replace(['%', '_', '\\'], ""))),
        );
    }
    Ok(counted_page(
        conn,
        query,
        |q| q.order_by_desc(feedback::Column::Id),
        paging,
    )
    .await?
    .map(Feedback::from))
}

pub async fn set_tags(conn: &impl ConnectionTrait, id: i64, tags: &[String]) -> StoreResult<()> {
    feedback::Entity::update_many()
        .col_expr(
            feedback::Column::Tags,
            Expr::value(if tags.is_empty() {
                String::new()
            } else {
                format!(",{},", tags.join(","))
            }),
        )
        .filter(feedback::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn set_answer(
    conn: &impl ConnectionTrait,
    id: i64,
    answer: &str,
    by: UserId,
) -> StoreResult<()> {
    feedback::Entity::update_many()
        .col_expr(feedback::Column::Answer, Expr::value(answer))
        .col_expr(feedback::Column::AnsweredBy, Expr::value(by.0))
        .col_expr(feedback::Column::AnsweredAt, Expr::value(now()))
        .filter(feedback::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
