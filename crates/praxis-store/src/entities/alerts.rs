use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: String,
    #[sea_orm(unique)]
    pub key: String,
    pub community_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub details: String,
    pub created_at: DateTimeUtc,
    pub dismissed_at: Option<DateTimeUtc>,
    pub dismissed_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
