use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub organisation: String,
    pub password_hash: String,
    pub role: String,
    pub status: String,
    pub email_verified_at: Option<DateTimeUtc>,
    pub bio: String,
    pub region: String,
    /// Comma-separated language codes, e.g. "en,nl".
    pub languages: String,
    pub locale: String,
    /// IANA zone events are shown in; empty: the site's default.
    pub time_zone: String,
    pub accepted_usage_code_version: Option<i32>,
    pub suspended_until: Option<DateTimeUtc>,
    pub suspension_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The @mention handle, derived from the display name.
    pub handle: String,
    pub email_frequency: String,
    pub last_digest_at: Option<DateTimeUtc>,
    /// Comma-separated expertise codes (`praxis_domain::taxonomy`).
    pub expertise: String,
    /// Moderators and managers: mail me each new alert.
    pub alert_mail: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
