//! Praxis in headless Chromium: keyboard journeys and axe-core scans of the
//! page types in each interface language. Needs Debian's `chromium` and
//! `chromium-driver` (`.ci/run` installs them); elsewhere the tests say they
//! are skipped.

mod harness;

use harness::{Session, browser_available};
use praxis_domain::Role;
use praxis_test_support::{PASSWORD, TestApp};
use serde_json::json;

const LANGUAGES: [&str; 3] = ["en", "nl", "fr"];

/// A community with a question and an answer, and a member of it.
async fn seed(app: &TestApp) -> (String, String) {
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "ict", "name": "ICT procurement", "kind": "sector",
                    "description": "Buying software and cloud services.", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    for token in [&anna, &moderator] {
        app.call(
            axum::http::Method::POST,
            "/api/v1/communities/ict/join",
            None,
            Some(token),
        )
        .await;
    }
    let thread = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": "How many lots for a cloud framework?", "kind": "question",
                    "body": "We plan a framework agreement for cloud hosting.", "tags": ["cloud"] }),
            Some(&anna),
        )
        .await;
    assert_eq!(thread.status, 201, "{}", thread.text());
    let id = thread.json()["id"].as_str().unwrap_or_default().to_owned();
    let reply = app
        .post(
            &format!("/api/v1/threads/{id}/posts"),
            json!({ "body": "Three lots by region worked well for us." }),
            Some(&moderator),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    ("ict".to_owned(), id)
}

async fn choose_language(session: &Session, code: &str) {
    let current = session.path().await;
    if session
        .source()
        .await
        .contains(&format!("<html lang=\"{code}\""))
    {
        return;
    }
    session
        .click(&format!("form.language-switch button[value=\"{code}\"]"))
        .await;
    session
        .wait_until(&format!("document.documentElement.lang === '{code}'"))
        .await;
    let after = session.path().await;
    check!(
        session,
        "switch",
        after == current,
        "the switch brings the reader back: {after}"
    );
}

async fn sign_in(session: &Session, email: &str) {
    session.open("/login").await;
    session.fill("#field-email", email).await;
    session.fill("#field-password", PASSWORD).await;
    session.click("main form button[type=submit]").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_type_passes_axe_in_each_language() {
    if !browser_available() {
        return;
    }
    let session = Session::start("axe").await;
    let (community, thread) = seed(&session.app).await;
    let public = [
        "/login",
        "/register",
        "/password-reset",
        "/help",
        "/help/getting-started",
    ];
    let member = [
        "/".to_owned(),
        "/communities".to_owned(),
        format!("/communities/{community}"),
        format!("/communities/{community}/documents"),
        format!("/communities/{community}/members"),
        format!("/threads/{thread}"),
        "/unanswered".to_owned(),
        "/people".to_owned(),
        "/events".to_owned(),
        "/search?q=lots".to_owned(),
        "/me/profile".to_owned(),
        "/me/password".to_owned(),
        "/me/notifications".to_owned(),
        "/usage-code".to_owned(),
        "/notifications".to_owned(),
        "/helpdesk".to_owned(),
        "/feedback".to_owned(),
    ];
    let mut violations = Vec::new();
    session.open("/login").await;
    for lang in LANGUAGES {
        choose_language(&session, lang).await;
        for path in public {
            session.open(path).await;
            for found in session.accessibility_violations().await {
                violations.push(format!("[{lang}] {path}: {found}"));
            }
        }
    }
    sign_in(&session, "anna@minfin.example.gov").await;
    for lang in LANGUAGES {
        session.open("/").await;
        choose_language(&session, lang).await;
        for path in &member {
            session.open(path).await;
            let page = session.source().await;
            check!(
                session,
                "lang",
                page.contains(&format!("<html lang=\"{lang}\"")),
                "{path} is not in {lang}"
            );
            for found in session.accessibility_violations().await {
                violations.push(format!("[{lang}] {path}: {found}"));
            }
        }
    }
    if !violations.is_empty() {
        session.save_artifacts("violations").await;
    }
    session.finish().await;
    assert!(
        violations.is_empty(),
        "serious or critical axe violations:\n{}",
        violations.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_switches_to_dutch_and_french_with_the_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("language-keyboard").await;
    session.open("/login").await;
    // The skip link comes first, and leads to the main content.
    session.tab_to("a.skip-link", 3).await;
    session
        .tab_to("form.language-switch button[value=\"nl\"]", 40)
        .await;
    session.press_enter().await;
    session
        .wait_until("document.documentElement.lang === 'nl'")
        .await;
    let page = session.source().await;
    check!(
        session,
        "dutch",
        page.contains("<html lang=\"nl\""),
        "Dutch after Enter"
    );
    check!(
        session,
        "dutch-path",
        session.path().await == "/login",
        "still on the sign-in page"
    );
    session
        .tab_to("form.language-switch button[value=\"fr\"]", 40)
        .await;
    session.press_enter().await;
    session
        .wait_until("document.documentElement.lang === 'fr'")
        .await;
    let page = session.source().await;
    check!(
        session,
        "french",
        page.contains("<html lang=\"fr\""),
        "French after Enter"
    );
    check!(
        session,
        "french-text",
        page.contains("Se connecter"),
        "the menu is in French"
    );
    session.finish().await;
}

/// The journey the platform exists for, keyboard only: a buyer registers,
/// verifies their address from the mail, accepts the usage code, joins a
/// community and asks; a colleague answers; the asker accepts the answer;
/// search finds the question.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_asks_a_colleague_answers_and_search_finds_it_by_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("ask-answer-keyboard").await;
    let app = &session.app;
    praxis_app::accounts::operator::add_buyer_domain(&app.app, "minfin.example.gov")
        .await
        .expect("domain");
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let bob = app.with_member("bob@minfin.example.gov").await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "ict", "name": "ICT procurement", "kind": "sector",
                    "description": "Buying software and cloud services.", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    app.call(
        axum::http::Method::POST,
        "/api/v1/communities/ict/join",
        None,
        Some(&bob),
    )
    .await;

    // Register.
    session.open("/register").await;
    session
        .key_in("#field-email", "anna@minfin.example.gov")
        .await;
    session.key_in("#field-display_name", "Anna de Vries").await;
    session
        .key_in("#field-organisation", "Ministry of Finance")
        .await;
    session.key_in("#field-password", PASSWORD).await;
    session.press_enter_and_wait().await;
    check!(
        session,
        "registered",
        session.path().await == "/register/check-mail",
        "registration is confirmed"
    );

    // Verify from the mail, sign in, accept the usage code.
    let link = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .and_then(|m| m.link())
        .expect("a verification link");
    session.client.goto(&link).await.expect("link opens");
    session.open("/login").await;
    session
        .key_in("#field-email", "anna@minfin.example.gov")
        .await;
    session.key_in("#field-password", PASSWORD).await;
    session.press_enter_and_wait().await;
    check!(
        session,
        "usage-code",
        session.path().await.starts_with("/usage-code"),
        "a new member reads the usage code first"
    );
    session
        .tab_to(
            "form[action=\"/usage-code/accept\"] button[type=submit]",
            80,
        )
        .await;
    session.press_enter_and_wait().await;

    // Join the community and ask.
    session.open("/communities/ict").await;
    session
        .tab_to(
            "form[action=\"/communities/ict/join\"] button[type=submit]",
            80,
        )
        .await;
    session.press_enter_and_wait().await;
    session.open("/communities/ict").await;
    session
        .tab_to("a[href=\"/communities/ict/threads/new\"]", 80)
        .await;
    session.press_enter_and_wait().await;
    session
        .key_in(
            "#field-title",
            "How many lots for a cloud hosting framework?",
        )
        .await;
    session
        .key_in(
            "#field-body",
            "We plan a framework agreement for cloud hosting.",
        )
        .await;
    session
        .tab_to(
            "form[action=\"/communities/ict/threads\"] button[type=submit]",
            80,
        )
        .await;
    session.press_enter_and_wait().await;
    let thread_path = session.path().await;
    check!(
        session,
        "asked",
        thread_path.starts_with("/threads/"),
        "the question is published: {thread_path}"
    );
    let thread = thread_path
        .trim_start_matches("/threads/")
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();

    // A colleague answers; the asker accepts the answer.
    let answer = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "Three lots by region worked well for us." }),
            Some(&bob),
        )
        .await;
    assert_eq!(answer.status, 201, "{}", answer.text());
    session.open(&format!("/threads/{thread}")).await;
    session
        .tab_to(
            &format!("form[action=\"/threads/{thread}/accept\"] button[type=submit]"),
            120,
        )
        .await;
    session.press_enter_and_wait().await;
    session.open(&format!("/threads/{thread}")).await;
    let page = session.source().await;
    check!(
        session,
        "accepted",
        page.contains("class=\"post accepted"),
        "the answer is marked accepted"
    );

    // Search finds the question.
    session.tab_to("#site-search", 40).await;
    session.type_text("cloud hosting lots").await;
    session.press_enter_and_wait().await;
    let results = session.source().await;
    check!(
        session,
        "search",
        results.contains("How many lots for a cloud hosting framework?")
            && results.contains(&format!("/threads/{thread}")),
        "search finds the question"
    );
    session.finish().await;
}
