//! Praxis in headless Chromium: keyboard journeys and axe-core scans of the
//! page types in each interface language. Needs Debian's `chromium` and
//! `chromium-driver` (`.ci/run` installs them); elsewhere the tests say they
//! are skipped.

mod accessibility;
mod harness;

use harness::{Session, browser_available};
use praxis_domain::Role;
use praxis_test_support::{PASSWORD, TestApp};
use serde_json::json;

const LANGUAGES: [&str; 3] = ["en", "nl", "fr"];

/// Opens a community (created by `moderator`, open to all).
async fn open_community(app: &TestApp, moderator: &str, slug: &str, name: &str) {
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": slug, "name": name, "kind": "sector",
                    "description": "Where buyers meet.", "membership": "open" }),
            Some(moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
}

/// A community with a question and an answer, and a member of it.
async fn seed(app: &TestApp) -> (String, String) {
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    open_community(app, &moderator, "ict", "ICT procurement").await;
    app.join("ict", &anna).await;
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
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
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
    open_community(app, &moderator, "ict", "ICT procurement").await;
    app.join("ict", &bob).await;

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
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
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

/// A moderated community with one member's reply, and a second community
/// the guest must never see. Returns (thread id, Bob's reply's post id,
/// Bob's token, the moderator's token).
async fn two_communities(app: &TestApp) -> (String, String, String, String) {
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let bob = app.with_member("bob@minfin.example.gov").await;
    for (slug, name) in [("legal", "Legal questions"), ("ict", "ICT procurement")] {
        open_community(app, &moderator, slug, name).await;
        app.join(slug, &bob).await;
    }
    let thread = app
        .post(
            "/api/v1/communities/legal/threads",
            json!({ "title": "May we extend a framework by a year?", "kind": "question",
                    "body": "Our framework ends in March.", "tags": [] }),
            Some(&moderator),
        )
        .await;
    assert_eq!(thread.status, 201, "{}", thread.text());
    let thread = thread.json()["id"].as_str().unwrap_or_default().to_owned();
    let reply = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "Buy cheap laptops from my cousin's shop!" }),
            Some(&bob),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let post = reply.json()["id"].as_str().unwrap_or_default().to_owned();
    (thread, post, bob, moderator)
}

async fn sign_in_by_keyboard(session: &Session, email: &str) {
    session.open("/login").await;
    session.key_in("#field-email", email).await;
    session.key_in("#field-password", PASSWORD).await;
    session.press_enter_and_wait().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_hides_a_post_by_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("hide-keyboard").await;
    let (thread, post, _, _) = two_communities(&session.app).await;
    sign_in_by_keyboard(&session, "mod@praxis.example").await;
    session.open(&format!("/threads/{thread}")).await;
    // The hide form sits in a <details>: Enter on its summary opens it.
    session
        .tab_to(
            &format!("#post-{post} details:has(form[action$=\"/hide\"]) summary"),
            120,
        )
        .await;
    session.press_enter().await;
    let opened = session
        .wait_until(&format!(
            "document.querySelector('#post-{post} details:has(form[action$=\"/hide\"])').open"
        ))
        .await;
    check!(session, "details", opened, "Enter opens the hide form");
    session
        .key_in(&format!("#hide-reason-{post}"), "Advertising.")
        .await;
    session.press_enter_and_wait().await;

    session.open(&format!("/threads/{thread}")).await;
    let page = session.source().await;
    check!(
        session,
        "hidden",
        page.contains("hidden-post"),
        "moderators still see the hidden post, marked"
    );
    // Other members see that a moderator hid it, not what it said.
    let carl = session.app.with_member("carl@minfin.example.gov").await;
    session.app.join("legal", &carl).await;
    let seen = session
        .app
        .get(&format!("/api/v1/threads/{thread}"), Some(&carl))
        .await
        .text();
    session.finish().await;
    assert!(!seen.contains("cheap laptops"), "{seen}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_shares_and_downloads_a_document_by_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("document-keyboard").await;
    two_communities(&session.app).await;
    let file = std::env::temp_dir().join(format!("praxis-lots-{}.txt", std::process::id()));
    std::fs::write(&file, "Three lots, by region.").expect("a file to upload");
    sign_in_by_keyboard(&session, "bob@minfin.example.gov").await;
    session.open("/communities/legal/documents").await;
    session
        .tab_to("a[href=\"/communities/legal/documents/new\"]", 80)
        .await;
    session.press_enter_and_wait().await;
    session.key_in("#field-title", "Lot plan").await;
    // A file field takes the path typed into it, as a keyboard user picks
    // the file in the dialog.
    session
        .key_in("#field-file", &file.display().to_string())
        .await;
    session
        .tab_to(
            "form[action=\"/communities/legal/documents\"] button[type=submit]",
            80,
        )
        .await;
    session.press_enter_and_wait().await;
    let page = session.source().await;
    check!(
        session,
        "shared",
        page.contains("Lot plan") && page.contains("/download"),
        "the document page offers the download"
    );
    let downloaded = session
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const link = document.querySelector('a[href$=\"/download\"]');
             fetch(link.href).then(r => r.text().then(t => done([r.status, t])))
               .catch(e => done([0, String(e)]));",
            vec![],
        )
        .await
        .expect("the download runs");
    let _ = std::fs::remove_file(&file);
    check!(
        session,
        "downloaded",
        downloaded == json!([200, "Three lots, by region."]),
        "the download gives the file back: {downloaded}"
    );
    session.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_guest_signs_up_and_sees_only_their_community_by_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("guest-keyboard").await;
    let (thread, _, _, _) = two_communities(&session.app).await;
    // Admins and the community's managers invite.
    let admin = session
        .app
        .with_role("admin@praxis.example", Role::Admin)
        .await;
    let invited = session
        .app
        .post(
            "/api/v1/communities/legal/invitations",
            json!({ "email": "lawyer@lawfirm.example", "role": "guest" }),
            Some(&admin),
        )
        .await;
    assert_eq!(invited.status, 201, "{}", invited.text());
    let link = session
        .app
        .last_mail_to("lawyer@lawfirm.example")
        .await
        .and_then(|m| m.link())
        .expect("an invitation link");
    session
        .client
        .goto(&link)
        .await
        .expect("the invitation opens");
    session.key_in("#field-display_name", "Lia Lawyer").await;
    session.key_in("#field-organisation", "Law Firm").await;
    session.key_in("#field-password", PASSWORD).await;
    session.press_enter_and_wait().await;
    // Guests accept the usage code too.
    if session.path().await.starts_with("/usage-code") {
        session
            .tab_to(
                "form[action=\"/usage-code/accept\"] button[type=submit]",
                80,
            )
            .await;
        session.press_enter_and_wait().await;
    }
    session.open(&format!("/threads/{thread}")).await;
    let page = session.source().await;
    check!(
        session,
        "reads",
        page.contains("May we extend a framework by a year?"),
        "the guest reads their community"
    );
    session.open("/communities/ict").await;
    let other = session.source().await;
    check!(
        session,
        "confined",
        !other.contains("Where buyers meet.") && !other.contains("ICT procurement</h1>"),
        "the guest cannot see another community"
    );
    session.open("/communities").await;
    let list = session.source().await;
    check!(
        session,
        "list",
        !list.contains("href=\"/communities/ict\""),
        "nor find it in the list"
    );
    session.finish().await;
}
