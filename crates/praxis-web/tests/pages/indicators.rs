//! /moderation/indicators: the dashboard with its charts and their tables,
//! for moderators and for managers of a community.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

const MANAGER: &str = "mia@minfin.example.gov";

async fn two_communities() -> TestApp {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    for (slug, name) in [("ict", "ICT & cloud"), ("health", "Hospitals")] {
        let created = app
            .post(
                "/api/v1/communities",
                json!({ "slug": slug, "name": name, "kind": "sector", "description": "", "membership": "open" }),
                Some(&moderator),
            )
            .await;
        assert_eq!(created.status, 201);
    }
    let mia = app.with_member(MANAGER).await;
    app.join("ict", &mia).await;
    let id = app.get("/api/v1/me", Some(&mia)).await.json()["id"].clone();
    let appointed = app
        .put(
            &format!(
                "/api/v1/communities/ict/managers/{}",
                id.as_str().unwrap_or("")
            ),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success());
    let posted = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Cloud exit clauses", "body": "Who has one?", "kind": "question" }),
            Some(&mia),
        )
        .await;
    assert_eq!(posted.status, 201, "{}", posted.text());
    app
}

#[tokio::test]
async fn moderators_see_charts_each_with_its_table() {
    let app = two_communities().await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    let page = moderator.get("/moderation/indicators").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    let charts = html.matches("<svg class=\"chart\" role=\"img\"").count();
    assert_eq!(
        charts, 4,
        "posts, active members, first reply, busiest communities"
    );
    assert_eq!(
        html.matches("<summary>The figures as a table</summary>")
            .count(),
        charts
    );
    // Names reach the SVG escaped, and the table says the same.
    assert!(html.contains("ICT &amp; cloud"), "{html}");
    assert!(html.contains("<th scope=\"row\">Week of "));
    // Hospitals has never had a post.
    assert!(html.contains("<h2>Dormant communities</h2>"));
}

#[tokio::test]
async fn a_manager_sees_the_dashboard_of_their_community_only() {
    let app = two_communities().await;
    let mut mia = Browser::new(&app);
    mia.sign_in(MANAGER, PASSWORD).await;
    let home = mia.get("/").await.text();
    assert!(
        home.contains("href=\"/moderation/indicators\""),
        "managers find their dashboard in the menu"
    );
    let page = mia.get("/moderation/indicators").await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    assert!(html.contains("Indicators of ict"), "{html}");
    assert!(!html.contains("Hospitals"), "another community stays out");
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 3);
    // A community she does not belong to answers like one that does not exist.
    let other = mia.get("/moderation/indicators?community=health").await;
    assert_eq!(other.status, 404);
}
