//! Verifying an answer and asking practitioners from the thread page, and
//! /admin/experts.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

#[tokio::test]
async fn an_expert_verifies_from_the_thread_page_and_a_member_asks_a_practitioner() {
    let app = TestApp::new().await;
    app.with_admin("admin@praxis.example").await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "ict", "name": "ICT", "kind": "sector", "description": "", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    let mut tokens = Vec::new();
    for email in [
        "anna@minfin.example.gov",
        "bob@minfin.example.gov",
        "eva@minfin.example.gov",
    ] {
        let token = app.with_member(email).await;
        app.join("ict", &token).await;
        tokens.push(token);
    }
    let eva_profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "expertise": ["proc-open"] }),
            Some(&tokens[2]),
        )
        .await;
    assert_eq!(eva_profile.status, 200);
    let thread = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Minimum time limit for tenders?", "body": "In an open procedure.", "kind": "question", "expertise": ["proc-open"] }),
            Some(&tokens[0]),
        )
        .await
        .json()["id"]
        .as_str()
        .expect("thread")
        .to_owned();
    let answer = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "35 days from the notice." }),
            Some(&tokens[1]),
        )
        .await
        .json()["id"]
        .as_str()
        .expect("post")
        .to_owned();

    // The admin designates Eva through /admin/experts.
    let mut admin = Browser::new(&app);
    admin.sign_in("admin@praxis.example", PASSWORD).await;
    assert_eq!(admin.get("/admin/experts").await.status, 200);
    let designated = admin
        .submit(
            "/admin/experts",
            &[
                ("email", "eva@minfin.example.gov"),
                ("expertise-proc-open", "on"),
            ],
        )
        .await;
    assert_eq!(designated.status, 303, "{}", designated.text());
    assert!(
        admin
            .get("/admin/experts")
            .await
            .text()
            .contains("eva tester")
    );

    // Eva sees the form under the answer and verifies it.
    let mut eva = Browser::new(&app);
    eva.sign_in("eva@minfin.example.gov", PASSWORD).await;
    let page = eva.get(&format!("/threads/{thread}")).await.text();
    assert!(
        page.contains(&format!("action=\"/posts/{answer}/verification\"")),
        "{page}"
    );
    let verified = eva
        .submit(
            &format!("/posts/{answer}/verification"),
            &[
                ("reference", "Directive 2014/24/EU art. 27"),
                ("reference_url", ""),
                ("review_by", "2040-06-30"),
            ],
        )
        .await;
    assert_eq!(verified.status, 303, "{}", verified.text());

    // Anna sees the badge and asks Eva to answer too.
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = anna.get(&format!("/threads/{thread}")).await.text();
    assert!(
        page.contains("Directive 2014/24/EU art. 27") && page.contains(">Verified<"),
        "{page}"
    );
    assert!(
        !page.contains(&format!("action=\"/posts/{answer}/verification\"")),
        "no form for non-experts"
    );
    let eva_id = app.get("/api/v1/me", Some(&tokens[2])).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert!(
        page.contains(&format!("name=\"ask-{eva_id}\"")),
        "Eva is suggested: {page}"
    );
    let asked = anna
        .submit(
            &format!("/threads/{thread}/expert-requests"),
            &[(&format!("ask-{eva_id}"), "on")],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let page = anna.get(&format!("/threads/{thread}")).await.text();
    assert!(page.contains("Practitioners asked to answer") && page.contains("not yet answered"));
    let listed = anna.get("/communities/ict/verified-answers").await;
    assert_eq!(listed.status, 200);
    assert!(listed.text().contains("Minimum time limit for tenders?"));
}
