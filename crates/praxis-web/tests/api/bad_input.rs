//! Bad input answers 400/413/415 with a field, never 500.

use axum::body::Body;
use axum::http::Request;
use praxis_test_support::TestApp;
use serde_json::json;

async fn raw_post(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: &str,
) -> praxis_test_support::TestResponse {
    let request = Request::post(path)
        .header("content-type", content_type)
        .body(Body::from(body.to_owned()))
        .expect("request");
    app.request(request).await
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let app = TestApp::new().await;
    let response = raw_post(
        &app,
        "/api/v1/auth/register",
        "application/json",
        "{\"email\": ",
    )
    .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.error_code(), "invalid_json");
    assert!(response.json()["error"]["message"].is_string());
}

#[tokio::test]
async fn a_wrong_content_type_is_a_415() {
    let app = TestApp::new().await;
    let response = raw_post(
        &app,
        "/api/v1/auth/login",
        "text/plain",
        "email=a&password=b",
    )
    .await;
    assert_eq!(response.status, 415);
    assert_eq!(response.error_code(), "unsupported_media_type");
}

#[tokio::test]
async fn a_mistyped_field_is_named() {
    let app = TestApp::new().await;
    let response = app
        .post(
            "/api/v1/auth/register",
            json!({ "email": ["a@b.gov"], "password": 5 }),
            None,
        )
        .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["error"]["field"], "email");
}

#[tokio::test]
async fn invalid_emails_and_over_long_fields_name_their_field() {
    let app = TestApp::new().await;
    let base = json!({
        "email": "anna@minfin.example.gov",
        "display_name": "Anna",
        "password": praxis_test_support::PASSWORD,
        "organisation": "Ministry of Finance",
    });
    let cases = [
        ("email", json!("not-an-email"), "invalid_email"),
        (
            "email",
            json!(format!("{}@x.gov", "a".repeat(300))),
            "too_long",
        ),
        ("display_name", json!("x".repeat(61)), "too_long"),
        ("organisation", json!("o".repeat(121)), "too_long"),
        ("display_name", json!("   "), "required"),
        ("password", json!("p".repeat(300)), "too_long"),
    ];
    for (field, value, code) in cases {
        let mut body = base.clone();
        body[field] = value;
        let response = app.post("/api/v1/auth/register", body, None).await;
        assert_eq!(response.status, 400, "{field}: {}", response.text());
        assert_eq!(response.json()["error"]["field"], field);
        assert_eq!(response.error_code(), code, "{field}");
    }
}

#[tokio::test]
async fn a_missing_field_is_named() {
    let app = TestApp::new().await;
    let response = app.post("/api/v1/auth/verify", json!({}), None).await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["error"]["field"], "token");
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413() {
    let app = TestApp::with_config(|c| c.security.max_body_bytes = 1024).await;
    let big = json!({ "email": "a".repeat(5000) }).to_string();
    let response = raw_post(
        &app,
        "/api/v1/auth/password-reset",
        "application/json",
        &big,
    )
    .await;
    assert_eq!(response.status, 413);
    assert_eq!(response.error_code(), "payload_too_large");
}

#[tokio::test]
async fn bad_paging_parameters_are_a_400_not_a_500() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let response = app
        .get("/api/v1/admin/registrations?page=abc", Some(&admin))
        .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["error"]["field"], "page");
    let response = app
        .get("/api/v1/admin/registrations?status=bogus", Some(&admin))
        .await;
    assert_eq!(response.status, 400);
    let huge = app
        .get(
            "/api/v1/admin/registrations?per_page=100000&page=999999",
            Some(&admin),
        )
        .await;
    assert_eq!(huge.status, 200);
}

#[tokio::test]
async fn member_routes_answer_401_without_a_session_and_unknown_routes_404() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/api/v1/me", None).await.status, 401);
    assert_eq!(
        app.get("/api/v1/me", Some("forged-token")).await.status,
        401
    );
    let unknown = app.get("/api/v1/no-such-route", None).await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.error_code(), "not_found");
    assert_eq!(app.get("/api/v1/usage-code", None).await.status, 200);
    assert_eq!(app.get("/healthz", None).await.text(), "ok");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/login",
        "/api/v1/usage-code",
        "/api/v1/me",
        "/healthz",
        "/nowhere",
    ] {
        let response = app.get(path, None).await;
        let csp = response
            .header("content-security-policy")
            .unwrap_or_default();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(
            response.header("x-content-type-options").as_deref(),
            Some("nosniff")
        );
        assert_eq!(
            response.header("referrer-policy").as_deref(),
            Some("same-origin")
        );
        assert_eq!(response.header("x-frame-options").as_deref(), Some("DENY"));
    }
}

#[tokio::test]
async fn a_cookie_authenticated_api_write_needs_the_csrf_header() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = praxis_test_support::Browser::new(&app);
    browser
        .sign_in("anna@minfin.example.gov", praxis_test_support::PASSWORD)
        .await;
    let session = browser
        .cookie(praxis_web::SESSION_COOKIE)
        .expect("session cookie")
        .to_owned();
    let page = browser.get("/me/profile").await;
    assert_eq!(page.status, 200);
    let csrf = browser.csrf();

    let put = |csrf: Option<String>| {
        let mut builder = Request::put("/api/v1/me/profile")
            .header("content-type", "application/json")
            .header(
                "cookie",
                format!("{}={session}", praxis_web::SESSION_COOKIE),
            );
        if let Some(token) = csrf {
            builder = builder.header("x-csrf-token", token);
        }
        builder
            .body(Body::from(json!({ "bio": "hello" }).to_string()))
            .expect("request")
    };
    let refused = app.request(put(None)).await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_code(), "csrf_failed");
    let accepted = app.request(put(Some(csrf))).await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    // Reads need no token.
    let get = Request::get("/api/v1/me")
        .header(
            "cookie",
            format!("{}={session}", praxis_web::SESSION_COOKIE),
        )
        .body(Body::empty())
        .expect("request");
    assert_eq!(app.request(get).await.status, 200);
}
