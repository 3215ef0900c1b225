//! Dates on pages are in the reader's language and time zone (issue #9).

use chrono::{Datelike, Utc};
use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// An open community `ict` with a member who reads in `locale` and `zone`.
async fn community_with_member(email: &str, locale: &str, zone: &str) -> (TestApp, String) {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "ict", "name": "ICT", "kind": "sector", "description": "", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    let member = app.with_member(email).await;
    app.join("ict", &member).await;
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "locale": locale, "time_zone": zone }),
            Some(&member),
        )
        .await;
    assert_eq!(profile.status, 200, "{}", profile.text());
    (app, member)
}

#[tokio::test]
async fn a_dutch_member_reads_a_dutch_month_on_a_thread_page() {
    let (app, member) =
        community_with_member("anna@minfin.example.gov", "nl", "Europe/Amsterdam").await;
    let asked = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Cloud exit", "body": "Who has done one?", "kind": "question" }),
            Some(&member),
        )
        .await;
    assert_eq!(asked.status, 201);
    let id = asked.json()["id"].as_str().expect("id").to_owned();
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = anna.get(&format!("/threads/{id}")).await.text();
    let today = Utc::now().with_timezone(&chrono_tz::Europe::Amsterdam);
    let month = DUTCH_MONTHS[today.month0() as usize];
    let expected = format!("{} {month} {}", today.day(), today.year());
    assert!(page.contains(&expected), "{expected} in {page}");
    assert!(page.contains("<time datetime=\""), "{page}");
    assert!(!page.contains(" UTC<"), "no UTC stamps: {page}");
}

#[tokio::test]
async fn a_french_member_reads_events_in_french_in_their_zone() {
    let (app, _) = community_with_member("julien@economie.example.gov", "fr", "Europe/Paris").await;
    let manager = app.sign_in("mod@praxis.example").await;
    let event = app
        .post(
            "/api/v1/events",
            json!({
                "title": "Atelier sortie du cloud",
                "community": "ict",
                "starts_at": "2030-05-04T12:00:00Z",
                "ends_at": "2030-05-04T14:00:00Z",
                "time_zone": "Europe/Amsterdam",
            }),
            Some(&manager),
        )
        .await;
    assert_eq!(event.status, 201, "{}", event.text());
    let mut julien = Browser::new(&app);
    julien
        .sign_in("julien@economie.example.gov", PASSWORD)
        .await;
    let page = julien.get("/events").await.text();
    // 12:00 UTC is 14:00 in Paris in May.
    assert!(
        page.contains("samedi 4 mai 2030 à 14:00–16:00 CEST"),
        "{page}"
    );
    // The JSON API keeps RFC 3339 UTC.
    let id = event.json()["id"].as_str().expect("id").to_owned();
    let json = app
        .get(&format!("/api/v1/events/{id}"), Some(&manager))
        .await
        .json();
    assert_eq!(json["starts_at"], "2030-05-04T12:00:00Z");
}
