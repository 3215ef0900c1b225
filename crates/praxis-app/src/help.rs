//! The help pages (Markdown in `crates/praxis-app/help/<language>/`,
//! compiled in; titles and summaries in `i18n/<language>/help.ftl`) and
//! their one-click "was this page useful?", whose answers the moderators
//! see next to the members' feedback.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use praxis_domain::policy::{self, Denied};

#[derive(Debug)]
pub struct HelpPage {
    pub slug: &'static str,
    markdown: Texts,
}

/// A page's Markdown in each language the help is written in.
#[derive(Debug)]
struct Texts {
    en: &'static str,
    nl: &'static str,
    fr: &'static str,
}

/// A page's texts, `help/<language>/<slug>.md` for each language.
macro_rules! page {
    ($slug:literal) => {
        HelpPage {
            slug: $slug,
            markdown: Texts {
                en: include_str!(concat!("../help/en/", $slug, ".md")),
                nl: include_str!(concat!("../help/nl/", $slug, ".md")),
                fr: include_str!(concat!("../help/fr/", $slug, ".md")),
            },
        }
    };
}

impl HelpPage {
    /// The page's title (`help-page-<slug>-title` in `help.ftl`).
    pub fn title(&self, lang: &Lang) -> String {
        lang.t(&format!("help-page-{}-title", self.slug))
    }

    /// One line for the index (`help-page-<slug>-summary`).
    pub fn summary(&self, lang: &Lang) -> String {
        lang.t(&format!("help-page-{}-summary", self.slug))
    }

    /// The Markdown in a language (its code: `en`, `nl`, `fr`); English for
    /// any other.
    pub fn markdown(&self, lang_code: &str) -> &'static str {
        match lang_code {
            "nl" => self.markdown.nl,
            "fr" => self.markdown.fr,
            _ => self.markdown.en,
        }
    }

    /// Our own text, rendered through the same sanitiser as members' posts.
    pub fn html(&self, lang_code: &str) -> String {
        praxis_domain::markdown::to_safe_html(self.markdown(lang_code))
    }
}

pub const PAGES: &[HelpPage] = &[
    page!("getting-started"),
    page!("asking-questions"),
    page!("documents"),
    page!("finding-people"),
    page!("usage-code-and-privacy"),
    page!("for-managers"),
    page!("accessibility"),
];

pub fn find(slug: &str) -> Option<&'static HelpPage> {
    PAGES.iter().find(|p| p.slug == slug)
}

/// Records (or replaces) whether a page helped this person.
pub async fn vote(app: &App, auth: &AuthContext, slug: &str, useful: bool) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let page = find(slug).ok_or(AppError::NotFound)?;
    praxis_store::help::vote(&app.db, page.slug, auth.user.id, useful).await?;
    Ok(())
}

/// How useful each page was found, for admins and moderators.
pub struct Usefulness {
    pub page: &'static HelpPage,
    pub useful: u64,
    pub not_useful: u64,
}

pub async fn usefulness(app: &App, auth: &AuthContext) -> AppResult<Vec<Usefulness>> {
    if !auth.actor.is_platform_moderator() {
        return Err(Denied::NotAllowed.into());
    }
    let tally = praxis_store::help::tally(&app.db).await?;
    Ok(PAGES
        .iter()
        .map(|page| {
            let (useful, not_useful) = tally.get(page.slug).copied().unwrap_or_default();
            Usefulness {
                page,
                useful,
                not_useful,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_a_unique_address_and_a_body() {
        let mut slugs: Vec<&str> = PAGES.iter().map(|p| p.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), PAGES.len());
        for page in PAGES {
            assert!(page.html("en").contains("<p>"), "{}", page.slug);
        }
        assert!(find("nowhere").is_none());
    }

    #[test]
    fn every_page_is_written_in_dutch_and_french_too() {
        let english = Lang::english();
        for code in ["nl", "fr"] {
            let lang = Lang::parse(code).expect("a language Praxis speaks");
            for page in PAGES {
                assert!(page.html(code).contains("<p>"), "{code}: {}", page.slug);
                assert_ne!(
                    page.markdown(code),
                    page.markdown("en"),
                    "{code}: {}",
                    page.slug
                );
                assert_ne!(
                    page.title(&lang),
                    page.title(&english),
                    "{code}: {}",
                    page.slug
                );
                assert_ne!(
                    page.summary(&lang),
                    page.summary(&english),
                    "{code}: {}",
                    page.slug
                );
            }
        }
        let start = find("getting-started").expect("the page");
        assert_eq!(start.title(&english), "Getting started");
        assert_eq!(start.html("de"), start.html("en"), "English for the rest");
    }
}
