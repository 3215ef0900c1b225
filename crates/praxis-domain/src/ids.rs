//! Typed identifiers. In the database they are 64-bit integers (fast keys and
//! keyset pagination); in the API they are opaque strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                s.parse::<i64>().ok().filter(|n| *n > 0).map(Self).ok_or(())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[derive(Deserialize)]
                #[serde(untagged)]
                enum Raw {
                    Text(String),
                    Number(i64),
                }
                let parsed = match Raw::deserialize(d)? {
                    Raw::Text(s) => s.parse().ok(),
                    Raw::Number(n) => (n > 0).then_some(Self(n)),
                };
                parsed.ok_or_else(|| serde::de::Error::custom("not a valid id"))
            }
        }
    };
}

id_type!(
    /// A registered person (member, staff or guest).
    UserId
);

id_type!(
    /// A themed community (sector, network, project, policy field).
    CommunityId
);

id_type!(
    /// A discussion or a question.
    ThreadId
);

id_type!(
    /// One message in a thread; the thread's opening message is a post too.
    PostId
);

id_type!(
    /// An in-app notification.
    NotificationId
);

id_type!(
    /// A shared document (all its versions).
    DocumentId
);

id_type!(
    /// An event (conference, webinar, peer exchange).
    EventId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_strings_and_refuse_garbage() {
        assert_eq!(
            serde_json::to_string(&UserId(7)).unwrap_or_default(),
            "\"7\""
        );
        assert_eq!("12".parse::<UserId>(), Ok(UserId(12)));
        assert!("-1".parse::<UserId>().is_err());
        assert!("abc".parse::<UserId>().is_err());
    }
}
