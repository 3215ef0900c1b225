//! `praxis reindex`: rebuilds this node's search index from the database,
//! with a progress bar.

use indicatif::{ProgressBar, ProgressStyle};
use praxis_app::App;
use std::time::Instant;

pub async fn run(app: &App) -> anyhow::Result<()> {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message("indexing");
    let started = Instant::now();
    app.search
        .rebuild(&app.db, &|done, total| {
            bar.set_length(total);
            bar.set_position(done);
        })
        .await?;
    bar.finish_and_clear();
    // Release the index for the server that may start next.
    app.search.close_writer().await;
    println!(
        "Search index rebuilt in {:.1} s: {} entries in {}.",
        started.elapsed().as_secs_f64(),
        app.search.num_docs(),
        app.search.path().display()
    );
    Ok(())
}
