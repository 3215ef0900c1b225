//! /api/v1/indicators and .csv on a small hand-built data set where every
//! figure is known.

use crate::{community, join, reply, thread};
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
        join(&app, token, "ict").await;
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

    let odd = indicators(&app, &moderator, "").await;
    assert_eq!(odd["questions"], 5, "{odd}");
    assert_eq!(odd["threads"], 5);
    assert_eq!(odd["posts"], 9);
    assert_eq!(odd["questions_answered_pct"], 60.0);
    assert_eq!(odd["questions_answered_48h_pct"], 40.0);
    assert_eq!(
        odd["median_first_reply_hours"], 10.0,
        "the middle of 2, 10 and 60"
    );
    assert_eq!(odd["questions_accepted_pct"], 20.0);
    assert_eq!(odd["members_total"], 4);
    assert_eq!(odd["members_active"], 2);
    assert_eq!(odd["participation"]["created_pct"], 25.0);
    assert_eq!(odd["participation"]["contributed_pct"], 25.0);
    assert_eq!(odd["participation"]["read_only_pct"], 50.0);
    let ict = &odd["per_community"][0];
    assert_eq!(ict["slug"], "ict");
    // The moderator who created it manages it: four members.
    assert_eq!(ict["members"], 4);
    assert_eq!(ict["posts_30d"], 9);
    assert_eq!(ict["dormant"], false);

    question(&app, &a, Some(&b), 4).await;
    let even = indicators(&app, &moderator, "?community=ict").await;
    assert_eq!(
        even["median_first_reply_hours"], 7.0,
        "the mean of 4 and 10: {even}"
    );
    assert_eq!(even["questions_answered_pct"], 66.7);
    assert_eq!(even["members_total"], 4, "the community's members");

    let empty = indicators(&app, &moderator, "?from=2020-01-01&to=2020-01-31").await;
    assert_eq!(empty["questions"], 0);
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
        text.contains("\"ict\",\"Community ict\",\"4\",\"11\","),
        "{text}"
    );
}
