//! A server killed with SIGKILL in the middle of a stream of writes (issue
//! 19): after a restart every acknowledged write is there, and every change
//! that committed has its audit entry (the change and its entry commit in one
//! transaction), on SQLite and on PostgreSQL.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crocevia_domain::identity::totp::TotpSecret;
use crocevia_store::sea_orm::{ConnectionTrait, Statement};

use super::{crocevia, database_args, free_port, http_get, run, stderr, stdout};

/// Concurrent writers, and how many acknowledged writes to wait for before
/// the kill (a bound: the stream stops there whatever happens).
const WRITERS: usize = 16;
const ACKNOWLEDGED_BEFORE_KILL: usize = 40;
/// Kills, each after a new start on the same data.
const ROUNDS: usize = 3;

/// A response: status, `Set-Cookie` pairs, `Location`, body.
struct Response {
    status: u16,
    cookies: Vec<(String, String)>,
    location: Option<String>,
    body: String,
}

/// One HTTP/1.1 request over a new connection (`Connection: close`).
fn request(
    port: u16,
    method: &str,
    path: &str,
    cookie: &str,
    form: Option<&str>,
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let body = form.unwrap_or_default();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Cookie: {cookie}\r\nContent-Length: {}\r\n",
        body.len()
    );
    if form.is_some() {
        head.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
    }
    stream.write_all(format!("{head}\r\n{body}").as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line: {head:?}")))?;
    let mut cookies = Vec::new();
    let mut location = None;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "set-cookie" => {
                if let Some((k, v)) = value
                    .trim()
                    .split(';')
                    .next()
                    .and_then(|p| p.split_once('='))
                {
                    cookies.push((k.to_owned(), v.to_owned()));
                }
            }
            "location" => location = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    Ok(Response {
        status,
        cookies,
        location,
        body: body.to_owned(),
    })
}

/// A browser's cookies.
#[derive(Default)]
struct Jar(HashMap<String, String>);

impl Jar {
    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn send(
        &mut self,
        port: u16,
        method: &str,
        path: &str,
        form: Option<&str>,
    ) -> std::io::Result<Response> {
        let response = request(port, method, path, &self.header(), form)?;
        self.0.extend(response.cookies.iter().cloned());
        Ok(response)
    }
}

/// The value of `name="…"`'s `value` attribute, or of the element carrying
/// `marker`, in a page.
fn after<'a>(page: &'a str, marker: &str, open: char, close: char) -> &'a str {
    let at = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in the page"));
    let rest = &page[at + marker.len()..];
    let start = rest.find(open).map_or(0, |i| i + 1);
    let end = rest[start..].find(close).map_or(rest.len(), |i| start + i);
    &rest[start..end]
}

fn csrf_token(page: &str) -> String {
    after(page, "name=\"csrf_token\" value=", '"', '"').to_owned()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Signs the demo editor in (enrolling a second factor when the operator
/// must have one); the session's cookies and CSRF token.
fn sign_in(port: u16, email: &str, password: &str) -> (String, String) {
    let mut jar = Jar::default();
    let page = jar
        .send(port, "GET", "/app/login", None)
        .expect("login page");
    let form = format!(
        "csrf_token={}&email={}&password={}&next=%2Fapp%2F",
        csrf_token(&page.body),
        encode(email),
        encode(password)
    );
    let r = jar
        .send(port, "POST", "/app/login", Some(&form))
        .expect("login");
    let next = r.location.expect("redirected after the password");
    assert!(!next.contains("/app/login"), "signed in: {next}");
    if next.contains("/app/account/totp") {
        // Operators who must have a second factor enrol it first.
        let page = jar.send(port, "GET", &next, None).expect("enrolment page");
        let key = after(&page.body, "data-testid=\"totp-key\"", '>', '<');
        let secret = TotpSecret::from_base32(key).expect("base32 key");
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_secs();
        let form = format!(
            "csrf_token={}&code={}&next=%2Fapp%2F",
            csrf_token(&page.body),
            secret.code_at(now)
        );
        let r = jar
            .send(port, "POST", "/app/account/totp", Some(&form))
            .expect("enrol");
        assert!(
            r.body.contains("data-testid=\"recovery-codes\""),
            "second factor enrolled: {}",
            r.status
        );
    }
    let form = jar
        .send(port, "GET", "/app/glossary/new", None)
        .expect("a form");
    assert_eq!(form.status, 200, "the editor may write the glossary");
    (jar.header(), csrf_token(&form.body))
}

/// `crocevia serve` on `data`; waits for `/status`. The demo logins printed
/// at the first start.
fn serve(data: &Path, db: &[String], port: u16, demo: bool) -> (Child, Vec<String>) {
    let mut cmd = crocevia();
    cmd.arg("serve");
    if demo {
        cmd.arg("--demo");
    }
    let mut child = cmd
        .args(["--bind", &format!("127.0.0.1:{port}"), "--data-dir"])
        .arg(data)
        .args(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let printed: Vec<String> = lines
        .by_ref()
        .map_while(Result::ok)
        .take_while(|l| !l.contains("listening on"))
        .collect();
    // Whatever it prints later is read, so that it never writes to a closed pipe.
    std::thread::spawn(move || lines.for_each(drop));
    let deadline = Instant::now() + Duration::from_secs(20);
    while !http_get(port, "/status").is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
        assert!(Instant::now() < deadline, "server did not answer");
        std::thread::sleep(Duration::from_millis(100));
    }
    (child, printed)
}

/// Writers create glossary entries until the server is killed, after
/// [`ACKNOWLEDGED_BEFORE_KILL`] acknowledged ones; the slugs acknowledged
/// (a 303).
fn stream_until_killed(
    server: &mut Child,
    port: u16,
    round: usize,
    (cookie, token): (&str, &str),
) -> BTreeSet<String> {
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (cookie, token, acknowledged) = (
                cookie.to_owned(),
                token.to_owned(),
                Arc::clone(&acknowledged),
            );
            std::thread::spawn(move || {
                for n in 0.. {
                    let slug = format!("crash-{round}-{w}-{n}");
                    let form = format!(
                        "csrf_token={token}&slug={slug}&term=Voce+{round}+{w}+{n}\
                         &definition=Scritta+mentre+il+server+cade."
                    );
                    match request(port, "POST", "/app/glossary/new", &cookie, Some(&form)) {
                        Ok(r) if r.status == 303 => {
                            acknowledged.lock().expect("lock").insert(slug);
                        }
                        Ok(r) => panic!("write answered {}: {}", r.status, r.body),
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    while acknowledged.lock().expect("lock").len() < ACKNOWLEDGED_BEFORE_KILL {
        assert!(Instant::now() < deadline, "writes too slow");
        std::thread::sleep(Duration::from_millis(5));
    }
    server.kill().expect("SIGKILL");
    server.wait().expect("reaped");
    for w in writers {
        w.join().expect("writer");
    }
    acknowledged.lock().expect("lock").clone()
}

#[test]
fn acknowledged_writes_and_their_audit_entries_survive_a_kill_9() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let db = database_args();
    let port = free_port();
    let mut login: Option<(String, String)> = None;
    let mut acknowledged = BTreeSet::new();
    for round in 0..ROUNDS {
        let (mut server, printed) = serve(&data, &db, port, round == 0);
        let (email, password) = login.get_or_insert_with(|| {
            printed
                .iter()
                .map(|l| l.split_whitespace().collect::<Vec<_>>())
                .find(|f| f.len() == 3 && f[1].starts_with("redazione@"))
                .map(|f| (f[1].to_owned(), f[2].to_owned()))
                .expect("the demo editor's login is printed")
        });
        let (cookie, token) = sign_in(port, email, password);
        acknowledged.extend(stream_until_killed(
            &mut server,
            port,
            round,
            (&cookie, &token),
        ));
    }

    // Restarted on the same data: it serves, and the audit chain verifies.
    let (mut again, _) = serve(&data, &db, port, false);
    again.kill().expect("stop");
    again.wait().expect("reaped");
    let o = run(crocevia()
        .args(["audit", "verify", "--data-dir"])
        .arg(&data)
        .args(&db));
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));

    // Every acknowledged write is stored; every stored one has its entry.
    let url = match db.as_slice() {
        [_, url] => crocevia_store::DatabaseUrl::parse(url).expect("url"),
        _ => crocevia_store::DatabaseUrl::sqlite_file(&data.join("crocevia.db")),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (stored, audited) = rt.block_on(async {
        let store = crocevia_store::Store::connect(&url).await.expect("connect");
        let stored: BTreeSet<(String, String)> = store
            .concepts()
            .await
            .expect("concepts")
            .into_iter()
            .filter(|c| c.row.slug.starts_with("crash-"))
            .map(|c| (c.row.id, c.row.slug))
            .collect();
        let backend = store.conn().get_database_backend();
        let audited: BTreeSet<String> = store
            .conn()
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT object_id FROM audit_log WHERE action = 'guides.concept.create'",
            ))
            .await
            .expect("audit rows")
            .into_iter()
            .filter_map(|row| row.try_get_by_index::<String>(0).ok())
            .collect();
        store.close().await.expect("close");
        (stored, audited)
    });
    let slugs: BTreeSet<String> = stored.iter().map(|(_, s)| s.clone()).collect();
    let lost: Vec<&String> = acknowledged.difference(&slugs).collect();
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:?}");
    let unaudited: Vec<&(String, String)> = stored
        .iter()
        .filter(|(id, _)| !audited.contains(id))
        .collect();
    assert!(
        unaudited.is_empty(),
        "committed changes without an audit entry: {unaudited:?}"
    );
    assert!(stored.len() >= acknowledged.len());
}
