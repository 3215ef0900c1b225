//! The HTML pages, driven like a browser: cookies, CSRF tokens, forms.

mod accounts;
mod admin;
mod communities;
mod dates;
mod discussions;
mod documents;
mod error_languages;
mod events;
mod expertise;
mod feedback;
mod help_languages;
mod helpdesk;
mod indicators;
mod interface_words;
mod language;
mod search_people;
mod theme;
