//! Pure domain of Praxis: no I/O, no database, no HTTP.
//!
//! Values that come from users are parsed into newtypes here ("parse, don't
//! validate"), so every layer above can trust an `Email` or a `DisplayName`
//! without checking it again. The authorization policy lives here too, so the
//! rules of who may do what are written exactly once.

pub mod community;
pub mod discussion;
pub mod documents;
pub mod events;
pub mod ical;
pub mod ids;
pub mod locale;
pub mod markdown;
pub mod paging;
pub mod password;
pub mod policy;
pub mod roles;
pub mod taxonomy;
pub mod text;
pub mod validation;

pub use community::{CommunityKind, CommunityRole, Membership, Slug};
pub use discussion::{EmailFrequency, ReactionKind, ThreadKind};
pub use documents::DocumentType;
pub use ids::{CommunityId, DocumentId, EventId, NotificationId, PostId, ThreadId, UserId};
pub use locale::Locale;
pub use paging::{PageOf, Paging};
pub use roles::{Role, UserStatus};
pub use text::{BuyerDomain, DisplayName, Email};
pub use validation::{MessageArg, MessageArgs, ValidationError};
