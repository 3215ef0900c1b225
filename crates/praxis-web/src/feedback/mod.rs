//! Feedback from members, read, tagged and answered by the operators.

pub mod api;
pub mod pages;
