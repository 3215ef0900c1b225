//! Moderation of content: hide and restore posts; pin, lock and move
//! threads.

pub mod api;
pub mod pages;
