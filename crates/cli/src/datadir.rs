//! The data directory: created on first start with owner-only permissions, holding
//! the SQLite database and the generated keys (files readable by the owner only).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rand::RngCore;

/// A prepared, writable data directory.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// Creates the directory (mode 0700) when missing and checks it is writable.
    pub fn prepare(path: &Path) -> Result<DataDir> {
        let root = if path.is_absolute() {
            path.to_owned()
        } else {
            std::env::current_dir()
                .context("cannot read the current directory")?
                .join(path)
        };
        create_private_dir(&root)
            .with_context(|| format!("cannot create the data directory {}", root.display()))?;
        let probe = root.join(".write-test");
        fs::write(&probe, b"")
            .and_then(|()| fs::remove_file(&probe))
            .with_context(|| format!("the data directory {} is not writable", root.display()))?;
        Ok(DataDir { root })
    }

    /// The directory itself.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// Loads the 32-byte key `name`, generating it (mode 0600) on first use.
    pub fn key(&self, name: &str) -> Result<[u8; 32]> {
        let dir = self.root.join("keys");
        create_private_dir(&dir)
            .with_context(|| format!("cannot create the key directory {}", dir.display()))?;
        let path = dir.join(format!("{name}.key"));
        if path.exists() {
            let text = fs::read_to_string(&path)
                .with_context(|| format!("cannot read key file {}", path.display()))?;
            let bytes = hex::decode(text.trim())
                .ok()
                .filter(|b| b.len() == 32)
                .with_context(|| {
                    format!(
                        "key file {} is damaged: it must hold 64 hexadecimal characters",
                        path.display()
                    )
                })?;
            if let Some(mode) = loose_mode(&path) {
                tracing::warn!(
                    key = name,
                    mode = format!("{mode:o}"),
                    "the key file can be read by other users of this machine: restrict it \
                     with chmod 600 (or keep the key outside the data directory, in the \
                     environment)"
                );
            }
            let mut key = [0u8; 32];
            key.copy_from_slice(&bytes);
            return Ok(key);
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        let mut file = private_file(&path)
            .with_context(|| format!("cannot create key file {}", path.display()))?;
        file.write_all(hex::encode(key).as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write key file {}", path.display()))?;
        tracing::info!(key = name, "generated a new key");
        Ok(key)
    }

    /// The small number kept in `keys/<name>`, computing and recording it
    /// (mode 0600) on first use.
    pub async fn recorded<F>(&self, name: &str, first: F) -> Result<i64>
    where
        F: std::future::Future<Output = Result<i64>>,
    {
        let dir = self.root.join("keys");
        create_private_dir(&dir)
            .with_context(|| format!("cannot create the key directory {}", dir.display()))?;
        let path = dir.join(name);
        if path.exists() {
            let text = fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            return text.trim().parse().ok().with_context(|| {
                format!(
                    "{} is damaged: it must hold one whole number",
                    path.display()
                )
            });
        }
        let value = first.await?;
        let mut file =
            private_file(&path).with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(value.to_string().as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(value)
    }
}

#[cfg(unix)]
fn create_private_dir(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if path.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn create_private_dir(path: &Path) -> std::io::Result<()> {
    fs::create_dir_all(path)
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// The permission bits of a key file when others than its owner may read
/// or write it.
fn loose_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn key_files_readable_by_others_are_noticed() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("k.key");
        fs::write(&path, "00").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(loose_mode(&path), None);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        assert_eq!(loose_mode(&path), Some(0o644));
    }
}
