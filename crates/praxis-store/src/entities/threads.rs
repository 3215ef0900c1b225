use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "threads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub community_id: i64,
    pub author_id: i64,
    pub kind: String,
    pub title: String,
    /// Comma-separated, for display; `thread_tags` is the index.
    pub tags: String,
    /// Comma-separated expertise codes.
    pub expertise: String,
    pub pinned: bool,
    pub locked: bool,
    pub accepted_post_id: Option<i64>,
    pub reply_count: i64,
    pub last_post_at: DateTimeUtc,
    pub last_poster_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The language the author declared (`en`, `nl`, `fr`), or empty.
    pub language: String,
    /// When someone other than the author first replied visibly (migration 20).
    pub first_reply_at: Option<DateTimeUtc>,
    /// The declared language, else the detected one, else NULL (migration 21).
    pub content_language: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
