//! /search, /people, /me/profile's expertise, and the moderation forms of
//! the thread page.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

const MODERATOR: &str = "mod@praxis.example";
const ANNA: &str = "anna@minfin.example.gov";
const JULIEN: &str = "julien@economie.example.gov";

/// Tokens of the people in every test.
struct World {
    app: TestApp,
    moderator: String,
    anna: String,
    julien: String,
}

/// A platform moderator, and two members of the open community `ict`.
async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role(MODERATOR, Role::Moderator).await;
    let anna = app.with_member(ANNA).await;
    let julien = app.with_member(JULIEN).await;
    community(&app, &moderator, "ict", "ICT and digital services").await;
    for token in [&anna, &julien] {
        let joined = app
            .call(
                axum::http::Method::POST,
                "/api/v1/communities/ict/join",
                None,
                Some(token),
            )
            .await;
        assert_eq!(joined.status, 200, "{}", joined.text());
    }
    World {
        app,
        moderator,
        anna,
        julien,
    }
}

async fn community(app: &TestApp, moderator: &str, slug: &str, name: &str) {
    let created = app
        .post(
            "/api/v1/communities",
            json!({
                "slug": slug,
                "name": name,
                "kind": "sector",
                "description": "Where buyers of this sector meet.",
                "membership": "open",
            }),
            Some(moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
}

/// Starts a thread through the API; returns its id.
async fn thread(app: &TestApp, token: &str, title: &str, body: &str) -> String {
    let created = app
        .post(
            "/api/v1/communities/ict/threads",
            json!({ "title": title, "body": body, "kind": "question" }),
            Some(token),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    created.json()["id"].as_str().expect("thread id").to_owned()
}

/// Replies through the API; returns the post id.
async fn reply(app: &TestApp, token: &str, thread: &str, body: &str) -> String {
    let created = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": body }),
            Some(token),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    created.json()["id"].as_str().expect("post id").to_owned()
}

/// A redirect's target without its `#fragment` (which a request never carries).
fn location(response: &praxis_test_support::TestResponse) -> String {
    let location = response.header("location").expect("a redirect");
    location.split('#').next().unwrap_or_default().to_owned()
}

/// The text of the results page's `<p role="status">` count line.
fn result_count(page: &str) -> String {
    page.split("<p role=\"status\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The names in the people directory's list.
fn people_listed(page: &str) -> Vec<String> {
    page.split("<a class=\"person-name\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once("\">"))
        .filter_map(|(_, rest)| rest.split("</a>").next())
        .map(str::to_owned)
        .collect()
}

/// The snippets of the results page.
fn snippets(page: &str) -> Vec<String> {
    page.split("<p class=\"snippet\">")
        .skip(1)
        .filter_map(|rest| rest.split("</p>").next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_member_finds_a_thread_on_the_results_page_and_bad_filters_are_explained() {
    let w = world().await;
    let mut anna = Browser::new(&w.app);
    anna.sign_in(ANNA, PASSWORD).await;

    // The header's search box comes with the suggestions script.
    let home = anna.get("/").await.text();
    assert!(home.contains("id=\"site-search\""), "{home}");
    assert!(
        home.contains("<script src=\"/static/search.js\" defer></script>"),
        "{home}"
    );
    let script = anna.get("/static/search.js").await;
    assert_eq!(script.status, 200);
    assert!(
        script
            .header("content-type")
            .is_some_and(|t| t.contains("javascript")),
        "{:?}",
        script.header("content-type")
    );
    assert!(script.text().contains("aria-activedescendant"));

    anna.get("/communities/ict/threads/new").await;
    let asked = anna
        .submit(
            "/communities/ict/threads",
            &[
                ("kind", "question"),
                ("title", "Leasing multifunction printers"),
                (
                    "body",
                    "Our lease of the office printers ends in spring. Buy or lease again?",
                ),
                ("tags", "printing"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let thread_path = location(&asked);

    let found = anna.get("/search?q=printers").await;
    assert_eq!(found.status, 200);
    let page = found.text();
    assert!(
        page.contains(&format!(
            "<a class=\"result-title\" href=\"{thread_path}\">Leasing multifunction printers</a>"
        )),
        "{page}"
    );
    assert!(
        snippets(&page).iter().any(|s| s.contains("<mark>")),
        "{page}"
    );
    assert_eq!(result_count(&page), "1 result.", "{page}");

    // Nothing found is said so, with a count of 0.
    let nothing = anna.get("/search?q=zeppelinhangar").await.text();
    assert_eq!(result_count(&nothing), "0 results.", "{nothing}");
    assert!(nothing.contains("Nothing found"));

    // A filter typed into the address by hand: a message, not a failure.
    let bad = anna.get("/search?q=printers&type=wiki").await;
    assert_eq!(bad.status, 200, "{}", bad.text());
    let bad = bad.text();
    assert!(bad.contains("role=\"alert\""), "{bad}");
    assert!(
        bad.contains("Choose thread, post, document or person."),
        "{bad}"
    );
    assert!(!bad.contains("class=\"result-title\""), "{bad}");
    let bad_date = anna.get("/search?q=printers&from=yesterday").await;
    assert_eq!(bad_date.status, 200, "{}", bad_date.text());
    assert!(bad_date.text().contains("role=\"alert\""));
}

#[tokio::test]
async fn expertise_ticked_on_the_profile_form_finds_the_member_in_the_directory() {
    let w = world().await;
    let mut anna = Browser::new(&w.app);
    anna.sign_in(ANNA, PASSWORD).await;

    let form = anna.get("/me/profile").await.text();
    assert!(
        form.contains("name=\"expertise-cpv-72\" value=\"on\">"),
        "{form}"
    );
    let saved = anna
        .submit(
            "/me/profile",
            &[
                ("display_name", "Anna Jansen"),
                ("organisation", "Ministerie van Financiën"),
                ("region", ""),
                ("languages", "nl, en"),
                ("bio", "I buy software."),
                ("locale", "en"),
                ("expertise-cpv-72", "on"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let form = anna.get("/me/profile?notice=profile_saved").await.text();
    assert!(
        form.contains("name=\"expertise-cpv-72\" value=\"on\" checked>"),
        "{form}"
    );

    // Julien claims nothing: the filter leaves him out.
    let mut julien = Browser::new(&w.app);
    julien.sign_in(JULIEN, PASSWORD).await;
    let everyone = julien.get("/people").await.text();
    let listed = people_listed(&everyone);
    assert!(listed.contains(&"Anna Jansen".to_owned()), "{everyone}");
    assert!(listed.contains(&"julien tester".to_owned()), "{everyone}");
    let directory = julien.get("/people?expertise=cpv-72").await;
    assert_eq!(directory.status, 200);
    let directory = directory.text();
    assert_eq!(people_listed(&directory), ["Anna Jansen"], "{directory}");
    assert!(directory.contains("1 member"), "{directory}");
    // The chosen expertise stays selected in the filter.
    assert!(
        directory.contains("<option value=\"cpv-72\" selected>"),
        "{directory}"
    );
    let profile_path = directory
        .split("<a class=\"person-name\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to Anna's profile")
        .to_owned();
    assert!(profile_path.starts_with("/people/"), "{profile_path}");

    let profile = julien.get(&profile_path).await;
    assert_eq!(profile.status, 200);
    let profile = profile.text();
    assert!(profile.contains("<h1>Anna Jansen</h1>"), "{profile}");
    assert!(
        profile.contains(
            "<a class=\"tag\" href=\"/people?expertise=cpv-72\">72 IT services: consulting, software development, Internet and support</a>"
        ),
        "{profile}"
    );
    assert!(profile.contains("Communities you share"));
    assert!(profile.contains("ICT and digital services"), "{profile}");

    // An unknown expertise code is explained, not a failure.
    let bad = julien.get("/people?expertise=cpv-999").await;
    assert_eq!(bad.status, 200, "{}", bad.text());
    assert!(bad.text().contains("role=\"alert\""));
    assert_eq!(julien.get("/people/999999").await.status, 404);
}

#[tokio::test]
async fn a_moderator_hides_a_reply_from_members_and_from_search() {
    let w = world().await;
    let id = thread(
        &w.app,
        &w.anna,
        "Cleaning contract renewal",
        "Who has renewed a cleaning contract lately?",
    )
    .await;
    let post = reply(
        &w.app,
        &w.julien,
        &id,
        "Our quokkaclause named the incumbent bidder.",
    )
    .await;
    let thread_path = format!("/threads/{id}");
    let hide_action = format!("action=\"/posts/{post}/hide\"");

    let mut anna = Browser::new(&w.app);
    anna.sign_in(ANNA, PASSWORD).await;
    let before = anna.get(&thread_path).await.text();
    assert!(before.contains("quokkaclause"), "{before}");
    assert!(!before.contains(&hide_action), "{before}");
    assert!(!before.contains("/hide\""), "{before}");
    assert!(!before.contains("Moderate this thread"), "{before}");
    assert_eq!(
        result_count(&anna.get("/search?q=quokkaclause").await.text()),
        "1 result."
    );
    // A member may not hide even when posting the form by hand.
    let refused = anna
        .submit(
            &format!("/posts/{post}/hide"),
            &[("reason", "I dislike it")],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());

    let mut moderator = Browser::new(&w.app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let page = moderator.get(&thread_path).await.text();
    assert!(page.contains(&hide_action), "{page}");
    assert!(page.contains("Moderate this thread"), "{page}");
    let hidden = moderator
        .submit(
            &format!("/posts/{post}/hide"),
            &[("reason", "Names a bidder in a running procedure")],
        )
        .await;
    assert_eq!(hidden.status, 303, "{}", hidden.text());
    let after = moderator.get(&location(&hidden)).await.text();
    assert!(after.contains("The post is hidden from members"), "{after}");
    // Moderators still read it, marked, and can show it again.
    assert!(after.contains("quokkaclause"), "{after}");
    assert!(after.contains("Hidden from members"), "{after}");
    assert!(
        after.contains(&format!("action=\"/posts/{post}/restore\"")),
        "{after}"
    );

    let member_view = anna.get(&thread_path).await.text();
    assert!(
        member_view.contains("This post was hidden by a moderator"),
        "{member_view}"
    );
    assert!(!member_view.contains("quokkaclause"), "{member_view}");
    let search = anna.get("/search?q=quokkaclause").await.text();
    assert_eq!(result_count(&search), "0 results.", "{search}");
    assert!(!search.contains(&thread_path), "{search}");
    let api = w
        .app
        .get("/api/v1/search?q=quokkaclause", Some(&w.anna))
        .await
        .json();
    assert_eq!(api["total"], 0, "{api}");

    // The audit log page tells who hid what and why; members cannot open it.
    let log = moderator.get("/moderation/audit-log").await;
    assert_eq!(log.status, 200);
    let log = log.text();
    assert!(log.contains("Post hidden"), "{log}");
    assert!(
        log.contains("Names a bidder in a running procedure"),
        "{log}"
    );
    assert!(log.contains("ICT and digital services"), "{log}");
    let filtered = moderator
        .get("/moderation/audit-log?action=thread_moved")
        .await
        .text();
    assert!(filtered.contains("0 entries."), "{filtered}");
    assert_eq!(anna.get("/moderation/audit-log").await.status, 403);
}

#[tokio::test]
async fn a_moderator_moves_a_thread_with_the_page_form() {
    let w = world().await;
    community(&w.app, &w.moderator, "health", "Health and care").await;
    let id = thread(
        &w.app,
        &w.anna,
        "Buying infusion pumps",
        "Which lots did you use?",
    )
    .await;
    let thread_path = format!("/threads/{id}");

    let mut moderator = Browser::new(&w.app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let page = moderator.get(&thread_path).await.text();
    assert!(
        page.contains("<a href=\"/communities/ict\">ICT and digital services</a></nav>"),
        "{page}"
    );
    assert!(
        page.contains(&format!("action=\"/threads/{id}/move\"")),
        "{page}"
    );

    // A community that does not exist is explained, and nothing moves.
    let unknown = moderator
        .submit(
            &format!("/threads/{id}/move"),
            &[("community", "nowhere"), ("reason", "")],
        )
        .await;
    assert_eq!(unknown.status, 400, "{}", unknown.text());
    assert!(
        unknown
            .text()
            .contains("There is no community with that address that you moderate."),
        "{}",
        unknown.text()
    );

    moderator.get(&thread_path).await;
    let moved = moderator
        .submit(
            &format!("/threads/{id}/move"),
            &[("community", "health"), ("reason", "Medical devices")],
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.text());
    let page = moderator.get(&location(&moved)).await.text();
    assert!(page.contains("The thread has been moved."), "{page}");
    assert!(
        page.contains(
            "<nav aria-label=\"Breadcrumb\" class=\"breadcrumb\"><a href=\"/communities/health\">Health and care</a></nav>"
        ),
        "{page}"
    );

    // A member of the new community finds it there.
    let mut julien = Browser::new(&w.app);
    julien.sign_in(JULIEN, PASSWORD).await;
    julien.get("/communities/health").await;
    assert_eq!(
        julien.submit("/communities/health/join", &[]).await.status,
        303
    );
    let page = julien.get(&thread_path).await.text();
    assert!(
        page.contains("<a href=\"/communities/health\">Health and care</a></nav>"),
        "{page}"
    );

    // A member sees no move form and cannot post one.
    assert!(!page.contains("/move\""), "{page}");
    let refused = julien
        .submit(&format!("/threads/{id}/move"), &[("community", "ict")])
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());
}

#[tokio::test]
async fn a_member_reports_a_post_and_a_moderator_decides_it_from_the_queue() {
    let w = world().await;
    let id = thread(
        &w.app,
        &w.anna,
        "Printer lots",
        "How many lots for printers?",
    )
    .await;
    let post = reply(&w.app, &w.julien, &id, "Buy SupplierCo printers today!").await;
    let thread_path = format!("/threads/{id}");

    let mut anna = Browser::new(&w.app);
    anna.sign_in(ANNA, PASSWORD).await;
    let page = anna.get(&thread_path).await.text();
    assert!(
        page.contains(&format!("action=\"/posts/{post}/flags\"")),
        "{page}"
    );
    let sent = anna
        .submit(
            &format!("/posts/{post}/flags"),
            &[("reason", "commercial"), ("text", "An advert")],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let after = anna.get(&location(&sent)).await.text();
    assert!(
        after.contains("The moderators will look at the post"),
        "{after}"
    );
    let again = anna
        .submit(&format!("/posts/{post}/flags"), &[("reason", "commercial")])
        .await;
    let again = anna.get(&location(&again)).await.text();
    assert!(again.contains("already flagged"), "{again}");
    assert_eq!(anna.get("/moderation/queue").await.status, 403);

    let mut moderator = Browser::new(&w.app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/moderation/queue").await.text();
    assert!(queue.contains("Flagged posts (1)"), "{queue}");
    assert!(queue.contains("SupplierCo"), "{queue}");
    assert!(
        queue.contains("A supplier or commercial message"),
        "{queue}"
    );
    let flag_id = queue
        .split("action=\"/moderation/flags/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("a resolve form")
        .to_owned();
    let decided = moderator
        .submit(
            &format!("/moderation/flags/{flag_id}/resolve"),
            &[("decision", "hide"), ("note", "Advertising")],
        )
        .await;
    assert_eq!(decided.status, 303, "{}", decided.text());
    let queue = moderator.get(&location(&decided)).await.text();
    assert!(queue.contains("Flagged posts (0)"), "{queue}");
    let member_view = anna.get(&thread_path).await.text();
    assert!(
        member_view.contains("This post was hidden by a moderator"),
        "{member_view}"
    );
}

#[tokio::test]
async fn an_author_deletes_their_reply_from_the_thread_page() {
    let w = world().await;
    let id = thread(&w.app, &w.anna, "Toner contracts", "Who buys toner?").await;
    let post = reply(&w.app, &w.julien, &id, "We buy platypus toner.").await;
    let thread_path = format!("/threads/{id}");
    let delete_action = format!("action=\"/posts/{post}/delete\"");

    let mut anna = Browser::new(&w.app);
    anna.sign_in(ANNA, PASSWORD).await;
    assert!(!anna.get(&thread_path).await.text().contains(&delete_action));
    let refused = anna.submit(&format!("/posts/{post}/delete"), &[]).await;
    assert_eq!(refused.status, 403);

    let mut julien = Browser::new(&w.app);
    julien.sign_in(JULIEN, PASSWORD).await;
    let page = julien.get(&thread_path).await.text();
    assert!(page.contains(&delete_action), "{page}");
    let deleted = julien.submit(&format!("/posts/{post}/delete"), &[]).await;
    assert_eq!(deleted.status, 303, "{}", deleted.text());
    let after = julien.get(&location(&deleted)).await.text();
    assert!(after.contains("Your post is deleted"), "{after}");
    let seen = anna.get(&thread_path).await.text();
    assert!(seen.contains("Deleted by its author"), "{seen}");
    assert!(!seen.contains("platypus"), "{seen}");
}
