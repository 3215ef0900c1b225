//! Starts the real `praxis` binary on a free port and signs in over HTTP.
//! Runs on the binary's default storage (SQLite in the data directory).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PASSWORD: &str = "smoke test harbour lantern";

fn praxis(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_praxis"));
    command
        .env_remove("PRAXIS_DATABASE_URL")
        .env_remove("PRAXIS_CONFIG")
        .env("PRAXIS_DATA_DIR", data_dir)
        .env("PRAXIS_LOG", "warn");
    command
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// One HTTP/1.1 request on a fresh connection; returns status and body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
    token: Option<&str>,
) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if let Some(token) = token {
        request.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    let body = body.unwrap_or("");
    if !body.is_empty() {
        request.push_str("Content-Type: application/json\r\n");
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_real_binary_serves_and_signs_in_over_http() {
    let data_dir = tempfile::tempdir().expect("data dir");
    let mut create = praxis(data_dir.path())
        .args([
            "admin",
            "create-user",
            "--email",
            "admin@smoke.example",
            "--display-name",
            "Smoke Admin",
            "--role",
            "admin",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("praxis admin create-user");
    create
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .expect("password");
    assert!(create.wait().expect("exit").success());

    let port = free_port();
    let mut server = Server(
        praxis(data_dir.path())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .spawn()
            .expect("praxis serve"),
    );
    let started = Instant::now();
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/healthz", None, None).0 == 200
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    let (status, body) = http(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(&format!(
            r#"{{"email":"admin@smoke.example","password":"{PASSWORD}"}}"#
        )),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("json");
    let token = json["token"].as_str().expect("token");
    let (status, me) = http(port, "GET", "/api/v1/me", None, Some(token));
    assert_eq!(status, 200);
    assert!(me.contains("admin@smoke.example"));

    // A registration is mailed through the worker into the outbox.
    let (status, _) = http(
        port,
        "POST",
        "/api/v1/auth/register",
        Some(&format!(
            r#"{{"email":"new@smoke.example","display_name":"New Person","organisation":"Smoke Agency","password":"{PASSWORD} two"}}"#
        )),
        None,
    );
    assert_eq!(status, 202);
    let outbox = data_dir.path().join("outbox");
    let waited = Instant::now();
    let mail = loop {
        let found = std::fs::read_dir(&outbox)
            .into_iter()
            .flatten()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().ends_with(".eml"));
        if let Some(entry) = found {
            break std::fs::read_to_string(entry.path()).expect("mail");
        }
        assert!(
            waited.elapsed() < Duration::from_secs(10),
            "no mail in the outbox"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let link = mail
        .lines()
        .find(|l| l.starts_with("http"))
        .expect("an action link");
    assert!(
        link.starts_with(&format!("http://127.0.0.1:{port}/verify?token=")),
        "{link}"
    );

    // SIGTERM: the server finishes and exits cleanly.
    let pid = server.0.id().to_string();
    Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    let waited = Instant::now();
    loop {
        if let Some(status) = server.0.try_wait().expect("wait") {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(15),
            "no graceful shutdown"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn create_user(data_dir: &std::path::Path, email: &str, name: &str, role: &str) {
    let mut create = praxis(data_dir)
        .args([
            "admin",
            "create-user",
            "--email",
            email,
            "--display-name",
            name,
            "--role",
            role,
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("praxis admin create-user");
    create
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .expect("password");
    assert!(create.wait().expect("exit").success());
}

fn json(
    port: u16,
    method: &str,
    path: &str,
    body: serde_json::Value,
    token: Option<&str>,
) -> serde_json::Value {
    let text = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    let (status, reply) = http(
        port,
        method,
        path,
        if text.is_empty() { None } else { Some(&text) },
        token,
    );
    assert!(
        (200..300).contains(&status),
        "{method} {path}: {status} {reply}"
    );
    serde_json::from_str(&reply).unwrap_or(serde_json::Value::Null)
}

fn sign_in(port: u16, email: &str) -> String {
    let body = json(
        port,
        "POST",
        "/api/v1/auth/login",
        serde_json::json!({ "email": email, "password": PASSWORD }),
        None,
    );
    let token = body["token"].as_str().expect("token").to_owned();
    let version = json(
        port,
        "GET",
        "/api/v1/usage-code",
        serde_json::Value::Null,
        None,
    )["version"]
        .clone();
    json(
        port,
        "POST",
        "/api/v1/usage-code/accept",
        serde_json::json!({ "version": version }),
        Some(&token),
    );
    token
}

#[test]
fn a_reply_over_http_notifies_the_asker_and_mails_an_immediate_member() {
    let data_dir = tempfile::tempdir().expect("data dir");
    create_user(
        data_dir.path(),
        "mod@smoke.example",
        "Smoke Moderator",
        "moderator",
    );
    create_user(
        data_dir.path(),
        "asker@smoke.example",
        "Smoke Asker",
        "member",
    );
    create_user(
        data_dir.path(),
        "answerer@smoke.example",
        "Smoke Answerer",
        "member",
    );
    let port = free_port();
    let _server = Server(
        praxis(data_dir.path())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .spawn()
            .expect("praxis serve"),
    );
    let started = Instant::now();
    while !(TcpStream::connect(("127.0.0.1", port)).is_ok()
        && http(port, "GET", "/healthz", None, None).0 == 200)
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let moderator = sign_in(port, "mod@smoke.example");
    let asker = sign_in(port, "asker@smoke.example");
    let answerer = sign_in(port, "answerer@smoke.example");
    json(
        port,
        "POST",
        "/api/v1/communities",
        serde_json::json!({ "slug": "smoke", "name": "Smoke community", "kind": "sector", "membership": "open" }),
        Some(&moderator),
    );
    json(
        port,
        "POST",
        "/api/v1/communities/smoke/join",
        serde_json::Value::Null,
        Some(&asker),
    );
    json(
        port,
        "POST",
        "/api/v1/communities/smoke/join",
        serde_json::Value::Null,
        Some(&answerer),
    );
    json(
        port,
        "PUT",
        "/api/v1/me/notification-settings",
        serde_json::json!({ "email": "immediate" }),
        Some(&asker),
    );
    let thread = json(
        port,
        "POST",
        "/api/v1/communities/smoke/threads",
        serde_json::json!({ "title": "Smoke question over HTTP", "body": "Anyone?", "kind": "question" }),
        Some(&asker),
    );
    let thread_id = thread["id"].as_str().expect("thread id").to_owned();
    json(
        port,
        "POST",
        &format!("/api/v1/threads/{thread_id}/posts"),
        serde_json::json!({ "body": "Yes, over a real socket." }),
        Some(&answerer),
    );
    let notes = json(
        port,
        "GET",
        "/api/v1/notifications",
        serde_json::Value::Null,
        Some(&asker),
    );
    assert_eq!(notes["items"][0]["kind"], "reply_to_thread");

    let outbox = data_dir.path().join("outbox");
    let waited = Instant::now();
    loop {
        let mails: Vec<String> = std::fs::read_dir(&outbox)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".eml"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        if let Some(mail) = mails.iter().find(|m| m.contains("To: asker@smoke.example")) {
            let link = mail.lines().find(|l| l.starts_with("http")).expect("link");
            assert!(
                link.starts_with(&format!(
                    "http://127.0.0.1:{port}/threads/{thread_id}#post-"
                )),
                "{link}"
            );
            assert!(mail.contains("Smoke question over HTTP"));
            break;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(10),
            "no mail for the asker in the outbox"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_demo_seeds_a_living_community_once() {
    let data_dir = tempfile::tempdir().expect("data dir");
    for _ in 0..2 {
        let output = praxis(data_dir.path())
            .args(["demo", "--no-serve"])
            .output()
            .expect("praxis demo");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let port = free_port();
    let _server = Server(
        praxis(data_dir.path())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .spawn()
            .expect("praxis serve"),
    );
    let started = Instant::now();
    while !(TcpStream::connect(("127.0.0.1", port)).is_ok()
        && http(port, "GET", "/healthz", None, None).0 == 200)
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (status, body) = http(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(
            r#"{"email":"anna.devries@demo-ministry.example","password":"praxis demo tender 2026"}"#,
        ),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let token = serde_json::from_str::<serde_json::Value>(&body).expect("json")["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let communities = json(
        port,
        "GET",
        "/api/v1/communities?per_page=100",
        serde_json::Value::Null,
        Some(&token),
    );
    assert!(
        communities["total"].as_u64().unwrap_or(0) >= 40,
        "{communities}"
    );
    let feed = json(
        port,
        "GET",
        "/api/v1/feed",
        serde_json::Value::Null,
        Some(&token),
    );
    assert!(
        feed["total"].as_u64().unwrap_or(0) >= 10,
        "the feed of a demo member is alive"
    );
    // Seeding twice created nothing twice (an admin sees every community's counts).
    let (_, body) = http(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(r#"{"email":"admin@demo-ministry.example","password":"praxis demo tender 2026"}"#),
        None,
    );
    let admin = serde_json::from_str::<serde_json::Value>(&body).expect("json")["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let communities = json(
        port,
        "GET",
        "/api/v1/communities?per_page=100",
        serde_json::Value::Null,
        Some(&admin),
    );
    let threads: u64 = communities["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["thread_count"].as_u64())
        .sum();
    assert!((80..200).contains(&threads), "{threads} threads");
}
