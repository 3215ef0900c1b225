//! Form errors whose sentence holds a value (a limit, zxcvbn's advice) are
//! written in the page's language, with the value.

use praxis_test_support::{Browser, PASSWORD, TestApp};

#[tokio::test]
async fn a_french_visitor_reads_the_limits_of_the_registration_form_in_french() {
    let app = TestApp::new().await;
    let mut claire = Browser::new(&app).with_accept_language("fr-BE,fr;q=0.9");
    claire.get("/register").await;
    let refused = claire
        .submit(
            "/register",
            &[
                ("email", "claire@minfin.example.gov"),
                ("display_name", &"C".repeat(61)),
                ("organisation", "SPF Finances"),
                ("password", "court"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400);
    let page = refused.text();
    assert!(
        page.contains("Utilisez au maximum 60 caractères."),
        "{page}"
    );
    assert!(page.contains("Utilisez au moins 12 caractères."), "{page}");
    assert!(!page.contains("must be at"), "no English left: {page}");

    // zxcvbn's advice, in French too.
    let weak = claire
        .submit(
            "/register",
            &[
                ("email", "claire@minfin.example.gov"),
                ("display_name", "Claire Dubois"),
                ("organisation", "SPF Finances"),
                ("password", "password1234"),
            ],
        )
        .await;
    assert_eq!(weak.status, 400);
    let page = weak.text();
    assert!(
        page.contains("Ce mot de passe est trop facile à deviner."),
        "{page}"
    );
    assert!(!page.contains("easy to guess"), "{page}");

    let accepted = claire
        .submit(
            "/register",
            &[
                ("email", "claire@minfin.example.gov"),
                ("display_name", "Claire Dubois"),
                ("organisation", "SPF Finances"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303);
}
