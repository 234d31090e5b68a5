//! A value built from the database and kept until the database's version of
//! it changes: the directory's read model, the glossary's term matcher.
//! The version is compared at most once per check period, so other servers'
//! edits show within it; a write through this server marks the value to be
//! compared at the next read ([`Versioned::changed`]).

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A cached value with the instant its version was last compared.
pub(crate) struct Versioned<T> {
    cached: Mutex<Option<(Instant, Arc<T>)>>,
    /// Held while the value is compared and rebuilt, so one request does it.
    rebuild: tokio::sync::Mutex<()>,
    check: Duration,
}

impl<T> std::fmt::Debug for Versioned<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Versioned")
            .field("check", &self.check)
            .finish_non_exhaustive()
    }
}

impl<T> Versioned<T> {
    /// Empty; the version is compared at most every `check`.
    pub(crate) fn new(check: Duration) -> Versioned<T> {
        Versioned {
            cached: Mutex::new(None),
            rebuild: tokio::sync::Mutex::new(()),
            check,
        }
    }

    /// The value: the cached one within the check period, else the cached
    /// one if `version` still equals `version_of` it, else a new one from
    /// `build`.
    pub(crate) async fn get<V, E, FV, FB>(
        &self,
        version: FV,
        version_of: impl Fn(&T) -> V,
        build: impl FnOnce(V) -> FB,
    ) -> Result<Arc<T>, E>
    where
        V: PartialEq,
        FV: Future<Output = Result<V, E>>,
        FB: Future<Output = Result<T, E>>,
    {
        if let Some((checked, value)) = self.current()
            && checked.elapsed() < self.check
        {
            return Ok(value);
        }
        let _rebuilding = self.rebuild.lock().await;
        let version = version.await?;
        let value = match self.current() {
            Some((_, value)) if version_of(&value) == version => value,
            _ => Arc::new(build(version).await?),
        };
        if let Ok(mut cache) = self.cached.lock() {
            *cache = Some((Instant::now(), Arc::clone(&value)));
        }
        Ok(value)
    }

    /// After a write through this server: compare versions at the next read.
    pub(crate) fn changed(&self) {
        if let Ok(mut cache) = self.cached.lock()
            && let Some((checked, _)) = cache.as_mut()
        {
            // (An instant older than the check period; `checked_sub` cannot
            // fail on a machine that has been up for that long.)
            *checked = Instant::now().checked_sub(self.check).unwrap_or(*checked);
        }
    }

    fn current(&self) -> Option<(Instant, Arc<T>)> {
        self.cached.lock().ok().and_then(|c| c.clone())
    }
}
