//! `/api/v1/events*`, `/api/v1/me/calendar-feed` and `/calendar/{token}.ics`,
//! as in API.md "Events and helpdesk".

use super::{attendee_csv, ics_response, split_ics};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery, ApiUser, OptionalJson, path_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use praxis_app::events::{self, EventView, ListQuery, NewEventInput};
use praxis_app::{App, AppError};
use praxis_domain::{EventId, Paging, ValidationError};
use praxis_store::communities::Community;
use praxis_store::events::Event;
use serde::Deserialize;
use serde_json::{Value, json};

pub fn event_json(event: &Event, community: Option<&Community>) -> Value {
    json!({
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "description_html": event.description_html,
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "time_zone": event.time_zone,
        "location": event.location,
        "online_url": event.online_url,
        "capacity": event.capacity,
        "going_count": event.going_count,
        "full": event.capacity.is_some_and(|c| event.going_count >= c),
        "cancelled": event.cancelled_at.is_some(),
        "community": community.map(|c| json!({ "slug": c.slug, "name": c.name })),
        "thread_id": event.thread_id,
        "created_at": event.created_at,
    })
}

fn view_json(view: &EventView) -> Value {
    let mut value = event_json(&view.event, view.community.as_ref());
    value["maybe_count"] = json!(view.maybe_count);
    value["waitlist_count"] = json!(view.waitlist_count);
    value["past"] = json!(view.is_past());
    value["my_rsvp"] = json!(view.my_rsvp);
    value["can_organise"] = json!(view.can_organise);
    value["organiser"] = json!(view.organiser.as_ref().map(crate::people::user_ref));
    value["discussion"] = json!(view.event.thread_id.zip(view.discussion.as_ref()).map(
        |(thread, (community, readable))| json!({
            "thread_id": thread,
            "community": { "slug": community.slug, "name": community.name },
            "readable": readable,
        })
    ));
    value["documents"] = json!(
        view.documents
            .iter()
            .map(|d| json!({ "id": d.id, "title": d.title }))
            .collect::<Vec<_>>()
    );
    value
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateBody {
    title: String,
    description: String,
    starts_at: String,
    ends_at: String,
    time_zone: String,
    location: String,
    online_url: String,
    capacity: Option<i64>,
    community: Option<String>,
    discussion_community: Option<String>,
}

pub async fn create(
    State(app): State<App>,
    user: ApiUser,
    ApiJson(body): ApiJson<CreateBody>,
) -> ApiResult<impl IntoResponse> {
    let event = events::create(
        &app,
        &user.auth,
        NewEventInput {
            title: body.title,
            description: body.description,
            starts_at: body.starts_at,
            ends_at: body.ends_at,
            time_zone: body.time_zone,
            location: body.location,
            online_url: body.online_url,
            capacity: body.capacity,
            community: body.community.unwrap_or_default(),
            discussion_community: body.discussion_community.unwrap_or_default(),
        },
    )
    .await?;
    let view = events::view(&app, &user.auth, event.id).await?;
    Ok((StatusCode::CREATED, Json(view_json(&view))))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListParams {
    from: Option<String>,
    to: Option<String>,
    past: Option<bool>,
    community: Option<String>,
}

fn parse_time(field: &str, raw: Option<&str>) -> Result<Option<DateTime<Utc>>, AppError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(raw) => DateTime::parse_from_rfc3339(raw)
            .map(|t| Some(t.with_timezone(&Utc)))
            .or_else(|_| {
                chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                    .map(|d| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()))
            })
            .map_err(|_| {
                AppError::invalid(ValidationError::new(
                    field,
                    "invalid_time",
                    "Give a date (2026-12-03) or an RFC 3339 time.",
                ))
            }),
    }
}

pub async fn list(
    State(app): State<App>,
    user: ApiUser,
    ApiQuery(params): ApiQuery<ListParams>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<impl IntoResponse> {
    let query = ListQuery {
        from: parse_time("from", params.from.as_deref())?,
        to: parse_time("to", params.to.as_deref())?,
        past: params.past.unwrap_or(false),
        community: params.community,
    };
    let page = events::list(&app, &user.auth, query, paging).await?;
    Ok(Json(json!({
        "items": page.items.iter().map(|(e, c)| event_json(e, c.as_ref())).collect::<Vec<_>>(),
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
    })))
}

/// `GET /events/{id}` and `GET /events/{id}.ics`.
pub async fn show(
    State(app): State<App>,
    user: ApiUser,
    Path(raw): Path<String>,
) -> Result<Response, ApiError> {
    let (id, ics) = split_ics(&raw);
    let id: EventId = path_id(id)?;
    if ics {
        let (event, text) = events::ics(&app, &user.auth, id).await?;
        return Ok(ics_response(&format!("event-{}.ics", event.id), text));
    }
    let view = events::view(&app, &user.auth, id).await?;
    Ok(Json(view_json(&view)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RsvpBody {
    status: String,
}

pub async fn rsvp(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RsvpBody>,
) -> ApiResult<impl IntoResponse> {
    let id: EventId = path_id(&id)?;
    let status = events::rsvp(&app, &user.auth, id, &body.status).await?;
    let view = events::view(&app, &user.auth, id).await?;
    Ok(Json(json!({
        "status": status,
        "going_count": view.event.going_count,
        "waitlist_count": view.waitlist_count,
        "full": view.is_full(),
    })))
}

pub async fn attendees(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let (_, rows) = events::attendees(&app, &user.auth, path_id(&id)?).await?;
    Ok(Json(json!({
        "items": rows.iter().map(|(u, r)| json!({
            "user": {
                "id": u.id,
                "display_name": u.display_name,
                "organisation": u.organisation,
                "email": u.email,
                "guest": u.role == praxis_domain::Role::Guest,
            },
            "status": r.status,
            "answered_at": r.updated_at,
        })).collect::<Vec<_>>(),
        "total": rows.len(),
    })))
}

pub async fn attendees_csv(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let (event, rows) = events::attendees(&app, &user.auth, path_id(&id)?).await?;
    // Scripts read the API's columns by name: always in English here; the
    // page's download is in the member's language.
    Ok(crate::csv::response(
        &format!("event-{}-attendees.csv", event.id),
        attendee_csv(&rows, &praxis_app::i18n::Lang::english()),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CancelBody {
    reason: String,
}

pub async fn cancel(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<CancelBody>,
) -> ApiResult<impl IntoResponse> {
    let id: EventId = path_id(&id)?;
    events::cancel(&app, &user.auth, id, &body.reason).await?;
    let view = events::view(&app, &user.auth, id).await?;
    Ok(Json(view_json(&view)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DocumentBody {
    document_id: String,
}

pub async fn attach_document(
    State(app): State<App>,
    user: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DocumentBody>,
) -> ApiResult<impl IntoResponse> {
    let document = body.document_id.trim().parse().map_err(|_| {
        AppError::invalid(ValidationError::new(
            "document_id",
            "unknown_document",
            "Choose a document of this community's library.",
        ))
    })?;
    let found = events::attach_document(&app, &user.auth, path_id(&id)?, document).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "id": found.id, "title": found.title })),
    ))
}

pub async fn calendar_feed(State(app): State<App>, user: ApiUser) -> ApiResult<impl IntoResponse> {
    let since = events::calendar_feed_since(&app, &user.auth).await?;
    Ok(Json(json!({ "active": since.is_some(), "since": since })))
}

/// A new secret feed address, shown once; the previous one stops working.
pub async fn new_calendar_feed(
    State(app): State<App>,
    user: ApiUser,
) -> ApiResult<impl IntoResponse> {
    let url = events::new_calendar_feed(&app, &user.auth).await?;
    Ok((StatusCode::CREATED, Json(json!({ "url": url }))))
}

pub async fn revoke_calendar_feed(
    State(app): State<App>,
    user: ApiUser,
) -> ApiResult<impl IntoResponse> {
    events::revoke_calendar_feed(&app, &user.auth).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /calendar/{token}.ics`: the secret in the address is the only
/// credential, so calendar applications can subscribe.
pub async fn calendar(
    State(app): State<App>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let text = events::calendar_feed(&app, &token).await?;
    Ok(ics_response("praxis.ics", text))
}
