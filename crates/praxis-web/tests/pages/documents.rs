//! /communities/{slug}/documents, /documents/{id}

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};

#[tokio::test]
async fn a_member_shares_a_document_and_a_new_version_through_the_pages() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    app.post(
        "/api/v1/communities",
        serde_json::json!({ "slug": "ict", "name": "ICT", "kind": "sector", "membership": "open" }),
        Some(&moderator),
    )
    .await;
    app.with_member("anna@minfin.example.gov").await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    anna.get("/communities/ict").await;
    anna.submit("/communities/ict/join", &[]).await;

    let form = anna.get("/communities/ict/documents/new").await;
    assert!(form.text().contains("enctype=\"multipart/form-data\""));
    let created = anna
        .submit_multipart(
            "/communities/ict/documents",
            &[
                ("title", "Evaluation grid"),
                ("type", "template"),
                ("folder", "Grids"),
            ],
            ("grid.csv", b"criterion;weight\nprice;40\nquality;60\n"),
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let location = created.header("location").expect("document page");
    let page = anna.get(&location).await.text();
    assert!(page.contains("Evaluation grid"));
    assert!(page.contains("grid.csv"));

    let library = anna.get("/communities/ict/documents").await.text();
    assert!(library.contains("Evaluation grid"));
    assert!(library.contains("<option value=\"Grids\""));

    let id = location
        .trim_start_matches("/documents/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    // Attach it to a new thread through the form's checkbox.
    let form = anna.get("/communities/ict/threads/new").await.text();
    assert!(form.contains(&format!("name=\"attach-{id}\"")));
    let asked = anna
        .submit(
            "/communities/ict/threads",
            &[
                ("kind", "discussion"),
                ("title", "Our evaluation grid"),
                ("body", "Attached for reuse."),
                (&format!("attach-{id}"), "on"),
            ],
        )
        .await;
    assert_eq!(asked.status, 303, "{}", asked.text());
    let thread = anna
        .get(&asked.header("location").expect("thread"))
        .await
        .text();
    assert!(
        thread.contains(&format!("/api/v1/documents/{id}/download\">grid.csv</a>")),
        "{thread}"
    );

    // A reply can bring a new file along: shared in the library and attached.
    let thread_path = asked.header("location").expect("thread");
    anna.get(&thread_path).await;
    let thread_id = thread_path.trim_start_matches("/threads/").to_owned();
    let replied = anna
        .submit_multipart(
            &format!("/threads/{thread_id}/posts"),
            &[("reply_to", ""), ("body", "Here is our scoring note too.")],
            ("scoring.txt", b"Price 40, quality 60."),
        )
        .await;
    assert_eq!(replied.status, 303, "{}", replied.text());
    let thread = anna.get(&thread_path).await.text();
    assert!(thread.contains(">scoring.txt</a>"), "{thread}");
    let library = anna.get("/communities/ict/documents").await.text();
    assert!(library.contains("scoring.txt"));

    anna.get(&format!("/documents/{id}")).await;
    let refused = anna
        .submit_multipart(
            &format!("/documents/{id}/versions"),
            &[("note", "v2")],
            ("evil.pdf", b"MZ\x90\x00"),
        )
        .await;
    assert_eq!(refused.status, 400, "the form comes back with the error");
    assert!(refused.text().contains("not accepted"));
    anna.get(&format!("/documents/{id}")).await;
    let added = anna
        .submit_multipart(
            &format!("/documents/{id}/versions"),
            &[("note", "Weights revised")],
            ("grid.csv", b"criterion;weight\nprice;30\nquality;70\n"),
        )
        .await;
    assert_eq!(added.status, 303);
    let page = anna.get(&format!("/documents/{id}")).await.text();
    assert!(page.contains("Weights revised"));
    assert!(page.contains("download?version=1"));
}

#[tokio::test]
async fn an_upload_without_the_csrf_token_is_refused() {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    app.post(
        "/api/v1/communities",
        serde_json::json!({ "slug": "ict", "name": "ICT", "kind": "sector", "membership": "open" }),
        Some(&moderator),
    )
    .await;
    let mut browser = Browser::new(&app);
    browser.sign_in("mod@praxis.example", PASSWORD).await;
    // The last page seen carries no form token for this upload.
    browser.get("/healthz").await;
    let response = browser
        .submit_multipart(
            "/communities/ict/documents",
            &[("title", "X")],
            ("x.csv", b"a;b\n"),
        )
        .await;
    assert_eq!(response.status, 403);
}
