//! People: the member directory by expertise and each member's profile with
//! the evidence of what they know.

pub mod api;
pub mod pages;
