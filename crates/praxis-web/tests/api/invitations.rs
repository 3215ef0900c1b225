//! /api/v1/communities/{slug}/invitations, /api/v1/invitations/{token},
//! removing members (ending a guest's access) and editing a community.

use crate::{allow_domain, community, thread};
use axum::http::Method;
use praxis_domain::Role;
use praxis_store::ConnectionTrait;
use praxis_test_support::{PASSWORD, TestApp};
use serde_json::{Value, json};

pub(crate) const LAWYER: &str = "lawyer@lawfirm.example";

/// A moderator, the invite-only community `legal` managed by Mia, and the
/// open community `ict`.
pub(crate) struct World {
    pub app: TestApp,
    pub moderator: String,
    pub manager: String,
}

pub(crate) async fn world() -> World {
    let app = TestApp::new().await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "legal", "invite").await;
    community(&app, &moderator, "ict", "open").await;
    // The creator manages what they create; these tests are about what a
    // platform moderator may do as such, so the moderator steps out.
    for slug in ["legal", "ict"] {
        let left = app
            .call(
                axum::http::Method::POST,
                &format!("/api/v1/communities/{slug}/leave"),
                None,
                Some(&moderator),
            )
            .await;
        assert!(left.status.is_success(), "{}", left.text());
    }
    let manager = app.with_member("mia@minfin.example.gov").await;
    let mia = id_of(&app, &manager).await;
    let appointed = app
        .put(
            &format!("/api/v1/communities/legal/managers/{mia}"),
            json!({}),
            Some(&moderator),
        )
        .await;
    assert!(appointed.status.is_success(), "{}", appointed.text());
    World {
        app,
        moderator,
        manager,
    }
}

pub(crate) async fn id_of(app: &TestApp, token: &str) -> String {
    app.get("/api/v1/me", Some(token)).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

pub(crate) async fn invite(app: &TestApp, token: &str, slug: &str, body: Value) -> Value {
    let response = app
        .post(
            &format!("/api/v1/communities/{slug}/invitations"),
            body,
            Some(token),
        )
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()
}

/// The secret of the last invitation mailed to `email`: the link ends in it.
pub(crate) async fn link_token(app: &TestApp, email: &str) -> String {
    let mail = app.last_mail_to(email).await.expect("an invitation mail");
    let link = mail.link().expect("a link");
    link.rsplit_once("/invitations/")
        .map(|(_, token)| token.to_owned())
        .expect("an invitation link")
}

pub(crate) async fn accept(
    app: &TestApp,
    token: &str,
    body: Value,
    session: Option<&str>,
) -> (u16, Value) {
    let response = app
        .post(
            &format!("/api/v1/invitations/{token}/accept"),
            body,
            session,
        )
        .await;
    let status = response.status.as_u16();
    (status, response.json())
}

pub(crate) async fn accept_usage_code(app: &TestApp, token: &str) {
    let code = app.get("/api/v1/usage-code", None).await.json();
    let accepted = app
        .post(
            "/api/v1/usage-code/accept",
            json!({ "version": code["version"] }),
            Some(token),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
}

/// A guest of `legal` with the usage code accepted; returns their token.
pub(crate) async fn guest_of_legal(w: &World) -> String {
    invite(
        &w.app,
        &w.manager,
        "legal",
        json!({ "email": LAWYER, "role": "guest" }),
    )
    .await;
    let token = link_token(&w.app, LAWYER).await;
    let (status, body) = accept(
        &w.app,
        &token,
        json!({ "display_name": "Lena Advocaat", "password": PASSWORD, "organisation": "Advocaten & Co" }),
        None,
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let session = body["token"].as_str().expect("a session").to_owned();
    accept_usage_code(&w.app, &session).await;
    session
}

#[tokio::test]
async fn a_guest_registers_through_the_link_and_sees_only_that_community() {
    let w = world().await;
    let app = &w.app;
    let sent = invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": "Lawyer@LawFirm.example", "role": "guest", "message": "Join our legal questions." }),
    )
    .await;
    assert_eq!(sent["status"], "pending");
    assert_eq!(sent["email"], LAWYER);
    assert_eq!(sent["role"], "guest");
    let mail = app.last_mail_to(LAWYER).await.expect("mail");
    assert!(mail.body.contains("as a guest"), "{}", mail.body);
    assert!(mail.body.contains("Join our legal questions."));
    let token = link_token(app, LAWYER).await;

    // The holder of the link learns what it is for, without a session.
    let landing = app.get(&format!("/api/v1/invitations/{token}"), None).await;
    assert_eq!(landing.status, 200, "{}", landing.text());
    assert_eq!(landing.json()["community"]["slug"], "legal");
    assert_eq!(landing.json()["has_account"], false);
    let unknown = app.get("/api/v1/invitations/not-a-real-token", None).await;
    assert_eq!(unknown.status, 404);

    // A weak password is refused and the link still works afterwards.
    let (status, body) = accept(
        app,
        &token,
        json!({ "display_name": "Lena Advocaat", "password": "short" }),
        None,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["field"], "password");
    let (status, body) = accept(
        app,
        &token,
        json!({ "display_name": "Lena Advocaat", "password": PASSWORD }),
        None,
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["community"]["slug"], "legal");
    assert_eq!(body["user"]["roles"], json!(["guest"]));
    let guest = body["token"].as_str().expect("signed in").to_owned();

    // The inviter hears that the invitation was accepted.
    let notes = app
        .get("/api/v1/notifications", Some(&w.manager))
        .await
        .json();
    assert_eq!(notes["items"][0]["kind"], "invitation_accepted", "{notes}");

    // Single use.
    let (status, body) = accept(
        app,
        &token,
        json!({ "display_name": "Someone", "password": PASSWORD }),
        None,
    )
    .await;
    assert_eq!(status, 410, "{body}");
    assert_eq!(body["error"]["code"], "invitation_used");

    // Still bound by the usage code.
    let early = app
        .post(
            "/api/v1/communities/legal/threads",
            json!({ "title": "Liability caps", "body": "Usual caps?", "kind": "question" }),
            Some(&guest),
        )
        .await;
    assert_eq!(early.error_code(), "usage_code_not_accepted");
    accept_usage_code(app, &guest).await;
    let asked = thread(
        app,
        &guest,
        "legal",
        "question",
        "Liability caps in IT contracts",
        "What caps do you use?",
    )
    .await;
    let shown = app
        .get(&format!("/api/v1/threads/{asked}"), Some(&guest))
        .await;
    assert_eq!(shown.status, 200);
    assert_eq!(
        shown.json()["posts"][0]["author"]["guest"],
        true,
        "{}",
        shown.text()
    );

    // Labelled as a guest in the member list.
    let members = app
        .get("/api/v1/communities/legal/members", Some(&w.manager))
        .await
        .json();
    let lena = members["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|m| m["display_name"] == "Lena Advocaat")
        .expect("the guest is a member")
        .clone();
    assert_eq!(lena["guest"], true);

    // Nothing outside `legal`.
    let listed = app.get("/api/v1/communities", Some(&guest)).await.json();
    let slugs: Vec<&str> = listed["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|c| c["slug"].as_str())
        .collect();
    assert_eq!(slugs, ["legal"]);
    for path in [
        "/api/v1/communities/ict",
        "/api/v1/communities/ict/threads",
        "/api/v1/communities/ict/members",
    ] {
        assert_eq!(app.get(path, Some(&guest)).await.status, 404, "{path}");
    }
    assert_eq!(app.get("/api/v1/people", Some(&guest)).await.status, 403);
    let join_ict = app
        .call(
            Method::POST,
            "/api/v1/communities/ict/join",
            None,
            Some(&guest),
        )
        .await;
    assert_eq!(join_ict.status, 404);
}

#[tokio::test]
async fn bad_invitations_are_refused_with_the_field_that_is_wrong() {
    let w = world().await;
    let app = &w.app;
    for (body, field) in [
        (
            json!({ "email": "not an address", "role": "guest" }),
            "email",
        ),
        (json!({ "email": LAWYER, "role": "owner" }), "role"),
        (json!({ "email": LAWYER }), "role"),
        (
            json!({ "email": LAWYER, "role": "guest", "expires_in_days": 0 }),
            "expires_in_days",
        ),
        (
            json!({ "email": LAWYER, "role": "guest", "expires_in_days": 365 }),
            "expires_in_days",
        ),
        // Suppliers and outsiders never become members through the back door.
        (json!({ "email": LAWYER, "role": "member" }), "role"),
    ] {
        let response = app
            .post(
                "/api/v1/communities/legal/invitations",
                body.clone(),
                Some(&w.manager),
            )
            .await;
        assert_eq!(response.status, 400, "{body}: {}", response.text());
        assert_eq!(response.json()["error"]["field"], field, "{body}");
    }
    assert!(app.mails().await.iter().all(|m| m.to != LAWYER));
}

#[tokio::test]
async fn a_new_invitation_replaces_the_old_one_and_links_can_be_withdrawn_or_expire() {
    let w = world().await;
    let app = &w.app;
    invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": LAWYER, "role": "guest" }),
    )
    .await;
    let first = link_token(app, LAWYER).await;
    let second_invitation = invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": LAWYER, "role": "guest" }),
    )
    .await;
    let second = link_token(app, LAWYER).await;
    assert_ne!(first, second);
    let (status, body) = accept(
        app,
        &first,
        json!({ "display_name": "Lena", "password": PASSWORD }),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (410, json!("invitation_revoked"))
    );

    // Withdrawn by a manager.
    let id = second_invitation["id"].as_str().expect("id");
    let revoked = app
        .delete(
            &format!("/api/v1/communities/legal/invitations/{id}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(revoked.status, 204, "{}", revoked.text());
    let again = app
        .delete(
            &format!("/api/v1/communities/legal/invitations/{id}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(again.status, 409);
    let (status, _) = accept(
        app,
        &second,
        json!({ "display_name": "Lena", "password": PASSWORD }),
        None,
    )
    .await;
    assert_eq!(status, 410);

    // Expired.
    invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": LAWYER, "role": "guest", "expires_in_days": 1 }),
    )
    .await;
    let third = link_token(app, LAWYER).await;
    app.app
        .db
        .execute_unprepared("UPDATE invitations SET expires_at = created_at")
        .await
        .expect("expired");
    let (status, body) = accept(
        app,
        &third,
        json!({ "display_name": "Lena", "password": PASSWORD }),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (410, json!("invitation_expired"))
    );
    assert_eq!(
        app.get(&format!("/api/v1/invitations/{third}"), None)
            .await
            .status,
        410
    );

    // The list tells each one's fate.
    let listed = app
        .get("/api/v1/communities/legal/invitations", Some(&w.manager))
        .await;
    assert_eq!(listed.status, 200);
    let statuses: Vec<String> = listed.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["status"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(statuses, ["expired", "revoked", "revoked"]);
    // The audit log keeps who sent and withdrew what.
    let audit = app
        .get(
            "/api/v1/moderation/audit-log?community=legal",
            Some(&w.moderator),
        )
        .await
        .json();
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert!(actions.contains(&"invitation_sent"), "{actions:?}");
    assert!(actions.contains(&"invitation_revoked"), "{actions:?}");
}

#[tokio::test]
async fn existing_accounts_confirm_with_their_password_or_their_session() {
    let w = world().await;
    let app = &w.app;
    allow_domain(app, "minfin.example.gov").await;
    let bob = app.with_member("bob@minfin.example.gov").await;
    let carol = app.with_member("carol@minfin.example.gov").await;

    invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": "bob@minfin.example.gov", "role": "member" }),
    )
    .await;
    let bobs_link = link_token(app, "bob@minfin.example.gov").await;
    // Bob has an account: told in the landing, and among his notifications.
    let landing = app
        .get(&format!("/api/v1/invitations/{bobs_link}"), None)
        .await
        .json();
    assert_eq!(landing["has_account"], true);
    let notes = app.get("/api/v1/notifications", Some(&bob)).await.json();
    assert_eq!(notes["items"][0]["kind"], "invited", "{notes}");

    // Carol, signed in, cannot take Bob's invitation.
    let (status, body) = accept(app, &bobs_link, json!({}), Some(&carol)).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "invitation_for_another_account");
    assert!(
        !body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("bob@")
    );

    // Without a session, Bob's password, not just the link.
    let (status, _) = accept(
        app,
        &bobs_link,
        json!({ "password": "wrong password entirely" }),
        None,
    )
    .await;
    assert_eq!(status, 401);
    let (status, body) = accept(app, &bobs_link, json!({ "password": PASSWORD }), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["user"]["roles"], json!(["member"]));
    assert_eq!(
        app.get("/api/v1/communities/legal/threads", Some(&bob))
            .await
            .status,
        200
    );

    // Carol, signed in, accepts her own with one click.
    invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": "carol@minfin.example.gov", "role": "guest" }),
    )
    .await;
    let carols_link = link_token(app, "carol@minfin.example.gov").await;
    let (status, body) = accept(app, &carols_link, json!({}), Some(&carol)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["token"].is_null());
    // A buyer invited "as a guest" stays a buyer: only newcomers become guests.
    assert_eq!(body["user"]["roles"], json!(["member"]));

    // Inviting someone who is already in is a conflict, not a second mail.
    let response = app
        .post(
            "/api/v1/communities/legal/invitations",
            json!({ "email": "carol@minfin.example.gov", "role": "member" }),
            Some(&w.manager),
        )
        .await;
    assert_eq!(response.status, 409);
}

#[tokio::test]
async fn only_the_communitys_managers_and_admins_invite() {
    let w = world().await;
    let app = &w.app;
    let admin = app.with_admin("admin@praxis.example").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;
    let body = json!({ "email": LAWYER, "role": "guest" });
    // Not a member of `legal`: it does not exist for them.
    let outsider = app
        .post(
            "/api/v1/communities/legal/invitations",
            body.clone(),
            Some(&member),
        )
        .await;
    assert_eq!(outsider.status, 404);
    // A member of `ict` who is not its manager.
    let plain = app
        .post(
            "/api/v1/communities/ict/invitations",
            body.clone(),
            Some(&member),
        )
        .await;
    assert_eq!(plain.status, 403);
    assert_eq!(
        app.get("/api/v1/communities/ict/invitations", Some(&member))
            .await
            .status,
        403
    );
    // Mia manages `legal`, not `ict`: she cannot invite there.
    let elsewhere = app
        .post(
            "/api/v1/communities/ict/invitations",
            body.clone(),
            Some(&w.manager),
        )
        .await;
    assert_eq!(elsewhere.status, 404);
    // Platform moderators moderate content; admins decide who enters.
    let moderator = app
        .post(
            "/api/v1/communities/ict/invitations",
            body.clone(),
            Some(&w.moderator),
        )
        .await;
    assert_eq!(moderator.status, 403);
    invite(app, &admin, "ict", body).await;
    assert_eq!(
        app.post("/api/v1/communities/ict/invitations", json!({}), None)
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn a_manager_ends_a_guests_access_and_the_guests_sessions_end_with_it() {
    let w = world().await;
    let app = &w.app;
    let guest = guest_of_legal(&w).await;
    let guest_id = id_of(app, &guest).await;
    let member = app.with_member("anna@minfin.example.gov").await;
    let anna = id_of(app, &member).await;

    // A plain member cannot remove anyone; a manager cannot remove themselves this way.
    invite(
        app,
        &w.manager,
        "legal",
        json!({ "email": "anna@minfin.example.gov", "role": "guest" }),
    )
    .await;
    let link = link_token(app, "anna@minfin.example.gov").await;
    let (status, _) = accept(app, &link, json!({}), Some(&member)).await;
    assert_eq!(status, 200);
    let by_member = app
        .delete(
            &format!("/api/v1/communities/legal/members/{guest_id}"),
            Some(&member),
        )
        .await;
    assert_eq!(by_member.status, 403);
    let mia = id_of(app, &w.manager).await;
    let self_removal = app
        .delete(
            &format!("/api/v1/communities/legal/members/{mia}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(self_removal.status, 403);

    let removed = app
        .call(
            Method::DELETE,
            &format!("/api/v1/communities/legal/members/{guest_id}"),
            Some(json!({ "reason": "The consultation has ended" })),
            Some(&w.manager),
        )
        .await;
    assert_eq!(removed.status, 204, "{}", removed.text());
    // With no community left, the guest's sessions end at once.
    assert_eq!(app.get("/api/v1/me", Some(&guest)).await.status, 401);
    let missing = app
        .delete(
            &format!("/api/v1/communities/legal/members/{guest_id}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(missing.status, 404);

    // A member removed keeps their account and other communities.
    let removed = app
        .delete(
            &format!("/api/v1/communities/legal/members/{anna}"),
            Some(&w.manager),
        )
        .await;
    assert_eq!(removed.status, 204);
    assert_eq!(app.get("/api/v1/me", Some(&member)).await.status, 200);
    assert_eq!(
        app.get("/api/v1/communities/legal/threads", Some(&member))
            .await
            .status,
        404
    );

    let audit = app
        .get(
            "/api/v1/moderation/audit-log?community=legal",
            Some(&w.moderator),
        )
        .await
        .json();
    let entry = audit["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|e| e["action"] == "guest_access_ended")
        .expect("audited")
        .clone();
    assert_eq!(entry["reason"], "The consultation has ended");
    assert_eq!(entry["target_id"], guest_id.as_str());
}

#[tokio::test]
async fn managers_edit_their_communitys_description_and_rules() {
    let w = world().await;
    let app = &w.app;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;

    let saved = app
        .call(
            Method::PATCH,
            "/api/v1/communities/legal",
            Some(json!({ "rules": "## Rules\n\nNo names of bidders.", "description": "Legal questions." })),
            Some(&w.manager),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    let body = saved.json();
    assert_eq!(body["rules"], "## Rules\n\nNo names of bidders.");
    assert!(
        body["rules_html"]
            .as_str()
            .unwrap_or("")
            .contains("<h2>Rules</h2>"),
        "{body}"
    );
    assert_eq!(body["description"], "Legal questions.");
    // What was not sent stays.
    assert_eq!(body["name"], "Community legal");
    assert_eq!(body["membership"], "invite");

    let invalid = app
        .call(
            Method::PATCH,
            "/api/v1/communities/legal",
            Some(json!({ "name": "x", "membership": "everyone" })),
            Some(&w.manager),
        )
        .await;
    assert_eq!(invalid.status, 400);
    let field = invalid.json()["error"]["field"].clone();
    assert!(
        field == "name" || field == "membership",
        "{}",
        invalid.text()
    );

    // A plain member cannot; a non-member does not see it; Mia cannot edit ict.
    let patch = |token: String, slug: &'static str| {
        let app = &w.app;
        async move {
            app.call(
                Method::PATCH,
                &format!("/api/v1/communities/{slug}"),
                Some(json!({ "rules": "Mine now." })),
                Some(&token),
            )
            .await
            .status
        }
    };
    assert_eq!(patch(member.clone(), "ict").await, 403);
    assert_eq!(patch(member.clone(), "legal").await, 404);
    assert_eq!(patch(w.manager.clone(), "ict").await, 404);
    assert_eq!(patch(w.moderator.clone(), "ict").await, 200);
    let shown = app
        .get("/api/v1/communities/legal", Some(&w.manager))
        .await
        .json();
    assert_eq!(shown["rules"], "## Rules\n\nNo names of bidders.");
}
