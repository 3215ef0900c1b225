//! The leak classes of the authorization matrix that a status code alone
//! does not show: a guest of `legal` must not reach anything of `ict` through
//! search, the feed, mentions, the directory, attachments or notifications,
//! and notification mails carry nothing from communities their reader
//! cannot see.

use crate::invitations::{World, guest_of_legal, id_of, world};
use crate::{reply, thread};
use praxis_test_support::TestApp;
use serde_json::{Value, json};

/// A member of `ict` only, who wants every notification by mail at once.
async fn ict_member(app: &TestApp) -> (String, String) {
    let token = app.with_member("otto@minbzk.example.gov").await;
    app.join("ict", &token).await;
    let set = app
        .put(
            "/api/v1/me/notification-settings",
            json!({ "email": "immediate" }),
            Some(&token),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text());
    let handle = handle_of(app, &token, "ict").await;
    (token, handle)
}

async fn handle_of(app: &TestApp, token: &str, slug: &str) -> String {
    let id = id_of(app, token).await;
    let members = app
        .get(&format!("/api/v1/communities/{slug}/members"), Some(token))
        .await
        .json();
    members["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|m| m["id"] == id.as_str())
        .and_then(|m| m["handle"].as_str())
        .expect("a handle")
        .to_owned()
}

/// Whether any notification of the page is about this thread.
fn mentions_thread(page: &Value, thread: &str) -> bool {
    page["items"]
        .as_array()
        .is_some_and(|items| items.iter().any(|n| n["thread"]["id"] == thread))
}

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["title"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// `ict` holds a thread, a reply and a document about "zeppelin" maintenance;
/// `legal` holds a guest.
async fn two_communities() -> (World, String, String) {
    let w = world().await;
    let app = &w.app;
    let guest = guest_of_legal(&w).await;
    let (otto, _) = ict_member(app).await;
    let in_ict = thread(
        app,
        &otto,
        "ict",
        "question",
        "Zeppelin maintenance framework",
        "Who has tendered zeppelin maintenance?",
    )
    .await;
    reply(app, &otto, &in_ict, "We did, in four zeppelin lots.").await;
    (w, guest, in_ict)
}

#[tokio::test]
async fn a_guest_finds_nothing_outside_their_community_in_search_and_feed() {
    let (w, guest, in_ict) = two_communities().await;
    let app = &w.app;
    // The control: a member of ict finds it.
    let otto = app.sign_in("otto@minbzk.example.gov").await;
    let control = app
        .get("/api/v1/search?q=zeppelin", Some(&otto))
        .await
        .json();
    assert!(control["total"].as_u64().unwrap_or(0) >= 1, "{control}");
    let nonsense = app
        .get("/api/v1/search?q=qwxzvbnm", Some(&guest))
        .await
        .json();
    for q in [
        "zeppelin",
        "zeppelin%20maintenance",
        "%22four%20zeppelin%20lots%22",
        "zepp",
    ] {
        let found = app
            .get(&format!("/api/v1/search?q={q}&prefix=true"), Some(&guest))
            .await;
        assert_eq!(found.status, 200, "{q}");
        assert_eq!(
            found.json()["total"],
            nonsense["total"],
            "{q}: {}",
            found.text()
        );
        assert!(!found.text().contains("eppelin"), "{q}: {}", found.text());
    }
    let scoped = app
        .get("/api/v1/search?q=zeppelin&community=ict", Some(&guest))
        .await;
    assert!(
        !scoped.text().contains("Zeppelin maintenance"),
        "{}",
        scoped.text()
    );
    let people = app
        .get("/api/v1/search?q=otto&type=person", Some(&guest))
        .await;
    assert!(!people.text().contains("otto"), "{}", people.text());

    let feed = app.get("/api/v1/feed", Some(&guest)).await.json();
    assert!(
        !titles(&feed).iter().any(|t| t.contains("Zeppelin")),
        "{feed}"
    );
    let unanswered = app.get("/unanswered", None).await;
    assert_ne!(unanswered.status, 200, "pages need a session");
    assert_eq!(
        app.get(&format!("/api/v1/threads/{in_ict}"), Some(&guest))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_guest_cannot_reach_people_or_files_of_other_communities() {
    let (w, guest, _) = two_communities().await;
    let app = &w.app;
    let otto = app.sign_in("otto@minbzk.example.gov").await;
    let otto_id = id_of(app, &otto).await;
    // The directory is closed; a profile outside the guest's community is absent.
    assert_eq!(
        app.get("/api/v1/people?q=otto", Some(&guest)).await.status,
        403
    );
    assert_eq!(
        app.get(&format!("/api/v1/people/{otto_id}"), Some(&guest))
            .await
            .status,
        404
    );
    // A co-member's profile is visible, with only what they share.
    let mia = id_of(app, &w.manager).await;
    let profile = app
        .get(&format!("/api/v1/people/{mia}"), Some(&guest))
        .await;
    assert_eq!(profile.status, 200, "{}", profile.text());
    // The mention picker lists only the guest's community.
    let picker = app
        .get("/api/v1/communities/ict/members?q=ot", Some(&guest))
        .await;
    assert_eq!(picker.status, 404);

    // A document shared in ict: neither its page nor its bytes.
    let boundary = "leak-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nZeppelin specs\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"specs.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n(zeppelin)\n%%EOF\n\r\n--{boundary}--\r\n"
    );
    let uploaded = app
        .request(
            axum::http::Request::post("/api/v1/communities/ict/documents")
                .header("authorization", format!("Bearer {otto}"))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(axum::body::Body::from(body))
                .expect("request"),
        )
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.text());
    let document = uploaded.json()["id"].as_str().expect("id").to_owned();
    for path in [
        format!("/api/v1/documents/{document}"),
        format!("/api/v1/documents/{document}/download"),
        "/api/v1/communities/ict/documents".to_owned(),
    ] {
        assert_eq!(app.get(&path, Some(&guest)).await.status, 404, "{path}");
    }
}

#[tokio::test]
async fn mentions_reach_only_people_who_can_read_the_thread_and_mails_carry_nothing_else() {
    let (w, guest, in_ict) = two_communities().await;
    let app = &w.app;
    let otto = app.sign_in("otto@minbzk.example.gov").await;
    let otto_handle = handle_of(app, &otto, "ict").await;
    let before = app.mails().await.len();

    // The guest mentions a member of ict in legal: nothing reaches them.
    let asked = thread(
        app,
        &guest,
        "legal",
        "question",
        "Confidential liability clause",
        &format!("@{otto_handle} what do you think of this secret clause?"),
    )
    .await;
    app.run_jobs().await;
    let notes = app.get("/api/v1/notifications", Some(&otto)).await.json();
    assert!(
        !mentions_thread(&notes, &asked),
        "no notification about a thread Otto cannot read: {notes}"
    );
    let mails = app.mails().await;
    assert!(
        mails[before..]
            .iter()
            .all(|m| !m.body.contains("secret clause") && !m.subject.contains("Confidential")),
        "no mail about it either"
    );

    // A member of ict mentions the guest there: the guest hears nothing.
    let guest_handle = handle_of(app, &guest, "legal").await;
    reply(
        app,
        &otto,
        &in_ict,
        &format!("@{guest_handle} maybe you know?"),
    )
    .await;
    let notes = app.get("/api/v1/notifications", Some(&guest)).await.json();
    assert!(
        !mentions_thread(&notes, &in_ict),
        "the guest is not told about ict: {notes}"
    );

    // After the guest's access ends, replies in their own thread stay unknown to them.
    let guest_id = id_of(app, &guest).await;
    let removed = app
        .delete(
            &format!("/api/v1/communities/legal/members/{guest_id}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(removed.status, 204);
    let mia_reply = reply(app, &w.manager, &asked, "Answer after the guest left.").await;
    let guest_user: i64 = guest_id.parse().expect("numeric id");
    let theirs = praxis_store::notifications::list(
        &app.app.db,
        praxis_domain::UserId(guest_user),
        false,
        praxis_domain::Paging {
            page: 1,
            per_page: 100,
        },
    )
    .await
    .expect("notifications");
    let count = theirs
        .items
        .iter()
        .filter(|n| n.post_id.map(|p| p.to_string()) == Some(mia_reply.clone()))
        .count();
    assert_eq!(
        count, 0,
        "no notification for someone who can no longer read it"
    );
}

/// The item of a list whose `key` (nested with `/`) equals `value`.
fn item_where<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array()
        .and_then(|items| {
            items
                .iter()
                .find(|i| i.pointer(key).and_then(Value::as_str) == Some(value))
        })
        .unwrap_or_else(|| panic!("no item with {key} = {value} in {list}"))
}

const GUEST_BADGE: &str = r#"Lena Advocaat <span class="badge guest">Guest</span>"#;

#[tokio::test]
async fn guests_are_labelled_wherever_their_name_appears() {
    use praxis_test_support::{Browser, PASSWORD};
    let w = world().await;
    let app = &w.app;
    let guest = guest_of_legal(&w).await;
    let guest_id = id_of(app, &guest).await;
    let mut mia = Browser::new(app);
    mia.sign_in("mia@minfin.example.gov", PASSWORD).await;
    let mut moderator = Browser::new(app);
    moderator.sign_in("mod@praxis.example", PASSWORD).await;

    // The guest answers the manager's question: the thread list and the
    // manager's notification say who answered, as a guest.
    let asked = thread(
        app,
        &w.manager,
        "legal",
        "question",
        "Liability caps in ICT contracts",
        "What cap do you use?",
    )
    .await;
    reply(app, &guest, &asked, "Usually twice the contract value.").await;
    let notes = app
        .get("/api/v1/notifications", Some(&w.manager))
        .await
        .json();
    let note = item_where(&notes["items"], "/thread/id", &asked);
    assert_eq!(note["actor"]["guest"], true, "{note}");
    let page = mia.get("/notifications").await.text();
    assert!(page.contains("Lena Advocaat (guest)"), "{page}");
    let page = mia.get("/communities/legal").await.text();
    assert!(page.contains(GUEST_BADGE), "last reply by a guest: {page}");

    // A person hit in search.
    let found = app
        .get("/api/v1/search?q=Advocaat&type=person", Some(&w.manager))
        .await
        .json();
    assert_eq!(item_where(&found["items"], "/id", &guest_id)["guest"], true);
    let members = app
        .get("/api/v1/search?q=tester&type=person", Some(&w.manager))
        .await
        .json();
    assert!(
        members["items"]
            .as_array()
            .is_some_and(|items| !items.is_empty() && items.iter().all(|i| i["guest"] == false)),
        "members are not labelled: {members}"
    );
    let page = mia.get("/search?q=Advocaat&type=person").await.text();
    assert!(
        page.contains(r#"Lena Advocaat</a> <span class="badge guest">Guest</span>"#),
        "{page}"
    );

    // The uploader of a document.
    let boundary = "label-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nModel liability clause\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clause.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n(clause)\n%%EOF\n\r\n--{boundary}--\r\n"
    );
    let uploaded = app
        .request(
            axum::http::Request::post("/api/v1/communities/legal/documents")
                .header("authorization", format!("Bearer {guest}"))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(axum::body::Body::from(body))
                .expect("request"),
        )
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.text());
    let document = uploaded.json()["id"].as_str().expect("id").to_owned();
    let shown = app
        .get(&format!("/api/v1/documents/{document}"), Some(&w.manager))
        .await
        .json();
    assert_eq!(shown["versions"][0]["uploader_guest"], true, "{shown}");
    let page = mia.get(&format!("/documents/{document}")).await.text();
    assert!(page.contains(GUEST_BADGE), "{page}");

    // An attendee of an event.
    let event = app
        .post(
            "/api/v1/events",
            json!({
                "title": "Liability clinic",
                "starts_at": "2030-05-03T10:00",
                "ends_at": "2030-05-03T11:00",
                "location": "Online",
                "community": "legal",
            }),
            Some(&w.manager),
        )
        .await;
    assert_eq!(event.status, 201, "{}", event.text());
    let event = event.json()["id"].as_str().expect("id").to_owned();
    let going = app
        .post(
            &format!("/api/v1/events/{event}/rsvp"),
            json!({ "status": "going" }),
            Some(&guest),
        )
        .await;
    assert_eq!(going.status, 200, "{}", going.text());
    let attendees = app
        .get(
            &format!("/api/v1/events/{event}/attendees"),
            Some(&w.manager),
        )
        .await
        .json();
    assert_eq!(
        item_where(&attendees["items"], "/user/id", &guest_id)["user"]["guest"],
        true
    );
    let csv = app
        .get(
            &format!("/api/v1/events/{event}/attendees.csv"),
            Some(&w.manager),
        )
        .await
        .text();
    assert!(
        csv.contains("\"Lena Advocaat\",\"guest\""),
        "a column says who is a guest: {csv}"
    );
    let page = mia.get(&format!("/events/{event}/attendees")).await.text();
    assert!(page.contains(GUEST_BADGE), "{page}");

    // The reporter of a flag, in the moderators' queue.
    let advert = reply(app, &w.manager, &asked, "Buy our caps at a discount").await;
    let flagged = app
        .post(
            &format!("/api/v1/posts/{advert}/flags"),
            json!({ "reason": "commercial", "text": "" }),
            Some(&guest),
        )
        .await;
    assert_eq!(flagged.status, 201, "{}", flagged.text());
    let queue = app
        .get("/api/v1/moderation/queue", Some(&w.moderator))
        .await
        .json();
    assert_eq!(
        queue["flags"]["items"][0]["reporter"]["guest"], true,
        "{queue}"
    );
    let page = moderator.get("/moderation/queue").await.text();
    assert!(page.contains(GUEST_BADGE), "{page}");

    // The actor of an audit entry: accepting the invitation.
    let log = app
        .get(
            "/api/v1/moderation/audit-log?action=invitation_accepted",
            Some(&w.moderator),
        )
        .await
        .json();
    assert_eq!(log["items"][0]["actor"]["guest"], true, "{log}");
    let page = moderator.get("/moderation/audit-log").await.text();
    assert!(page.contains(GUEST_BADGE), "{page}");

    // The sender of feedback. (Guests cannot write to the helpdesk, so a
    // helpdesk asker is never one.)
    let sent = app
        .post(
            "/api/v1/feedback",
            json!({ "kind": "idea", "text": "A glossary of legal terms would help." }),
            Some(&guest),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text());
    let feedback = app.get("/api/v1/feedback", Some(&w.moderator)).await.json();
    assert_eq!(feedback["items"][0]["from"]["guest"], true, "{feedback}");
}
