//! The one place that knows how SQLite and PostgreSQL differ: URL schemes,
//! connection settings and pool sizes.

use std::fmt;
use std::time::Duration;

use sea_orm::ConnectOptions;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};

/// The database backends Crocevia supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// Embedded SQLite, one file in the data directory.
    Sqlite,
    /// PostgreSQL, for several stateless app servers.
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgresql",
        })
    }
}

/// A database URL that names a supported backend. Its `Debug` and `Display`
/// never show the password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    backend: Backend,
}

/// A database URL that Crocevia cannot use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid database URL {shown:?}: it must start with sqlite:// (for example \
     sqlite:///var/lib/crocevia/crocevia.db) or postgres:// (for example \
     postgres://crocevia@localhost/crocevia)"
)]
pub struct InvalidDatabaseUrl {
    /// The offending URL, password redacted.
    pub shown: String,
}

impl DatabaseUrl {
    /// Parses a URL, accepting `sqlite:`, `postgres:` and `postgresql:` schemes.
    pub fn parse(url: &str) -> Result<DatabaseUrl, InvalidDatabaseUrl> {
        let url = url.trim();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(InvalidDatabaseUrl { shown: redact(url) });
        };
        let rest = url.split_once(':').map_or("", |(_, rest)| rest);
        if rest.trim_start_matches('/').is_empty() {
            return Err(InvalidDatabaseUrl { shown: redact(url) });
        }
        Ok(DatabaseUrl {
            url: url.to_owned(),
            backend,
        })
    }

    /// The URL of an SQLite file, created when missing.
    #[must_use]
    pub fn sqlite_file(path: &std::path::Path) -> DatabaseUrl {
        DatabaseUrl {
            url: format!("sqlite://{}?mode=rwc", path.display()),
            backend: Backend::Sqlite,
        }
    }

    /// The backend the URL names.
    #[must_use]
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, password included: pass it to drivers only.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.url
    }

    /// The URL with the password replaced by `***`, safe for logs and errors.
    #[must_use]
    pub fn redacted(&self) -> String {
        redact(&self.url)
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DatabaseUrl")
            .field(&self.redacted())
            .finish()
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Replaces the password of `scheme://user:password@host` with `***`, and drops
/// any `password=` query parameter value.
fn redact(url: &str) -> String {
    let mut out = url.to_owned();
    if let Some(scheme_end) = out.find("://") {
        let authority_start = scheme_end + 3;
        let authority_end = out[authority_start..]
            .find('/')
            .map_or(out.len(), |i| authority_start + i);
        if let Some(at) = out[authority_start..authority_end].rfind('@') {
            let userinfo = &out[authority_start..authority_start + at];
            if let Some(colon) = userinfo.find(':') {
                out.replace_range(authority_start + colon + 1..authority_start + at, "***");
            }
        }
    }
    if let Some(q) = out.find("password=") {
        let end = out[q..].find('&').map_or(out.len(), |i| q + i);
        out.replace_range(q + "password=".len()..end, "***");
    }
    out
}

/// Connection settings per backend.
///
/// SQLite: WAL (readers never block the writer), foreign keys enforced, a busy
/// timeout so concurrent writers wait instead of failing, `synchronous=NORMAL`
/// (durable with WAL except on power loss of the last transaction), reads
/// through a 2 GiB memory map (SQLite's largest) and a 16 MiB page cache per connection, and
/// overwrites deleted content (`secure_delete`).
/// The planner's statistics are kept by [`crate::Store::optimize`], run on a
/// schedule: not on connection close, where `ANALYZE` could hold the write
/// lock in the middle of another connection's work.
/// PostgreSQL: a bounded pool so several app servers share the server's
/// connection limit.
pub(crate) fn connect_options(url: &DatabaseUrl) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.expose().to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    match url.backend() {
        Backend::Sqlite => {
            options.max_connections(8).min_connections(1);
            options.map_sqlx_sqlite_opts(|o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
                    .synchronous(SqliteSynchronous::Normal)
                    // Reads through a memory map (shared with the OS page
                    // cache) instead of a read call per page, and a larger
                    // page cache per connection: a database of millions of
                    // records reads like one in memory.
                    .pragma("mmap_size", "2147418112")
                    .pragma("cache_size", "-16384")
                    // Deleted content is overwritten, not left in free
                    // pages: an erased person leaves nothing in the file.
                    .pragma("secure_delete", "on")
            });
        }
        Backend::Postgres => {
            options.max_connections(16).min_connections(1);
        }
    }
    options
}

/// The options of SQLite's writer pool: one connection, so that write
/// transactions queue in order for it (see `Store::begin_write`).
pub(crate) fn writer_options(url: &DatabaseUrl) -> ConnectOptions {
    let mut options = connect_options(url);
    options.max_connections(1).min_connections(1);
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_supported_schemes() {
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db").map(|u| u.backend()),
            Ok(Backend::Sqlite)
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").map(|u| u.backend()),
            Ok(Backend::Postgres)
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").map(|u| u.backend()),
            Ok(Backend::Postgres)
        );
        assert!(DatabaseUrl::parse("mysql://u@h/db").is_err());
        assert!(DatabaseUrl::parse("postgres://").is_err());
        assert!(DatabaseUrl::parse("").is_err());
    }

    #[test]
    fn never_shows_passwords() {
        let url = DatabaseUrl::parse("postgres://app:s3cret@db:5432/crocevia").expect("valid");
        assert_eq!(url.redacted(), "postgres://app:***@db:5432/crocevia");
        assert!(!format!("{url:?}").contains("s3cret"));
        assert!(!url.to_string().contains("s3cret"));
        let err = DatabaseUrl::parse("mysql://root:hunter2@h/db").expect_err("invalid");
        assert!(!err.to_string().contains("hunter2"));
        let query = DatabaseUrl::parse("postgres://h/db?user=a&password=pw&sslmode=require")
            .expect("valid");
        assert_eq!(
            query.redacted(),
            "postgres://h/db?user=a&password=***&sslmode=require"
        );
    }

    #[test]
    fn user_without_password_is_kept() {
        let url = DatabaseUrl::parse("postgres://crocevia@localhost/crocevia").expect("valid");
        assert_eq!(url.redacted(), "postgres://crocevia@localhost/crocevia");
    }
}
