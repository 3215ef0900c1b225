//! /feedback from a page's footer, and /admin/feedback.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};

#[tokio::test]
async fn feedback_from_the_footer_reaches_the_moderators_who_answer() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    app.with_role("mod@praxis.example", Role::Moderator).await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let home = anna.get("/communities").await.text();
    assert!(home.contains("href=\"/feedback\""), "a footer link");
    let form = anna.get("/feedback").await;
    assert_eq!(form.status, 200);
    let empty = anna
        .submit("/feedback", &[("kind", "idea"), ("text", "")])
        .await;
    assert_eq!(empty.status, 400);
    assert!(empty.text().contains("id=\"error-text\""));
    let sent = anna
        .submit(
            "/feedback",
            &[
                ("kind", "idea"),
                ("text", "A dark mode, please."),
                ("page", "/communities"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303);

    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    let list = moderator.get("/admin/feedback?unanswered=on").await.text();
    assert!(
        list.contains("A dark mode, please.") && list.contains("on /communities"),
        "{list}"
    );
    let id = list
        .split("/admin/feedback/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("an answer form")
        .to_owned();
    let answered = moderator
        .submit(
            &format!("/admin/feedback/{id}/answer"),
            &[("answer", "On our list for 2027.")],
        )
        .await;
    assert_eq!(answered.status, 303);
    let mine = anna.get("/feedback").await.text();
    assert!(mine.contains("On our list for 2027."), "{mine}");
    assert_eq!(anna.get("/admin/feedback").await.status, 403);
}

#[tokio::test]
async fn moderators_see_the_indicators_page_with_a_table_and_a_csv_link() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            serde_json::json!({ "slug": "ict", "name": "ICT buyers", "kind": "sector", "description": "", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    let mut browser = Browser::new(&app);
    browser.sign_in("mod@praxis.example", PASSWORD).await;
    let page = browser.get("/moderation/indicators").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("Median time to a first reply") && html.contains("ICT buyers"),
        "{html}"
    );
    assert!(html.contains("/api/v1/indicators.csv?"));
    let wrong = browser.get("/moderation/indicators?from=not-a-date").await;
    assert_eq!(wrong.status, 400);
    app.with_member("anna@minfin.example.gov").await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert_eq!(anna.get("/moderation/indicators").await.status, 403);
}

#[tokio::test]
async fn help_pages_are_public_and_members_answer_was_this_useful_in_one_click() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    app.with_role("mod@praxis.example", Role::Moderator).await;
    let mut visitor = Browser::new(&app);
    let index = visitor.get("/help").await;
    assert_eq!(index.status, 200);
    assert!(index.text().contains("href=\"/help/getting-started\""));
    let page = visitor.get("/help/getting-started").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("<h1>Getting started</h1>"));
    assert!(
        !page.text().contains("Was this page useful?"),
        "visitors cannot answer"
    );
    assert_eq!(visitor.get("/help/nowhere").await.status, 404);

    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = anna.get("/help/documents").await;
    assert!(page.text().contains("Was this page useful?"));
    let voted = anna
        .submit("/help/documents/useful", &[("useful", "yes")])
        .await;
    assert_eq!(voted.status, 303);
    let back = voted.header("location").unwrap_or_default();
    assert!(
        back.starts_with("/help/documents?notice=help_vote_saved"),
        "{back}"
    );
    assert!(anna.get(&back).await.text().contains("Thank you"));

    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    let admin = moderator.get("/admin/feedback").await.text();
    assert!(
        admin.contains(
            "<th scope=\"row\"><a href=\"/help/documents\">Sharing documents</a></th><td>1</td><td>0</td>"
        ),
        "{admin}"
    );
}
