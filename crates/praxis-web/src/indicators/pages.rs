//! `/moderation/indicators`: the figures of a period at a glance, with the
//! communities to look after first.

use crate::error::{PageError, render};
use crate::extract::PageUser;
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use praxis_app::App;
use praxis_app::indicators::{self, Indicators, IndicatorsQuery};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "moderation/indicators.html")]
struct DashboardPage {
    layout: Layout,
    i: Indicators,
    from: String,
    to: String,
    community: String,
    csv_query: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Params {
    from: String,
    to: String,
    community: String,
}

fn show(value: Option<f64>, unit: &str) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v}{unit}"))
}

pub async fn dashboard(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<Params>,
) -> Result<Response, PageError> {
    let found = indicators::compute(
        &app,
        &user.auth,
        IndicatorsQuery {
            from: Some(params.from.as_str()),
            to: Some(params.to.as_str()),
            community: Some(params.community.as_str()),
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let csv_query = serde_urlencoded::to_string([
        ("from", params.from.as_str()),
        ("to", params.to.as_str()),
        ("community", params.community.as_str()),
    ])
    .unwrap_or_default();
    Ok(render(&DashboardPage {
        from: found.from.format("%Y-%m-%d").to_string(),
        to: found.to.format("%Y-%m-%d").to_string(),
        community: params.community,
        csv_query,
        i: found,
        layout: user.ctx.layout,
    }))
}

/// For the template: a share or a time, or a dash when undefined.
pub fn figure(value: &Option<f64>, unit: &str) -> String {
    show(*value, unit)
}
