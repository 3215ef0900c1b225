//! /api/v1/people, /api/v1/people/{id}, /api/v1/me/profile (expertise),
//! /api/v1/taxonomy/expertise

use crate::{community, reply, thread};
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::{Value, json};

async fn profile(app: &TestApp, token: &str, body: Value) -> Value {
    let response = app.put("/api/v1/me/profile", body, Some(token)).await;
    assert_eq!(response.status, 200, "{}", response.text());
    response.json()
}

async fn people(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/people?{query}"), Some(token))
        .await;
    assert_eq!(response.status, 200, "{query}: {}", response.text());
    response.json()
}

fn names(found: &Value) -> Vec<String> {
    let mut names: Vec<String> = found["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["display_name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

struct Directory {
    app: TestApp,
    anna: String,
    bram: String,
    chloe: String,
}

/// Three members with different expertise, organisations and languages.
async fn directory() -> Directory {
    let app = TestApp::new().await;
    let anna = app.with_member("anna@minfin.example.gov").await;
    let bram = app.with_member("bram@rws.example.gov").await;
    let chloe = app.with_member("chloe@ugap.example.gov").await;
    profile(
        &app,
        &anna,
        json!({
            "organisation": "Ministerie van Financiën",
            "languages": ["nl", "en"],
            "bio": "I buy cloud hosting and software licences for central government.",
            "expertise": ["cpv-72", "cpv-48"],
        }),
    )
    .await;
    profile(
        &app,
        &bram,
        json!({
            "organisation": "Rijkswaterstaat",
            "languages": ["nl"],
            "bio": "Ik koop bagger- en dijkonderhoud in via innovatiepartnerschappen.",
            "expertise": ["cpv-45", "proc-innovation-partnership"],
        }),
    )
    .await;
    profile(
        &app,
        &chloe,
        json!({
            "organisation": "UGAP",
            "languages": ["fr", "en"],
            "bio": "J'achète des logiciels et des services informatiques pour les collectivités.",
            "expertise": ["cpv-72", "policy-sme"],
        }),
    )
    .await;
    Directory {
        app,
        anna,
        bram,
        chloe,
    }
}

#[tokio::test]
async fn the_taxonomy_has_labels_in_three_languages() {
    let app = TestApp::new().await;
    let token = app.with_member("anna@minfin.example.gov").await;
    let taxonomy = app
        .get("/api/v1/taxonomy/expertise", Some(&token))
        .await
        .json();
    let items = taxonomy["items"].as_array().expect("items");
    let cpv = items
        .iter()
        .filter(|i| i["group"] == "cpv_division")
        .count();
    assert_eq!(cpv, 45);
    assert!(items.iter().any(|i| i["group"] == "procedure"));
    assert!(items.iter().any(|i| i["group"] == "policy_field"));
    for item in items {
        for key in ["code", "label", "label_nl", "label_fr"] {
            assert!(item[key].as_str().is_some_and(|s| !s.is_empty()), "{item}");
        }
    }
}

#[tokio::test]
async fn the_directory_filters_by_expertise_organisation_language_and_words() {
    let d = directory().await;
    // Procedure codes must exist for this test to mean anything.
    let codes = d
        .app
        .get("/api/v1/taxonomy/expertise", Some(&d.anna))
        .await
        .json();
    assert!(
        codes["items"]
            .as_array()
            .is_some_and(|i| i.iter().any(|e| e["code"] == "proc-innovation-partnership")),
        "{codes}"
    );

    let all = people(&d.app, &d.anna, "").await;
    assert_eq!(all["total"], 3, "{all}");

    let it = people(&d.app, &d.anna, "expertise=cpv-72").await;
    assert_eq!(names(&it), ["anna tester", "chloe tester"], "{it}");
    let either = people(&d.app, &d.anna, "expertise=cpv-45,policy-sme").await;
    assert_eq!(names(&either), ["bram tester", "chloe tester"], "{either}");
    assert_eq!(
        names(&people(&d.app, &d.anna, "organisation=rijkswaterstaat").await),
        ["bram tester"]
    );
    // Diacritics folded: "Financien" finds "Financiën".
    assert_eq!(
        names(&people(&d.app, &d.anna, "organisation=ministerie%20financien").await),
        ["anna tester"]
    );
    assert_eq!(
        names(&people(&d.app, &d.anna, "language=fr").await),
        ["chloe tester"]
    );
    assert_eq!(
        names(&people(&d.app, &d.anna, "language=en&expertise=cpv-72").await),
        ["anna tester", "chloe tester"]
    );
    // Free text over bios, in each language's analysis.
    assert_eq!(
        names(&people(&d.app, &d.anna, "q=collectivite").await),
        ["chloe tester"]
    );
    assert_eq!(
        names(&people(&d.app, &d.anna, "q=innovatiepartnerschap").await),
        ["bram tester"]
    );
    let first = &people(&d.app, &d.anna, "q=cloud").await["items"][0];
    assert_eq!(first["organisation"], "Ministerie van Financiën");
    assert_eq!(first["expertise"], json!(["cpv-72", "cpv-48"]));
    assert_eq!(first["languages"], json!(["nl", "en"]));

    // Bad filters are named.
    for (query, field) in [
        ("expertise=cpv-99", "expertise"),
        ("language=dutch", "language"),
    ] {
        let response = d
            .app
            .get(&format!("/api/v1/people?{query}"), Some(&d.anna))
            .await;
        assert_eq!(response.status, 400, "{query}");
        assert_eq!(response.json()["error"]["field"], field);
    }
    let bad = d
        .app
        .put(
            "/api/v1/me/profile",
            json!({ "expertise": ["cpv-99"] }),
            Some(&d.anna),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "expertise");
    assert_eq!(d.app.get("/api/v1/people", None).await.status, 401);
}

#[tokio::test]
async fn suspended_members_leave_the_directory() {
    let d = directory().await;
    let admin = d.app.with_admin("admin@praxis.example").await;
    let bram = people(&d.app, &d.anna, "organisation=rijkswaterstaat").await;
    let id = bram["items"][0]["id"].as_str().expect("id").to_owned();
    let suspended = d
        .app
        .post(
            &format!("/api/v1/admin/users/{id}/suspend"),
            json!({ "reason": "Left the public service" }),
            Some(&admin),
        )
        .await;
    assert!(suspended.status.is_success(), "{}", suspended.text());
    assert_eq!(
        people(&d.app, &d.anna, "organisation=rijkswaterstaat").await["total"],
        0
    );
    assert_eq!(
        d.app
            .get(&format!("/api/v1/people/{id}"), Some(&d.anna))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_profile_shows_shared_communities_and_earned_evidence() {
    let d = directory().await;
    let moderator = d.app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&d.app, &moderator, "ict", "open").await;
    community(&d.app, &moderator, "private", "invite").await;
    d.app.join("ict", &d.anna).await;
    d.app.join("ict", &d.chloe).await;

    // Anna asks about cloud (cpv-72); Chloe answers and is accepted.
    let asked = d
        .app
        .post(
            "/api/v1/communities/ict/threads",
            json!({
                "title": "Exit clauses in cloud contracts",
                "body": "What do you write about data return?",
                "kind": "question",
                "expertise": ["cpv-72"],
                "language": "en",
            }),
            Some(&d.anna),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text());
    let question = asked.json()["id"].as_str().expect("id").to_owned();
    let answer = reply(
        &d.app,
        &d.chloe,
        &question,
        "An exit plan with formats and dates.",
    )
    .await;
    let other = thread(&d.app, &d.anna, "ict", "question", "ESPD in eForms", "How?").await;
    reply(&d.app, &d.chloe, &other, "Use the national service.").await;
    let accepted = d
        .app
        .post(
            &format!("/api/v1/threads/{question}/accept"),
            json!({ "post_id": answer }),
            Some(&d.anna),
        )
        .await;
    assert_eq!(accepted.status, 200);
    // An answer in a community Anna cannot read is not evidence she sees.
    let hidden_q = thread(
        &d.app,
        &moderator,
        "private",
        "question",
        "Private matter",
        "?",
    )
    .await;
    let chloe_id = d.app.get("/api/v1/me", Some(&d.chloe)).await.json()["id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_default();
    let _ = hidden_q;

    let seen = d
        .app
        .get(&format!("/api/v1/people/{chloe_id}"), Some(&d.anna))
        .await;
    assert_eq!(seen.status, 200, "{}", seen.text());
    let p = seen.json();
    assert_eq!(p["display_name"], "chloe tester");
    assert_eq!(p["communities_in_common"][0]["slug"], "ict", "{p}");
    assert_eq!(p["communities_in_common"].as_array().map(Vec::len), Some(1));
    assert_eq!(p["answers"], 2, "{p}");
    assert_eq!(p["accepted_answers"], 1, "{p}");
    let cloud = p["topics"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["topic"] == "cpv-72"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(cloud["answers"], 1, "{p}");
    assert_eq!(cloud["accepted"], 1, "{p}");
    assert_eq!(
        p["topics"][0]["topic"], "cpv-72",
        "accepted topics first: {p}"
    );
    assert_eq!(p["expertise"][0]["code"], "cpv-72");
    assert!(p["recent_answers"][0]["url"].as_str().is_some());

    // The directory ranks her by accepted answers.
    let ranked = people(&d.app, &d.anna, "expertise=cpv-72").await;
    assert_eq!(
        ranked["items"][0]["display_name"], "chloe tester",
        "{ranked}"
    );
    assert_eq!(ranked["items"][0]["accepted_answers"], 1);

    assert_eq!(
        d.app
            .get("/api/v1/people/999999", Some(&d.anna))
            .await
            .status,
        404
    );
    assert_eq!(
        d.app.get("/api/v1/people/abc", Some(&d.anna)).await.status,
        404
    );
    let _ = d.bram;
}
