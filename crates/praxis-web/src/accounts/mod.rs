//! Accounts: registration, verification, sign-in, passwords, the usage code,
//! profiles, and their administration.

pub mod api;
pub mod pages;
