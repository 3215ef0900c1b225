//! /communities/{slug}/invitations, /invitations/{token},
//! /communities/{slug}/settings and removing members, through the forms.

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};
use serde_json::json;

const MANAGER: &str = "mia@minfin.example.gov";
const LAWYER: &str = "lawyer@lawfirm.example";

/// The invite-only community `legal`, managed by Mia; returns the app.
async fn legal_managed_by_mia() -> TestApp {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    let created = app
        .post(
            "/api/v1/communities",
            json!({ "slug": "legal", "name": "Legal questions", "kind": "policy",
                    "description": "Procurement law.", "membership": "invite" }),
            Some(&moderator),
        )
        .await;
    assert_eq!(created.status, 201);
    let mia = app.with_member(MANAGER).await;
    let id = app.get("/api/v1/me", Some(&mia)).await.json()["id"].clone();
    let appointed = app
        .put(
            &format!(
                "/api/v1/communities/legal/managers/{}",
                id.as_str().unwrap_or("")
            ),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success());
    app
}

fn location(response: &praxis_test_support::TestResponse) -> String {
    response.header("location").unwrap_or_default()
}

#[tokio::test]
async fn a_manager_invites_a_guest_who_signs_up_through_the_link_page() {
    let app = legal_managed_by_mia().await;
    let mut mia = Browser::new(&app);
    mia.sign_in(MANAGER, PASSWORD).await;
    let community = mia.get("/communities/legal").await.text();
    assert!(
        community.contains("/communities/legal/invitations"),
        "a link for managers"
    );

    let page = mia.get("/communities/legal/invitations").await;
    assert_eq!(page.status, 200);
    // A wrong address comes back with the error beside its field.
    let refused = mia
        .submit(
            "/communities/legal/invitations",
            &[
                ("email", "nope"),
                ("role", "guest"),
                ("expires_in_days", "14"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400);
    assert!(refused.text().contains("id=\"error-email\""));
    let sent = mia
        .submit(
            "/communities/legal/invitations",
            &[
                ("email", LAWYER),
                ("role", "guest"),
                ("expires_in_days", "7"),
                ("message", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text());
    let listed = mia.get(&location(&sent)).await.text();
    assert!(
        listed.contains(LAWYER) && listed.contains("Waiting"),
        "{listed}"
    );

    let link = app
        .last_mail_to(LAWYER)
        .await
        .and_then(|m| m.link())
        .expect("an invitation link");
    let path = link
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
        .expect("a path");

    // The newcomer, not signed in, chooses a name and password.
    let mut lena = Browser::new(&app);
    let landing = lena.get(&path).await;
    assert_eq!(landing.status, 200);
    let html = landing.text();
    assert!(
        html.contains("Legal questions") && html.contains("guest"),
        "{html}"
    );
    assert!(html.contains("name=\"display_name\""));
    let weak = lena
        .submit(
            &path,
            &[("display_name", "Lena Advocaat"), ("password", "short")],
        )
        .await;
    assert_eq!(weak.status, 400);
    assert!(weak.text().contains("id=\"error-password\""));
    let joined = lena
        .submit(
            &path,
            &[
                ("display_name", "Lena Advocaat"),
                ("organisation", "Advocaten & Co"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(joined.status, 303, "{}", joined.text());
    assert!(
        location(&joined).starts_with("/usage-code?next="),
        "{}",
        location(&joined)
    );
    assert!(
        lena.cookie(praxis_web::SESSION_COOKIE).is_some(),
        "signed in"
    );
    // The used link now explains itself.
    let used = lena.get(&path).await;
    assert_eq!(used.status, 410);
    assert!(used.text().contains("already been used"));

    // The manager sees the guest labelled, and ends their access.
    let members = mia.get("/communities/legal/members").await.text();
    assert!(
        members.contains("Lena Advocaat") && members.contains(">Guest<"),
        "{members}"
    );
    let guest_id = members
        .split("/communities/legal/members/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("a remove form")
        .to_owned();
    let removed = mia
        .submit(
            &format!("/communities/legal/members/{guest_id}/remove"),
            &[],
        )
        .await;
    assert_eq!(removed.status, 303);
    let members = mia.get(&location(&removed)).await.text();
    assert!(!members.contains("Lena Advocaat"));
    // Her session ended with her last community.
    let after = lena.get("/communities/legal").await;
    assert_eq!(after.status, 303, "sent to sign in");
}

#[tokio::test]
async fn someone_signed_in_as_another_person_is_told_clearly() {
    let app = legal_managed_by_mia().await;
    let mia = app.sign_in(MANAGER).await;
    let sent = app
        .post(
            "/api/v1/communities/legal/invitations",
            json!({ "email": LAWYER, "role": "guest" }),
            Some(&mia),
        )
        .await;
    assert_eq!(sent.status, 201);
    let link = app
        .last_mail_to(LAWYER)
        .await
        .and_then(|m| m.link())
        .expect("link");
    let path = &link[link.find("/invitations/").expect("path")..];
    let mut other = Browser::new(&app);
    app.with_member("anna@minfin.example.gov").await;
    other.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = other.get(path).await.text();
    assert!(
        page.contains("you are signed in as anna@minfin.example.gov"),
        "{page}"
    );
    assert!(page.contains("l***@lawfirm.example"));
    assert!(
        !page.contains(LAWYER),
        "the full address is not shown to someone else"
    );
    let refused = other.submit(path, &[]).await;
    assert_eq!(refused.status, 409);
}

#[tokio::test]
async fn a_manager_edits_the_rules_shown_on_the_community_page() {
    let app = legal_managed_by_mia().await;
    let mut mia = Browser::new(&app);
    mia.sign_in(MANAGER, PASSWORD).await;
    let form = mia.get("/communities/legal/settings").await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("Procurement law."));
    let invalid = mia
        .submit(
            "/communities/legal/settings",
            &[
                ("name", "x"),
                ("description", "Procurement law."),
                ("rules", ""),
                ("membership", "invite"),
            ],
        )
        .await;
    assert_eq!(invalid.status, 400);
    assert!(invalid.text().contains("id=\"error-name\""));
    let saved = mia
        .submit(
            "/communities/legal/settings",
            &[
                ("name", "Legal questions"),
                ("description", "Procurement law."),
                ("rules", "Never name a bidder."),
                ("membership", "invite"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let page = mia.get(&location(&saved)).await.text();
    assert!(page.contains("Rules of this community") && page.contains("Never name a bidder."));

    // A plain member gets no form.
    app.with_member("anna@minfin.example.gov").await;
    let mut anna = Browser::new(&app);
    anna.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert_eq!(anna.get("/communities/legal/settings").await.status, 404);
}
