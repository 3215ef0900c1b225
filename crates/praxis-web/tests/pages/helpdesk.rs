//! /helpdesk: a member asks; the helpdesk answers and publishes.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

#[tokio::test]
async fn a_member_asks_the_helpdesk_which_publishes_the_question_anonymised() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "legal", "name": "Legal", "kind": "policy", "description": "", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    app.with_role("desk@praxis.example", Role::Helpdesk).await;
    app.with_member("anna@minfin.example.gov").await;

    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert_eq!(anna.get("/helpdesk").await.status, 200);
    let empty = anna
        .submit("/helpdesk/questions", &[("subject", ""), ("body", "")])
        .await;
    assert_eq!(empty.status, 400);
    assert!(empty.text().contains("id=\"error-subject\""));
    let sent = anna
        .submit(
            "/helpdesk/questions",
            &[
                ("subject", "Price revision in a long framework"),
                (
                    "body",
                    "How do others index prices in a six-year framework?",
                ),
                ("private_details", "Our case: 2026-77"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let question_path = sent
        .header("location")
        .unwrap_or_default()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let mine = anna.get(&question_path).await.text();
    assert!(mine.contains("Waiting for the helpdesk") && mine.contains("2026-77"));

    let mut desk = Browser::new(&app);
    desk.sign_in("desk@praxis.example", PASSWORD).await;
    let queue = desk.get("/helpdesk?status=open").await.text();
    assert!(
        queue.contains("Price revision in a long framework"),
        "{queue}"
    );
    desk.get(&question_path).await;
    let published = desk
        .submit(
            &format!("{question_path}/publish"),
            &[("community", "legal"), ("anonymise", "on")],
        )
        .await;
    assert_eq!(published.status, 303, "{}", published.text());
    let thread = desk
        .get(published.header("location").unwrap_or_default().as_str())
        .await
        .text();
    assert!(thread.contains("How do others index prices") && thread.contains("Helpdesk"));
    assert!(
        !thread.contains("2026-77") && !thread.contains("anna tester"),
        "{thread}"
    );
    let after = anna.get(&question_path).await.text();
    assert!(after.contains("Open for discussion") && after.contains("the discussion"));
}
