//! Error messages speak the caller's language, chosen as for pages: the
//! member's setting, else the `praxis_lang` cookie, else `Accept-Language`,
//! else the site's default. Status, code and field never change.

use axum::body::Body;
use axum::http::{Request, header};
use praxis_test_support::{TestApp, TestResponse};
use serde_json::{Value, json};

async fn send(
    app: &TestApp,
    method: &str,
    path: &str,
    body: Value,
    token: Option<&str>,
    headers: &[(&str, &str)],
) -> TestResponse {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    app.request(builder.body(Body::from(body.to_string())).expect("request"))
        .await
}

fn registration_with_a_long_name() -> Value {
    json!({
        "email": "piet@minbzk.example.gov",
        "display_name": "P".repeat(61),
        "password": praxis_test_support::PASSWORD,
        "organisation": "Ministerie van BZK",
    })
}

#[tokio::test]
async fn a_too_long_name_is_refused_in_dutch_with_its_limit() {
    let app = TestApp::new().await;
    let path = "/api/v1/auth/register";
    let dutch = send(
        &app,
        "POST",
        path,
        registration_with_a_long_name(),
        None,
        &[("accept-language", "nl-BE,nl;q=0.9,en;q=0.5")],
    )
    .await;
    let english = send(
        &app,
        "POST",
        path,
        registration_with_a_long_name(),
        None,
        &[],
    )
    .await;

    assert_eq!(dutch.status, 400, "{}", dutch.text());
    assert_eq!(english.status, 400);
    let (dutch, english) = (dutch.json(), english.json());
    assert_eq!(dutch["error"]["code"], "too_long");
    assert_eq!(dutch["error"]["field"], "display_name");
    assert_eq!(dutch["error"]["code"], english["error"]["code"]);
    assert_eq!(dutch["error"]["field"], english["error"]["field"]);
    assert_eq!(dutch["error"]["message"], "Gebruik maximaal 60 tekens.");
    assert_eq!(
        english["error"]["message"],
        "Display name must be at most 60 characters."
    );
}

#[tokio::test]
async fn the_language_cookie_beats_the_browser_for_visitors() {
    let app = TestApp::new().await;
    let response = send(
        &app,
        "POST",
        "/api/v1/auth/register",
        registration_with_a_long_name(),
        None,
        &[("cookie", "praxis_lang=fr"), ("accept-language", "nl")],
    )
    .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.error_code(), "too_long");
    assert_eq!(
        response.json()["error"]["message"],
        "Utilisez au maximum 60 caractères."
    );
}

#[tokio::test]
async fn a_member_whose_setting_is_french_reads_errors_in_french() {
    let app = TestApp::new().await;
    let token = app.with_member("claire@minfin.example.gov").await;
    let set = app
        .put(
            "/api/v1/me/profile",
            json!({ "locale": "fr" }),
            Some(&token),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text());

    // Her setting beats a Dutch browser.
    let response = send(
        &app,
        "PUT",
        "/api/v1/me/profile",
        json!({ "bio": "x".repeat(2001) }),
        Some(&token),
        &[("accept-language", "nl")],
    )
    .await;
    assert_eq!(response.status, 400, "{}", response.text());
    let body = response.json();
    assert_eq!(body["error"]["code"], "too_long");
    assert_eq!(body["error"]["field"], "bio");
    assert_eq!(
        body["error"]["message"],
        "Utilisez au maximum 2000 caractères."
    );

    // Refusals without values, and conflicts with them, too.
    let missing = app.get("/api/v1/threads/999999", Some(&token)).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.error_code(), "not_found");
    assert_eq!(
        missing.json()["error"]["message"],
        "Il n'y a rien ici, ou vous n'avez pas accès à ce contenu."
    );
    let outdated = app
        .post(
            "/api/v1/usage-code/accept",
            json!({ "version": 999 }),
            Some(&token),
        )
        .await;
    assert_eq!(outdated.status, 409, "{}", outdated.text());
    assert_eq!(outdated.error_code(), "usage_code_outdated");
    let message = outdated.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.starts_with("La version 999 n'est pas la charte d'usage en vigueur"),
        "{message}"
    );
}

#[tokio::test]
async fn every_field_of_a_form_is_listed_in_the_callers_language() {
    let app = TestApp::new().await;
    let response = send(
        &app,
        "POST",
        "/api/v1/auth/register",
        json!({
            "email": "piet@minbzk.example.gov",
            "display_name": "P".repeat(61),
            "password": "kort",
            "organisation": "",
        }),
        None,
        &[("accept-language", "nl")],
    )
    .await;
    assert_eq!(response.status, 400, "{}", response.text());
    let body = response.json();
    let fields = body["error"]["fields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(fields.len() > 1, "{body}");
    let password = fields
        .iter()
        .find(|f| f["field"] == "password")
        .expect("the password is named");
    assert_eq!(password["code"], "too_short");
    assert_eq!(password["message"], "Gebruik minstens 12 tekens.");
}
