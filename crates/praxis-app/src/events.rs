//! Events: conferences, webinars and peer exchanges, platform-wide or of
//! one community. RSVPs with a waiting list promoted automatically, the
//! attendee list for organisers, a discussion thread per community event,
//! shared slides, `.ics` files, personal calendar feeds behind a revocable
//! secret, and the reminder mail the day before.

use crate::App;
use crate::accounts::AuthContext;
use crate::communities::readable_community;
use crate::crypto::{random_token, token_hash};
use crate::discussions::{self, NewThreadInput};
use crate::error::{AppError, AppResult, Validator};
use crate::jobs::enqueue_mail;
use crate::mail::texts;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use praxis_domain::events::{RsvpStatus, moment, rsvp_choice, time_zone};
use praxis_domain::ical::{self, CalendarEvent};
use praxis_domain::markdown::to_safe_html;
use praxis_domain::policy::{self, Denied};
use praxis_domain::text::{bounded_text, single_line, web_address};
use praxis_domain::{
    CommunityId, CommunityRole, DocumentId, EventId, PageOf, Paging, Role, UserId, ValidationError,
};
use praxis_store::accounts::{self as users_store, User};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::communities::{self as communities_store, Community};
use praxis_store::documents::{self as documents_store, Document};
use praxis_store::events::{self as store, Event, EventFilter, NewEvent, Rsvp};
use praxis_store::{StoreError, now};

pub struct NewEventInput {
    pub title: String,
    pub description: String,
    /// RFC 3339, or a local time read in `time_zone`.
    pub starts_at: String,
    pub ends_at: String,
    /// IANA zone; empty: the site's default.
    pub time_zone: String,
    pub location: String,
    pub online_url: String,
    pub capacity: Option<i64>,
    /// A community's slug; empty: platform-wide.
    pub community: String,
    /// For a platform-wide event: the community (slug) where its discussion
    /// thread goes; empty: no thread. A community's own event is always
    /// discussed in that community.
    pub discussion_community: String,
}

/// Where an event's discussion thread goes: its own community, or for a
/// platform-wide event the community the organiser chose, if they may
/// write there.
async fn discussion_target(
    app: &App,
    auth: &AuthContext,
    own: Option<&Community>,
    chosen: &str,
) -> AppResult<Result<Option<Community>, ValidationError>> {
    let refused = |code: &'static str, message: &'static str| {
        Ok(Err(ValidationError::new(
            "discussion_community",
            code,
            message,
        )))
    };
    match (chosen.trim(), own) {
        ("", own) => Ok(Ok(own.cloned())),
        (slug, Some(own)) if slug == own.slug => Ok(Ok(Some(own.clone()))),
        (_, Some(_)) => refused(
            "not_for_community_events",
            "A community's event is discussed in that community; leave this empty.",
        ),
        (slug, None) => match readable_community(app, auth, slug).await {
            Ok((community, role)) if policy::may_post(&auth.actor, role, false).is_ok() => {
                Ok(Ok(Some(community)))
            }
            Ok(_) | Err(AppError::NotFound) => refused(
                "unknown_community",
                "Choose a community you can write in, or none.",
            ),
            Err(other) => Err(other),
        },
    }
}

fn zone_of(app: &App, raw: &str) -> Result<Tz, ValidationError> {
    if raw.trim().is_empty() {
        time_zone("time_zone", &app.config.default_time_zone)
    } else {
        time_zone("time_zone", raw)
    }
}

/// The zone a person sees times in: theirs, else the site's.
pub fn viewer_zone(app: &App, user: &User) -> Tz {
    crate::i18n::zone(&user.time_zone, &app.config.default_time_zone)
}

fn capacity(raw: Option<i64>) -> Result<Option<i32>, ValidationError> {
    match raw {
        None => Ok(None),
        Some(n) if (1..=100_000).contains(&n) => Ok(Some(n as i32)),
        Some(_) => Err(ValidationError::new(
            "capacity",
            "out_of_range",
            "The capacity is at least 1 seat (leave it empty for no limit).",
        )),
    }
}

/// Organising events: platform moderators for the whole platform, managers
/// for their community.
fn may_organise(
    auth: &AuthContext,
    role: Option<CommunityRole>,
    platform_wide: bool,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let allowed = auth.actor.is_platform_moderator()
        || (!platform_wide && role == Some(CommunityRole::Manager));
    if allowed {
        Ok(())
    } else {
        Err(Denied::NotAllowed.into())
    }
}

pub async fn create(app: &App, auth: &AuthContext, input: NewEventInput) -> AppResult<Event> {
    let community = match input.community.trim() {
        "" => None,
        slug => Some(readable_community(app, auth, slug).await?),
    };
    may_organise(
        auth,
        community.as_ref().and_then(|(_, role)| *role),
        community.is_none(),
    )?;
    let discussion = discussion_target(
        app,
        auth,
        community.as_ref().map(|(c, _)| c),
        &input.discussion_community,
    )
    .await?;
    let mut v = Validator::default();
    let title = v.check(single_line("title", &input.title, 3, 200));
    let description = v.check(bounded_text("description", &input.description, 0, 20_000));
    let discussion = v.check(discussion).flatten();
    let zone = v.check(zone_of(app, &input.time_zone));
    let (starts_at, ends_at) = match zone {
        Some(zone) => (
            v.check(moment("starts_at", &input.starts_at, zone)),
            v.check(moment("ends_at", &input.ends_at, zone)),
        ),
        None => (None, None),
    };
    if let (Some(start), Some(end)) = (starts_at, ends_at)
        && end <= start
    {
        v.check::<()>(Err(ValidationError::new(
            "ends_at",
            "end_before_start",
            "The event must end after it starts.",
        )));
    }
    let location = v.check(single_line("location", &input.location, 0, 300));
    let online_url = v.check(web_address("online_url", &input.online_url));
    let capacity = v.check(capacity(input.capacity));
    v.finish()?;
    let (
        Some(title),
        Some(description),
        Some(zone),
        Some(starts_at),
        Some(ends_at),
        Some(location),
        Some(online_url),
        Some(capacity),
    ) = (
        title,
        description,
        zone,
        starts_at,
        ends_at,
        location,
        online_url,
        capacity,
    )
    else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let description_html = to_safe_html(&description);
    let event = {
        let _write = app.write_gate().await;
        let txn = praxis_store::begin_write(&app.db)
            .await
            .map_err(StoreError::from)?;
        let event = store::insert(
            &txn,
            NewEvent {
                community_id: community.as_ref().map(|(c, _)| c.id),
                title: &title,
                description: &description,
                description_html: &description_html,
                starts_at,
                ends_at,
                time_zone: zone.name(),
                location: &location,
                online_url: &online_url,
                capacity,
                created_by: auth.user.id,
            },
        )
        .await?;
        audit::record(
            &txn,
            NewAuditEntry {
                actor_id: Some(auth.user.id),
                action: "event_created",
                target_type: "event",
                target_id: event.id.to_string(),
                community_id: event.community_id.map(|c| c.0),
                reason: "",
                details: serde_json::json!({ "title": event.title, "starts_at": event.starts_at }),
            },
        )
        .await?;
        txn.commit().await.map_err(StoreError::from)?;
        event
    };
    // The event gets its discussion thread, like any other topic of that
    // community (followers are notified, search finds it).
    let Some(community) = discussion else {
        return Ok(event);
    };
    let when = starts_at.with_timezone(&zone).format("%Y-%m-%d %H:%M %Z");
    let link = format!("{}/events/{}", app.config.public_url(), event.id);
    let body = format!(
        "Discussion of the event **{title}** ({when}): questions beforehand, notes and slides afterwards.\n\n[The event's page]({link})"
    );
    let thread = discussions::create_thread(
        app,
        auth,
        &community.slug,
        NewThreadInput {
            title: format!("Event: {title}"),
            body,
            kind: "discussion".into(),
            tags: vec!["event".into()],
            expertise: Vec::new(),
            attachments: Vec::new(),
            language: String::new(),
        },
    )
    .await?;
    store::set_thread(&app.db, event.id, thread.id).await?;
    Ok(store::find(&app.db, event.id).await?.unwrap_or(event))
}

/// An event as one person sees it.
#[derive(Debug, Clone)]
pub struct EventView {
    pub event: Event,
    pub community: Option<Community>,
    pub my_rsvp: Option<RsvpStatus>,
    /// May see attendees, attach slides, cancel.
    pub can_organise: bool,
    pub maybe_count: usize,
    pub waitlist_count: usize,
    pub documents: Vec<Document>,
    pub organiser: Option<User>,
    /// Where the discussion thread is, and whether this reader may read it
    /// there (a platform-wide event's thread lives in one community).
    pub discussion: Option<(Community, bool)>,
}

impl EventView {
    pub fn is_full(&self) -> bool {
        self.event
            .capacity
            .is_some_and(|c| self.event.going_count >= c)
    }

    pub fn is_past(&self) -> bool {
        self.event.ends_at <= now()
    }
}

/// Loads an event the actor may see: platform-wide ones for every member
/// (not guests), community ones for who reads the community.
async fn visible_event(
    app: &App,
    auth: &AuthContext,
    id: EventId,
) -> AppResult<(Event, Option<Community>, Option<CommunityRole>)> {
    let event = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    match event.community_id {
        None => {
            if auth.user.role == Role::Guest {
                return Err(AppError::NotFound);
            }
            Ok((event, None, None))
        }
        Some(community_id) => {
            let community = communities_store::find(&app.db, community_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let role = auth.role_in(community_id);
            if !policy::may_read_community(&auth.actor, role) {
                return Err(AppError::NotFound);
            }
            Ok((event, Some(community), role))
        }
    }
}

fn organises(auth: &AuthContext, event: &Event, role: Option<CommunityRole>) -> bool {
    auth.actor.is_platform_moderator()
        || event.created_by == auth.user.id
        || (event.community_id.is_some() && role == Some(CommunityRole::Manager))
}

pub async fn view(app: &App, auth: &AuthContext, id: EventId) -> AppResult<EventView> {
    let (event, community, role) = visible_event(app, auth, id).await?;
    let rsvps = store::rsvps(&app.db, event.id).await?;
    let my_rsvp = rsvps
        .iter()
        .find(|r| r.user_id == auth.user.id)
        .map(|r| r.status);
    let count = |status| rsvps.iter().filter(|r| r.status == status).count();
    let mut documents = Vec::new();
    for document in store::documents_of(&app.db, event.id).await? {
        if let Some(found) = documents_store::find(&app.db, document).await? {
            documents.push(found);
        }
    }
    // A community's event is discussed in that community; a platform-wide
    // one wherever its organiser chose, looked up through the cache.
    let discussed_in = match (event.thread_id, &community) {
        (None, _) => None,
        (Some(_), Some(own)) => Some(own.clone()),
        (Some(thread), None) => {
            match praxis_store::discussions::find_thread(&app.db, thread).await? {
                Some(thread) => discussions::community_by_id(app, thread.community_id)
                    .await?
                    .map(|c| (*c).clone()),
                None => None,
            }
        }
    };
    let discussion = discussed_in.map(|c| {
        let readable = policy::may_read_community(&auth.actor, auth.role_in(c.id));
        (c, readable)
    });
    Ok(EventView {
        discussion,
        can_organise: organises(auth, &event, role),
        maybe_count: count(RsvpStatus::Maybe),
        waitlist_count: count(RsvpStatus::Waitlisted),
        organiser: users_store::find_user(&app.db, event.created_by).await?,
        my_rsvp,
        documents,
        community,
        event,
    })
}

pub struct ListQuery {
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// Past events, latest first.
    pub past: bool,
    pub community: Option<String>,
}

pub async fn list(
    app: &App,
    auth: &AuthContext,
    query: ListQuery,
    paging: Paging,
) -> AppResult<PageOf<(Event, Option<Community>)>> {
    let only: Option<CommunityId> = match query.community.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(slug) => Some(readable_community(app, auth, slug).await?.0.id),
    };
    let communities = match only {
        Some(id) => Some(vec![id]),
        None if auth.actor.reads_every_community() => None,
        None => Some(auth.roles.keys().copied().collect()),
    };
    let at = now();
    let filter = EventFilter {
        communities,
        platform_wide: only.is_none() && auth.user.role != Role::Guest,
        from: if query.past {
            query.from
        } else {
            query.from.or(Some(at))
        },
        to: if query.past {
            query.to.or(Some(at))
        } else {
            query.to
        },
        newest_first: query.past,
    };
    let page = store::list(&app.db, &filter, paging).await?;
    let ids: Vec<CommunityId> = page.items.iter().filter_map(|e| e.community_id).collect();
    let found = communities_store::find_many(&app.db, ids).await?;
    Ok(page.map(|event| {
        let community = event.community_id.and_then(|c| found.get(&c).cloned());
        (event, community)
    }))
}

/// What an RSVP came to: the status recorded, e.g. `Waitlisted` when
/// someone asked to go to a full event through the waiting list.
pub async fn rsvp(
    app: &App,
    auth: &AuthContext,
    id: EventId,
    choice: &str,
) -> AppResult<RsvpStatus> {
    policy::may_write(&auth.actor)?;
    let wanted = rsvp_choice(choice)?;
    let (event, _, _) = visible_event(app, auth, id).await?;
    if event.cancelled_at.is_some() {
        return Err(AppError::conflict(
            "event_cancelled",
            "This event has been cancelled.",
        ));
    }
    if event.ends_at <= now() {
        return Err(AppError::conflict("event_past", "This event is over."));
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let current: Option<Rsvp> = store::rsvp_of(&txn, event.id, auth.user.id).await?;
    let before = current.as_ref().map(|r| r.status);
    if before == Some(wanted) {
        return Ok(wanted);
    }
    let recorded = match wanted {
        RsvpStatus::Going => {
            if !store::take_seat(&txn, event.id).await? {
                return Err(AppError::conflict(
                    "event_full",
                    "The event is full. You can join the waiting list: you get a seat when one frees up.",
                ));
            }
            RsvpStatus::Going
        }
        // A free seat makes the waiting list pointless.
        RsvpStatus::Waitlisted if before != Some(RsvpStatus::Going) => {
            if store::take_seat(&txn, event.id).await? {
                RsvpStatus::Going
            } else {
                RsvpStatus::Waitlisted
            }
        }
        RsvpStatus::Waitlisted => RsvpStatus::Going,
        other => other,
    };
    if Some(recorded) == before {
        return Ok(recorded);
    }
    store::set_rsvp(&txn, event.id, auth.user.id, recorded, current.is_some())
        .await
        .map_err(|error| match error {
            StoreError::Conflict(_) => AppError::conflict(
                "rsvp_in_progress",
                "Your previous answer is still being recorded; try again.",
            ),
            other => other.into(),
        })?;
    if before == Some(RsvpStatus::Going) && recorded != RsvpStatus::Going {
        store::release_seat(&txn, event.id).await?;
        promote_waiting(app, &txn, &event).await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(recorded)
}

/// Gives freed seats to the waiting list, longest waiting first, and tells
/// each person promoted by mail.
async fn promote_waiting(
    app: &App,
    txn: &impl praxis_store::ConnectionTrait,
    event: &Event,
) -> AppResult<()> {
    while let Some(next) = store::first_waitlisted(txn, event.id).await? {
        if !store::take_seat(txn, event.id).await? {
            break;
        }
        store::set_rsvp(txn, event.id, next, RsvpStatus::Going, true).await?;
        if let Some(person) = users_store::find_user(txn, next).await? {
            let link = format!("{}/events/{}", app.config.public_url(), event.id);
            let when = event_time(app, &person, event);
            enqueue_mail(
                txn,
                &texts::event_seat_freed(
                    &app.site(),
                    &app.language_of(&person.locale),
                    &person.email,
                    &event.title,
                    &when,
                    &link,
                ),
            )
            .await?;
        }
    }
    Ok(())
}

/// "Thursday 3 December 2026, 10:00–12:30 CET" in the person's zone and
/// language (for mails to them).
pub fn event_time(app: &App, person: &User, event: &Event) -> String {
    app.language_of(&person.locale)
        .span(event.starts_at, event.ends_at, viewer_zone(app, person))
}

/// Who answered, for organisers: each person with their answer.
pub async fn attendees(
    app: &App,
    auth: &AuthContext,
    id: EventId,
) -> AppResult<(Event, Vec<(User, Rsvp)>)> {
    let (event, _, role) = visible_event(app, auth, id).await?;
    if !organises(auth, &event, role) {
        return Err(Denied::NotAllowed.into());
    }
    let rsvps = store::rsvps(&app.db, event.id).await?;
    let people = users_store::users_by_ids(&app.db, rsvps.iter().map(|r| r.user_id)).await?;
    let mut rows: Vec<(User, Rsvp)> = rsvps
        .into_iter()
        .filter_map(|r| people.get(&r.user_id).cloned().map(|u| (u, r)))
        .collect();
    let rank = |s: RsvpStatus| RsvpStatus::ALL.iter().position(|x| *x == s).unwrap_or(9);
    rows.sort_by(|a, b| {
        rank(a.1.status)
            .cmp(&rank(b.1.status))
            .then(a.1.updated_at.cmp(&b.1.updated_at))
    });
    Ok((event, rows))
}

/// Cancels an event: its page and every calendar say so, and whoever
/// answered going, maybe or waits is told by mail.
pub async fn cancel(app: &App, auth: &AuthContext, id: EventId, reason: &str) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let (event, _, role) = visible_event(app, auth, id).await?;
    if !organises(auth, &event, role) {
        return Err(Denied::NotAllowed.into());
    }
    let reason = bounded_text("reason", reason, 0, 1000)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::cancel(&txn, event.id).await? {
        return Err(AppError::conflict(
            "event_cancelled",
            "This event has been cancelled.",
        ));
    }
    let rsvps = store::rsvps(&txn, event.id).await?;
    let people = users_store::users_by_ids(
        &txn,
        rsvps
            .iter()
            .filter(|r| r.status != RsvpStatus::NotGoing)
            .map(|r| r.user_id),
    )
    .await?;
    for person in people.values() {
        let when = event_time(app, person, &event);
        enqueue_mail(
            &txn,
            &texts::event_cancelled(
                &app.site(),
                &app.language_of(&person.locale),
                &person.email,
                &event.title,
                &when,
                &reason,
            ),
        )
        .await?;
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "event_cancelled",
            target_type: "event",
            target_id: event.id.to_string(),
            community_id: event.community_id.map(|c| c.0),
            reason: &reason,
            details: serde_json::json!({ "title": event.title }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}

/// Shares a document of the community's library with the event (slides,
/// minutes): organisers, for community events.
pub async fn attach_document(
    app: &App,
    auth: &AuthContext,
    id: EventId,
    document: DocumentId,
) -> AppResult<Document> {
    policy::may_write(&auth.actor)?;
    let (event, _, role) = visible_event(app, auth, id).await?;
    if !organises(auth, &event, role) {
        return Err(Denied::NotAllowed.into());
    }
    let found = documents_store::find(&app.db, document)
        .await?
        .filter(|d| Some(d.community_id) == event.community_id)
        .ok_or_else(|| {
            AppError::invalid(ValidationError::new(
                "document_id",
                "unknown_document",
                "Choose a document of this community's library.",
            ))
        })?;
    store::attach_document(&app.db, event.id, found.id, auth.user.id).await?;
    Ok(found)
}

// ---------------------------------------------------------------------------
// iCalendar.

fn calendar_event<'a>(app: &App, event: &'a Event) -> CalendarEvent<'a> {
    let host = app
        .config
        .public_url()
        .split("://")
        .nth(1)
        .unwrap_or("praxis")
        .split(['/', ':'])
        .next()
        .unwrap_or("praxis")
        .to_owned();
    CalendarEvent {
        uid: format!("event-{}@{host}", event.id),
        title: &event.title,
        description: &event.description,
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        location: if event.location.is_empty() {
            &event.online_url
        } else {
            &event.location
        },
        url: &event.online_url,
        updated_at: event.updated_at,
        cancelled: event.cancelled_at.is_some(),
    }
}

/// The `.ics` of one event the actor may see.
pub async fn ics(app: &App, auth: &AuthContext, id: EventId) -> AppResult<(Event, String)> {
    let (event, _, _) = visible_event(app, auth, id).await?;
    let text = ical::calendar(&app.config.site_name, &[calendar_event(app, &event)], now());
    Ok((event, text))
}

/// A member's personal feed, by its secret: the events they answered
/// going, maybe or wait for, still visible to them, from a month back.
/// Unknown or revoked secrets are "not found".
pub async fn calendar_feed(app: &App, token: &str) -> AppResult<String> {
    let token = token.trim().trim_end_matches(".ics");
    if token.is_empty() || token.len() > 200 {
        return Err(AppError::NotFound);
    }
    let user_id = store::user_of_calendar_token(&app.db, &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let user = users_store::find_user(&app.db, user_id)
        .await?
        .filter(|u| u.status == praxis_domain::UserStatus::Active)
        .ok_or(AppError::NotFound)?;
    let roles = communities_store::roles_of_user(&app.db, user.id).await?;
    let platform_moderator = policy::reads_every_community(user.role);
    let events: Vec<Event> = store::events_of(&app.db, user.id, now() - Duration::days(30))
        .await?
        .into_iter()
        .map(|(event, _)| event)
        .filter(|event| match event.community_id {
            None => user.role != Role::Guest,
            Some(c) => platform_moderator || roles.contains_key(&c),
        })
        .collect();
    let entries: Vec<CalendarEvent<'_>> = events.iter().map(|e| calendar_event(app, e)).collect();
    Ok(ical::calendar(
        &format!("{} — {}", app.config.site_name, user.display_name),
        &entries,
        now(),
    ))
}

/// Creates (or replaces) the member's feed secret; returns the feed's URL.
/// The secret is shown once; only its hash is kept.
pub async fn new_calendar_feed(app: &App, auth: &AuthContext) -> AppResult<String> {
    policy::may_write(&auth.actor)?;
    let token = random_token();
    store::replace_calendar_token(&app.db, auth.user.id, &token_hash(&token)).await?;
    Ok(format!("{}/calendar/{token}.ics", app.config.public_url()))
}

pub async fn revoke_calendar_feed(app: &App, auth: &AuthContext) -> AppResult<bool> {
    Ok(store::revoke_calendar_token(&app.db, auth.user.id).await?)
}

pub async fn calendar_feed_since(
    app: &App,
    auth: &AuthContext,
) -> AppResult<Option<DateTime<Utc>>> {
    Ok(store::calendar_token_since(&app.db, auth.user.id).await?)
}

// ---------------------------------------------------------------------------
// Reminders.

/// Mails everyone going to an event that starts within a day, once per
/// event across nodes. Called by the jobs worker.
pub async fn send_reminders(app: &App, at: DateTime<Utc>) -> AppResult<usize> {
    let mut sent = 0;
    for event in store::due_reminders(&app.db, at + Duration::hours(24)).await? {
        let _write = app.write_gate().await;
        let txn = praxis_store::begin_write(&app.db)
            .await
            .map_err(StoreError::from)?;
        if !store::claim_reminder(&txn, event.id).await? {
            continue;
        }
        let going: Vec<UserId> = store::rsvps(&txn, event.id)
            .await?
            .into_iter()
            .filter(|r| r.status == RsvpStatus::Going)
            .map(|r| r.user_id)
            .collect();
        let people = users_store::users_by_ids(&txn, going).await?;
        let link = format!("{}/events/{}", app.config.public_url(), event.id);
        for person in people.values() {
            let when = event_time(app, person, &event);
            enqueue_mail(
                &txn,
                &texts::event_reminder(
                    &app.site(),
                    &app.language_of(&person.locale),
                    &person.email,
                    &event.title,
                    &when,
                    &event.location,
                    &event.online_url,
                    &link,
                ),
            )
            .await?;
            sent += 1;
        }
        txn.commit().await.map_err(StoreError::from)?;
    }
    if sent > 0 {
        app.jobs_ready.notify_one();
    }
    Ok(sent)
}
