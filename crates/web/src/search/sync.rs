//! Keeping this server's search index consistent with the database.
//!
//! Every write of searchable content adds outbox rows in its transaction
//! (`crocevia_store::outbox`). Here each server reads the rows it has not
//! applied yet and applies them: an event only names what changed, applying
//! it reads the current content, so the order of events and duplicates do not
//! matter. A glossary change re-reads everything (the glossary decides which
//! documents are about which concepts). Rows are read from a watermark minus
//! an overlap (commits of other servers may land a little after their rows'
//! timestamps); rows already applied within the overlap are skipped by id.
//!
//! The index is rebuilt from scratch at start when it is missing, empty, or
//! built with another analyzer version ([`crocevia_search::analyzer::ANALYZER_VERSION`]),
//! and by `crocevia reindex`.

use std::collections::{HashMap, HashSet};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::source::{concept_doc, concept_words, guide_doc, service_doc, service_ids};
use chrono::{DateTime, Utc};
use crocevia_search::{
    Doc, Glossary, PublicKind, SearchError, SearchIndex, SearchQuery, SearchResults,
};
use crocevia_store::StoreResult;
use crocevia_store::outbox::OutboxEvent;

use crate::AppState;

/// How far back each read of the outbox looks before the watermark.
const OVERLAP: chrono::TimeDelta = chrono::TimeDelta::seconds(10);
/// How often a request checks the outbox (other servers' writes show within
/// this time; the background task is woken sooner by PostgreSQL).
pub const SEARCH_CHECK: Duration = Duration::from_secs(1);
/// Events older than this are removed; a server away longer rebuilds.
const RETENTION: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// What has been applied.
#[derive(Debug)]
struct SyncState {
    built: bool,
    watermark: DateTime<Utc>,
    /// Events applied at or after `watermark - OVERLAP`, with their time.
    applied: HashMap<String, DateTime<Utc>>,
    checked: Option<Instant>,
}

/// How many recent answers (and API responses) are kept: an answer is one
/// page of hits, 20–30 kB, so each cache holds about 15 MB at most.
const CACHED_ANSWERS: NonZeroUsize = NonZeroUsize::new(512).expect("not zero");

/// A query as a cache key: the words, language, kind, point and limit.
type AnswerKey = (
    String,
    crocevia_domain::Lang,
    Option<PublicKind>,
    Option<(u64, u64)>,
    usize,
);

/// Recent answers, valid for one version of the index.
struct Answers {
    version: u64,
    recent: lru::LruCache<AnswerKey, Arc<SearchResults>>,
}

/// The search index of this server and its synchronisation.
pub struct Search {
    index: SearchIndex,
    /// Where the index lives on disk (its meta file beside it), if anywhere.
    dir: Option<PathBuf>,
    state: tokio::sync::Mutex<SyncState>,
    /// Recent answers: the same words asked again while nothing changed
    /// (the few queries most people type) are not searched again.
    answers: Mutex<Answers>,
    /// Whole responses of the API built from recent answers, with the
    /// version of the index they were built at.
    responses: Mutex<lru::LruCache<String, (u64, axum::body::Bytes)>>,
    /// Whether the first build (or replay) is done: until then requests
    /// wait for it; afterwards a request never waits for another's check.
    ready: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// A search failure: the index or the database.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The index.
    #[error(transparent)]
    Index(#[from] SearchError),
    /// The database.
    #[error(transparent)]
    Store(#[from] crocevia_store::StoreError),
}

impl Search {
    /// An index in memory (tests, and SQLite deployments that prefer it).
    pub fn in_memory() -> Result<Search, SearchError> {
        Ok(Search::with(SearchIndex::in_memory()?, None))
    }

    /// The index in `dir` (rebuilt at the first use when its analyzer version
    /// differs or it is new).
    pub fn in_dir(dir: PathBuf) -> Result<Search, SearchError> {
        let index = SearchIndex::in_dir(&dir.join("index"))?;
        Ok(Search::with(index, Some(dir)))
    }

    fn with(index: SearchIndex, dir: Option<PathBuf>) -> Search {
        Search {
            index,
            dir,
            state: tokio::sync::Mutex::new(SyncState {
                built: false,
                watermark: DateTime::<Utc>::MIN_UTC,
                applied: HashMap::new(),
                checked: None,
            }),
            answers: Mutex::new(Answers {
                version: 0,
                recent: lru::LruCache::new(CACHED_ANSWERS),
            }),
            responses: Mutex::new(lru::LruCache::new(CACHED_ANSWERS)),
            ready: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// A response kept under `key`, if built at the current version.
    pub fn response(&self, key: &str) -> Option<axum::body::Bytes> {
        let version = self.version();
        let mut responses = self.responses.lock().ok()?;
        match responses.get(key) {
            Some((at, body)) if *at == version => Some(body.clone()),
            _ => None,
        }
    }

    /// Keeps a response built from answers of index version `version`.
    pub fn keep_response(&self, key: String, version: u64, body: axum::body::Bytes) {
        if let Ok(mut responses) = self.responses.lock() {
            responses.put(key, (version, body));
        }
    }

    /// What a request calls before searching: the first build when not done
    /// (waiting for it), else a check of the outbox when one is due and no
    /// other request or the background task is checking (then this one
    /// answers from the index as it is).
    pub async fn sync_for_request(&self, app: &AppState) -> Result<(), SyncError> {
        if self.ready.load(std::sync::atomic::Ordering::Acquire) {
            match self.state.try_lock() {
                Ok(state) => self.sync_locked(app, state, false).await,
                Err(_) => Ok(()),
            }
        } else {
            self.sync(app, false).await
        }
    }

    /// Version of the answers: changes when the index does (for caches of
    /// whole responses built from answers).
    #[must_use]
    pub fn version(&self) -> u64 {
        self.index.version()
    }

    /// The answer to `q`: a recent one when the index has not changed since,
    /// else searched (and kept).
    pub fn query(&self, q: &SearchQuery) -> Result<Arc<SearchResults>, SearchError> {
        let key: AnswerKey = (
            q.text.clone(),
            q.lang,
            q.kind,
            q.near.map(|(lat, lon)| (lat.to_bits(), lon.to_bits())),
            q.limit,
        );
        let version = self.index.version();
        {
            let mut answers = self.answers.lock().map_err(|_| SearchError::Poisoned)?;
            if answers.version != version {
                answers.recent.clear();
                answers.version = version;
            }
            if let Some(found) = answers.recent.get(&key) {
                return Ok(found.clone());
            }
        }
        let found = Arc::new(self.index.search(q)?);
        let mut answers = self.answers.lock().map_err(|_| SearchError::Poisoned)?;
        // Not kept when the index changed during the search.
        if answers.version == version && self.index.version() == version {
            answers.recent.put(key, found.clone());
        }
        Ok(found)
    }

    /// The index.
    #[must_use]
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    fn meta_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join("meta.json"))
    }

    /// Whether the index on disk was built by this analyzer version.
    fn meta_current(&self) -> bool {
        let Some(path) = self.meta_path() else {
            return false;
        };
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .and_then(|v| {
                v.get("analyzer_version")
                    .and_then(serde_json::Value::as_u64)
            })
            == Some(u64::from(crocevia_search::analyzer::ANALYZER_VERSION))
    }

    fn write_meta(&self) {
        if let Some(path) = self.meta_path() {
            let meta = serde_json::json!({
                "analyzer_version": crocevia_search::analyzer::ANALYZER_VERSION,
            });
            if let Err(e) = std::fs::write(&path, meta.to_string()) {
                tracing::warn!(error = %e, "search index meta not written");
            }
        }
    }

    /// Brings the index up to date: a rebuild at the first call (unless a
    /// current index is on disk, then the outbox of the retention period is
    /// replayed), then the outbox events not applied yet. At most once per
    /// [`SEARCH_CHECK`] unless `force`.
    pub async fn sync(&self, app: &AppState, force: bool) -> Result<(), SyncError> {
        let state = self.state.lock().await;
        self.sync_locked(app, state, force).await
    }

    async fn sync_locked(
        &self,
        app: &AppState,
        mut s: tokio::sync::MutexGuard<'_, SyncState>,
        force: bool,
    ) -> Result<(), SyncError> {
        if !force && s.checked.is_some_and(|c| c.elapsed() < SEARCH_CHECK) {
            return Ok(());
        }
        if !s.built {
            let start = Utc::now();
            if self.meta_current() && !self.index.is_empty() {
                // Replay what may have happened while this server was away.
                s.watermark = start - RETENTION + OVERLAP;
                self.rebuild_glossary(app).await?;
            } else {
                self.rebuild(app).await?;
                s.watermark = start;
            }
            s.built = true;
            self.ready.store(true, std::sync::atomic::Ordering::Release);
        }
        const PAGE: u64 = 5000;
        let mut since = s.watermark - OVERLAP;
        loop {
            let events = app.store().outbox_since(since, PAGE).await?;
            let fresh: Vec<OutboxEvent> = events
                .iter()
                .filter(|e| !s.applied.contains_key(&e.id))
                .cloned()
                .collect();
            if !fresh.is_empty() {
                self.apply(app, &fresh).await?;
            }
            for e in &fresh {
                s.applied.insert(e.id.clone(), e.created_at);
                s.watermark = s.watermark.max(e.created_at);
            }
            match events.last() {
                Some(last) if events.len() as u64 == PAGE && last.created_at > since => {
                    since = last.created_at;
                }
                _ => break,
            }
        }
        let floor = s.watermark - OVERLAP;
        s.applied.retain(|_, at| *at >= floor);
        s.checked = Some(Instant::now());
        Ok(())
    }

    /// Reads the glossary from the database into the index's bridge.
    async fn rebuild_glossary(&self, app: &AppState) -> StoreResult<Vec<Doc>> {
        let concepts = app.store().concepts().await?;
        self.index.set_glossary(Glossary::new(
            &concepts.iter().map(concept_words).collect::<Vec<_>>(),
        ));
        Ok(concepts.iter().map(concept_doc).collect())
    }

    /// Rebuilds the whole index from the database.
    pub async fn rebuild(&self, app: &AppState) -> Result<usize, SyncError> {
        let mut docs = self.rebuild_glossary(app).await?;
        docs.extend(app.store().guides().await?.iter().filter_map(guide_doc));
        app.directory_changed();
        let model = app.directory().await?;
        docs.extend(
            service_ids(&model)
                .iter()
                .filter_map(|id| service_doc(&model, id)),
        );
        self.index.clear()?;
        for chunk in docs.chunks(2000) {
            self.index.apply(chunk, &[])?;
        }
        self.index.compact()?;
        self.write_meta();
        Ok(docs.len())
    }

    /// Applies events: re-reads what they name.
    async fn apply(&self, app: &AppState, events: &[OutboxEvent]) -> Result<(), SyncError> {
        if events.iter().any(|e| e.kind == "concept") {
            self.rebuild(app).await?;
            return Ok(());
        }
        let mut docs = Vec::new();
        let mut gone = Vec::new();
        let guides: HashSet<&str> = events
            .iter()
            .filter(|e| e.kind == "guide")
            .map(|e| e.entity_id.as_str())
            .collect();
        for id in guides {
            match app.store().guide(id).await?.as_ref().and_then(guide_doc) {
                Some(doc) => docs.push(doc),
                None => gone.push((PublicKind::Guide, id.to_owned())),
            }
        }
        let directory: Vec<&OutboxEvent> = events
            .iter()
            .filter(|e| matches!(e.kind.as_str(), "service" | "organization" | "location"))
            .collect();
        if !directory.is_empty() {
            // The read model includes these events: they committed with the
            // directory version it is built at.
            app.directory_changed();
            let model = app.directory().await?;
            let of_kind = |kind: &str| -> HashSet<&str> {
                directory
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| e.entity_id.as_str())
                    .collect()
            };
            let (locations, organizations) = (of_kind("location"), of_kind("organization"));
            let mut services: HashSet<String> =
                of_kind("service").into_iter().map(str::to_owned).collect();
            // One pass over the places and, when organizations changed, one
            // over the services (an import names thousands of each).
            services.extend(
                model
                    .listings
                    .iter()
                    .filter(|l| {
                        l.location_id
                            .as_deref()
                            .is_some_and(|l| locations.contains(l))
                    })
                    .map(|l| l.service_id.clone()),
            );
            if !organizations.is_empty() {
                services.extend(service_ids(&model).into_iter().filter(|s| {
                    model
                        .snapshot
                        .record(crocevia_store::directory::hsds::Kind::Service, s)
                        .and_then(|r| {
                            r.get("organization_id")
                                .and_then(|v| v.as_str())
                                .map(|o| organizations.contains(o))
                        })
                        .unwrap_or(false)
                }));
            }
            for id in services {
                match service_doc(&model, &id) {
                    Some(doc) => docs.push(doc),
                    None => gone.push((PublicKind::Service, id)),
                }
            }
        }
        self.index.apply(&docs, &gone)?;
        Ok(())
    }
}

/// Keeps the index current in the background: woken by PostgreSQL
/// notifications (or every two seconds), and prunes old outbox rows hourly.
pub fn spawn_sync(app: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut listener = app.store().outbox_listener().await;
        let mut pruned = Instant::now();
        loop {
            if let Err(e) = app.search().sync(&app, true).await {
                tracing::warn!(error = %e, "search index sync failed");
            }
            if pruned.elapsed() > Duration::from_secs(3600) {
                pruned = Instant::now();
                if let Err(e) = app.store().prune_outbox(Utc::now() - RETENTION).await {
                    tracing::warn!(error = %e, "search outbox not pruned");
                }
            }
            app.store()
                .wait_for_outbox(&mut listener, Duration::from_secs(2))
                .await;
        }
    })
}
