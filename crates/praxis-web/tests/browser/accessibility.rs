//! Automated checks of WCAG 2.1 AA beyond the page scans of `main.rs`: a
//! 320 pixel wide screen (reflow), reduced motion, the two comboboxes by
//! keyboard, and axe scans of forms in their error state and of the staff
//! pages, in each language.

use super::{LANGUAGES, choose_language, seed, sign_in_by_keyboard};
use crate::check;
use crate::harness::{ARROW_DOWN, ARROW_UP, ESCAPE, Session, Window, browser_available};
use praxis_domain::Role;
use praxis_test_support::{PASSWORD, TestApp};
use serde_json::{Value, json};

/// What is wider than the screen: the document's widths and the first
/// elements that stick out on the right, for the failure message.
const OVERFLOW: &str = "const root = document.documentElement;
    const width = root.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
           + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/ +/g, '.') : '')
           + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
    return { scroll: root.scrollWidth, client: width, inner: window.innerWidth, wide };";

/// Whether the focused element is on the screen, within its width.
const FOCUSED_ON_SCREEN: &str = "const r = document.activeElement.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= 0
      && r.right <= document.documentElement.clientWidth + 0.5;";

/// Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways, and
/// the navigation is there to be reached with the keyboard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_fit_a_320_pixel_screen_and_keep_their_navigation() {
    if !browser_available() {
        return;
    }
    let window = Window {
        width: 320,
        height: 720,
        ..Window::default()
    };
    let session = Session::start_with("narrow", window).await;
    let (community, thread) = seed(&session.app).await;

    session.open("/login").await;
    let inner = session.eval("return window.innerWidth;").await;
    check!(
        session,
        "viewport",
        inner == json!(320),
        "the window is 320 pixels wide: {inner}"
    );
    let mut problems = Vec::new();
    fits(
        &session,
        "/login",
        &["a[href=\"/register\"]"],
        &mut problems,
    )
    .await;
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
    let pages = [
        "/".to_owned(),
        "/communities".to_owned(),
        format!("/communities/{community}"),
        format!("/threads/{thread}"),
        "/search?q=lots".to_owned(),
        "/people".to_owned(),
        format!("/communities/{community}/threads/new"),
        "/me/profile".to_owned(),
    ];
    for lang in ["en", "fr"] {
        session.open("/").await;
        choose_language(&session, lang).await;
        for path in &pages {
            // The first and the last entries of the menu.
            let menu = [
                "nav a[href=\"/communities\"]",
                "form[action=\"/logout\"] button",
            ];
            fits(&session, path, &menu, &mut problems).await;
        }
    }
    if !problems.is_empty() {
        session.save_artifacts("narrow").await;
    }
    session.finish().await;
    assert!(
        problems.is_empty(),
        "at 320 pixels:\n{}",
        problems.join("\n")
    );
}

/// Opens a page at the current width, checks it does not scroll sideways,
/// then tabs to each of `targets` in the navigation and checks it is on
/// screen.
async fn fits(session: &Session, path: &str, targets: &[&str], problems: &mut Vec<String>) {
    session.open(path).await;
    let found = session.eval(OVERFLOW).await;
    if found["scroll"].as_i64() > found["client"].as_i64() {
        problems.push(format!("{path} scrolls sideways: {found}"));
    }
    for target in targets {
        session.tab_to(target, 40).await;
        if session.eval(FOCUSED_ON_SCREEN).await != Value::Bool(true) {
            problems.push(format!("{path}: {target} is focused off screen"));
        }
    }
}

/// Elements (and their ::before and ::after) that still move: a transition
/// or an animation with a duration, or smooth scrolling.
const MOVING: &str = "const moving = [];
    const durations = v => v.split(',').some(d => parseFloat(d) > 0);
    for (const e of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(e, pseudo);
        if (durations(s.transitionDuration) || (s.animationName !== 'none' && durations(s.animationDuration))
            || s.scrollBehavior === 'smooth') {
          moving.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (pseudo || '')
            + ' transition ' + s.transitionDuration + ', animation ' + s.animationName + ' '
            + s.animationDuration + ', scroll ' + s.scrollBehavior);
        }
      }
    }
    return moving.slice(0, 10);";

/// WCAG 2.3.3: a reader who asks their system for less motion gets none,
/// also in what the scripts add (the search suggestions).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_moves_when_the_reader_prefers_reduced_motion() {
    if !browser_available() {
        return;
    }
    let window = Window {
        switches: &["--force-prefers-reduced-motion"],
        ..Window::default()
    };
    let session = Session::start_with("reduced-motion", window).await;
    let (community, thread) = seed(&session.app).await;
    session.open("/login").await;
    let asked = session
        .eval("return matchMedia('(prefers-reduced-motion: reduce)').matches;")
        .await;
    check!(
        session,
        "media",
        asked == Value::Bool(true),
        "Chromium reports the preference"
    );
    let mut moving = Vec::new();
    let mut look = |path: String, found: Value| {
        for item in found.as_array().into_iter().flatten() {
            moving.push(format!("{path}: {item}"));
        }
    };
    look("/login".into(), session.eval(MOVING).await);
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
    for path in [
        "/".to_owned(),
        format!("/communities/{community}"),
        format!("/threads/{thread}"),
        "/search?q=lots".to_owned(),
        format!("/communities/{community}/threads/new"),
    ] {
        session.open(&path).await;
        look(path, session.eval(MOVING).await);
    }
    session.tab_to("#site-search", 40).await;
    session.type_text("cloud").await;
    let opened = session
        .wait_until(
            "document.getElementById('site-search').getAttribute('aria-expanded') === 'true'",
        )
        .await;
    check!(session, "suggestions", opened, "suggestions appear");
    look("suggestions".into(), session.eval(MOVING).await);
    if !moving.is_empty() {
        session.save_artifacts("moving").await;
    }
    session.finish().await;
    assert!(moving.is_empty(), "still moving:\n{}", moving.join("\n"));
}

/// The ARIA state of a combobox and its listbox.
async fn combobox(session: &Session, input: &str) -> Value {
    session
        .client
        .execute(
            "const input = document.querySelector(arguments[0]);
             const list = document.getElementById(input.getAttribute('aria-controls'));
             const options = list ? [...list.querySelectorAll('[role=option]')] : [];
             const selected = options.filter(o => o.getAttribute('aria-selected') === 'true');
             return {
               role: input.getAttribute('role'),
               expanded: input.getAttribute('aria-expanded'),
               active: input.getAttribute('aria-activedescendant'),
               list_role: list && list.getAttribute('role'),
               shown: !!list && !list.hidden && list.getBoundingClientRect().height > 0,
               options: options.map(o => o.id),
               texts: options.map(o => o.textContent),
               selected: selected.map(o => o.id),
               value: input.value,
               focused: document.activeElement === input,
             };",
            vec![json!(input)],
        )
        .await
        .unwrap_or(Value::Null)
}

/// Checks that the combobox is open with `index` as its active option
/// (`None`: open, none chosen yet).
async fn expect_open(session: &Session, input: &str, index: Option<usize>, step: &str) -> Value {
    let state = combobox(session, input).await;
    let options = state["options"].as_array().cloned().unwrap_or_default();
    let expected = index.and_then(|i| options.get(i)).cloned();
    let active_ok = match &expected {
        Some(id) => state["active"] == *id && state["selected"] == json!([id]),
        None => state["active"].is_null() && state["selected"] == json!([]),
    };
    check!(
        session,
        step,
        state["expanded"] == "true"
            && state["shown"] == true
            && state["role"] == "combobox"
            && state["list_role"] == "listbox"
            && state["focused"] == true
            && active_ok,
        "{step}: expected open with option {index:?} active, got {state}"
    );
    state
}

async fn expect_closed(session: &Session, input: &str, step: &str) -> Value {
    let state = combobox(session, input).await;
    check!(
        session,
        step,
        state["expanded"] == "false"
            && state["shown"] == false
            && state["active"].is_null()
            && state["focused"] == true,
        "{step}: expected closed with the focus kept, got {state}"
    );
    state
}

async fn wait_open(session: &Session, input: &str, step: &str) {
    let opened = session
        .wait_until(&format!(
            "document.querySelector({}).getAttribute('aria-expanded') === 'true'",
            json!(input)
        ))
        .await;
    check!(session, step, opened, "{step}: the list does not open");
}

/// WCAG 2.1.1: the @mention picker of the reply box and the search
/// suggestions of the header open, move with the arrow keys, choose with
/// Enter and close with Escape, and say so to assistive technology.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mention_picker_and_search_suggestions_work_by_keyboard() {
    if !browser_available() {
        return;
    }
    let session = Session::start("combobox-keyboard").await;
    let (community, thread) = seed(&session.app).await;
    let moritz = session.app.with_member("moritz@minfin.example.gov").await;
    session.app.join(&community, &moritz).await;
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;

    // The @mention picker: "mod tester" and "moritz tester" match "@mo".
    const BODY: &str = "#field-body";
    session.open(&format!("/threads/{thread}")).await;
    session.tab_to(BODY, 150).await;
    session.type_text("Thanks @mo").await;
    wait_open(&session, BODY, "mention-open").await;
    let state = expect_open(&session, BODY, Some(0), "mention-first").await;
    let count = state["options"].as_array().map_or(0, Vec::len);
    check!(
        &session,
        "mention-count",
        count >= 2,
        "two members match: {state}"
    );
    session.press(ARROW_DOWN).await;
    expect_open(&session, BODY, Some(1), "mention-down").await;
    session.press(ARROW_UP).await;
    expect_open(&session, BODY, Some(0), "mention-up").await;
    session.press(ARROW_UP).await;
    let state = expect_open(&session, BODY, Some(count - 1), "mention-wrap").await;
    let chosen = state["texts"][count - 1]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let handle = chosen
        .rsplit_once("(@")
        .map(|(_, h)| h.trim_end_matches(')').to_owned())
        .unwrap_or_default();
    let path = session.path().await;
    session.press_enter().await;
    let state = expect_closed(&session, BODY, "mention-chosen").await;
    check!(
        &session,
        "mention-inserted",
        !handle.is_empty() && state["value"] == format!("Thanks @{handle} "),
        "Enter inserts @{handle}: {state}"
    );
    check!(
        &session,
        "mention-stays",
        session.path().await == path,
        "Enter in the picker does not send the reply"
    );
    session.type_text("and @mo").await;
    wait_open(&session, BODY, "mention-again").await;
    session.press(ESCAPE).await;
    let state = expect_closed(&session, BODY, "mention-escape").await;
    check!(
        &session,
        "mention-kept",
        state["value"] == format!("Thanks @{handle} and @mo"),
        "Escape leaves the text as typed: {state}"
    );

    // The search suggestions (away from the thread they will offer):
    // nothing is chosen until an arrow key.
    const SEARCH: &str = "#site-search";
    session.open("/communities").await;
    session.tab_to(SEARCH, 60).await;
    session.type_text("cloud").await;
    wait_open(&session, SEARCH, "search-open").await;
    let state = expect_open(&session, SEARCH, None, "search-none-chosen").await;
    let count = state["options"].as_array().map_or(0, Vec::len);
    let mut violations = session.accessibility_violations().await;
    session.press(ARROW_DOWN).await;
    expect_open(&session, SEARCH, Some(0), "search-down").await;
    session.press(ARROW_UP).await;
    expect_open(&session, SEARCH, Some(count - 1), "search-wrap").await;
    session.press(ESCAPE).await;
    let state = expect_closed(&session, SEARCH, "search-escape").await;
    check!(
        &session,
        "search-kept",
        state["value"] == "cloud",
        "Escape keeps the words: {state}"
    );
    // The arrow key opens the list again; Enter opens the chosen match.
    session.press(ARROW_DOWN).await;
    wait_open(&session, SEARCH, "search-reopen").await;
    session.press(ARROW_DOWN).await;
    let state = expect_open(&session, SEARCH, Some(0), "search-again").await;
    let target = state["options"][0].as_str().unwrap_or_default().to_owned();
    let href = session
        .eval(&format!(
            "return document.getElementById({}).getAttribute('data-url');",
            json!(target)
        ))
        .await;
    violations.extend(session.accessibility_violations().await);
    session.press_enter_and_wait().await;
    let arrived = session.path().await;
    check!(
        &session,
        "search-chosen",
        href.as_str() == Some(arrived.as_str()),
        "Enter opens the chosen match {href}, not {arrived}"
    );
    session.finish().await;
    assert!(
        violations.is_empty(),
        "with a list open:\n{}",
        violations.join("\n")
    );
}

/// A deployment's accent and logo reach the page under the CSP, and the
/// page still passes axe (contrast included) with them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configured_accent_and_logo_show_and_pass_axe() {
    if !browser_available() {
        return;
    }
    let folder = std::env::temp_dir().join(format!("praxis-logo-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a folder");
    let logo = folder.join("logo.svg");
    std::fs::write(
        &logo,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 30\">\
         <rect width=\"120\" height=\"30\" rx=\"4\" fill=\"#fff\"/>\
         <rect x=\"6\" y=\"6\" width=\"18\" height=\"18\" fill=\"#0b6e4f\"/></svg>",
    )
    .expect("a logo");
    let session = Session::start_configured("theme", Window::default(), |config| {
        config.site_name = "Aankoopnet".into();
        config.theme.accent_colour = Some("#0b6e4f".into());
        config.theme.logo = Some(logo.clone());
    })
    .await;
    let (_, thread) = seed(&session.app).await;
    let mut violations = Vec::new();
    session.open("/login").await;
    let shown = session
        .eval(
            "const img = document.querySelector('a.brand img');
             return { header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
                      button: getComputedStyle(document.querySelector('main button[type=submit]')).backgroundColor,
                      alt: img && img.alt, loaded: !!img && img.complete && img.naturalWidth > 0 };",
        )
        .await;
    check!(
        session,
        "theme",
        shown
            == json!({ "header": "rgb(11, 110, 79)", "button": "rgb(11, 110, 79)",
                       "alt": "Aankoopnet", "loaded": true }),
        "the accent and the logo show: {shown}"
    );
    violations.extend(session.accessibility_violations().await);
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
    for path in ["/".to_owned(), format!("/threads/{thread}")] {
        session.open(&path).await;
        for found in session.accessibility_violations().await {
            violations.push(format!("{path}: {found}"));
        }
    }
    // The brand link, with its logo, takes the focus like any link.
    session.open("/").await;
    session.tab_to("a.brand", 5).await;
    let _ = std::fs::remove_dir_all(&folder);
    session.finish().await;
    assert!(
        violations.is_empty(),
        "with a theme:\n{}",
        violations.join("\n")
    );
}

/// A staff world: an administrator, a pending registration, a flagged
/// reply, feedback and a helpdesk question. Returns the question's id.
async fn staff_world(app: &TestApp, community: &str, thread: &str) -> String {
    app.with_role("admin@praxis.example", Role::Admin).await;
    let anna = app.sign_in("anna@minfin.example.gov").await;
    let bob = app.with_member("bob@minfin.example.gov").await;
    app.join(community, &bob).await;
    let reply = app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            json!({ "body": "Buy cheap laptops from my cousin's shop!" }),
            Some(&anna),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let post = reply.json()["id"].as_str().unwrap_or_default().to_owned();
    let flagged = app
        .post(
            &format!("/api/v1/posts/{post}/flags"),
            json!({ "reason": "off_topic" }),
            Some(&bob),
        )
        .await;
    assert_eq!(flagged.status, 201, "{}", flagged.text());
    let feedback = app
        .post(
            "/api/v1/feedback",
            json!({ "kind": "idea", "text": "More peer exchanges", "page": "/events" }),
            Some(&anna),
        )
        .await;
    assert_eq!(feedback.status, 201, "{}", feedback.text());
    let question = app
        .post(
            "/api/v1/helpdesk/questions",
            json!({ "subject": "Extending a framework",
                    "body": "Can we extend the framework by a year?" }),
            Some(&anna),
        )
        .await;
    assert_eq!(question.status, 201, "{}", question.text());
    // Someone outside the allow-list waits for approval.
    let registered = app
        .post(
            "/api/v1/auth/register",
            json!({ "email": "pat@consultancy.example", "display_name": "Pat Consultant",
                    "organisation": "Consultancy", "password": PASSWORD }),
            None,
        )
        .await;
    assert_eq!(registered.status, 202, "{}", registered.text());
    let token = app
        .last_mail_to("pat@consultancy.example")
        .await
        .and_then(|m| m.token())
        .expect("a verification token");
    let verified = app
        .post("/api/v1/auth/verify", json!({ "token": token }), None)
        .await;
    assert!(verified.status.is_success(), "{}", verified.text());
    question.json()["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// axe finds no serious or critical violation in forms sent back with
/// errors, nor on the moderators' and administrators' pages, in each
/// language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_states_and_staff_pages_pass_axe_in_each_language() {
    if !browser_available() {
        return;
    }
    let session = Session::start("axe-staff").await;
    let (community, thread) = seed(&session.app).await;
    let question = staff_world(&session.app, &community, &thread).await;
    let mut violations = Vec::new();
    let scan = |label: String, found: Vec<String>, violations: &mut Vec<String>| {
        violations.extend(found.into_iter().map(|v| format!("{label}: {v}")));
    };
    let errors_shown = "document.querySelector('.error-summary, [aria-invalid=true]')";

    // Registration with a malformed address and a short password.
    session.open("/register").await;
    for lang in LANGUAGES {
        choose_language(&session, lang).await;
        session.open("/register").await;
        session
            .submit_form(
                "form[action=\"/register\"]",
                &[
                    ("email", "not-an-address"),
                    ("display_name", "Anna"),
                    ("organisation", "Ministry"),
                    ("password", "short"),
                ],
            )
            .await;
        check!(
            session,
            "register-errors",
            session.wait_until(errors_shown).await,
            "the registration form shows its errors"
        );
        scan(
            format!("[{lang}] /register with errors"),
            session.accessibility_violations().await,
            &mut violations,
        );
    }

    // A new thread without a title; a reply over 50,000 characters.
    sign_in_by_keyboard(&session, "anna@minfin.example.gov").await;
    let too_long = "a".repeat(50_001);
    for lang in LANGUAGES {
        session.open("/").await;
        choose_language(&session, lang).await;
        session
            .open(&format!("/communities/{community}/threads/new"))
            .await;
        session
            .submit_form(
                &format!("form[action=\"/communities/{community}/threads\"]"),
                &[("title", ""), ("body", "We plan a framework.")],
            )
            .await;
        check!(
            session,
            "thread-errors",
            session.wait_until(errors_shown).await,
            "the new thread form shows its errors"
        );
        scan(
            format!("[{lang}] new thread with errors"),
            session.accessibility_violations().await,
            &mut violations,
        );
        session.open(&format!("/threads/{thread}")).await;
        session
            .submit_form(
                &format!("form[action=\"/threads/{thread}/posts\"]"),
                &[("body", &too_long)],
            )
            .await;
        check!(
            session,
            "reply-errors",
            session.wait_until(errors_shown).await,
            "the reply form shows its errors"
        );
        scan(
            format!("[{lang}] reply with errors"),
            session.accessibility_violations().await,
            &mut violations,
        );
    }

    // The staff's pages, as an administrator.
    session
        .client
        .delete_all_cookies()
        .await
        .expect("signed out");
    sign_in_by_keyboard(&session, "admin@praxis.example").await;
    if session.path().await.starts_with("/usage-code") {
        session
            .submit_form("form[action=\"/usage-code/accept\"]", &[])
            .await;
    }
    let staff = [
        "/moderation/queue".to_owned(),
        "/moderation/audit-log".to_owned(),
        "/moderation/indicators".to_owned(),
        "/admin/registrations".to_owned(),
        "/admin/usage-code".to_owned(),
        "/admin/feedback".to_owned(),
        "/admin/users".to_owned(),
        "/helpdesk".to_owned(),
        format!("/helpdesk/questions/{question}"),
        format!("/communities/{community}/settings"),
        format!("/communities/{community}/requests"),
        format!("/communities/{community}/invitations"),
        format!("/communities/{community}/members"),
    ];
    for lang in LANGUAGES {
        session.open("/").await;
        choose_language(&session, lang).await;
        for path in &staff {
            session.open(path).await;
            let page = session.source().await;
            let status = session
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1];
                     fetch(location.href).then(r => done(r.status)).catch(() => done(0));",
                    vec![],
                )
                .await
                .unwrap_or(Value::Null);
            check!(
                session,
                "staff-page",
                page.contains(&format!("<html lang=\"{lang}\"")) && status == json!(200),
                "{path} opens in {lang}: {status}"
            );
            scan(
                format!("[{lang}] {path}"),
                session.accessibility_violations().await,
                &mut violations,
            );
        }
    }
    if !violations.is_empty() {
        session.save_artifacts("violations").await;
    }
    session.finish().await;
    assert!(
        violations.is_empty(),
        "serious or critical axe violations:\n{}",
        violations.join("\n")
    );
}
