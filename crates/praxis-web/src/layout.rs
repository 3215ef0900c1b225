//! What every page's frame shows: the site name, who is signed in, the CSRF
//! token for its forms, and a one-off notice after a redirect.

use crate::i18n::{Lang, arg};
use praxis_app::App;
use praxis_app::accounts::AuthContext;
use praxis_domain::Role;

#[derive(Debug, Clone)]
pub struct LayoutUser {
    pub display_name: String,
    pub is_admin: bool,
    pub is_platform_moderator: bool,
    /// Moderates something (for members: manages a community): the queue
    /// and the indicators in the menu.
    pub manages_a_community: bool,
    pub must_accept_usage_code: bool,
    pub unread_notifications: u64,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub site_name: String,
    /// The deployment's accent (`/theme.css`) and logo.
    pub theme: std::sync::Arc<praxis_app::theme::Theme>,
    /// The page's language code, for `<html lang>`.
    pub lang: String,
    /// The language the page's texts are in.
    pub ui: Lang,
    /// The zone the viewer reads times in (`crate::dates`): theirs, else
    /// the site's `default_time_zone`.
    pub zone: chrono_tz::Tz,
    pub user: Option<LayoutUser>,
    /// The token forms must send back as `_csrf`.
    pub csrf: String,
    pub notice: Option<String>,
    /// Where the footer's language switch brings the reader back to.
    pub path: String,
}

impl Layout {
    pub fn new(
        app: &App,
        auth: Option<&AuthContext>,
        csrf: String,
        notice: Option<&str>,
        ui: Lang,
    ) -> Self {
        Layout {
            site_name: app.config.site_name.clone(),
            theme: app.theme.clone(),
            lang: ui.code().to_owned(),
            user: auth.map(|a| LayoutUser {
                display_name: a.user.display_name.clone(),
                is_admin: a.user.role == Role::Admin,
                is_platform_moderator: matches!(a.user.role, Role::Admin | Role::Moderator),
                manages_a_community: praxis_app::moderation::moderates_something(a),
                must_accept_usage_code: !a.actor.accepted_current_usage_code,
                unread_notifications: 0,
            }),
            csrf,
            notice: notice.and_then(|code| notice_text(&ui, code)),
            path: "/".to_owned(),
            zone: praxis_app::i18n::zone(
                auth.map_or("", |a| a.user.time_zone.as_str()),
                &app.config.default_time_zone,
            ),
            ui,
        }
    }

    /// A text of the interface in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.ui.t(key)
    }

    /// A text with one argument (`{ $name }`), e.g. a count for a plural.
    pub fn t1(&self, key: &str, name: &'static str, value: impl std::fmt::Display) -> String {
        self.ui.t_args(key, &[(name, arg(value))])
    }

    /// The name of a code of the domain (a community's kind, a document's
    /// type…): the message `<group>-<code>`.
    pub fn label(&self, group: &str, code: &str) -> String {
        self.ui.t(&format!("{group}-{code}"))
    }

    /// A text with two arguments.
    pub fn t2(
        &self,
        key: &str,
        name: &'static str,
        value: impl std::fmt::Display,
        name2: &'static str,
        value2: impl std::fmt::Display,
    ) -> String {
        self.ui
            .t_args(key, &[(name, arg(value)), (name2, arg(value2))])
    }

    /// The other languages, for the footer's switch.
    pub fn other_languages(&self) -> Vec<(String, String)> {
        Lang::all()
            .iter()
            .filter(|l| l.code() != self.ui.code())
            .map(|l| (l.code().to_owned(), l.name()))
            .collect()
    }
}

/// Notices travel as codes in `?notice=`, never as text, so a link cannot
/// make the page say something we did not write: only codes with a message
/// (`notice-<code>` in `i18n/*/notices.ftl`) show.
fn notice_text(ui: &Lang, code: &str) -> Option<String> {
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return None;
    }
    let key = format!("notice-{}", code.replace('_', "-"));
    Lang::english().has(&key).then(|| ui.t(&key))
}
