//! The tamper-evident audit log.
//!
//! Every entry stores the link of the previous entry and its own link over its
//! fields and that one (HMAC-SHA-256 under the audit key kept outside the
//! database; plain SHA-256 for entries from before the key: see [`chain`]), so
//! editing, deleting or inserting a row breaks the chain, which
//! [`Store::verify_audit`] detects and names; cutting the tail is detected
//! against a published head ([`Store::verify_audit_against`]).
//! Entries never contain personal data themselves: actors and objects are ids,
//! the purpose is what the operator typed as a reason (a later capability must
//! keep names out of it).
//!
//! Appending is optimistic: read the head, insert `seq + 1`; the primary key
//! rejects a concurrent writer that read the same head, and it retries.

pub mod chain;

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, QueryOrder, QuerySelect};

pub use self::chain::{
    AuditHead, AuditKey, Chain, ChainBreak, ChainReport, GENESIS, InvalidHead, Verifier,
    entry_hash, entry_mac,
};
use crate::{Store, StoreError, StoreResult};

/// Row of `audit_log`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    /// Position in the chain, from 1.
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    /// When, RFC 3339 UTC with microseconds.
    pub at: String,
    /// Acting user id (none for the system).
    pub actor_user: Option<String>,
    /// Agency the actor acted for.
    pub actor_agency: Option<String>,
    /// What was done, e.g. `desk.person.read`.
    pub action: String,
    /// Kind of object, e.g. `person`.
    pub object_type: String,
    /// Object id.
    pub object_id: Option<String>,
    /// Purpose or reason given.
    pub purpose: Option<String>,
    /// Request id, to correlate with logs.
    pub request_id: Option<String>,
    /// Hash of the previous entry (64 zeros for the first).
    pub prev_hash: String,
    /// Hash or MAC of this entry.
    pub hash: String,
    /// How it is chained ([`Chain::code`]).
    pub chain: i32,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What a capability records; the store adds time, position and hashes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditEvent {
    /// Acting user id.
    pub actor_user: Option<String>,
    /// Agency acted for.
    pub actor_agency: Option<String>,
    /// Action, e.g. `identity.user.invite`.
    pub action: String,
    /// Object kind.
    pub object_type: String,
    /// Object id.
    pub object_id: Option<String>,
    /// Purpose or reason.
    pub purpose: Option<String>,
    /// Request id.
    pub request_id: Option<String>,
}

impl AuditEvent {
    /// An event: what was done to which object.
    #[must_use]
    pub fn new(action: &str, object_type: &str, object_id: Option<String>) -> AuditEvent {
        AuditEvent {
            action: action.to_owned(),
            object_type: object_type.to_owned(),
            object_id,
            ..AuditEvent::default()
        }
    }

    /// Done by this user.
    #[must_use]
    pub fn by(mut self, user: impl ToString) -> AuditEvent {
        self.actor_user = Some(user.to_string());
        self
    }

    /// Acting for this agency.
    #[must_use]
    pub fn for_agency(mut self, agency: impl ToString) -> AuditEvent {
        self.actor_agency = Some(agency.to_string());
        self
    }

    /// With the purpose or reason given.
    #[must_use]
    pub fn purpose(mut self, purpose: impl Into<String>) -> AuditEvent {
        self.purpose = Some(purpose.into());
        self
    }

    /// In this request.
    #[must_use]
    pub fn request(mut self, request_id: Option<String>) -> AuditEvent {
        self.request_id = request_id;
        self
    }
}

fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

impl From<&Model> for AuditEvent {
    fn from(m: &Model) -> Self {
        AuditEvent {
            actor_user: m.actor_user.clone(),
            actor_agency: m.actor_agency.clone(),
            action: m.action.clone(),
            object_type: m.object_type.clone(),
            object_id: m.object_id.clone(),
            purpose: m.purpose.clone(),
            request_id: m.request_id.clone(),
        }
    }
}

/// Filters of an audit search; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Acting user id.
    pub actor_user: Option<String>,
    /// Object kind.
    pub object_type: Option<String>,
    /// Object id.
    pub object_id: Option<String>,
    /// From this instant (RFC 3339, inclusive).
    pub from: Option<String>,
    /// Before this instant (RFC 3339, exclusive).
    pub until: Option<String>,
}

/// Entries read per page while verifying.
const VERIFY_PAGE: u64 = 1000;

/// The PostgreSQL advisory lock that serialises audit appends (any
/// constant unique to this use: "audit" in ASCII).
const APPEND_LOCK: i64 = 0x0061_7564_6974;

impl Store {
    /// Appends one event to the audit log and returns its position: keyed
    /// ([`Chain::HmacSha256`]) when the store has the audit key
    /// ([`Store::with_audit_key`]), plain otherwise. A store without the key
    /// refuses to append to a keyed log, since a plain entry after keyed ones
    /// reads as a rewrite.
    ///
    /// Appends are serialised, so none races another for its position: on
    /// SQLite by the write lock the transaction takes at its start, on
    /// PostgreSQL by a transaction-scoped advisory lock.
    pub async fn audit(&self, event: &AuditEvent) -> StoreResult<i64> {
        let txn = self.begin_write().await?;
        let seq = self.audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(seq)
    }

    /// Appends one event inside `txn`, a transaction started with
    /// [`Store::begin_write`]: the entry commits (or not) with the change it
    /// records. Later appenders wait for `txn` to end.
    pub async fn audit_in(
        &self,
        txn: &sea_orm::DatabaseTransaction,
        event: &AuditEvent,
    ) -> StoreResult<i64> {
        if self.backend() == crate::Backend::Postgres {
            txn.execute_raw(sea_orm::Statement::from_sql_and_values(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT pg_advisory_xact_lock($1)",
                [APPEND_LOCK.into()],
            ))
            .await?;
        }
        let head = Entity::find()
            .order_by_desc(Column::Seq)
            .limit(1)
            .one(txn)
            .await?;
        let keyed_head = head
            .as_ref()
            .is_some_and(|h| h.chain == Chain::HmacSha256.code());
        let (seq, prev_hash) = head.map_or((1, GENESIS.to_owned()), |h| (h.seq + 1, h.hash));
        let at = timestamp(Utc::now());
        let (chain, hash) = match self.audit_key() {
            Some(key) => (
                Chain::HmacSha256,
                entry_mac(key, seq, &at, event, &prev_hash),
            ),
            None if keyed_head => {
                return Err(StoreError::NoAuditKey);
            }
            None => (Chain::Sha256, entry_hash(seq, &at, event, &prev_hash)),
        };
        let row = ActiveModel {
            seq: Set(seq),
            at: Set(at),
            actor_user: Set(event.actor_user.clone()),
            actor_agency: Set(event.actor_agency.clone()),
            action: Set(event.action.clone()),
            object_type: Set(event.object_type.clone()),
            object_id: Set(event.object_id.clone()),
            purpose: Set(event.purpose.clone()),
            request_id: Set(event.request_id.clone()),
            prev_hash: Set(prev_hash),
            hash: Set(hash),
            chain: Set(chain.code()),
        };
        Entity::insert(row).exec_without_returning(txn).await?;
        Ok(seq)
    }

    /// The position of the last entry chained with plain SHA-256 (0: none),
    /// to record outside the database when the audit key is first used
    /// ([`Store::with_audit_legacy_until`]).
    pub async fn audit_legacy_end(&self) -> StoreResult<i64> {
        let last = Entity::find()
            .filter(Column::Chain.eq(Chain::Sha256.code()))
            .order_by_desc(Column::Seq)
            .limit(1)
            .one(self.conn())
            .await?;
        Ok(last.map_or(0, |m| m.seq))
    }

    /// The newest entry's position and link (`0:` and [`GENESIS`] when the
    /// log is empty): the value to publish.
    pub async fn audit_head(&self) -> StoreResult<AuditHead> {
        let head = Entity::find()
            .order_by_desc(Column::Seq)
            .limit(1)
            .one(self.conn())
            .await?;
        Ok(head.map_or_else(
            || AuditHead {
                seq: 0,
                mac: GENESIS.to_owned(),
            },
            |h| AuditHead {
                seq: h.seq,
                mac: h.hash,
            },
        ))
    }

    /// The newest entries matching `query`, at most `limit`. Timestamps are
    /// stored in one fixed RFC 3339 form, so text order is time order.
    pub async fn search_audit(&self, query: &AuditQuery, limit: u64) -> StoreResult<Vec<Model>> {
        let mut select = Entity::find();
        if let Some(v) = &query.actor_user {
            select = select.filter(Column::ActorUser.eq(v.as_str()));
        }
        if let Some(v) = &query.object_type {
            select = select.filter(Column::ObjectType.eq(v.as_str()));
        }
        if let Some(v) = &query.object_id {
            select = select.filter(Column::ObjectId.eq(v.as_str()));
        }
        if let Some(v) = &query.from {
            select = select.filter(Column::At.gte(v.as_str()));
        }
        if let Some(v) = &query.until {
            select = select.filter(Column::At.lt(v.as_str()));
        }
        Ok(select
            .order_by_desc(Column::Seq)
            .limit(limit)
            .all(self.conn())
            .await?)
    }

    /// Walks the whole chain in order and reports the first break.
    pub async fn verify_audit(&self) -> StoreResult<ChainReport> {
        self.verify_audit_against(&[]).await
    }

    /// Walks the whole chain in order, checking keyed entries with the
    /// store's audit key and that every published head in `heads` is still
    /// there, and reports the first break.
    pub async fn verify_audit_against(&self, heads: &[AuditHead]) -> StoreResult<ChainReport> {
        let mut verifier =
            Verifier::new(self.audit_key(), heads).legacy_until(self.audit_legacy_until());
        loop {
            let page = Entity::find()
                .filter(Column::Seq.gte(verifier.next_seq()))
                .order_by_asc(Column::Seq)
                .limit(VERIFY_PAGE)
                .all(self.conn())
                .await?;
            if page.is_empty() {
                break;
            }
            for row in &page {
                if !verifier.push(row) {
                    return Ok(verifier.finish());
                }
            }
        }
        Ok(verifier.finish())
    }
}
