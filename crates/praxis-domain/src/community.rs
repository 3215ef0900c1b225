//! Communities: what they are, who may join them and how.

use crate::validation::ValidationError;

/// The address of a community in URLs: lower-case letters, digits and
/// hyphens, 2 to 60 characters, starting with a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(ValidationError::required("slug"));
        }
        let len = value.chars().count();
        if len < 2 {
            return Err(ValidationError::too_short("slug", 2));
        }
        if len > 60 {
            return Err(ValidationError::too_long("slug", 60));
        }
        let ok = value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if !ok {
            return Err(ValidationError::new(
                "slug",
                "invalid_slug",
                "Use lower-case letters, digits and single hyphens, like green-procurement.",
            ));
        }
        Ok(Slug(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Option<Self> {
                match raw.trim() { $($text => Some($name::$variant),)+ _ => None }
            }

            /// Parses input typed by a person, naming the field when it fails.
            pub fn parse_field(raw: &str) -> Result<Self, ValidationError> {
                Self::parse(raw).ok_or_else(|| {
                    let allowed = Self::ALL
                        .iter()
                        .map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    ValidationError::new(
                        $field,
                        concat!("invalid_", $field),
                        format!("Choose one of: {allowed}."),
                    )
                    .with_arg("allowed", allowed)
                })
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What a community is about.
    CommunityKind, "kind" {
        Sector => "sector",
        Network => "network",
        Project => "project",
        Policy => "policy",
    }
);

string_enum!(
    /// How people get in.
    Membership, "membership" {
        Open => "open",
        Approval => "approval",
        Invite => "invite",
    }
);

string_enum!(
    /// A person's role in one community.
    CommunityRole, "role" {
        Manager => "manager",
        Member => "member",
    }
);

impl CommunityKind {
    pub fn label(self) -> &'static str {
        match self {
            CommunityKind::Sector => "Sector",
            CommunityKind::Network => "Purchasing network",
            CommunityKind::Project => "Project",
            CommunityKind::Policy => "Policy field",
        }
    }
}

impl Membership {
    pub fn label(self) -> &'static str {
        match self {
            Membership::Open => "Open: join at once",
            Membership::Approval => "On request: managers approve",
            Membership::Invite => "By invitation only",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(
            Slug::parse(" Green-Procurement ").map(|s| s.0),
            Ok("green-procurement".to_owned())
        );
        for bad in ["", "a", "-x", "x-", "a--b", "a b", "é-x", &"x".repeat(61)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn kinds_parse_with_a_named_field() {
        assert_eq!(CommunityKind::parse("policy"), Some(CommunityKind::Policy));
        let err = Membership::parse_field("secret").unwrap_err();
        assert_eq!(err.field, "membership");
        assert_eq!(err.code, "invalid_membership");
    }
}
