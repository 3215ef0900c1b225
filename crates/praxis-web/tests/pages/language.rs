//! The interface language: the member's setting, then the footer's switch
//! (a cookie), then the browser's Accept-Language, then the site default.

use praxis_test_support::{Browser, PASSWORD, TestApp};

fn lang_of(page: &str) -> &str {
    page.split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_visitor_reads_the_browsers_language_until_they_choose_another() {
    let app = TestApp::new().await;
    let mut visitor = Browser::new(&app).with_accept_language("de-DE,nl-BE;q=0.9,en;q=0.5");
    let page = visitor.get("/help").await.text();
    assert_eq!(lang_of(&page), "nl", "German is not offered; Dutch is next");
    assert!(page.contains(">Inloggen</a>"), "{page}");
    assert!(page.contains("Direct naar de hoofdinhoud"));

    // The footer offers the other languages, each in its own language.
    assert!(page.contains("lang=\"fr\""));
    assert!(page.contains(">Français</button>"));
    let switched = visitor
        .submit("/language", &[("lang", "fr"), ("back", "/help?x=1")])
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.header("location").as_deref(), Some("/help?x=1"));
    assert_eq!(visitor.cookie("praxis_lang"), Some("fr"));
    let page = visitor.get("/help").await.text();
    assert_eq!(lang_of(&page), "fr", "the choice beats the browser");
    assert!(page.contains(">Se connecter</a>"));

    // Notices are ours, in the reader's language.
    let page = visitor.get("/help?notice=signed_out").await.text();
    assert!(page.contains("Votre session est fermée."), "{page}");
    let page = visitor.get("/help?notice=not_a_notice").await.text();
    assert!(!page.contains("class=\"notice\""));

    // Only languages there are texts for; only back to this site.
    let unknown = visitor
        .submit("/language", &[("lang", "xx"), ("back", "/")])
        .await;
    assert_eq!(unknown.status, 400);
    let elsewhere = visitor
        .submit("/language", &[("lang", "en"), ("back", "//evil.example/")])
        .await;
    assert_eq!(elsewhere.header("location").as_deref(), Some("/"));
    let without_token = visitor
        .post_raw("/language", &[("lang", "nl"), ("back", "/")])
        .await;
    assert_eq!(
        without_token.status, 403,
        "the switch is a form like any other"
    );

    let plain = Browser::new(&app).get("/help").await.text();
    assert_eq!(lang_of(&plain), "en", "the site's default");
}

#[tokio::test]
async fn a_members_choice_is_their_setting_everywhere() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut anna = Browser::new(&app).with_accept_language("fr");
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = anna.get("/communities").await.text();
    assert_eq!(
        lang_of(&page),
        "en",
        "her setting (English) beats the browser"
    );
    anna.submit("/language", &[("lang", "nl"), ("back", "/communities")])
        .await;
    let page = anna.get("/communities").await.text();
    assert_eq!(lang_of(&page), "nl");
    assert!(page.contains(">Afmelden</button>"), "{page}");

    // Another device, no cookie, an English browser: still Dutch.
    let mut elsewhere = Browser::new(&app).with_accept_language("en");
    elsewhere.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = elsewhere.get("/communities").await.text();
    assert_eq!(lang_of(&page), "nl");
}

#[tokio::test]
async fn a_visitor_who_registers_in_dutch_is_written_to_in_dutch() {
    let app = TestApp::new().await;
    let mut piet = Browser::new(&app).with_accept_language("nl-NL,nl;q=0.9");
    let form = piet.get("/register").await.text();
    assert_eq!(lang_of(&form), "nl");
    let done = piet
        .submit(
            "/register",
            &[
                ("email", "piet@minbzk.example.gov"),
                ("display_name", "Piet Jansen"),
                ("organisation", "Ministerie van BZK"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    let mail = app
        .last_mail_to("piet@minbzk.example.gov")
        .await
        .expect("a verification mail");
    assert!(
        mail.subject.starts_with("Bevestig uw e-mailadres"),
        "{mail:?}"
    );
    assert!(mail.body.contains("Beste Piet Jansen,"), "{}", mail.body);
}

#[tokio::test]
async fn a_thread_whose_language_is_known_says_so_to_screen_readers() {
    let app = TestApp::new().await;
    let moderator = app
        .with_role("mod@praxis.example", praxis_domain::Role::Moderator)
        .await;
    let created = app
        .post(
            "/api/v1/communities",
            serde_json::json!({ "slug": "zorg", "name": "Zorginkoop", "kind": "sector",
                    "description": "Inkoop in de zorg.", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let mut ids = Vec::new();
    for (title, language) in [
        ("Hoeveel percelen voor schoonmaak?", "nl"),
        ("Nothing declared here", ""),
    ] {
        let thread = app
            .post(
                "/api/v1/communities/zorg/threads",
                serde_json::json!({ "title": title, "kind": "question", "language": language,
                        "body": "Wij plannen een raamovereenkomst.", "tags": [] }),
                Some(&moderator),
            )
            .await;
        assert_eq!(thread.status, 201, "{}", thread.text());
        ids.push(thread.json()["id"].as_str().unwrap_or_default().to_owned());
    }
    let mut reader = Browser::new(&app);
    reader.sign_in("mod@praxis.example", PASSWORD).await;
    let dutch = reader.get(&format!("/threads/{}", ids[0])).await.text();
    assert!(
        dutch.contains("<h1 lang=\"nl\">Hoeveel percelen voor schoonmaak?</h1>"),
        "{dutch}"
    );
    assert!(dutch.contains("<div lang=\"nl\">"), "the opening post too");
    let unknown = reader.get(&format!("/threads/{}", ids[1])).await.text();
    assert!(
        unknown.contains("<h1>Nothing declared here</h1>"),
        "{unknown}"
    );
}

#[tokio::test]
async fn error_pages_speak_the_readers_language() {
    let app = TestApp::new().await;
    let mut visitor = Browser::new(&app).with_accept_language("fr-FR,fr;q=0.9");
    let missing = visitor.get("/help/nowhere").await;
    assert_eq!(missing.status, 404);
    let page = missing.text();
    assert!(page.contains("<h1>Page introuvable</h1>"), "{page}");
    assert!(page.contains("Il n&#39;y a rien ici") || page.contains("Il n&#x27;y a rien ici"));
    let mut dutch = Browser::new(&app).with_accept_language("nl");
    dutch.get("/login").await;
    let refused = dutch
        .submit(
            "/login",
            &[
                ("email", "nobody@minfin.example.gov"),
                ("password", "wrong password 1"),
            ],
        )
        .await;
    assert!(
        refused
            .text()
            .contains("Het e-mailadres of het wachtwoord klopt niet."),
        "{}",
        refused.text()
    );
}
