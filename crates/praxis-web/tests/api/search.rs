//! /api/v1/search: languages, permissions, freshness, documents, bad input.

use crate::{community, reply, thread};
use axum::body::Body;
use axum::http::{Method, Request};
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

struct World {
    app: TestApp,
    moderator: String,
    member: String,
    outsider: String,
}

/// One open community (`ict`) the member belongs to, and an invitation-only
/// one (`secret`) only the moderator reads.
async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    community(&app, &moderator, "secret", "invite").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;
    let outsider = app.with_member("bob@minbzk.example.gov").await;
    World {
        app,
        moderator,
        member,
        outsider,
    }
}

async fn search(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/search?{query}"), Some(token))
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    response.json()
}

fn ids(found: &Value) -> Vec<String> {
    found["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| {
                    format!(
                        "{}:{}",
                        i["type"].as_str().unwrap_or(""),
                        i["id"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn q(words: &str) -> String {
    format!("q={}", urlencode(words))
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("x", s)])
        .unwrap_or_default()
        .trim_start_matches("x=")
        .to_owned()
}

#[tokio::test]
async fn each_language_is_stemmed_and_diacritics_folded() {
    let w = world().await;
    let en = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Evaluating tenders for cleaning services",
        "How do you weigh quality against price when evaluating tenders?",
    )
    .await;
    let nl = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Aanbestedingen voor schoonmaakdiensten",
        "Hoe beoordelen jullie de kwaliteit bij aanbestedingen van schoonmaakdiensten voor gemeenten?",
    )
    .await;
    let fr = thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Les marchés publics de nettoyage",
        "Comment les acheteurs publics évaluent-ils la qualité dans les marchés de nettoyage ?",
    )
    .await;

    // English: "tender" finds "tenders".
    let found = search(&w.app, &w.member, &q("tender")).await;
    assert_eq!(ids(&found), [format!("thread:{en}")], "{found}");
    assert_eq!(found["items"][0]["lang"], "en");
    assert!(
        found["items"][0]["snippet_html"]
            .as_str()
            .is_some_and(|s| s.contains("<mark>")),
        "{found}"
    );
    assert_eq!(found["items"][0]["community"]["slug"], "ict");
    assert_eq!(found["items"][0]["url"], format!("/threads/{en}"));

    // Dutch: the singular finds the plural.
    let found = search(&w.app, &w.member, &q("aanbesteding")).await;
    assert_eq!(ids(&found), [format!("thread:{nl}")], "{found}");
    assert_eq!(found["items"][0]["lang"], "nl");

    // French: with or without accents, singular or plural.
    for words in ["marché", "marches", "MARCHÉS"] {
        let found = search(&w.app, &w.member, &q(words)).await;
        assert_eq!(ids(&found), [format!("thread:{fr}")], "{words}: {found}");
    }
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&lang=fr", q("economie qualite")),
    )
    .await;
    assert_eq!(found["total"], 1, "{found}");

    // The language filter.
    let found = search(&w.app, &w.member, &format!("{}&lang=nl", q("tender"))).await;
    assert_eq!(found["total"], 0);
}

#[tokio::test]
async fn phrases_prefixes_and_filters() {
    let w = world().await;
    let together = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "When is the open procedure the right choice?",
        "We always use the open procedure for software.",
    )
    .await;
    let apart = thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Procedure notes",
        "The procedure for the market consultation was open to everyone.",
    )
    .await;

    let found = search(&w.app, &w.member, &q("\"open procedure\"")).await;
    assert_eq!(ids(&found), [format!("thread:{together}")], "{found}");
    let found = search(&w.app, &w.member, &q("open procedure")).await;
    assert_eq!(found["total"], 2, "{found}");

    // Search-as-you-type: the last word may be unfinished.
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&prefix=true", q("consultat")),
    )
    .await;
    assert_eq!(found["total"], 0, "titles only: {found}");
    let found = search(&w.app, &w.member, &format!("{}&prefix=true", q("proced"))).await;
    assert_eq!(found["total"], 2, "{found}");
    let found = search(&w.app, &w.member, &q("proced")).await;
    assert_eq!(found["total"], 0, "without prefix a word is whole: {found}");

    // Type, tag and date filters, and paging.
    let found = search(&w.app, &w.member, &format!("{}&type=post", q("procedure"))).await;
    assert_eq!(found["total"], 0);
    let found = search(&w.app, &w.member, &format!("{}&tag=espd", q("procedure"))).await;
    assert_eq!(found["total"], 2);
    let found = search(&w.app, &w.member, &format!("{}&tag=other", q("procedure"))).await;
    assert_eq!(found["total"], 0);
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&from=2000-01-01&to=2000-12-31", q("procedure")),
    )
    .await;
    assert_eq!(found["total"], 0);
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&from=2000-01-01", q("procedure")),
    )
    .await;
    assert_eq!(found["total"], 2);
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&per_page=1&page=2", q("procedure")),
    )
    .await;
    assert_eq!(found["total"], 2);
    assert_eq!(found["page"], 2);
    assert_eq!(found["items"].as_array().map(Vec::len), Some(1));
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&sort=recent", q("procedure")),
    )
    .await;
    assert_eq!(ids(&found)[0], format!("thread:{apart}"), "newest first");
}

#[tokio::test]
async fn accepted_answers_rank_higher() {
    let w = world().await;
    let question = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Lots in a framework for laptops",
        "Should we split it?",
    )
    .await;
    let plain = reply(
        &w.app,
        &w.moderator,
        &question,
        "Split the framework into regional lots.",
    )
    .await;
    let accepted = reply(
        &w.app,
        &w.moderator,
        &question,
        "Split the framework into lots by product.",
    )
    .await;
    let response = w
        .app
        .post(
            &format!("/api/v1/threads/{question}/accept"),
            json!({ "post_id": accepted }),
            Some(&w.member),
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let found = search(
        &w.app,
        &w.member,
        &format!("{}&type=post", q("split framework lots")),
    )
    .await;
    assert_eq!(
        ids(&found),
        [format!("post:{accepted}"), format!("post:{plain}")],
        "{found}"
    );
    assert_eq!(found["items"][0]["accepted"], true);
    assert_eq!(found["items"][0]["thread_id"], question.as_str());
    assert_eq!(
        found["items"][0]["url"],
        format!("/threads/{question}#post-{accepted}")
    );
}

#[tokio::test]
async fn edits_and_hidden_posts_are_reflected_at_once() {
    let w = world().await;
    let id = thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Catering contracts",
        "Opening words.",
    )
    .await;
    let post = reply(&w.app, &w.member, &id, "We used a zebracrossing clause.").await;
    assert_eq!(
        search(&w.app, &w.member, &q("zebracrossing")).await["total"],
        1
    );

    let edited = w
        .app
        .call(
            Method::PATCH,
            &format!("/api/v1/posts/{post}"),
            Some(json!({ "body": "We used a giraffeneck clause." })),
            Some(&w.member),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text());
    assert_eq!(
        search(&w.app, &w.member, &q("zebracrossing")).await["total"],
        0
    );
    assert_eq!(
        search(&w.app, &w.member, &q("giraffeneck")).await["total"],
        1
    );

    // Members may not hide; moderators may, with a reason.
    let refused = w
        .app
        .post(
            &format!("/api/v1/posts/{post}/hide"),
            json!({ "reason": "spam" }),
            Some(&w.member),
        )
        .await;
    assert_eq!(refused.status, 403);
    let no_reason = w
        .app
        .post(
            &format!("/api/v1/posts/{post}/hide"),
            json!({}),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(no_reason.status, 400);
    assert_eq!(no_reason.json()["error"]["field"], "reason");
    let hidden = w
        .app
        .post(
            &format!("/api/v1/posts/{post}/hide"),
            json!({ "reason": "Names a bidder" }),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(hidden.status, 200, "{}", hidden.text());
    for token in [&w.member, &w.moderator] {
        assert_eq!(search(&w.app, token, &q("giraffeneck")).await["total"], 0);
    }
    let thread_view = w
        .app
        .get(&format!("/api/v1/threads/{id}"), Some(&w.member))
        .await
        .json();
    assert_eq!(thread_view["posts"][1]["hidden"], true, "{thread_view}");

    let restored = w
        .app
        .post(
            &format!("/api/v1/posts/{post}/restore"),
            json!({}),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(restored.status, 200, "{}", restored.text());
    assert_eq!(
        search(&w.app, &w.member, &q("giraffeneck")).await["total"],
        1
    );

    let log = w
        .app
        .get("/api/v1/moderation/audit-log", Some(&w.moderator))
        .await;
    assert_eq!(log.status, 200);
    assert!(log.text().contains("post_hidden"));
    assert!(log.text().contains("post_restored"));
}

#[tokio::test]
async fn a_moved_thread_is_found_under_its_new_community() {
    let w = world().await;
    community(&w.app, &w.moderator, "health", "open").await;
    let id = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Buying infusion pumps",
        "Which lots?",
    )
    .await;
    let post = reply(
        &w.app,
        &w.member,
        &id,
        "Think about maintenance of the pumps.",
    )
    .await;

    let refused = w
        .app
        .post(
            &format!("/api/v1/threads/{id}/move"),
            json!({ "community": "health" }),
            Some(&w.member),
        )
        .await;
    assert_eq!(refused.status, 403);
    let unknown = w
        .app
        .post(
            &format!("/api/v1/threads/{id}/move"),
            json!({ "community": "nowhere" }),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(unknown.status, 400);
    let moved = w
        .app
        .post(
            &format!("/api/v1/threads/{id}/move"),
            json!({ "community": "health", "reason": "Medical devices" }),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text());

    let in_health = search(
        &w.app,
        &w.moderator,
        &format!("{}&community=health", q("pumps")),
    )
    .await;
    let mut found = ids(&in_health);
    found.sort();
    let mut expected = vec![format!("post:{post}"), format!("thread:{id}")];
    expected.sort();
    assert_eq!(found, expected, "{in_health}");
    assert_eq!(in_health["items"][0]["community"]["slug"], "health");
    let in_ict = search(
        &w.app,
        &w.moderator,
        &format!("{}&community=ict", q("pumps")),
    )
    .await;
    assert_eq!(in_ict["total"], 0);
    // The member is not in `health`: the thread left their view.
    assert_eq!(search(&w.app, &w.member, &q("pumps")).await["total"], 0);
    w.app.join("health", &w.member).await;
    assert_eq!(search(&w.app, &w.member, &q("pumps")).await["total"], 2);
    let view = w
        .app
        .get(&format!("/api/v1/threads/{id}"), Some(&w.member))
        .await
        .json();
    assert_eq!(view["community"]["slug"], "health");
}

#[tokio::test]
async fn a_non_member_never_sees_private_hits() {
    let w = world().await;
    let secret = thread(
        &w.app,
        &w.moderator,
        "secret",
        "question",
        "Confidential quokka negotiation",
        "The quokka supplier asked for an extension.",
    )
    .await;
    reply(&w.app, &w.moderator, &secret, "Quokka prices went up.").await;
    let nonsense = search(&w.app, &w.outsider, &q("xqzvw")).await;
    for query in [
        q("quokka"),
        q("confidential quokka negotiation"),
        format!("{}&community=secret", q("quokka")),
        format!("{}&type=post", q("quokka")),
        format!("{}&prefix=true", q("quok")),
        q("\"quokka supplier\""),
    ] {
        for token in [&w.outsider, &w.member] {
            let found = search(&w.app, token, &query).await;
            assert_eq!(found["total"], nonsense["total"], "{query}: {found}");
            assert_eq!(found["items"], json!([]), "{query}: {found}");
        }
    }
    // The moderator reads everything.
    assert_eq!(search(&w.app, &w.moderator, &q("quokka")).await["total"], 2);
}

#[tokio::test]
async fn document_text_is_found() {
    let w = world().await;
    let boundary = "praxis-search-boundary";
    let text = "Handleiding dynamische aankoopsystemen voor medische hulpmiddelen en laboratoriumapparatuur.";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHandleiding DAS\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"das.txt\"\r\nContent-Type: text/plain\r\n\r\n{text}\r\n\
         --{boundary}--\r\n"
    );
    let request = Request::post("/api/v1/communities/ict/documents")
        .header("authorization", format!("Bearer {}", w.member))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .expect("request");
    let uploaded = w.app.request(request).await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.text());
    let id = uploaded.json()["id"].as_str().expect("id").to_owned();
    // The title is searchable at once; the text once extracted.
    assert_eq!(
        search(&w.app, &w.member, &q("handleiding")).await["total"],
        1
    );
    assert_eq!(
        search(&w.app, &w.member, &q("laboratoriumapparatuur")).await["total"],
        0
    );
    w.app.run_jobs().await;
    let found = search(
        &w.app,
        &w.member,
        &format!(
            "{}&type=document",
            q("aankoopsysteem laboratoriumapparatuur")
        ),
    )
    .await;
    assert_eq!(ids(&found), [format!("document:{id}")], "{found}");
    assert_eq!(found["items"][0]["url"], format!("/documents/{id}"));
    assert!(
        found["items"][0]["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("laboratoriumapparatuur")),
        "{found}"
    );
    assert_eq!(
        search(&w.app, &w.outsider, &q("laboratoriumapparatuur")).await["total"],
        0
    );
}

#[tokio::test]
async fn bad_queries_never_fail() {
    let w = world().await;
    thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Tender planning",
        "A tender needs a plan.",
    )
    .await;
    let long = "tender ".repeat(3_000);
    for raw in [
        "\"unbalanced",
        "title:(",
        "AND OR NOT",
        "*",
        "tender^",
        "[1 TO",
        "+-+-",
        "((((((",
        "community:1",
        "ḁ̷̢̛̛̗͇̘͕̻̘̼̦̪̫̭̥̫̥͔̫̙̽̅͊̈́",
        long.as_str(),
        "",
        "   ",
    ] {
        let response = w
            .app
            .get(&format!("/api/v1/search?{}", q(raw)), Some(&w.member))
            .await;
        assert_eq!(response.status, 200, "{raw:.40}: {}", response.text());
        assert!(response.json()["total"].is_u64());
    }
    let found = search(&w.app, &w.member, &q("\"tender planning")).await;
    assert_eq!(found["total"], 1, "falls back to the words: {found}");

    for (query, field) in [
        ("q=x&type=wiki", "type"),
        ("q=x&lang=de", "lang"),
        ("q=x&from=yesterday", "from"),
        ("q=x&sort=best", "sort"),
    ] {
        let response = w
            .app
            .get(&format!("/api/v1/search?{query}"), Some(&w.member))
            .await;
        assert_eq!(response.status, 400, "{query}");
        assert_eq!(response.json()["error"]["field"], field, "{query}");
    }
    assert_eq!(w.app.get("/api/v1/search?q=x", None).await.status, 401);
    // An unknown community answers like an empty one.
    assert_eq!(
        search(&w.app, &w.member, "q=tender&community=nowhere").await["total"],
        0
    );
}

#[tokio::test]
async fn people_are_found_by_name_organisation_and_expertise() {
    let w = world().await;
    let profile = w
        .app
        .put(
            "/api/v1/me/profile",
            json!({
                "organisation": "Rijkswaterstaat",
                "bio": "Ik koop baggerwerkzaamheden en onderhoud van dijken in.",
                "expertise": ["cpv-45", "policy-innovation"],
            }),
            Some(&w.member),
        )
        .await;
    assert_eq!(profile.status, 200, "{}", profile.text());
    assert_eq!(
        profile.json()["expertise"],
        json!(["cpv-45", "policy-innovation"])
    );

    let found = search(
        &w.app,
        &w.outsider,
        &format!("{}&type=person", q("rijkswaterstaat")),
    )
    .await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["title"], "anna tester");
    assert!(
        found["items"][0]["url"]
            .as_str()
            .is_some_and(|u| u.starts_with("/people/"))
    );
    // Expertise labels are searchable in every language.
    for words in ["innovatiegericht", "achats innovants", "baggerwerkzaamheid"] {
        let found = search(&w.app, &w.outsider, &format!("{}&type=person", q(words))).await;
        assert_eq!(found["total"], 1, "{words}: {found}");
    }
}

/// Another `praxis serve` node on the same database, with its own data
/// directory and so its own index.
async fn second_node(app: &TestApp) -> (praxis_app::App, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("data directory");
    let mut config = (*app.app.config).clone();
    config.data_dir = dir.path().to_path_buf();
    let node = praxis_app::App::with_db(config, app.db.db.clone())
        .await
        .expect("second node starts");
    // What the node's indexer does first: build its index from the tables.
    node.search.catch_up(&node.db).await.expect("index built");
    (node, dir)
}

async fn search_on(node: &praxis_app::App, token: &str, words: &str) -> u64 {
    let auth = praxis_app::accounts::authenticate(node, token)
        .await
        .expect("authenticates")
        .expect("signed in");
    praxis_app::search::query::search(
        node,
        &auth,
        praxis_app::search::SearchRequest {
            q: words.to_owned(),
            paging: praxis_domain::Paging::default(),
            ..Default::default()
        },
    )
    .await
    .expect("searches")
    .total
}

#[tokio::test]
async fn every_node_keeps_its_own_index_current() {
    let w = world().await;
    let (node, _dir) = second_node(&w.app).await;
    assert_ne!(node.search.path(), w.app.app.search.path());
    let id = thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Wombat transport",
        "Crates?",
    )
    .await;
    assert_eq!(search_on(&node, &w.member, "wombat").await, 1);
    let post = reply(&w.app, &w.member, &id, "Okapi crates are bigger.").await;
    assert_eq!(search_on(&node, &w.member, "okapi").await, 1);
    let hidden = w
        .app
        .post(
            &format!("/api/v1/posts/{post}/hide"),
            json!({ "reason": "Off topic" }),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(hidden.status, 200);
    assert_eq!(search_on(&node, &w.member, "okapi").await, 0);
    assert_eq!(search_on(&w.app.app, &w.member, "okapi").await, 0);
}

#[tokio::test]
async fn a_node_without_an_index_builds_it_from_the_database() {
    let w = world().await;
    thread(
        &w.app,
        &w.member,
        "ict",
        "question",
        "Pangolin procurement",
        "Scales?",
    )
    .await;
    // A leftover index of an older schema is cleared away.
    let dir = tempfile::tempdir().expect("data directory");
    std::fs::create_dir_all(dir.path().join("search").join("v0")).expect("old index dir");
    let mut config = (*w.app.app.config).clone();
    config.data_dir = dir.path().to_path_buf();
    let node = praxis_app::App::with_db(config, w.app.db.db.clone())
        .await
        .expect("node starts");
    assert!(!dir.path().join("search").join("v0").exists());
    assert!(node.search.needs_rebuild());
    node.search.catch_up(&node.db).await.expect("rebuilt");
    assert!(!node.search.needs_rebuild());
    assert_eq!(search_on(&node, &w.member, "pangolin").await, 1);
    // People are in it too.
    assert!(node.search.num_docs() >= 4, "{}", node.search.num_docs());
}

#[tokio::test]
async fn a_change_committed_late_is_not_skipped() {
    // Only PostgreSQL lets a later change commit before an earlier one.
    let w = world().await;
    if praxis_store::backend(&w.app.app.db) != praxis_store::Backend::Postgres {
        return;
    }
    use praxis_store::TransactionTrait;
    let id = thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Capybara fencing",
        "Fences.",
    )
    .await;
    let post = reply(&w.app, &w.member, &id, "Capybara gates too.").await;
    assert_eq!(search_on(&w.app.app, &w.member, "gates").await, 1);

    // A slow transaction takes its place in the feed first...
    let slow = w.app.app.db.begin().await.expect("transaction");
    let post_id = praxis_domain::PostId(post.parse().expect("numeric id"));
    praxis_store::discussions::set_post_hidden(&slow, post_id, true)
        .await
        .expect("hidden");
    praxis_store::search::record_change(&slow, praxis_store::search::Entity::Post, post_id.0)
        .await
        .expect("recorded");
    // ...a quicker one commits after it and is indexed...
    thread(
        &w.app,
        &w.member,
        "ict",
        "discussion",
        "Tapir fencing",
        "Other fences.",
    )
    .await;
    assert_eq!(search_on(&w.app.app, &w.member, "tapir").await, 1);
    // ...and the slow one, committed now, is still seen.
    slow.commit().await.expect("committed");
    assert_eq!(search_on(&w.app.app, &w.member, "gates").await, 0);
}
