//! A value built from the database and kept until the database's version of
//! it changes: the directory's read model, the glossary's term matcher, the
//! published guides. The version is compared at most once per check period,
//! so other servers' edits show within it; a write through this server marks
//! the value to be compared at the next read ([`Versioned::changed`]), and
//! that read waits for the comparison (this server's writes show at once).
//!
//! One request compares at a time; while it does, the others are served the
//! value they have (a version query per waiting request, one after the
//! other, stalled 200 connections for seconds every period).

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The cached value: when its version was compared, and the generation of
/// [`Versioned::changed`] marks it was compared after.
struct Cached<T> {
    checked: Instant,
    generation: u64,
    value: Arc<T>,
}

impl<T> Clone for Cached<T> {
    fn clone(&self) -> Cached<T> {
        Cached {
            checked: self.checked,
            generation: self.generation,
            value: Arc::clone(&self.value),
        }
    }
}

/// A cached value with the instant its version was last compared.
pub(crate) struct Versioned<T> {
    cached: Mutex<Option<Cached<T>>>,
    /// Held while the version is compared and the value rebuilt.
    rebuild: tokio::sync::Mutex<()>,
    /// Bumped by every write through this server.
    generation: AtomicU64,
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
            generation: AtomicU64::new(0),
            check,
        }
    }

    /// The value: the cached one within the check period (and after this
    /// server's last write), or while another request compares; else the
    /// cached one if `version` still equals `version_of` it, else a new one
    /// from `build`, which is given the version and the value it replaces
    /// (to update rather than build anew).
    pub(crate) async fn get<V, E, FV, FB>(
        &self,
        version: FV,
        version_of: impl Fn(&T) -> V,
        build: impl FnOnce(V, Option<Arc<T>>) -> FB,
    ) -> Result<Arc<T>, E>
    where
        V: PartialEq,
        FV: Future<Output = Result<V, E>>,
        FB: Future<Output = Result<T, E>>,
    {
        let generation = self.generation.load(Ordering::Acquire);
        let fresh = |c: &Cached<T>| c.generation == generation && c.checked.elapsed() < self.check;
        let cached = self.current();
        if let Some(c) = cached.as_ref().filter(|c| fresh(c)) {
            return Ok(Arc::clone(&c.value));
        }
        let _rebuilding = match (self.rebuild.try_lock(), &cached) {
            (Ok(guard), _) => guard,
            // Only the period has passed (no write here since): another
            // request is comparing, this one is served what there is.
            (Err(_), Some(c)) if c.generation == generation => return Ok(Arc::clone(&c.value)),
            (Err(_), _) => self.rebuild.lock().await,
        };
        // Compared by another request while this one waited?
        let cached = self.current();
        if let Some(c) = cached.as_ref().filter(|c| fresh(c)) {
            return Ok(Arc::clone(&c.value));
        }
        let version = version.await?;
        let value = match cached {
            Some(c) if version_of(&c.value) == version => c.value,
            previous => Arc::new(build(version, previous.map(|c| c.value)).await?),
        };
        if let Ok(mut slot) = self.cached.lock() {
            *slot = Some(Cached {
                checked: Instant::now(),
                generation,
                value: Arc::clone(&value),
            });
        }
        Ok(value)
    }

    /// After a write through this server: the next read compares versions
    /// (and waits for that).
    pub(crate) fn changed(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    fn current(&self) -> Option<Cached<T>> {
        self.cached.lock().ok().and_then(|c| c.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Many readers at once after the period: one version query, not one
    /// per reader; a write here makes the next read compare.
    #[tokio::test]
    async fn one_comparison_at_a_time_and_writes_show_at_once() {
        let cache: Versioned<u32> = Versioned::new(Duration::ZERO);
        let queries = AtomicUsize::new(0);
        let version = || async {
            queries.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
            Ok::<u32, ()>(1)
        };
        let first = cache
            .get(version(), |v| *v, |v, _| async move { Ok(v) })
            .await;
        assert_eq!(first.map(|v| *v), Ok(1));
        assert_eq!(queries.swap(0, Ordering::SeqCst), 1);
        // The period (zero) has passed for all of them: one compares, the
        // others are served the value they had.
        let reads = (0..50).map(|_| cache.get(version(), |v| *v, |v, _| async move { Ok(v) }));
        let values = futures_join(reads).await;
        assert!(values.iter().all(|v| v.as_deref() == Ok(&1)));
        assert_eq!(queries.load(Ordering::SeqCst), 1, "one comparison");
        cache.changed();
        queries.store(0, Ordering::SeqCst);
        let after = cache
            .get(
                async { Ok::<u32, ()>(2) },
                |v| *v,
                |v, _| async move { Ok(v) },
            )
            .await;
        assert_eq!(
            after.map(|v| *v),
            Ok(2),
            "this server's write shows at once"
        );
    }

    /// Polls the futures together on this task.
    async fn futures_join<F: Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
        let mut pending: Vec<_> = futures.map(|f| Some(Box::pin(f))).collect();
        let mut out: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
        std::future::poll_fn(|cx| {
            let mut done = true;
            for (slot, result) in pending.iter_mut().zip(out.iter_mut()) {
                if let Some(f) = slot {
                    match f.as_mut().poll(cx) {
                        std::task::Poll::Ready(v) => {
                            *result = Some(v);
                            *slot = None;
                        }
                        std::task::Poll::Pending => done = false,
                    }
                }
            }
            if done {
                std::task::Poll::Ready(())
            } else {
                std::task::Poll::Pending
            }
        })
        .await;
        out.into_iter().flatten().collect()
    }
}
