//! Community libraries: upload, versions, download.

pub mod api;
pub mod download;
pub mod pages;
pub mod upload;
