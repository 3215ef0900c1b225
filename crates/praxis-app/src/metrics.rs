//! Operations metrics in the Prometheus text format: HTTP requests by route
//! and status with latency histograms (recorded by the web layer), jobs
//! waiting and failed, and the database pool's connections.

use crate::App;
use crate::error::AppResult;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Debug, Default, Clone)]
struct RouteStats {
    count: u64,
    sum_seconds: f64,
    /// Cumulative per bucket, as Prometheus wants them.
    buckets: [u64; BUCKETS.len()],
}

/// Per (method, route pattern, status): never a raw path, so the number of
/// series stays bounded whatever clients request.
#[derive(Debug, Default)]
pub struct HttpMetrics {
    routes: Mutex<BTreeMap<(String, String, u16), RouteStats>>,
}

impl HttpMetrics {
    pub fn record(&self, method: &str, route: &str, status: u16, took: Duration) {
        let seconds = took.as_secs_f64();
        let Ok(mut routes) = self.routes.lock() else {
            return;
        };
        let stats = routes
            .entry((method.to_owned(), route.to_owned(), status))
            .or_default();
        stats.count += 1;
        stats.sum_seconds += seconds;
        for (bound, bucket) in BUCKETS.iter().zip(stats.buckets.iter_mut()) {
            if seconds <= *bound {
                *bucket += 1;
            }
        }
    }

    fn snapshot(&self) -> BTreeMap<(String, String, u16), RouteStats> {
        self.routes.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The whole exposition.
pub async fn render(app: &App) -> AppResult<String> {
    let mut out = String::new();
    let routes = app.http_metrics.snapshot();
    let _ = writeln!(
        out,
        "# HELP praxis_http_requests_total HTTP requests answered, by route and status."
    );
    let _ = writeln!(out, "# TYPE praxis_http_requests_total counter");
    for ((method, route, status), stats) in &routes {
        let _ = writeln!(
            out,
            "praxis_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {}",
            label(method),
            label(route),
            stats.count
        );
    }
    let _ = writeln!(
        out,
        "# HELP praxis_http_request_duration_seconds Time to answer, by route."
    );
    let _ = writeln!(out, "# TYPE praxis_http_request_duration_seconds histogram");
    let mut by_route: BTreeMap<(String, String), RouteStats> = BTreeMap::new();
    for ((method, route, _), stats) in routes {
        let merged = by_route.entry((method, route)).or_default();
        merged.count += stats.count;
        merged.sum_seconds += stats.sum_seconds;
        for (into, from) in merged.buckets.iter_mut().zip(stats.buckets) {
            *into += from;
        }
    }
    for ((method, route), stats) in &by_route {
        let labels = format!("method=\"{}\",route=\"{}\"", label(method), label(route));
        for (bound, bucket) in BUCKETS.iter().zip(stats.buckets) {
            let _ = writeln!(
                out,
                "praxis_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {bucket}"
            );
        }
        let _ = writeln!(
            out,
            "praxis_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
            stats.count
        );
        let _ = writeln!(
            out,
            "praxis_http_request_duration_seconds_sum{{{labels}}} {}",
            stats.sum_seconds
        );
        let _ = writeln!(
            out,
            "praxis_http_request_duration_seconds_count{{{labels}}} {}",
            stats.count
        );
    }
    let (pending, failed) = praxis_store::jobs::count_by_state(&app.db).await?;
    let _ = writeln!(
        out,
        "# HELP praxis_jobs Background jobs (mail, extraction…) by state."
    );
    let _ = writeln!(out, "# TYPE praxis_jobs gauge");
    let _ = writeln!(out, "praxis_jobs{{state=\"queued\"}} {pending}");
    let _ = writeln!(out, "praxis_jobs{{state=\"failed\"}} {failed}");
    let (size, idle) = match praxis_store::backend(&app.db) {
        praxis_store::Backend::Postgres => {
            let pool = app.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        praxis_store::Backend::Sqlite => {
            let pool = app.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
    };
    let _ = writeln!(
        out,
        "# HELP praxis_db_pool_connections Database connections of this node."
    );
    let _ = writeln!(out, "# TYPE praxis_db_pool_connections gauge");
    let _ = writeln!(out, "praxis_db_pool_connections{{state=\"idle\"}} {idle}");
    let _ = writeln!(
        out,
        "praxis_db_pool_connections{{state=\"in_use\"}} {}",
        size.saturating_sub(idle)
    );
    let _ = writeln!(
        out,
        "praxis_db_pool_max_connections {}",
        app.config.database.max_connections
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative() {
        let m = HttpMetrics::default();
        m.record("GET", "/threads/{id}", 200, Duration::from_millis(3));
        m.record("GET", "/threads/{id}", 200, Duration::from_millis(300));
        let snapshot = m.snapshot();
        let stats = &snapshot[&("GET".into(), "/threads/{id}".into(), 200)];
        assert_eq!(stats.count, 2);
        // ≤ 5 ms: one; ≤ 0.5 s: both.
        assert_eq!(stats.buckets[2], 1);
        assert_eq!(stats.buckets[8], 2);
    }
}
