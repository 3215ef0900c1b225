//! The HTML pages, driven like a browser: cookies, CSRF tokens, forms.

mod accounts;
mod admin;
mod communities;
mod discussions;
mod documents;
mod search_people;
