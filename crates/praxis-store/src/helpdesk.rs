//! Questions to the helpdesk and what became of them.

use crate::db::now;
use crate::entities::helpdesk_questions;
use crate::error::StoreResult;
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::{PageOf, Paging, PostId, ThreadId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpdeskQuestion {
    pub id: i64,
    pub asker_id: UserId,
    pub subject: String,
    pub body: String,
    pub private_details: String,
    /// `open`, `answered`, `published` or `closed`.
    pub status: String,
    pub answer: String,
    pub answer_html: String,
    pub answered_by: Option<UserId>,
    pub answered_at: Option<DateTime<Utc>>,
    pub thread_id: Option<ThreadId>,
    pub published_by: Option<UserId>,
    pub published_at: Option<DateTime<Utc>>,
    pub anonymised: bool,
    pub linked_post_id: Option<PostId>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<helpdesk_questions::Model> for HelpdeskQuestion {
    fn from(m: helpdesk_questions::Model) -> Self {
        HelpdeskQuestion {
            id: m.id,
            asker_id: UserId(m.asker_id),
            subject: m.subject,
            body: m.body,
            private_details: m.private_details,
            status: m.status,
            answer: m.answer,
            answer_html: m.answer_html,
            answered_by: m.answered_by.map(UserId),
            answered_at: m.answered_at,
            thread_id: m.thread_id.map(ThreadId),
            published_by: m.published_by.map(UserId),
            published_at: m.published_at,
            anonymised: m.anonymised,
            linked_post_id: m.linked_post_id.map(PostId),
            closed_at: m.closed_at,
            created_at: m.created_at,
        }
    }
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    asker: UserId,
    subject: &str,
    body: &str,
    private_details: &str,
) -> StoreResult<HelpdeskQuestion> {
    let at = now();
    Ok(helpdesk_questions::ActiveModel {
        asker_id: Set(asker.0),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        private_details: Set(private_details.to_owned()),
        status: Set("open".into()),
        answer: Set(String::new()),
        answer_html: Set(String::new()),
        answered_by: Set(None),
        answered_at: Set(None),
        thread_id: Set(None),
        published_by: Set(None),
        published_at: Set(None),
        anonymised: Set(true),
        linked_post_id: Set(None),
        closed_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .into())
}

pub async fn find(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Option<HelpdeskQuestion>> {
    Ok(by_key(conn, helpdesk_questions::Entity::find_by_id(id))
        .await?
        .map(HelpdeskQuestion::from))
}

/// The queue (optionally one status), oldest first; or one asker's, newest first.
pub async fn list(
    conn: &impl ConnectionTrait,
    status: Option<&str>,
    asker: Option<UserId>,
    paging: Paging,
) -> StoreResult<PageOf<HelpdeskQuestion>> {
    let mut query = helpdesk_questions::Entity::find();
    if let Some(status) = status {
        query = query.filter(helpdesk_questions::Column::Status.eq(status));
    }
    let mine = asker.is_some();
    if let Some(asker) = asker {
        query = query.filter(helpdesk_questions::Column::AskerId.eq(asker.0));
    }
    Ok(counted_page(
        conn,
        query,
        |q| {
            if mine {
                q.order_by_desc(helpdesk_questions::Column::Id)
            } else {
                q.order_by_asc(helpdesk_questions::Column::Id)
            }
        },
        paging,
    )
    .await?
    .map(HelpdeskQuestion::from))
}

pub async fn set_answer(
    conn: &impl ConnectionTrait,
    id: i64,
    answer: &str,
    answer_html: &str,
    by: UserId,
    status: &str,
) -> StoreResult<()> {
    let at = now();
    helpdesk_questions::Entity::update_many()
        .col_expr(helpdesk_questions::Column::Answer, Expr::value(answer))
        .col_expr(
            helpdesk_questions::Column::AnswerHtml,
            Expr::value(answer_html),
        )
        .col_expr(helpdesk_questions::Column::AnsweredBy, Expr::value(by.0))
        .col_expr(helpdesk_questions::Column::AnsweredAt, Expr::value(at))
        .col_expr(helpdesk_questions::Column::Status, Expr::value(status))
        .col_expr(helpdesk_questions::Column::UpdatedAt, Expr::value(at))
        .filter(helpdesk_questions::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records the publication; false when the question was published meanwhile.
pub async fn set_published(
    conn: &impl ConnectionTrait,
    id: i64,
    thread: ThreadId,
    by: UserId,
    anonymised: bool,
) -> StoreResult<bool> {
    let at = now();
    Ok(helpdesk_questions::Entity::update_many()
        .col_expr(helpdesk_questions::Column::ThreadId, Expr::value(thread.0))
        .col_expr(helpdesk_questions::Column::PublishedBy, Expr::value(by.0))
        .col_expr(helpdesk_questions::Column::PublishedAt, Expr::value(at))
        .col_expr(
            helpdesk_questions::Column::Anonymised,
            Expr::value(anonymised),
        )
        .col_expr(helpdesk_questions::Column::Status, Expr::value("published"))
        .col_expr(helpdesk_questions::Column::UpdatedAt, Expr::value(at))
        .filter(helpdesk_questions::Column::Id.eq(id))
        .filter(helpdesk_questions::Column::ThreadId.is_null())
        .exec(conn)
        .await?
        .rows_affected
        == 1)
}

pub async fn close(
    conn: &impl ConnectionTrait,
    id: i64,
    linked_post: Option<PostId>,
) -> StoreResult<()> {
    let at = now();
    helpdesk_questions::Entity::update_many()
        .col_expr(
            helpdesk_questions::Column::LinkedPostId,
            Expr::value(linked_post.map(|p| p.0)),
        )
        .col_expr(helpdesk_questions::Column::ClosedAt, Expr::value(at))
        .col_expr(helpdesk_questions::Column::Status, Expr::value("closed"))
        .col_expr(helpdesk_questions::Column::UpdatedAt, Expr::value(at))
        .filter(helpdesk_questions::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The helpdesk question behind a published thread, if any.
pub async fn by_thread(
    conn: &impl ConnectionTrait,
    thread: ThreadId,
) -> StoreResult<Option<HelpdeskQuestion>> {
    Ok(by_key(
        conn,
        helpdesk_questions::Entity::find()
            .filter(helpdesk_questions::Column::ThreadId.eq(thread.0)),
    )
    .await?
    .map(HelpdeskQuestion::from))
}
