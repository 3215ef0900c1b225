//! `GET /api/v1/search`, as in API.md "Search and people".

use crate::error::ApiResult;
use crate::extract::{ApiQuery, ApiUser};
use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use praxis_app::App;
use praxis_app::search::query::{self, Hit, SearchRequest};
use praxis_domain::Paging;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchParams {
    q: String,
    #[serde(rename = "type")]
    kind: Option<String>,
    community: Option<String>,
    tag: Option<String>,
    lang: Option<String>,
    from: Option<String>,
    to: Option<String>,
    prefix: Option<String>,
    sort: Option<String>,
}

impl SearchParams {
    /// The same parameters, from the results page's form.
    #[allow(clippy::too_many_arguments)]
    pub fn from_page(
        q: &str,
        kind: Option<String>,
        community: Option<String>,
        tag: Option<String>,
        lang: Option<String>,
        from: Option<String>,
        to: Option<String>,
        sort: Option<String>,
    ) -> Self {
        SearchParams {
            q: q.to_owned(),
            kind,
            community,
            tag,
            lang,
            from,
            to,
            prefix: None,
            sort,
        }
    }

    pub fn into_request(self, paging: Paging) -> SearchRequest {
        SearchRequest {
            q: self.q,
            kinds: self.kind,
            community: self.community,
            tag: self.tag,
            lang: self.lang,
            from: self.from,
            to: self.to,
            prefix: self
                .prefix
                .is_some_and(|p| matches!(p.as_str(), "1" | "true" | "yes" | "on")),
            sort: self.sort,
            paging,
        }
    }
}

pub fn hit_json(hit: &Hit) -> Value {
    json!({
        "type": hit.kind.as_str(),
        "id": hit.id.to_string(),
        "title": hit.title,
        "snippet": hit.snippet,
        "snippet_html": hit.snippet_html,
        "community": hit.community.as_ref().map(|c| json!({
            "id": c.id, "slug": c.slug, "name": c.name,
        })),
        "thread_id": hit.thread_id.map(|t| t.to_string()),
        "lang": hit.lang,
        "accepted": hit.accepted,
        "verified": hit.verified,
        "guest": hit.guest,
        "created_at": hit.created_at,
        "url": hit.url,
    })
}

pub async fn search(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<SearchParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let page = query::search(&app, &user.auth, params.into_request(paging)).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(hit_json).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}
