use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "help_votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub page: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    pub useful: bool,
    pub voted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
