//! /api/v1/usage-code and /api/v1/admin/usage-code

use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_usage_code_is_public_and_says_members_speak_for_themselves() {
    let app = TestApp::new().await;
    let response = app.get("/api/v1/usage-code", None).await;
    assert_eq!(response.status, 200);
    let body = response.json();
    assert_eq!(body["version"], 1);
    let text = body["text"].as_str().unwrap_or_default();
    assert!(text.contains("own behalf"));
    assert!(text.to_lowercase().contains("confidential"));
}

#[tokio::test]
async fn a_member_who_has_not_accepted_the_new_version_cannot_write() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let profile = json!({ "bio": "Buyer of ICT services." });
    assert_eq!(
        app.put("/api/v1/me/profile", profile.clone(), Some(&member))
            .await
            .status,
        200
    );

    let published = app
        .put(
            "/api/v1/admin/usage-code",
            json!({ "text": "Version two: you speak on your own behalf; keep bids confidential." }),
            Some(&admin),
        )
        .await;
    assert_eq!(published.status, 201, "{}", published.text());
    assert_eq!(published.json()["version"], 2);

    let me = app.get("/api/v1/me", Some(&member)).await.json();
    assert_eq!(
        me["usage_code"],
        json!({ "accepted_version": 1, "current_version": 2 })
    );
    let refused = app
        .put("/api/v1/me/profile", profile.clone(), Some(&member))
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_code(), "usage_code_not_accepted");
    // Reading stays possible.
    assert_eq!(app.get("/api/v1/me", Some(&member)).await.status, 200);

    // Accepting an old version is not accepting the current one.
    let stale = app
        .post(
            "/api/v1/usage-code/accept",
            json!({ "version": 1 }),
            Some(&member),
        )
        .await;
    assert_eq!(stale.status, 409);
    let accepted = app
        .post(
            "/api/v1/usage-code/accept",
            json!({ "version": 2 }),
            Some(&member),
        )
        .await;
    assert_eq!(accepted.status, 200);
    assert_eq!(
        app.put("/api/v1/me/profile", profile, Some(&member))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn a_new_member_must_accept_before_writing() {
    let app = TestApp::new().await;
    app.create_user("anna@minfin.example.gov", praxis_domain::Role::Member)
        .await;
    let token = app.sign_in("anna@minfin.example.gov").await;
    let me = app.get("/api/v1/me", Some(&token)).await.json();
    assert_eq!(
        me["usage_code"]["accepted_version"],
        serde_json::Value::Null
    );
    let refused = app
        .put("/api/v1/me/profile", json!({ "bio": "x" }), Some(&token))
        .await;
    assert_eq!(refused.error_code(), "usage_code_not_accepted");
}

#[tokio::test]
async fn only_admins_publish_the_usage_code() {
    let app = TestApp::new().await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let response = app
        .put(
            "/api/v1/admin/usage-code",
            json!({ "text": "A rogue code of conduct text." }),
            Some(&member),
        )
        .await;
    assert_eq!(response.status, 403);
    assert_eq!(
        app.get("/api/v1/usage-code", None).await.json()["version"],
        1
    );
}
