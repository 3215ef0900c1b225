//! `praxis bench`: loads the large data set if needed, starts `praxis
//! serve` as a separate process on a free port, signs a member in, and
//! drives the hot routes with `oha` (a real HTTP load generator, installed
//! with `cargo install oha --locked`) at a few concurrencies. Prints
//! throughput and p50/p99 latencies, the `/healthz` baseline of the same run,
//! and the server's peak memory. Figures go in BENCHMARKS.md by hand.

use crate::config::StorageArgs;
use anyhow::Context;
use clap::Args;
use praxis_app::App;
use praxis_store::TransactionTrait;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct BenchArgs {
    #[command(flatten)]
    storage: StorageArgs,
    /// Seconds per measurement.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent connections, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "8,32")]
    concurrency: Vec<u32>,
    /// The oha binary.
    #[arg(long, default_value = "oha")]
    oha: String,
    /// Only these scenarios (comma-separated names); all by default.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn http(port: u16, method: &str, path: &str, body: &str) -> anyhow::Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

struct Scenario {
    name: &'static str,
    method: &'static str,
    path: String,
    body: Option<String>,
    /// Cookie (HTML pages) or bearer (API).
    cookie: bool,
}

struct Measured {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    ok_share: f64,
}

fn run_oha(
    args: &BenchArgs,
    port: u16,
    token: &str,
    scenario: &Scenario,
    concurrency: u32,
) -> anyhow::Result<Measured> {
    let mut command = Command::new(&args.oha);
    command
        .arg("-z")
        .arg(format!("{}s", args.seconds))
        .arg("-c")
        .arg(concurrency.to_string())
        .arg("--no-tui")
        .arg("--output-format")
        .arg("json")
        .arg("-m")
        .arg(scenario.method);
    if scenario.cookie {
        command
            .arg("-H")
            .arg(format!("Cookie: praxis_session={token}"));
    } else {
        command
            .arg("-H")
            .arg(format!("Authorization: Bearer {token}"));
    }
    if let Some(body) = &scenario.body {
        command
            .arg("-T")
            .arg("application/json")
            .arg("-d")
            .arg(body);
    }
    command.arg(format!("http://127.0.0.1:{port}{}", scenario.path));
    let output = command.stderr(Stdio::inherit()).output().with_context(|| {
        format!(
            "running {} (install it with `cargo install oha --locked`)",
            args.oha
        )
    })?;
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).with_context(|| {
        format!(
            "reading oha's output: {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })?;
    let summary = &json["summary"];
    let percentiles = &json["latencyPercentiles"];
    let codes = json["statusCodeDistribution"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let total: f64 = codes.values().filter_map(|v| v.as_f64()).sum();
    let ok: f64 = codes
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .filter_map(|(_, v)| v.as_f64())
        .sum();
    Ok(Measured {
        rps: summary["requestsPerSec"].as_f64().unwrap_or(0.0),
        p50_ms: percentiles["p50"].as_f64().unwrap_or(0.0) * 1000.0,
        p99_ms: percentiles["p99"].as_f64().unwrap_or(0.0) * 1000.0,
        ok_share: if total > 0.0 { ok / total } else { 0.0 },
    })
}

fn peak_rss_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    let config = args.storage.load()?;
    crate::prepare_data_dir(&config)?;
    let app = App::start(config.clone()).await?;
    crate::demo::seed(&app).await?;
    if !crate::generate::exists(&app).await? {
        app.search.request_rebuild();
    }
    let loaded = crate::generate::generate(&app, crate::generate::Scale::LARGE).await?;
    let targets = praxis_store::bulk::bench_targets(&app.db)
        .await?
        .context("the data set has no long thread to measure")?;
    let indexing = measure_indexing(&app, loaded).await?;
    let indicators = measure_indicators(&app, &targets.community_slug).await?;
    if args.only.iter().any(|o| o == "indicators") {
        println!("\n{indexing}\n{indicators}");
        return Ok(());
    }
    if args.only.iter().any(|o| o == "search-cpu") {
        let searches = measure_search(&app, &targets, Duration::from_secs(args.seconds)).await?;
        println!("\n{indexing}\n{searches}");
        return Ok(());
    }
    app.search.close_writer().await;
    app.db.clone().close().await.ok();

    let port = free_port()?;
    let exe = std::env::current_exe()?;
    let mut command = Command::new(exe);
    command
        .arg("serve")
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data-dir")
        .arg(&config.data_dir)
        .env("PRAXIS_LOG", "warn")
        .stdout(Stdio::null());
    if let Some(url) = &config.database.url {
        command.arg("--database-url").arg(url);
    }
    let server = Server(command.spawn().context("starting praxis serve")?);
    let started = Instant::now();
    while http(port, "GET", "/healthz", "").map(|r| r.0).unwrap_or(0) != 200 {
        anyhow::ensure!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let (status, body) = http(
        port,
        "POST",
        "/api/v1/auth/login",
        &serde_json::json!({ "email": targets.member_email, "password": crate::generate::BENCH_PASSWORD }).to_string(),
    )?;
    anyhow::ensure!(status == 200, "sign-in failed: {status} {body}");
    let token = serde_json::from_str::<serde_json::Value>(&body)?["token"]
        .as_str()
        .context("no token")?
        .to_owned();

    let thread = targets.thread_id;
    let slug = &targets.community_slug;
    let scenarios = vec![
        Scenario {
            name: "healthz",
            method: "GET",
            path: "/healthz".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "thread-json",
            method: "GET",
            path: format!("/api/v1/threads/{thread}"),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "thread-html",
            method: "GET",
            path: format!("/threads/{thread}"),
            body: None,
            cookie: true,
        },
        Scenario {
            name: "list-json",
            method: "GET",
            path: format!("/api/v1/communities/{slug}/threads"),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "list-html",
            method: "GET",
            path: format!("/communities/{slug}"),
            body: None,
            cookie: true,
        },
        Scenario {
            name: "feed-json",
            method: "GET",
            path: "/api/v1/feed".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "feed-html",
            method: "GET",
            path: "/".into(),
            body: None,
            cookie: true,
        },
        Scenario {
            name: "search-json",
            method: "GET",
            path: "/api/v1/search?q=framework%20agreement%20lots".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "search-question",
            method: "GET",
            path: "/api/v1/search?q=how%20do%20we%20explain%20an%20abnormally%20low%20tender%20to%20the%20bidder".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "search-phrase",
            method: "GET",
            path: "/api/v1/search?q=%22dynamic%20purchasing%20system%22".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "search-prefix",
            method: "GET",
            path: "/api/v1/search?q=framew&prefix=true&per_page=8".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "search-documents",
            method: "GET",
            path: "/api/v1/search?q=levenscycluskosten%20machines&type=document".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "search-html",
            method: "GET",
            path: "/search?q=framework+agreement+lots".into(),
            body: None,
            cookie: true,
        },
        Scenario {
            name: "people-json",
            method: "GET",
            path: "/api/v1/people?expertise=cpv-72".into(),
            body: None,
            cookie: false,
        },
        Scenario {
            name: "reply",
            method: "POST",
            path: format!("/api/v1/threads/{}/posts", targets.reply_thread_id),
            body: Some(
                r#"{"body":"Benchmark reply: we used a framework agreement with two lots."}"#
                    .into(),
            ),
            cookie: false,
        },
    ];
    println!(
        "\nPraxis benchmark: {} s per run, server pid {}, thread {thread} ({} posts), community {slug}\n",
        args.seconds,
        server.0.id(),
        targets.thread_posts
    );
    println!("| scenario | concurrency | req/s | p50 ms | p99 ms | 2xx | vs healthz |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut healthz_rps: std::collections::HashMap<u32, f64> = Default::default();
    for scenario in &scenarios {
        if !args.only.is_empty()
            && scenario.name != "healthz"
            && !args.only.iter().any(|o| o == scenario.name)
        {
            continue;
        }
        for &c in &args.concurrency {
            let m = run_oha(&args, port, &token, scenario, c)?;
            if scenario.name == "healthz" {
                healthz_rps.insert(c, m.rps);
            }
            let ratio = healthz_rps
                .get(&c)
                .filter(|h| **h > 0.0)
                .map(|h| format!("{:.0} %", 100.0 * m.rps / h))
                .unwrap_or_default();
            println!(
                "| {} | {c} | {:.0} | {:.2} | {:.2} | {:.0} % | {ratio} |",
                scenario.name,
                m.rps,
                m.p50_ms,
                m.p99_ms,
                100.0 * m.ok_share
            );
        }
    }
    if let Some(rss) = peak_rss_mb(server.0.id()) {
        println!("\nServer peak RSS: {rss:.0} MB");
    }
    println!("\n{indexing}\n{indicators}");
    Ok(())
}

/// Times the monitoring indicators (the JSON, the CSV and the dashboard all
/// compute them) in process, as the moderator would ask for them: the
/// platform over the API's default 30 days and the dashboard's twelve
/// weeks, and the busiest community over twelve weeks. Five runs each.
async fn measure_indicators(app: &App, busiest: &str) -> anyhow::Result<String> {
    use chrono::{Duration as Days, Utc};
    let community = praxis_store::communities::find_by_slug(&app.db, busiest).await?;
    let now = Utc::now();
    // The dashboard's default first: after `echo 3 > /proc/sys/vm/drop_caches`
    // its first run is the cold one a moderator opening the page meets.
    let cases = [
        ("platform, 12 weeks", now - Days::weeks(12), None),
        ("platform, 30 days", now - Days::days(30), None),
        (
            "busiest community, 12 weeks",
            now - Days::weeks(12),
            community,
        ),
    ];
    let mut report = String::from("Indicators (5 runs each):\n");
    for (name, from, community) in cases {
        let mut times = Vec::new();
        let mut posts = 0;
        for _ in 0..5 {
            let started = Instant::now();
            let found =
                praxis_app::indicators::figures(app, from, now, community.clone(), now).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            posts = found.posts;
        }
        let first = times[0];
        times.sort_by(f64::total_cmp);
        report.push_str(&format!(
            "- {name} ({posts} posts): first run {first:.0} ms, median {:.0} ms, slowest {:.0} ms\n",
            times[times.len() / 2],
            times[times.len() - 1]
        ));
    }
    Ok(report)
}

/// Times searches one after the other in process, without HTTP or
/// concurrency: the work a search costs, which the p99 under load multiplies
/// by the queue in front of the two cores.
async fn measure_search(
    app: &App,
    targets: &praxis_store::bulk::BenchTargets,
    each: Duration,
) -> anyhow::Result<String> {
    use praxis_app::search::SearchRequest;
    let auth = praxis_app::accounts::login(
        app,
        &targets.member_email,
        crate::generate::BENCH_PASSWORD,
        praxis_app::accounts::Client { ip: None },
    )
    .await?
    .auth;
    let request = |q: &str| SearchRequest {
        q: q.into(),
        ..Default::default()
    };
    let cases = [
        ("three common words", request("framework agreement lots")),
        (
            "a typed question",
            request("how do we explain an abnormally low tender to the bidder"),
        ),
        ("a phrase", request("\"dynamic purchasing system\"")),
        (
            "as you type",
            SearchRequest {
                prefix: true,
                paging: praxis_domain::Paging {
                    page: 1,
                    per_page: 8,
                },
                ..request("framew")
            },
        ),
        (
            "document text",
            SearchRequest {
                kinds: Some("document".into()),
                ..request("levenscycluskosten machines")
            },
        ),
    ];
    let mut report = format!(
        "Search in process, one at a time, each query for {} s:\n",
        each.as_secs()
    );
    for (name, request) in cases {
        let mut times = Vec::new();
        let mut total = 0;
        let began = Instant::now();
        while times.len() < 100 || began.elapsed() < each {
            let started = Instant::now();
            let found = praxis_app::search::query::search(app, &auth, request.clone()).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            total = found.total;
        }
        times.sort_by(f64::total_cmp);
        report.push_str(&format!(
            "- {name} ({total} hits, {} runs): median {:.2} ms, p99 {:.2} ms\n",
            times.len(),
            times[times.len() / 2],
            times[times.len() * 99 / 100]
        ));
    }
    Ok(report)
}

/// Builds the search index if the data set was just loaded (or the index is
/// empty), timing it; then times how fast the index follows new posts: a
/// batch of the newest replies is recorded in the change feed, as replying
/// does, and applied the way the server's indexer applies it.
async fn measure_indexing(app: &App, loaded: bool) -> anyhow::Result<String> {
    let mut report = String::from("Search indexing:\n");
    if loaded || app.search.needs_rebuild() || app.search.num_docs() == 0 {
        let started = Instant::now();
        crate::reindex::run(app).await?;
        let seconds = started.elapsed().as_secs_f64();
        report.push_str(&format!(
            "- full rebuild: {} entries in {seconds:.0} s ({:.0} entries/s)\n",
            app.search.num_docs(),
            app.search.num_docs() as f64 / seconds
        ));
    }
    app.search.catch_up(&app.db).await?;
    const FOLLOWED: i64 = 20_000;
    let newest = praxis_store::bulk::next_ids(&app.db).await?.post - 1;
    let txn = app.db.begin().await?;
    for id in (newest - FOLLOWED + 1)..=newest {
        praxis_store::search::record_change(&txn, praxis_store::search::Entity::Post, id).await?;
    }
    txn.commit().await?;
    let started = Instant::now();
    app.search.catch_up(&app.db).await?;
    let seconds = started.elapsed().as_secs_f64();
    report.push_str(&format!(
        "- following changes: {FOLLOWED} new posts applied in {seconds:.2} s ({:.0} posts/s)\n",
        FOLLOWED as f64 / seconds
    ));
    Ok(report)
}
