//! /api/v1/communities*

use crate::community;
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn moderators_create_communities_and_slugs_are_unique() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "green-procurement", "name": "Green procurement", "kind": "policy",
                    "description": "**Circular** buying", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let body = created.json();
    assert_eq!(body["slug"], "green-procurement");
    assert_eq!(body["my_role"], "manager");
    assert_eq!(body["member_count"], 1);
    assert!(
        body["description_html"]
            .as_str()
            .unwrap_or_default()
            .contains("<strong>Circular</strong>")
    );

    let taken = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "green-procurement", "name": "Other", "kind": "policy", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(taken.status, 409);
    let by_member = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "mine", "name": "Mine", "kind": "sector", "membership": "open" }),
            Some(&member),
        )
        .await;
    assert_eq!(by_member.status, 403);
    for (field, value) in [
        ("kind", "planet"),
        ("membership", "secret"),
        ("slug", "Not A Slug"),
    ] {
        let mut body = json!({ "slug": "ok-slug", "name": "Fine name", "kind": "sector", "membership": "open" });
        body[field] = json!(value);
        let response = app
            .post("/api/v1/communities", body, Some(&moderator))
            .await;
        assert_eq!(response.status, 400, "{field}");
        assert_eq!(response.json()["error"]["field"], field);
    }
}

#[tokio::test]
async fn the_directory_shows_every_community_and_whether_i_joined() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "hospitals", "approval").await;
    community(&app, &moderator, "secret-project", "invite").await;
    app.join("ict", &member).await;

    let list = app.get("/api/v1/communities", Some(&member)).await.json();
    assert_eq!(list["total"], 3);
    let items = list["items"].as_array().cloned().unwrap_or_default();
    let ict = items.iter().find(|c| c["slug"] == "ict").expect("ict");
    assert_eq!(ict["joined"], true);
    assert_eq!(ict["my_role"], "member");
    assert_eq!(ict["member_count"], 2);
    let hospitals = items
        .iter()
        .find(|c| c["slug"] == "hospitals")
        .expect("hospitals");
    assert_eq!(hospitals["joined"], false);

    let mine = app
        .get("/api/v1/communities?joined=true", Some(&member))
        .await
        .json();
    assert_eq!(mine["total"], 1);
    let by_kind = app
        .get("/api/v1/communities?kind=policy", Some(&member))
        .await
        .json();
    assert_eq!(by_kind["total"], 0);
    let bad_kind = app
        .get("/api/v1/communities?kind=planet", Some(&member))
        .await;
    assert_eq!(bad_kind.status, 400);
    assert_eq!(app.get("/api/v1/communities", None).await.status, 401);
}

#[tokio::test]
async fn joining_depends_on_the_membership_rule() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    community(&app, &moderator, "hospitals", "approval").await;
    community(&app, &moderator, "secret-project", "invite").await;

    let invite = app
        .call(
            Method::POST,
            "/api/v1/communities/secret-project/join",
            None,
            Some(&member),
        )
        .await;
    assert_eq!(invite.status, 403);
    assert_eq!(invite.error_code(), "invitation_only");

    let request = app
        .post(
            "/api/v1/communities/hospitals/join",
            json!({ "message": "I buy for a hospital" }),
            Some(&member),
        )
        .await;
    assert_eq!(request.status, 202);
    assert_eq!(request.json()["status"], "requested");
    // Not a member yet: the content stays invisible.
    assert_eq!(
        app.get("/api/v1/communities/hospitals/threads", Some(&member))
            .await
            .status,
        404
    );

    // The manager (the creator) sees the request and is notified.
    let requests = app
        .get("/api/v1/communities/hospitals/requests", Some(&moderator))
        .await
        .json();
    assert_eq!(requests["total"], 1);
    assert_eq!(requests["items"][0]["message"], "I buy for a hospital");
    let user_id = requests["items"][0]["user"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let notes = app
        .get("/api/v1/notifications", Some(&moderator))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "join_requested");

    // A plain member cannot decide.
    let other = app.with_member("bob@minfin.example.gov").await;
    let refused = app
        .call(
            Method::POST,
            &format!("/api/v1/communities/hospitals/requests/{user_id}/approve"),
            None,
            Some(&other),
        )
        .await;
    assert_eq!(
        refused.status, 404,
        "non-members do not even see the community's requests"
    );

    let approved = app
        .call(
            Method::POST,
            &format!("/api/v1/communities/hospitals/requests/{user_id}/approve"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    assert_eq!(
        app.get("/api/v1/communities/hospitals/threads", Some(&member))
            .await
            .status,
        200
    );
    let notes = app.get("/api/v1/notifications", Some(&member)).await.json();
    assert_eq!(notes["items"][0]["kind"], "join_approved");

    let left = app
        .call(
            Method::POST,
            "/api/v1/communities/hospitals/leave",
            None,
            Some(&member),
        )
        .await;
    assert_eq!(left.status, 200);
    assert_eq!(
        app.get("/api/v1/communities/hospitals/threads", Some(&member))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_community_content_is_hidden_from_non_members() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let insider = app.with_member("anna@minfin.example.gov").await;
    let outsider = app.with_member("bob@minbzk.example.gov").await;
    community(&app, &moderator, "hospitals", "approval").await;
    app.put(
        &format!(
            "/api/v1/communities/hospitals/managers/{}",
            app.get("/api/v1/me", Some(&insider)).await.json()["id"]
                .as_str()
                .unwrap_or("")
        ),
        json!({}),
        Some(&moderator),
    )
    .await;
    let thread = crate::thread(
        &app,
        &insider,
        "hospitals",
        "question",
        "Which MRI framework?",
        "Tell me",
    )
    .await;

    for path in [
        "/api/v1/communities/hospitals/threads".to_owned(),
        "/api/v1/communities/hospitals/members".to_owned(),
        format!("/api/v1/threads/{thread}"),
        "/api/v1/communities/hospitals/threads?unanswered=true".to_owned(),
        "/api/v1/communities/hospitals/threads?tag=espd".to_owned(),
        "/api/v1/communities/no-such-community/threads".to_owned(),
        "/api/v1/threads/999999".to_owned(),
    ] {
        let response = app.get(&path, Some(&outsider)).await;
        assert_eq!(response.status, 404, "{path}");
    }
    let reply = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "me too" }),
            Some(&outsider),
        )
        .await;
    assert_eq!(reply.status, 404);
    // The directory entry itself is visible, so they can ask to join.
    let entry = app
        .get("/api/v1/communities/hospitals", Some(&outsider))
        .await;
    assert_eq!(entry.status, 200);
    assert_eq!(entry.json()["joined"], false);
    // Platform moderators see everything.
    assert_eq!(
        app.get(&format!("/api/v1/threads/{thread}"), Some(&moderator))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn admins_appoint_managers_who_then_decide_requests() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let manager = app.with_member("anna@minfin.example.gov").await;
    let applicant = app.with_member("bob@minfin.example.gov").await;
    community(&app, &admin, "ict", "approval").await;
    let manager_id = app.get("/api/v1/me", Some(&manager)).await.json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let appointed = app
        .put(
            &format!("/api/v1/communities/ict/managers/{manager_id}"),
            json!({}),
            Some(&admin),
        )
        .await;
    assert_eq!(appointed.status, 200, "{}", appointed.text());
    let members = app
        .get("/api/v1/communities/ict/members", Some(&manager))
        .await
        .json();
    assert!(
        members["items"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|m| m["id"] == manager_id.as_str() && m["role"] == "manager")
    );

    app.call(
        Method::POST,
        "/api/v1/communities/ict/join",
        None,
        Some(&applicant),
    )
    .await;
    let applicant_id = app.get("/api/v1/me", Some(&applicant)).await.json()["id"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let approved = app
        .call(
            Method::POST,
            &format!("/api/v1/communities/ict/requests/{applicant_id}/approve"),
            None,
            Some(&manager),
        )
        .await;
    assert_eq!(approved.status, 200);
    // A plain member cannot appoint.
    let by_member = app
        .put(
            &format!("/api/v1/communities/ict/managers/{applicant_id}"),
            json!({}),
            Some(&applicant),
        )
        .await;
    assert_eq!(by_member.status, 403);
    let removed = app
        .delete(
            &format!("/api/v1/communities/ict/managers/{manager_id}"),
            Some(&admin),
        )
        .await;
    assert_eq!(removed.status, 200);
}

#[tokio::test]
async fn outsiders_see_what_a_community_is_but_not_its_activity() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let outsider = app.with_member("bob@minbzk.example.gov").await;
    community(&app, &moderator, "secret-project", "invite").await;
    crate::thread(
        &app,
        &moderator,
        "secret-project",
        "discussion",
        "Internal planning",
        "x",
    )
    .await;
    let entry = app
        .get("/api/v1/communities/secret-project", Some(&outsider))
        .await
        .json();
    assert_eq!(entry["name"], "Community secret-project");
    assert!(entry["thread_count"].is_null());
    assert!(entry["post_count"].is_null());
    assert!(entry["last_activity_at"].is_null());
    let list = app.get("/api/v1/communities", Some(&outsider)).await.json();
    assert!(list["items"][0]["thread_count"].is_null());
    let inside = app
        .get("/api/v1/communities/secret-project", Some(&moderator))
        .await
        .json();
    assert_eq!(inside["thread_count"], 1);
}
