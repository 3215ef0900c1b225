//! The authorization matrix: every route of the router (pages and API, as
//! `praxis_web::route_table` lists them) asked by seven people about the
//! content of community A (`alpha`), with the status each must get.
//!
//! `every_route_is_in_the_matrix` fails when a route is added without a
//! row here, or a row outlives its route. Rows that change something run on
//! a world of their own, the roles one after the other from the least to the
//! most privileged, so a row reads as "what happens when each of them
//! tries in turn". Rows that only read share one world.

use axum::body::Body;
use axum::http::{Method, Request, header};
use praxis_domain::Role;
use praxis_test_support::{PASSWORD, TestApp, TestResponse};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Who asks, in the order each row's statuses are written.
const ROLES: [&str; 7] = [
    "anonymous",
    "guest",
    "outsider",
    "member",
    "manager",
    "moderator",
    "admin",
];

/// A double-submit token for the anonymous visitor's forms.
const ANON_CSRF: &str = "anonymous-visitor-csrf-token-of-the-matrix-0001";

const GUEST: &str = "guest@lawfirm.example";
const OUTSIDER: &str = "otto@minbzk.example.gov";
const MEMBER: &str = "anna@minfin.example.gov";
const MANAGER: &str = "mia@minfin.example.gov";
const MODERATOR: &str = "mod@praxis.example";
const ADMIN: &str = "admin@praxis.example";

/// What a row sends.
#[derive(Clone)]
enum Payload {
    Nothing,
    Json(Value),
    Form(Vec<(&'static str, &'static str)>),
    /// A small PDF with these fields, as `multipart/form-data`.
    Upload(Vec<(&'static str, &'static str)>),
}

struct Row {
    send: Payload,
    /// Appended to the path, e.g. `?q=framework`.
    query: &'static str,
    expect: [u16; 7],
}

fn statuses(spec: &str) -> [u16; 7] {
    let parsed: Vec<u16> = spec
        .split_whitespace()
        .map(|s| s.parse().expect("a status"))
        .collect();
    parsed.try_into().expect("seven statuses, one per role")
}

/// The matrix. Keys are `METHOD /path` exactly as the router lists them.
/// Statuses: anonymous, guest of A, member not of A, member of A, manager
/// of A, platform moderator, admin.
#[rustfmt::skip]
fn matrix() -> BTreeMap<String, Row> {
    use Payload::*;
    let mut m = BTreeMap::new();
    let mut row = |key: &str, send: Payload, query: &'static str, expect: &str| {
        let previous = m.insert(
            key.to_owned(),
            Row {
                send,
                query,
                expect: statuses(expect),
            },
        );
        assert!(previous.is_none(), "{key} is in the matrix twice");
    };
    let none = || Nothing;
    let j = Json;

    // --- API: accounts -----------------------------------------------------
    row("POST /api/v1/auth/register", j(json!({ "email": "new-{role}@minfin.example.gov", "display_name": "New Person", "password": PASSWORD, "organisation": "Gemeente Utrecht" }),), "", "202 202 202 202 202 202 202");
    row("POST /api/v1/auth/verify", j(json!({ "token": "not-a-token" })), "", "400 400 400 400 400 400 400");
    row("POST /api/v1/auth/login", j(json!({ "email": MEMBER, "password": PASSWORD })), "", "200 200 200 200 200 200 200");
    row("POST /api/v1/auth/logout", none(), "", "401 204 204 204 204 204 204");
    row("POST /api/v1/auth/password-reset", j(json!({ "email": "reset-{role}@minfin.example.gov" })), "", "202 202 202 202 202 202 202");
    row("POST /api/v1/auth/password-reset/confirm", j(json!({ "token": "not-a-token", "password": "another quiet harbour 2027" })), "", "400 400 400 400 400 400 400");
    row("GET /api/v1/me", none(), "", "401 200 200 200 200 200 200");
    row("PUT /api/v1/me/profile", j(json!({ "display_name": "Renamed Person" })), "", "401 200 200 200 200 200 200");
    row("PUT /api/v1/me/password", j(json!({ "current_password": PASSWORD, "new_password": "another quiet harbour 2027" })), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/usage-code", none(), "", "200 200 200 200 200 200 200");
    row("POST /api/v1/usage-code/accept", j(json!({ "version": 1 })), "", "401 200 200 200 200 200 200");
    row("PUT /api/v1/admin/usage-code", j(json!({ "text": "Version two of the usage code, stricter on confidentiality." })), "", "401 403 403 403 403 403 201");
    row("GET /api/v1/admin/registrations", none(), "", "401 403 403 403 403 403 200");
    row("POST /api/v1/admin/registrations/{id}/approve", none(), "", "401 403 403 403 403 403 200");
    row("POST /api/v1/admin/registrations/{id}/reject", j(json!({ "reason": "Not a public buyer" })), "", "401 403 403 403 403 403 200");
    row("GET /api/v1/admin/buyer-domains", none(), "", "401 403 403 403 403 403 200");
    row("POST /api/v1/admin/buyer-domains", j(json!({ "domain": "new-{role}.example.gov" })), "", "401 403 403 403 403 403 201");
    row("DELETE /api/v1/admin/buyer-domains/{domain}", none(), "", "401 403 403 403 403 403 204");
    row("GET /api/v1/admin/users", none(), "", "401 403 403 403 403 200 200");
    row("POST /api/v1/admin/users/{id}/suspend", j(json!({ "reason": "Shared a bid" })), "", "401 403 403 403 403 200 200");
    row("POST /api/v1/admin/users/{id}/unsuspend", none(), "", "401 403 403 403 403 409 409");

    // --- API: communities --------------------------------------------------
    row("GET /api/v1/communities", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/communities", j(json!({ "slug": "new-{role}", "name": "A new community", "kind": "policy", "description": "", "membership": "open" }),), "", "401 403 403 403 403 201 201");
    row("GET /api/v1/communities/{slug}", none(), "", "401 200 200 200 200 200 200");
    row("PATCH /api/v1/communities/{slug}", j(json!({ "rules": "Never name a bidder." })), "", "401 403 404 403 200 200 200");
    row("GET /api/v1/communities/{slug}/members", none(), "", "401 200 404 200 200 200 200");
    row("DELETE /api/v1/communities/{slug}/members/{user_id}", none(), "", "401 403 404 403 204 404 404");
    row("POST /api/v1/communities/{slug}/join", none(), "", "401 200 202 200 200 202 202");
    row("POST /api/v1/communities/{slug}/leave", none(), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/communities/{slug}/requests", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/communities/{slug}/requests/{user_id}/approve", none(), "", "401 403 404 403 200 404 404");
    row("POST /api/v1/communities/{slug}/requests/{user_id}/reject", none(), "", "401 403 404 403 200 404 404");
    row("PUT /api/v1/communities/{slug}/managers/{user_id}", none(), "", "401 403 404 403 200 200 200");
    row("DELETE /api/v1/communities/{slug}/managers/{user_id}", none(), "", "401 403 404 403 200 404 404");
    row("POST /api/v1/communities/{slug}/subscribe", none(), "", "401 200 404 200 200 200 200");
    row("DELETE /api/v1/communities/{slug}/subscribe", none(), "", "401 200 404 200 200 200 200");
    row("GET /api/v1/communities/{slug}/invitations", none(), "", "401 403 404 403 200 403 200");
    row("POST /api/v1/communities/{slug}/invitations", j(json!({ "email": "invitee-{role}@lawfirm.example", "role": "guest" })), "", "401 403 404 403 201 403 201");
    row("DELETE /api/v1/communities/{slug}/invitations/{id}", none(), "", "401 403 404 403 204 403 409");
    row("GET /api/v1/invitations/{token}", none(), "", "200 200 200 200 200 200 200");
    row("POST /api/v1/invitations/{token}/accept", j(json!({ "display_name": "Holder of the link", "password": PASSWORD })), "", "201 410 410 410 410 410 410");

    // --- API: discussions --------------------------------------------------
    row("GET /api/v1/communities/{slug}/threads", none(), "", "401 200 404 200 200 200 200");
    row("POST /api/v1/communities/{slug}/threads", j(json!({ "title": "A question from {role}", "body": "Which lots?", "kind": "question" })), "", "401 201 404 201 201 201 201");
    row("GET /api/v1/threads/{id}", none(), "", "401 200 404 200 200 200 200");
    row("POST /api/v1/threads/{id}/posts", j(json!({ "body": "An answer from {role}." })), "", "401 201 404 201 201 201 201");
    row("POST /api/v1/threads/{id}/accept", j(json!({ "post_id": "{post}" })), "", "401 403 404 200 200 200 200");
    row("DELETE /api/v1/threads/{id}/accept", none(), "", "401 403 404 200 200 200 200");
    row("POST /api/v1/threads/{id}/subscribe", none(), "", "401 200 404 200 200 200 200");
    row("DELETE /api/v1/threads/{id}/subscribe", none(), "", "401 200 404 200 200 200 200");
    row("PATCH /api/v1/posts/{id}", j(json!({ "body": "Edited by {role}." })), "", "401 403 404 200 200 200 200");
    row("DELETE /api/v1/posts/{id}", none(), "", "401 403 404 204 403 403 403");
    row("GET /api/v1/posts/{id}/history", none(), "", "401 200 404 200 200 200 200");
    // Nobody marks their own post helpful.
    row("POST /api/v1/posts/{id}/reactions", j(json!({ "kind": "helpful" })), "", "401 200 404 409 200 200 200");
    row("DELETE /api/v1/posts/{id}/reactions", j(json!({ "kind": "helpful" })), "", "401 200 404 200 200 200 200");
    row("GET /api/v1/feed", none(), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/notifications", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/notifications/read", j(json!({ "ids": [] })), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/me/notification-settings", none(), "", "401 200 200 200 200 200 200");
    row("PUT /api/v1/me/notification-settings", j(json!({ "email": "daily" })), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/taxonomy/expertise", none(), "", "401 200 200 200 200 200 200");

    // --- API: documents ----------------------------------------------------
    row("GET /api/v1/communities/{slug}/documents", none(), "", "401 200 404 200 200 200 200");
    row("POST /api/v1/communities/{slug}/documents", Upload(vec![("title", "Tender template")]), "", "401 201 404 201 201 201 201");
    row("GET /api/v1/documents/{id}", none(), "", "401 200 404 200 200 200 200");
    row("POST /api/v1/documents/{id}/versions", Upload(vec![("note", "Second version")]), "", "401 403 404 201 201 201 201");
    row("GET /api/v1/documents/{id}/download", none(), "", "401 200 404 200 200 200 200");

    // --- API: verified answers and asking experts --------------------------
    row("GET /api/v1/admin/experts", none(), "", "401 403 403 403 403 403 200");
    row("PUT /api/v1/admin/experts/{user_id}", j(json!({ "expertise": ["proc-open"] })), "", "401 403 403 403 403 403 200");
    row("DELETE /api/v1/admin/experts/{user_id}", none(), "", "401 403 403 403 403 403 204");
    // Admins, the helpdesk and experts of the question's topics verify.
    row("POST /api/v1/posts/{id}/verification", j(json!({ "reference": "Directive 2014/24/EU art. 33", "review_by": "2040-01-01" })), "", "401 403 404 403 403 403 201");
    row("DELETE /api/v1/posts/{id}/verification", none(), "", "401 403 404 403 403 403 204");
    row("POST /api/v1/threads/{id}/expert-requests", j(json!({ "user_ids": ["{victim}"] })), "", "401 201 404 201 201 201 201");
    row("GET /api/v1/threads/{id}/expert-suggestions", none(), "", "401 200 404 200 200 200 200");
    row("GET /api/v1/communities/{slug}/verified-answers", none(), "", "401 200 404 200 200 200 200");

    // --- API: helpdesk -----------------------------------------------------
    row("GET /api/v1/helpdesk/questions", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/helpdesk/questions", j(json!({ "subject": "Question from {role}", "body": "Can we extend the framework by a year?" })), "", "401 403 201 201 201 201 201");
    row("GET /api/v1/helpdesk/questions/{id}", none(), "", "401 404 404 200 404 404 200");
    row("POST /api/v1/helpdesk/questions/{id}/answer", j(json!({ "body": "Yes, within art. 72." })), "", "401 403 403 403 403 403 200");
    row("POST /api/v1/helpdesk/questions/{id}/publish", j(json!({ "community": "alpha" })), "", "401 403 403 403 403 403 200");
    row("POST /api/v1/helpdesk/questions/{id}/close", none(), "", "401 403 403 403 403 403 200");

    // --- API: feedback -----------------------------------------------------
    row("POST /api/v1/feedback", j(json!({ "kind": "idea", "text": "More peer exchanges, from {role}", "page": "/events" })), "", "401 201 201 201 201 201 201");
    row("GET /api/v1/feedback", none(), "", "401 403 403 403 403 200 200");
    row("GET /api/v1/me/feedback", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/feedback/{id}/answer", j(json!({ "answer": "Thank you, planned for spring." })), "", "401 403 403 403 403 200 200");
    row("PUT /api/v1/feedback/{id}/tags", j(json!({ "tags": ["events"] })), "", "401 403 403 403 403 200 200");
    row("POST /api/v1/help/{slug}/useful", j(json!({ "useful": true })), "", "401 200 200 200 200 200 200");
    row("GET /api/v1/help/usefulness", none(), "", "401 403 403 403 403 200 200");

    // --- API: monitoring ---------------------------------------------------
    row("GET /api/v1/indicators", none(), "", "401 403 403 403 403 200 200");
    row("GET /api/v1/indicators.csv", none(), "", "401 403 403 403 403 200 200");

    // --- API: events -------------------------------------------------------
    row("GET /api/v1/events", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/events", j(json!({ "title": "Event by {role}", "starts_at": "2031-01-10T10:00", "ends_at": "2031-01-10T12:00", "community": "alpha" })), "", "401 403 404 403 201 201 201");
    row("GET /api/v1/events/{id}", none(), "", "401 200 404 200 200 200 200");
    row("POST /api/v1/events/{id}/rsvp", j(json!({ "status": "going" })), "", "401 200 404 200 200 200 200");
    row("GET /api/v1/events/{id}/attendees", none(), "", "401 403 404 403 200 200 200");
    row("GET /api/v1/events/{id}/attendees.csv", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/events/{id}/cancel", j(json!({ "reason": "Speaker ill" })), "", "401 403 404 403 200 409 409");
    row("POST /api/v1/events/{id}/documents", j(json!({ "document_id": "{document}" })), "", "401 403 404 403 201 201 201");
    row("GET /api/v1/me/calendar-feed", none(), "", "401 200 200 200 200 200 200");
    row("POST /api/v1/me/calendar-feed", none(), "", "401 201 201 201 201 201 201");
    row("DELETE /api/v1/me/calendar-feed", none(), "", "401 204 204 204 204 204 204");

    // --- API: search and people --------------------------------------------
    row("GET /api/v1/search", none(), "?q=lots", "401 200 200 200 200 200 200");
    row("GET /api/v1/people", none(), "", "401 403 200 200 200 200 200");
    row("GET /api/v1/people/{id}", none(), "", "401 200 200 200 200 200 200");

    // --- API: moderation ---------------------------------------------------
    row("POST /api/v1/posts/{id}/hide", j(json!({ "reason": "Names a bidder" })), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/posts/{id}/restore", j(json!({ "reason": "Fine after all" })), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/threads/{id}/lock", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/threads/{id}/unlock", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/threads/{id}/pin", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/threads/{id}/unpin", none(), "", "401 403 404 403 200 200 200");
    row("POST /api/v1/threads/{id}/move", j(json!({ "community": "beta", "reason": "Belongs there" })), "", "401 403 404 403 403 200 200");
    row("GET /api/v1/moderation/audit-log", none(), "", "401 403 403 403 200 200 200");
    row("GET /api/v1/moderation/queue", none(), "", "401 403 403 403 200 200 200");
    row("GET /api/v1/moderation/alerts", none(), "", "401 403 403 403 200 200 200");
    row("POST /api/v1/moderation/alerts/{id}/dismiss", none(), "", "401 403 403 403 204 409 409");
    row("POST /api/v1/posts/{id}/flags", j(json!({ "reason": "off_topic" })), "", "401 201 404 201 201 201 201");
    row("POST /api/v1/moderation/flags/{id}/resolve", j(json!({ "decision": "dismiss" })), "", "401 403 404 403 200 409 409");

    // --- Pages: accounts ---------------------------------------------------
    row("GET /", none(), "", "200 200 200 200 200 200 200");
    row("GET /register", none(), "", "200 303 303 303 303 303 303");
    row("POST /register", Form(vec![ ("email", "page-{role}@minfin.example.gov"), ("display_name", "Page Person"), ("organisation", "Gemeente Utrecht"), ("password", PASSWORD), ]), "", "303 303 303 303 303 303 303");
    row("GET /register/check-mail", none(), "", "200 200 200 200 200 200 200");
    row("GET /verify", none(), "?token=not-a-token", "400 400 400 400 400 400 400");
    row("GET /pending", none(), "", "200 200 200 200 200 200 200");
    row("GET /login", none(), "", "200 303 303 303 303 303 303");
    row("POST /login", Form(vec![("email", MEMBER), ("password", PASSWORD)]), "", "303 303 303 303 303 303 303");
    row("POST /logout", Form(vec![]), "", "303 303 303 303 303 303 303");
    row("GET /password-reset", none(), "", "200 200 200 200 200 200 200");
    row("POST /password-reset", Form(vec![("email", "reset-{role}@minfin.example.gov")]), "", "200 200 200 200 200 200 200");
    row("GET /password-reset/confirm", none(), "?token=not-a-token", "200 200 200 200 200 200 200");
    row("POST /password-reset/confirm", Form(vec![ ("token", "not-a-token"), ("password", "another quiet harbour 2027"), ]), "", "400 400 400 400 400 400 400");
    row("GET /usage-code", none(), "", "200 200 200 200 200 200 200");
    row("POST /usage-code/accept", Form(vec![("version", "1")]), "", "303 303 303 303 303 303 303");
    row("GET /me/profile", none(), "", "303 200 200 200 200 200 200");
    row("POST /me/profile", Form(vec![ ("display_name", "Renamed Person"), ("organisation", "Gemeente Utrecht"), ("locale", "en"), ]), "", "303 303 303 303 303 303 303");
    row("GET /me/password", none(), "", "303 200 200 200 200 200 200");
    row("POST /me/password", Form(vec![ ("current_password", PASSWORD), ("new_password", "another quiet harbour 2027"), ]), "", "303 303 303 303 303 303 303");
    row("GET /admin/registrations", none(), "", "303 403 403 403 403 403 200");
    row("POST /admin/registrations/{id}/approve", Form(vec![]), "", "303 403 403 403 403 403 303");
    row("POST /admin/registrations/{id}/reject", Form(vec![("reason", "Not a public buyer")]), "", "303 403 403 403 403 403 303");
    row("GET /admin/buyer-domains", none(), "", "303 403 403 403 403 403 200");
    row("POST /admin/buyer-domains", Form(vec![("domain", "new-{role}.example.gov")]), "", "303 403 403 403 403 403 303");
    row("POST /admin/buyer-domains/{domain}/delete", Form(vec![]), "", "303 403 403 403 403 403 303");
    row("GET /admin/usage-code", none(), "", "303 403 403 403 403 403 200");
    row("POST /admin/usage-code", Form(vec![("text", "Version two of the usage code, stricter on confidentiality.",)]), "", "303 403 403 403 403 403 303");
    row("GET /admin/users", none(), "", "303 403 403 403 403 200 200");
    row("POST /admin/users/{id}/suspend", Form(vec![("reason", "Shared a bid"), ("until", "")]), "", "303 403 403 403 403 303 303");
    row("POST /admin/users/{id}/unsuspend", Form(vec![]), "", "303 403 403 403 403 409 409");

    // --- Pages: communities ------------------------------------------------
    row("GET /communities", none(), "", "303 200 200 200 200 200 200");
    row("POST /communities", Form(vec![ ("slug", "new-{role}"), ("name", "A new community"), ("kind", "policy"), ("description", ""), ("membership", "open"), ]), "", "303 403 403 403 403 303 303");
    row("GET /communities/new", none(), "", "303 403 403 403 403 200 200");
    row("GET /communities/{slug}", none(), "", "303 200 200 200 200 200 200");
    row("POST /communities/{slug}/join", Form(vec![]), "", "303 303 303 303 303 303 303");
    row("POST /communities/{slug}/leave", Form(vec![]), "", "303 303 303 303 303 303 303");
    row("POST /communities/{slug}/follow", Form(vec![("follow", "true")]), "", "303 303 404 303 303 303 303");
    row("GET /communities/{slug}/members", none(), "", "303 200 404 200 200 200 200");
    row("POST /communities/{slug}/managers/{user_id}/{action}", Form(vec![]), "", "303 403 404 403 303 303 303");
    row("GET /communities/{slug}/requests", none(), "", "303 403 404 403 200 200 200");
    row("POST /communities/{slug}/requests/{user_id}/{action}", Form(vec![]), "", "303 403 404 403 303 404 404");
    row("POST /communities/{slug}/members/{user_id}/remove", Form(vec![]), "", "303 403 404 403 303 404 404");
    row("GET /communities/{slug}/settings", none(), "", "303 403 404 403 200 200 200");
    row("POST /communities/{slug}/settings", Form(vec![ ("name", "Community alpha"), ("description", "Renamed."), ("rules", "Be kind."), ("membership", "approval"), ]), "", "303 403 404 403 303 303 303");
    row("GET /communities/{slug}/invitations", none(), "", "303 403 404 403 200 403 200");
    row("POST /communities/{slug}/invitations", Form(vec![ ("email", "invitee-{role}@lawfirm.example"), ("role", "guest"), ("expires_in_days", "14"), ]), "", "303 403 404 403 303 403 303");
    row("POST /communities/{slug}/invitations/{id}/revoke", Form(vec![]), "", "303 403 404 403 303 403 409");
    row("GET /invitations/{token}", none(), "", "200 200 200 200 200 200 200");
    row("POST /invitations/{token}", Form(vec![ ("display_name", "Holder of the link"), ("password", PASSWORD), ]), "", "303 410 410 410 410 410 410");

    // --- Pages: discussions ------------------------------------------------
    row("GET /communities/{slug}/threads/new", none(), "", "303 200 404 200 200 200 200");
    row("POST /communities/{slug}/threads", Form(vec![ ("title", "A question from {role}"), ("body", "Which lots?"), ("kind", "question"), ]), "", "303 303 404 303 303 303 303");
    row("GET /unanswered", none(), "", "303 200 200 200 200 200 200");
    row("GET /threads/{id}", none(), "", "303 200 404 200 200 200 200");
    row("POST /threads/{id}/posts", Form(vec![("body", "An answer from {role}.")]), "", "303 303 404 303 303 303 303");
    row("POST /threads/{id}/accept", Form(vec![("post_id", "{post}")]), "", "303 403 404 303 303 303 303");
    row("POST /threads/{id}/follow", Form(vec![("follow", "true")]), "", "303 303 404 303 303 303 303");
    row("POST /posts/{id}/helpful", Form(vec![("on", "true")]), "", "303 303 404 409 303 303 303");
    row("GET /posts/{id}/edit", none(), "", "303 403 404 200 200 200 200");
    row("POST /posts/{id}/edit", Form(vec![("body", "Edited by {role}.")]), "", "303 403 404 303 303 303 303");
    row("GET /posts/{id}/history", none(), "", "303 200 404 200 200 200 200");
    row("POST /posts/{id}/delete", Form(vec![]), "", "303 403 404 303 403 403 403");

    // --- Pages: documents --------------------------------------------------
    row("GET /communities/{slug}/documents", none(), "", "303 200 404 200 200 200 200");
    row("POST /communities/{slug}/documents", Upload(vec![("title", "Tender template")]), "", "303 303 404 303 303 303 303");
    row("GET /communities/{slug}/documents/new", none(), "", "303 200 404 200 200 200 200");
    row("GET /documents/{id}", none(), "", "303 200 404 200 200 200 200");
    row("POST /documents/{id}/versions", Upload(vec![("note", "Second version")]), "", "303 403 404 303 303 303 303");

    // --- Pages: verified answers and asking experts ------------------------
    row("GET /admin/experts", none(), "", "303 403 403 403 403 403 200");
    row("POST /admin/experts", Form(vec![("email", "victor@minfin.example.gov"), ("expertise-proc-open", "on")]), "", "303 403 403 403 403 403 303");
    row("POST /admin/experts/{user_id}/delete", Form(vec![]), "", "303 403 403 403 403 403 303");
    row("POST /posts/{id}/verification", Form(vec![("reference", "Directive 2014/24/EU art. 33"), ("review_by", "2040-01-01")]), "", "303 403 404 403 403 403 303");
    row("POST /posts/{id}/verification/delete", Form(vec![]), "", "303 403 404 403 403 403 303");
    row("POST /threads/{id}/expert-requests", Form(vec![("ask-{victim}", "on")]), "", "303 303 404 303 303 303 303");
    row("GET /communities/{slug}/verified-answers", none(), "", "303 200 404 200 200 200 200");

    // --- Pages: helpdesk ---------------------------------------------------
    row("GET /helpdesk", none(), "", "303 200 200 200 200 200 200");
    row("POST /helpdesk/questions", Form(vec![("subject", "Question from {role}"), ("body", "Can we extend the framework by a year?")]), "", "303 403 303 303 303 303 303");
    row("GET /helpdesk/questions/{id}", none(), "", "303 404 404 200 404 404 200");
    row("POST /helpdesk/questions/{id}/answer", Form(vec![("body", "Yes, within art. 72.")]), "", "303 403 403 403 403 403 303");
    row("POST /helpdesk/questions/{id}/publish", Form(vec![("community", "alpha"), ("anonymise", "on")]), "", "303 403 403 403 403 403 303");
    row("POST /helpdesk/questions/{id}/close", Form(vec![]), "", "303 403 403 403 403 403 303");

    // --- Pages: feedback ---------------------------------------------------
    row("GET /feedback", none(), "", "303 200 200 200 200 200 200");
    row("POST /feedback", Form(vec![("kind", "problem"), ("text", "The search box is small, says {role}")]), "", "303 303 303 303 303 303 303");
    row("GET /admin/feedback", none(), "", "303 403 403 403 403 200 200");
    row("POST /language", Form(vec![("lang", "en"), ("back", "/help")]), "", "303 303 303 303 303 303 303");
    row("GET /accessibility", none(), "", "303 303 303 303 303 303 303");
    row("GET /help", none(), "", "200 200 200 200 200 200 200");
    row("GET /help/{slug}", none(), "", "200 200 200 200 200 200 200");
    row("POST /help/{slug}/useful", Form(vec![("useful", "yes")]), "", "303 303 303 303 303 303 303");
    row("POST /admin/feedback/{id}/answer", Form(vec![("answer", "Thank you, planned for spring.")]), "", "303 403 403 403 403 303 303");
    row("POST /admin/feedback/{id}/tags", Form(vec![("tags", "events, search")]), "", "303 403 403 403 403 303 303");

    // --- Pages: monitoring -------------------------------------------------
    row("GET /moderation/indicators", none(), "", "303 403 403 403 200 200 200");

    // --- Pages: events -----------------------------------------------------
    row("GET /events", none(), "", "303 200 200 200 200 200 200");
    row("POST /events", Form(vec![("title", "Event by {role}"), ("starts_at", "2031-01-10T10:00"), ("ends_at", "2031-01-10T12:00"), ("time_zone", "Europe/Paris"), ("community", "alpha")]), "", "303 403 404 403 303 303 303");
    row("GET /events/new", none(), "", "303 403 403 403 200 200 200");
    row("GET /events/{id}", none(), "", "303 200 404 200 200 200 200");
    row("POST /events/{id}/rsvp", Form(vec![("status", "going")]), "", "303 303 404 303 303 303 303");
    row("GET /events/{id}/attendees", none(), "", "303 403 404 403 200 200 200");
    row("GET /events/{id}/attendees.csv", none(), "", "303 403 404 403 200 200 200");
    row("POST /events/{id}/cancel", Form(vec![("reason", "Speaker ill")]), "", "303 403 404 403 303 409 409");
    row("POST /events/{id}/documents", Form(vec![("document_id", "{document}")]), "", "303 403 404 403 303 303 303");
    row("GET /me/calendar", none(), "", "303 200 200 200 200 200 200");
    row("POST /me/calendar", Form(vec![("action", "create")]), "", "303 200 200 200 200 200 200");

    // --- Pages: search, people, moderation, notifications -------------------
    row("GET /search", none(), "?q=lots", "303 200 200 200 200 200 200");
    row("GET /people", none(), "", "303 403 200 200 200 200 200");
    row("GET /people/{id}", none(), "", "303 200 200 200 200 200 200");
    row("POST /posts/{id}/hide", Form(vec![("reason", "Names a bidder")]), "", "303 403 404 403 303 303 303");
    row("POST /posts/{id}/restore", Form(vec![("reason", "Fine after all")]), "", "303 403 404 403 303 303 303");
    row("POST /threads/{id}/flags", Form(vec![("action", "pin")]), "", "303 403 404 403 303 303 303");
    row("POST /threads/{id}/move", Form(vec![("community", "beta"), ("reason", "Belongs there")]), "", "303 403 404 403 403 303 303");
    row("GET /moderation/audit-log", none(), "", "303 403 403 403 200 200 200");
    row("GET /moderation/queue", none(), "", "303 403 403 403 200 200 200");
    row("POST /moderation/alerts/{id}/dismiss", Form(vec![]), "", "303 403 403 403 303 409 409");
    row("POST /posts/{id}/flags", Form(vec![("reason", "off_topic")]), "", "303 303 404 303 303 303 303");
    row("POST /moderation/flags/{id}/resolve", Form(vec![("decision", "dismiss")]), "", "303 403 404 403 303 409 409");
    row("GET /notifications", none(), "", "303 200 200 200 200 200 200");
    row("POST /notifications/read", Form(vec![]), "", "303 303 303 303 303 303 303");
    row("GET /me/notifications", none(), "", "303 303 303 303 303 303 303");
    row("POST /me/notifications", Form(vec![("email", "daily")]), "", "303 303 303 303 303 303 303");

    // --- Operations --------------------------------------------------------
    row("GET /healthz", none(), "", "200 200 200 200 200 200 200");
    // For operators: by address (the tests call from 127.0.0.1, allowed by
    // default) or token; api/operations.rs shows the refusals.
    row("GET /metrics", none(), "", "200 200 200 200 200 200 200");
    row("GET /static/{*path}", none(), "", "200 200 200 200 200 200 200");
    row("GET /theme.css", none(), "", "200 200 200 200 200 200 200");
    // This world has no logo (tests/pages/theme.rs configures one).
    row("GET /logo", none(), "", "404 404 404 404 404 404 404");
    // The secret in the address is the only key a calendar application has.
    row("GET /calendar/{token}", none(), "", "200 200 200 200 200 200 200");
    m
}

/// Everything the rows point at, in community A (`alpha`) unless said.
struct World {
    app: TestApp,
    /// Bearer/session token per role (none for the anonymous visitor).
    tokens: Vec<Option<String>>,
    /// The CSRF token each role's forms carry.
    csrf: Vec<String>,
    thread: String,
    post: String,
    document: String,
    flag: String,
    invitation: String,
    invitation_token: String,
    event: String,
    /// A question the member sent to the helpdesk.
    helpdesk_question: String,
    /// The member's feedback.
    feedback: String,
    /// An open alert about A.
    alert: String,
    /// The member's calendar feed secret.
    feed_token: String,
    /// A member of A whom rows suspend, remove, look up.
    victim: String,
    /// A second manager of A, for the manager rows.
    comanager: String,
    /// Asked to join A; waits for a decision.
    requester: String,
    /// Registered from an unknown domain; waits for an admin.
    registrant: String,
}

async fn id_of(app: &TestApp, token: &str) -> String {
    app.get("/api/v1/me", Some(token)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn expect_ok(response: &TestResponse, what: &str) {
    assert!(
        response.status.is_success(),
        "{what}: {} {}",
        response.status,
        response.text()
    );
}

async fn community(app: &TestApp, moderator: &str, slug: &str, membership: &str) {
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": slug, "name": format!("Community {slug}"), "kind": "sector",
                    "description": "Buyers of this sector.", "membership": membership }),
            Some(moderator),
        )
        .await;
    expect_ok(&created, "community");
}

/// Joins the approval community `alpha` through a request the moderator approves.
async fn admit(app: &TestApp, moderator: &str, token: &str) -> String {
    let id = id_of(app, token).await;
    let asked = app
        .call(
            Method::POST,
            "/api/v1/communities/alpha/join",
            None,
            Some(token),
        )
        .await;
    expect_ok(&asked, "join request");
    let approved = app
        .call(
            Method::POST,
            &format!("/api/v1/communities/alpha/requests/{id}/approve"),
            None,
            Some(moderator),
        )
        .await;
    expect_ok(&approved, "approval");
    id
}

async fn appoint(app: &TestApp, moderator: &str, id: &str) {
    let appointed = app
        .put(
            &format!("/api/v1/communities/alpha/managers/{id}"),
            json!({}),
            Some(moderator),
        )
        .await;
    expect_ok(&appointed, "appointment");
}

const BOUNDARY: &str = "matrix-boundary";

fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n% matrix\n1 0 obj << /Type /Catalog >> endobj\n(framework lots)\n%%EOF\n".to_vec()
}

fn multipart(fields: &[(&str, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"template.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(&pdf());
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn world() -> World {
    let app = TestApp::new().await;
    let admin = app.with_admin(ADMIN).await;
    let moderator = app.with_role(MODERATOR, Role::Moderator).await;
    community(&app, &moderator, "alpha", "approval").await;
    community(&app, &moderator, "beta", "open").await;
    // The creator manages what they create; the moderator column is about
    // platform moderation, so the moderator steps out of both.
    for slug in ["alpha", "beta"] {
        let left = app
            .call(
                Method::POST,
                &format!("/api/v1/communities/{slug}/leave"),
                None,
                Some(&moderator),
            )
            .await;
        expect_ok(&left, "the creator steps out");
    }
    let member = app.with_member(MEMBER).await;
    let manager = app.with_member(MANAGER).await;
    let outsider = app.with_member(OUTSIDER).await;
    let victim = app.with_member("victor@minfin.example.gov").await;
    let comanager = app.with_member("cora@minfin.example.gov").await;
    let requester = app.with_member("rita@minfin.example.gov").await;
    admit(&app, &moderator, &member).await;
    let manager_id = admit(&app, &moderator, &manager).await;
    appoint(&app, &moderator, &manager_id).await;
    let victim_id = admit(&app, &moderator, &victim).await;
    let comanager_id = admit(&app, &moderator, &comanager).await;
    appoint(&app, &moderator, &comanager_id).await;
    for token in [&member, &outsider] {
        let joined = app
            .call(
                Method::POST,
                "/api/v1/communities/beta/join",
                None,
                Some(token),
            )
            .await;
        expect_ok(&joined, "beta");
    }
    let requester_id = id_of(&app, &requester).await;
    let asked = app
        .call(
            Method::POST,
            "/api/v1/communities/alpha/join",
            None,
            Some(&requester),
        )
        .await;
    assert_eq!(asked.status, 202);

    // The guest, through an invitation.
    let invited = app
        .post(
            "/api/v1/communities/alpha/invitations",
            json!({ "email": GUEST, "role": "guest" }),
            Some(&manager),
        )
        .await;
    expect_ok(&invited, "guest invitation");
    let guest_link = app
        .last_mail_to(GUEST)
        .await
        .and_then(|m| m.link())
        .expect("link");
    let guest_token = guest_link.rsplit('/').next().expect("token").to_owned();
    let accepted = app
        .post(
            &format!("/api/v1/invitations/{guest_token}/accept"),
            json!({ "display_name": "Gus Guest", "password": PASSWORD }),
            None,
        )
        .await;
    expect_ok(&accepted, "guest accepts");
    let guest = accepted.json()["token"]
        .as_str()
        .expect("session")
        .to_owned();
    let code = app.get("/api/v1/usage-code", None).await.json();
    let ok = app
        .post(
            "/api/v1/usage-code/accept",
            json!({ "version": code["version"] }),
            Some(&guest),
        )
        .await;
    expect_ok(&ok, "guest accepts the usage code");

    // An open invitation for the {token} and {id} rows.
    let open = app
        .post(
            "/api/v1/communities/alpha/invitations",
            json!({ "email": "holder@lawfirm.example", "role": "guest" }),
            Some(&manager),
        )
        .await;
    expect_ok(&open, "open invitation");
    let invitation = open.json()["id"].as_str().expect("id").to_owned();
    let link = app
        .last_mail_to("holder@lawfirm.example")
        .await
        .and_then(|m| m.link())
        .expect("link");
    let invitation_token = link.rsplit('/').next().expect("token").to_owned();

    // Content: a question by the member, their own reply, a document, a flag.
    let asked = app
        .post(
            "/api/v1/communities/alpha/threads",
            json!({ "title": "Splitting a framework into lots", "body": "How many lots?", "kind": "question", "expertise": ["proc-framework-agreement"] }),
            Some(&member),
        )
        .await;
    expect_ok(&asked, "thread");
    let thread = asked.json()["id"].as_str().expect("id").to_owned();
    let replied = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "Three lots by region worked for us." }),
            Some(&member),
        )
        .await;
    expect_ok(&replied, "reply");
    let post = replied.json()["id"].as_str().expect("id").to_owned();
    let uploaded = app
        .request(
            Request::post("/api/v1/communities/alpha/documents")
                .header(header::AUTHORIZATION, format!("Bearer {member}"))
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .body(Body::from(multipart(&[("title", "Lots template")])))
                .expect("request"),
        )
        .await;
    expect_ok(&uploaded, "document");
    let document = uploaded.json()["id"].as_str().expect("id").to_owned();
    let flagged = app
        .post(
            &format!("/api/v1/posts/{post}/flags"),
            json!({ "reason": "other", "text": "Check" }),
            Some(&victim),
        )
        .await;
    expect_ok(&flagged, "flag");
    let queue = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .json();
    let flag = queue["flags"]["items"][0]["id"]
        .as_str()
        .or_else(|| queue["flags"][0]["id"].as_str())
        .expect("a flag in the queue")
        .to_owned();

    // The victim is an expert of the question's topic and verified the reply.
    let designated = app
        .put(
            &format!("/api/v1/admin/experts/{victim_id}"),
            json!({ "expertise": ["proc-framework-agreement"] }),
            Some(&admin),
        )
        .await;
    expect_ok(&designated, "expert");
    let checked = app
        .post(
            &format!("/api/v1/posts/{post}/verification"),
            json!({ "reference": "Directive 2014/24/EU art. 46", "review_by": "2040-01-01" }),
            Some(&victim),
        )
        .await;
    expect_ok(&checked, "verification");

    let sent = app
        .post(
            "/api/v1/helpdesk/questions",
            json!({ "subject": "Extending a framework", "body": "Can we extend the framework by a year?" }),
            Some(&member),
        )
        .await;
    expect_ok(&sent, "helpdesk question");
    let helpdesk_question = sent.json()["id"].as_str().expect("id").to_owned();

    let told = app
        .post(
            "/api/v1/feedback",
            json!({ "kind": "idea", "text": "A calendar of peer exchanges" }),
            Some(&member),
        )
        .await;
    expect_ok(&told, "feedback");
    let feedback = told.json()["id"].as_str().expect("id").to_owned();

    // A month from now, A looks dormant and its question unanswered.
    praxis_app::alerts::raise(&app.app, chrono::Utc::now() + chrono::Duration::days(31))
        .await
        .expect("alerts");
    let alerts = app
        .get("/api/v1/moderation/alerts", Some(&moderator))
        .await
        .json();
    let alpha = app
        .get("/api/v1/communities/alpha", Some(&moderator))
        .await
        .json()["id"]
        .clone();
    let alert = alerts["items"]
        .as_array()
        .and_then(|items| items.iter().find(|a| a["community_id"] == alpha))
        .and_then(|a| a["id"].as_str())
        .expect("an alert about A")
        .to_owned();

    // An event of A, organised by its manager, and the member's calendar feed.
    let organised = app
        .post(
            "/api/v1/events",
            json!({ "title": "Peer exchange on lots", "starts_at": "2031-01-10T10:00",
                    "ends_at": "2031-01-10T12:00", "community": "alpha", "capacity": 20 }),
            Some(&manager),
        )
        .await;
    expect_ok(&organised, "event");
    let event = organised.json()["id"].as_str().expect("id").to_owned();
    let feed = app
        .call(
            Method::POST,
            "/api/v1/me/calendar-feed",
            None,
            Some(&member),
        )
        .await;
    expect_ok(&feed, "calendar feed");
    let feed_token = feed.json()["url"]
        .as_str()
        .and_then(|u| u.rsplit('/').next())
        .expect("feed address")
        .to_owned();

    // A registration waiting for an admin.
    app.post(
        "/api/v1/auth/register",
        json!({ "email": "ineke@ziekenhuis.example", "display_name": "Ineke Inkoper", "password": PASSWORD, "organisation": "Ziekenhuis" }),
        None,
    )
    .await;
    let verify = app
        .last_mail_to("ineke@ziekenhuis.example")
        .await
        .and_then(|m| m.token())
        .expect("verification");
    app.post("/api/v1/auth/verify", json!({ "token": verify }), None)
        .await;
    let registrations = app
        .get("/api/v1/admin/registrations?status=pending", Some(&admin))
        .await
        .json();
    let registrant = registrations["items"][0]["id"]
        .as_str()
        .expect("pending")
        .to_owned();
    praxis_app::accounts::operator::add_buyer_domain(&app.app, "spare.example.gov")
        .await
        .expect("domain");

    let tokens = vec![
        None,
        Some(guest),
        Some(outsider),
        Some(member),
        Some(manager),
        Some(moderator),
        Some(admin),
    ];
    let mut csrf = vec![ANON_CSRF.to_owned()];
    for token in tokens.iter().flatten() {
        csrf.push(session_csrf(&app, token).await);
    }
    World {
        app,
        tokens,
        csrf,
        thread,
        post,
        document,
        flag,
        invitation,
        invitation_token,
        event,
        helpdesk_question,
        feedback,
        alert,
        feed_token,
        victim: victim_id,
        comanager: comanager_id,
        requester: requester_id,
        registrant,
    }
}

/// The CSRF token of a session, read from a page as a browser would.
async fn session_csrf(app: &TestApp, token: &str) -> String {
    let page = app
        .request(
            Request::get("/me/profile")
                .header(
                    header::COOKIE,
                    format!("{}={token}", praxis_web::SESSION_COOKIE),
                )
                .body(Body::empty())
                .expect("request"),
        )
        .await
        .text();
    page.split_once("name=\"_csrf\" value=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .expect("a form with a CSRF token")
        .to_owned()
}

/// The concrete path of a route in this world.
fn fill(route: &str, w: &World) -> String {
    let mut path = route.to_owned();
    let id = if route.contains("/events/{id}") {
        &w.event
    } else if route.contains("/helpdesk/questions/{id}") {
        &w.helpdesk_question
    } else if route.contains("/feedback/{id}") {
        &w.feedback
    } else if route.contains("/alerts/{id}") {
        &w.alert
    } else if route.contains("/threads/{id}") {
        &w.thread
    } else if route.contains("/posts/{id}") {
        &w.post
    } else if route.contains("/documents/{id}") {
        &w.document
    } else if route.contains("/flags/{id}") {
        &w.flag
    } else if route.contains("/invitations/{id}") {
        &w.invitation
    } else if route.contains("/registrations/{id}") {
        &w.registrant
    } else {
        // /admin/users/{id}, /people/{id}
        &w.victim
    };
    path = path.replace("{id}", id);
    let user = if route.contains("/managers/") {
        &w.comanager
    } else if route.contains("/requests/") {
        &w.requester
    } else {
        &w.victim
    };
    path = path.replace("{user_id}", user);
    let action = if route.contains("/managers/") {
        "appoint"
    } else {
        "approve"
    };
    path = path
        .replace("{action}", action)
        .replace(
            "{slug}",
            if route.contains("/help/") {
                "getting-started"
            } else {
                "alpha"
            },
        )
        .replace(
            "{token}",
            if route.starts_with("/calendar/") {
                &w.feed_token
            } else {
                &w.invitation_token
            },
        )
        .replace("{domain}", "spare.example.gov")
        .replace("{*path}", "praxis.css");
    path
}

fn personal(text: &str, role: &str, w: &World) -> String {
    text.replace("{role}", role)
        .replace("{post}", &w.post)
        .replace("{document}", &w.document)
        .replace("{victim}", &w.victim)
}

async fn ask(w: &World, route: &str, row: &Row, who: usize) -> TestResponse {
    let (method, template) = route.split_once(' ').expect("METHOD path");
    let method: Method = method.parse().expect("method");
    let path = format!("{}{}", fill(template, w), row.query);
    let api = template.starts_with("/api/");
    let role = ROLES[who];
    let token = w.tokens[who].as_deref();
    let mut request = Request::builder().method(method).uri(&path);
    if api {
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
    } else {
        let cookie = match token {
            Some(token) => format!("{}={token}", praxis_web::SESSION_COOKIE),
            None => format!("{}={ANON_CSRF}", praxis_web::CSRF_COOKIE),
        };
        request = request.header(header::COOKIE, cookie);
    }
    let csrf = w.csrf[who].as_str();
    let body = match &row.send {
        Payload::Nothing => Body::empty(),
        Payload::Json(value) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(personal(&value.to_string(), role, w))
        }
        Payload::Form(fields) => {
            request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
            let mut all: Vec<(String, String)> = vec![("_csrf".into(), csrf.to_owned())];
            all.extend(
                fields
                    .iter()
                    .map(|(k, v)| (personal(k, role, w), personal(v, role, w))),
            );
            Body::from(serde_urlencoded::to_string(all).expect("form"))
        }
        Payload::Upload(fields) => {
            request = request.header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            );
            let mut all: Vec<(&str, &str)> = Vec::new();
            if !api {
                all.push(("_csrf", csrf));
            }
            all.extend(fields.iter().copied());
            Body::from(multipart(&all))
        }
    };
    w.app.request(request.body(body).expect("request")).await
}

fn is_read_only(route: &str) -> bool {
    route.starts_with("GET ")
}

#[tokio::test]
async fn every_route_is_in_the_matrix() {
    let app = TestApp::new().await;
    let routes: BTreeSet<String> = praxis_web::route_table(&app.app)
        .iter()
        .map(|r| r.to_string())
        .collect();
    let rows: BTreeSet<String> = matrix().keys().cloned().collect();
    let missing: Vec<_> = routes.difference(&rows).collect();
    let stale: Vec<_> = rows.difference(&routes).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "routes without a row in the matrix: {missing:#?}\nrows without a route: {stale:#?}"
    );
}

/// What an answer says about itself: its error code, or its page title.
fn gist(response: &TestResponse) -> String {
    let text = response.text();
    if let Some(code) = serde_json::from_str::<Value>(&text)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned))
    {
        return code;
    }
    text.split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| title.to_owned())
        .or_else(|| response.header("location"))
        .unwrap_or_default()
}

/// Asks a row of every role in turn; describes the difference, if any.
async fn check(w: &World, route: &str, row: &Row) -> Option<String> {
    let mut got = [0u16; 7];
    let mut why = Vec::new();
    for (who, status) in got.iter_mut().enumerate() {
        let response = ask(w, route, row, who).await;
        *status = response.status.as_u16();
        if *status != row.expect[who] {
            why.push(format!("{}: {}", ROLES[who], gist(&response)));
        }
    }
    (got != row.expect).then(|| {
        format!(
            "{route}\n    expected {:?}\n    got      {:?}\n    {}",
            row.expect,
            got,
            why.join("; ")
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_each_role_as_the_matrix_says() {
    let rows = Arc::new(matrix());
    let mut tasks = JoinSet::new();
    {
        let rows = rows.clone();
        tasks.spawn(async move {
            let shared = world().await;
            let mut wrong = Vec::new();
            for (route, row) in rows.iter().filter(|(route, _)| is_read_only(route)) {
                wrong.extend(check(&shared, route, row).await);
            }
            wrong
        });
    }
    // A world per changing row; a few at a time, as building one is most of the work.
    let permits = Arc::new(Semaphore::new(3));
    for route in rows.keys().filter(|route| !is_read_only(route)) {
        let (rows, permits, route) = (rows.clone(), permits.clone(), route.clone());
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.expect("semaphore");
            let own = world().await;
            check(&own, &route, &rows[&route])
                .await
                .into_iter()
                .collect::<Vec<_>>()
        });
    }
    let mut wrong: Vec<String> = Vec::new();
    while let Some(done) = tasks.join_next().await {
        wrong.extend(done.expect("a row's task"));
    }
    wrong.sort();
    assert!(
        wrong.is_empty(),
        "roles {ROLES:?}\n{} of {} rows differ:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}
