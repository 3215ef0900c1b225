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

#[tokio::test]
async fn the_community_page_filters_threads_by_language_and_keeps_the_choice() {
    let app = setup().await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    anna.get("/communities/ict").await;
    let joined = anna.submit("/communities/ict/join", &[]).await;
    assert_eq!(joined.status, 303, "{}", joined.text());
    let token = app.sign_in("anna@minfin.example.gov").await;
    // 31 Dutch threads (one more than a page) and an English one.
    for n in 0..31 {
        let created = app
            .post(
                "/api/v1/communities/ict/threads",
                serde_json::json!({
                    "title": format!("Gunningscriteria voor schoonmaakdiensten {n}"),
                    "body": "Hoe wegen jullie de prijs tegenover de kwaliteit bij een \
                             openbare aanbesteding? Wij twijfelen nog.",
                    "kind": "question",
                }),
                Some(&token),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text());
    }
    let created = app
        .post(
            "/api/v1/communities/ict/threads",
            serde_json::json!({
                "title": "Framework agreements for cloud hosting",
                "body": "How long may a framework agreement run, and may we extend it?",
                "kind": "discussion",
            }),
            Some(&token),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());

    // The filter: a labelled select in a GET form with a button.
    let page = anna.get("/communities/ict").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains(r#"<form method="get" action="/communities/ict""#),
        "{html}"
    );
    assert!(html.contains(r#"<label for="field-lang">Language</label>"#));
    assert!(html.contains(r#"<select id="field-lang" name="lang">"#));
    assert!(html.contains(r#"<option value="nl" lang="nl">Nederlands</option>"#));
    assert!(html.contains("Framework agreements for cloud hosting"));
    // Titles in another language than the page's carry it, with a badge.
    assert!(html.contains(r#"lang="nl">Gunningscriteria voor schoonmaakdiensten 30</a>"#));
    assert!(html.contains(r#"<span class="badge language" lang="nl">Nederlands</span>"#));

    let page = anna.get("/communities/ict?lang=nl").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains(r#"<option value="nl" lang="nl" selected>"#),
        "{html}"
    );
    assert!(!html.contains("Framework agreements for cloud hosting"));
    assert!(html.contains("(31)"));
    // The next page keeps the language.
    assert!(html.contains("lang=nl&amp;page=2"), "{html}");
    let next = anna
        .get("/communities/ict?filter=&tag=&lang=nl&page=2")
        .await;
    let html = next.text();
    assert!(html.contains("Gunningscriteria voor schoonmaakdiensten 0"));
    assert!(!html.contains("Framework agreements for cloud hosting"));
    assert!(html.contains("lang=nl&amp;page=1"));

    // Another filter of the page is kept by the language form.
    let html = anna
        .get("/communities/ict?filter=questions&lang=en")
        .await
        .text();
    assert!(html.contains(r#"<input type="hidden" name="filter" value="questions">"#));
    assert!(html.contains("(0)"));

    // An unknown language is a form error, not a failure.
    let page = anna.get("/communities/ict?lang=klingon").await;
    assert_eq!(page.status, 400);
    let html = page.text();
    assert!(
        html.contains(r##"<a href="#field-lang">Choose en, nl or fr.</a>"##),
        "{html}"
    );
    assert!(html.contains(r#"aria-invalid="true" aria-describedby="error-lang""#));
}
