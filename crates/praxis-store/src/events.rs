//! Events, their RSVPs and waiting list, shared slides, personal calendar
//! feed tokens, and the day-before reminders.
//!
//! Seats are counted on the event row (`going_count`) and taken with one
//! conditional update (`… WHERE going_count < capacity`), so two people
//! racing for the last seat cannot both get it on either backend.

use crate::db::now;
use crate::entities::{calendar_tokens, event_documents, event_rsvps, events};
use crate::error::{StoreError, StoreResult};
use crate::query::{by_key, counted_page};
use chrono::{DateTime, Utc};
use praxis_domain::events::RsvpStatus;
use praxis_domain::{CommunityId, DocumentId, EventId, PageOf, Paging, ThreadId, UserId};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: EventId,
    /// None: a platform-wide event.
    pub community_id: Option<CommunityId>,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub location: String,
    pub online_url: String,
    pub capacity: Option<i32>,
    pub going_count: i32,
    pub thread_id: Option<ThreadId>,
    pub created_by: UserId,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<events::Model> for Event {
    fn from(m: events::Model) -> Self {
        Event {
            id: EventId(m.id),
            community_id: m.community_id.map(CommunityId),
            title: m.title,
            description: m.description,
            description_html: m.description_html,
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            time_zone: m.time_zone,
            location: m.location,
            online_url: m.online_url,
            capacity: m.capacity,
            going_count: m.going_count,
            thread_id: m.thread_id.map(ThreadId),
            created_by: UserId(m.created_by),
            cancelled_at: m.cancelled_at,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

pub struct NewEvent<'a> {
    pub community_id: Option<CommunityId>,
    pub title: &'a str,
    pub description: &'a str,
    pub description_html: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: &'a str,
    pub location: &'a str,
    pub online_url: &'a str,
    pub capacity: Option<i32>,
    pub created_by: UserId,
}

pub async fn insert(conn: &impl ConnectionTrait, new: NewEvent<'_>) -> StoreResult<Event> {
    let at = now();
    Ok(events::ActiveModel {
        community_id: Set(new.community_id.map(|c| c.0)),
        title: Set(new.title.to_owned()),
        description: Set(new.description.to_owned()),
        description_html: Set(new.description_html.to_owned()),
        starts_at: Set(new.starts_at),
        ends_at: Set(new.ends_at),
        time_zone: Set(new.time_zone.to_owned()),
        location: Set(new.location.to_owned()),
        online_url: Set(new.online_url.to_owned()),
        capacity: Set(new.capacity),
        going_count: Set(0),
        thread_id: Set(None),
        created_by: Set(new.created_by.0),
        reminder_sent_at: Set(None),
        cancelled_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .into())
}

pub async fn find(conn: &impl ConnectionTrait, id: EventId) -> StoreResult<Option<Event>> {
    Ok(by_key(conn, events::Entity::find_by_id(id.0))
        .await?
        .map(Event::from))
}

pub async fn set_thread(
    conn: &impl ConnectionTrait,
    id: EventId,
    thread: ThreadId,
) -> StoreResult<()> {
    events::Entity::update_many()
        .col_expr(events::Column::ThreadId, Expr::value(thread.0))
        .filter(events::Column::Id.eq(id.0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Cancels an event (its page and calendars say so); false when it was.
pub async fn cancel(conn: &impl ConnectionTrait, id: EventId) -> StoreResult<bool> {
    let at = now();
    let result = events::Entity::update_many()
        .col_expr(events::Column::CancelledAt, Expr::value(at))
        .col_expr(events::Column::UpdatedAt, Expr::value(at))
        .filter(events::Column::Id.eq(id.0))
        .filter(events::Column::CancelledAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Which events a list shows.
pub struct EventFilter {
    /// Events of these communities; None: of every community.
    pub communities: Option<Vec<CommunityId>>,
    /// Whether platform-wide events are included.
    pub platform_wide: bool,
    /// Events that end after this moment.
    pub from: Option<DateTime<Utc>>,
    /// Events that start before this moment.
    pub to: Option<DateTime<Utc>>,
    /// Latest first (the archive of past events) instead of soonest first.
    pub newest_first: bool,
}

pub async fn list(
    conn: &impl ConnectionTrait,
    filter: &EventFilter,
    paging: Paging,
) -> StoreResult<PageOf<Event>> {
    let mut visible = Condition::any();
    if filter.platform_wide {
        visible = visible.add(events::Column::CommunityId.is_null());
    }
    visible = match &filter.communities {
        None => visible.add(events::Column::CommunityId.is_not_null()),
        Some(ids) if ids.is_empty() => visible,
        Some(ids) => visible.add(events::Column::CommunityId.is_in(ids.iter().map(|c| c.0))),
    };
    if !filter.platform_wide && filter.communities.as_ref().is_some_and(|c| c.is_empty()) {
        // Nothing is visible: an always-false condition.
        visible = Condition::all().add(Expr::val(1).eq(0));
    }
    let mut query = events::Entity::find().filter(visible);
    if let Some(from) = filter.from {
        query = query.filter(events::Column::EndsAt.gt(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(events::Column::StartsAt.lt(to));
    }
    let newest_first = filter.newest_first;
    Ok(counted_page(
        conn,
        query,
        |q| {
            if newest_first {
                q.order_by_desc(events::Column::StartsAt)
                    .order_by_desc(events::Column::Id)
            } else {
                q.order_by_asc(events::Column::StartsAt)
                    .order_by_asc(events::Column::Id)
            }
        },
        paging,
    )
    .await?
    .map(Event::from))
}

// ---------------------------------------------------------------------------
// RSVPs and seats.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rsvp {
    pub event_id: EventId,
    pub user_id: UserId,
    pub status: RsvpStatus,
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<event_rsvps::Model> for Rsvp {
    type Error = StoreError;

    fn try_from(m: event_rsvps::Model) -> StoreResult<Self> {
        Ok(Rsvp {
            event_id: EventId(m.event_id),
            user_id: UserId(m.user_id),
            status: RsvpStatus::parse(&m.status)
                .ok_or_else(|| StoreError::Corrupt(format!("RSVP with status {:?}", m.status)))?,
            updated_at: m.updated_at,
        })
    }
}

pub async fn rsvp_of(
    conn: &impl ConnectionTrait,
    event: EventId,
    user: UserId,
) -> StoreResult<Option<Rsvp>> {
    by_key(conn, event_rsvps::Entity::find_by_id((event.0, user.0)))
        .await?
        .map(Rsvp::try_from)
        .transpose()
}

/// Records an answer. `queued_at` orders the waiting list: it changes only
/// when the status does.
pub async fn set_rsvp(
    conn: &impl ConnectionTrait,
    event: EventId,
    user: UserId,
    status: RsvpStatus,
    existed: bool,
) -> StoreResult<()> {
    let at = now();
    if existed {
        event_rsvps::Entity::update_many()
            .col_expr(event_rsvps::Column::Status, Expr::value(status.as_str()))
            .col_expr(event_rsvps::Column::UpdatedAt, Expr::value(at))
            .filter(event_rsvps::Column::EventId.eq(event.0))
            .filter(event_rsvps::Column::UserId.eq(user.0))
            .exec(conn)
            .await?;
    } else {
        event_rsvps::ActiveModel {
            event_id: Set(event.0),
            user_id: Set(user.0),
            status: Set(status.as_str().to_owned()),
            updated_at: Set(at),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Takes a seat if one is free (or the event has no limit). Of two
/// requests for the last seat exactly one gets true.
pub async fn take_seat(conn: &impl ConnectionTrait, event: EventId) -> StoreResult<bool> {
    let result = events::Entity::update_many()
        .col_expr(
            events::Column::GoingCount,
            Expr::col(events::Column::GoingCount).add(1),
        )
        .filter(events::Column::Id.eq(event.0))
        .filter(
            Condition::any()
                .add(events::Column::Capacity.is_null())
                .add(Expr::col(events::Column::GoingCount).lt(Expr::col(events::Column::Capacity))),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn release_seat(conn: &impl ConnectionTrait, event: EventId) -> StoreResult<()> {
    events::Entity::update_many()
        .col_expr(
            events::Column::GoingCount,
            Expr::col(events::Column::GoingCount).sub(1),
        )
        .filter(events::Column::Id.eq(event.0))
        .filter(events::Column::GoingCount.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Who waits longest for a seat.
pub async fn first_waitlisted(
    conn: &impl ConnectionTrait,
    event: EventId,
) -> StoreResult<Option<UserId>> {
    Ok(crate::query::page(
        conn,
        event_rsvps::Entity::find()
            .filter(event_rsvps::Column::EventId.eq(event.0))
            .filter(event_rsvps::Column::Status.eq(RsvpStatus::Waitlisted.as_str()))
            .order_by_asc(event_rsvps::Column::UpdatedAt)
            .order_by_asc(event_rsvps::Column::UserId),
        0,
        1,
    )
    .await?
    .into_iter()
    .next()
    .map(|m| UserId(m.user_id)))
}

/// Every answer to an event, by status then in the order given.
pub async fn rsvps(conn: &impl ConnectionTrait, event: EventId) -> StoreResult<Vec<Rsvp>> {
    event_rsvps::Entity::find()
        .filter(event_rsvps::Column::EventId.eq(event.0))
        .order_by_asc(event_rsvps::Column::UpdatedAt)
        .order_by_asc(event_rsvps::Column::UserId)
        .all(conn)
        .await?
        .into_iter()
        .map(Rsvp::try_from)
        .collect()
}

/// The events someone answers going or maybe to (or waits for), for their
/// calendar feed: those ending after `from`.
pub async fn events_of(
    conn: &impl ConnectionTrait,
    user: UserId,
    from: DateTime<Utc>,
) -> StoreResult<Vec<(Event, RsvpStatus)>> {
    let answers = event_rsvps::Entity::find()
        .filter(event_rsvps::Column::UserId.eq(user.0))
        .filter(event_rsvps::Column::Status.ne(RsvpStatus::NotGoing.as_str()))
        .all(conn)
        .await?;
    if answers.is_empty() {
        return Ok(Vec::new());
    }
    let found = events::Entity::find()
        .filter(events::Column::Id.is_in(answers.iter().map(|a| a.event_id)))
        .filter(events::Column::EndsAt.gt(from))
        .order_by_asc(events::Column::StartsAt)
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(found.len());
    for model in found {
        let status = answers
            .iter()
            .find(|a| a.event_id == model.id)
            .and_then(|a| RsvpStatus::parse(&a.status))
            .unwrap_or(RsvpStatus::Maybe);
        out.push((Event::from(model), status));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Reminders.

/// Events starting before `until` whose reminder has not gone out.
pub async fn due_reminders(
    conn: &impl ConnectionTrait,
    until: DateTime<Utc>,
) -> StoreResult<Vec<Event>> {
    Ok(events::Entity::find()
        .filter(events::Column::ReminderSentAt.is_null())
        .filter(events::Column::CancelledAt.is_null())
        .filter(events::Column::StartsAt.gt(now()))
        .filter(events::Column::StartsAt.lte(until))
        .all(conn)
        .await?
        .into_iter()
        .map(Event::from)
        .collect())
}

/// Claims an event's reminder; false when another node sent it.
pub async fn claim_reminder(conn: &impl ConnectionTrait, event: EventId) -> StoreResult<bool> {
    let result = events::Entity::update_many()
        .col_expr(events::Column::ReminderSentAt, Expr::value(now()))
        .filter(events::Column::Id.eq(event.0))
        .filter(events::Column::ReminderSentAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

// ---------------------------------------------------------------------------
// Slides and other documents shared with an event.

pub async fn attach_document(
    conn: &impl ConnectionTrait,
    event: EventId,
    document: DocumentId,
    by: UserId,
) -> StoreResult<bool> {
    let exists = by_key(
        conn,
        event_documents::Entity::find_by_id((event.0, document.0)),
    )
    .await?
    .is_some();
    crate::query::insert_once(
        conn,
        exists,
        event_documents::ActiveModel {
            event_id: Set(event.0),
            document_id: Set(document.0),
            added_by: Set(by.0),
            added_at: Set(now()),
        },
    )
    .await
}

pub async fn documents_of(
    conn: &impl ConnectionTrait,
    event: EventId,
) -> StoreResult<Vec<DocumentId>> {
    Ok(event_documents::Entity::find()
        .filter(event_documents::Column::EventId.eq(event.0))
        .order_by_asc(event_documents::Column::AddedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| DocumentId(m.document_id))
        .collect())
}

// ---------------------------------------------------------------------------
// Personal calendar feeds.

/// Gives a member a new feed secret (its hash); the old one stops working.
pub async fn replace_calendar_token(
    conn: &impl ConnectionTrait,
    user: UserId,
    token_hash: &str,
) -> StoreResult<()> {
    revoke_calendar_token(conn, user).await?;
    calendar_tokens::ActiveModel {
        user_id: Set(user.0),
        token_hash: Set(token_hash.to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn revoke_calendar_token(conn: &impl ConnectionTrait, user: UserId) -> StoreResult<bool> {
    Ok(calendar_tokens::Entity::delete_many()
        .filter(calendar_tokens::Column::UserId.eq(user.0))
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

/// Whether the member has a feed, and since when.
pub async fn calendar_token_since(
    conn: &impl ConnectionTrait,
    user: UserId,
) -> StoreResult<Option<DateTime<Utc>>> {
    Ok(by_key(
        conn,
        calendar_tokens::Entity::find().filter(calendar_tokens::Column::UserId.eq(user.0)),
    )
    .await?
    .map(|m| m.created_at))
}

pub async fn user_of_calendar_token(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> StoreResult<Option<UserId>> {
    Ok(by_key(
        conn,
        calendar_tokens::Entity::find().filter(calendar_tokens::Column::TokenHash.eq(token_hash)),
    )
    .await?
    .map(|m| UserId(m.user_id)))
}
