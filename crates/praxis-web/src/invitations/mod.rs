//! Invitations into a community: managers invite members and guests; the
//! link's holder accepts.

pub mod api;
pub mod pages;
