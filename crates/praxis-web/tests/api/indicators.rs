//! /api/v1/indicators and .csv on a small hand-built data set where every
//! figure is known.

use crate::{community, reply, thread};
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

/// A question by A, backdated five days, first answered `after_hours` later
/// by `replier` (or not at all).
async fn question(
    app: &TestApp,
    asker: &str,
    replier: Option<&str>,
    after_hours: i64,
) -> (String, Option<String>) {
    let id = thread(
        app,
        asker,
        "ict",
        "question",
        "How many lots?",
        "For a cleaning framework.",
    )
    .await;
    let answer = match replier {
        Some(token) => Some(reply(app, token, &id, "Three, by region.").await),
        None => None,
    };
    let start = chrono::Utc::now() - chrono::Duration::days(5);
    praxis_store::bulk::backdate_thread(
        &app.app.db,
        id.parse().expect("numeric id"),
        start,
        chrono::Duration::hours(after_hours),
    )
    .await
    .expect("backdated");
    (id, answer)
}

async fn indicators(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/indicators{query}"), Some(token))
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    response.json()
}

#[tokio::test]
async fn indicators_of_a_known_data_set() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let a = app.with_member("anna@minfin.example.gov").await;
    let b = app.with_member("bob@minfin.example.gov").await;
    // Carl only reads.
    let c = app.with_member("carl@minfin.example.gov").await;
    for token in [&a, &b, &c] {
        app.join("ict", token).await;
    }
    let (q1, q1_answer) = question(&app, &a, Some(&b), 2).await;
    question(&app, &a, Some(&b), 10).await;
    question(&app, &a, Some(&b), 60).await;
    question(&app, &a, None, 1).await;
    // Answered only by its own author: still waiting for someone else.
    question(&app, &a, Some(&a), 3).await;
    let accepted = app
        .post(
            &format!("/api/v1/threads/{q1}/accept"),
            json!({ "post_id": q1_answer }),
            Some(&a),
        )
        .await;
    assert_eq!(accepted.status, 200);
    // Carl reads a question; Bob reads and downloads a document Anna shared.
    assert_eq!(
        app.get(&format!("/api/v1/threads/{q1}"), Some(&c))
            .await
            .status,
        200
    );
    let uploaded = crate::documents::post_multipart(
        &app,
        "/api/v1/communities/ict/documents",
        crate::documents::multipart(
            &[("title", "Lot plan")],
            Some(("lots.txt", b"Three lots, by region.")),
        ),
        &a,
    )
    .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.text());
    let document = uploaded.json()["id"].as_str().expect("id").to_owned();
    for _ in 0..2 {
        let download = app
            .get(&format!("/api/v1/documents/{document}/download"), Some(&b))
            .await;
        assert_eq!(download.status, 200);
    }
    // An event in two hours with two seats taken, and a cancelled one; the
    // period below ends the day after tomorrow to include them.
    let soon = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let later = (chrono::Utc::now() + chrono::Duration::hours(3)).to_rfc3339();
    let until = (chrono::Utc::now() + chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let mut events = Vec::new();
    for title in ["Lots clinic", "Cancelled clinic"] {
        let created = app
            .post(
                "/api/v1/events",
                json!({ "title": title, "starts_at": soon, "ends_at": later, "community": "ict" }),
                Some(&moderator),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text());
        events.push(created.json()["id"].as_str().expect("id").to_owned());
    }
    for token in [&b, &c] {
        let going = app
            .post(
                &format!("/api/v1/events/{}/rsvp", events[0]),
                json!({ "status": "going" }),
                Some(token),
            )
            .await;
        assert_eq!(going.status, 200, "{}", going.text());
    }
    let cancelled = app
        .post(
            &format!("/api/v1/events/{}/cancel", events[1]),
            json!({ "reason": "Nobody could come." }),
            Some(&moderator),
        )
        .await;
    assert!(cancelled.status.is_success(), "{}", cancelled.text());

    let odd = indicators(&app, &moderator, &format!("?to={until}")).await;
    assert_eq!(odd["questions"], 5, "{odd}");
    // The two events opened their discussion threads.
    assert_eq!(odd["threads"], 7);
    assert_eq!(odd["posts"], 11);
    assert_eq!(odd["questions_answered_pct"], 60.0);
    assert_eq!(odd["questions_answered_48h_pct"], 40.0);
    assert_eq!(
        odd["median_first_reply_hours"], 10.0,
        "the middle of 2, 10 and 60"
    );
    assert_eq!(odd["questions_accepted_pct"], 20.0);
    assert_eq!(odd["members_total"], 4);
    let by_organisation: u64 = odd["members_by_organisation"]
        .as_array()
        .expect("organisations")
        .iter()
        .filter_map(|o| o["members"].as_u64())
        .sum();
    assert_eq!(
        by_organisation, 4,
        "every member in one organisation: {odd}"
    );
    assert_eq!(odd["questions_accepted_or_verified_pct"], 20.0);
    assert_eq!(
        odd["members_active"], 3,
        "Anna, Bob, and the moderator's event threads"
    );
    // Anna and the moderator started threads, Bob contributed, Carl only read.
    assert_eq!(odd["participation"]["created_pct"], 50.0);
    assert_eq!(odd["participation"]["contributed_pct"], 25.0);
    assert_eq!(odd["participation"]["read_only_pct"], 25.0);
    assert_eq!(odd["participation"]["inactive_pct"], 0.0);
    assert_eq!(odd["documents"], 1);
    assert_eq!(odd["documents_downloaded"], 2);
    assert!(odd["page_views"].as_u64().unwrap_or(0) >= 1, "{odd}");
    assert_eq!(odd["events"], 1, "the cancelled one does not count");
    assert_eq!(odd["event_attendance"], 2);
    let weeks = odd["weeks"].as_array().expect("weeks");
    assert!(
        weeks.len() >= 5,
        "30 days touch five or six weeks: {weeks:?}"
    );
    let posted: u64 = weeks.iter().filter_map(|w| w["posts"].as_u64()).sum();
    assert_eq!(posted, 11, "every post is in one week");
    let ict = &odd["per_community"][0];
    assert_eq!(ict["slug"], "ict");
    // The moderator who created it manages it: four members.
    assert_eq!(ict["members"], 4);
    assert_eq!(ict["posts_30d"], 11);
    assert_eq!(ict["dormant"], false);

    question(&app, &a, Some(&b), 4).await;
    let even = indicators(&app, &moderator, "?community=ict").await;
    assert_eq!(
        even["median_first_reply_hours"], 7.0,
        "the mean of 4 and 10: {even}"
    );
    assert_eq!(even["questions_answered_pct"], 66.7);
    assert_eq!(even["members_total"], 4, "the community's members");
    assert_eq!(even["documents_downloaded"], 2);
    assert_eq!(even["participation"]["read_only_pct"], 25.0);

    // A hidden answer no longer answers: the 4-hour question waits again,
    // until the answer is shown again.
    let (_, fourth_answer) = question(&app, &a, Some(&b), 4).await;
    let fourth_answer = fourth_answer.expect("answered");
    let hidden = app
        .post(
            &format!("/api/v1/posts/{fourth_answer}/hide"),
            json!({ "reason": "Off topic." }),
            Some(&moderator),
        )
        .await;
    assert!(hidden.status.is_success(), "{}", hidden.text());
    let without = indicators(&app, &moderator, "?community=ict").await;
    assert_eq!(without["questions_answered_pct"], 57.1, "4 of 7: {without}");
    assert_eq!(without["median_first_reply_hours"], 7.0, "4 and 10 again");
    let restored = app
        .post(
            &format!("/api/v1/posts/{fourth_answer}/restore"),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(restored.status.is_success(), "{}", restored.text());
    let with = indicators(&app, &moderator, "?community=ict").await;
    assert_eq!(with["questions_answered_pct"], 71.4, "5 of 7: {with}");
    assert_eq!(with["median_first_reply_hours"], 4.0, "2, 4, 4, 10, 60");

    // A period shorter than 30 days: the 30-day figure is read separately.
    let short_from = (chrono::Utc::now() - chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let short = indicators(&app, &moderator, &format!("?from={short_from}")).await;
    assert_eq!(short["members_active_30d"], 3, "{short}");

    let empty = indicators(&app, &moderator, "?from=2020-01-01&to=2020-01-31").await;
    assert_eq!(empty["questions"], 0);
    assert_eq!(empty["page_views"], 0);
    assert_eq!(empty["events"], 0);
    assert!(empty["median_first_reply_hours"].is_null());
    assert!(empty["questions_answered_pct"].is_null());

    for bad in ["?from=yesterday", "?from=2020-02-01&to=2020-01-01"] {
        let response = app
            .get(&format!("/api/v1/indicators{bad}"), Some(&moderator))
            .await;
        assert_eq!(response.status, 400, "{bad}");
    }
    assert_eq!(app.get("/api/v1/indicators", Some(&a)).await.status, 403);

    let csv = app.get("/api/v1/indicators.csv", Some(&moderator)).await;
    assert_eq!(csv.status, 200);
    let text = csv.text();
    assert!(text.starts_with('\u{feff}'));
    assert!(
        text.contains(
            "\"slug\",\"name\",\"members\",\"posts_30d\",\"last_activity_at\",\"dormant\""
        )
    );
    assert!(
        text.contains("\"ict\",\"Community ict\",\"4\",\"15\","),
        "{text}"
    );
}
