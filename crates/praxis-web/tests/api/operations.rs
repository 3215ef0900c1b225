//! /metrics: Prometheus text for operators only.

use axum::body::Body;
use axum::http::Request;
use praxis_test_support::TestApp;

fn get(path: &str, token: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    request.body(Body::empty()).expect("request")
}

#[tokio::test]
async fn metrics_count_requests_by_route_for_operators_only() {
    let app =
        TestApp::with_config(|c| c.metrics.token = Some("operator-secret-token-1234".into())).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/me", Some(&member)).await.status, 200);
    }
    app.get("/api/v1/threads/999999", Some(&member)).await;

    // From elsewhere, without the token: nothing to see.
    let outside = app
        .request_from(get("/metrics", None), "203.0.113.9:5000")
        .await;
    assert_eq!(outside.status, 404);
    let wrong = app
        .request_from(get("/metrics", Some("guess")), "203.0.113.9:5000")
        .await;
    assert_eq!(wrong.status, 404);
    let with_token = app
        .request_from(
            get("/metrics", Some("operator-secret-token-1234")),
            "203.0.113.9:5000",
        )
        .await;
    assert_eq!(with_token.status, 200);
    let text = with_token.text();
    assert!(
        text.contains(
            "praxis_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"200\"} 3"
        ),
        "{text}"
    );
    // By pattern, never by raw path.
    assert!(
        text.contains("route=\"/api/v1/threads/{id}\",status=\"404\"} 1"),
        "{text}"
    );
    assert!(!text.contains("/threads/999999"), "{text}");
    assert!(text.contains("praxis_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/me\",le=\"+Inf\"} 3"));
    assert!(text.contains("praxis_jobs{state=\"queued\"}"));
    assert!(text.contains("praxis_db_pool_connections{state=\"idle\"}"));
    // From an allowed address (loopback by default), no token needed.
    assert_eq!(app.get("/metrics", None).await.status, 200);
}
