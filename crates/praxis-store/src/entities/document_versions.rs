use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub document_id: i64,
    pub version: i32,
    pub sha256: String,
    pub size: i64,
    pub content_type: String,
    pub file_name: String,
    pub note: String,
    pub uploader_id: i64,
    pub text_status: String,
    pub extracted_text: Option<String>,
    pub created_at: DateTimeUtc,
    /// `clean`, `pending` (waiting for the virus scanner) or `infected`.
    pub scan_status: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
