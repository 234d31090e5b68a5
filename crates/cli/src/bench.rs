//! `crocevia bench search`: the in-process side of the search benchmark
//! (bench/run measures it through HTTP).

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use crocevia_domain::Lang;
use crocevia_search::SearchQuery;
use crocevia_store::Store;
use crocevia_web::{AppState, WebSettings};

/// As many hits as the search page asks for.
const PAGE_LIMIT: usize = 30;

#[derive(serde::Deserialize)]
struct BenchQuery {
    q: String,
    lang: String,
}

/// Rebuilds the index in `dir` (removed afterwards), then runs every query
/// `rounds` times and prints the rebuild time, the index size and the
/// latency percentiles, as Markdown.
pub async fn search(
    store: &Store,
    settings: WebSettings,
    dir: &Path,
    queries: &Path,
    rounds: usize,
) -> Result<()> {
    let text = std::fs::read_to_string(queries)
        .with_context(|| format!("cannot read {}", queries.display()))?;
    let queries: Vec<BenchQuery> = serde_json::from_str(&text).with_context(|| {
        format!(
            "{}: expected a JSON list of {{\"q\", \"lang\"}}",
            queries.display()
        )
    })?;
    let queries: Vec<SearchQuery> = queries
        .into_iter()
        .map(|q| {
            let lang = Lang::from_tag(&q.lang)
                .with_context(|| format!("unknown language {:?} in the queries", q.lang))?;
            Ok(SearchQuery {
                text: q.q,
                lang,
                kind: None,
                near: None,
                limit: PAGE_LIMIT,
            })
        })
        .collect::<Result<_>>()?;
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    let state = AppState::new(store.clone(), settings, Some(dir.to_path_buf()))?;
    let started = Instant::now();
    let documents = state.search().rebuild(&state).await?;
    let rebuild = started.elapsed();
    let bytes = folder_size(dir)?;
    let index = state.search().index();
    // Once untimed: caches warm, as on a server that has been answering.
    for q in &queries {
        index.search(q)?;
    }
    let mut times = Vec::with_capacity(queries.len() * rounds);
    // Per query: its slowest time (to name the slowest queries).
    let mut slowest = vec![Duration::ZERO; queries.len()];
    for _ in 0..rounds {
        for (q, worst) in queries.iter().zip(&mut slowest) {
            let t = Instant::now();
            std::hint::black_box(index.search(q)?);
            let took = t.elapsed();
            times.push(took);
            *worst = (*worst).max(took);
        }
    }
    times.sort();
    let at = |p: f64| {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss,
            reason = "an index into the sorted times"
        )]
        let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len().max(1)) - 1;
        times.get(i).copied().unwrap_or_default()
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "| documents | rebuild (s) | index size (MB) | queries × rounds | p50 (ms) | p99 (ms) | max (ms) |"
    );
    println!("|--:|--:|--:|--:|--:|--:|--:|");
    #[expect(clippy::cast_precision_loss, reason = "megabytes for people")]
    let mb = bytes as f64 / 1_000_000.0;
    println!(
        "| {documents} | {:.1} | {mb:.1} | {} × {rounds} | {:.2} | {:.2} | {:.2} |",
        rebuild.as_secs_f64(),
        queries.len(),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(at(1.0)),
    );
    let mut by_time: Vec<(Duration, &SearchQuery)> = slowest.into_iter().zip(&queries).collect();
    by_time.sort_by_key(|b| std::cmp::Reverse(b.0));
    println!("\nSlowest queries (their worst time in {rounds} rounds):\n");
    for (took, q) in by_time.iter().take(5) {
        println!("- {:.2} ms: `{}` ({})", ms(*took), q.text, q.lang.as_str());
    }
    drop(state);
    std::fs::remove_dir_all(dir)?;
    Ok(())
}

fn folder_size(dir: &Path) -> std::io::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() {
            folder_size(&entry.path())?
        } else {
            meta.len()
        };
    }
    Ok(total)
}

/// Latency percentiles of one scenario, in milliseconds.
fn percentiles(mut samples: Vec<Duration>) -> (f64, f64, f64) {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples[i].as_secs_f64() * 1000.0
    };
    let mean = samples.iter().map(Duration::as_secs_f64).sum::<f64>() / samples.len() as f64;
    (at(0.5), at(0.99), mean * 1000.0)
}

/// `crocevia bench desk`: the desk's pages through the whole web stack in
/// this process (routing, session, policy, audit, queries, templates), as
/// the demo front-office operator: person searches typed with another
/// spelling, case pages and the operator dashboard, each `rounds` times over
/// the sample written by `crocevia gen desk`. Prints Markdown.
pub async fn desk(
    store: &Store,
    settings: WebSettings,
    sample: &Path,
    rounds: usize,
) -> Result<()> {
    use axum::body::Body;
    use http_body_util::BodyExt as _;
    use tower::ServiceExt as _;

    let text = std::fs::read_to_string(sample).with_context(|| {
        format!(
            "cannot read {} (run `crocevia gen desk` first)",
            sample.display()
        )
    })?;
    let sample: crate::synthetic::BenchSample = serde_json::from_str(&text)?;
    let operator = store
        .agency_users(sample.agency)
        .await?
        .into_iter()
        .find(|u| u.profession == crocevia_domain::identity::Profession::FrontOffice)
        .context("the sample's agency has no front-office operator")?;
    let cookie = format!(
        "crocevia_session={}",
        store
            .create_session(operator.id, true, &crocevia_store::act::Trail::unrecorded())
            .await?
    );
    // The person search goes by POST with the CSRF token (the words searched
    // never reach a URL): the pair of cookie and token a browser would hold.
    let csrf_secret = "YmVuY2gtY3NyZi1zZWNyZXQtYmVuY2gtY3NyZi1zZWM";
    let csrf_token = crocevia_web::security::sign(settings.csrf_key().expose(), csrf_secret);
    let cookie = format!(
        "{cookie}; {}={csrf_secret}",
        crocevia_web::security::CSRF_COOKIE
    );
    let state = AppState::new(store.clone(), settings, None)?;
    let app = crocevia_web::router(state);
    let encode = |q: &str| form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>();
    let scenarios: Vec<(&str, Vec<String>)> = vec![
        // The baseline of the same run: the trivial status endpoint.
        ("baseline: /status", vec!["/status".to_owned()]),
        (
            "person search (another spelling)",
            sample
                .queries
                .iter()
                .map(|q| format!("/app/desk/search q={}", encode(q)))
                .collect(),
        ),
        (
            "case page",
            sample
                .cases
                .iter()
                .map(|c| format!("/app/desk/cases/{c}"))
                .collect(),
        ),
        ("operator dashboard", vec!["/app/desk".to_owned()]),
    ];
    println!(
        "| scenario | requests | p50 ms | p99 ms | mean ms | p99 / baseline p99 |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut baseline = None;
    for (name, paths) in scenarios {
        anyhow::ensure!(!paths.is_empty(), "the sample has nothing for {name}");
        let per_round = 200;
        let mut samples = Vec::with_capacity(rounds * per_round);
        let mut found = 0usize;
        let mut missed = Vec::new();
        for round in 0..rounds {
            for path in paths.iter().cycle().skip(round * per_round).take(per_round) {
                // "path body": a form POSTed; a bare path: a GET.
                let request = match path.split_once(' ') {
                    Some((uri, form)) => axum::http::Request::post(uri)
                        .header("cookie", &cookie)
                        .header("host", "127.0.0.1")
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(Body::from(format!(
                            "csrf_token={}&{form}",
                            form_urlencoded::byte_serialize(csrf_token.as_bytes())
                                .collect::<String>()
                        )))?,
                    None => axum::http::Request::get(path.as_str())
                        .header("cookie", &cookie)
                        .header("host", "127.0.0.1")
                        .body(Body::empty())?,
                };
                let started = Instant::now();
                let response = app.clone().oneshot(request).await?;
                let status = response.status();
                let body = response.into_body().collect().await?.to_bytes();
                samples.push(started.elapsed());
                anyhow::ensure!(status.is_success(), "{path}: HTTP {status}");
                if name.starts_with("person") {
                    const LINK: &[u8] = b"/app/desk/people/";
                    let lists_someone = body
                        .windows(LINK.len() + 1)
                        .any(|w| w.starts_with(LINK) && w[LINK.len()].is_ascii_hexdigit());
                    if lists_someone {
                        found += 1;
                    } else if missed.len() < 10 && round == 0 {
                        missed.push(path.clone());
                    }
                }
            }
        }
        let (p50, p99, mean) = percentiles(samples.clone());
        let base = *baseline.get_or_insert(p99);
        println!(
            "| {name} | {} | {p50:.2} | {p99:.2} | {mean:.2} | {:.1} |",
            samples.len(),
            p99 / base
        );
        if name.starts_with("person") {
            println!(
                "\nSearches that listed at least one person: {found} of {}.\n",
                samples.len()
            );
            for m in &missed {
                eprintln!("bench desk: nobody listed for {m}");
            }
        }
    }
    println!(
        "\nDatabase: {} on {}, {:.2} GB.",
        store.backend(),
        chrono::Utc::now().format("%Y-%m-%d"),
        store.database_bytes().await? as f64 / 1e9
    );
    Ok(())
}

/// A scenario: its name, its requests (path and cookie) and what every
/// answer must hold.
type Scenario<'a> = (&'a str, Vec<(String, String)>, Option<&'a [u8]>);

/// Times each request (a GET of a path, or a form POSTed when the path is
/// followed by a space and the form) sent with the cookie beside it; checks
/// every answer is a success whose body holds `expect` (when given).
async fn time_requests(
    app: &axum::Router,
    requests: &[(String, String)],
    (csrf_token, expect): (&str, Option<&[u8]>),
) -> Result<Vec<Duration>> {
    use axum::body::Body;
    use http_body_util::BodyExt as _;
    use tower::ServiceExt as _;

    let mut samples = Vec::with_capacity(requests.len());
    for (path, cookie) in requests {
        let request = match path.split_once(' ') {
            Some((uri, form)) => axum::http::Request::post(uri)
                .header("cookie", cookie)
                .header("host", "127.0.0.1")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!(
                    "csrf_token={}&{form}",
                    form_urlencoded::byte_serialize(csrf_token.as_bytes()).collect::<String>()
                )))?,
            None => axum::http::Request::get(path.as_str())
                .header("cookie", cookie)
                .header("host", "127.0.0.1")
                .body(Body::empty())?,
        };
        let started = Instant::now();
        let response = app.clone().oneshot(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        samples.push(started.elapsed());
        anyhow::ensure!(
            status.is_success(),
            "{path}: HTTP {status}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(3000)
                .collect::<String>()
        );
        if let Some(expect) = expect {
            anyhow::ensure!(
                body.windows(expect.len()).any(|w| w == expect),
                "{path}: the answer lacks {:?}",
                String::from_utf8_lossy(expect)
            );
        }
    }
    Ok(samples)
}

/// `crocevia bench training`: the training pages through the whole web
/// stack in this process, over the sample written by `crocevia gen
/// training`: "my training" of the operators with the most enrolments, the
/// register of past sessions (as the demo trainer), the programme's totals
/// (as the demo analyst), certificate PDFs (as their holders); then 300
/// enrolled operators checking in at one session with the code read from
/// the trainer's QR screen. Prints Markdown.
pub async fn training(
    store: &Store,
    settings: WebSettings,
    sample: &Path,
    rounds: usize,
) -> Result<()> {
    use crocevia_store::act::Trail;

    let text = std::fs::read_to_string(sample).with_context(|| {
        format!(
            "cannot read {} (run `crocevia gen training` first)",
            sample.display()
        )
    })?;
    let sample: crate::synthetic::training::TrainingSample = serde_json::from_str(&text)?;
    let csrf_secret = "YmVuY2gtY3NyZi1zZWNyZXQtYmVuY2gtY3NyZi1zZWM";
    let csrf_token = crocevia_web::security::sign(settings.csrf_key().expose(), csrf_secret);
    let cookie_of = async |user: uuid::Uuid| -> Result<String> {
        let token = store
            .create_session(user, true, &Trail::unrecorded())
            .await?;
        Ok(format!(
            "crocevia_session={token}; {}={csrf_secret}",
            crocevia_web::security::CSRF_COOKIE
        ))
    };
    let demo = async |local: &str| -> Result<String> {
        let email =
            crocevia_domain::identity::Email::parse(&format!("{local}@demo.crocevia.example"))?;
        let user = store
            .user_by_email(&email)
            .await?
            .with_context(|| format!("no demo operator {local}"))?;
        cookie_of(user.id).await
    };
    let trainer = demo("formazione").await?;
    let analyst = demo("analisi").await?;
    let mut operators = Vec::new();
    for u in &sample.operators {
        operators.push(cookie_of(*u).await?);
    }
    let mut holders = Vec::new();
    for (certificate, holder) in &sample.certificates {
        holders.push((
            format!("/app/training/certificates/{certificate}/pdf"),
            cookie_of(*holder).await?,
        ));
    }
    let state = AppState::new(store.clone(), settings, None)?;
    let app = crocevia_web::router(state);
    let per_round = 200;
    let cycle = |items: Vec<(String, String)>, n: usize| -> Vec<(String, String)> {
        items.iter().cycle().take(n).cloned().collect()
    };
    let n = rounds * per_round;
    let scenarios: Vec<Scenario> = vec![
        (
            "baseline: /status",
            cycle(vec![("/status".to_owned(), String::new())], n),
            None,
        ),
        (
            "my training (operators with the most enrolments)",
            cycle(
                operators
                    .iter()
                    .map(|c| ("/app/training/mine".to_owned(), c.clone()))
                    .collect(),
                n,
            ),
            Some(b"data-testid=\"certificates\""),
        ),
        (
            "a session's register (the trainer)",
            cycle(
                sample
                    .sessions
                    .iter()
                    .map(|s| (format!("/app/training/sessions/{s}"), trainer.clone()))
                    .collect(),
                n,
            ),
            None,
        ),
        (
            "the programme's totals (the Region)",
            cycle(
                vec![("/app/training/totals".to_owned(), analyst.clone())],
                n,
            ),
            Some(b"data-testid=\"trained\""),
        ),
        (
            "certificate PDF (its holder)",
            cycle(holders, rounds * 20),
            Some(b"%PDF"),
        ),
    ];
    println!(
        "| scenario | requests | p50 ms | p99 ms | mean ms | p99 / baseline p99 |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut baseline = None;
    for (name, requests, expect) in scenarios {
        anyhow::ensure!(!requests.is_empty(), "the sample has nothing for {name}");
        let samples = time_requests(&app, &requests, (&csrf_token, expect)).await?;
        let (p50, p99, mean) = percentiles(samples.clone());
        let base = *baseline.get_or_insert(p99);
        println!(
            "| {name} | {} | {p50:.2} | {p99:.2} | {mean:.2} | {:.1} |",
            samples.len(),
            p99 / base
        );
    }
    // Check-ins: the code as the trainer's screen shows it, then every
    // enrolled operator in turn.
    let (session, people) = &sample.live;
    let screen = time_requests(
        &app,
        &[(
            format!("/app/training/sessions/{session}/checkin"),
            trainer.clone(),
        )],
        (&csrf_token, None),
    )
    .await;
    screen?;
    let code = {
        use axum::body::Body;
        use http_body_util::BodyExt as _;
        use tower::ServiceExt as _;
        let response = app
            .clone()
            .oneshot(
                axum::http::Request::get(format!("/app/training/sessions/{session}/checkin"))
                    .header("cookie", &trainer)
                    .header("host", "127.0.0.1")
                    .body(Body::empty())?,
            )
            .await?;
        let body = response.into_body().collect().await?.to_bytes();
        let page = String::from_utf8_lossy(&body);
        page.split("data-testid=\"checkin-code\" dir=\"ltr\">")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .map(str::to_owned)
            .context("no code on the trainer's screen")?
    };
    let mut checkins = Vec::new();
    for user in people {
        checkins.push((
            format!("/app/training/checkin session={session}&code={code}"),
            cookie_of(*user).await?,
        ));
    }
    let started = Instant::now();
    let samples = time_requests(&app, &checkins, (&csrf_token, Some(b"alert-success"))).await?;
    let elapsed = started.elapsed().as_secs_f64();
    let (p50, p99, mean) = percentiles(samples.clone());
    println!(
        "\nQR check-in: {} operators of one session, one after the other: {:.0} check-ins per second (p50 {p50:.2} ms, p99 {p99:.2} ms, mean {mean:.2} ms).",
        samples.len(),
        samples.len() as f64 / elapsed
    );
    println!(
        "\nDatabase: {} on {}, {:.2} GB.",
        store.backend(),
        chrono::Utc::now().format("%Y-%m-%d"),
        store.database_bytes().await? as f64 / 1e9
    );
    Ok(())
}
