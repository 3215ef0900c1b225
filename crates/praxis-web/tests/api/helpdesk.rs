//! /api/v1/helpdesk/questions*: asking privately, answering, publishing
//! anonymised, closing with the community's answer.

use crate::{community, reply};
use axum::http::Method;
use praxis_domain::Role;
use praxis_test_support::TestApp;
use serde_json::json;

const ASKER: &str = "jan.jansen@gemeente.example.nl";

struct World {
    app: TestApp,
    helpdesk: String,
    asker: String,
    member: String,
}

async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "legal", "open").await;
    let helpdesk = app.with_role("desk@praxis.example", Role::Helpdesk).await;
    let asker = app.with_member(ASKER).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("legal", &member).await;
    let set = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "email": "immediate" }),
            Some(&member),
        )
        .await;
    assert_eq!(set.status, 200);
    let follow = app
        .call(
            Method::POST,
            "/api/v1/communities/legal/subscribe",
            None,
            Some(&member),
        )
        .await;
    assert!(follow.status.is_success(), "{}", follow.text());
    World {
        app,
        helpdesk,
        asker,
        member,
    }
}

async fn ask(w: &World) -> String {
    let sent = w
        .app
        .post(
            "/api/v1/helpdesk/questions",
            json!({
                "subject": "Extending a framework for jansen's municipality",
                "body": "I am Jan Jansen of Gemeente Utrecht (jan.jansen@gemeente.example.nl). [private]Case 2026-114 with Bouw BV.[/private] May we extend our cleaning framework by one year?",
                "private_details": "The supplier is Schoon & Co.",
            }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text());
    sent.json()["id"].as_str().expect("id").to_owned()
}

#[tokio::test]
async fn a_question_is_answered_privately_and_only_the_asker_and_staff_see_it() {
    let w = world().await;
    let app = &w.app;
    let id = ask(&w).await;
    let bad = app
        .post(
            "/api/v1/helpdesk/questions",
            json!({ "subject": "Hi", "body": "" }),
            Some(&w.asker),
        )
        .await;
    assert_eq!(bad.status, 400);
    // The queue for staff; the member sees only their own.
    let queue = app
        .get("/api/v1/helpdesk/questions?status=open", Some(&w.helpdesk))
        .await
        .json();
    assert_eq!(queue["total"], 1);
    assert_eq!(
        queue["items"][0]["asker"]["display_name"],
        "jan jansen tester"
    );
    let mine = app
        .get("/api/v1/helpdesk/questions", Some(&w.member))
        .await
        .json();
    assert_eq!(mine["total"], 0);
    assert_eq!(
        app.get(&format!("/api/v1/helpdesk/questions/{id}"), Some(&w.member))
            .await
            .status,
        404
    );
    let not_staff = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/answer"),
            json!({ "body": "No." }),
            Some(&w.member),
        )
        .await;
    assert_eq!(not_staff.status, 403);

    let answered = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/answer"),
            json!({ "body": "Only if the framework provided for it (art. 72(1)(a))." }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(answered.status, 200, "{}", answered.text());
    let seen = app
        .get(&format!("/api/v1/helpdesk/questions/{id}"), Some(&w.asker))
        .await
        .json();
    assert_eq!(seen["status"], "answered");
    assert!(seen["answer"].as_str().unwrap_or("").contains("art. 72"));
    app.run_jobs().await;
    let mail = app.last_mail_to(ASKER).await.expect("mail to the asker");
    assert!(
        mail.subject.contains("The helpdesk answered"),
        "{}",
        mail.subject
    );
}

#[tokio::test]
async fn an_anonymised_publication_leaks_nothing_of_the_asker() {
    let w = world().await;
    let app = &w.app;
    let id = ask(&w).await;
    let before = app.mails().await.len();
    let published = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/publish"),
            json!({ "community": "legal" }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.text());
    let thread_id = published.json()["thread_id"]
        .as_str()
        .expect("thread")
        .to_owned();
    let thread = app
        .get(&format!("/api/v1/threads/{thread_id}"), Some(&w.member))
        .await;
    assert_eq!(thread.status, 200);
    let text = thread.text();
    assert_eq!(
        thread.json()["author"]["display_name"],
        "Helpdesk",
        "{text}"
    );
    for secret in [
        "Jansen",
        "jansen",
        "jan.jansen@",
        "Case 2026-114",
        "Bouw BV",
        "Schoon",
    ] {
        assert!(!text.contains(secret), "{secret} leaked: {text}");
    }
    assert!(text.contains("extend our cleaning framework"));
    // Nor through notification mails to the community's followers...
    app.run_jobs().await;
    for mail in &app.mails().await[before..] {
        if mail.to == ASKER {
            continue;
        }
        for secret in ["Jansen", "jan.jansen@", "Case 2026-114", "Schoon"] {
            assert!(
                !mail.body.contains(secret) && !mail.subject.contains(secret),
                "{secret} in a mail to {}",
                mail.to
            );
        }
    }
    // ...nor the audit log a manager reads, nor search.
    let moderator = app.sign_in("mod@praxis.example").await;
    let audit = app
        .get(
            "/api/v1/moderation/audit-log?community=legal",
            Some(&moderator),
        )
        .await;
    let asker_id = app.get("/api/v1/me", Some(&w.asker)).await.json()["id"].clone();
    let entry = audit.json()["items"]
        .as_array()
        .and_then(|items| {
            items
                .iter()
                .find(|e| e["action"] == "helpdesk_question_published")
                .cloned()
        })
        .expect("audited");
    assert!(
        !entry
            .to_string()
            .contains(&format!("\"{}\"", asker_id.as_str().unwrap_or("-"))),
        "{entry}"
    );
    let found = app
        .get("/api/v1/search?q=jansen", Some(&w.member))
        .await
        .json();
    let leaked = found["items"].as_array().is_some_and(|items| {
        items.iter().any(|i| {
            i["thread_id"] == thread_id.as_str()
                || (i["type"] == "thread" && i["id"] == thread_id.as_str())
        })
    });
    assert!(!leaked, "the asker's name finds the thread: {found}");

    // Answers flow back: the helpdesk links one and closes; the asker reads it.
    let answer = reply(
        app,
        &w.member,
        &thread_id,
        "We extended ours under art. 72(1)(a): check your clause.",
    )
    .await;
    // The asker is not a member of legal: a mail without the answer's text.
    app.run_jobs().await;
    let told = app.last_mail_to(ASKER).await.expect("a mail to the asker");
    assert!(
        told.subject.starts_with("New answer in the discussion"),
        "{}",
        told.subject
    );
    assert!(
        !told.body.contains("art. 72(1)(a)"),
        "no content for someone who cannot read it"
    );
    let wrong = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/close"),
            json!({ "post_id": "999999" }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(wrong.status, 400);
    let closed = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/close"),
            json!({ "post_id": answer }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text());
    let seen = app
        .get(&format!("/api/v1/helpdesk/questions/{id}"), Some(&w.asker))
        .await
        .json();
    assert_eq!(seen["status"], "closed");
    assert!(
        seen["answer"]
            .as_str()
            .unwrap_or("")
            .contains("art. 72(1)(a)"),
        "{seen}"
    );
    let again = app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/publish"),
            json!({ "community": "legal" }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(again.status, 409);
}

#[tokio::test]
async fn a_named_publication_says_who_asked() {
    let w = world().await;
    let id = ask(&w).await;
    let published = w
        .app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/publish"),
            json!({ "community": "legal", "anonymise": false }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(published.status, 200);
    let thread_id = published.json()["thread_id"]
        .as_str()
        .expect("thread")
        .to_owned();
    let text = w
        .app
        .get(&format!("/api/v1/threads/{thread_id}"), Some(&w.member))
        .await
        .text();
    assert!(text.contains("jan jansen tester"), "{text}");
    assert!(
        !text.contains("Case 2026-114") && !text.contains("Schoon"),
        "private parts stay private"
    );
    let unknown = w
        .app
        .post(
            &format!("/api/v1/helpdesk/questions/{id}/publish"),
            json!({ "community": "nowhere" }),
            Some(&w.helpdesk),
        )
        .await;
    assert_eq!(unknown.status, 409, "already published comes first");
}
