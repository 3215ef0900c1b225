//! /events, /events/new, /events/{id}, RSVP, attendees and /me/calendar.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

const MANAGER: &str = "mia@minfin.example.gov";
const MEMBER: &str = "anna@minfin.example.gov";

async fn ict_with_manager() -> TestApp {
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
    for email in [MANAGER, MEMBER] {
        let token = app.with_member(email).await;
        app.join("ict", &token).await;
    }
    let mia = app.sign_in(MANAGER).await;
    let id = app.get("/api/v1/me", Some(&mia)).await.json()["id"].clone();
    let appointed = app
        .put(
            &format!(
                "/api/v1/communities/ict/managers/{}",
                id.as_str().unwrap_or("")
            ),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success());
    app
}

fn location(response: &praxis_test_support::TestResponse) -> String {
    response.header("location").unwrap_or_default()
}

#[tokio::test]
async fn a_manager_publishes_an_event_and_a_member_registers_through_the_pages() {
    let app = ict_with_manager().await;
    let mut mia = Browser::new(&app);
    mia.sign_in(MANAGER, PASSWORD).await;
    let form = mia.get("/events/new").await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("Europe/Paris"));
    let wrong = mia
        .submit(
            "/events",
            &[
                ("title", "Cloud exit workshop"),
                ("community", "ict"),
                ("starts_at", "2030-05-04T14:00"),
                ("ends_at", "2030-05-04T13:00"),
                ("time_zone", "Europe/Amsterdam"),
                ("capacity", "1"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 400);
    assert!(wrong.text().contains("id=\"error-ends_at\""));
    let published = mia
        .submit(
            "/events",
            &[
                ("title", "Cloud exit workshop"),
                ("community", "ict"),
                ("starts_at", "2030-05-04T14:00"),
                ("ends_at", "2030-05-04T16:00"),
                ("time_zone", "Europe/Amsterdam"),
                ("location", "Den Haag"),
                ("capacity", "1"),
                ("description", "Bring your exit plans."),
            ],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.text());
    let event_path = location(&published)
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let page = mia.get(&location(&published)).await.text();
    assert!(page.contains("Cloud exit workshop") && page.contains("Den Haag"));
    assert!(
        page.contains("The event&#39;s discussion") || page.contains("The event&#x27;s discussion"),
        "{page}"
    );

    let mut anna = Browser::new(&app);
    anna.sign_in(MEMBER, PASSWORD).await;
    let listed = anna.get("/events").await.text();
    assert!(listed.contains("Cloud exit workshop"));
    anna.get(&event_path).await;
    let going = anna
        .submit(&format!("{event_path}/rsvp"), &[("status", "going")])
        .await;
    assert_eq!(going.status, 303);
    assert!(location(&going).contains("notice=rsvp_going"));
    // Full now: Mia is offered the waiting list.
    let page = mia.get(&event_path).await.text();
    assert!(page.contains("value=\"waitlist\""), "{page}");
    let ics = anna.get(&format!("{event_path}.ics")).await;
    assert_eq!(ics.status, 200);
    assert!(ics.text().contains("BEGIN:VEVENT"));
    let attendees = mia.get(&format!("{event_path}/attendees")).await;
    assert_eq!(attendees.status, 200);
    assert!(attendees.text().contains("anna tester"));
    assert_eq!(
        anna.get(&format!("{event_path}/attendees")).await.status,
        403
    );
}

#[tokio::test]
async fn a_member_makes_and_stops_a_calendar_feed() {
    let app = ict_with_manager().await;
    let mut anna = Browser::new(&app);
    anna.sign_in(MEMBER, PASSWORD).await;
    let page = anna.get("/me/calendar").await;
    assert!(page.text().contains("You have no feed yet."));
    let made = anna.submit("/me/calendar", &[("action", "create")]).await;
    assert_eq!(made.status, 200);
    let html = made.text();
    let url = html
        .split("value=\"http://praxis.test")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the feed's address")
        .to_owned();
    assert_eq!(app.get(&url, None).await.status, 200);
    anna.get("/me/calendar").await;
    let stopped = anna.submit("/me/calendar", &[("action", "revoke")]).await;
    assert_eq!(stopped.status, 303);
    assert_eq!(app.get(&url, None).await.status, 404);
}

#[tokio::test]
async fn a_moderator_gives_a_platform_wide_event_a_discussion_thread() {
    let app = ict_with_manager().await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    let form = moderator.get("/events/new").await;
    assert!(
        form.text().contains("id=\"field-discussion_community\""),
        "{}",
        form.text()
    );
    let wrong = moderator
        .submit(
            "/events",
            &[
                ("title", "Annual conference"),
                ("community", ""),
                ("discussion_community", "nowhere"),
                ("starts_at", "2030-06-04T09:00"),
                ("ends_at", "2030-06-04T17:00"),
                ("time_zone", "Europe/Brussels"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 400);
    assert!(wrong.text().contains("id=\"error-discussion_community\""));
    let published = moderator
        .submit(
            "/events",
            &[
                ("title", "Annual conference"),
                ("community", ""),
                ("discussion_community", "ict"),
                ("starts_at", "2030-06-04T09:00"),
                ("ends_at", "2030-06-04T17:00"),
                ("time_zone", "Europe/Brussels"),
            ],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.text());
    let event_path = location(&published)
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let mut anna = Browser::new(&app);
    anna.sign_in(MEMBER, PASSWORD).await;
    let page = anna.get(&event_path).await.text();
    assert!(
        page.contains("The event&#39;s discussion</a>")
            || page.contains("The event&#x27;s discussion</a>"),
        "{page}"
    );
    assert!(page.contains("in ICT"), "{page}");
}
