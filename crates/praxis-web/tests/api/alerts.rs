//! /api/v1/moderation/alerts: dormant communities, questions waiting,
//! flags piling up.

use crate::{community, join};
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_worker_raises_alerts_once_and_moderators_dismiss_them() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let asker = app.with_member("anna@minfin.example.gov").await;
    let expert = app.with_member("eva@minfin.example.gov").await;
    let mut flaggers = Vec::new();
    for name in ["f1", "f2", "f3"] {
        flaggers.push(app.with_member(&format!("{name}@minfin.example.gov")).await);
    }
    for token in [&asker, &expert].into_iter().chain(flaggers.iter()) {
        join(&app, token, "ict").await;
    }
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "expertise": ["proc-open"] }),
            Some(&expert),
        )
        .await;
    assert_eq!(profile.status, 200);
    let asked = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Time limits in an open procedure?", "body": "Minimum days?", "kind": "question", "expertise": ["proc-open"] }),
            Some(&asker),
        )
        .await;
    assert_eq!(asked.status, 201);
    let question = asked.json()["id"].as_str().expect("id").to_owned();
    let shown = app
        .get(&format!("/api/v1/threads/{question}"), Some(&asker))
        .await
        .json();
    let post = shown["posts"][0]["id"].as_str().expect("post").to_owned();
    for token in &flaggers {
        let flagged = app
            .post(
                &format!("/api/v1/posts/{post}/flags"),
                json!({ "reason": "off_topic" }),
                Some(token),
            )
            .await;
        assert_eq!(flagged.status, 201);
    }

    // Nothing yet: the community is active, the question is fresh.
    let now = praxis_app::alerts::raise(&app.app, chrono::Utc::now())
        .await
        .expect("alerts");
    assert_eq!(now, 1, "only the flags pile up");
    // A month later, without activity.
    let later =
        praxis_app::alerts::raise(&app.app, chrono::Utc::now() + chrono::Duration::days(31))
            .await
            .expect("alerts");
    assert_eq!(
        later, 3,
        "dormant, unanswered, and the flags again for that day"
    );

    let queue = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .json();
    let kinds: Vec<&str> = queue["alerts"]["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|a| a["kind"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        kinds.contains(&"dormant_community") && kinds.contains(&"unanswered_question"),
        "{kinds:?}"
    );
    let waiting = queue["alerts"]["items"]
        .as_array()
        .and_then(|items| {
            items
                .iter()
                .find(|a| a["kind"] == "unanswered_question")
                .cloned()
        })
        .expect("the waiting question");
    assert_eq!(waiting["thread_id"], question.as_str());
    assert_eq!(
        waiting["details"]["suggested"][0]["display_name"], "eva tester",
        "{waiting}"
    );

    assert_eq!(
        app.get("/api/v1/moderation/alerts", Some(&asker))
            .await
            .status,
        403
    );
    let id = waiting["id"].as_str().expect("id");
    let dismissed = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/moderation/alerts/{id}/dismiss"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(dismissed.status, 204);
    let again = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/moderation/alerts/{id}/dismiss"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(again.status, 409);
    // Raised once: the same situation does not come back after dismissal.
    let repeat =
        praxis_app::alerts::raise(&app.app, chrono::Utc::now() + chrono::Duration::days(31))
            .await
            .expect("alerts");
    assert_eq!(repeat, 0);
    let open = app
        .get("/api/v1/moderation/alerts", Some(&moderator))
        .await
        .json();
    assert_eq!(open["total"], 3);
}
