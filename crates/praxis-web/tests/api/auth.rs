//! /api/v1/auth/*

use crate::{allow_domain, register};
use praxis_test_support::{PASSWORD, TestApp};
use serde_json::json;

#[tokio::test]
async fn an_allow_listed_buyer_registers_verifies_and_signs_in() {
    let app = TestApp::new().await;
    allow_domain(&app, "minfin.example.gov").await;
    let token = register(&app, "Anna@MinFin.Example.GOV").await;

    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("mail");
    let link = mail.link().expect("link");
    assert!(
        link.starts_with("http://praxis.test/verify?token="),
        "{link}"
    );

    let verified = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(verified.status, 200);
    assert_eq!(verified.json()["status"], "active");

    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(login.status, 200, "{}", login.text());
    let body = login.json();
    assert_eq!(body["user"]["email"], "anna@minfin.example.gov");
    assert_eq!(body["user"]["status"], "active");
    let token = body["token"].as_str().expect("token");

    let me = app.get("/api/v1/me", Some(token)).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["display_name"], "Jan Jansen");
    assert_eq!(me.json()["roles"], json!(["member"]));
}

#[tokio::test]
async fn a_subdomain_of_an_allow_listed_domain_is_admitted() {
    let app = TestApp::new().await;
    allow_domain(&app, "rijksoverheid.example").await;
    let token = register(&app, "piet@minbzk.rijksoverheid.example").await;
    let verified = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(verified.json()["status"], "active");
}

#[tokio::test]
async fn a_supplier_domain_waits_for_approval_and_cannot_sign_in_before_it() {
    let app = TestApp::new().await;
    allow_domain(&app, "minfin.example.gov").await;
    let admin = app.with_admin("admin@minfin.example.gov").await;
    let token = register(&app, "sales@bigvendor.example.com").await;

    let verified = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(verified.status, 200);
    assert_eq!(verified.json()["status"], "pending_approval");

    let admin_mail = app
        .last_mail_to("admin@minfin.example.gov")
        .await
        .expect("admins told");
    assert!(admin_mail.body.contains("sales@bigvendor.example.com"));

    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "sales@bigvendor.example.com", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(login.status, 403);
    assert_eq!(login.error_code(), "pending_approval");

    let queue = app
        .get("/api/v1/admin/registrations?status=pending", Some(&admin))
        .await;
    assert_eq!(queue.status, 200);
    let items = queue.json()["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["email"], "sales@bigvendor.example.com");
    assert_eq!(queue.json()["total"], 1);

    // The rejected supplier is told, and still cannot sign in.
    let id = items[0]["id"].as_str().expect("id").to_owned();
    let rejected = app
        .post(
            &format!("/api/v1/admin/registrations/{id}/reject"),
            json!({ "reason": "Suppliers are not admitted." }),
            Some(&admin),
        )
        .await;
    assert_eq!(rejected.status, 200, "{}", rejected.text());
    let mail = app
        .last_mail_to("sales@bigvendor.example.com")
        .await
        .expect("mail");
    assert!(mail.body.contains("Suppliers are not admitted."));
    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "sales@bigvendor.example.com", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(login.status, 403);
    assert_eq!(login.error_code(), "registration_rejected");
}

#[tokio::test]
async fn an_approved_registration_can_sign_in_and_is_told() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let token = register(&app, "jurist@gemeente-zeist.example").await;
    app.post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    let queue = app
        .get("/api/v1/admin/registrations", Some(&admin))
        .await
        .json();
    let id = queue["items"][0]["id"].as_str().expect("id").to_owned();

    let approved = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/admin/registrations/{id}/approve"),
            None,
            Some(&admin),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    let mail = app
        .last_mail_to("jurist@gemeente-zeist.example")
        .await
        .expect("mail");
    assert!(mail.subject.contains("approved"), "{}", mail.subject);
    app.sign_in("jurist@gemeente-zeist.example").await;

    // Deciding twice is a conflict, not a silent success.
    let again = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/admin/registrations/{id}/approve"),
            None,
            Some(&admin),
        )
        .await;
    assert_eq!(again.status, 409);
}

#[tokio::test]
async fn a_second_registration_with_the_same_email_answers_exactly_like_the_first() {
    let app = TestApp::new().await;
    allow_domain(&app, "minfin.example.gov").await;
    let body = json!({
        "email": "anna@minfin.example.gov",
        "display_name": "Anna",
        "password": PASSWORD,
        "organisation": "Ministry of Finance",
    });
    let first = app.post("/api/v1/auth/register", body.clone(), None).await;
    let token = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .and_then(|m| m.token());
    app.post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    let second = app.post("/api/v1/auth/register", body, None).await;
    assert_eq!(first.status, second.status);
    assert_eq!(first.body, second.body);
    assert_eq!(first.json()["status"], "verification_sent");
    // The owner learns someone tried; the password is unchanged.
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("mail");
    assert!(
        mail.subject.contains("already have an account"),
        "{}",
        mail.subject
    );
    app.sign_in("anna@minfin.example.gov").await;
}

#[tokio::test]
async fn a_reused_verification_token_is_refused() {
    let app = TestApp::new().await;
    let token = register(&app, "anna@minfin.example.gov").await;
    let first = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(first.status, 200);
    let second = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(second.status, 410);
    assert_eq!(second.error_code(), "token_used");
    let unknown = app
        .post("/api/v1/auth/verify", json!({ "token": "nonsense" }), None)
        .await;
    assert_eq!(unknown.status, 400);
    assert_eq!(unknown.json()["error"]["field"], "token");
}

#[tokio::test]
async fn an_expired_verification_token_is_refused() {
    let app = TestApp::with_config(|c| c.security.verification_hours = -1).await;
    let token = register(&app, "anna@minfin.example.gov").await;
    let response = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert_eq!(response.status, 410);
    assert_eq!(response.error_code(), "token_expired");
}

#[tokio::test]
async fn an_unverified_account_cannot_sign_in() {
    let app = TestApp::new().await;
    register(&app, "anna@minfin.example.gov").await;
    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(login.status, 403);
    assert_eq!(login.error_code(), "email_not_verified");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_answer_alike() {
    let app = TestApp::new().await;
    app.create_user("anna@minfin.example.gov", praxis_domain::Role::Member)
        .await;
    let wrong = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": "not the password at all" }),
            None,
        )
        .await;
    let unknown = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "nobody@minfin.example.gov", "password": "not the password at all" }),
            None,
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.error_code(), "invalid_credentials");
    assert_eq!(wrong.body, unknown.body);
}

#[tokio::test]
async fn sign_out_revokes_the_token() {
    let app = TestApp::new().await;
    let token = app.with_member("anna@minfin.example.gov").await;
    assert_eq!(app.get("/api/v1/me", Some(&token)).await.status, 200);
    let out = app
        .call(
            axum::http::Method::POST,
            "/api/v1/auth/logout",
            None,
            Some(&token),
        )
        .await;
    assert_eq!(out.status, 204);
    let after = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(after.status, 401);
    assert_eq!(after.error_code(), "unauthenticated");
}

#[tokio::test]
async fn repeated_wrong_passwords_get_429_with_retry_after() {
    let app = TestApp::new().await;
    app.create_user("anna@minfin.example.gov", praxis_domain::Role::Member)
        .await;
    let attempt = || async {
        app.post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": "guessing the password" }),
            None,
        )
        .await
    };
    for _ in 0..5 {
        assert_eq!(attempt().await.status, 401);
    }
    let limited = attempt().await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.error_code(), "rate_limited");
    let retry: u64 = limited
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    assert!(retry > 0);
    // Even the right password waits: that is what stops guessing.
    let right = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(right.status, 429);
}

#[tokio::test]
async fn one_address_hammering_the_doors_gets_429() {
    let app = TestApp::with_config(|c| c.security.auth_requests_per_ip_per_minute = 3).await;
    let body = json!({ "email": "someone@example.org" });
    for _ in 0..3 {
        let request = axum::http::Request::post("/api/v1/auth/password-reset")
            .header("content-type", "application/json")
            .body(axum::body::Body::from(body.to_string()))
            .expect("request");
        assert_eq!(app.request_from(request, "10.1.2.3:5000").await.status, 202);
    }
    let request = axum::http::Request::post("/api/v1/auth/password-reset")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .expect("request");
    let limited = app.request_from(request, "10.1.2.3:5000").await;
    assert_eq!(limited.status, 429);
    assert!(limited.header("retry-after").is_some());
    // Another address is not affected.
    let request = axum::http::Request::post("/api/v1/auth/password-reset")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .expect("request");
    assert_eq!(app.request_from(request, "10.9.9.9:5000").await.status, 202);
}

#[tokio::test]
async fn a_password_reset_sets_a_new_password_and_ends_every_session() {
    let app = TestApp::new().await;
    let old_token = app.with_member("anna@minfin.example.gov").await;
    let unknown = app
        .post(
            "/api/v1/auth/password-reset",
            json!({ "email": "ghost@minfin.example.gov" }),
            None,
        )
        .await;
    let known = app
        .post(
            "/api/v1/auth/password-reset",
            json!({ "email": "anna@minfin.example.gov" }),
            None,
        )
        .await;
    assert_eq!(known.status, 202);
    assert_eq!(known.body, unknown.body);

    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("reset mail");
    assert!(
        mail.link()
            .is_some_and(|l| l.starts_with("http://praxis.test/password-reset/confirm?token="))
    );
    let token = mail.token().expect("token");

    let weak = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            json!({ "token": token, "password": "password1234" }),
            None,
        )
        .await;
    assert_eq!(weak.status, 400);
    assert_eq!(weak.json()["error"]["field"], "password");

    let new_password = "another quiet harbour 2027";
    let done = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            json!({ "token": token, "password": new_password }),
            None,
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert_eq!(app.get("/api/v1/me", Some(&old_token)).await.status, 401);
    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": new_password }),
            None,
        )
        .await;
    assert_eq!(login.status, 200);
    let reused = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            json!({ "token": token, "password": "yet another harbour 2028" }),
            None,
        )
        .await;
    assert_eq!(reused.status, 410);
}

#[tokio::test]
async fn a_weak_or_short_password_is_refused_at_registration_with_advice() {
    let app = TestApp::new().await;
    for (password, code) in [("short", "too_short"), ("password1234", "weak_password")] {
        let response = app
            .post(
                "/api/v1/auth/register",
                json!({
                    "email": "anna@minfin.example.gov",
                    "display_name": "Anna",
                    "password": password,
                    "organisation": "Ministry of Finance",
                }),
                None,
            )
            .await;
        assert_eq!(response.status, 400);
        assert_eq!(response.json()["error"]["field"], "password");
        assert_eq!(response.error_code(), code);
    }
    assert!(
        app.mails().await.is_empty(),
        "nothing is sent for refused input"
    );
}

#[tokio::test]
async fn a_suspended_member_is_signed_out_and_cannot_sign_in() {
    let app = TestApp::new().await;
    let moderator = app
        .with_role("mod@praxis.example", praxis_domain::Role::Moderator)
        .await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let id = app.get("/api/v1/me", Some(&member)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let suspended = app
        .post(
            &format!("/api/v1/admin/users/{id}/suspend"),
            json!({ "reason": "Shared a supplier's bid", "until": "2099-01-01T00:00:00Z" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(suspended.status, 200, "{}", suspended.text());
    assert_eq!(app.get("/api/v1/me", Some(&member)).await.status, 401);
    let login = app
        .post(
            "/api/v1/auth/login",
            json!({ "email": "anna@minfin.example.gov", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(login.status, 403);
    assert_eq!(login.error_code(), "suspended");
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("told by mail");
    assert!(mail.body.contains("Shared a supplier's bid"));

    let lifted = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/admin/users/{id}/unsuspend"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(lifted.status, 200);
    app.sign_in("anna@minfin.example.gov").await;
}

#[tokio::test]
async fn a_suspension_that_has_ended_lets_the_member_back_in() {
    let app = TestApp::new().await;
    let moderator = app
        .with_role("mod@praxis.example", praxis_domain::Role::Moderator)
        .await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let id = app.get("/api/v1/me", Some(&member)).await.json()["id"]
        .as_str()
        .map(str::to_owned);
    let until = (chrono::Utc::now() + chrono::Duration::seconds(1)).to_rfc3339();
    let response = app
        .post(
            &format!("/api/v1/admin/users/{}/suspend", id.unwrap_or_default()),
            json!({ "reason": "Cooling off", "until": until }),
            Some(&moderator),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    app.sign_in("anna@minfin.example.gov").await;
}

#[tokio::test]
async fn one_address_cannot_be_flooded_with_mail() {
    let app = TestApp::with_config(|c| c.security.mails_per_address_per_hour = 2).await;
    let reset = || {
        app.post(
            "/api/v1/auth/password-reset",
            json!({ "email": "victim@minfin.example.gov" }),
            None,
        )
    };
    assert_eq!(reset().await.status, 202);
    assert_eq!(reset().await.status, 202);
    let limited = reset().await;
    assert_eq!(limited.status, 429);
    assert!(limited.header("retry-after").is_some());
}
