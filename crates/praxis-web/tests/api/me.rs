//! /api/v1/me, /api/v1/me/profile, /api/v1/me/password

use praxis_test_support::{PASSWORD, TestApp};
use serde_json::json;

#[tokio::test]
async fn a_member_edits_their_profile() {
    let app = TestApp::new().await;
    let token = app.with_member("anna@minfin.example.gov").await;
    let response = app
        .put(
            "/api/v1/me/profile",
            json!({
                "display_name": "Anna de Vries",
                "organisation": "Ministerie van Financiën",
                "bio": "Tien jaar ICT-aanbestedingen.",
                "region": "Utrecht",
                "languages": ["nl", "EN", "nl"],
                "locale": "nl",
            }),
            Some(&token),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let me = app.get("/api/v1/me", Some(&token)).await.json();
    assert_eq!(me["display_name"], "Anna de Vries");
    assert_eq!(me["organisation"], "Ministerie van Financiën");
    assert_eq!(me["languages"], json!(["nl", "en"]));
    assert_eq!(me["locale"], "nl");
    // Omitted fields stay as they are.
    app.put(
        "/api/v1/me/profile",
        json!({ "region": "Zeist" }),
        Some(&token),
    )
    .await;
    let me = app.get("/api/v1/me", Some(&token)).await.json();
    assert_eq!(me["display_name"], "Anna de Vries");
    assert_eq!(me["region"], "Zeist");
}

#[tokio::test]
async fn bad_profile_input_names_its_field_and_changes_nothing() {
    let app = TestApp::new().await;
    let token = app.with_member("anna@minfin.example.gov").await;
    for (body, field) in [
        (json!({ "display_name": "" }), "display_name"),
        (json!({ "bio": "x".repeat(2001) }), "bio"),
        (json!({ "locale": "de" }), "locale"),
        (json!({ "languages": ["english"] }), "languages"),
        (json!({ "organisation": 42 }), "organisation"),
        (json!({ "nickname": "x" }), ""),
    ] {
        let response = app
            .put("/api/v1/me/profile", body.clone(), Some(&token))
            .await;
        assert_eq!(response.status, 400, "{body}: {}", response.text());
        if !field.is_empty() {
            assert_eq!(response.json()["error"]["field"], field, "{body}");
        }
    }
    let me = app.get("/api/v1/me", Some(&token)).await.json();
    assert_eq!(me["display_name"], "anna tester");
}

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_ends_the_others() {
    let app = TestApp::new().await;
    let here = app.with_member("anna@minfin.example.gov").await;
    let elsewhere = app.sign_in("anna@minfin.example.gov").await;
    let wrong = app
        .put(
            "/api/v1/me/password",
            json!({ "current_password": "not my password", "new_password": "brand new harbour 2030" }),
            Some(&here),
        )
        .await;
    assert_eq!(wrong.status, 400);
    assert_eq!(wrong.json()["error"]["field"], "current_password");
    let changed = app
        .put(
            "/api/v1/me/password",
            json!({ "current_password": PASSWORD, "new_password": "brand new harbour 2030" }),
            Some(&here),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
    assert_eq!(app.get("/api/v1/me", Some(&here)).await.status, 200);
    assert_eq!(app.get("/api/v1/me", Some(&elsewhere)).await.status, 401);
}
