//! /api/v1/communities/{slug}/documents, /api/v1/documents/*

use crate::community;
use axum::body::Body;
use axum::http::{Method, Request};
use praxis_domain::Role;
use praxis_test_support::{TestApp, TestResponse};

const BOUNDARY: &str = "praxis-test-boundary";

/// A `multipart/form-data` body with text fields and optionally a file.
pub(crate) fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((file_name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

pub(crate) async fn post_multipart(
    app: &TestApp,
    path: &str,
    body: Vec<u8>,
    token: &str,
) -> TestResponse {
    let request = Request::post(path)
        .header("authorization", format!("Bearer {token}"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .expect("request");
    app.request(request).await
}

async fn get_with(app: &TestApp, path: &str, token: &str, range: Option<&str>) -> TestResponse {
    let mut builder = Request::get(path).header("authorization", format!("Bearer {token}"));
    if let Some(range) = range {
        builder = builder.header("range", range);
    }
    app.request(builder.body(Body::empty()).expect("request"))
        .await
}

fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% a small test file\n1 0 obj << /Type /Catalog >> endobj\n({text})\n%%EOF\n")
        .into_bytes()
}

struct Library {
    app: TestApp,
    member: String,
    outsider: String,
}

async fn library() -> Library {
    let app = TestApp::with_config(|c| c.documents.max_upload_bytes = 64 * 1024).await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;
    let outsider = app.with_member("bob@minbzk.example.gov").await;
    Library {
        app,
        member,
        outsider,
    }
}

async fn upload(lib: &Library, file_name: &str, bytes: &[u8]) -> TestResponse {
    post_multipart(
        &lib.app,
        "/api/v1/communities/ict/documents",
        multipart(
            &[
                ("title", "Cloud tender template"),
                ("type", "template"),
                ("tags", "cloud, template"),
                ("folder", "Templates"),
            ],
            Some((file_name, bytes)),
        ),
        &lib.member,
    )
    .await
}

#[tokio::test]
async fn an_upload_downloads_byte_identical_with_safe_headers() {
    let lib = library().await;
    let bytes = pdf("Terms of reference");
    let created = upload(&lib, "Bestek été.pdf", &bytes).await;
    assert_eq!(created.status, 201, "{}", created.text());
    let doc = created.json();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["size"], bytes.len());
    assert_eq!(doc["content_type"], "application/pdf");
    assert_eq!(doc["title"], "Cloud tender template");
    assert_eq!(doc["sha256"].as_str().map(str::len), Some(64));
    let id = doc["id"].as_str().expect("id").to_owned();

    let download = get_with(
        &lib.app,
        &format!("/api/v1/documents/{id}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(download.status, 200);
    assert_eq!(download.body.as_ref(), bytes.as_slice());
    assert_eq!(
        download.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert_eq!(
        download.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(
        download.header("content-length"),
        Some(bytes.len().to_string())
    );
    let disposition = download.header("content-disposition").unwrap_or_default();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.contains("filename*=UTF-8''Bestek%20%C3%A9t%C3%A9.pdf"),
        "{disposition}"
    );

    let listed = lib
        .app
        .get("/api/v1/communities/ict/documents", Some(&lib.member))
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["folders"], serde_json::json!(["Templates"]));
    let filtered = lib
        .app
        .get(
            "/api/v1/communities/ict/documents?type=report",
            Some(&lib.member),
        )
        .await
        .json();
    assert_eq!(filtered["total"], 0);
    let by_tag = lib
        .app
        .get(
            "/api/v1/communities/ict/documents?tag=cloud",
            Some(&lib.member),
        )
        .await
        .json();
    assert_eq!(by_tag["total"], 1);
}

#[tokio::test]
async fn new_versions_keep_the_earlier_ones_downloadable() {
    let lib = library().await;
    let first = pdf("first");
    let id = upload(&lib, "grid.pdf", &first).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let second = b"criterion;weight\nprice;40\nquality;60\n".to_vec();
    let added = post_multipart(
        &lib.app,
        &format!("/api/v1/documents/{id}/versions"),
        multipart(&[("note", "Now as CSV")], Some(("grid.csv", &second))),
        &lib.member,
    )
    .await;
    assert_eq!(added.status, 201, "{}", added.text());
    assert_eq!(added.json()["version"], 2);
    assert_eq!(added.json()["content_type"], "text/csv");
    let view = lib
        .app
        .get(&format!("/api/v1/documents/{id}"), Some(&lib.member))
        .await
        .json();
    assert_eq!(view["version"], 2);
    assert_eq!(view["versions"].as_array().map(Vec::len), Some(2));
    assert_eq!(view["versions"][0]["note"], "Now as CSV");
    assert_eq!(view["versions"][0]["uploader"], "anna tester");
    let listed = lib
        .app
        .get("/api/v1/communities/ict/documents", Some(&lib.member))
        .await
        .json();
    assert_eq!(
        listed["items"][0]["versions"].as_array().map(Vec::len),
        Some(2),
        "the library lists every version of a document"
    );
    let old = get_with(
        &lib.app,
        &format!("/api/v1/documents/{id}/download?version=1"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(old.body.as_ref(), first.as_slice());
    let new = get_with(
        &lib.app,
        &format!("/api/v1/documents/{id}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(new.body.as_ref(), second.as_slice());
    let missing = get_with(
        &lib.app,
        &format!("/api/v1/documents/{id}/download?version=9"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(missing.status, 404);
    // Someone else may not add versions to another member's document.
    let other = lib.app.with_member("carl@minfin.example.gov").await;
    lib.app.join("ict", &other).await;
    let refused = post_multipart(
        &lib.app,
        &format!("/api/v1/documents/{id}/versions"),
        multipart(&[], Some(("x.pdf", &pdf("x")))),
        &other,
    )
    .await;
    assert_eq!(refused.status, 403);
}

#[tokio::test]
async fn oversized_files_are_413_and_unsupported_types_415() {
    let lib = library().await;
    let big = vec![b'a'; 70 * 1024];
    let response = upload(&lib, "big.txt", &big).await;
    assert_eq!(response.status, 413, "{}", response.text());
    // An executable named like a PDF: the content decides.
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    let response = upload(&lib, "report.pdf", &exe).await;
    assert_eq!(response.status, 415);
    let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>".to_vec();
    assert_eq!(upload(&lib, "page.txt", &html).await.status, 415);
    let empty = upload(&lib, "empty.txt", b"").await;
    assert_eq!(empty.status, 400);
    // Nothing refused stays behind, neither in the library nor as files.
    let listed = lib
        .app
        .get("/api/v1/communities/ict/documents", Some(&lib.member))
        .await
        .json();
    assert_eq!(listed["total"], 0);
    let leftovers = walk(&lib.app.app.config.documents_dir());
    assert!(
        leftovers.iter().all(|p| !p.contains("/tmp/")),
        "{leftovers:?}"
    );
    assert!(
        leftovers.iter().all(|p| !p.contains("/blobs/")),
        "{leftovers:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    out
}

#[tokio::test]
async fn non_members_learn_nothing_about_a_library() {
    let lib = library().await;
    let id = upload(&lib, "grid.pdf", &pdf("x")).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    for path in [
        format!("/api/v1/documents/{id}"),
        format!("/api/v1/documents/{id}/download"),
        "/api/v1/communities/ict/documents".to_owned(),
        "/api/v1/documents/999999".to_owned(),
    ] {
        assert_eq!(
            lib.app.get(&path, Some(&lib.outsider)).await.status,
            404,
            "{path}"
        );
    }
    let upload_attempt = post_multipart(
        &lib.app,
        "/api/v1/communities/ict/documents",
        multipart(&[], Some(("x.pdf", &pdf("x")))),
        &lib.outsider,
    )
    .await;
    assert_eq!(upload_attempt.status, 404);
    assert_eq!(
        lib.app
            .get(&format!("/api/v1/documents/{id}"), None)
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn range_requests_return_exactly_the_asked_bytes() {
    let lib = library().await;
    let bytes = pdf("0123456789 abcdefghij");
    let id = upload(&lib, "r.pdf", &bytes).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/api/v1/documents/{id}/download");
    let part = get_with(&lib.app, &path, &lib.member, Some("bytes=0-7")).await;
    assert_eq!(part.status, 206);
    assert_eq!(part.body.as_ref(), &bytes[0..8]);
    assert_eq!(
        part.header("content-range"),
        Some(format!("bytes 0-7/{}", bytes.len()))
    );
    assert_eq!(part.header("content-length").as_deref(), Some("8"));
    let tail = get_with(&lib.app, &path, &lib.member, Some("bytes=-6")).await;
    assert_eq!(tail.status, 206);
    assert_eq!(tail.body.as_ref(), &bytes[bytes.len() - 6..]);
    let beyond = get_with(
        &lib.app,
        &path,
        &lib.member,
        Some(&format!("bytes={}-", bytes.len() + 5)),
    )
    .await;
    assert_eq!(beyond.status, 416);
    assert_eq!(
        beyond.header("content-range"),
        Some(format!("bytes */{}", bytes.len()))
    );
}

#[tokio::test]
async fn hostile_names_and_broken_bodies_are_handled() {
    let lib = library().await;
    let created = upload(&lib, "../../etc/passwd.pdf", &pdf("x")).await;
    assert_eq!(created.status, 201, "{}", created.text());
    assert_eq!(created.json()["file_name"], "passwd.pdf");
    // A body cut off in the middle of the file.
    let mut body = multipart(&[("title", "Cut")], Some(("cut.pdf", &pdf("cut"))));
    body.truncate(body.len() - 30);
    let response = post_multipart(
        &lib.app,
        "/api/v1/communities/ict/documents",
        body,
        &lib.member,
    )
    .await;
    assert_eq!(response.status, 400, "{}", response.text());
    // Not multipart at all.
    let wrong = lib
        .app
        .post(
            "/api/v1/communities/ict/documents",
            serde_json::json!({}),
            Some(&lib.member),
        )
        .await;
    assert_eq!(wrong.status, 415);
    // No file part.
    let no_file = post_multipart(
        &lib.app,
        "/api/v1/communities/ict/documents",
        multipart(&[("title", "Nothing")], None),
        &lib.member,
    )
    .await;
    assert_eq!(no_file.status, 400);
    assert_eq!(no_file.json()["error"]["field"], "file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_content_uploaded_twice_at_once_is_stored_once() {
    use tower::ServiceExt;
    let lib = library().await;
    let bytes = pdf("the same bytes");
    let mut tasks = Vec::new();
    for _ in 0..2 {
        let request = Request::post("/api/v1/communities/ict/documents")
            .header("authorization", format!("Bearer {}", lib.member))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(multipart(
                &[("title", "Same")],
                Some(("same.pdf", &bytes)),
            )))
            .expect("request");
        let router = lib.app.router.clone();
        tasks.push(tokio::spawn(async move {
            router.oneshot(request).await.map(|r| r.status())
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task").expect("response"), 201);
    }
    let blobs: Vec<String> = walk(&lib.app.app.config.documents_dir())
        .into_iter()
        .filter(|p| p.contains("/blobs/"))
        .collect();
    assert_eq!(blobs.len(), 1, "{blobs:?}");
    let _ = Method::GET;
}

#[tokio::test]
async fn a_member_over_the_daily_quota_gets_429() {
    let app = TestApp::with_config(|c| c.documents.daily_quota_bytes = 300).await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;
    let post = |bytes: Vec<u8>| {
        post_multipart(
            &app,
            "/api/v1/communities/ict/documents",
            multipart(&[("title", "Quota test")], Some(("q.txt", &bytes))),
            &member,
        )
    };
    assert_eq!(post(vec![b'a'; 200]).await.status, 201);
    // What is left (100 bytes) bounds the next file: a larger one is 413.
    assert_eq!(post(vec![b'b'; 150]).await.status, 413);
    assert_eq!(post(vec![b'c'; 100]).await.status, 201);
    let over = post(vec![b'd'; 10]).await;
    assert_eq!(over.status, 429);
    assert!(over.header("retry-after").is_some());
}

#[tokio::test]
async fn text_is_extracted_after_upload_and_failures_never_block_the_document() {
    let lib = library().await;
    let notes = upload(
        &lib,
        "notes.txt",
        "Lessons from our cleaning tender: split in lots.".as_bytes(),
    )
    .await;
    let notes_id = notes.json()["id"].as_str().expect("id").to_owned();
    let broken = upload(&lib, "broken.pdf", b"%PDF-1.4 this is not really a PDF").await;
    assert_eq!(
        broken.status, 201,
        "a file whose text cannot be read is still shared"
    );
    let broken_id = broken.json()["id"].as_str().expect("id").to_owned();
    lib.app.run_jobs().await;

    let view = lib
        .app
        .get(&format!("/api/v1/documents/{notes_id}"), Some(&lib.member))
        .await
        .json();
    assert_eq!(view["versions"][0]["text_status"], "done");
    let auth = praxis_app::accounts::authenticate(&lib.app.app, &lib.member)
        .await
        .expect("auth")
        .expect("signed in");
    let text =
        praxis_app::documents::extracted_text(&lib.app.app, &auth, notes_id.parse().expect("id"))
            .await
            .expect("text");
    assert_eq!(
        text.as_deref(),
        Some("Lessons from our cleaning tender: split in lots.")
    );

    let view = lib
        .app
        .get(&format!("/api/v1/documents/{broken_id}"), Some(&lib.member))
        .await
        .json();
    assert_eq!(view["versions"][0]["text_status"], "unavailable");
    let download = get_with(
        &lib.app,
        &format!("/api/v1/documents/{broken_id}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(download.status, 200);
}

#[tokio::test]
async fn posts_carry_documents_of_their_community_library() {
    let lib = library().await;
    let doc = upload(&lib, "grid.pdf", &pdf("grid")).await.json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let created = lib
        .app
        .post(
            "/api/v1/communities/ict/threads",
            serde_json::json!({ "title": "Our evaluation grid", "body": "See attached.", "kind": "discussion", "attachments": [doc] }),
            Some(&lib.member),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let thread = created.json()["id"].as_str().expect("id").to_owned();
    let attachment = &created.json()["posts"][0]["attachments"][0];
    assert_eq!(attachment["document_id"], doc.as_str());
    assert_eq!(attachment["file_name"], "grid.pdf");
    assert_eq!(attachment["content_type"], "application/pdf");
    assert!(attachment["size"].as_i64().unwrap_or(0) > 0);

    let reply = lib
        .app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            serde_json::json!({ "body": "And again", "attachments": [doc] }),
            Some(&lib.member),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    assert_eq!(
        reply.json()["attachments"][0]["title"],
        "Cloud tender template"
    );

    // A document of another community's library cannot be attached.
    let moderator = lib.app.sign_in("mod@praxis.example").await;
    community(&lib.app, &moderator, "other", "open").await;
    lib.app.join("other", &lib.member).await;
    let foreign = post_multipart(
        &lib.app,
        "/api/v1/communities/other/documents",
        multipart(&[("title", "Elsewhere")], Some(("e.pdf", &pdf("e")))),
        &lib.member,
    )
    .await
    .json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let refused = lib
        .app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            serde_json::json!({ "body": "x", "attachments": [foreign] }),
            Some(&lib.member),
        )
        .await;
    assert_eq!(refused.status, 400);
    assert_eq!(refused.json()["error"]["field"], "attachments");
    let unknown = lib
        .app
        .post(
            &format!("/api/v1/threads/{thread}/posts"),
            serde_json::json!({ "body": "x", "attachments": ["999999"] }),
            Some(&lib.member),
        )
        .await;
    assert_eq!(unknown.status, 400);
}

#[tokio::test]
async fn the_clean_up_removes_only_what_no_document_uses() {
    let lib = library().await;
    let kept = upload(&lib, "kept.pdf", &pdf("kept")).await;
    assert_eq!(kept.status, 201);
    // An upload abandoned half-way, and bytes no version refers to.
    let blobs = &lib.app.app.blobs;
    let mut abandoned = blobs.begin(1024).await.expect("begin");
    abandoned.write(b"half an upload").await.expect("write");
    std::mem::forget(abandoned);
    let mut orphan = blobs.begin(1024).await.expect("begin");
    orphan.write(b"no document uses me").await.expect("write");
    orphan
        .finish()
        .await
        .expect("finish")
        .keep()
        .await
        .expect("keep");

    // Too recent: nothing goes yet.
    let now = praxis_store::now();
    assert_eq!(
        praxis_app::documents::clean_up_blobs(&lib.app.app, now)
            .await
            .expect("clean"),
        0
    );
    // Two days later the orphan goes, the document's bytes stay.
    let later = now + chrono::Duration::days(2);
    let removed = praxis_app::documents::clean_up_blobs(&lib.app.app, later)
        .await
        .expect("clean");
    assert!(removed >= 1, "{removed}");
    let id = kept.json()["id"].as_str().expect("id").to_owned();
    let download = get_with(
        &lib.app,
        &format!("/api/v1/documents/{id}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(download.status, 200);
    assert_eq!(download.body.as_ref(), pdf("kept").as_slice());
    let left: Vec<String> = walk(&lib.app.app.config.documents_dir())
        .into_iter()
        .filter(|p| p.contains("/blobs/"))
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

/// A stand-in for clamd speaking INSTREAM: anything containing "EICAR" is a virus.
async fn fake_clamd() -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address").to_string();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut command = [0u8; 10];
                if socket.read_exact(&mut command).await.is_err() || &command != b"zINSTREAM\0" {
                    return;
                }
                let mut content = Vec::new();
                loop {
                    let mut length = [0u8; 4];
                    if socket.read_exact(&mut length).await.is_err() {
                        return;
                    }
                    let length = u32::from_be_bytes(length) as usize;
                    if length == 0 {
                        break;
                    }
                    let mut chunk = vec![0u8; length];
                    if socket.read_exact(&mut chunk).await.is_err() {
                        return;
                    }
                    content.extend_from_slice(&chunk);
                }
                let infected = content.windows(5).any(|w| w == b"EICAR");
                let reply: &[u8] = if infected {
                    b"stream: Eicar-Test-Signature FOUND\0"
                } else {
                    b"stream: OK\0"
                };
                let _ = socket.write_all(reply).await;
            });
        }
    });
    address
}

#[tokio::test]
async fn with_a_virus_scanner_files_are_served_only_once_clean() {
    let scanner = fake_clamd().await;
    let app = TestApp::with_config(|c| c.documents.clamav = Some(scanner.clone())).await;
    let moderator = app.with_role("mod@praxis.example", Role::Moderator).await;
    community(&app, &moderator, "ict", "open").await;
    let member = app.with_member("anna@minfin.example.gov").await;
    app.join("ict", &member).await;
    let lib = Library {
        app,
        member,
        outsider: moderator,
    };

    let clean = upload(&lib, "clean.txt", b"Nothing to see here.")
        .await
        .json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let pending = get_with(
        &lib.app,
        &format!("/api/v1/documents/{clean}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(pending.status, 409);
    assert_eq!(pending.error_code(), "scan_pending");
    let infected = upload(
        &lib,
        "virus.txt",
        b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!",
    )
    .await
    .json()["id"]
        .as_str()
        .expect("id")
        .to_owned();
    lib.app.run_jobs().await;

    let served = get_with(
        &lib.app,
        &format!("/api/v1/documents/{clean}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(served.status, 200);
    let quarantined = get_with(
        &lib.app,
        &format!("/api/v1/documents/{infected}/download"),
        &lib.member,
        None,
    )
    .await;
    assert_eq!(quarantined.status, 410);
    assert_eq!(quarantined.error_code(), "quarantined");
    let told = lib
        .app
        .last_mail_to("anna@minfin.example.gov")
        .await
        .expect("the uploader is told");
    assert!(told.subject.contains("quarantined"));
    assert!(told.body.contains("Eicar-Test-Signature"));
    assert!(
        lib.app.last_mail_to("mod@praxis.example").await.is_some(),
        "moderators are told"
    );
}
