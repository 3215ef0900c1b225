//! Help pages (public) with "was this page useful?" for members, and how
//! useful each page was found, for the moderators.

pub mod api;
pub mod pages;
