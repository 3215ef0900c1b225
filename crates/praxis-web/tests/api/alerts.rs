//! /api/v1/moderation/alerts: dormant communities, questions waiting,
//! flags piling up.

use crate::community;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_worker_raises_alerts_once_and_moderators_dismiss_them() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let asker = app.with_member("anna@minfin.example.gov").await;
    let expert = app.with_member("eva@minfin.example.gov").await;
    let mut flaggers = Vec::new();
    for name in ["f1", "f2", "f3"] {
        flaggers.push(app.with_member(&format!("{name}@minfin.example.gov")).await);
    }
    for token in [&asker, &expert].into_iter().chain(flaggers.iter()) {
        app.join("ict", token).await;
    }
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "expertise": ["proc-open"] }),
            Some(&expert),
        )
        .await;
    assert_eq!(profile.status, 200);
    let asked = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "Time limits in an open procedure?", "body": "Minimum days?", "kind": "question", "expertise": ["proc-open"] }),
            Some(&asker),
        )
        .await;
    assert_eq!(asked.status, 201);
    let question = asked.json()["id"].as_str().expect("id").to_owned();
    let shown = app
        .get(&format!("/api/v1/threads/{question}"), Some(&asker))
        .await
        .json();
    let post = shown["posts"][0]["id"].as_str().expect("post").to_owned();
    for token in &flaggers {
        let flagged = app
            .post(
                &format!("/api/v1/posts/{post}/flags"),
                json!({ "reason": "off_topic" }),
                Some(token),
            )
            .await;
        assert_eq!(flagged.status, 201);
    }

    // Nothing yet: the community is active, the question is fresh.
    let now = praxis_app::alerts::raise(&app.app, chrono::Utc::now())
        .await
        .expect("alerts");
    assert_eq!(now, 1, "only the flags pile up");
    // A month later, without activity.
    let later =
        praxis_app::alerts::raise(&app.app, chrono::Utc::now() + chrono::Duration::days(31))
            .await
            .expect("alerts");
    assert_eq!(
        later, 3,
        "dormant, unanswered, and the flags again for that day"
    );

    let queue = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .json();
    let kinds: Vec<&str> = queue["alerts"]["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|a| a["kind"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        kinds.contains(&"dormant_community") && kinds.contains(&"unanswered_question"),
        "{kinds:?}"
    );
    let waiting = queue["alerts"]["items"]
        .as_array()
        .and_then(|items| {
            items
                .iter()
                .find(|a| a["kind"] == "unanswered_question")
                .cloned()
        })
        .expect("the waiting question");
    assert_eq!(waiting["thread_id"], question.as_str());
    assert_eq!(
        waiting["details"]["suggested"][0]["display_name"], "eva tester",
        "{waiting}"
    );

    assert_eq!(
        app.get("/api/v1/moderation/alerts", Some(&asker))
            .await
            .status,
        403
    );
    let id = waiting["id"].as_str().expect("id");
    let dismissed = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/moderation/alerts/{id}/dismiss"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(dismissed.status, 204);
    let again = app
        .call(
            axum::http::Method::POST,
            &format!("/api/v1/moderation/alerts/{id}/dismiss"),
            None,
            Some(&moderator),
        )
        .await;
    assert_eq!(again.status, 409);
    // Raised once: the same situation does not come back after dismissal.
    let repeat =
        praxis_app::alerts::raise(&app.app, chrono::Utc::now() + chrono::Duration::days(31))
            .await
            .expect("alerts");
    assert_eq!(repeat, 0);
    let open = app
        .get("/api/v1/moderation/alerts", Some(&moderator))
        .await
        .json();
    assert_eq!(open["total"], 3);
}

#[tokio::test]
async fn moderators_and_managers_who_ask_get_new_alerts_by_mail() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let quiet_moderator = app.with_role("quiet@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;

    let settings = app
        .get("/api/v1/me/notification-settings", Some(&moderator))
        .await
        .json();
    assert_eq!(settings["alert_mail"], false, "off until asked for");
    let on = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "alert_mail": true }),
            Some(&moderator),
        )
        .await;
    assert_eq!(on.status, 200, "{}", on.text());
    assert_eq!(on.json()["alert_mail"], true);
    assert_eq!(on.json()["email"], "daily", "the mail frequency is kept");
    // A member sees no alerts, so cannot ask for them.
    let refused = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "alert_mail": true }),
            Some(&member),
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.json()["error"]["code"], "not_a_moderator");
    // Once she manages ict, she may, and hears of ict's alerts.
    let anna = app.get("/api/v1/me", Some(&member)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let appointed = app
        .put(
            &format!("/api/v1/communities/ict/managers/{anna}"),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success());
    let manager = app.sign_in("anna@minfin.example.gov").await;
    let on = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "alert_mail": true }),
            Some(&manager),
        )
        .await;
    assert_eq!(on.status, 200, "{}", on.text());

    // ict has been silent for two months: one alert, one mail.
    let later = chrono::Utc::now() + chrono::Duration::days(60);
    let raised = praxis_app::alerts::raise(&app.app, later)
        .await
        .expect("alerts");
    assert_eq!(raised, 1);
    app.run_jobs().await;
    let mail = app
        .last_mail_to("mod@praxis.example")
        .await
        .expect("an alert mail");
    assert!(
        mail.subject.contains("no post for a month"),
        "{}",
        mail.subject
    );
    assert!(
        mail.link()
            .is_some_and(|l| l.ends_with("/moderation/queue"))
    );
    assert!(
        app.last_mail_to("anna@minfin.example.gov")
            .await
            .is_some_and(|m| m.subject.contains("no post for a month"))
    );
    assert!(app.last_mail_to("quiet@praxis.example").await.is_none());
    // Raised once, so mailed once.
    let before = app.mails().await.len();
    praxis_app::alerts::raise(&app.app, later)
        .await
        .expect("alerts");
    app.run_jobs().await;
    assert_eq!(app.mails().await.len(), before);
    drop(quiet_moderator);
}

#[tokio::test]
async fn admins_get_the_figures_of_the_month_on_its_first_day_once() {
    use chrono::TimeZone;
    let app = TestApp::new().await;
    let _admin = app.with_admin("admin@praxis.example").await;
    let hour = app.app.config.digest_hour_utc;
    let first = chrono::Utc
        .with_ymd_and_hms(2026, 12, 1, hour, 5, 0)
        .single()
        .expect("a time");
    let second_day = first + chrono::Duration::days(1);
    assert!(
        !praxis_app::indicators::send_monthly_report(&app.app, second_day)
            .await
            .expect("report"),
        "only on the first of the month"
    );
    assert!(
        praxis_app::indicators::send_monthly_report(&app.app, first)
            .await
            .expect("report")
    );
    assert!(
        !praxis_app::indicators::send_monthly_report(&app.app, first)
            .await
            .expect("report"),
        "once a month"
    );
    app.run_jobs().await;
    let mail = app
        .last_mail_to("admin@praxis.example")
        .await
        .expect("the report");
    assert!(mail.subject.contains("November 2026"), "{}", mail.subject);
    assert!(mail.body.contains("Members: "), "{}", mail.body);
    assert!(mail.body.contains("Median time to a first reply"));
    assert!(
        mail.link()
            .is_some_and(|l| l.contains("/moderation/indicators?from=2026-11-01&to=2026-11-30")),
        "{:?}",
        mail.link()
    );
}
