//! The look of a deployment: the accent colour reaches every page through
//! `/theme.css`, and the logo is served and shown in the header.

use praxis_test_support::{Browser, TestApp};

/// The address of the first `<link rel="stylesheet">` or `<img>` whose
/// address starts with `prefix`.
fn address_in(page: &str, attribute: &str, prefix: &str) -> Option<String> {
    let needle = format!("{attribute}=\"{prefix}");
    let (_, rest) = page.split_once(&needle)?;
    let rest = rest.split('"').next()?;
    Some(format!("{prefix}{}", rest.replace("&#x3d;", "=")))
}

#[tokio::test]
async fn without_a_theme_pages_keep_the_default_accent_and_the_name() {
    let app = TestApp::new().await;
    let page = Browser::new(&app).get("/login").await;
    let csp = page.header("content-security-policy").unwrap_or_default();
    assert!(csp.contains("style-src 'self';"), "{csp}");
    let page = page.text();
    assert!(
        page.contains("<a class=\"brand\" href=\"/\">Praxis</a>"),
        "{page}"
    );
    assert!(!page.contains("brand-logo"));
    let stylesheet = address_in(&page, "href", "/theme.css?v=").expect("a theme stylesheet");
    let css = app.get(&stylesheet, None).await;
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("content-type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert!(css.text().contains("--accent: #1d4f91;"), "{}", css.text());
    assert_eq!(app.get("/logo", None).await.status, 404);
}

#[tokio::test]
async fn the_accent_reaches_the_stylesheet_and_the_logo_the_header() {
    let folder = tempfile::tempdir().expect("a folder");
    let logo = folder.path().join("logo.svg");
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\">\
               <rect width=\"40\" height=\"10\" fill=\"#fff\"/></svg>";
    std::fs::write(&logo, svg).expect("a logo");
    let app = TestApp::with_config(|config| {
        config.site_name = "Aankoopnet".into();
        config.theme.accent_colour = Some("#0B6E4F".into());
        config.theme.logo = Some(logo.clone());
    })
    .await;
    let mut visitor = Browser::new(&app);
    let page = visitor.get("/help").await.text();

    // The accent, through a stylesheet the CSP allows (no inline style).
    let stylesheet = address_in(&page, "href", "/theme.css?v=").expect("a theme stylesheet");
    let css = app.get(&stylesheet, None).await;
    assert_eq!(css.status, 200);
    let text = css.text();
    assert!(text.contains("--accent: #0b6e4f;"), "{text}");
    assert!(text.contains("--accent-dark: #08533b;"), "{text}");
    assert_eq!(
        css.header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable"),
        "the address changes with the colour"
    );
    let stale = app.get("/theme.css?v=old", None).await;
    assert_eq!(stale.header("cache-control").as_deref(), Some("no-cache"));
    assert!(stale.text().contains("#0b6e4f"));

    // The logo in the header, named by the site name, instead of the name.
    let source = address_in(&page, "src", "/logo?v=").expect("the logo in the header");
    assert!(
        page.contains(&format!(
            "<a class=\"brand\" href=\"/\"><img class=\"brand-logo\" src=\"{}\" alt=\"Aankoopnet\"></a>",
            source.replace('=', "&#x3d;")
        )) || page.contains(&format!(
            "<a class=\"brand\" href=\"/\"><img class=\"brand-logo\" src=\"{source}\" alt=\"Aankoopnet\"></a>"
        )),
        "{page}"
    );
    let image = app.get(&source, None).await;
    assert_eq!(image.status, 200);
    assert_eq!(
        image.header("content-type").as_deref(),
        Some("image/svg+xml")
    );
    assert_eq!(image.text(), svg);
    assert_eq!(
        image.header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    // Opened on its own, the SVG runs nothing.
    let csp = image.header("content-security-policy").unwrap_or_default();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("sandbox"),
        "{csp}"
    );
    assert_eq!(
        image.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    // Pages keep their own policy.
    let page = visitor.get("/login").await;
    let csp = page.header("content-security-policy").unwrap_or_default();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("sandbox"),
        "{csp}"
    );
}

#[tokio::test]
async fn a_png_logo_is_served_as_png() {
    let folder = tempfile::tempdir().expect("a folder");
    let logo = folder.path().join("logo.png");
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    std::fs::write(&logo, png).expect("a logo");
    let app = TestApp::with_config(|config| config.theme.logo = Some(logo.clone())).await;
    let image = app.get("/logo", None).await;
    assert_eq!(image.status, 200);
    assert_eq!(image.header("content-type").as_deref(), Some("image/png"));
    assert_eq!(image.header("cache-control").as_deref(), Some("no-cache"));
    assert!(image.header("content-security-policy").is_some());
    assert_eq!(&image.body[..], &png[..]);
}

#[tokio::test]
async fn praxis_refuses_to_start_with_a_pale_accent_or_a_bad_logo() {
    let folder = tempfile::tempdir().expect("a folder");
    let mut config = praxis_app::Config {
        data_dir: folder.path().to_path_buf(),
        ..praxis_app::Config::default()
    };
    config.theme.accent_colour = Some("#88aaff".into());
    let error = praxis_app::App::start(config.clone())
        .await
        .err()
        .expect("refused")
        .to_string();
    assert!(error.contains("theme.accent_colour"), "{error}");
    assert!(error.contains(":1"), "the measured ratio: {error}");
    assert!(
        !folder.path().join("praxis.db").exists(),
        "refused before the database is touched"
    );

    let gif = folder.path().join("logo.gif");
    std::fs::write(&gif, b"GIF89a").expect("a file");
    config.theme.accent_colour = None;
    config.theme.logo = Some(gif);
    let error = praxis_app::App::start(config)
        .await
        .err()
        .expect("refused")
        .to_string();
    assert!(
        error.contains("theme.logo") && error.contains("not an SVG"),
        "{error}"
    );
}
