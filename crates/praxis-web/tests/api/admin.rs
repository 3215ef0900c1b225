//! /api/v1/admin/*

use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn admins_manage_the_buyer_domain_allow_list() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let added = app
        .post(
            "/api/v1/admin/buyer-domains",
            json!({ "domain": "MinFin.Example.gov" }),
            Some(&admin),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.text());
    assert_eq!(added.json()["domain"], "minfin.example.gov");

    let duplicate = app
        .post(
            "/api/v1/admin/buyer-domains",
            json!({ "domain": "minfin.example.gov" }),
            Some(&admin),
        )
        .await;
    assert_eq!(duplicate.status, 409);

    let invalid = app
        .post(
            "/api/v1/admin/buyer-domains",
            json!({ "domain": "http://not a domain" }),
            Some(&admin),
        )
        .await;
    assert_eq!(invalid.status, 400);
    assert_eq!(invalid.json()["error"]["field"], "domain");

    let list = app
        .get("/api/v1/admin/buyer-domains", Some(&admin))
        .await
        .json();
    assert_eq!(list["items"][0]["domain"], "minfin.example.gov");

    let removed = app
        .delete(
            "/api/v1/admin/buyer-domains/minfin.example.gov",
            Some(&admin),
        )
        .await;
    assert_eq!(removed.status, 204);
    let again = app
        .delete(
            "/api/v1/admin/buyer-domains/minfin.example.gov",
            Some(&admin),
        )
        .await;
    assert_eq!(again.status, 404);
}

#[tokio::test]
async fn administration_is_for_admins_only() {
    let app = TestApp::new().await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    for token in [&member, &moderator] {
        assert_eq!(
            app.get("/api/v1/admin/registrations", Some(token))
                .await
                .status,
            403
        );
        assert_eq!(
            app.get("/api/v1/admin/buyer-domains", Some(token))
                .await
                .status,
            403
        );
        let add = app
            .post(
                "/api/v1/admin/buyer-domains",
                json!({ "domain": "evil.example" }),
                Some(token),
            )
            .await;
        assert_eq!(add.status, 403);
    }
    // Without a session: 401.
    assert_eq!(
        app.get("/api/v1/admin/registrations", None).await.status,
        401
    );
}

#[tokio::test]
async fn members_cannot_suspend_and_moderators_cannot_suspend_admins() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let admin_id = app.get("/api/v1/me", Some(&admin)).await.json()["id"].clone();
    let member_id = app.get("/api/v1/me", Some(&member)).await.json()["id"].clone();
    let body = json!({ "reason": "test" });

    let by_member = app
        .post(
            &format!(
                "/api/v1/admin/users/{}/suspend",
                member_id.as_str().unwrap_or("")
            ),
            body.clone(),
            Some(&member),
        )
        .await;
    assert_eq!(by_member.status, 403);
    let of_admin = app
        .post(
            &format!(
                "/api/v1/admin/users/{}/suspend",
                admin_id.as_str().unwrap_or("")
            ),
            body.clone(),
            Some(&moderator),
        )
        .await;
    assert_eq!(of_admin.status, 403);
    let unknown = app
        .post(
            "/api/v1/admin/users/999999/suspend",
            body.clone(),
            Some(&moderator),
        )
        .await;
    assert_eq!(unknown.status, 404);
    let garbage = app
        .post("/api/v1/admin/users/abc/suspend", body, Some(&moderator))
        .await;
    assert_eq!(garbage.status, 404);
    let no_reason = app
        .post(
            &format!(
                "/api/v1/admin/users/{}/suspend",
                member_id.as_str().unwrap_or("")
            ),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert_eq!(no_reason.status, 400);
    assert_eq!(no_reason.json()["error"]["field"], "reason");
}

#[tokio::test]
async fn approvals_and_domain_changes_are_audited() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    app.post(
        "/api/v1/admin/buyer-domains",
        json!({ "domain": "minbzk.example" }),
        Some(&admin),
    )
    .await;
    let log = praxis_store::audit::list(&app.app.db, praxis_domain::Paging::default())
        .await
        .expect("audit log");
    assert_eq!(log.total, 1);
    assert_eq!(log.items[0].action, "buyer_domain_added");
    assert_eq!(log.items[0].target_id, "minbzk.example");
}
