//! What an action leaves behind besides its change: its audit entries, the
//! operators told about it and the mail it sends. A use case takes a
//! [`Trail`] with its typed input and writes it with [`Store::settle`] inside
//! the transaction of its change, so the change, its audit entries, its
//! notifications and its queued mail commit together or not at all.

use std::collections::BTreeSet;

use chrono::Utc;
use sea_orm::{ActiveValue::Set, DatabaseTransaction, EntityTrait};
use uuid::Uuid;

use crate::desk::entities::notification;
use crate::identity::audit::AuditEvent;
use crate::mail::queued::{self, Queued};
use crate::{Store, StoreResult};

/// Operators told that `kind` happened to an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Who is told (each once).
    pub users: BTreeSet<Uuid>,
    /// What happened, e.g. `referral.received`.
    pub kind: String,
    /// Object kind, e.g. `referral`.
    pub object_type: String,
    /// Object id.
    pub object_id: Uuid,
}

/// The audit entries, notifications and mail of one action.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct Trail {
    audit: Vec<AuditEvent>,
    notices: Vec<Notice>,
    mails: Vec<Queued>,
}

impl Trail {
    /// An action recorded by this audit event.
    pub fn new(event: AuditEvent) -> Trail {
        Trail {
            audit: vec![event],
            ..Trail::default()
        }
    }

    /// A change done by the system for no one in particular, with nothing
    /// to record (sweeps, caches).
    pub fn unrecorded() -> Trail {
        Trail::default()
    }

    /// With another audit event.
    pub fn and(mut self, event: AuditEvent) -> Trail {
        self.audit.push(event);
        self
    }

    /// With `users` told, in the workspace and by mail, that `kind`
    /// happened to the object.
    pub fn notify(
        mut self,
        users: impl IntoIterator<Item = Uuid>,
        kind: &str,
        (object_type, object_id): (&str, Uuid),
    ) -> Trail {
        let users: BTreeSet<Uuid> = users.into_iter().collect();
        if !users.is_empty() {
            self.notices.push(Notice {
                users,
                kind: kind.to_owned(),
                object_type: object_type.to_owned(),
                object_id,
            });
        }
        self
    }

    /// With a mail carrying a secret link (`topic` says which, e.g.
    /// `reset`), sealed by the caller under the field key.
    pub fn mail_link(mut self, user: Uuid, topic: &str, sealed: String) -> Trail {
        self.mails.push(Queued::link(user, topic, sealed));
        self
    }

    /// The audit events, first to last.
    #[must_use]
    pub fn events(&self) -> &[AuditEvent] {
        &self.audit
    }

    /// The notices.
    #[must_use]
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether it queues mail (the caller then wakes the mail worker after
    /// the commit).
    #[must_use]
    pub fn sends_mail(&self) -> bool {
        !self.mails.is_empty() || !self.notices.is_empty()
    }
}

impl Store {
    /// Writes `trail` inside `txn`, the write transaction of its change
    /// (started with [`Store::begin_write`]): the audit entries, each
    /// notice's notification rows and one queued mail per recipient.
    pub async fn settle(&self, txn: &DatabaseTransaction, trail: &Trail) -> StoreResult<()> {
        for event in &trail.audit {
            self.audit_in(txn, event).await?;
        }
        let now = Utc::now();
        let mut queued = trail.mails.clone();
        for notice in &trail.notices {
            notification::Entity::insert_many(notice.users.iter().map(|u| {
                notification::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    user_id: Set(*u),
                    kind: Set(notice.kind.clone()),
                    object_type: Set(notice.object_type.clone()),
                    object_id: Set(notice.object_id),
                    created_at: Set(now),
                    read_at: Set(None),
                }
            }))
            .exec_without_returning(txn)
            .await?;
            queued.extend(notice.users.iter().map(|u| {
                Queued::notice(*u, &notice.kind, (&notice.object_type, notice.object_id))
            }));
        }
        queued::enqueue(txn, &queued).await
    }

    /// Ends a use case's transaction: when it `changed` something, its
    /// trail is written and everything commits (`true`); otherwise it rolls
    /// back (`false`).
    pub async fn settle_if(
        &self,
        txn: DatabaseTransaction,
        changed: bool,
        trail: &Trail,
    ) -> StoreResult<bool> {
        if !changed {
            txn.rollback().await?;
            return Ok(false);
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// A use case whose change is one new row: inserted with its trail in
    /// one transaction.
    pub(crate) async fn insert_with<A>(&self, row: A, trail: &Trail) -> StoreResult<()>
    where
        A: sea_orm::ActiveModelTrait + Send,
        <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    {
        let txn = self.begin_write().await?;
        A::Entity::insert(row).exec_without_returning(&txn).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// An action whose whole change is its trail (a record of an act, a
    /// notification): written in one transaction.
    pub async fn record(&self, trail: &Trail) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
