//! `GET /api/v1/indicators` and `/api/v1/indicators.csv`, as in API.md
//! "Monitoring and feedback".

use crate::error::ApiResult;
use crate::extract::{ApiQuery, ApiUser};
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use praxis_app::App;
use praxis_app::indicators::{self, IndicatorsQuery};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Params {
    from: Option<String>,
    to: Option<String>,
    community: Option<String>,
}

impl Params {
    fn query(&self) -> IndicatorsQuery<'_> {
        IndicatorsQuery {
            from: self.from.as_deref(),
            to: self.to.as_deref(),
            community: self.community.as_deref(),
        }
    }
}

pub async fn json(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<Params>,
) -> ApiResult<impl IntoResponse> {
    Ok(Json(
        indicators::compute(&app, &user.auth, params.query()).await?,
    ))
}

pub async fn csv(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<Params>,
) -> ApiResult<Response> {
    let found = indicators::compute(&app, &user.auth, params.query()).await?;
    Ok(crate::csv::response("indicators.csv", super::csv(&found)))
}
