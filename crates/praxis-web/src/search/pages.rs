//! `GET /search`: results with filters, for people (the API has the same
//! results for machines).

use crate::error::{PageError, render};
use crate::extract::PageUser;
use crate::layout::Layout;
use crate::search::api::SearchParams;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use praxis_app::App;
use praxis_app::search::query::{self, HitKind};
use praxis_domain::Paging;
use serde::Deserialize;

const PER_PAGE: u64 = 20;

pub struct ResultRow {
    pub kind: &'static str,
    pub kind_label: String,
    pub title: String,
    pub url: String,
    pub snippet_html: String,
    pub community_name: String,
    pub community_slug: String,
    pub accepted: bool,
    pub verified: bool,
    pub guest: bool,
    pub date: chrono::DateTime<chrono::Utc>,
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct ResultsPage {
    layout: Layout,
    q: String,
    kind: String,
    lang: String,
    sort: String,
    community: String,
    tag: String,
    from: String,
    to: String,
    kinds: Vec<(&'static str, String)>,
    rows: Vec<ResultRow>,
    total: u64,
    page: u64,
    has_next: bool,
    /// The query string without `page`, for the pager's links.
    filters: String,
    error: Option<String>,
}

fn kind_plural(layout: &Layout, kind: HitKind) -> String {
    match kind {
        HitKind::Thread => layout.t("search-kind-threads"),
        HitKind::Post => layout.t("search-kind-replies"),
        HitKind::Document => layout.t("search-kind-documents"),
        HitKind::Person => layout.t("search-kind-members"),
    }
}

fn kind_label(layout: &Layout, kind: HitKind) -> String {
    match kind {
        HitKind::Thread => layout.t("search-kind-thread"),
        HitKind::Post => layout.t("search-kind-reply"),
        HitKind::Document => layout.t("search-kind-document"),
        HitKind::Person => layout.t("search-kind-member"),
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PageParams {
    q: String,
    #[serde(rename = "type")]
    kind: String,
    lang: String,
    sort: String,
    community: String,
    tag: String,
    from: String,
    to: String,
    page: Option<u64>,
}

pub async fn results(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<PageParams>,
) -> Result<Response, PageError> {
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    let request = SearchParams::from_page(
        &params.q,
        some(&params.kind),
        some(&params.community),
        some(&params.tag),
        some(&params.lang),
        some(&params.from),
        some(&params.to),
        some(&params.sort),
    )
    .into_request(Paging {
        page: params.page.unwrap_or(1).max(1),
        per_page: PER_PAGE,
    });
    let (rows, total, page, has_next, error) = match query::search(&app, &user.auth, request).await
    {
        Ok(found) => {
            let has_next = found.page * found.per_page < found.total;
            let rows = found
                .items
                .into_iter()
                .map(|hit| ResultRow {
                    kind: hit.kind.as_str(),
                    kind_label: kind_label(&user.ctx.layout, hit.kind),
                    title: hit.title,
                    url: hit.url,
                    snippet_html: hit.snippet_html,
                    community_name: hit
                        .community
                        .as_ref()
                        .map(|c| c.name.clone())
                        .unwrap_or_default(),
                    community_slug: hit
                        .community
                        .as_ref()
                        .map(|c| c.slug.clone())
                        .unwrap_or_default(),
                    accepted: hit.accepted,
                    verified: hit.verified,
                    guest: hit.guest,
                    date: hit.created_at,
                })
                .collect();
            (rows, found.total, found.page, has_next, None)
        }
        // Filters typed into the URL by hand: say what is wrong, keep
        // the form.
        Err(praxis_app::AppError::Invalid(errors)) => (
            Vec::new(),
            0,
            1,
            false,
            Some(
                errors
                    .iter()
                    .map(|e| e.message.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ),
        Err(other) => return Err(user.ctx.error(other)),
    };
    let filters = serde_urlencoded::to_string([
        ("q", params.q.as_str()),
        ("type", params.kind.as_str()),
        ("lang", params.lang.as_str()),
        ("sort", params.sort.as_str()),
        ("community", params.community.as_str()),
        ("tag", params.tag.as_str()),
        ("from", params.from.as_str()),
        ("to", params.to.as_str()),
    ])
    .unwrap_or_default();
    let kinds = HitKind::ALL
        .iter()
        .map(|k| (k.as_str(), kind_plural(&user.ctx.layout, *k)))
        .collect();
    Ok(render(&ResultsPage {
        layout: user.ctx.layout,
        q: params.q,
        kind: params.kind,
        lang: params.lang,
        sort: params.sort,
        community: params.community,
        tag: params.tag,
        from: params.from,
        to: params.to,
        kinds,
        rows,
        total,
        page,
        has_next,
        filters,
        error,
    }))
}
