//! Search: the results page, the search-as-you-type suggestions and
//! `GET /api/v1/search`.

pub mod api;
pub mod pages;
