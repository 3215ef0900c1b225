//! /api/v1/feedback*: members tell, operators read, tag and answer.

use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn a_member_sends_feedback_which_moderators_tag_and_answer() {
    let app = TestApp::new().await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    for (body, field) in [
        (
            json!({ "kind": "complaint", "text": "The search is slow" }),
            "kind",
        ),
        (json!({ "kind": "problem", "text": "" }), "text"),
    ] {
        let refused = app
            .post("/api/v1/feedback", body.clone(), Some(&member))
            .await;
        assert_eq!(refused.status, 400, "{body}");
        assert_eq!(refused.json()["error"]["field"], field);
    }
    let sent = app
        .post(
            "/api/v1/feedback",
            json!({ "kind": "problem", "text": "The search box is too small on my phone.", "page": "/search?q=x" }),
            Some(&member),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text());
    let id = sent.json()["id"].as_str().expect("id").to_owned();
    // An address of another site is not kept as the page.
    let elsewhere = app
        .post(
            "/api/v1/feedback",
            json!({ "kind": "praise", "text": "Great work!", "page": "https://evil.example/" }),
            Some(&member),
        )
        .await;
    assert!(elsewhere.json()["page"].is_null());

    assert_eq!(app.get("/api/v1/feedback", Some(&member)).await.status, 403);
    let listed = app
        .get("/api/v1/feedback?kind=problem", Some(&moderator))
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["page"], "/search?q=x");
    assert_eq!(listed["items"][0]["from"]["display_name"], "anna tester");

    let tagged = app
        .put(
            &format!("/api/v1/feedback/{id}/tags"),
            json!({ "tags": ["Search", "mobile"] }),
            Some(&moderator),
        )
        .await;
    assert_eq!(tagged.status, 200, "{}", tagged.text());
    assert_eq!(tagged.json()["tags"], json!(["search", "mobile"]));
    let bad_tag = app
        .put(
            &format!("/api/v1/feedback/{id}/tags"),
            json!({ "tags": ["two words"] }),
            Some(&moderator),
        )
        .await;
    assert_eq!(bad_tag.status, 400);
    let by_tag = app
        .get("/api/v1/feedback?tag=mobile", Some(&moderator))
        .await
        .json();
    assert_eq!(by_tag["total"], 1);
    let unanswered = app
        .get("/api/v1/feedback?unanswered=true", Some(&moderator))
        .await
        .json();
    assert_eq!(unanswered["total"], 2);

    let answered = app
        .post(
            &format!("/api/v1/feedback/{id}/answer"),
            json!({ "answer": "Fixed in the next release." }),
            Some(&moderator),
        )
        .await;
    assert_eq!(answered.status, 200);
    let notes = app.get("/api/v1/notifications", Some(&member)).await.json();
    assert_eq!(notes["items"][0]["kind"], "feedback_answered", "{notes}");
    let mine = app.get("/api/v1/me/feedback", Some(&member)).await.json();
    let answer = mine["items"]
        .as_array()
        .and_then(|items| items.iter().find(|f| f["id"] == id.as_str()))
        .map(|f| f["answer"].clone())
        .unwrap_or_default();
    assert_eq!(answer, "Fixed in the next release.");
    let unanswered = app
        .get("/api/v1/feedback?unanswered=true", Some(&moderator))
        .await
        .json();
    assert_eq!(unanswered["total"], 1);
}

#[tokio::test]
async fn members_say_whether_a_help_page_was_useful_and_moderators_see_the_count() {
    let app = TestApp::new().await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    let bob = app.with_member("bob@minfin.example.gov").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let vote = |token: String, page: &'static str, body: serde_json::Value| {
        let app = &app;
        async move {
            app.post(&format!("/api/v1/help/{page}/useful"), body, Some(&token))
                .await
        }
    };
    let first = vote(anna.clone(), "asking-questions", json!({ "useful": false })).await;
    assert_eq!(first.status, 200, "{}", first.text());
    // Changing one's mind replaces the answer rather than adding one.
    vote(anna.clone(), "asking-questions", json!({ "useful": true })).await;
    vote(bob.clone(), "asking-questions", json!({ "useful": false })).await;
    let missing = vote(bob.clone(), "asking-questions", json!({})).await;
    assert_eq!(missing.status, 400);
    assert_eq!(missing.json()["error"]["field"], "useful");
    let unknown = vote(bob.clone(), "no-such-page", json!({ "useful": true })).await;
    assert_eq!(unknown.status, 404);

    assert_eq!(
        app.get("/api/v1/help/usefulness", Some(&anna)).await.status,
        403
    );
    let tally = app
        .get("/api/v1/help/usefulness", Some(&moderator))
        .await
        .json();
    let page = tally["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["page"] == "asking-questions"))
        .expect("the page")
        .clone();
    assert_eq!(page["useful"], 1, "{tally}");
    assert_eq!(page["not_useful"], 1);
    let untouched = tally["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["page"] == "documents"))
        .expect("every page is listed");
    assert_eq!(untouched["useful"], 0);
}
