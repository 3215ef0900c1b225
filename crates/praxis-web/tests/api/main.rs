//! The JSON API, route by route (folders mirror the URLs). Each test runs on
//! SQLite, or on PostgreSQL when `PRAXIS_TEST_DATABASE_URL` is set.

mod admin;
mod auth;
mod bad_input;
mod me;
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
