//! /api/v1/events*, /api/v1/me/calendar-feed and /calendar/{token}.ics.

use crate::community;
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};
use std::sync::Arc;

/// A moderator, the open community `ict` with its manager Mia and member
/// Anna, and the member Otto who is not in `ict`.
struct World {
    app: TestApp,
    moderator: String,
    manager: String,
    member: String,
    outsider: String,
}

async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "health", "open").await;
    let manager = app.with_member("mia@minfin.example.gov").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let outsider = app.with_member("otto@minbzk.example.gov").await;
    for token in [&manager, &member] {
        app.join("ict", token).await;
    }
    app.join("health", &outsider).await;
    let mia = app.get("/api/v1/me", Some(&manager)).await.json()["id"].clone();
    let appointed = app
        .put(
            &format!(
                "/api/v1/communities/ict/managers/{}",
                mia.as_str().unwrap_or("")
            ),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success());
    World {
        app,
        moderator,
        manager,
        member,
        outsider,
    }
}

fn peer_exchange(extra: Value) -> Value {
    let mut body = json!({
        "title": "Peer exchange on cloud frameworks",
        "description": "Lessons from **three** framework agreements.",
        "starts_at": "2030-12-03T10:00",
        "ends_at": "2030-12-03T12:30",
        "time_zone": "Europe/Paris",
        "location": "Utrecht, Catharijnesingel 59",
        "online_url": "https://meet.example.org/peer-exchange",
        "community": "ict",
    });
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            body.insert(k.clone(), v.clone());
        }
    }
    body
}

async fn create(app: &TestApp, token: &str, body: Value) -> Value {
    let response = app.post("/api/v1/events", body, Some(token)).await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()
}

async fn rsvp(app: &TestApp, token: &str, id: &str, status: &str) -> (u16, Value) {
    let response = app
        .post(
            &format!("/api/v1/events/{id}/rsvp"),
            json!({ "status": status }),
            Some(token),
        )
        .await;
    (response.status.as_u16(), response.json())
}

#[tokio::test]
async fn managers_organise_events_in_their_community_with_a_discussion_thread() {
    let w = world().await;
    let app = &w.app;
    let event = create(app, &w.manager, peer_exchange(json!({}))).await;
    // 10:00 in Paris in December is 09:00 UTC.
    assert_eq!(event["starts_at"], "2030-12-03T09:00:00Z");
    assert_eq!(event["time_zone"], "Europe/Paris");
    assert_eq!(event["community"]["slug"], "ict");
    assert!(
        event["description_html"]
            .as_str()
            .unwrap_or("")
            .contains("<strong>three</strong>")
    );
    let thread = event["thread_id"].as_str().expect("a discussion thread");
    let shown = app
        .get(&format!("/api/v1/threads/{thread}"), Some(&w.member))
        .await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.json()["title"]
            .as_str()
            .unwrap_or("")
            .contains("Peer exchange")
    );

    // A member may not organise; nor may a manager platform-wide.
    let by_member = app
        .post("/api/v1/events", peer_exchange(json!({})), Some(&w.member))
        .await;
    assert_eq!(by_member.status, 403);
    let platform = app
        .post(
            "/api/v1/events",
            peer_exchange(json!({ "community": null })),
            Some(&w.manager),
        )
        .await;
    assert_eq!(platform.status, 403);
    let elsewhere = app
        .post(
            "/api/v1/events",
            peer_exchange(json!({ "community": "health" })),
            Some(&w.manager),
        )
        .await;
    assert_eq!(elsewhere.status, 404);
    // Moderators organise for everyone.
    let conference = create(
        app,
        &w.moderator,
        peer_exchange(json!({ "community": null, "title": "Annual procurement conference" })),
    )
    .await;
    assert!(conference["community"].is_null());
    assert!(conference["thread_id"].is_null());
}

#[tokio::test]
async fn bad_events_are_refused_field_by_field() {
    let w = world().await;
    for (extra, field) in [
        (json!({ "ends_at": "2030-12-03T09:00" }), "ends_at"),
        (json!({ "capacity": 0 }), "capacity"),
        (json!({ "time_zone": "Europe/Atlantis" }), "time_zone"),
        (json!({ "starts_at": "next tuesday" }), "starts_at"),
        (json!({ "starts_at": "" }), "starts_at"),
        (json!({ "title": "" }), "title"),
        (json!({ "online_url": "javascript:alert(1)" }), "online_url"),
        // The hour skipped when summer time starts does not exist.
        (
            json!({ "starts_at": "2030-03-31T02:30", "ends_at": "2030-03-31T04:00" }),
            "starts_at",
        ),
    ] {
        let response = w
            .app
            .post(
                "/api/v1/events",
                peer_exchange(extra.clone()),
                Some(&w.manager),
            )
            .await;
        assert_eq!(response.status, 400, "{extra}: {}", response.text());
        assert_eq!(response.json()["error"]["field"], field, "{extra}");
    }
}

#[tokio::test]
async fn community_events_are_for_its_members_and_platform_events_for_all() {
    let w = world().await;
    let app = &w.app;
    let event = create(app, &w.manager, peer_exchange(json!({}))).await;
    let id = event["id"].as_str().expect("id");
    let conference = create(
        app,
        &w.moderator,
        peer_exchange(json!({ "community": null, "title": "Annual procurement conference" })),
    )
    .await;
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}"), Some(&w.outsider))
            .await
            .status,
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}.ics"), Some(&w.outsider))
            .await
            .status,
        404
    );
    let (status, _) = rsvp(app, &w.outsider, id, "going").await;
    assert_eq!(status, 404);
    let titles = |v: Value| -> Vec<String> {
        v["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|e| e["title"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let for_outsider = titles(app.get("/api/v1/events", Some(&w.outsider)).await.json());
    assert_eq!(for_outsider, ["Annual procurement conference"]);
    let for_member = titles(app.get("/api/v1/events", Some(&w.member)).await.json());
    assert_eq!(for_member.len(), 2, "{for_member:?}");
    let conference_id = conference["id"].as_str().expect("id");
    assert_eq!(
        app.get(
            &format!("/api/v1/events/{conference_id}"),
            Some(&w.outsider)
        )
        .await
        .status,
        200
    );
    let bad = app
        .get("/api/v1/events?from=yesterday", Some(&w.member))
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "from");
}

#[tokio::test]
async fn a_full_event_has_a_waiting_list_that_moves_up_when_someone_cancels() {
    let w = world().await;
    let app = &w.app;
    let event = create(app, &w.manager, peer_exchange(json!({ "capacity": 1 }))).await;
    let id = event["id"].as_str().expect("id");
    let (status, body) = rsvp(app, &w.member, id, "going").await;
    assert_eq!(
        (status, body["status"].clone()),
        (200, json!("going")),
        "{body}"
    );
    assert_eq!(body["full"], true);

    let (status, body) = rsvp(app, &w.manager, id, "going").await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "event_full");
    let (status, body) = rsvp(app, &w.manager, id, "waitlist").await;
    assert_eq!((status, body["status"].clone()), (200, json!("waitlisted")));
    let (status, _) = rsvp(app, &w.member, id, "perhaps").await;
    assert_eq!(status, 400);

    // Anna cancels: Mia moves up and is told by mail.
    let (status, body) = rsvp(app, &w.member, id, "not_going").await;
    assert_eq!((status, body["status"].clone()), (200, json!("not_going")));
    let shown = app
        .get(&format!("/api/v1/events/{id}"), Some(&w.manager))
        .await
        .json();
    assert_eq!(shown["my_rsvp"], "going", "{shown}");
    assert_eq!(shown["going_count"], 1);
    assert_eq!(shown["waitlist_count"], 0);
    app.run_jobs().await;
    let mail = app
        .last_mail_to("mia@minfin.example.gov")
        .await
        .expect("a mail");
    assert!(mail.subject.contains("You have a seat"), "{}", mail.subject);

    // The organiser sees who answered what, also as CSV for a spreadsheet.
    let attendees = app
        .get(&format!("/api/v1/events/{id}/attendees"), Some(&w.manager))
        .await;
    assert_eq!(attendees.status, 200);
    assert_eq!(attendees.json()["total"], 2);
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}/attendees"), Some(&w.member))
            .await
            .status,
        403
    );
    let csv = app
        .get(
            &format!("/api/v1/events/{id}/attendees.csv"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.header("content-type")
            .unwrap_or_default()
            .starts_with("text/csv")
    );
    let text = csv.text();
    assert!(
        text.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    assert!(text.contains("\"mia tester\""), "{text}");
    assert!(text.contains("\"Going\""));

    // Cancelled: nobody answers any more, and the mail goes out.
    let cancelled = app
        .post(
            &format!("/api/v1/events/{id}/cancel"),
            json!({ "reason": "Speaker ill" }),
            Some(&w.manager),
        )
        .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text());
    assert_eq!(cancelled.json()["cancelled"], true);
    let (status, body) = rsvp(app, &w.member, id, "going").await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (409, json!("event_cancelled"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_answers_never_exceed_the_capacity() {
    let w = world().await;
    let event = create(&w.app, &w.manager, peer_exchange(json!({ "capacity": 3 }))).await;
    let id = event["id"].as_str().expect("id").to_owned();
    let mut tokens = Vec::new();
    for i in 0..8 {
        let token = w
            .app
            .with_member(&format!("racer{i}@minfin.example.gov"))
            .await;
        w.app.join("ict", &token).await;
        tokens.push(token);
    }
    let app = Arc::new(w.app);
    let mut tasks = tokio::task::JoinSet::new();
    for token in tokens {
        let (app, id) = (app.clone(), id.clone());
        tasks.spawn(async move { rsvp(&app, &token, &id, "going").await.0 });
    }
    let mut statuses = Vec::new();
    while let Some(done) = tasks.join_next().await {
        statuses.push(done.expect("task"));
    }
    statuses.sort();
    assert_eq!(statuses, [200, 200, 200, 409, 409, 409, 409, 409]);
    let shown = app
        .get(&format!("/api/v1/events/{id}"), Some(&w.manager))
        .await
        .json();
    assert_eq!(shown["going_count"], 3);
}

#[tokio::test]
async fn an_event_exports_as_icalendar_that_a_real_parser_reads() {
    let w = world().await;
    let app = &w.app;
    let event = create(
        app,
        &w.manager,
        peer_exchange(json!({ "title": "Peer exchange; ESPD, eForms" })),
    )
    .await;
    let id = event["id"].as_str().expect("id");
    {
        let path = format!("/api/v1/events/{id}.ics");
        let response = app.get(&path, Some(&w.member)).await;
        assert_eq!(response.status, 200, "{path}");
        assert!(
            response
                .header("content-type")
                .unwrap_or_default()
                .starts_with("text/calendar")
        );
        let text = response.text();
        let unfolded = icalendar::parser::unfold(&text);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let vevent = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .expect("one event");
        let value = |name: &str| {
            vevent
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        assert_eq!(value("UID"), format!("event-{id}@praxis.test"));
        assert_eq!(value("DTSTART"), "20301203T090000Z");
        assert_eq!(value("DTEND"), "20301203T113000Z");
        assert_eq!(value("SUMMARY"), "Peer exchange; ESPD, eForms");
        assert!(!value("DTSTAMP").is_empty());
    }
}

#[tokio::test]
async fn a_personal_feed_lists_my_events_behind_a_revocable_secret() {
    let w = world().await;
    let app = &w.app;
    let mine = create(
        app,
        &w.manager,
        peer_exchange(json!({ "title": "Cloud exit workshop" })),
    )
    .await;
    let other = create(
        app,
        &w.manager,
        peer_exchange(json!({ "title": "Not for me" })),
    )
    .await;
    rsvp(app, &w.member, mine["id"].as_str().expect("id"), "going").await;
    let _ = other;

    let made = app
        .call(
            Method::POST,
            "/api/v1/me/calendar-feed",
            None,
            Some(&w.member),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.text());
    let url = made.json()["url"].as_str().expect("url").to_owned();
    let path = url.trim_start_matches("http://praxis.test").to_owned();
    assert!(
        path.starts_with("/calendar/") && path.ends_with(".ics"),
        "{path}"
    );
    let status = app
        .get("/api/v1/me/calendar-feed", Some(&w.member))
        .await
        .json();
    assert_eq!(status["active"], true);

    // No session needed: the secret is the key.
    let feed = app.get(&path, None).await;
    assert_eq!(feed.status, 200);
    let text = feed.text();
    assert!(text.contains("SUMMARY:Cloud exit workshop"), "{text}");
    assert!(!text.contains("Not for me"));
    assert_eq!(
        app.get("/calendar/not-a-secret.ics", None).await.status,
        404
    );

    // Leaving the community takes its events out of the feed.
    let left = app
        .call(
            Method::POST,
            "/api/v1/communities/ict/leave",
            None,
            Some(&w.member),
        )
        .await;
    assert_eq!(left.status, 200);
    assert!(!app.get(&path, None).await.text().contains("Cloud exit"));

    // A new address replaces the old; revoking ends it.
    let again = app
        .call(
            Method::POST,
            "/api/v1/me/calendar-feed",
            None,
            Some(&w.member),
        )
        .await;
    let new_path = again.json()["url"]
        .as_str()
        .expect("url")
        .trim_start_matches("http://praxis.test")
        .to_owned();
    assert_eq!(app.get(&path, None).await.status, 404);
    assert_eq!(app.get(&new_path, None).await.status, 200);
    let revoked = app
        .delete("/api/v1/me/calendar-feed", Some(&w.member))
        .await;
    assert_eq!(revoked.status, 204);
    assert_eq!(app.get(&new_path, None).await.status, 404);
}

#[tokio::test]
async fn the_day_before_those_going_get_a_reminder_once() {
    let w = world().await;
    let app = &w.app;
    let soon = (chrono::Utc::now() + chrono::Duration::hours(10))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let end = (chrono::Utc::now() + chrono::Duration::hours(12))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let event = create(
        app,
        &w.manager,
        peer_exchange(json!({ "starts_at": soon, "ends_at": end })),
    )
    .await;
    let id = event["id"].as_str().expect("id");
    rsvp(app, &w.member, id, "going").await;
    rsvp(app, &w.manager, id, "maybe").await;
    let sent = praxis_app::events::send_reminders(&app.app, chrono::Utc::now())
        .await
        .expect("reminders");
    assert_eq!(sent, 1);
    app.run_jobs().await;
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("a reminder");
    assert!(mail.subject.starts_with("Tomorrow:"), "{}", mail.subject);
    assert!(mail.body.contains("Utrecht"));
    let again = praxis_app::events::send_reminders(&app.app, chrono::Utc::now())
        .await
        .expect("reminders");
    assert_eq!(again, 0);
}

#[tokio::test]
async fn slides_of_the_communitys_library_are_shared_with_the_event() {
    let w = world().await;
    let app = &w.app;
    let event = create(app, &w.manager, peer_exchange(json!({}))).await;
    let id = event["id"].as_str().expect("id");
    let boundary = "slides-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nSlides\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slides.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n(slides)\n%%EOF\n\r\n--{boundary}--\r\n"
    );
    let uploaded = app
        .request(
            axum::http::Request::post("/api/v1/communities/ict/documents")
                .header("authorization", format!("Bearer {}", w.manager))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(axum::body::Body::from(body))
                .expect("request"),
        )
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.text());
    let document = uploaded.json()["id"].clone();
    let shared = app
        .post(
            &format!("/api/v1/events/{id}/documents"),
            json!({ "document_id": document }),
            Some(&w.manager),
        )
        .await;
    assert_eq!(shared.status, 201, "{}", shared.text());
    let by_member = app
        .post(
            &format!("/api/v1/events/{id}/documents"),
            json!({ "document_id": document }),
            Some(&w.member),
        )
        .await;
    assert_eq!(by_member.status, 403);
    let unknown = app
        .post(
            &format!("/api/v1/events/{id}/documents"),
            json!({ "document_id": "999999" }),
            Some(&w.manager),
        )
        .await;
    assert_eq!(unknown.status, 400);
    let shown = app
        .get(&format!("/api/v1/events/{id}"), Some(&w.member))
        .await
        .json();
    assert_eq!(shown["documents"][0]["title"], "Slides", "{shown}");
}

#[tokio::test]
async fn a_platform_wide_event_is_discussed_in_the_community_its_organiser_chose() {
    let w = world().await;
    let app = &w.app;
    let conference = create(
        app,
        &w.moderator,
        peer_exchange(json!({
            "community": null,
            "title": "Annual procurement conference",
            "discussion_community": "ict",
        })),
    )
    .await;
    let thread = conference["thread_id"]
        .as_str()
        .expect("a thread")
        .to_owned();
    let id = conference["id"].as_str().expect("id").to_owned();
    assert_eq!(conference["discussion"]["community"]["slug"], "ict");
    let shown = app
        .get(&format!("/api/v1/threads/{thread}"), Some(&w.member))
        .await;
    assert_eq!(shown.status, 200, "{}", shown.text());
    assert_eq!(
        shown.json()["title"],
        "Event: Annual procurement conference"
    );
    // Everyone may come; who is not in ict is told where the talk is.
    let for_member = app
        .get(&format!("/api/v1/events/{id}"), Some(&w.member))
        .await
        .json();
    assert_eq!(for_member["discussion"]["readable"], true);
    let for_outsider = app
        .get(&format!("/api/v1/events/{id}"), Some(&w.outsider))
        .await
        .json();
    assert_eq!(
        for_outsider["discussion"]["readable"], false,
        "{for_outsider}"
    );

    // Without a choice there is no thread.
    let quiet = create(
        app,
        &w.moderator,
        peer_exchange(json!({ "community": null, "title": "Webinar without a thread" })),
    )
    .await;
    assert!(quiet["thread_id"].is_null(), "{quiet}");
    assert!(quiet["discussion"].is_null(), "{quiet}");

    // A community that does not exist, or a second community for a
    // community's own event: the field says what is wrong, nothing is made.
    let before = app.get("/api/v1/events", Some(&w.moderator)).await.json()["total"].clone();
    for (body, code) in [
        (
            json!({ "community": null, "discussion_community": "nowhere" }),
            "unknown_community",
        ),
        (
            json!({ "discussion_community": "health" }),
            "not_for_community_events",
        ),
    ] {
        let refused = app
            .post("/api/v1/events", peer_exchange(body), Some(&w.moderator))
            .await;
        assert_eq!(refused.status, 400, "{}", refused.text());
        let error = refused.json();
        assert_eq!(error["error"]["field"], "discussion_community", "{error}");
        assert_eq!(error["error"]["code"], code, "{error}");
    }
    assert_eq!(
        app.get("/api/v1/events", Some(&w.moderator)).await.json()["total"],
        before
    );
}
