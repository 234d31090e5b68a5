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
    for _ in 0..rounds {
        for q in &queries {
            let t = Instant::now();
            std::hint::black_box(index.search(q)?);
            times.push(t.elapsed());
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
