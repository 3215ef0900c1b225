//! /api/v1/moderation/audit-log (the hide, restore, lock, pin and move
//! routes are exercised in search.rs and authorization.rs).

use crate::{community, reply, thread};
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

async fn audit(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app
        .get(
            &format!("/api/v1/moderation/audit-log?{query}"),
            Some(token),
        )
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    response.json()
}

/// Makes the member with `token` a manager of `slug`.
async fn appoint_manager(app: &TestApp, moderator: &str, token: &str, slug: &str) {
    let id = app.get("/api/v1/me", Some(token)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let appointed = app
        .put(
            &format!("/api/v1/communities/{slug}/managers/{id}"),
            json!({}),
            Some(moderator),
        )
        .await;
    assert!(appointed.status.is_success(), "{}", appointed.text());
}

#[tokio::test]
async fn the_audit_log_says_who_did_what_where_and_why_to_whom_it_may_concern() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "health", "open").await;
    let manager = app.with_member("mia@minfin.example.gov").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    for token in [&manager, &member] {
        app.join("ict", token).await;
    }
    app.join("health", &member).await;
    appoint_manager(&app, &moderator, &manager, "ict").await;

    let in_ict = thread(&app, &member, "ict", "discussion", "Cloud exit", "Plans?").await;
    let post = reply(&app, &member, &in_ict, "Name of a bidder here.").await;
    let in_health = thread(&app, &member, "health", "discussion", "Gloves", "Which?").await;
    let hidden = app
        .post(
            &format!("/api/v1/posts/{post}/hide"),
            json!({ "reason": "Names a bidder" }),
            Some(&manager),
        )
        .await;
    assert_eq!(hidden.status, 200, "{}", hidden.text());
    let locked = app
        .post(
            &format!("/api/v1/threads/{in_health}/lock"),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert_eq!(locked.status, 200);

    // Moderators see everything, newest first, with names.
    let all = audit(&app, &moderator, "").await;
    assert_eq!(all["items"][0]["action"], "thread_locked", "{all}");
    assert_eq!(all["items"][0]["community"]["slug"], "health");
    let hide = &all["items"][1];
    assert_eq!(hide["action"], "post_hidden", "{all}");
    assert_eq!(hide["actor"]["display_name"], "mia tester");
    assert_eq!(hide["target_type"], "post");
    assert_eq!(hide["target_id"], post.as_str());
    assert_eq!(hide["reason"], "Names a bidder");
    assert_eq!(hide["community"]["slug"], "ict");
    assert!(hide["created_at"].is_string());

    // Filters.
    let only = audit(&app, &moderator, "action=post_hidden").await;
    assert_eq!(only["total"], 1);
    let health = audit(&app, &moderator, "community=health").await;
    assert_eq!(health["items"][0]["action"], "thread_locked", "{health}");
    assert!(
        health["items"]
            .as_array()
            .is_some_and(|i| i.iter().all(|e| e["community"]["slug"] == "health")),
        "{health}"
    );

    // A manager sees their community's entries only.
    let managed = audit(&app, &manager, "").await;
    let actions: Vec<&str> = managed["items"]
        .as_array()
        .map(|i| i.iter().filter_map(|e| e["action"].as_str()).collect())
        .unwrap_or_default();
    assert!(actions.contains(&"post_hidden"), "{managed}");
    assert!(!actions.contains(&"thread_locked"), "{managed}");
    assert!(
        managed["items"]
            .as_array()
            .is_some_and(|i| i.iter().all(|e| e["community"]["slug"] == "ict")),
        "{managed}"
    );
    assert_eq!(audit(&app, &manager, "community=health").await["total"], 0);

    // Members and strangers do not.
    let refused = app.get("/api/v1/moderation/audit-log", Some(&member)).await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        app.get("/api/v1/moderation/audit-log", None).await.status,
        401
    );
    let bad = app
        .get("/api/v1/moderation/audit-log?actor=abc", Some(&moderator))
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "actor");
}

#[tokio::test]
async fn members_flag_posts_and_moderators_decide_them_from_the_queue() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "health", "open").await;
    let manager = app.with_member("mia@minfin.example.gov").await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    let bram = app.with_member("bram@rws.example.gov").await;
    for token in [&manager, &anna, &bram] {
        app.join("ict", token).await;
    }
    app.join("health", &anna).await;
    appoint_manager(&app, &moderator, &manager, "ict").await;
    let id = thread(&app, &anna, "ict", "discussion", "Printers", "Which lots?").await;
    let spam = reply(
        &app,
        &bram,
        &id,
        "Buy our printers at SupplierCo, call now!",
    )
    .await;
    let elsewhere = thread(&app, &anna, "health", "discussion", "Gloves", "Sizes?").await;
    let health_post = reply(&app, &anna, &elsewhere, "Nitrile, please.").await;

    // Flags, with the reason checked.
    let flagged = app
        .post(
            &format!("/api/v1/posts/{spam}/flags"),
            json!({ "reason": "commercial", "text": "An advert" }),
            Some(&anna),
        )
        .await;
    assert_eq!(flagged.status, 201, "{}", flagged.text());
    assert_eq!(flagged.json()["status"], "open");
    let again = app
        .post(
            &format!("/api/v1/posts/{spam}/flags"),
            json!({ "reason": "commercial" }),
            Some(&anna),
        )
        .await;
    assert_eq!(again.status, 409);
    assert_eq!(again.json()["error"]["code"], "already_flagged");
    for (body, field) in [
        (json!({ "reason": "boring" }), "reason"),
        (json!({ "reason": "other" }), "text"),
    ] {
        let bad = app
            .post(&format!("/api/v1/posts/{spam}/flags"), body, Some(&bram))
            .await;
        assert_eq!(bad.status, 400);
        assert_eq!(bad.json()["error"]["field"], field);
    }
    let second = app
        .post(
            &format!("/api/v1/posts/{spam}/flags"),
            json!({ "reason": "off_topic" }),
            Some(&manager),
        )
        .await;
    assert_eq!(second.status, 201);
    let health_flag = app
        .post(
            &format!("/api/v1/posts/{health_post}/flags"),
            json!({ "reason": "other", "text": "Wrong thread" }),
            Some(&anna),
        )
        .await;
    assert_eq!(health_flag.status, 201);

    // The manager's queue holds their community's flags only; the
    // moderator's all of them; members have no queue.
    let queue = app.get("/api/v1/moderation/queue", Some(&manager)).await;
    assert_eq!(queue.status, 200, "{}", queue.text());
    let queue = queue.json();
    assert_eq!(queue["flags"]["total"], 2, "{queue}");
    assert_eq!(queue["flags"]["items"][0]["reason"], "commercial");
    assert_eq!(queue["flags"]["items"][0]["community"]["slug"], "ict");
    assert!(
        queue["flags"]["items"][0]["excerpt"]
            .as_str()
            .is_some_and(|e| e.contains("SupplierCo"))
    );
    let all = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .json();
    assert_eq!(all["flags"]["total"], 3, "{all}");
    assert_eq!(
        app.get("/api/v1/moderation/queue", Some(&anna))
            .await
            .status,
        403
    );

    // Deciding one flag hides the post and resolves every flag on it.
    let flag_id = queue["flags"]["items"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let health_flag_id = all["flags"]["items"][2]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let not_theirs = app
        .post(
            &format!("/api/v1/moderation/flags/{health_flag_id}/resolve"),
            json!({ "decision": "dismiss" }),
            Some(&manager),
        )
        .await;
    assert_eq!(not_theirs.status, 404, "the manager does not read health");
    let bad = app
        .post(
            &format!("/api/v1/moderation/flags/{flag_id}/resolve"),
            json!({ "decision": "ban" }),
            Some(&manager),
        )
        .await;
    assert_eq!(bad.status, 400);
    let decided = app
        .post(
            &format!("/api/v1/moderation/flags/{flag_id}/resolve"),
            json!({ "decision": "hide", "note": "Advertising" }),
            Some(&manager),
        )
        .await;
    assert_eq!(decided.status, 200, "{}", decided.text());
    let twice = app
        .post(
            &format!("/api/v1/moderation/flags/{flag_id}/resolve"),
            json!({ "decision": "dismiss" }),
            Some(&manager),
        )
        .await;
    assert_eq!(twice.status, 409);
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&anna))
        .await
        .json();
    assert_eq!(view["posts"][1]["hidden"], true, "{view}");
    assert_eq!(
        app.get("/api/v1/moderation/queue", Some(&manager))
            .await
            .json()["flags"]["total"],
        0
    );
    let log = audit(&app, &moderator, "action=flag_resolved").await;
    assert_eq!(log["total"], 1);
    assert_eq!(log["items"][0]["details"]["decision"], "hidden");
    assert_eq!(log["items"][0]["reason"], "Advertising");
    assert_eq!(
        audit(&app, &moderator, "action=post_hidden").await["total"],
        1
    );

    // The moderator dismisses the other one; the post stays.
    let dismissed = app
        .post(
            &format!("/api/v1/moderation/flags/{health_flag_id}/resolve"),
            json!({ "decision": "dismiss" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(dismissed.status, 200);
    let health_view = app
        .get(&format!("/api/v1/threads/{elsewhere}"), Some(&anna))
        .await
        .json();
    assert_eq!(health_view["posts"][1]["hidden"], false);
    assert_eq!(
        app.get("/api/v1/moderation/queue", Some(&moderator))
            .await
            .json()["flags"]["total"],
        0
    );
}

#[tokio::test]
async fn authors_delete_their_own_posts_and_the_thread_keeps_its_shape() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    let bram = app.with_member("bram@rws.example.gov").await;
    app.join("ict", &anna).await;
    app.join("ict", &bram).await;
    let id = thread(
        &app,
        &anna,
        "ict",
        "discussion",
        "Badger logistics",
        "Crates?",
    )
    .await;
    let mine = reply(&app, &bram, &id, "Our wolverine clause was a mistake.").await;
    let later = reply(&app, &anna, &id, "Thanks, noted.").await;
    let edited = app
        .call(
            axum::http::Method::PATCH,
            &format!("/api/v1/posts/{mine}"),
            Some(json!({ "body": "Our wolverine clause, second version." })),
            Some(&bram),
        )
        .await;
    assert_eq!(edited.status, 200);
    assert_eq!(
        app.get("/api/v1/search?q=wolverine", Some(&anna))
            .await
            .json()["total"],
        1
    );

    // Not someone else's, not even a moderator's (they hide instead).
    for token in [&anna, &moderator] {
        let refused = app
            .call(
                axum::http::Method::DELETE,
                &format!("/api/v1/posts/{mine}"),
                None,
                Some(token),
            )
            .await;
        assert_eq!(refused.status, 403);
    }
    let deleted = app
        .call(
            axum::http::Method::DELETE,
            &format!("/api/v1/posts/{mine}"),
            None,
            Some(&bram),
        )
        .await;
    assert_eq!(deleted.status, 204, "{}", deleted.text());
    let again = app
        .call(
            axum::http::Method::DELETE,
            &format!("/api/v1/posts/{mine}"),
            None,
            Some(&bram),
        )
        .await;
    assert_eq!(again.status, 204);

    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&anna))
        .await
        .json();
    let posts = view["posts"].as_array().expect("posts");
    assert_eq!(posts.len(), 3, "the place stays: {view}");
    assert_eq!(posts[1]["id"], mine.as_str());
    assert_eq!(posts[1]["deleted"], true);
    assert_eq!(posts[1]["body"], "");
    assert_eq!(posts[2]["id"], later.as_str());
    // Its earlier versions went with it, and search forgot it.
    let history = app
        .get(&format!("/api/v1/posts/{mine}/history"), Some(&bram))
        .await;
    assert!(!history.text().contains("wolverine"), "{}", history.text());
    assert_eq!(
        app.get("/api/v1/search?q=wolverine", Some(&anna))
            .await
            .json()["total"],
        0
    );
    let edit_deleted = app
        .call(
            axum::http::Method::PATCH,
            &format!("/api/v1/posts/{mine}"),
            Some(json!({ "body": "Back again" })),
            Some(&bram),
        )
        .await;
    assert_eq!(edit_deleted.status, 409);
    let outsider = app.with_member("carl@minbzk.example.gov").await;
    let hidden_from_outsider = app
        .call(
            axum::http::Method::DELETE,
            &format!("/api/v1/posts/{later}"),
            None,
            Some(&outsider),
        )
        .await;
    assert_eq!(hidden_from_outsider.status, 404);
}
