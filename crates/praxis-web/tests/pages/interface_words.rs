//! Words the platform writes itself (file kinds, sizes, the scripts'
//! labels, audit actions) are in the reader's language (issue #9).

use praxis_app::i18n::Lang;
use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

/// An open community `ict` with a member who reads in `locale`, signed in.
async fn member_reading<'a>(app: &'a TestApp, email: &str, locale: &str) -> Browser<'a> {
    let member = app.with_member(email).await;
    app.join("ict", &member).await;
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "locale": locale }),
            Some(&member),
        )
        .await;
    assert_eq!(profile.status, 200, "{}", profile.text());
    let mut browser = Browser::new(app);
    browser.sign_in(email, PASSWORD).await;
    browser
}

async fn community(app: &TestApp) -> String {
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "ict", "name": "ICT", "kind": "sector", "description": "", "membership": "open" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    moderator
}

/// An attribute's value as askama writes it (`'` escaped).
fn attribute(name: &str, value: &str) -> String {
    format!("{name}=\"{}\"", value.replace('\'', "&#39;"))
}

#[tokio::test]
async fn a_french_member_reads_file_kinds_and_sizes_in_french() {
    // 1.5 MiB: "1,5 Mo" in French.
    let app = TestApp::with_config(|config| config.documents.max_upload_bytes = 1536 * 1024).await;
    community(&app).await;
    let mut julien = member_reading(&app, "julien@economie.example.gov", "fr").await;

    let form = julien.get("/communities/ict/documents/new").await.text();
    assert!(form.contains("1,5 Mo au maximum"), "{form}");
    assert!(form.contains("Document Word"), "{form}");
    assert!(!form.contains("Word document"), "{form}");

    let created = julien
        .submit_multipart(
            "/communities/ict/documents",
            &[
                ("title", "Notes de réunion"),
                ("type", "report"),
                ("folder", ""),
            ],
            ("notes.txt", b"Ordre du jour : bilan des achats.\n"),
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let location = created.header("location").expect("the document's page");
    let page = julien.get(&location).await.text();
    assert!(page.contains("(Texte, 34 o)"), "{page}");

    // A refused file: the accepted kinds and the limit in French.
    let id = location
        .trim_start_matches("/documents/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    julien.get(&location).await;
    let wrong = julien
        .submit_multipart(
            &format!("/documents/{id}/versions"),
            &[("note", "v2")],
            ("evil.pdf", b"MZ\x90\x00"),
        )
        .await;
    assert_eq!(wrong.status, 400);
    let wrong = wrong.text();
    assert!(
        wrong.contains("Types acceptés : PDF, Document Word"),
        "{wrong}"
    );
    julien.get(&location).await;
    let big = vec![b'a'; 1600 * 1024];
    let too_big = julien
        .submit_multipart(
            &format!("/documents/{id}/versions"),
            &[("note", "v2")],
            ("big.txt", &big),
        )
        .await;
    assert_eq!(too_big.status, 400, "the form comes back with the error");
    let too_big = too_big.text();
    assert!(too_big.contains("Le fichier dépasse 1,5 Mo"), "{too_big}");
    assert!(!too_big.contains("MB"), "{too_big}");
}

#[tokio::test]
async fn the_scripts_read_their_words_from_the_page_in_every_language() {
    for script in [
        include_str!("../../static/mentions.js"),
        include_str!("../../static/search.js"),
        include_str!("../../static/upload.js"),
    ] {
        for english in [
            r#""Members to mention""#,
            r#"" suggestion"#,
            r#""Result""#,
            r#""Upload progress""#,
            r#""Uploaded "#,
            "The upload failed",
            "Use the up and down",
        ] {
            assert!(!script.contains(english), "English in a script: {english}");
        }
    }
    let app = TestApp::new().await;
    community(&app).await;
    for (n, lang) in Lang::all().iter().enumerate() {
        let email = format!("member{n}@minfin.example.gov");
        let mut member = member_reading(&app, &email, lang.code()).await;
        let form = member.get("/communities/ict/threads/new").await.text();
        assert!(
            form.contains(&attribute(
                "data-i18n-mention-list",
                &lang.t("common-mention-list")
            )),
            "{}: {form}",
            lang.code()
        );
        for (name, key) in [
            ("data-i18n-thread", "search-kind-thread"),
            ("data-i18n-post", "search-kind-reply"),
            ("data-i18n-document", "search-kind-document"),
            ("data-i18n-person", "search-kind-member"),
            ("data-i18n-result", "search-suggestion-result"),
        ] {
            assert!(
                form.contains(&attribute(name, &lang.t(key))),
                "{}: {name}",
                lang.code()
            );
        }
        let other = lang.t_args(
            "search-suggestions-count",
            &[("count", praxis_app::i18n::arg("{count}"))],
        );
        assert!(other.contains("{count}"));
        assert!(
            form.contains(&attribute("data-i18n-suggestions-other", &other)),
            "{}",
            lang.code()
        );
        assert!(form.contains("data-i18n-suggestions-one=\""));
        let upload = member.get("/communities/ict/documents/new").await.text();
        for (name, key) in [
            ("data-i18n-progress", "documents-upload-progress"),
            ("data-i18n-failed", "documents-upload-failed"),
        ] {
            assert!(
                upload.contains(&attribute(name, &lang.t(key))),
                "{}: {name}",
                lang.code()
            );
        }
        assert!(upload.contains("data-i18n-uploaded=\""), "{}", lang.code());
        assert!(upload.contains("{percent}"), "{}", lang.code());
    }
}

#[tokio::test]
async fn the_audit_log_names_its_actions_in_the_moderators_language() {
    let app = TestApp::new().await;
    let moderator = community(&app).await;
    let profile = app
        .put(
            "/api/v1/me/profile",
            json!({ "locale": "fr" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(profile.status, 200, "{}", profile.text());
    let mut browser = Browser::new(&app);
    browser.sign_in("mod@praxis.example", PASSWORD).await;
    let log = browser.get("/moderation/audit-log").await.text();
    assert!(log.contains("<td>Communauté créée</td>"), "{log}");
    assert!(
        log.contains("<option value=\"thread_moved\">Discussion déplacée</option>"),
        "{log}"
    );
    assert!(!log.contains("community created"), "{log}");
}
