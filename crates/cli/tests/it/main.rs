//! Black-box tests of the `crocevia` binary: first start, configuration, clear
//! errors, idempotent migrations, graceful shutdown. On PostgreSQL too when
//! `CROCEVIA_TEST_PG_URL` is set.
#![expect(clippy::expect_used, reason = "test helpers fail loudly by design")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crocevia_store::sea_orm::{ConnectionTrait, Database};

mod crash;

fn crocevia() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crocevia"));
    // Isolate from the developer's environment and any crocevia.toml.
    for (key, _) in std::env::vars() {
        if key.starts_with("CROCEVIA_") {
            cmd.env_remove(key);
        }
    }
    cmd.current_dir(std::env::temp_dir());
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run crocevia")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `--database-url` arguments for this run's backend: nothing for SQLite (the
/// data directory default), a fresh database for PostgreSQL.
fn database_args() -> Vec<String> {
    let Ok(admin) = std::env::var("CROCEVIA_TEST_PG_URL") else {
        return Vec::new();
    };
    if admin.is_empty() {
        return Vec::new();
    }
    let name = format!("crocevia_cli_{}", uuid::Uuid::now_v7().simple());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let conn = Database::connect(&admin).await.expect("admin connection");
        conn.execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .expect("create database");
        conn.close().await.expect("close");
    });
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    vec!["--database-url".to_owned(), format!("{base}/{name}")]
}

#[test]
fn version_prints_the_version() {
    let o = run(crocevia().arg("version"));
    assert!(o.status.success());
    assert_eq!(
        stdout(&o).trim(),
        format!("crocevia {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn migrate_is_idempotent() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let db = database_args();
    let o = run(crocevia()
        .arg("migrate")
        .arg("--data-dir")
        .arg(&data)
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("applied m2026"), "{}", stdout(&o));
    let o = run(crocevia()
        .arg("migrate")
        .arg("--data-dir")
        .arg(&data)
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "database is up to date");
}

#[test]
fn demo_load_is_repeatable_and_prints_stable_logins() {
    let dir = tempfile::tempdir().expect("dir");
    let db = database_args();
    let mut outputs = Vec::new();
    for _ in 0..2 {
        let o = run(crocevia()
            .args(["demo", "load", "--data-dir"])
            .arg(dir.path())
            .args(&db));
        assert!(o.status.success(), "{}", stderr(&o));
        outputs.push(stdout(&o));
    }
    assert_eq!(outputs[0], outputs[1], "same logins at every load");
    let out = &outputs[0];
    assert!(out.starts_with("demo data loaded"), "{out}");
    for profession in ["front_office", "social_worker", "mediator", "administrator"] {
        let line = out
            .lines()
            .find(|l| l.trim_start().starts_with(profession))
            .unwrap_or_else(|| panic!("no {profession} login in {out}"));
        let password = line.split_whitespace().last().expect("password");
        assert!(
            password.starts_with("Demo-") && password.len() == 22,
            "{line}"
        );
    }
    // Another installation (another session key) gets other passwords.
    let other = tempfile::tempdir().expect("dir");
    let o = run(crocevia()
        .args(["demo", "load", "--data-dir"])
        .arg(other.path())
        .args(database_args()));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(stdout(&o), outputs[0]);
}

#[test]
fn reindex_rebuilds_the_search_index_of_the_demo() {
    let dir = tempfile::tempdir().expect("dir");
    let db = database_args();
    let o = run(crocevia()
        .args(["demo", "load", "--data-dir"])
        .arg(dir.path())
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(crocevia()
        .args(["reindex", "--data-dir"])
        .arg(dir.path())
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    // 14 guides, 84 concepts and the demo services.
    let documents: usize = out
        .strip_prefix("search index rebuilt: ")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{out}"));
    assert!(documents > 14 + 84 + 100, "{out}");
    let meta = std::fs::read_to_string(dir.path().join("search/meta.json")).expect("meta");
    assert!(meta.contains("\"analyzer_version\""), "{meta}");
}

#[test]
fn unusable_data_dir_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("write");
    let o = run(crocevia()
        .arg("migrate")
        .arg("--data-dir")
        .arg(file.join("data")));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cannot create the data directory"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_database_url_is_a_clear_error_without_the_password() {
    let dir = tempfile::tempdir().expect("dir");
    let o = run(crocevia()
        .arg("migrate")
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--database-url", "mysql://root:hunter2@db/crocevia"]));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("invalid database URL"), "{err}");
    assert!(err.contains("postgres://"), "says what is accepted: {err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn unreachable_database_is_a_clear_error_without_the_password() {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    let o = run(crocevia()
        .arg("migrate")
        .arg("--data-dir")
        .arg(dir.path())
        .arg("--database-url")
        .arg(format!("postgres://app:hunter2@127.0.0.1:{port}/crocevia")));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("cannot connect to the postgresql database"),
        "{err}"
    );
    assert!(err.contains("app:***@"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn bad_settings_are_clear_errors() {
    let dir = tempfile::tempdir().expect("dir");
    let o = run(crocevia()
        .args(["serve", "--bind", "localhost-8080", "--data-dir"])
        .arg(dir.path()));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("invalid bind address"),
        "{}",
        stderr(&o)
    );

    let o = run(crocevia()
        .env("CROCEVIA_LANGUAGES", "[en, ar]")
        .arg("migrate")
        .arg("--data-dir")
        .arg(dir.path()));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("must include \"it\""), "{}", stderr(&o));

    let toml = dir.path().join("crocevia.toml");
    std::fs::write(&toml, "languages = [\"it\", \"klingon\"]\n").expect("write");
    let o = run(crocevia()
        .arg("--config")
        .arg(&toml)
        .arg("migrate")
        .arg("--data-dir")
        .arg(dir.path()));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("klingon"), "{}", stderr(&o));

    let o = run(crocevia()
        .env("CROCEVIA_OIDC_ISSUER", "https://idp.regione.example")
        .arg("migrate")
        .arg("--data-dir")
        .arg(dir.path()));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .contains("needs all of `oidc_issuer`, `oidc_client_id` and `oidc_client_secret`"),
        "{}",
        stderr(&o)
    );

    let o = run(crocevia().args(["--config", "/nonexistent/crocevia.toml", "migrate"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
}

#[test]
fn port_in_use_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("dir");
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr");
    let o = run(crocevia()
        .args(["serve", "--bind", &addr.to_string(), "--data-dir"])
        .arg(dir.path())
        .args(database_args()));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("already in use"), "{err}");
    assert!(err.contains("--bind"), "{err}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn first_start_creates_private_data_dir_serves_and_stops_gracefully() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("fresh").join("data");
    let port = free_port();
    let mut child = crocevia()
        .args([
            "serve",
            "--demo",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(&data)
        .args(database_args())
        .env("CROCEVIA_AUDIT_HEAD_FILE", dir.path().join("heads.txt"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let printed: Vec<String> = lines
        .by_ref()
        .map_while(Result::ok)
        .take_while(|l| !l.contains("listening on"))
        .collect();
    assert!(
        printed
            .iter()
            .any(|l| l.contains("admin@demo.crocevia.example")),
        "demo logins are printed at start: {printed:?}"
    );

    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(r) = http_get(port, "/status") {
            break r;
        }
        assert!(Instant::now() < deadline, "server did not answer");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
    let home = http_get(port, "/ar/").expect("home");
    assert!(home.contains("dir=\"rtl\""));

    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("keys")), 0o700);
    for key in ["session.key", "field.key", "audit.key"] {
        let path = data.join("keys").join(key);
        assert_eq!(mode(&path), 0o600, "{key}");
        assert_eq!(std::fs::read_to_string(&path).expect("key").len(), 64);
    }
    // The audit head is published at start: appended to the file, logged.
    let heads = dir.path().join("heads.txt");
    let deadline = Instant::now() + Duration::from_secs(10);
    let published = loop {
        let text = std::fs::read_to_string(&heads).unwrap_or_default();
        if !text.is_empty() {
            break text;
        }
        assert!(Instant::now() < deadline, "audit head not published");
        std::thread::sleep(Duration::from_millis(100));
    };
    let head = published.split_whitespace().next().expect("head");
    assert!(
        head.parse::<crocevia_store::identity::audit::AuditHead>()
            .is_ok(),
        "{published}"
    );
    // A client that never finishes its headers does not keep the server
    // from stopping (it waited for it forever before): SIGTERM, then exit
    // within the shutdown deadline (10 s), not at the client's pleasure.
    let mut half_sent = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    half_sent
        .write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .expect("write");
    let pid = i32::try_from(child.id()).expect("pid");
    let sent = send_sigterm(pid);
    assert!(sent, "signal sent");
    let deadline = Instant::now() + Duration::from_secs(14);
    let exit = loop {
        if let Some(exit) = child.try_wait().expect("wait") {
            break exit;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("still running 14 s after SIGTERM with a half-sent request open");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    drop(half_sent);
    assert!(exit.success(), "graceful shutdown exits 0: {exit:?}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert!(err.contains("shutdown signal received"), "{err}");
    assert!(err.contains(&format!("audit head {head}")), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Sends SIGTERM with the `kill` command (the crate forbids `unsafe`).
fn send_sigterm(pid: i32) -> bool {
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs SQL directly on the database a test's `crocevia` commands use.
fn execute_sql(data_dir: &Path, db: &[String], sql: &str) {
    let url = match db {
        [flag, url] if flag == "--database-url" => {
            crocevia_store::DatabaseUrl::parse(url).expect("url")
        }
        _ => crocevia_store::DatabaseUrl::sqlite_file(&data_dir.join("crocevia.db")),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let store = crocevia_store::Store::connect(&url).await.expect("connect");
        store.conn().execute_unprepared(sql).await.expect("sql");
        store.close().await.expect("close");
    });
}

#[test]
fn audit_verify_passes_on_a_demo_database_and_names_an_edited_entry() {
    let dir = tempfile::tempdir().expect("dir");
    let db = database_args();
    for _ in 0..3 {
        let o = run(crocevia()
            .args(["demo", "load", "--data-dir"])
            .arg(dir.path())
            .args(&db));
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = run(crocevia()
        .args(["audit", "verify", "--data-dir"])
        .arg(dir.path())
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("audit log intact: 3 entries"),
        "{}",
        stdout(&o)
    );

    execute_sql(
        dir.path(),
        &db,
        "UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 2",
    );
    let o = run(crocevia()
        .args(["audit", "verify", "--data-dir"])
        .arg(dir.path())
        .args(&db));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("entry 2"), "{err}");
    assert!(err.contains("altered"), "{err}");
}

#[cfg(unix)]
#[test]
fn audit_verify_fails_against_a_published_head_after_the_tail_is_cut() {
    let dir = tempfile::tempdir().expect("dir");
    let db = database_args();
    for _ in 0..3 {
        let o = run(crocevia()
            .args(["demo", "load", "--data-dir"])
            .arg(dir.path())
            .args(&db));
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let keys = dir.path().join("keys");
    assert_eq!(
        std::fs::read_to_string(keys.join("audit.legacy")).expect("legacy"),
        "0",
        "a new log is keyed from its first entry"
    );
    assert_eq!(mode(&keys.join("audit.key")), 0o600);
    let o = run(crocevia()
        .args(["audit", "head", "--data-dir"])
        .arg(dir.path())
        .args(&db));
    assert!(o.status.success(), "{}", stderr(&o));
    let head = stdout(&o).trim().to_owned();
    assert!(head.starts_with("3:") && head.len() == 66, "{head}");
    let verify = |extra: &[&str]| {
        run(crocevia()
            .args(["audit", "verify", "--data-dir"])
            .arg(dir.path())
            .args(&db)
            .args(extra))
    };
    let o = verify(&["--expect-head", &head]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!("head {head}")),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("published heads found intact: 1"));
    let heads = dir.path().join("heads.txt");
    std::fs::write(
        &heads,
        format!("# published\n{head} 2026-12-07T10:00:00Z\n"),
    )
    .expect("heads");

    execute_sql(dir.path(), &db, "DELETE FROM audit_log WHERE seq = 3");
    let o = verify(&[]);
    assert!(o.status.success(), "the chain alone cannot see a cut tail");
    for extra in [
        vec!["--expect-head", head.as_str()],
        vec!["--heads", heads.to_str().expect("path")],
    ] {
        let o = verify(&extra);
        assert_eq!(o.status.code(), Some(1), "{extra:?}");
        assert!(stderr(&o).contains("was cut"), "{}", stderr(&o));
    }
    let o = verify(&["--expect-head", "3:nonsense"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("SEQ:MAC"), "{}", stderr(&o));
}
