//! The HTML pages, driven like a browser: cookies, CSRF tokens, forms.

mod accounts;
mod admin;
mod discussions;
mod documents;
mod search_people;
