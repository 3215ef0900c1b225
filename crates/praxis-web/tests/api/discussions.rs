//! /api/v1/communities/{slug}/threads, /threads/*, /posts/*, /feed, /notifications

use crate::{community, reply, thread};
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

struct World {
    app: TestApp,
    asker: String,
    answerer: String,
}

async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let asker = app.with_member("anna@minfin.example.gov").await;
    let answerer = app.with_member("julien@economie.example.gov").await;
    app.join("ict", &asker).await;
    app.join("ict", &answerer).await;
    World {
        app,
        asker,
        answerer,
    }
}

#[tokio::test]
async fn a_question_is_asked_answered_and_the_answer_accepted() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "question",
        "Can we extend a framework agreement beyond four years?",
        "Our cloud framework ends in March.",
    )
    .await;

    let unanswered = app
        .get(
            "/api/v1/communities/ict/threads?unanswered=true",
            Some(&answerer),
        )
        .await
        .json();
    assert_eq!(unanswered["total"], 1);
    assert_eq!(unanswered["items"][0]["id"], id.as_str());

    let answer = reply(
        &app,
        &answerer,
        &id,
        "Only in exceptional cases, justified by the subject matter (art. 33).",
    )
    .await;
    let unanswered = app
        .get(
            "/api/v1/communities/ict/threads?unanswered=true",
            Some(&answerer),
        )
        .await
        .json();
    assert_eq!(unanswered["total"], 0);

    // Only the asker (or a moderator) accepts.
    let by_other = app
        .post(
            &format!("/api/v1/threads/{id}/accept"),
            json!({ "post_id": answer }),
            Some(&answerer),
        )
        .await;
    assert_eq!(by_other.status, 403);
    let accepted = app
        .post(
            &format!("/api/v1/threads/{id}/accept"),
            json!({ "post_id": answer }),
            Some(&asker),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());

    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&asker))
        .await
        .json();
    assert_eq!(view["accepted_post_id"], answer.as_str());
    assert_eq!(view["kind"], "question");
    assert_eq!(view["community"]["slug"], "ict");
    assert_eq!(view["tags"], json!(["espd"]));
    let posts = view["posts"].as_array().cloned().unwrap_or_default();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1]["id"], answer.as_str());
    assert!(
        posts[1]["body_html"]
            .as_str()
            .unwrap_or_default()
            .contains("art. 33")
    );
    assert_eq!(posts[1]["author"]["display_name"], "julien tester");

    let notes = app
        .get("/api/v1/notifications", Some(&answerer))
        .await
        .json();
    assert!(
        notes["items"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|n| n["kind"] == "answer_accepted")
    );
    let notes = app.get("/api/v1/notifications", Some(&asker)).await.json();
    assert_eq!(notes["items"][0]["kind"], "reply_to_thread");
    assert_eq!(
        notes["items"][0]["thread"]["title"],
        "Can we extend a framework agreement beyond four years?"
    );
    assert_eq!(notes["unread"], 1);
}

#[tokio::test]
async fn the_opening_post_or_a_foreign_post_cannot_be_accepted() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "question",
        "Which ESPD version applies?",
        "Details inside.",
    )
    .await;
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&asker))
        .await
        .json();
    let opening = view["posts"][0]["id"].clone();
    let response = app
        .post(
            &format!("/api/v1/threads/{id}/accept"),
            json!({ "post_id": opening }),
            Some(&asker),
        )
        .await;
    assert_eq!(response.status, 400);
    let other = thread(
        &app,
        &answerer,
        "ict",
        "discussion",
        "Another thread here",
        "Hello",
    )
    .await;
    let foreign = reply(&app, &answerer, &other, "elsewhere").await;
    let response = app
        .post(
            &format!("/api/v1/threads/{id}/accept"),
            json!({ "post_id": foreign }),
            Some(&asker),
        )
        .await;
    assert_eq!(response.status, 400);
    let discussion_accept = app
        .post(
            &format!("/api/v1/threads/{other}/accept"),
            json!({ "post_id": foreign }),
            Some(&answerer),
        )
        .await;
    assert_eq!(discussion_accept.status, 409);
}

#[tokio::test]
async fn edits_keep_the_earlier_version() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "discussion",
        "Market consultation tips",
        "First version",
    )
    .await;
    let post = reply(&app, &answerer, &id, "Original answer").await;
    let edited = app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{post}"),
            Some(json!({ "body": "Corrected answer" })),
            Some(&answerer),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text());
    assert_eq!(edited.json()["body"], "Corrected answer");
    assert!(edited.json()["edited_at"].is_string());
    let history = app
        .get(&format!("/api/v1/posts/{post}/history"), Some(&asker))
        .await
        .json();
    assert_eq!(history["items"][0]["body"], "Original answer");
    assert_eq!(history["current"]["body"], "Corrected answer");
    // Someone else may not edit.
    let refused = app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{post}"),
            Some(json!({ "body": "hijack" })),
            Some(&asker),
        )
        .await;
    assert_eq!(refused.status, 403);
    let empty = app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{post}"),
            Some(json!({ "body": "   " })),
            Some(&answerer),
        )
        .await;
    assert_eq!(empty.status, 400);
    assert_eq!(empty.json()["error"]["field"], "body");
}

#[tokio::test]
async fn helpful_reactions_count_once_per_member() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "question",
        "Cloud exit clauses?",
        "Any model clauses?",
    )
    .await;
    let post = reply(&app, &answerer, &id, "See the model clauses of the EU.").await;
    for _ in 0..2 {
        let r = app
            .post(
                &format!("/api/v1/posts/{post}/reactions"),
                json!({ "kind": "helpful" }),
                Some(&asker),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.json()["reactions"]["helpful"], 1);
    }
    let own = app
        .post(
            &format!("/api/v1/posts/{post}/reactions"),
            json!({ "kind": "helpful" }),
            Some(&answerer),
        )
        .await;
    assert_eq!(own.status, 409);
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&asker))
        .await
        .json();
    assert_eq!(view["posts"][1]["reactions"]["helpful"], 1);
    assert_eq!(view["posts"][1]["my_reactions"]["helpful"], true);
    let removed = app
        .delete(
            &format!("/api/v1/posts/{post}/reactions?kind=helpful"),
            Some(&asker),
        )
        .await;
    assert_eq!(removed.status, 200);
    assert_eq!(removed.json()["reactions"]["helpful"], 0);
    let bad = app
        .post(
            &format!("/api/v1/posts/{post}/reactions"),
            json!({ "kind": "angry" }),
            Some(&asker),
        )
        .await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn a_locked_thread_refuses_replies() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "discussion",
        "Old topic here",
        "Closed soon",
    )
    .await;
    let thread_id = id.parse::<i64>().expect("numeric id");
    praxis_store::discussions::set_flags(
        &app.app.db,
        praxis_domain::ThreadId(thread_id),
        None,
        Some(true),
    )
    .await
    .expect("lock");
    // Changed behind the use cases' back: drop what this node cached.
    app.app.caches.clear();
    let refused = app
        .post(
            &format!("/api/v1/threads/{id}/posts"),
            json!({ "body": "one more" }),
            Some(&answerer),
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_code(), "thread_locked");
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&answerer))
        .await
        .json();
    assert_eq!(view["locked"], true);
    assert_eq!(view["can_reply"], false);
}

#[tokio::test]
async fn bad_thread_input_is_refused_with_a_field() {
    let World { app, asker, .. } = world().await;
    let cases = [
        (
            json!({ "title": "Hi", "body": "x", "kind": "question" }),
            "title",
        ),
        (
            json!({ "title": "A fine title", "body": "  \n ", "kind": "question" }),
            "body",
        ),
        (
            json!({ "title": "A fine title", "body": "x".repeat(50_001), "kind": "question" }),
            "body",
        ),
        (
            json!({ "title": "A fine title", "body": "x", "kind": "poll" }),
            "kind",
        ),
        (
            json!({ "title": "A fine title", "body": "x", "kind": "question", "tags": ["a", "b", "c", "d", "e", "f"] }),
            "tags",
        ),
        (
            json!({ "title": "A fine title", "body": "x", "kind": "question", "tags": ["<b>"] }),
            "tags",
        ),
        (
            json!({ "title": "A fine title", "body": "x", "kind": "question", "expertise": ["cpv-99"] }),
            "expertise",
        ),
        (
            json!({ "title": "t".repeat(201), "body": "x", "kind": "question" }),
            "title",
        ),
    ];
    for (body, field) in cases {
        let response = app
            .post("/api/v1/communities/ict/threads", body, Some(&asker))
            .await;
        assert_eq!(response.status, 400, "{field}: {}", response.text());
        assert_eq!(response.json()["error"]["field"], field);
    }
    let ok = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Expertise tagged", "body": "x", "kind": "question", "expertise": ["cpv-72", "proc-open"] }),
            Some(&asker),
        )
        .await;
    assert_eq!(ok.status, 201);
    assert_eq!(ok.json()["expertise"], json!(["cpv-72", "proc-open"]));
    let reply_to_elsewhere = app
        .post(
            &format!(
                "/api/v1/threads/{}/posts",
                ok.json()["id"].as_str().unwrap_or("")
            ),
            json!({ "body": "x", "reply_to": "999999" }),
            Some(&asker),
        )
        .await;
    assert_eq!(reply_to_elsewhere.status, 400);
    assert_eq!(reply_to_elsewhere.json()["error"]["field"], "reply_to");
}

#[tokio::test]
async fn xss_payloads_never_reach_the_html_unescaped() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "![alt\" onerror=\"alert(1)](https://example.org/x.png)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<<script>script>alert(1)<</script>/script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "[x](&#x6A;avascript:alert(1))",
    ];
    let id = thread(
        &app,
        &asker,
        "ict",
        "discussion",
        "Payload test thread",
        "start",
    )
    .await;
    for payload in payloads {
        reply(&app, &answerer, &id, payload).await;
    }
    let view = app
        .get(&format!("/api/v1/threads/{id}?per_page=100"), Some(&asker))
        .await
        .json();
    for post in view["posts"].as_array().into_iter().flatten() {
        assert_no_active_content(post["body_html"].as_str().unwrap_or_default());
    }
    // And the HTML page shows it escaped too.
    let mut browser = praxis_test_support::Browser::new(&app);
    browser
        .sign_in("anna@minfin.example.gov", praxis_test_support::PASSWORD)
        .await;
    let page = browser.get(&format!("/threads/{id}")).await.text();
    let body = page.split("<main").nth(1).unwrap_or_default();
    assert_no_active_content(
        body.split("<script src=\"/static/mentions.js\"")
            .next()
            .unwrap_or_default(),
    );
}

/// No script, frame or SVG element, no event-handler attribute and no
/// script or data URL anywhere in the markup (text may mention them, escaped).
fn assert_no_active_content(html: &str) {
    let html = html.to_lowercase();
    for tag in html
        .split('<')
        .skip(1)
        .filter_map(|r| r.split_once('>').map(|(t, _)| t))
    {
        let names: String = tag.split('"').step_by(2).collect();
        assert!(
            !names.starts_with("script")
                && !names.starts_with("svg")
                && !names.starts_with("iframe"),
            "{tag}"
        );
        assert!(!names.contains(" on"), "{tag}");
        assert!(
            !tag.contains("javascript:") && !tag.contains("=\"data:"),
            "{tag}"
        );
    }
}

#[tokio::test]
async fn mentions_notify_members_of_the_community_only() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let outsider = app.with_member("olga@minfin.example.gov").await;
    let id = thread(&app, &asker, "ict", "discussion", "Who knows DPS?", "Hello").await;
    reply(
        &app,
        &asker,
        &id,
        "@julien-tester and @olga-tester what do you think?",
    )
    .await;
    let notes = app
        .get("/api/v1/notifications", Some(&answerer))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "mention");
    let notes = app
        .get("/api/v1/notifications", Some(&outsider))
        .await
        .json();
    assert_eq!(
        notes["total"], 0,
        "an outsider is not told about a community they cannot see"
    );
}

#[tokio::test]
async fn followers_hear_of_replies_and_can_unfollow() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let third = app.with_member("karl@minfin.example.gov").await;
    app.join("ict", &third).await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "discussion",
        "Follow me please",
        "Hello",
    )
    .await;
    let follow = app
        .call(
            Method::POST,
            &format!("/api/v1/threads/{id}/subscribe"),
            None,
            Some(&third),
        )
        .await;
    assert_eq!(follow.status, 200);
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&third))
        .await
        .json();
    assert_eq!(view["following"], true);
    let view = app
        .get(&format!("/api/v1/threads/{id}"), Some(&answerer))
        .await
        .json();
    assert_eq!(view["following"], false, "a reader who never followed");
    reply(&app, &answerer, &id, "A reply").await;
    let notes = app.get("/api/v1/notifications", Some(&third)).await.json();
    assert_eq!(notes["items"][0]["kind"], "followed_thread");
    let read = app
        .post(
            "/api/v1/notifications/read",
            json!({ "all": true }),
            Some(&third),
        )
        .await;
    assert_eq!(read.json()["unread"], 0);
    app.delete(&format!("/api/v1/threads/{id}/subscribe"), Some(&third))
        .await;
    reply(&app, &answerer, &id, "Another reply").await;
    let notes = app
        .get("/api/v1/notifications?unread=true", Some(&third))
        .await
        .json();
    assert_eq!(notes["total"], 0);
    // Following a community brings its new threads.
    app.call(
        Method::POST,
        "/api/v1/communities/ict/subscribe",
        None,
        Some(&third),
    )
    .await;
    thread(
        &app,
        &answerer,
        "ict",
        "discussion",
        "A brand new thread",
        "Hi",
    )
    .await;
    let notes = app
        .get("/api/v1/notifications?unread=true", Some(&third))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "new_thread");
}

#[tokio::test]
async fn the_feed_shows_my_communities_newest_first() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "construction", "open").await;
    let me = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &me).await;
    let old = thread(
        &app,
        &moderator,
        "ict",
        "question",
        "First ICT question",
        "q",
    )
    .await;
    thread(
        &app,
        &moderator,
        "construction",
        "discussion",
        "Not in my communities",
        "x",
    )
    .await;
    let newer = thread(
        &app,
        &moderator,
        "ict",
        "discussion",
        "Second ICT thread",
        "d",
    )
    .await;
    let feed = app.get("/api/v1/feed", Some(&me)).await.json();
    assert_eq!(feed["total"], 2);
    assert_eq!(feed["items"][0]["id"], newer.as_str());
    assert_eq!(feed["unanswered"][0]["id"], old.as_str());
    // A reply moves a thread to the top.
    reply(&app, &moderator, &old, "bump").await;
    let feed = app.get("/api/v1/feed", Some(&me)).await.json();
    assert_eq!(feed["items"][0]["id"], old.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_replies_are_all_kept_and_counted() {
    use tower::ServiceExt;
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "discussion",
        "Concurrency check",
        "start",
    )
    .await;
    let mut tasks = Vec::new();
    for i in 0..12 {
        let token = if i % 2 == 0 {
            asker.clone()
        } else {
            answerer.clone()
        };
        let request = axum::http::Request::post(format!("/api/v1/threads/{id}/posts"))
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(axum::body::Body::from(
                json!({ "body": format!("reply {i}") }).to_string(),
            ))
            .expect("request");
        let router = app.router.clone();
        tasks.push(tokio::spawn(async move {
            router.oneshot(request).await.map(|r| r.status())
        }));
    }
    for task in tasks {
        let status = task.await.expect("task").expect("response");
        assert_eq!(status, 201);
    }
    let view = app
        .get(&format!("/api/v1/threads/{id}?per_page=100"), Some(&asker))
        .await
        .json();
    assert_eq!(view["reply_count"], 12);
    assert_eq!(view["posts"].as_array().map(Vec::len), Some(13));
    let community = app
        .get("/api/v1/communities/ict", Some(&asker))
        .await
        .json();
    assert_eq!(community["post_count"], 13);
}

#[tokio::test]
async fn notification_settings_are_validated() {
    let World { app, asker, .. } = world().await;
    let ok = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "email": "weekly" }),
            Some(&asker),
        )
        .await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.json()["email"], "weekly");
    let bad = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "email": "hourly" }),
            Some(&asker),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "email");
}

#[tokio::test]
async fn an_immediate_member_gets_a_mail_per_reply_with_the_link() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    app.put(
        "/api/v1/me/notification-settings",
        json!({ "email": "immediate" }),
        Some(&asker),
    )
    .await;
    let id = thread(
        &app,
        &asker,
        "ict",
        "question",
        "Mail me the answers",
        "Please",
    )
    .await;
    let post = reply(&app, &answerer, &id, "Here is **the** answer.").await;
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("an immediate mail");
    assert!(
        mail.subject.contains("Mail me the answers"),
        "{}",
        mail.subject
    );
    assert_eq!(
        mail.link().as_deref(),
        Some(format!("http://praxis.test/threads/{id}#post-{post}").as_str())
    );
    assert!(mail.body.contains("the** answer") || mail.body.contains("the answer"));
}

#[tokio::test]
async fn a_digest_never_contains_a_thread_from_a_community_the_member_left() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "hospitals", "open").await;
    let me = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &me).await;
    app.join("hospitals", &me).await;
    let ict = thread(
        &app,
        &me,
        "ict",
        "question",
        "ICT question for the digest",
        "q",
    )
    .await;
    let hospital = thread(
        &app,
        &me,
        "hospitals",
        "question",
        "Confidential hospital question",
        "q",
    )
    .await;
    reply(&app, &moderator, &ict, "ICT answer").await;
    reply(
        &app,
        &moderator,
        &hospital,
        "Hospital answer with sensitive details",
    )
    .await;
    app.call(
        Method::POST,
        "/api/v1/communities/hospitals/leave",
        None,
        Some(&me),
    )
    .await;

    let sent = praxis_app::discussions::digest::send_digests(
        &app.app,
        praxis_domain::EmailFrequency::Daily,
    )
    .await
    .expect("digests");
    assert_eq!(sent, 1);
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("digest");
    assert!(mail.subject.contains("daily digest"));
    assert!(mail.body.contains("ICT question for the digest"));
    assert!(!mail.body.contains("Confidential hospital question"));
    assert!(!mail.body.contains("sensitive details"));
    // Nothing is sent twice.
    let again = praxis_app::discussions::digest::send_digests(
        &app.app,
        praxis_domain::EmailFrequency::Daily,
    )
    .await
    .expect("digests");
    assert_eq!(again, 0);
}

#[tokio::test]
async fn the_taxonomy_lists_cpv_divisions_procedures_and_policy_fields() {
    let World { app, asker, .. } = world().await;
    let taxonomy = app
        .get("/api/v1/taxonomy/expertise", Some(&asker))
        .await
        .json();
    let items = taxonomy["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(
        items
            .iter()
            .filter(|i| i["group"] == "cpv_division")
            .count(),
        45
    );
    assert!(items.iter().any(|i| {
        i["code"] == "cpv-45"
            && i["label"]
                .as_str()
                .unwrap_or("")
                .contains("Construction work")
    }));
    assert!(items.iter().any(|i| i["group"] == "procedure"));
    assert!(items.iter().any(|i| i["group"] == "policy_field"));
}

#[tokio::test]
async fn the_worker_sends_the_daily_digest_once_at_the_configured_hour() {
    let app = TestApp::with_config(|c| c.digest_hour_utc = 6).await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let me = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &me).await;
    let id = thread(
        &app,
        &me,
        "ict",
        "question",
        "Digest scheduling question",
        "q",
    )
    .await;
    reply(&app, &moderator, &id, "An answer for the digest").await;

    use chrono::TimeZone;
    let before = chrono::Utc
        .with_ymd_and_hms(2026, 11, 26, 5, 30, 0)
        .single()
        .expect("time");
    let at_hour = chrono::Utc
        .with_ymd_and_hms(2026, 11, 26, 6, 5, 0)
        .single()
        .expect("time");
    praxis_app::discussions::digest::run_scheduled(&app.app, before)
        .await
        .expect("tick");
    assert!(
        app.last_mail_to("anna@minfin.example.gov").await.is_none(),
        "not before the hour"
    );
    praxis_app::discussions::digest::run_scheduled(&app.app, at_hour)
        .await
        .expect("tick");
    let mail = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("the digest");
    assert!(mail.body.contains("Digest scheduling question"));
    reply(&app, &moderator, &id, "A second answer, after the digest").await;
    praxis_app::discussions::digest::run_scheduled(&app.app, at_hour)
        .await
        .expect("tick");
    let digests = app
        .mails()
        .await
        .into_iter()
        .filter(|m| m.to.contains("anna@minfin.example.gov") && m.subject.contains("digest"))
        .count();
    assert_eq!(
        digests, 1,
        "one daily digest per day, however often the worker ticks"
    );
}

const DUTCH_TITLE: &str = "Gunningscriteria voor schoonmaakdiensten";
const DUTCH_BODY: &str = "Hoe wegen jullie de prijs tegenover de kwaliteit bij een openbare \
    aanbesteding van schoonmaakdiensten? Wij twijfelen tussen een puntensysteem en een \
    prijs-kwaliteitverhouding met een vaste prijs.";
const FRENCH_BODY: &str = "Comment pondérez-vous le prix et la qualité dans une procédure \
    ouverte pour des services de nettoyage ? Nous hésitons entre une grille de points et un \
    prix fixe avec des critères de qualité.";

/// The ids of a community's threads listed with `query`, and the total.
async fn listed(app: &TestApp, token: &str, query: &str) -> (Vec<String>, u64) {
    let response = app
        .get(
            &format!("/api/v1/communities/ict/threads?{query}"),
            Some(token),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let body = response.json();
    let ids = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|t| t["id"].as_str().expect("id").to_owned())
        .collect();
    (ids, body["total"].as_u64().expect("total"))
}

#[tokio::test]
async fn threads_are_filtered_by_their_detected_or_declared_language() {
    let World {
        app,
        asker,
        answerer,
    } = world().await;
    // Without a declared language: detected from title and opening post.
    let dutch = thread(&app, &asker, "ict", "question", DUTCH_TITLE, DUTCH_BODY).await;
    let english = thread(
        &app,
        &answerer,
        "ict",
        "discussion",
        "Framework agreements for cloud services",
        "How long may a framework agreement for cloud hosting run, and can we extend it \
         when the supplier market changes during the contract?",
    )
    .await;
    // A declared language wins over what the text looks like.
    let declared = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": DUTCH_TITLE, "body": DUTCH_BODY, "kind": "discussion", "language": "fr" }),
            Some(&asker),
        )
        .await;
    assert_eq!(declared.status, 201, "{}", declared.text());
    let declared = declared.json()["id"].as_str().expect("id").to_owned();

    let (ids, total) = listed(&app, &answerer, "lang=nl").await;
    assert_eq!(ids, vec![dutch.clone()]);
    assert_eq!(total, 1);
    let (ids, total) = listed(&app, &answerer, "lang=fr").await;
    assert_eq!(ids, vec![declared.clone()]);
    assert_eq!(total, 1);
    let (ids, total) = listed(&app, &answerer, "lang=en").await;
    assert_eq!(ids, vec![english.clone()]);
    assert_eq!(total, 1);
    // Without the filter: all three, with the community's counter as total.
    let (ids, total) = listed(&app, &answerer, "").await;
    assert_eq!(ids.len(), 3);
    assert_eq!(total, 3);
    // Combined with another filter, and paged: totals count only matches.
    let (ids, total) = listed(&app, &answerer, "lang=nl&kind=question").await;
    assert_eq!((ids, total), (vec![dutch.clone()], 1));
    let (ids, total) = listed(&app, &answerer, "lang=nl&kind=discussion").await;
    assert_eq!((ids.len(), total), (0, 0));
    let (ids, total) = listed(&app, &answerer, "lang=NL&per_page=1&page=2").await;
    assert_eq!((ids.len(), total), (0, 1));

    // Each list item says its content language.
    let all = app
        .get("/api/v1/communities/ict/threads", Some(&answerer))
        .await
        .json();
    let language_of = |id: &str| {
        all["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|t| t["id"] == id)
            .map(|t| t["language"].clone())
            .expect("listed")
    };
    assert_eq!(language_of(&dutch), "nl");
    assert_eq!(language_of(&english), "en");
    assert_eq!(language_of(&declared), "fr");

    // The feed has the same list shape and the same filter.
    let feed = app.get("/api/v1/feed?lang=nl", Some(&answerer)).await;
    assert_eq!(feed.status, 200, "{}", feed.text());
    let feed = feed.json();
    assert_eq!(feed["total"], 1);
    assert_eq!(feed["items"][0]["id"], dutch.as_str());
    assert_eq!(feed["items"][0]["language"], "nl");

    // Editing the opening post detects the language again; a reply does not
    // count.
    reply(&app, &answerer, &dutch, "Wij gebruiken een puntensysteem.").await;
    edit_opening_post(&app, &asker, &dutch, FRENCH_BODY).await;
    let (ids, total) = listed(&app, &answerer, "lang=nl").await;
    assert_eq!((ids.len(), total), (0, 0));
    let (ids, total) = listed(&app, &answerer, "lang=fr").await;
    assert_eq!(total, 2);
    assert!(ids.contains(&dutch) && ids.contains(&declared));

    // Editing the opening post of a thread with a declared language keeps it.
    edit_opening_post(&app, &asker, &declared, DUTCH_BODY).await;
    let (ids, _) = listed(&app, &answerer, "lang=fr").await;
    assert!(ids.contains(&declared));
}

/// Rewrites a thread's opening post as its author.
async fn edit_opening_post(app: &TestApp, author: &str, thread: &str, body: &str) {
    let opening = app
        .get(&format!("/api/v1/threads/{thread}"), Some(author))
        .await
        .json()["posts"][0]["id"]
        .as_str()
        .expect("opening post")
        .to_owned();
    let edited = app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{opening}"),
            Some(json!({ "body": body })),
            Some(author),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text());
}

#[tokio::test]
async fn an_unknown_language_filter_is_a_400_naming_the_field() {
    let World { app, answerer, .. } = world().await;
    for path in [
        "/api/v1/communities/ict/threads?lang=de",
        "/api/v1/communities/ict/threads?lang=nederlands&page=2",
        "/api/v1/feed?lang=xx",
    ] {
        let response = app.get(path, Some(&answerer)).await;
        assert_eq!(response.status, 400, "{path}: {}", response.text());
        let body = response.json();
        assert_eq!(body["error"]["code"], "invalid_lang", "{path}");
        assert_eq!(body["error"]["field"], "lang", "{path}");
    }
    // Empty means every language.
    let response = app
        .get("/api/v1/communities/ict/threads?lang=", Some(&answerer))
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
}
