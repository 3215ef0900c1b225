//! The pages of events: the calendar of upcoming and past events, a form
//! to organise one, an event's page with RSVP, its attendees, and the
//! member's personal calendar feed.

use super::{attendee_csv, ics_response, split_ics};
use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono_tz::Tz;
use praxis_app::App;
use praxis_app::events::{self, EventView, ListQuery, NewEventInput};
use praxis_domain::events::RsvpStatus;
use praxis_domain::{EventId, Paging};
use praxis_store::communities::Community;
use praxis_store::events::Event;
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

/// Zones offered in forms: the EU's, the UK's, and the French overseas
/// departments' (members of French ministries work there too).
pub const TIME_ZONES: &[&str] = &[
    "Europe/Amsterdam",
    "Europe/Athens",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Paris",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Atlantic/Canary",
    "America/Cayenne",
    "America/Guadeloupe",
    "America/Martinique",
    "Indian/Mayotte",
    "Indian/Reunion",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "UTC",
];

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// An event in a list, with times in the viewer's zone.
pub struct EventRow {
    id: String,
    title: String,
    /// The start, RFC 3339 (`<time datetime>`).
    start: String,
    when: String,
    place: String,
    community: Option<(String, String)>,
    cancelled: bool,
    full: bool,
}

/// The event's times in `zone` and the page's language.
fn when(event: &Event, zone: Tz, layout: &Layout) -> String {
    layout.ui.span(event.starts_at, event.ends_at, zone)
}

fn row(event: &Event, community: Option<&Community>, zone: Tz, layout: &Layout) -> EventRow {
    EventRow {
        id: event.id.to_string(),
        title: event.title.clone(),
        start: event.starts_at.to_rfc3339(),
        when: when(event, zone, layout),
        place: match (event.location.is_empty(), event.online_url.is_empty()) {
            (false, true) => event.location.clone(),
            (true, false) => layout.t("events-place-online"),
            (false, false) => layout.t1("events-place-and-online", "place", &event.location),
            (true, true) => String::new(),
        },
        community: community.map(|c| (c.slug.clone(), c.name.clone())),
        cancelled: event.cancelled_at.is_some(),
        full: event.capacity.is_some_and(|c| event.going_count >= c),
    }
}

#[derive(Template)]
#[template(path = "events/index.html")]
struct IndexPage {
    layout: Layout,
    rows: Vec<EventRow>,
    past: bool,
    can_organise: bool,
    zone: String,
    page: u64,
    has_next: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexParams {
    past: Option<String>,
    page: Option<u64>,
}

pub async fn index(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<IndexParams>,
) -> PageResult {
    let past = params.past.as_deref() == Some("true");
    let page = events::list(
        &app,
        &user.auth,
        ListQuery {
            from: None,
            to: None,
            past,
            community: None,
        },
        Paging {
            page: params.page.unwrap_or(1),
            per_page: 30,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let zone = events::viewer_zone(&app, &user.auth.user);
    let can_organise = user.auth.actor.is_platform_moderator()
        || user
            .auth
            .roles
            .values()
            .any(|r| *r == praxis_domain::CommunityRole::Manager);
    Ok(render(&IndexPage {
        rows: page
            .items
            .iter()
            .map(|(e, c)| row(e, c.as_ref(), zone, &user.ctx.layout))
            .collect(),
        has_next: page.has_next(),
        page: page.page,
        past,
        can_organise,
        zone: zone.name().to_owned(),
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EventForm {
    title: String,
    description: String,
    starts_at: String,
    ends_at: String,
    time_zone: String,
    location: String,
    online_url: String,
    capacity: String,
    community: String,
    discussion_community: String,
}

#[derive(Template)]
#[template(path = "events/new.html")]
struct NewPage {
    layout: Layout,
    form: EventForm,
    /// (slug, name) of the communities the member may organise in.
    communities: Vec<(String, String)>,
    platform_wide: bool,
    time_zones: &'static [&'static str],
    errors: FormErrors,
}

async fn new_page(
    app: &App,
    user: &PageUser,
    form: EventForm,
    errors: FormErrors,
) -> Result<NewPage, PageError> {
    let platform_wide = user.auth.actor.is_platform_moderator();
    let mine = praxis_app::communities::mine(app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let communities: Vec<(String, String)> = mine
        .into_iter()
        .filter(|l| platform_wide || l.my_role == Some(praxis_domain::CommunityRole::Manager))
        .map(|l| (l.community.slug, l.community.name))
        .collect();
    if !platform_wide && communities.is_empty() {
        return Err(user.ctx.error(praxis_domain::policy::Denied::NotAllowed));
    }
    Ok(NewPage {
        layout: user.ctx.layout.clone(),
        form,
        communities,
        platform_wide,
        time_zones: TIME_ZONES,
        errors,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewParams {
    community: String,
}

pub async fn new_form(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<NewParams>,
) -> PageResult {
    let zone = events::viewer_zone(&app, &user.auth.user);
    let form = EventForm {
        community: params.community,
        time_zone: zone.name().to_owned(),
        ..EventForm::default()
    };
    let page = new_page(&app, &user, form, FormErrors::default()).await?;
    Ok(render(&page))
}

pub async fn create(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<EventForm>,
) -> PageResult {
    let capacity = match form.capacity.trim() {
        "" => None,
        // Not a number: out of range, so the field explains the limits.
        raw => Some(raw.parse().unwrap_or(0)),
    };
    let input = NewEventInput {
        title: form.title.clone(),
        description: form.description.clone(),
        starts_at: form.starts_at.clone(),
        ends_at: form.ends_at.clone(),
        time_zone: form.time_zone.clone(),
        location: form.location.clone(),
        online_url: form.online_url.clone(),
        capacity,
        community: form.community.clone(),
        discussion_community: form.discussion_community.clone(),
    };
    match events::create(&app, &user.auth, input).await {
        Ok(event) => Ok(see_other(&format!(
            "/events/{}?notice=event_created",
            event.id
        ))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let page = new_page(&app, &user, form, errors).await?;
            let mut response = render(&page);
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct ShowPage {
    layout: Layout,
    view: EventView,
    when: String,
    organiser_zone_note: String,
    choices: Vec<(&'static str, String)>,
    my_status: &'static str,
    /// Library documents that could be shared with the event.
    library: Vec<(String, String)>,
}

pub async fn show(State(app): State<App>, user: PageUser, Path(raw): Path<String>) -> PageResult {
    let (id, ics) = split_ics(&raw);
    let id: EventId = path_id(id).map_err(|e| user.ctx.error(e))?;
    if ics {
        let (event, text) = events::ics(&app, &user.auth, id)
            .await
            .map_err(|e| user.ctx.error(e))?;
        return Ok(ics_response(&format!("event-{}.ics", event.id), text));
    }
    let view = events::view(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let zone = events::viewer_zone(&app, &user.auth.user);
    let organiser_zone_note = match view.event.time_zone.parse::<Tz>() {
        Ok(theirs) if theirs != zone => user.ctx.layout.t2(
            "events-zone-note",
            "zone",
            theirs.name(),
            "when",
            when(&view.event, theirs, &user.ctx.layout),
        ),
        _ => String::new(),
    };
    let library = match (&view.community, view.can_organise) {
        (Some(community), true) => praxis_app::documents::library(
            &app,
            &user.auth,
            &community.slug,
            praxis_app::documents::LibraryQuery {
                doc_type: None,
                tag: None,
                folder: None,
                sort: None,
            },
            Paging {
                page: 1,
                per_page: 100,
            },
        )
        .await
        .map(|library| {
            library
                .documents
                .items
                .into_iter()
                .filter(|(d, _)| !view.documents.iter().any(|shared| shared.id == d.id))
                .map(|(d, _)| (d.id.to_string(), d.title))
                .collect()
        })
        .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(render(&ShowPage {
        when: when(&view.event, zone, &user.ctx.layout),
        organiser_zone_note,
        choices: ["going", "maybe", "not_going"]
            .into_iter()
            .map(|code| {
                (
                    code,
                    user.ctx.layout.t1("events-rsvp-status", "status", code),
                )
            })
            .collect(),
        my_status: view.my_rsvp.map(RsvpStatus::as_str).unwrap_or(""),
        library,
        view,
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RsvpForm {
    status: String,
}

pub async fn rsvp(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RsvpForm>,
) -> PageResult {
    let id: EventId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let status = events::rsvp(&app, &user.auth, id, &form.status)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let notice = match status {
        RsvpStatus::Going => "rsvp_going",
        RsvpStatus::Waitlisted => "rsvp_waitlisted",
        _ => "rsvp_saved",
    };
    Ok(see_other(&format!("/events/{id}?notice={notice}")))
}

#[derive(Template)]
#[template(path = "events/attendees.html")]
struct AttendeesPage {
    layout: Layout,
    id: String,
    title: String,
    rows: Vec<AttendeeRow>,
}

struct AttendeeRow {
    name: String,
    guest: bool,
    organisation: String,
    answer: String,
    answered_at: chrono::DateTime<chrono::Utc>,
}

pub async fn attendees(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
) -> PageResult {
    let id: EventId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (event, rows) = events::attendees(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&AttendeesPage {
        id: event.id.to_string(),
        title: event.title.clone(),
        rows: rows
            .iter()
            .map(|(u, r)| AttendeeRow {
                name: u.display_name.clone(),
                guest: u.role == praxis_domain::Role::Guest,
                organisation: u.organisation.clone(),
                answer: user
                    .ctx
                    .layout
                    .t1("events-rsvp-status", "status", r.status.as_str()),
                answered_at: r.updated_at,
            })
            .collect(),
        layout: user.ctx.layout,
    }))
}

pub async fn attendees_csv(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
) -> PageResult {
    let id: EventId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (event, rows) = events::attendees(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(crate::csv::response(
        &format!("event-{}-attendees.csv", event.id),
        attendee_csv(&rows, &user.ctx.layout.ui),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CancelForm {
    reason: String,
}

pub async fn cancel(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CancelForm>,
) -> PageResult {
    let id: EventId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    events::cancel(&app, &user.auth, id, &form.reason)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/events/{id}?notice=event_cancelled")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DocumentForm {
    document_id: String,
}

pub async fn attach_document(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DocumentForm>,
) -> PageResult {
    let id: EventId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let document = path_id(form.document_id.trim()).map_err(|e| user.ctx.error(e))?;
    events::attach_document(&app, &user.auth, id, document)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!("/events/{id}?notice=slides_shared")))
}

#[derive(Template)]
#[template(path = "events/calendar.html")]
struct CalendarPage {
    layout: Layout,
    since: String,
    /// The new address, shown once right after it was made.
    url: String,
}

pub async fn calendar(State(app): State<App>, user: PageUser) -> PageResult {
    let since = events::calendar_feed_since(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&CalendarPage {
        since: since
            .map(|s| user.ctx.layout.ui.date(s, user.ctx.layout.zone))
            .unwrap_or_default(),
        url: String::new(),
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CalendarForm {
    action: String,
}

pub async fn calendar_action(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<CalendarForm>,
) -> PageResult {
    if form.action == "revoke" {
        events::revoke_calendar_feed(&app, &user.auth)
            .await
            .map_err(|e| user.ctx.error(e))?;
        return Ok(see_other("/me/calendar?notice=calendar_revoked"));
    }
    let url = events::new_calendar_feed(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&CalendarPage {
        since: user
            .ctx
            .layout
            .ui
            .date(chrono::Utc::now(), user.ctx.layout.zone),
        url,
        layout: user.ctx.layout,
    }))
}
