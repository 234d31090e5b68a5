//! The HTTP server around the router: HTTP/1.1 connections with a deadline
//! for each request's headers and a per-read deadline for its body, a cap on
//! open connections, and a shutdown that stops accepting, lets requests in
//! flight finish and, past a deadline, exits anyway.
//!
//! `axum::serve` has none of these: a client that never finished its
//! headers held a connection (and its file descriptor) forever and kept the
//! process from stopping. HTTP/2 is not offered: Crocevia sits behind a TLS
//! proxy in production, and browsers speak HTTP/2 only over TLS.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tower::ServiceExt as _;

/// The server's limits (see [`serve`]).
#[derive(Debug, Clone, Copy)]
pub struct ServeLimits {
    /// A request's headers must arrive within this time from when the
    /// server starts waiting for them (also how long an idle keep-alive
    /// connection stays open).
    pub header_read: Duration,
    /// Each read of a request's body must complete within this time.
    pub body_read: Duration,
    /// Connections open at once; more wait in the listen queue.
    pub max_connections: usize,
    /// After the shutdown signal, requests in flight have this long; then
    /// the server returns with connections still open.
    pub shutdown_deadline: Duration,
}

impl Default for ServeLimits {
    /// Headers within 15 s, each body read within 30 s, 512 connections
    /// (half of the usual 1,024 file descriptors, leaving the rest to the
    /// database, the search index and files), 10 s to finish at shutdown.
    fn default() -> ServeLimits {
        ServeLimits {
            header_read: Duration::from_secs(15),
            body_read: Duration::from_secs(30),
            max_connections: 512,
            shutdown_deadline: Duration::from_secs(10),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets requests
/// in flight finish within `limits.shutdown_deadline`.
pub async fn serve<F>(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: F,
    limits: ServeLimits,
) -> std::io::Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    let app = app.layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
        limits.body_read,
    ));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before
                    // it was accepted: wait a little rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The peer address is the client key of the rate limits.
        let service = app
            .clone()
            .map_request(move |mut request: axum::http::Request<Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            });
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that goes away or times out is not the server's error.
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_deadline, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            seconds = limits.shutdown_deadline.as_secs(),
            "connections still open after the shutdown deadline: closing them"
        );
    }
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received, finishing requests in flight");
}
