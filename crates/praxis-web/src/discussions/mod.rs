//! Discussions and questions: thread lists, threads, replies, edits,
//! accepted answers, reactions, follows, the feed and notifications.

pub mod api;
pub mod pages;
