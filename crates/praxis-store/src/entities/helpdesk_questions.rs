use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "helpdesk_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub asker_id: i64,
    pub subject: String,
    pub body: String,
    pub private_details: String,
    pub status: String,
    pub answer: String,
    pub answer_html: String,
    pub answered_by: Option<i64>,
    pub answered_at: Option<DateTimeUtc>,
    pub thread_id: Option<i64>,
    pub published_by: Option<i64>,
    pub published_at: Option<DateTimeUtc>,
    pub anonymised: bool,
    pub linked_post_id: Option<i64>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
