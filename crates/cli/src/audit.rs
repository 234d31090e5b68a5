//! `crocevia audit …` and the server's publication of the audit head.
//!
//! The audit key lives outside the database (`keys/audit.key`, created on
//! first start, or `CROCEVIA_AUDIT_KEY`), so whoever can only write the
//! database cannot re-chain the log. A cut tail is invisible to any chain:
//! the head (`SEQ:MAC`) is therefore published (a log line, and a file to
//! ship elsewhere) and later checked with `audit verify --expect-head` or
//! `--heads FILE`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use crocevia_store::Store;
use crocevia_store::identity::audit::{AuditHead, AuditKey};

use crate::config::{Config, parse_hex_key};
use crate::datadir::DataDir;

/// The audit key: the configured one, else the data directory's key file
/// (generated on first use).
pub fn key(config: &Config, data_dir: &DataDir) -> Result<AuditKey> {
    let bytes = match &config.audit_key {
        Some(hex) => parse_hex_key("audit_key", hex)?,
        None => data_dir.key("audit")?,
    };
    Ok(AuditKey::new(bytes))
}

/// Where the log's plain (pre-key) entries end: the `audit_legacy_until`
/// setting, else `keys/audit.legacy`, recorded when the key is first used.
/// Kept outside the database so that cutting the keyed entries and
/// rewriting the rest as "old" is caught.
pub async fn legacy_until(config: &Config, data_dir: &DataDir, store: &Store) -> Result<i64> {
    if let Some(last) = config.audit_legacy_until {
        return Ok(last);
    }
    data_dir
        .recorded("audit.legacy", async {
            let last = store.audit_legacy_end().await?;
            tracing::info!(
                last,
                "recorded where the audit log's plain entries end (keys/audit.legacy)"
            );
            Ok(last)
        })
        .await
}

/// Reads published heads: one per line, `SEQ:MAC` first (what follows, such
/// as the time of publication, is ignored); blank lines and `#` comments
/// are skipped.
pub fn read_heads(path: &Path) -> Result<Vec<AuditHead>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the heads file {}", path.display()))?;
    let mut heads = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(first) = line.split_whitespace().next() else {
            continue;
        };
        if first.starts_with('#') {
            continue;
        }
        let head = first
            .parse::<AuditHead>()
            .with_context(|| format!("{}, line {}", path.display(), i + 1))?;
        heads.push(head);
    }
    Ok(heads)
}

/// `audit verify`: walks the chain with the key and the published heads;
/// an error (exit status 1) names the first break.
pub async fn verify(store: &Store, expect: &[AuditHead], heads_file: Option<&Path>) -> Result<()> {
    let mut heads = expect.to_vec();
    if let Some(path) = heads_file {
        heads.extend(read_heads(path)?);
    }
    let report = store.verify_audit_against(&heads).await?;
    if let Some(broken) = report.broken {
        anyhow::bail!(
            "audit log is broken after {} intact entries: {broken}",
            report.entries
        );
    }
    println!(
        "audit log intact: {} entries, head {}",
        report.entries,
        report.head()
    );
    if report.legacy > 0 {
        println!(
            "{} entries from before the audit key are chained with plain SHA-256; the keyed \
             entries after them and the published heads protect them",
            report.legacy
        );
    }
    if !heads.is_empty() {
        println!("published heads found intact: {}", report.heads_checked);
    }
    Ok(())
}

/// Appends the head to `file` as `SEQ:MAC TIME`.
fn append_head(file: &Path, head: &AuditHead) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)?;
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    writeln!(f, "{head} {at}")?;
    f.sync_data()
}

/// Publishes the head once: a log line (for a remote syslog) and, when set,
/// a line appended to `file`.
pub async fn publish_head(store: &Store, file: Option<&Path>) -> Result<AuditHead> {
    let head = store.audit_head().await?;
    tracing::info!(
        target: "crocevia::audit_head",
        seq = head.seq,
        mac = %head.mac,
        "audit head {head}"
    );
    if let Some(file) = file {
        append_head(file, &head)
            .with_context(|| format!("cannot append the audit head to {}", file.display()))?;
    }
    Ok(head)
}

/// The server's publication of the head: at start, then every `minutes`
/// (none when 0). A failure is logged and retried at the next tick.
pub fn spawn_head_publisher(store: Store, file: Option<PathBuf>, minutes: u32) {
    if minutes == 0 {
        return;
    }
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(u64::from(minutes) * 60));
        loop {
            every.tick().await;
            if let Err(e) = publish_head(&store, file.as_deref()).await {
                tracing::warn!(error = %e, "audit head not published");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_files_skip_comments_and_name_a_bad_line() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("heads");
        let mac = "ab".repeat(32);
        std::fs::write(
            &path,
            format!("# published heads\n\n3:{mac} 2026-12-07T10:00:00Z\n7:{mac}\n"),
        )
        .expect("write");
        let heads = read_heads(&path).expect("heads");
        assert_eq!(heads.iter().map(|h| h.seq).collect::<Vec<_>>(), [3, 7]);
        std::fs::write(&path, format!("3:{mac}\nnonsense\n")).expect("write");
        let err = format!("{:#}", read_heads(&path).expect_err("bad line"));
        assert!(err.contains("line 2"), "{err}");
    }
}
