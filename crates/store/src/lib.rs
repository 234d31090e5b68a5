//! Crocevia persistence: one [`Store`] over SQLite (embedded default) or PostgreSQL
//! (scale-out), single-sourced migrations and queries grouped by capability.
//!
//! Only [`dialect`] knows how the two backends differ.

// A SeaORM entity without relations, in its own module:
// `entity!(/// doc
// module, "table", { /// doc
// field: Type, … })`. Defined before the modules that use it.
macro_rules! entity {
    ($(#[$doc:meta])* $module:ident, $table:literal, { $( $(#[$fdoc:meta])* $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$doc])*
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[doc = concat!("Row of `", $table, "`.")]
            #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                $( $(#[$fdoc])* pub $field: $ty, )*
            }

            /// No relations declared.
            #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
            pub enum Relation {}

            impl ActiveModelBehavior for ActiveModel {}
        }
    };
}

pub mod act;
pub mod demo;
pub mod desk;
pub mod dialect;
pub mod directory;
pub mod guides;
pub mod identity;
pub mod mail;
pub mod migration;
pub mod notifications;
pub mod outbox;
pub mod portal;
pub mod rate_limits;
pub mod training;

use sea_orm::{DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

pub use dialect::{Backend, DatabaseUrl, InvalidDatabaseUrl};
pub use sea_orm;

/// Errors of the persistence layer. Messages never contain personal data nor
/// database passwords.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or opened.
    #[error("cannot connect to the {backend} database at {url}: {source}")]
    Connect {
        /// Which backend was being opened.
        backend: Backend,
        /// The URL with any password redacted.
        url: String,
        /// The driver's error.
        #[source]
        source: DbErr,
    },
    /// Applying migrations failed.
    #[error("database migration failed: {0}")]
    Migrate(#[source] DbErr),
    /// Any other database error.
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    /// A directory record refused as it is (a dangling reference), with
    /// where it is and what to fix; nothing was written.
    #[error("{0}")]
    Refused(#[from] directory::hsds::RecordError),
    /// The change collides with what is stored (the named value, e.g. a
    /// guide's `slug`, is taken); nothing was written.
    #[error("conflict: {0} already taken")]
    Conflict(&'static str),
    /// The row the change is about does not exist (any more): what and its
    /// identifier, never personal data; nothing was written.
    #[error("not found: {0}")]
    NotFound(String),
    /// A stored value does not read back (a sealed field that does not open,
    /// a code this version does not know): a bug or tampering, never the
    /// user's input. What and its identifier, never the value.
    #[error("corrupt stored value: {0}")]
    Corrupt(String),
    /// The input breaks a rule the store keeps whatever the caller checked
    /// first (an appointment outside the person's agency); nothing written.
    #[error("refused: {0}")]
    Invalid(&'static str),
    /// The audit log is keyed and this process has no audit key: it must not
    /// write an entry the chain's verifier would reject.
    #[error("the audit log is keyed and this process has no audit key")]
    NoAuditKey,
}

/// Result alias of this crate.
pub type StoreResult<T> = Result<T, StoreError>;

/// A connection pool to the configured database, cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// Where write transactions run. On SQLite a pool of one connection:
    /// writers wait their turn in its queue, in order, instead of in
    /// SQLite's busy handler, which retries with sleeps of up to 100 ms and
    /// made a few of 50 concurrent saves wait seconds. On PostgreSQL the
    /// same pool as reads.
    writer: DatabaseConnection,
    backend: Backend,
    /// Key of the audit chain, kept outside the database (none: plain
    /// SHA-256 entries, as before the key existed).
    audit_key: Option<std::sync::Arc<identity::audit::AuditKey>>,
    /// The last entry chained with plain SHA-256 before the key, when known.
    audit_legacy_until: Option<i64>,
}

/// What `/status` reports about the schema.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MigrationReport {
    /// Names of the migrations applied, oldest first.
    pub applied: Vec<String>,
    /// Names of the migrations this binary knows but the database lacks.
    pub pending: Vec<String>,
}

impl Store {
    /// Opens a pool on `url`, applying the backend's connection settings.
    pub async fn connect(url: &DatabaseUrl) -> StoreResult<Store> {
        let backend = url.backend();
        let failed = |source| StoreError::Connect {
            backend,
            url: url.redacted(),
            source,
        };
        let db = sea_orm::Database::connect(dialect::connect_options(url))
            .await
            .map_err(failed)?;
        let writer = match backend {
            Backend::Sqlite => sea_orm::Database::connect(dialect::writer_options(url))
                .await
                .map_err(failed)?,
            Backend::Postgres => db.clone(),
        };
        Ok(Store {
            db,
            writer,
            backend,
            audit_key: None,
            audit_legacy_until: None,
        })
    }

    /// This store, chaining and checking audit entries with `key`.
    #[must_use]
    pub fn with_audit_key(mut self, key: identity::audit::AuditKey) -> Store {
        self.audit_key = Some(std::sync::Arc::new(key));
        self
    }

    /// This store, refusing plain entries after position `last` when it
    /// verifies the audit log (see [`identity::audit::Verifier::legacy_until`]).
    #[must_use]
    pub fn with_audit_legacy_until(mut self, last: i64) -> Store {
        self.audit_legacy_until = Some(last);
        self
    }

    /// The last plain audit entry allowed, when known.
    #[must_use]
    pub fn audit_legacy_until(&self) -> Option<i64> {
        self.audit_legacy_until
    }

    /// The audit key, when given.
    #[must_use]
    pub fn audit_key(&self) -> Option<&identity::audit::AuditKey> {
        self.audit_key.as_deref()
    }

    /// The underlying SeaORM connection.
    #[must_use]
    pub fn conn(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Starts a transaction that writes: on SQLite `BEGIN IMMEDIATE`, which
    /// takes the write lock at once (waiting up to the busy timeout for
    /// another writer) instead of at its first write, when SQLite refuses
    /// the upgrade of a transaction that has read without waiting
    /// (`SQLITE_BUSY`, "database is locked"); on PostgreSQL a plain `BEGIN`.
    /// Every write transaction of the store starts here; reads stay
    /// concurrent.
    pub async fn begin_write(&self) -> Result<sea_orm::DatabaseTransaction, DbErr> {
        use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
        self.writer
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..TransactionOptions::default()
            })
            .await
    }

    /// Which backend this store talks to.
    #[must_use]
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Refreshes the planner's statistics after a bulk load (`ANALYZE` on
    /// both backends).
    pub async fn analyze(&self) -> StoreResult<()> {
        use sea_orm::ConnectionTrait;
        self.db.execute_unprepared("ANALYZE").await?;
        Ok(())
    }

    /// Keeps the planner's statistics current, cheaply: on SQLite
    /// `PRAGMA optimize` with a bounded analysis (it re-analyses only the
    /// tables whose size changed much since their last analysis); on
    /// PostgreSQL nothing, since autovacuum already does it. The server runs
    /// it at start and every few hours, as SQLite recommends for long-lived
    /// connections.
    pub async fn optimize(&self) -> StoreResult<()> {
        use sea_orm::ConnectionTrait;
        if self.backend == Backend::Sqlite {
            self.db
                .execute_unprepared("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;")
                .await?;
        }
        Ok(())
    }

    /// The size of the database on disk, in bytes (SQLite: pages in use;
    /// PostgreSQL: the database's relations).
    pub async fn database_bytes(&self) -> StoreResult<i64> {
        use sea_orm::{ConnectionTrait, Statement};
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
            }
            Backend::Postgres => "SELECT pg_database_size(current_database())",
        };
        let row = self
            .db
            .query_one_raw(Statement::from_string(self.db.get_database_backend(), sql))
            .await?
            .ok_or_else(|| StoreError::NotFound("database size".to_owned()))?;
        Ok(row.try_get_by_index::<i64>(0)?)
    }

    /// Applies every pending migration; running it again changes nothing.
    /// Returns the names of the migrations applied by this call.
    pub async fn migrate(&self) -> StoreResult<Vec<String>> {
        // Read-only first: with nothing pending, no schema rights are needed,
        // so a server can run as a role that owns nothing (see README, "The
        // audit log").
        let pending: Vec<String> = migration::Migrator::get_pending_migrations_read_only(&self.db)
            .await
            .map_err(StoreError::Migrate)?
            .iter()
            .map(|m| m.name().to_owned())
            .collect();
        if !pending.is_empty() {
            migration::Migrator::up(&self.db, None)
                .await
                .map_err(StoreError::Migrate)?;
        }
        // Seed data the schema needs: the built-in roles, kept in sync with the code.
        self.ensure_builtin_roles().await?;
        self.ensure_default_taxonomy().await?;
        Ok(pending)
    }

    /// Which migrations are applied and which are pending, without changing anything.
    pub async fn migration_report(&self) -> StoreResult<MigrationReport> {
        let all = migration::Migrator::get_migration_with_status_read_only(&self.db).await?;
        let (applied, pending) =
            all.iter()
                .fold((Vec::new(), Vec::new()), |(mut applied, mut pending), m| {
                    match m.status() {
                        sea_orm_migration::MigrationStatus::Applied => {
                            applied.push(m.name().into())
                        }
                        sea_orm_migration::MigrationStatus::Pending => {
                            pending.push(m.name().into())
                        }
                    }
                    (applied, pending)
                });
        Ok(MigrationReport { applied, pending })
    }

    /// Closes the pool, waiting for connections to be returned (graceful shutdown).
    pub async fn close(self) -> StoreResult<()> {
        if self.backend == Backend::Sqlite {
            self.writer.close().await?;
        }
        self.db.close().await?;
        Ok(())
    }
}
