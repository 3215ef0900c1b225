//! Verified answers, experts, and practitioners asked to answer.

pub mod api;
pub mod pages;
