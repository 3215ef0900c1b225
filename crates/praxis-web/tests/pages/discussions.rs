//! The core loop through the pages: join, ask, answer, accept, be notified.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};

async fn setup() -> TestApp {
    let app = TestApp::new().await;
    app.with_role("mod@praxis.example", Role::Moderator).await;
    app.with_member("anna@minfin.example.gov").await;
    app.with_member("julien@economie.example.gov").await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    moderator.get("/communities/new").await;
    let created = moderator
        .submit(
            "/communities",
            &[
                ("name", "ICT and digital services"),
                ("slug", "ict"),
                ("kind", "sector"),
                ("membership", "open"),
                ("description", "Cloud, software and *digital* services."),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    assert_eq!(
        created.header("location").as_deref(),
        Some("/communities/ict")
    );
    app
}

#[tokio::test]
async fn a_member_joins_asks_gets_an_answer_and_accepts_it_in_the_browser() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;

    // Onboarding: no community yet, suggestions offered.
    let home = anna.get("/").await.text();
    assert!(home.contains("Join at least one"), "{home}");
    assert!(home.contains("ICT and digital services"));

    let directory = anna.get("/communities").await;
    assert!(directory.text().contains("ICT and digital services"));
    let joined = anna.submit("/communities/ict/join", &[]).await;
    assert_eq!(joined.status, 303);
    let page = anna.get("/communities/ict?notice=joined").await.text();
    assert!(page.contains("Welcome to the community."));
    assert!(page.contains("Ask a question or start a discussion"));

    anna.get("/communities/ict/threads/new").await;
    let asked = anna
        .submit(
            "/communities/ict/threads",
            &[
                ("kind", "question"),
                ("title", "Can a cloud framework run for six years?"),
                (
                    "body",
                    "Our framework agreement for cloud hosting ends soon. **Six years** possible?",
                ),
                ("tags", "framework-agreement, cloud"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303);
    let thread_path = asked.header("location").expect("thread location");
    let thread_page = anna.get(&thread_path).await.text();
    assert!(thread_page.contains("<strong>Six years</strong>"));
    assert!(thread_page.contains("#framework-agreement"));

    let mut julien = Browser::new(&app);
    julien
        .sign_in("julien@economie.example.gov", PASSWORD)
        .await;
    julien.get("/communities/ict").await;
    julien.submit("/communities/ict/join", &[]).await;
    let unanswered = julien.get("/unanswered").await.text();
    assert!(unanswered.contains("Can a cloud framework run for six years?"));
    julien.get(&thread_path).await;
    let thread_id = thread_path.trim_start_matches("/threads/");
    let answered = julien
        .submit(
            &format!("/threads/{thread_id}/posts"),
            &[(
                "body",
                "Only exceptionally: art. 33(1) caps it at four years unless justified.",
            )],
        )
        .await;
    assert_eq!(answered.status, 303);

    // Anna sees the unread counter and the notification.
    let page = anna.get("/").await.text();
    assert!(
        page.contains(
            "<span aria-hidden=\"true\">1</span><span class=\"visually-hidden\">1 unread</span>"
        ),
        "{page}"
    );
    let notifications = anna.get("/notifications").await.text();
    assert!(notifications.contains("replied in your thread"));

    let page = anna.get(&thread_path).await.text();
    assert!(page.contains("Accept this answer"));
    let post_id = page
        .split("name=\"post_id\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an answer to accept")
        .to_owned();
    let accepted = anna
        .submit(
            &format!("/threads/{thread_id}/accept"),
            &[("post_id", &post_id)],
        )
        .await;
    assert_eq!(accepted.status, 303);
    let page = anna.get(&thread_path).await.text();
    assert!(page.contains("Accepted answer"));
    // The accepted answer comes right after the question.
    let question_at = page.find("Six years").unwrap_or(0);
    let accepted_at = page
        .find("<h2 id=\"accepted-title\">")
        .unwrap_or(usize::MAX);
    let replies_at = page.find("<h2 id=\"replies-title\">").unwrap_or(0);
    assert!(question_at < accepted_at && accepted_at < replies_at);

    // Julien marks nothing of his own as helpful but can follow; Anna finds it helpful.
    let helpful = anna
        .submit(&format!("/posts/{post_id}/helpful"), &[("on", "true")])
        .await;
    assert_eq!(helpful.status, 303);
    assert!(anna.get(&thread_path).await.text().contains("Helpful (1)"));
}

#[tokio::test]
async fn a_reply_with_an_empty_body_keeps_the_thread_page_with_an_error() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    anna.get("/communities/ict").await;
    anna.submit("/communities/ict/join", &[]).await;
    anna.get("/communities/ict/threads/new").await;
    let asked = anna
        .submit(
            "/communities/ict/threads",
            &[
                ("kind", "discussion"),
                ("title", "Sharing our cloud exit plan"),
                ("body", "Here it is."),
            ],
        )
        .await;
    let thread_path = asked.header("location").expect("location");
    anna.get(&thread_path).await;
    let id = thread_path.trim_start_matches("/threads/");
    let empty = anna
        .submit(&format!("/threads/{id}/posts"), &[("body", "   ")])
        .await;
    assert_eq!(empty.status, 400);
    assert!(empty.text().contains("There is a problem"));
    assert!(empty.text().contains("Sharing our cloud exit plan"));
}

#[tokio::test]
async fn edits_are_kept_in_the_history_page() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    anna.get("/communities/ict").await;
    anna.submit("/communities/ict/join", &[]).await;
    anna.get("/communities/ict/threads/new").await;
    let asked = anna
        .submit(
            "/communities/ict/threads",
            &[
                ("kind", "discussion"),
                ("title", "Lessons from our DPS"),
                ("body", "First draft"),
            ],
        )
        .await;
    let thread_path = asked.header("location").expect("location");
    let page = anna.get(&thread_path).await.text();
    let post_id = page
        .split("/posts/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("a post link")
        .to_owned();
    anna.get(&format!("/posts/{post_id}/edit")).await;
    let saved = anna
        .submit(
            &format!("/posts/{post_id}/edit"),
            &[("body", "Second draft")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let history = anna.get(&format!("/posts/{post_id}/history")).await.text();
    assert!(history.contains("First draft"));
    assert!(history.contains("Second draft"));
    // Someone else cannot open the edit form.
    let mut julien = Browser::new(&app);
    julien
        .sign_in("julien@economie.example.gov", PASSWORD)
        .await;
    julien.get("/communities/ict").await;
    julien.submit("/communities/ict/join", &[]).await;
    assert_eq!(
        julien.get(&format!("/posts/{post_id}/edit")).await.status,
        403
    );
}

#[tokio::test]
async fn non_members_see_the_directory_entry_but_not_the_threads() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = anna.get("/communities/ict").await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("visible to its members only"));
    assert_eq!(anna.get("/communities/ict/members").await.status, 404);
    assert_eq!(anna.get("/communities/nope").await.status, 404);
}

#[tokio::test]
async fn mail_settings_are_chosen_on_the_notifications_page() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    anna.get("/notifications").await;
    let saved = anna
        .submit("/me/notifications", &[("email", "immediate")])
        .await;
    assert_eq!(saved.status, 303);
    let page = anna.get("/notifications").await.text();
    assert!(page.contains("value=\"immediate\" checked"));
}

#[tokio::test]
async fn moderators_tick_alerts_by_mail_where_members_see_no_such_box() {
    let app = setup().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;
    let page = moderator.get("/notifications").await.text();
    assert!(page.contains("name=\"alert_mail\""), "{page}");
    let saved = moderator
        .submit(
            "/me/notifications",
            &[("email", "weekly"), ("alert_mail", "on")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let token = app.sign_in("mod@praxis.example").await;
    let settings = app
        .get("/api/v1/me/notification-settings", Some(&token))
        .await
        .json();
    assert_eq!(settings["alert_mail"], true, "{settings}");
    assert_eq!(settings["email"], "weekly");
    // Unticked: off again.
    moderator.get("/notifications").await;
    moderator
        .submit("/me/notifications", &[("email", "weekly")])
        .await;
    let settings = app
        .get("/api/v1/me/notification-settings", Some(&token))
        .await
        .json();
    assert_eq!(settings["alert_mail"], false);

    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert!(
        !anna
            .get("/notifications")
            .await
            .text()
            .contains("alert_mail")
    );
}
