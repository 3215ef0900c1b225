//! The HTML pages, driven like a browser: cookies, CSRF tokens, forms.

mod accounts;
mod admin;
mod communities;
mod discussions;
mod documents;
mod events;
mod expertise;
mod feedback;
mod help_languages;
mod helpdesk;
mod indicators;
mod language;
mod search_people;
