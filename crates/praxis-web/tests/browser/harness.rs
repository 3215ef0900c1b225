//! A real browser on a real socket: Praxis serves on a free port of
//! 127.0.0.1, Debian's `chromedriver` drives headless `chromium`, and
//! `fantoccini` speaks WebDriver to it. When a journey fails, a screenshot
//! and the page's HTML are saved under `target/browser-artifacts/`.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use praxis_test_support::TestApp;
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// WebDriver key codes.
pub const TAB: char = '\u{E004}';
pub const ENTER: char = '\u{E007}';
pub const ESCAPE: char = '\u{E00C}';
pub const ARROW_UP: char = '\u{E013}';
pub const ARROW_DOWN: char = '\u{E015}';

/// How the browser of a session is started.
#[derive(Clone, Copy)]
pub struct Window<'a> {
    pub width: u32,
    pub height: u32,
    /// More Chromium switches, e.g. `--force-prefers-reduced-motion`.
    pub switches: &'a [&'a str],
}

impl Default for Window<'_> {
    fn default() -> Self {
        Window {
            width: 1280,
            height: 900,
            switches: &[],
        }
    }
}

/// Whether this machine can run the browser tests. CI installs Chromium
/// (`.ci/run`) and sets `CI`, where a missing browser is a failure.
pub fn browser_available() -> bool {
    let present = std::path::Path::new(CHROMEDRIVER).exists();
    if !present {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium and chromium-driver (Debian packages) for the browser tests"
        );
        eprintln!(
            "skipped: {CHROMEDRIVER} is not installed (apt-get install chromium chromium-driver)"
        );
    }
    present
}

/// Praxis and a browser for one test.
pub struct Session {
    pub app: TestApp,
    pub base: String,
    pub client: Client,
    driver: Child,
    name: String,
}

impl Session {
    pub async fn start(name: &str) -> Session {
        Session::start_with(name, Window::default()).await
    }

    /// A session whose browser has another window size or switches.
    pub async fn start_with(name: &str, window: Window<'_>) -> Session {
        Session::start_configured(name, window, |_| {}).await
    }

    /// A session whose Praxis has some settings changed, e.g. its theme.
    pub async fn start_configured(
        name: &str,
        window: Window<'_>,
        change: impl FnOnce(&mut praxis_app::Config),
    ) -> Session {
        // Several providers are compiled in; WebDriver runs over plain HTTP.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let address = listener.local_addr().expect("bound");
        let base = format!("http://{address}");
        let public = base.clone();
        let app = TestApp::with_config(move |config| {
            config.public_url = Some(public);
            change(config);
        })
        .await;
        let router = app.router.clone();
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await;
        });

        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            format!("--window-size={},{}", window.width, window.height),
            "--lang=en".to_owned(),
        ];
        args.extend(window.switches.iter().map(|s| (*s).to_owned()));
        let mut options = json!({ "binary": CHROMIUM, "args": args });
        if window.width < 500 {
            // Desktop windows do not get narrower than about 500 pixels:
            // a phone's screen is emulated instead (without touch).
            options["mobileEmulation"] = json!({ "deviceMetrics": {
                "width": window.width, "height": window.height,
                "pixelRatio": 1.0, "touch": false } });
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        let mut client = None;
        for _ in 0..50 {
            match ClientBuilder::rustls()
                .expect("TLS set up")
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(connected) => {
                    client = Some(connected);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
        let client = client.expect("chromedriver answers");
        Session {
            app,
            base,
            client,
            driver,
            name: name.to_owned(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn open(&self, path: &str) {
        self.client.goto(&self.url(path)).await.expect("page opens");
    }

    pub async fn source(&self) -> String {
        self.client.source().await.unwrap_or_default()
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("a current URL");
        url.as_str()
            .strip_prefix(&self.base)
            .unwrap_or(url.as_str())
            .to_owned()
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .expect(css)
            .click()
            .await
            .expect("clicked");
    }

    /// Presses Tab until the focused element matches `css` (at most
    /// `limit` times), as a keyboard user moves through the page.
    pub async fn tab_to(&self, css: &str, limit: usize) {
        let check = format!(
            "return document.activeElement && document.activeElement.matches({});",
            serde_json::to_string(css).unwrap_or_default()
        );
        for _ in 0..limit {
            self.press(TAB).await;
            if self.client.execute(&check, vec![]).await.ok() == Some(Value::Bool(true)) {
                return;
            }
        }
        panic!("{css} is not reachable with Tab");
    }

    /// Types into the focused element.
    pub async fn type_text(&self, text: &str) {
        let focused = self.client.active_element().await.expect("focus");
        focused.send_keys(text).await.expect("typed");
    }

    /// Tabs to a field and types into it, as a keyboard user fills a form.
    pub async fn key_in(&self, css: &str, text: &str) {
        self.tab_to(css, 80).await;
        self.type_text(text).await;
    }

    /// Presses Enter on the focused element and waits for the page it
    /// leads to (a form's answer, a link's target).
    pub async fn press_enter_and_wait(&self) {
        let before = self.client.current_url().await.expect("a current URL");
        self.press_enter().await;
        for _ in 0..100 {
            let now = self.client.current_url().await.expect("a current URL");
            let ready = self
                .client
                .execute("return document.readyState;", vec![])
                .await
                .ok();
            if now != before && ready == Some(Value::String("complete".into())) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.save_artifacts("navigation").await;
        panic!("Enter on the focused element led nowhere (still at {before})");
    }

    /// Waits (up to ten seconds) until a script returns true, e.g. for a
    /// form that brings the reader back to the same address.
    pub async fn wait_until(&self, condition: &str) -> bool {
        let script = format!("return !!({condition});");
        for _ in 0..100 {
            if self.client.execute(&script, vec![]).await.ok() == Some(Value::Bool(true)) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    }

    /// Runs a script and returns what it returns (`null` on an error).
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or(Value::Null)
    }

    /// Fills a form's fields (by name) and submits it as the browser would
    /// without JavaScript validation, then waits for the answer to load.
    /// For error states, which come back at the same address.
    pub async fn submit_form(&self, form: &str, fields: &[(&str, &str)]) {
        let script = "const [css, fields] = arguments;
             const form = document.querySelector(css);
             if (!form) { return false; }
             for (const [name, value] of fields) { form.elements[name].value = value; }
             window.praxisBeforeSubmit = true;
             HTMLFormElement.prototype.submit.call(form);
             return true;";
        let fields: Vec<Value> = fields.iter().map(|(k, v)| json!([k, v])).collect();
        let submitted = self
            .client
            .execute(script, vec![json!(form), Value::Array(fields)])
            .await
            .ok();
        crate::check!(
            self,
            "submit",
            submitted == Some(Value::Bool(true)),
            "no form {form} to submit on {}",
            self.path().await
        );
        let loaded = self
            .wait_until("!window.praxisBeforeSubmit && document.readyState === 'complete'")
            .await;
        crate::check!(
            self,
            "submitted",
            loaded,
            "the answer to {form} never loaded"
        );
    }

    /// Presses Enter on the focused element.
    pub async fn press_enter(&self) {
        self.press(ENTER).await;
    }

    /// Presses a key on the keyboard, as a person does: to the page, not
    /// typed into an element (Tab typed into a file field would be taken
    /// for a file name).
    pub async fn press(&self, key: char) {
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keys)
            .await
            .expect("a key press");
    }

    /// Runs axe-core on the page and returns its serious and critical
    /// violations against WCAG 2.1 A and AA.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        const AXE: &str = include_str!("vendor/axe-core-4.10.3/axe.min.js");
        self.client.execute(AXE, vec![]).await.expect("axe loads");
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag',
                     values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        found
            .as_array()
            .map(|all| {
                all.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Saves what the browser shows, for a failed journey.
    pub async fn save_artifacts(&self, step: &str) {
        let folder = artifacts_dir();
        let _ = std::fs::create_dir_all(&folder);
        let stem = format!("{}-{}", self.name, step.replace(['/', ' '], "_"));
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(folder.join(format!("{stem}.png")), png);
        }
        let _ = std::fs::write(folder.join(format!("{stem}.html")), self.source().await);
        eprintln!("saved {}/{stem}.png and .html", folder.display());
    }

    pub async fn finish(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// `target/browser-artifacts`, beside the build (CI keeps it).
fn artifacts_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("browser-artifacts")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Runs a journey's steps; on a failed assertion saves the screen first.
#[macro_export]
macro_rules! check {
    ($session:expr, $step:expr, $cond:expr, $($msg:tt)+) => {
        if !$cond {
            $session.save_artifacts($step).await;
            panic!($($msg)+);
        }
    };
}
