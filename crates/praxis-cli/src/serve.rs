//! `praxis serve`: the HTTP server, the jobs worker and the search indexer, with graceful
//! shutdown on SIGTERM and SIGINT (in-flight requests finish).

use anyhow::Context;
use praxis_app::{App, Config};
use std::net::SocketAddr;
use tokio::sync::watch;

pub async fn serve(config: Config) -> anyhow::Result<()> {
    crate::prepare_data_dir(&config)?;
    let app = App::start(config).await?;
    serve_app(app).await
}

pub async fn serve_app(app: App) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(&app.config.listen)
        .await
        .with_context(|| format!("listening on {}", app.config.listen))?;
    let address = listener.local_addr()?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let worker = tokio::spawn(praxis_app::jobs::worker(app.clone(), stop_rx.clone()));
    let indexer = tokio::spawn(praxis_app::search::indexer(app.clone(), stop_rx));
    let router = praxis_web::router(app.clone());
    tracing::info!(%address, public_url = %app.config.public_url(), "Praxis is serving");
    println!("Praxis is serving on http://{address}");
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("serving")?;
    let _ = stop_tx.send(true);
    let _ = worker.await;
    let _ = indexer.await;
    tracing::info!("Praxis stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
