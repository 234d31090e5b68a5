//! Reliability under concurrency and misbehaving clients: concurrent
//! editors on the same database (every write succeeds, every change has its
//! audit entry), and a server that closes half-sent requests, caps its
//! connections and always stops.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::TestApp;

/// Concurrent editors, and how long they write.
const WRITERS: usize = 20;
const WRITING: Duration = Duration::from_secs(10);

/// Twenty editors saving glossary entries and services at once for ten
/// seconds, over loopback connections to the server: on SQLite a
/// transaction that read before writing was refused ("database is locked",
/// 500) and the audit append raced for its position; now every save
/// answers 303, is stored, and has exactly one audit entry.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_editors_all_succeed_and_every_change_is_audited() {
    let app = TestApp::spawn().await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("operators");
    let editor = app.cookie("redazione@demo.crocevia.example").await;
    let before = (
        audit_count(&app, "guides.concept.create").await,
        audit_count(&app, "directory.service.create").await,
    );
    let (addr, stop, server) = running(&app, crocevia_web::ServeLimits::default()).await;
    let until = tokio::time::Instant::now() + WRITING;
    let mut writers = tokio::task::JoinSet::new();
    for writer in 0..WRITERS {
        let editor = editor.clone();
        writers.spawn(async move {
            let mut statuses = Vec::new();
            let mut n = 0;
            while tokio::time::Instant::now() < until {
                let (path, form) = if (writer + n) % 2 == 0 {
                    (
                        "/app/glossary/new",
                        format!(
                            "slug=voce-{writer}-{n}&term=Voce+{writer}+{n}\
                             &definition=Una+voce+scritta+da+un+redattore+fra+tanti."
                        ),
                    )
                } else {
                    (
                        "/app/directory/services/new",
                        format!(
                            "name=Sportello+carico+{writer}+{n}&organization=Comune+di+Torino+(demo)\
                             &status=active&city=torino&languages=it&free=yes&category=legal-permits"
                        ),
                    )
                };
                let (cookie, body) = crate::helpers::signed_form(&form, &editor);
                statuses.push((path, post_over_loopback(addr, path, &cookie, &body).await));
                n += 1;
            }
            statuses
        });
    }
    let statuses: Vec<(&str, u16)> = writers.join_all().await.into_iter().flatten().collect();
    let _ = stop.send(());
    server.await.expect("join").expect("served");
    let failed: Vec<&(&str, u16)> = statuses.iter().filter(|(_, s)| *s != 303).collect();
    assert!(failed.is_empty(), "every save succeeds: {failed:?}");
    let saved = |path: &str| statuses.iter().filter(|(p, _)| *p == path).count();
    let (concepts, services) = (
        saved("/app/glossary/new"),
        saved("/app/directory/services/new"),
    );
    assert!(
        concepts > WRITERS && services > WRITERS,
        "{concepts} {services}"
    );
    let stored_concepts = app
        .store
        .concepts()
        .await
        .expect("concepts")
        .into_iter()
        .filter(|c| c.row.slug.starts_with("voce-"))
        .count();
    assert_eq!(stored_concepts, concepts);
    let model = crocevia_store::directory::read::ReadModel::build(
        app.store.directory_snapshot().await.expect("snapshot"),
    );
    let stored_services = model
        .services
        .values()
        .filter(|s| s.name.starts_with("Sportello carico"))
        .count();
    assert_eq!(stored_services, services);
    assert_eq!(
        (
            audit_count(&app, "guides.concept.create").await - before.0,
            audit_count(&app, "directory.service.create").await - before.1,
        ),
        (concepts, services),
        "one audit entry per committed change"
    );
    let report = app.store.verify_audit().await.expect("verify");
    assert_eq!(report.broken, None, "the chain is intact");
}

/// A form posted over a new loopback connection; the response's status.
async fn post_over_loopback(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: &str,
    body: &str,
) -> u16 {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Cookie: {cookie}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.expect("read");
    let head = String::from_utf8_lossy(&response[..response.len().min(16)]).into_owned();
    head.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a status line: {head:?}"))
}

async fn audit_count(app: &TestApp, action: &str) -> usize {
    use crocevia_store::sea_orm::{ConnectionTrait, Statement};
    let backend = app.store.conn().get_database_backend();
    let n = app
        .store
        .conn()
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                crocevia_store::sea_orm::DatabaseBackend::Postgres => {
                    "SELECT COUNT(*) FROM audit_log WHERE action = $1"
                }
                _ => "SELECT COUNT(*) FROM audit_log WHERE action = ?",
            },
            [action.into()],
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index::<i64>(0)
        .expect("count");
    usize::try_from(n).expect("count")
}

/// A server on a loopback port with `limits`; the sender stops it.
async fn running(
    app: &TestApp,
    limits: crocevia_web::ServeLimits,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<std::io::Result<()>>,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(crocevia_web::serve(
        listener,
        app.router.clone(),
        async move {
            let _ = stopped.await;
        },
        limits,
    ));
    (addr, stop, server)
}

/// Headers started and never finished.
async fn half_sent(addr: std::net::SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /status HTTP/1.1\r\nHost: crocevia.test\r\nX-Slow: ")
        .await
        .expect("write");
    stream
}

/// What the server sends until it closes the connection (`None`: still open
/// after `wait`).
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> Option<Vec<u8>> {
    let mut received = Vec::new();
    tokio::time::timeout(wait, stream.read_to_end(&mut received))
        .await
        .ok()
        .map(|_| received)
}

/// A client that never finishes its headers is closed after the header
/// timeout; at the cap, a further connection waits until one closes; a
/// complete request is answered.
#[tokio::test]
async fn half_sent_headers_are_closed_and_connections_are_capped() {
    let app = TestApp::spawn().await;
    let limits = crocevia_web::ServeLimits {
        header_read: Duration::from_secs(1),
        max_connections: 2,
        ..crocevia_web::ServeLimits::default()
    };
    let (addr, stop, server) = running(&app, limits).await;
    let mut first = half_sent(addr).await;
    let mut second = half_sent(addr).await;
    // The third waits while the two hold the only slots…
    let mut third = TcpStream::connect(addr).await.expect("connect");
    third
        .write_all(b"GET /status HTTP/1.1\r\nHost: crocevia.test\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    assert_eq!(
        read_until_closed(&mut third, Duration::from_millis(300)).await,
        None,
        "not served while the slots are taken"
    );
    // … the two are closed by the header timeout (a client waiting forever
    // kept them open before) …
    for stream in [&mut first, &mut second] {
        let answer = read_until_closed(stream, Duration::from_secs(30)).await;
        assert!(answer.is_some(), "closed by the header timeout");
    }
    // … and the third is answered.
    let answer = read_until_closed(&mut third, Duration::from_secs(30))
        .await
        .expect("answered");
    assert!(
        String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    stop.send(()).expect("stop");
    server.await.expect("join").expect("serve");
}

/// After the shutdown signal, a connection that never finishes its headers
/// does not keep the server from stopping: it returns at the shutdown
/// deadline (before, it waited for the client forever).
#[tokio::test]
async fn shutdown_ends_at_the_deadline_with_a_half_sent_request_open() {
    let app = TestApp::spawn().await;
    let limits = crocevia_web::ServeLimits {
        header_read: Duration::from_secs(600),
        shutdown_deadline: Duration::from_secs(1),
        ..crocevia_web::ServeLimits::default()
    };
    let (addr, stop, server) = running(&app, limits).await;
    let _open = half_sent(addr).await;
    let mut ok = TcpStream::connect(addr).await.expect("connect");
    ok.write_all(b"GET /status HTTP/1.1\r\nHost: crocevia.test\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let answer = read_until_closed(&mut ok, Duration::from_secs(30))
        .await
        .expect("answered");
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
    stop.send(()).expect("stop");
    let stopped = tokio::time::timeout(Duration::from_secs(60), server).await;
    assert!(
        stopped.is_ok(),
        "the server returns at the deadline, not when the client goes"
    );
}
