//! /admin/*

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};

#[tokio::test]
async fn an_admin_approves_a_registration_and_manages_domains_through_the_pages() {
    let app = TestApp::new().await;
    app.with_admin("admin@praxis.example").await;
    // Someone from an unknown domain registers and verifies.
    app.post(
        "/api/v1/auth/register",
        serde_json::json!({
            "email": "inkoper@ziekenhuis.example",
            "display_name": "Ineke Inkoper",
            "password": PASSWORD,
            "organisation": "Academisch Ziekenhuis",
        }),
        None,
    )
    .await;
    let token = app
        .last_mail_to("inkoper@ziekenhuis.example")
        .await
        .and_then(|m| m.token());
    app.post(
        "/api/v1/auth/verify",
        serde_json::json!({ "token": token }),
        None,
    )
    .await;

    let mut browser = Browser::new(&app);
    browser.sign_in("admin@praxis.example", PASSWORD).await;
    let queue = browser.get("/admin/registrations").await;
    assert_eq!(queue.status, 200);
    let html = queue.text();
    assert!(html.contains("Ineke Inkoper"));
    let id = html
        .split("/admin/registrations/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("an approve form")
        .to_owned();
    let approved = browser
        .submit(&format!("/admin/registrations/{id}/approve"), &[])
        .await;
    assert_eq!(approved.status, 303);
    let queue = browser
        .get("/admin/registrations?notice=approved")
        .await
        .text();
    assert!(queue.contains("No registration is waiting"));
    assert!(queue.contains("has been approved"));

    browser.get("/admin/buyer-domains").await;
    let added = browser
        .submit("/admin/buyer-domains", &[("domain", "ziekenhuis.example")])
        .await;
    assert_eq!(added.status, 303);
    let list = browser.get("/admin/buyer-domains").await.text();
    assert!(list.contains("ziekenhuis.example"));
    let bad = browser
        .submit("/admin/buyer-domains", &[("domain", "not a domain")])
        .await;
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("There is a problem"));
    browser.get("/admin/buyer-domains").await;
    let removed = browser
        .submit("/admin/buyer-domains/ziekenhuis.example/delete", &[])
        .await;
    assert_eq!(removed.status, 303);
    assert!(
        !browser
            .get("/admin/buyer-domains")
            .await
            .text()
            .contains("<td>ziekenhuis.example</td>")
    );
}

#[tokio::test]
async fn an_admin_publishes_a_new_usage_code_and_members_are_asked_again() {
    let app = TestApp::new().await;
    app.with_admin("admin@praxis.example").await;
    app.with_member("anna@minfin.example.gov").await;
    let mut admin = Browser::new(&app);
    admin.sign_in("admin@praxis.example", PASSWORD).await;
    admin.get("/admin/usage-code").await;
    let published = admin
        .submit(
            "/admin/usage-code",
            &[("text", "# Usage code v2\n\nYou speak on your own behalf.")],
        )
        .await;
    assert_eq!(published.status, 303);

    let mut member = Browser::new(&app);
    let signed_in = member.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert!(
        signed_in
            .header("location")
            .unwrap_or_default()
            .starts_with("/usage-code")
    );
    let page = member.get("/usage-code").await.text();
    assert!(page.contains("<h1>Usage code v2</h1>"));
    assert!(page.contains("version 2"));
}

#[tokio::test]
async fn a_moderator_suspends_and_reinstates_a_member_through_the_pages() {
    let app = TestApp::new().await;
    app.with_role("mod@praxis.example", Role::Moderator).await;
    let member_token = app.with_member("anna@minfin.example.gov").await;
    let member_id = app.get("/api/v1/me", Some(&member_token)).await.json()["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut browser = Browser::new(&app);
    browser.sign_in("mod@praxis.example", PASSWORD).await;
    let list = browser.get("/admin/users?q=ANNA").await;
    assert!(list.text().contains("anna@minfin.example.gov"));
    assert!(!list.text().contains("mod@praxis.example"));
    let suspended = browser
        .submit(
            &format!("/admin/users/{member_id}/suspend"),
            &[("reason", "Posted a confidential bid"), ("until", "")],
        )
        .await;
    assert_eq!(suspended.status, 303);
    assert_eq!(app.get("/api/v1/me", Some(&member_token)).await.status, 401);
    browser.get("/admin/users").await;
    let lifted = browser
        .submit(&format!("/admin/users/{member_id}/unsuspend"), &[])
        .await;
    assert_eq!(lifted.status, 303);
    app.sign_in("anna@minfin.example.gov").await;
}

#[tokio::test]
async fn members_cannot_open_the_admin_pages() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = Browser::new(&app);
    browser.sign_in("anna@minfin.example.gov", PASSWORD).await;
    for path in [
        "/admin/registrations",
        "/admin/buyer-domains",
        "/admin/usage-code",
        "/admin/users",
    ] {
        let response = browser.get(path).await;
        assert_eq!(response.status, 403, "{path}");
        assert!(response.text().contains("Not allowed"));
    }
    let home = browser.get("/").await.text();
    assert!(!home.contains("/admin/registrations"));
}
