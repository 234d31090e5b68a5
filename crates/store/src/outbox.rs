//! The search outbox. Writers of public content call [`record`] inside their
//! transaction, so an event exists exactly when its change does; on
//! PostgreSQL the same transaction sends a `NOTIFY crocevia_search` (delivered
//! at commit) to wake the other servers. Readers poll [`Store::outbox_since`].
//! An event only names what changed: applying it reads the current content,
//! so events can be applied in any order, and twice.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use uuid::Uuid;

use crate::{Store, StoreResult};

/// The outbox table.
pub mod entry {
    use sea_orm::entity::prelude::*;

    /// An event: something searchable changed.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "search_outbox")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// `guide`, `concept`, `service`, `organization`, `location`.
        pub kind: String,
        /// The entity's id.
        pub entity_id: String,
        /// When it was written.
        pub created_at: DateTimeUtc,
    }

    /// No relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use entry::Model as OutboxEvent;

/// The PostgreSQL channel that announces new events.
pub const CHANNEL: &str = "crocevia_search";

/// Records that these (kind, entity id) changed, in the caller's transaction.
pub(crate) async fn record<C: ConnectionTrait>(
    conn: &C,
    changed: impl IntoIterator<Item = (&str, &str)>,
) -> StoreResult<()> {
    let now = Utc::now();
    let rows: Vec<entry::ActiveModel> = changed
        .into_iter()
        .map(|(kind, id)| entry::ActiveModel {
            id: Set(Uuid::now_v7().to_string()),
            kind: Set(kind.to_owned()),
            entity_id: Set(id.to_owned()),
            created_at: Set(now),
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    for chunk in rows.chunks(500) {
        entry::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    if conn.get_database_backend() == DbBackend::Postgres {
        conn.execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("NOTIFY {CHANNEL}"),
        ))
        .await?;
    }
    Ok(())
}

impl Store {
    /// Events written at or after `since`, oldest first (at most `limit`).
    pub async fn outbox_since(
        &self,
        since: DateTime<Utc>,
        limit: u64,
    ) -> StoreResult<Vec<OutboxEvent>> {
        Ok(entry::Entity::find()
            .filter(entry::Column::CreatedAt.gte(since))
            .order_by_asc(entry::Column::CreatedAt)
            .order_by_asc(entry::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?)
    }

    /// Removes events older than `before` (every server has long applied
    /// them; a server that was away longer rebuilds its index).
    pub async fn prune_outbox(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        Ok(entry::Entity::delete_many()
            .filter(entry::Column::CreatedAt.lt(before))
            .exec(self.conn())
            .await?
            .rows_affected)
    }

    /// Waits until new events may be there: a PostgreSQL notification on
    /// [`CHANNEL`], or `at_most`. Without PostgreSQL (one process), it sleeps.
    pub async fn wait_for_outbox(&self, listener: &mut Option<OutboxListener>, at_most: Duration) {
        if let Some(l) = listener.as_mut() {
            match tokio::time::timeout(at_most, l.0.recv()).await {
                Ok(Ok(_)) | Err(_) => return,
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, "search outbox listener lost; polling");
                    *listener = None;
                }
            }
        }
        tokio::time::sleep(at_most).await;
    }

    /// A listener for [`CHANNEL`] on PostgreSQL; `None` on SQLite (or when
    /// listening fails: polling still works).
    pub async fn outbox_listener(&self) -> Option<OutboxListener> {
        if self.conn().get_database_backend() != DbBackend::Postgres {
            return None;
        }
        let pool = self.conn().get_postgres_connection_pool();
        let mut listener = sea_orm::sqlx::postgres::PgListener::connect_with(pool)
            .await
            .map_err(|e| tracing::warn!(error = %e, "no search outbox listener"))
            .ok()?;
        listener
            .listen(CHANNEL)
            .await
            .map_err(|e| tracing::warn!(error = %e, "no search outbox listener"))
            .ok()?;
        Some(OutboxListener(listener))
    }
}

/// A PostgreSQL `LISTEN` on the outbox channel.
pub struct OutboxListener(sea_orm::sqlx::postgres::PgListener);

impl std::fmt::Debug for OutboxListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OutboxListener")
    }
}
