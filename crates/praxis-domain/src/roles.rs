use serde::Serialize;

/// A person's platform-wide role. Per-community roles (manager, member) live
/// with communities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Operates the platform: approvals, allow-list, usage code, everything.
    Admin,
    /// Moderates the whole platform.
    Moderator,
    /// Staff of the operator's helpdesk.
    Helpdesk,
    /// A verified public buyer.
    Member,
    /// Someone from outside the buyer domains, invited into one community.
    Guest,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Moderator,
        Role::Helpdesk,
        Role::Member,
        Role::Guest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Moderator => "moderator",
            Role::Helpdesk => "helpdesk",
            Role::Member => "member",
            Role::Guest => "guest",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// A person's name for plain text (mails, CSV, notification lines):
    /// guests are labelled wherever their name appears, so a reader knows
    /// who speaks from outside the public-buyer community.
    pub fn labelled_name(self, display_name: &str) -> String {
        match self {
            Role::Guest => format!("{display_name} (guest)"),
            _ => display_name.to_owned(),
        }
    }
}

/// Where an account stands on its way in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    /// Registered, email address not yet confirmed.
    Unverified,
    /// Email confirmed, domain not on the allow-list: waits for an admin.
    PendingApproval,
    Active,
    /// An admin refused the registration.
    Rejected,
    Suspended,
}

impl UserStatus {
    pub const ALL: [UserStatus; 5] = [
        UserStatus::Unverified,
        UserStatus::PendingApproval,
        UserStatus::Active,
        UserStatus::Rejected,
        UserStatus::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Unverified => "unverified",
            UserStatus::PendingApproval => "pending_approval",
            UserStatus::Active => "active",
            UserStatus::Rejected => "rejected",
            UserStatus::Suspended => "suspended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        UserStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }
}
