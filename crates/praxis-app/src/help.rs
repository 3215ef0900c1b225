//! The help pages (Markdown in `crates/praxis-app/help/en/`, compiled in)
//! and their one-click "was this page useful?", whose answers the
//! moderators see next to the members' feedback.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult};
use praxis_domain::policy::{self, Denied};

#[derive(Debug)]
pub struct HelpPage {
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the index.
    pub summary: &'static str,
    markdown: &'static str,
}

impl HelpPage {
    /// Our own text, rendered through the same sanitiser as members' posts.
    pub fn html(&self) -> String {
        praxis_domain::markdown::to_safe_html(self.markdown)
    }
}

pub const PAGES: &[HelpPage] = &[
    HelpPage {
        slug: "getting-started",
        title: "Getting started",
        summary: "Your profile, communities to join, what to follow.",
        markdown: include_str!("../help/en/getting-started.md"),
    },
    HelpPage {
        slug: "asking-questions",
        title: "Asking a good question",
        summary: "Search first, say what you need, accept the answer that helped.",
        markdown: include_str!("../help/en/asking-questions.md"),
    },
    HelpPage {
        slug: "documents",
        title: "Sharing documents",
        summary: "Libraries, versions, and what to remove before you share.",
        markdown: include_str!("../help/en/documents.md"),
    },
    HelpPage {
        slug: "finding-people",
        title: "Finding the practitioner who has done it",
        summary: "The member directory by expertise, and asking a colleague.",
        markdown: include_str!("../help/en/finding-people.md"),
    },
    HelpPage {
        slug: "usage-code-and-privacy",
        title: "The usage code and your privacy",
        summary: "Speaking on your own behalf; who can read what.",
        markdown: include_str!("../help/en/usage-code-and-privacy.md"),
    },
    HelpPage {
        slug: "for-managers",
        title: "Managing a community",
        summary: "Members, guests, moderation, events and indicators.",
        markdown: include_str!("../help/en/for-managers.md"),
    },
    HelpPage {
        slug: "accessibility",
        title: "Accessibility statement",
        summary: "How accessible the platform is, what is not yet, and how to tell us.",
        markdown: include_str!("../help/en/accessibility.md"),
    },
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
            assert!(page.html().contains("<p>"), "{}", page.slug);
        }
        assert!(find("nowhere").is_none());
    }
}
