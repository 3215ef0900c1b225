//! The authorization matrix: every API route, asked by nobody, by a member
//! outside the community, and by a member inside it. Invisible content is
//! "not found", never "forbidden"; without a session, 401.

use crate::{community, reply, thread};
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

struct Route {
    method: Method,
    path: String,
    body: Option<Value>,
}

fn route(method: Method, path: impl Into<String>, body: Option<Value>) -> Route {
    Route {
        method,
        path: path.into(),
        body,
    }
}

/// Routes about one community's content, for a thread and a post in it.
fn community_content(slug: &str, thread: &str, post: &str) -> Vec<Route> {
    let mut routes = vec![
        route(
            Method::GET,
            format!("/api/v1/communities/{slug}/threads"),
            None,
        ),
        route(
            Method::GET,
            format!("/api/v1/communities/{slug}/threads?unanswered=true"),
            None,
        ),
        route(
            Method::GET,
            format!("/api/v1/communities/{slug}/threads?tag=espd"),
            None,
        ),
        route(
            Method::POST,
            format!("/api/v1/communities/{slug}/threads"),
            Some(json!({ "title": "Probing thread", "body": "x", "kind": "question" })),
        ),
        route(
            Method::GET,
            format!("/api/v1/communities/{slug}/members"),
            None,
        ),
        route(
            Method::POST,
            format!("/api/v1/posts/{post}/flags"),
            Some(json!({ "reason": "off_topic" })),
        ),
        route(
            Method::GET,
            format!("/api/v1/communities/{slug}/requests"),
            None,
        ),
        route(
            Method::POST,
            format!("/api/v1/communities/{slug}/subscribe"),
            None,
        ),
        route(Method::GET, format!("/api/v1/threads/{thread}"), None),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/posts"),
            Some(json!({ "body": "probe" })),
        ),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/accept"),
            Some(json!({ "post_id": post })),
        ),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/subscribe"),
            None,
        ),
        route(
            Method::DELETE,
            format!("/api/v1/threads/{thread}/subscribe"),
            None,
        ),
        route(
            Method::PATCH,
            format!("/api/v1/posts/{post}"),
            Some(json!({ "body": "probe" })),
        ),
        route(Method::GET, format!("/api/v1/posts/{post}/history"), None),
        route(
            Method::POST,
            format!("/api/v1/posts/{post}/reactions"),
            Some(json!({ "kind": "helpful" })),
        ),
        route(
            Method::DELETE,
            format!("/api/v1/posts/{post}/reactions"),
            None,
        ),
    ];
    routes.extend(moderation_routes(thread, post, "ict"));
    routes
}

/// The moderation routes for a thread and a post in it; `to` is the
/// community a move names.
fn moderation_routes(thread: &str, post: &str, to: &str) -> Vec<Route> {
    vec![
        route(
            Method::POST,
            format!("/api/v1/posts/{post}/hide"),
            Some(json!({ "reason": "Probing the hide route" })),
        ),
        route(
            Method::POST,
            format!("/api/v1/posts/{post}/restore"),
            Some(json!({ "reason": "Probing the restore route" })),
        ),
        route(Method::POST, format!("/api/v1/threads/{thread}/lock"), None),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/unlock"),
            None,
        ),
        route(Method::POST, format!("/api/v1/threads/{thread}/pin"), None),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/unpin"),
            None,
        ),
        route(
            Method::POST,
            format!("/api/v1/threads/{thread}/move"),
            Some(json!({ "community": to, "reason": "Probing the move route" })),
        ),
    ]
}

/// Routes for any signed-in person, not tied to a community's content.
fn member_routes() -> Vec<Route> {
    vec![
        route(Method::GET, "/api/v1/me", None),
        route(
            Method::PUT,
            "/api/v1/me/profile",
            Some(json!({ "bio": "x" })),
        ),
        route(
            Method::PUT,
            "/api/v1/me/password",
            Some(json!({ "current_password": "x", "new_password": "y" })),
        ),
        route(
            Method::POST,
            "/api/v1/usage-code/accept",
            Some(json!({ "version": 1 })),
        ),
        route(Method::POST, "/api/v1/auth/logout", None),
        route(Method::GET, "/api/v1/communities", None),
        route(
            Method::POST,
            "/api/v1/communities",
            Some(json!({ "slug": "x-y", "name": "XYZ", "kind": "sector" })),
        ),
        route(Method::GET, "/api/v1/feed", None),
        route(Method::GET, "/api/v1/notifications", None),
        route(
            Method::POST,
            "/api/v1/notifications/read",
            Some(json!({ "all": true })),
        ),
        route(
            Method::PUT,
            "/api/v1/me/notification-settings",
            Some(json!({ "email": "off" })),
        ),
        route(Method::GET, "/api/v1/taxonomy/expertise", None),
        route(Method::GET, "/api/v1/search?q=hospital", None),
        route(
            Method::GET,
            "/api/v1/search?q=hosp&prefix=true&per_page=8",
            None,
        ),
        route(Method::GET, "/api/v1/people", None),
        route(Method::GET, "/api/v1/people?expertise=cpv-72", None),
        route(Method::GET, "/api/v1/people/1", None),
        route(Method::GET, "/api/v1/moderation/audit-log", None),
        route(Method::GET, "/api/v1/moderation/queue", None),
        route(
            Method::POST,
            "/api/v1/moderation/flags/1/resolve",
            Some(json!({ "decision": "dismiss" })),
        ),
        route(Method::GET, "/api/v1/admin/registrations", None),
        route(Method::GET, "/api/v1/admin/buyer-domains", None),
        route(
            Method::POST,
            "/api/v1/admin/buyer-domains",
            Some(json!({ "domain": "x.example" })),
        ),
        route(
            Method::DELETE,
            "/api/v1/admin/buyer-domains/x.example",
            None,
        ),
        route(
            Method::PUT,
            "/api/v1/admin/usage-code",
            Some(json!({ "text": "A new usage code text here." })),
        ),
        route(Method::GET, "/api/v1/admin/users", None),
        route(
            Method::POST,
            "/api/v1/admin/users/1/suspend",
            Some(json!({ "reason": "x" })),
        ),
        route(Method::POST, "/api/v1/admin/users/1/unsuspend", None),
        route(Method::POST, "/api/v1/admin/registrations/1/approve", None),
        route(Method::POST, "/api/v1/admin/registrations/1/reject", None),
    ]
}

#[tokio::test]
async fn without_a_session_every_member_route_answers_401() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "hospitals", "approval").await;
    let thread_id = thread(
        &app,
        &moderator,
        "hospitals",
        "question",
        "Hospital question",
        "x",
    )
    .await;
    let post = reply(&app, &moderator, &thread_id, "An answer").await;
    let mut routes = member_routes();
    routes.extend(community_content("hospitals", &thread_id, &post));
    routes.push(route(Method::GET, "/api/v1/communities/hospitals", None));
    routes.push(route(
        Method::POST,
        "/api/v1/communities/hospitals/join",
        None,
    ));
    routes.push(route(
        Method::POST,
        "/api/v1/communities/hospitals/leave",
        None,
    ));
    for r in routes {
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), None)
            .await;
        assert_eq!(response.status, 401, "{} {}", r.method, r.path);
        assert_eq!(
            response.error_code(),
            "unauthenticated",
            "{} {}",
            r.method,
            r.path
        );
    }
    // The few public routes.
    assert_eq!(app.get("/api/v1/usage-code", None).await.status, 200);
    assert_eq!(app.get("/healthz", None).await.status, 200);
}

#[tokio::test]
async fn a_member_outside_a_community_learns_nothing_of_its_content() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let outsider = app.with_member("bob@minbzk.example.gov").await;
    community(&app, &moderator, "hospitals", "approval").await;
    let thread_id = thread(
        &app,
        &moderator,
        "hospitals",
        "question",
        "Hospital question",
        "x",
    )
    .await;
    let post = reply(&app, &moderator, &thread_id, "An answer").await;
    for r in community_content("hospitals", &thread_id, &post) {
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), Some(&outsider))
            .await;
        assert_eq!(
            response.status,
            404,
            "{} {}: {}",
            r.method,
            r.path,
            response.text()
        );
    }
    // Nonexistent things answer exactly alike.
    for r in community_content("no-such-community", "999999", "999999") {
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), Some(&outsider))
            .await;
        assert_eq!(response.status, 404, "{} {}", r.method, r.path);
    }
    // Nothing was written by the probes.
    let view = app
        .get(&format!("/api/v1/threads/{thread_id}"), Some(&moderator))
        .await
        .json();
    assert_eq!(view["reply_count"], 1);
    assert_eq!(view["posts"][1]["reactions"]["helpful"], 0);
    assert_eq!(view["posts"][1]["hidden"], false, "{view}");
    assert_eq!(view["locked"], false, "{view}");
    assert_eq!(view["pinned"], false, "{view}");
    assert_eq!(view["community"]["slug"], "hospitals", "{view}");
    // Search and the directory answer outsiders too, without the content.
    let found = app.get("/api/v1/search?q=hospital", Some(&outsider)).await;
    assert_eq!(found.status, 200, "{}", found.text());
    assert_eq!(found.json()["total"], 0, "{}", found.text());
    let found = app
        .get(
            "/api/v1/search?q=hospital&community=hospitals",
            Some(&outsider),
        )
        .await;
    assert_eq!(found.status, 200, "{}", found.text());
    assert_eq!(found.json()["total"], 0, "{}", found.text());
    let people = app.get("/api/v1/people", Some(&outsider)).await;
    assert_eq!(people.status, 200, "{}", people.text());
}

#[tokio::test]
async fn a_member_inside_reads_and_writes_but_does_not_administer() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let insider = app.with_member("anna@minfin.example.gov").await;
    community(&app, &moderator, "ict", "open").await;
    app.join("ict", &insider).await;
    let thread_id = thread(
        &app,
        &moderator,
        "ict",
        "question",
        "ICT question here",
        "x",
    )
    .await;
    let post = reply(&app, &moderator, &thread_id, "An answer").await;
    let moderator_id = user_id(&app, &moderator).await;
    let mut expectations: Vec<(Route, u16)> = vec![
        (
            route(Method::GET, "/api/v1/communities/ict/threads", None),
            200,
        ),
        (
            route(Method::GET, "/api/v1/communities/ict/members", None),
            200,
        ),
        (
            route(Method::GET, "/api/v1/communities/ict/requests", None),
            403,
        ),
        (
            route(Method::GET, format!("/api/v1/threads/{thread_id}"), None),
            200,
        ),
        (
            route(
                Method::POST,
                format!("/api/v1/threads/{thread_id}/posts"),
                Some(json!({ "body": "mine" })),
            ),
            201,
        ),
        (
            route(
                Method::POST,
                format!("/api/v1/threads/{thread_id}/accept"),
                Some(json!({ "post_id": post })),
            ),
            403,
        ),
        (
            route(
                Method::PATCH,
                format!("/api/v1/posts/{post}"),
                Some(json!({ "body": "not mine" })),
            ),
            403,
        ),
        (
            route(
                Method::POST,
                format!("/api/v1/posts/{post}/reactions"),
                Some(json!({ "kind": "helpful" })),
            ),
            200,
        ),
        (
            route(
                Method::POST,
                "/api/v1/communities",
                Some(json!({ "slug": "mine", "name": "Mine", "kind": "sector" })),
            ),
            403,
        ),
        (
            route(
                Method::PUT,
                "/api/v1/communities/ict/managers/1",
                Some(json!({})),
            ),
            403,
        ),
        (route(Method::GET, "/api/v1/admin/registrations", None), 403),
        (route(Method::GET, "/api/v1/admin/buyer-domains", None), 403),
        (route(Method::GET, "/api/v1/admin/users", None), 403),
        (
            route(Method::GET, "/api/v1/moderation/audit-log", None),
            403,
        ),
        (route(Method::GET, "/api/v1/moderation/queue", None), 403),
        (
            route(
                Method::PUT,
                "/api/v1/admin/usage-code",
                Some(json!({ "text": "A rogue code of conduct." })),
            ),
            403,
        ),
        (route(Method::GET, "/api/v1/search?q=question", None), 200),
        (
            route(
                Method::GET,
                "/api/v1/search?q=ques&prefix=true&per_page=8",
                None,
            ),
            200,
        ),
        (route(Method::GET, "/api/v1/people", None), 200),
        (
            route(Method::GET, format!("/api/v1/people/{moderator_id}"), None),
            200,
        ),
    ];
    // Members of the community do not moderate it.
    expectations.extend(
        moderation_routes(&thread_id, &post, "ict")
            .into_iter()
            .map(|r| (r, 403)),
    );
    for (r, status) in expectations {
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), Some(&insider))
            .await;
        assert_eq!(
            response.status,
            status,
            "{} {}: {}",
            r.method,
            r.path,
            response.text()
        );
    }
    let view = app
        .get(&format!("/api/v1/threads/{thread_id}"), Some(&moderator))
        .await
        .json();
    assert_eq!(view["posts"][1]["hidden"], false, "{view}");
    assert_eq!(view["locked"], false, "{view}");
    assert_eq!(view["pinned"], false, "{view}");
}

/// The id of the holder of a token.
async fn user_id(app: &TestApp, token: &str) -> String {
    app.get("/api/v1/me", Some(token)).await.json()["id"]
        .as_str()
        .expect("an id")
        .to_owned()
}

#[tokio::test]
async fn managers_moderate_their_community_and_platform_moderators_every_one() {
    let app = TestApp::new().await;
    let admin = app.with_admin("admin@praxis.example").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let manager = app.with_member("manon@minfin.example.gov").await;
    let author = app.with_member("anna@minfin.example.gov").await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "health", "open").await;
    app.join("ict", &manager).await;
    app.join("health", &manager).await;
    app.join("ict", &author).await;
    let manager_id = user_id(&app, &manager).await;
    let appointed = app
        .put(
            &format!("/api/v1/communities/ict/managers/{manager_id}"),
            json!({}),
            Some(&admin),
        )
        .await;
    assert_eq!(appointed.status, 200, "{}", appointed.text());
    let thread_id = thread(&app, &author, "ict", "question", "Thread to moderate", "x").await;
    let post = reply(&app, &author, &thread_id, "A reply to moderate").await;

    // The manager of `ict`: everything there, but no move into `health`,
    // where they are a plain member.
    let mut routes = moderation_routes(&thread_id, &post, "health");
    let to_health = routes.pop().expect("the move route");
    for r in routes {
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), Some(&manager))
            .await;
        assert_eq!(
            response.status,
            200,
            "{} {}: {}",
            r.method,
            r.path,
            response.text()
        );
    }
    let response = app
        .call(
            to_health.method.clone(),
            &to_health.path,
            to_health.body.clone(),
            Some(&manager),
        )
        .await;
    assert_eq!(response.status, 403, "{}", response.text());

    // A platform moderator: every route, and each one takes effect.
    let checks: [(&str, &str, bool); 6] = [
        ("hide", "hidden", true),
        ("restore", "hidden", false),
        ("lock", "locked", true),
        ("unlock", "locked", false),
        ("pin", "pinned", true),
        ("unpin", "pinned", false),
    ];
    for (r, (action, key, value)) in moderation_routes(&thread_id, &post, "health")
        .into_iter()
        .zip(checks)
    {
        assert!(r.path.ends_with(action), "{}", r.path);
        let response = app
            .call(r.method.clone(), &r.path, r.body.clone(), Some(&moderator))
            .await;
        assert_eq!(response.status, 200, "{}: {}", r.path, response.text());
        assert_eq!(response.json()[key], value, "{}", r.path);
        let view = app
            .get(&format!("/api/v1/threads/{thread_id}"), Some(&moderator))
            .await
            .json();
        let state = if key == "hidden" {
            &view["posts"][1]["hidden"]
        } else {
            &view[key]
        };
        assert_eq!(state, value, "{}: {view}", r.path);
    }
    let moved = app
        .post(
            &format!("/api/v1/threads/{thread_id}/move"),
            json!({ "community": "health", "reason": "Medical devices" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text());
    let view = app
        .get(&format!("/api/v1/threads/{thread_id}"), Some(&moderator))
        .await
        .json();
    assert_eq!(view["community"]["slug"], "health", "{view}");
    // Now in `health`, the manager of `ict` no longer moderates it.
    let response = app
        .post(
            &format!("/api/v1/threads/{thread_id}/lock"),
            json!({}),
            Some(&manager),
        )
        .await;
    assert_eq!(response.status, 403, "{}", response.text());
}

#[tokio::test]
async fn guests_search_but_do_not_browse_the_directory() {
    let app = TestApp::new().await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let guest = app.with_role("consultant@example.com", Role::Guest).await;
    let member_id = user_id(&app, &member).await;
    let guest_id = user_id(&app, &guest).await;
    for (path, status) in [
        ("/api/v1/search?q=tester".to_owned(), 200),
        ("/api/v1/people".to_owned(), 403),
        // Someone who shares no community with the guest is absent for them.
        (format!("/api/v1/people/{member_id}"), 404),
        (format!("/api/v1/people/{guest_id}"), 200),
    ] {
        let response = app.get(&path, Some(&guest)).await;
        assert_eq!(response.status, status, "{path}: {}", response.text());
    }
    // Members are found by name, but not by guests.
    let by_member = app
        .get("/api/v1/search?q=anna&type=person", Some(&member))
        .await
        .json();
    assert_eq!(by_member["total"], 1, "{by_member}");
    let by_guest = app
        .get("/api/v1/search?q=anna&type=person", Some(&guest))
        .await
        .json();
    assert_eq!(by_guest["total"], 0, "{by_guest}");
}

#[tokio::test]
async fn member_pages_send_strangers_to_sign_in() {
    let app = TestApp::new().await;
    for path in [
        "/communities",
        "/communities/new",
        "/communities/ict",
        "/communities/ict/members",
        "/communities/ict/requests",
        "/communities/ict/threads/new",
        "/unanswered",
        "/threads/1",
        "/posts/1/edit",
        "/posts/1/history",
        "/notifications",
        "/me/profile",
        "/me/password",
        "/admin/registrations",
        "/admin/buyer-domains",
        "/admin/usage-code",
        "/admin/users",
        "/search",
        "/search?q=framework",
        "/people",
        "/people?expertise=cpv-72",
        "/people/1",
        "/moderation/audit-log",
        "/moderation/queue",
    ] {
        let response = app.get(path, None).await;
        assert_eq!(response.status, 303, "{path}");
        let location = response.header("location").unwrap_or_default();
        assert!(location.starts_with("/login?next="), "{path} → {location}");
    }
}
