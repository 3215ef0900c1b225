//! Communities: the directory, a community's page, members, joining and
//! join requests, managers, following.

pub mod api;
pub mod pages;
