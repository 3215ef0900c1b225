//! The helpdesk: members ask privately; staff answer, publish or close.

pub mod api;
pub mod pages;
