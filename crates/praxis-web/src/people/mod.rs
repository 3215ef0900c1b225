//! People: the member directory by expertise and each member's profile with
//! the evidence of what they know.

pub mod api;
pub mod pages;

use praxis_domain::Role;
use praxis_store::accounts::{Author, User};
use serde_json::{Value, json};

/// A person as the API shows them next to what they did. Guests carry
/// `"guest": true` wherever their name appears, so readers know who speaks
/// from outside the public-buyer community.
pub fn author_ref(a: &Author) -> Value {
    json!({
        "id": a.id,
        "display_name": a.display_name,
        "organisation": a.organisation,
        "guest": a.role == Role::Guest,
    })
}

/// [`author_ref`] for a full account.
pub fn user_ref(u: &User) -> Value {
    json!({
        "id": u.id,
        "display_name": u.display_name,
        "organisation": u.organisation,
        "guest": u.role == Role::Guest,
    })
}
