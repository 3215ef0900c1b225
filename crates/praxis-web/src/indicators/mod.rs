//! Monitoring indicators: JSON, CSV and the moderator's dashboard page.

pub mod api;
pub mod charts;
pub mod pages;

use praxis_app::indicators::Indicators;

/// One row per community, for spreadsheets.
pub fn csv(indicators: &Indicators) -> String {
    let rows: Vec<Vec<String>> = indicators
        .per_community
        .iter()
        .map(|c| {
            vec![
                c.slug.clone(),
                c.name.clone(),
                c.members.to_string(),
                c.posts_30d.to_string(),
                c.last_activity_at
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_default(),
                if c.dormant { "yes" } else { "no" }.to_owned(),
            ]
        })
        .collect();
    crate::csv::document(
        &[
            "slug",
            "name",
            "members",
            "posts_30d",
            "last_activity_at",
            "dormant",
        ],
        &rows,
    )
}
