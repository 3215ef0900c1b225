//! /register, /verify, /login, /logout, /password-reset, /usage-code, /me/*

use praxis_domain::Role;
use praxis_test_support::{Browser, PASSWORD, TestApp};

#[tokio::test]
async fn a_buyer_registers_verifies_signs_in_and_accepts_the_usage_code_in_the_browser() {
    let app = TestApp::new().await;
    praxis_app::accounts::operator::add_buyer_domain(&app.app, "minfin.example.gov")
        .await
        .expect("domain");
    let mut browser = Browser::new(&app);
    let form = browser.get("/register").await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("<label for=\"field-email\">"));
    let done = browser
        .submit(
            "/register",
            &[
                ("email", "anna@minfin.example.gov"),
                ("display_name", "Anna de Vries"),
                ("organisation", "Ministry of Finance"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(
        done.header("location").as_deref(),
        Some("/register/check-mail")
    );

    let link = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .and_then(|m| m.link())
        .expect("link");
    let path = link.trim_start_matches("http://praxis.test");
    let verified = browser.get(path).await;
    assert_eq!(verified.status, 200);
    assert!(
        verified.text().contains("your account is active"),
        "{}",
        verified.text()
    );

    let signed_in = browser.sign_in("anna@minfin.example.gov", PASSWORD).await;
    assert_eq!(signed_in.status, 303);
    let location = signed_in.header("location").unwrap_or_default();
    assert!(location.starts_with("/usage-code"), "{location}");
    let session = signed_in.header("set-cookie").unwrap_or_default();
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax"),
        "{session}"
    );

    let code = browser.get(&location).await;
    assert!(code.text().contains("I accept the usage code"));
    assert!(code.text().contains("own behalf"));
    let accepted = browser
        .submit("/usage-code/accept", &[("version", "1"), ("next", "/")])
        .await;
    assert_eq!(accepted.status, 303);
    let home = browser.get("/").await;
    assert!(home.text().contains("Welcome, Anna de Vries"));
    assert!(!home.text().contains("Read and accept it"));

    let out = browser.submit("/logout", &[]).await;
    assert_eq!(out.status, 303);
    let home = browser.get("/").await;
    assert!(home.text().contains("Register"));
    assert!(!home.text().contains("Welcome, Anna"));
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = Browser::new(&app);
    browser.get("/login").await;
    let forged = browser
        .post_raw(
            "/login",
            &[("email", "anna@minfin.example.gov"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(browser.cookie(praxis_web::SESSION_COOKIE).is_none());

    browser.sign_in("anna@minfin.example.gov", PASSWORD).await;
    browser.get("/me/profile").await;
    let forged = browser
        .post_raw(
            "/me/profile",
            &[("display_name", "Hacked"), ("_csrf", "wrong")],
        )
        .await;
    assert_eq!(forged.status, 403);
    let page = browser.get("/me/profile").await;
    assert!(!page.text().contains("Hacked"));
}

#[tokio::test]
async fn form_errors_are_summarised_and_linked_to_their_fields() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.get("/register").await;
    let response = browser
        .submit(
            "/register",
            &[
                ("email", "not-an-email"),
                ("display_name", ""),
                ("organisation", "Gemeente Utrecht"),
                ("password", "password1234"),
            ],
        )
        .await;
    assert_eq!(response.status, 400);
    let html = response.text();
    assert!(html.contains("There is a problem"));
    assert!(html.contains("href=\"#field-email\""));
    assert!(html.contains("href=\"#field-display_name\""));
    assert!(html.contains("href=\"#field-password\""));
    assert!(html.contains("aria-invalid=\"true\""));
    // What was typed is kept, except the password.
    assert!(html.contains("value=\"Gemeente Utrecht\""));
    assert!(!html.contains("password1234"));
}

#[tokio::test]
async fn wrong_credentials_show_on_the_form_and_pending_accounts_see_why() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    let response = browser
        .sign_in("nobody@example.org", "whatever password")
        .await;
    assert_eq!(response.status, 401);
    assert!(
        response
            .text()
            .contains("email address or password is not right")
    );

    // A registration from an unknown domain, verified: waits for approval.
    app.post(
        "/api/v1/auth/register",
        serde_json::json!({
            "email": "legal@lawfirm.example",
            "display_name": "Lex",
            "password": PASSWORD,
            "organisation": "Law firm",
        }),
        None,
    )
    .await;
    let token = app
        .last_mail_to("legal@lawfirm.example")
        .await
        .and_then(|m| m.token());
    app.post(
        "/api/v1/auth/verify",
        serde_json::json!({ "token": token }),
        None,
    )
    .await;
    let pending = browser.sign_in("legal@lawfirm.example", PASSWORD).await;
    assert_eq!(pending.status, 303);
    assert_eq!(pending.header("location").as_deref(), Some("/pending"));
    assert!(
        browser
            .get("/pending")
            .await
            .text()
            .contains("waiting for approval")
    );
}

#[tokio::test]
async fn pages_for_members_send_strangers_to_sign_in_and_back() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = Browser::new(&app);
    let response = browser.get("/me/profile").await;
    assert_eq!(response.status, 303);
    assert_eq!(
        response.header("location").as_deref(),
        Some("/login?next=%2Fme%2Fprofile")
    );
    browser.get("/login?next=%2Fme%2Fprofile").await;
    let signed_in = browser
        .submit(
            "/login",
            &[
                ("email", "anna@minfin.example.gov"),
                ("password", PASSWORD),
                ("next", "/me/profile"),
            ],
        )
        .await;
    assert_eq!(signed_in.header("location").as_deref(), Some("/me/profile"));
    // An open redirect to another site is not followed.
    browser.submit("/logout", &[]).await;
    browser.get("/login").await;
    let evil = browser
        .submit(
            "/login",
            &[
                ("email", "anna@minfin.example.gov"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(evil.header("location").as_deref(), Some("/"));
}

#[tokio::test]
async fn a_member_edits_the_profile_and_password_through_the_pages() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = Browser::new(&app);
    browser.sign_in("anna@minfin.example.gov", PASSWORD).await;
    browser.get("/me/profile").await;
    let saved = browser
        .submit(
            "/me/profile",
            &[
                ("display_name", "Anna <b>de</b> Vries"),
                ("organisation", "Ministerie van Financiën"),
                ("bio", "ICT & cloud <script>alert(1)</script>"),
                ("region", "Utrecht"),
                ("languages", "nl, en"),
                ("locale", "nl"),
            ],
        )
        .await;
    // `<` is not allowed in names: the form says so and nothing is saved.
    assert_eq!(saved.status, 400);
    let saved = browser
        .submit(
            "/me/profile",
            &[
                ("display_name", "Anna de Vries"),
                ("organisation", "Ministerie van Financiën"),
                ("bio", "ICT & cloud <script>alert(1)</script>"),
                ("region", "Utrecht"),
                ("languages", "nl, en"),
                ("locale", "nl"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let page = browser.get("/me/profile?notice=profile_saved").await.text();
    // She chose Dutch: the page, and its notice, are in Dutch now.
    assert!(page.contains("<html lang=\"nl\">"));
    assert!(page.contains("Uw profiel is opgeslagen."), "{page}");
    assert!(
        page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"),
        "user text is escaped"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("<html lang=\"nl\">"));

    browser.get("/me/password").await;
    let changed = browser
        .submit(
            "/me/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a fresh harbour lantern 2031"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    browser.submit("/logout", &[]).await;
    let again = browser
        .sign_in("anna@minfin.example.gov", "a fresh harbour lantern 2031")
        .await;
    assert_eq!(again.status, 303);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_the_pages() {
    let app = TestApp::new().await;
    app.with_member("anna@minfin.example.gov").await;
    let mut browser = Browser::new(&app);
    browser.get("/password-reset").await;
    let sent = browser
        .submit("/password-reset", &[("email", "anna@minfin.example.gov")])
        .await;
    assert_eq!(sent.status, 200);
    assert!(sent.text().contains("Check your mail"));
    let link = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .and_then(|m| m.link())
        .expect("link");
    let path = link.trim_start_matches("http://praxis.test");
    let form = browser.get(path).await;
    assert_eq!(form.status, 200);
    let token = link.split("token=").nth(1).unwrap_or_default().to_owned();
    let done = browser
        .submit(
            "/password-reset/confirm",
            &[("token", &token), ("password", "new lantern harbour 2032")],
        )
        .await;
    assert_eq!(done.status, 303);
    let signed_in = browser
        .sign_in("anna@minfin.example.gov", "new lantern harbour 2032")
        .await;
    assert_eq!(signed_in.status, 303);
}

#[tokio::test]
async fn a_used_verification_link_shows_a_clear_page() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    browser.get("/register").await;
    browser
        .submit(
            "/register",
            &[
                ("email", "anna@minfin.example.gov"),
                ("display_name", "Anna"),
                ("organisation", "Ministry"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let link = app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .and_then(|m| m.link())
        .expect("link");
    let path = link.trim_start_matches("http://praxis.test").to_owned();
    assert_eq!(browser.get(&path).await.status, 200);
    let again = browser.get(&path).await;
    assert_eq!(again.status, 410);
    assert!(again.text().contains("has been used already"));
    let bogus = browser.get("/verify?token=bogus").await;
    assert_eq!(bogus.status, 400);
}

#[tokio::test]
async fn unknown_pages_are_a_friendly_404() {
    let app = TestApp::new().await;
    let mut browser = Browser::new(&app);
    let response = browser.get("/no/such/page").await;
    assert_eq!(response.status, 404);
    assert!(response.text().contains("Page not found"));
    let css = browser.get("/static/praxis.css").await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type").as_deref(), Some("text/css"));
}

#[tokio::test]
async fn a_member_who_must_accept_is_sent_to_the_usage_code_when_writing() {
    let app = TestApp::new().await;
    app.create_user("anna@minfin.example.gov", Role::Member)
        .await;
    let mut browser = Browser::new(&app);
    browser.sign_in("anna@minfin.example.gov", PASSWORD).await;
    let page = browser.get("/me/profile").await;
    assert!(page.text().contains("Read and accept it"));
    let response = browser
        .submit(
            "/me/profile",
            &[
                ("display_name", "Anna"),
                ("organisation", "Ministry"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(response.status, 303);
    assert_eq!(
        response.header("location").as_deref(),
        Some("/usage-code?notice=accept_first")
    );
}
