//! `crocevia import hsds` and `crocevia export hsds`: files in, files out, with
//! a progress bar on a terminal and one clear error for a bad record.

use std::path::Path;

use anyhow::{Context, Result};
use crocevia_store::Store;
use crocevia_store::directory::files;
use crocevia_store::directory::hsds::Records;
use indicatif::{ProgressBar, ProgressStyle};

/// Reads every record first (streamed, with progress), then writes them all in
/// one transaction: a wrong record leaves the database unchanged.
pub async fn import(store: &Store, path: &Path, translations: Option<&Path>) -> Result<()> {
    let bar = ProgressBar::new(0).with_style(
        ProgressStyle::with_template("{msg} {bar:30} {bytes}/{total_bytes}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut records = Records::default();
    let read = files::read_path(path, &mut records, |file, done, total| {
        bar.set_length(total);
        bar.set_position(done);
        bar.set_message(
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
    });
    bar.finish_and_clear();
    let read = read.context("import refused, nothing was written")?;
    let translations = match translations {
        Some(t) => files::read_translations(t).context("import refused, nothing was written")?,
        None => Vec::new(),
    };
    let report = store
        .write_directory(
            &records,
            &translations,
            &crocevia_store::act::Trail::unrecorded(),
        )
        .await
        .context("import failed, nothing was written")?;
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    let written: Vec<String> = report
        .written
        .iter()
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    println!(
        "imported {read} top-level records from {}: {}",
        path.display(),
        written.join(", ")
    );
    Ok(())
}

/// Writes `services.json`, `organizations.json`, `taxonomies.json`,
/// `taxonomy_terms.json` and the `csv/` tables.
pub async fn export(store: &Store, dir: &Path) -> Result<()> {
    let snapshot = store.directory_snapshot().await?;
    let count = files::export(&snapshot, dir)?;
    println!("exported {count} services to {}", dir.display());
    Ok(())
}
