//! /api/v1/admin/experts, /api/v1/posts/{id}/verification,
//! /api/v1/threads/{id}/expert-requests and the verified answers of a
//! community.

use crate::{community, reply};
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

struct World {
    app: TestApp,
    admin: String,
    asker: String,
    answerer: String,
    expert: String,
    expert_id: String,
    thread: String,
    answer: String,
}

async fn id_of(app: &TestApp, token: &str) -> String {
    app.get("/api/v1/me", Some(token)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// A question about framework agreements (`proc-framework-agreement`) in `ict`, an
/// answer to it, and Eva, a member who is not yet an expert.
async fn world() -> World {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let asker = app.with_member("anna@minfin.example.gov").await;
    let answerer = app.with_member("bob@minfin.example.gov").await;
    let expert = app.with_member("eva@minfin.example.gov").await;
    for token in [&asker, &answerer, &expert] {
        app.join("ict", token).await;
    }
    let asked = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Can a framework run longer than four years?",
                    "body": "We need six years for a data-centre framework.",
                    "kind": "question", "expertise": ["proc-framework-agreement"], "tags": ["framework"] }),
            Some(&asker),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    let thread = asked.json()["id"].as_str().expect("id").to_owned();
    let answer = reply(
        &app,
        &answerer,
        &thread,
        "Only in exceptional cases duly justified, by the subject of the framework.",
    )
    .await;
    let expert_id = id_of(&app, &expert).await;
    World {
        app,
        admin,
        asker,
        answerer,
        expert,
        expert_id,
        thread,
        answer,
    }
}

fn review_date() -> String {
    (chrono::Utc::now() + chrono::Duration::days(365))
        .format("%Y-%m-%d")
        .to_string()
}

async fn designate(w: &World) {
    let designated = w
        .app
        .put(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            json!({ "expertise": ["proc-framework-agreement"] }),
            Some(&w.admin),
        )
        .await;
    assert_eq!(designated.status, 200, "{}", designated.text());
}

fn post_of<'a>(thread: &'a Value, post: &str) -> &'a Value {
    thread["posts"]
        .as_array()
        .and_then(|posts| posts.iter().find(|p| p["id"] == post))
        .expect("the post in the thread")
}

#[tokio::test]
async fn an_expert_verifies_an_answer_with_a_reference_and_an_edit_suspends_it() {
    let w = world().await;
    let app = &w.app;
    let body = json!({ "reference": "Directive 2014/24/EU art. 33(1)", "reference_url": "https://eur-lex.europa.eu/eli/dir/2014/24/oj", "review_by": review_date() });
    // Not yet an expert.
    let early = app
        .post(
            &format!("/api/v1/posts/{}/verification", w.answer),
            body.clone(),
            Some(&w.expert),
        )
        .await;
    assert_eq!(early.status, 403);
    assert_eq!(early.error_code(), "not_an_expert");
    // Only admins designate.
    let by_member = app
        .put(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            json!({ "expertise": ["proc-framework-agreement"] }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(by_member.status, 403);
    let unknown_code = app
        .put(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            json!({ "expertise": ["proc-nonsense"] }),
            Some(&w.admin),
        )
        .await;
    assert_eq!(unknown_code.status, 400);
    designate(&w).await;
    // A second answer that matches the words better: without the expert's
    // check it would rank first.
    let twin = reply(
        app,
        &w.asker,
        &w.thread,
        "Exceptional, duly justified: only exceptional cases, duly justified.",
    )
    .await;
    let before = app
        .get(
            "/api/v1/search?q=exceptional%20duly%20justified&type=post",
            Some(&w.asker),
        )
        .await
        .json();
    assert_eq!(before["items"][0]["id"], twin.as_str(), "{before}");

    let verified = app
        .post(
            &format!("/api/v1/posts/{}/verification", w.answer),
            body,
            Some(&w.expert),
        )
        .await;
    assert_eq!(verified.status, 201, "{}", verified.text());
    // The indicators count the question as resolved, though not accepted.
    let figures = app.get("/api/v1/indicators", Some(&w.admin)).await.json();
    assert_eq!(figures["questions"], 1, "{figures}");
    assert_eq!(figures["questions_accepted_pct"], 0.0);
    assert_eq!(figures["questions_accepted_or_verified_pct"], 100.0);
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    let v = &post_of(&thread, &w.answer)["verification"];
    assert_eq!(v["status"], "verified", "{thread}");
    assert_eq!(v["reference"], "Directive 2014/24/EU art. 33(1)");
    assert_eq!(v["by"]["display_name"], "eva tester");
    assert!(
        post_of(&thread, thread["posts"][0]["id"].as_str().unwrap_or(""))["verification"].is_null()
    );
    // The author hears about it.
    let notes = app
        .get("/api/v1/notifications", Some(&w.answerer))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "answer_verified", "{notes}");
    // Search ranks the verified answer above its unverified twin.
    let found = app
        .get(
            "/api/v1/search?q=exceptional%20duly%20justified&type=post",
            Some(&w.asker),
        )
        .await
        .json();
    assert_eq!(found["items"][0]["id"], w.answer.as_str(), "{found}");
    assert_eq!(found["items"][0]["verified"], true);
    assert_eq!(found["items"][1]["id"], twin.as_str());
    // Listed for the community.
    let listed = app
        .get("/api/v1/communities/ict/verified-answers", Some(&w.asker))
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["post_id"], w.answer.as_str());

    // An edit suspends the badge until it is checked again.
    let edited = app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{}", w.answer),
            Some(json!({ "body": "Actually, any duration is fine." })),
            Some(&w.answerer),
        )
        .await;
    assert_eq!(edited.status, 200);
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    assert_eq!(
        post_of(&thread, &w.answer)["verification"]["status"],
        "suspended"
    );
    let listed = app
        .get("/api/v1/communities/ict/verified-answers", Some(&w.asker))
        .await
        .json();
    assert_eq!(listed["total"], 0);

    // Removing it.
    let removed = app
        .delete(
            &format!("/api/v1/posts/{}/verification", w.answer),
            Some(&w.expert),
        )
        .await;
    assert_eq!(removed.status, 204);
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    assert!(post_of(&thread, &w.answer)["verification"].is_null());
}

#[tokio::test]
async fn verification_input_is_checked_and_only_experts_of_the_topic_may_verify() {
    let w = world().await;
    let app = &w.app;
    designate(&w).await;
    for (body, field) in [
        (
            json!({ "reference": "", "review_by": review_date() }),
            "reference",
        ),
        (
            json!({ "reference": "Art. 33", "review_by": "2001-01-01" }),
            "review_by",
        ),
        (
            json!({ "reference": "Art. 33", "review_by": "soon" }),
            "review_by",
        ),
        (
            json!({ "reference": "Art. 33", "review_by": review_date(), "reference_url": "ftp://x" }),
            "reference_url",
        ),
    ] {
        let response = app
            .post(
                &format!("/api/v1/posts/{}/verification", w.answer),
                body.clone(),
                Some(&w.expert),
            )
            .await;
        assert_eq!(response.status, 400, "{body}");
        assert_eq!(response.json()["error"]["field"], field, "{body}");
    }
    // The question itself is not an answer.
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    let question = thread["posts"][0]["id"]
        .as_str()
        .expect("opening post")
        .to_owned();
    let on_question = app
        .post(
            &format!("/api/v1/posts/{question}/verification"),
            json!({ "reference": "Art. 33", "review_by": review_date() }),
            Some(&w.expert),
        )
        .await;
    assert_eq!(on_question.status, 409);
    // An expert of another topic may not.
    let other = app
        .put(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            json!({ "expertise": ["cpv-33"] }),
            Some(&w.admin),
        )
        .await;
    assert_eq!(other.status, 200);
    let refused = app
        .post(
            &format!("/api/v1/posts/{}/verification", w.answer),
            json!({ "reference": "Art. 33", "review_by": review_date() }),
            Some(&w.expert),
        )
        .await;
    assert_eq!(refused.status, 403);
    // The helpdesk may, whatever the topic.
    let helpdesk = app
        .with_role("helpdesk@praxis.example", Role::Helpdesk)
        .await;
    let by_helpdesk = app
        .post(
            &format!("/api/v1/posts/{}/verification", w.answer),
            json!({ "reference": "Art. 33", "review_by": review_date() }),
            Some(&helpdesk),
        )
        .await;
    // The helpdesk reads every community and verifies whatever the topic.
    assert_eq!(by_helpdesk.status, 201, "{}", by_helpdesk.text());
    let removed = app
        .delete(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            Some(&w.admin),
        )
        .await;
    assert_eq!(removed.status, 204);
    let again = app
        .delete(
            &format!("/api/v1/admin/experts/{}", w.expert_id),
            Some(&w.admin),
        )
        .await;
    assert_eq!(again.status, 404);
}

#[tokio::test]
async fn a_member_asks_up_to_three_practitioners_who_are_told_and_tracked() {
    let w = world().await;
    let app = &w.app;
    // Eva declares the topic on her profile: she is suggested.
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "expertise": ["proc-framework-agreement"] }),
            Some(&w.expert),
        )
        .await;
    assert_eq!(profile.status, 200);
    let suggested = app
        .get(
            &format!("/api/v1/threads/{}/expert-suggestions", w.thread),
            Some(&w.asker),
        )
        .await;
    assert_eq!(suggested.status, 200, "{}", suggested.text());
    let names: Vec<String> = suggested.json()["items"]
        .as_array()
        .map(|i| {
            i.iter()
                .filter_map(|p| p["display_name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    assert!(names.contains(&"eva tester".to_owned()), "{names:?}");

    let asked = app
        .post(
            &format!("/api/v1/threads/{}/expert-requests", w.thread),
            json!({ "user_ids": [w.expert_id] }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    assert_eq!(asked.json()["expert_requests"][0]["answered"], false);
    // Asked once, she is no longer offered (the cached suggestions forget).
    let suggested_after = app
        .get(
            &format!("/api/v1/threads/{}/expert-suggestions", w.thread),
            Some(&w.asker),
        )
        .await
        .json();
    assert!(
        !suggested_after.to_string().contains("eva tester"),
        "{suggested_after}"
    );
    let notes = app
        .get("/api/v1/notifications", Some(&w.expert))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "asked_to_answer", "{notes}");
    assert_eq!(notes["items"][0]["thread"]["id"], w.thread.as_str());

    reply(
        app,
        &w.expert,
        &w.thread,
        "Art. 33(1): four years unless duly justified.",
    )
    .await;
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    assert_eq!(
        thread["expert_requests"][0]["user"]["display_name"],
        "eva tester"
    );
    assert_eq!(thread["expert_requests"][0]["answered"], true);

    // Not oneself, not outsiders, not more than three.
    let me = id_of(app, &w.asker).await;
    let myself = app
        .post(
            &format!("/api/v1/threads/{}/expert-requests", w.thread),
            json!({ "user_ids": [me] }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(myself.status, 400);
    let outsider = app.with_member("otto@minbzk.example.gov").await;
    let otto = id_of(app, &outsider).await;
    let not_member = app
        .post(
            &format!("/api/v1/threads/{}/expert-requests", w.thread),
            json!({ "user_ids": [otto] }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(not_member.status, 400);
    assert_eq!(not_member.json()["error"]["code"], "not_in_community");
    let mut others = Vec::new();
    for name in ["c1", "c2", "c3"] {
        let token = app.with_member(&format!("{name}@minfin.example.gov")).await;
        app.join("ict", &token).await;
        others.push(id_of(app, &token).await);
    }
    let too_many = app
        .post(
            &format!("/api/v1/threads/{}/expert-requests", w.thread),
            json!({ "user_ids": others }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(too_many.status, 409);
    assert_eq!(too_many.json()["error"]["code"], "too_many_requests");
    let thread = app
        .get(&format!("/api/v1/threads/{}", w.thread), Some(&w.asker))
        .await
        .json();
    assert_eq!(
        thread["expert_requests"].as_array().map(Vec::len),
        Some(1),
        "nothing half-done"
    );
}
