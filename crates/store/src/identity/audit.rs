//! The tamper-evident audit log.
//!
//! Every entry stores the SHA-256 hash of the previous entry and its own hash
//! over its fields and that link, so editing, deleting or inserting a row in the
//! middle breaks the chain, which [`Store::verify_audit`] detects and names.
//! Entries never contain personal data themselves: actors and objects are ids,
//! the purpose is what the operator typed as a reason (a later capability must
//! keep names out of it).
//!
//! Appending is optimistic: read the head, insert `seq + 1`; the primary key
//! rejects a concurrent writer that read the same head, and it retries.

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, QueryOrder, QuerySelect};
use sha2::{Digest, Sha256};

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
    /// Hash of this entry.
    pub hash: String,
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

/// The link before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of an entry: SHA-256 over a length-prefixed encoding of every field
/// (so no two different entries can encode alike) and the previous hash.
#[must_use]
pub fn entry_hash(seq: i64, at: &str, e: &AuditEvent, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    let mut field = |value: Option<&str>| match value {
        None => h.update(b"-"),
        Some(v) => {
            h.update(b"+");
            h.update((v.len() as u64).to_be_bytes());
            h.update(v.as_bytes());
        }
    };
    field(Some("crocevia-audit-v1"));
    field(Some(&seq.to_string()));
    field(Some(at));
    field(e.actor_user.as_deref());
    field(e.actor_agency.as_deref());
    field(Some(&e.action));
    field(Some(&e.object_type));
    field(e.object_id.as_deref());
    field(e.purpose.as_deref());
    field(e.request_id.as_deref());
    field(Some(prev_hash));
    hex::encode(h.finalize())
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

/// The first problem found in the chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// An entry's content no longer matches its hash: it was edited.
    #[error("entry {seq}: its content does not match its hash (the entry was altered)")]
    Altered {
        /// Position of the entry.
        seq: i64,
    },
    /// An entry does not link to the one before it.
    #[error(
        "entry {seq}: it does not link to the previous entry (an entry was replaced or removed)"
    )]
    Unlinked {
        /// Position of the entry.
        seq: i64,
    },
    /// Positions are not contiguous.
    #[error("entry {expected} is missing (found entry {found} instead): entries were removed")]
    Missing {
        /// Position expected.
        expected: i64,
        /// Position found.
        found: i64,
    },
}

/// Outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    /// Entries checked.
    pub entries: u64,
    /// Hash of the last entry (the value to anchor elsewhere).
    pub head: String,
    /// The first break, if any.
    pub broken: Option<ChainBreak>,
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

/// Attempts before an append gives up under contention.
const APPEND_ATTEMPTS: usize = 20;
/// Entries read per page while verifying.
const VERIFY_PAGE: u64 = 1000;

impl Store {
    /// Appends one event to the audit log and returns its position.
    pub async fn audit(&self, event: &AuditEvent) -> StoreResult<i64> {
        let mut last_error = None;
        for attempt in 0..APPEND_ATTEMPTS {
            let head = Entity::find()
                .order_by_desc(Column::Seq)
                .limit(1)
                .one(self.conn())
                .await?;
            let (seq, prev_hash) = head.map_or((1, GENESIS.to_owned()), |h| (h.seq + 1, h.hash));
            let at = timestamp(Utc::now());
            let hash = entry_hash(seq, &at, event, &prev_hash);
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
            };
            match Entity::insert(row).exec(self.conn()).await {
                Ok(_) => return Ok(seq),
                Err(e) => {
                    // Another writer took `seq`: read the new head and retry.
                    last_error = Some(e);
                    tokio::time::sleep(std::time::Duration::from_millis(1 + attempt as u64 * 3))
                        .await;
                }
            }
        }
        Err(StoreError::Db(last_error.unwrap_or_else(|| {
            DbErr::Custom("audit append failed".to_owned())
        })))
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
        let mut expected_seq = 1;
        let mut prev = GENESIS.to_owned();
        let mut entries = 0;
        loop {
            let page = Entity::find()
                .filter(Column::Seq.gte(expected_seq))
                .order_by_asc(Column::Seq)
                .limit(VERIFY_PAGE)
                .all(self.conn())
                .await?;
            if page.is_empty() {
                break;
            }
            for row in &page {
                let broken = if row.seq != expected_seq {
                    Some(ChainBreak::Missing {
                        expected: expected_seq,
                        found: row.seq,
                    })
                } else if row.prev_hash != prev {
                    Some(ChainBreak::Unlinked { seq: row.seq })
                } else if entry_hash(row.seq, &row.at, &row.into(), &row.prev_hash) != row.hash {
                    Some(ChainBreak::Altered { seq: row.seq })
                } else {
                    None
                };
                if broken.is_some() {
                    return Ok(ChainReport {
                        entries,
                        head: prev,
                        broken,
                    });
                }
                entries += 1;
                expected_seq = row.seq + 1;
                prev.clone_from(&row.hash);
            }
        }
        Ok(ChainReport {
            entries,
            head: prev,
            broken: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_depend_on_every_field_and_on_field_boundaries() {
        let e = AuditEvent {
            action: "a".into(),
            object_type: "bc".into(),
            ..AuditEvent::default()
        };
        let base = entry_hash(1, "t", &e, GENESIS);
        assert_eq!(base.len(), 64);
        let shifted = AuditEvent {
            action: "ab".into(),
            object_type: "c".into(),
            ..AuditEvent::default()
        };
        assert_ne!(base, entry_hash(1, "t", &shifted, GENESIS));
        let with_none_vs_empty = AuditEvent {
            object_id: Some(String::new()),
            ..e.clone()
        };
        assert_ne!(base, entry_hash(1, "t", &with_none_vs_empty, GENESIS));
        assert_ne!(base, entry_hash(2, "t", &e, GENESIS));
        assert_ne!(base, entry_hash(1, "u", &e, GENESIS));
        assert_ne!(base, entry_hash(1, "t", &e, &"1".repeat(64)));
    }
}
