//! `/moderation/indicators`: the dashboard. The figures of a period at a
//! glance, charts week by week (each followed by its figures as a table),
//! and the communities to look after first. Platform moderators see the
//! whole platform or one community; managers one of their communities.

use super::charts;
use crate::error::{PageError, render};
use crate::extract::PageUser;
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::Duration;
use praxis_app::App;
use praxis_app::indicators::{self, CommunityIndicators, Indicators, IndicatorsQuery};
use praxis_domain::CommunityRole;
use serde::Deserialize;

/// A chart and the same figures as a table.
pub struct ChartView {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub label_header: String,
    pub value_header: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "moderation/indicators.html")]
struct DashboardPage {
    layout: Layout,
    i: Indicators,
    /// The period as the date fields want it (`YYYY-MM-DD`)…
    from: String,
    to: String,
    /// … and as people read it ("3 December 2026").
    period_from: String,
    period_to: String,
    community: String,
    /// Managers choose among the communities they manage.
    managed: Vec<(String, String)>,
    platform_wide: bool,
    csv_query: String,
    charts: Vec<ChartView>,
    dormant: Vec<CommunityIndicators>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Params {
    from: String,
    to: String,
    community: String,
}

/// A figure in the page's language, with as many decimals as it has (up
/// to two): "12,345", "12.5 %" ("12,5 %"), or a dash when undefined.
fn show(layout: &Layout, value: Option<f64>, unit: &str) -> String {
    value.map_or_else(
        || "—".to_owned(),
        |v| {
            let plain = format!("{v}");
            let places = plain.split_once('.').map_or(0, |(_, f)| f.len().min(2));
            format!("{}{unit}", layout.ui.decimal(v, places))
        },
    )
}

/// For the template: a share or a time, or a dash when undefined.
pub fn figure(layout: &Layout, value: &Option<f64>, unit: &str) -> String {
    show(layout, *value, unit)
}

fn week_label(layout: &Layout, day: chrono::NaiveDate) -> String {
    layout.t1(
        "moderation-indicators-week-of",
        "date",
        layout.ui.day_short(day),
    )
}

fn weekly_chart(
    layout: &Layout,
    i: &Indicators,
    id: &'static str,
    title: &str,
    value_header: String,
    value: impl Fn(&indicators::Week) -> Option<f64>,
) -> ChartView {
    let points: Vec<(chrono::NaiveDate, Option<f64>)> =
        i.weeks.iter().map(|w| (w.starts_on, value(w))).collect();
    ChartView {
        id,
        title: title.to_owned(),
        svg: charts::weekly_line(id, title, &points, &layout.ui),
        label_header: layout.t("moderation-indicators-week"),
        value_header,
        rows: points
            .iter()
            .map(|(day, v)| (week_label(layout, *day), show(layout, *v, "")))
            .collect(),
    }
}

fn charts_of(i: &Indicators, layout: &Layout) -> Vec<ChartView> {
    let mut out = vec![
        weekly_chart(
            layout,
            i,
            "posts",
            &layout.t("moderation-indicators-chart-posts"),
            layout.t("moderation-indicators-posts"),
            |w| Some(w.posts as f64),
        ),
        weekly_chart(
            layout,
            i,
            "active",
            &layout.t("moderation-indicators-chart-active"),
            layout.t("moderation-indicators-active-members"),
            |w| Some(w.active_members as f64),
        ),
        weekly_chart(
            layout,
            i,
            "first-reply",
            &layout.t("moderation-indicators-chart-first-reply"),
            layout.t("moderation-indicators-median-hours"),
            |w| w.median_first_reply_hours,
        ),
    ];
    if i.community.is_none() {
        let mut top: Vec<&CommunityIndicators> = i.per_community.iter().collect();
        top.sort_by(|a, b| b.posts_30d.cmp(&a.posts_30d).then(a.name.cmp(&b.name)));
        top.truncate(10);
        let items: Vec<(String, u64)> = top.iter().map(|c| (c.name.clone(), c.posts_30d)).collect();
        let title = layout.t("moderation-indicators-chart-top");
        out.push(ChartView {
            id: "top",
            svg: charts::bars("top", &title, &items, &layout.ui),
            title,
            label_header: layout.t("moderation-indicators-community"),
            value_header: layout.t("moderation-indicators-posts-30d"),
            rows: items
                .into_iter()
                .map(|(name, posts)| (name, layout.number(posts)))
                .collect(),
        });
        let now = chrono::Utc::now();
        let mut quiet: Vec<(String, u64)> = i
            .per_community
            .iter()
            .filter(|c| c.dormant)
            .filter_map(|c| {
                // Communities that never had a post are listed below the charts.
                let since = c.last_activity_at?;
                Some((
                    c.name.clone(),
                    u64::try_from((now - since).num_days()).unwrap_or(0),
                ))
            })
            .collect();
        quiet.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        quiet.truncate(10);
        if !quiet.is_empty() {
            let title = layout.t("moderation-indicators-chart-dormant");
            out.push(ChartView {
                id: "dormant",
                svg: charts::bars("dormant", &title, &quiet, &layout.ui),
                title,
                label_header: layout.t("moderation-indicators-community"),
                value_header: layout.t("moderation-indicators-days-since-post"),
                rows: quiet
                    .into_iter()
                    .map(|(name, days)| (name, layout.number(days)))
                    .collect(),
            });
        }
    }
    out
}

pub async fn dashboard(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<Params>,
) -> Result<Response, PageError> {
    let platform_wide = user.auth.actor.is_platform_moderator();
    let managed: Vec<(String, String)> = if platform_wide {
        Vec::new()
    } else {
        praxis_app::communities::mine(&app, &user.auth)
            .await
            .map_err(|e| user.ctx.error(e))?
            .into_iter()
            .filter(|l| l.my_role == Some(CommunityRole::Manager))
            .map(|l| (l.community.slug, l.community.name))
            .collect()
    };
    // A manager without a choice sees their first community; the use case
    // refuses anyone else.
    let community = match (params.community.trim(), managed.first()) {
        ("", Some((slug, _))) => slug.clone(),
        (chosen, _) => chosen.to_owned(),
    };
    // Charts need weeks: without a start, the page shows twelve of them.
    let from = if params.from.trim().is_empty() {
        (chrono::Utc::now() - Duration::weeks(12))
            .format("%Y-%m-%d")
            .to_string()
    } else {
        params.from.clone()
    };
    let found = indicators::compute(
        &app,
        &user.auth,
        IndicatorsQuery {
            from: Some(from.as_str()),
            to: Some(params.to.as_str()),
            community: Some(community.as_str()),
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let csv_query = serde_urlencoded::to_string([
        ("from", from.as_str()),
        ("to", params.to.as_str()),
        ("community", community.as_str()),
    ])
    .unwrap_or_default();
    let dormant = found
        .per_community
        .iter()
        .filter(|c| c.dormant)
        .cloned()
        .collect();
    let last_day = (found.to - Duration::microseconds(1)).date_naive();
    Ok(render(&DashboardPage {
        period_from: user.ctx.layout.ui.day(found.from.date_naive()),
        period_to: user.ctx.layout.ui.day(last_day),
        from: found.from.format("%Y-%m-%d").to_string(),
        // The period's end is exclusive; the form shows its last day.
        to: (found.to - Duration::microseconds(1))
            .format("%Y-%m-%d")
            .to_string(),
        charts: charts_of(&found, &user.ctx.layout),
        dormant,
        community,
        managed,
        platform_wide,
        csv_query,
        i: found,
        layout: user.ctx.layout,
    }))
}
