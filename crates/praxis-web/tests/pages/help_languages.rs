//! The help pages speak the reader's language: titles, summaries and the
//! pages themselves, in Dutch and French as in English.

use praxis_test_support::{Browser, TestApp};

fn lang_of(page: &str) -> &str {
    page.split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_dutch_reader_gets_the_help_in_dutch() {
    let app = TestApp::new().await;
    let mut reader = Browser::new(&app).with_accept_language("nl-BE,nl;q=0.9");

    let page = reader.get("/help/getting-started").await;
    assert_eq!(page.status, 200);
    let page = page.text();
    assert_eq!(lang_of(&page), "nl");
    assert!(page.contains("<h1>Aan de slag</h1>"), "{page}");
    assert!(page.contains("<title>Aan de slag · Help"), "{page}");
    assert!(page.contains("Uw eerste tien minuten"), "the page itself");
    assert!(!page.contains("<h1>Getting started</h1>"));

    let index = reader.get("/help").await.text();
    assert_eq!(lang_of(&index), "nl");
    assert!(index.contains("<a href=\"/help/documents\">Documenten delen</a>"));
    assert!(index.contains("De gebruikscode en uw privacy"));
}

#[tokio::test]
async fn a_french_reader_gets_the_help_in_french() {
    let app = TestApp::new().await;
    let mut reader = Browser::new(&app).with_accept_language("fr-FR,fr;q=0.9,en;q=0.5");

    let page = reader.get("/help/getting-started").await.text();
    assert_eq!(lang_of(&page), "fr");
    assert!(page.contains("<h1>Bien démarrer</h1>"), "{page}");
    assert!(
        page.contains("Vos dix premières minutes"),
        "the page itself"
    );

    let index = reader.get("/help").await.text();
    assert_eq!(lang_of(&index), "fr");
    assert!(index.contains("<a href=\"/help/documents\">Partager des documents</a>"));

    let statement = reader.get("/help/accessibility").await.text();
    assert!(statement.contains("Ce qui n"), "{statement}");
    assert!(statement.contains("partiellement conforme"));
}

#[tokio::test]
async fn other_readers_get_the_help_in_english() {
    let app = TestApp::new().await;
    let mut reader = Browser::new(&app).with_accept_language("de-DE");

    let page = reader.get("/help/getting-started").await.text();
    assert_eq!(lang_of(&page), "en");
    assert!(page.contains("<h1>Getting started</h1>"));
    assert!(page.contains("Your first ten minutes"));

    // What has been translated is no longer listed as missing.
    let statement = reader.get("/help/accessibility").await.text();
    assert!(statement.contains("What is not accessible yet"));
    assert!(!statement.contains("English only"));
    assert!(!statement.contains("only in English"));
}
