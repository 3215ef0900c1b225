//! The JSON API, route by route (folders mirror the URLs). Each test runs on
//! SQLite, or on PostgreSQL when `PRAXIS_TEST_DATABASE_URL` is set.

mod admin;
mod alerts;
mod auth;
mod authorization;
mod bad_input;
mod communities;
mod discussions;
mod documents;
mod events;
mod expertise;
mod feedback;
mod guest_confinement;
mod helpdesk;
mod indicators;
mod invitations;
mod languages;
mod me;
mod moderation;
mod operations;
mod people;
mod search;
mod usage_code;

use praxis_test_support::{PASSWORD, TestApp};
use serde_json::json;

/// Registers through the API and returns the verification token from the mail.
pub async fn register(app: &TestApp, email: &str) -> String {
    let response = app
        .post(
            "/api/v1/auth/register",
            json!({
                "email": email,
                "display_name": "Jan Jansen",
                "password": PASSWORD,
                "organisation": "Gemeente Utrecht",
            }),
            None,
        )
        .await;
    assert_eq!(response.status, 202, "{}", response.text());
    app.last_mail_to(email)
        .await
        .and_then(|m| m.token())
        .expect("a verification mail with a link")
}

pub async fn allow_domain(app: &TestApp, domain: &str) {
    praxis_app::accounts::operator::add_buyer_domain(&app.app, domain)
        .await
        .expect("domain added");
}

/// Creates a community as a platform moderator; returns its slug.
pub async fn community(
    app: &TestApp,
    moderator_token: &str,
    slug: &str,
    membership: &str,
) -> String {
    let response = app
        .post(
            "/api/v1/communities",
            json!({
                "slug": slug,
                "name": format!("Community {slug}"),
                "kind": "sector",
                "description": "Where buyers of this sector meet.",
                "membership": membership,
            }),
            Some(moderator_token),
        )
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    slug.to_owned()
}

/// Starts a thread; returns its id.
pub async fn thread(
    app: &TestApp,
    token: &str,
    slug: &str,
    kind: &str,
    title: &str,
    body: &str,
) -> String {
    let response = app
        .post(
            &format!("/api/v1/communities/{slug}/threads"),
            json!({ "title": title, "body": body, "kind": kind, "tags": ["espd"] }),
            Some(token),
        )
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()["id"]
        .as_str()
        .expect("thread id")
        .to_owned()
}

/// Replies; returns the post id.
pub async fn reply(app: &TestApp, token: &str, thread: &str, body: &str) -> String {
    let response = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": body }),
            Some(token),
        )
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()["id"].as_str().expect("post id").to_owned()
}
