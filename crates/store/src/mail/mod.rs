//! The mail outbox ([`crate::act`] fills it in the transaction of a change;
//! a worker of the web crate delivers it after commit).
//!
//! Delivery is claimed row by row with a lease: an update that succeeds only
//! when the row is still pending and nobody else's lease runs, so two
//! servers on one database never send the same mail twice while both live.
//! A server that dies between sending and recording it leaves the lease to
//! expire and the mail is sent again (at least once, as every outbox).

use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{Condition, QueryOrder, QuerySelect};

pub mod queued;

pub use self::queued::{Content, MailStatus, Queued, entry};
use crate::{Store, StoreResult};

/// A queued mail as the worker and the administrator see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMail {
    /// Id.
    pub id: Uuid,
    /// Recipient.
    pub user: Uuid,
    /// What it says.
    pub content: Content,
    /// Where it stands.
    pub status: MailStatus,
    /// Attempts made.
    pub attempts: i32,
    /// Next attempt.
    pub next_at: DateTime<Utc>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// Queued.
    pub created_at: DateTime<Utc>,
    /// Delivered.
    pub sent_at: Option<DateTime<Utc>>,
}

impl From<entry::Model> for OutMail {
    fn from(m: entry::Model) -> OutMail {
        let content = match (m.kind.as_str(), m.object_type, m.object_id, m.sealed) {
            ("notice", Some(object_type), Some(object_id), _) => Content::Notice {
                kind: m.topic,
                object_type,
                object_id,
            },
            (_, _, _, sealed) => Content::Link {
                topic: m.topic,
                sealed: sealed.unwrap_or_default(),
            },
        };
        OutMail {
            id: m.id,
            user: m.user_id,
            content,
            status: MailStatus::parse(&m.status),
            attempts: m.attempts,
            next_at: m.next_at,
            last_error: m.last_error,
            created_at: m.created_at,
            sent_at: m.sent_at,
        }
    }
}

/// How many of each status, for the administrator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MailCounts {
    /// Waiting.
    pub pending: u64,
    /// Given up.
    pub failed: u64,
    /// Delivered in the last day.
    pub sent_today: u64,
}

/// Pending, due and not leased to a live worker.
fn due(now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(entry::Column::Status.eq(MailStatus::Pending.as_str()))
        .add(entry::Column::NextAt.lte(now))
        .add(
            Condition::any()
                .add(entry::Column::LeaseUntil.is_null())
                .add(entry::Column::LeaseUntil.lt(now)),
        )
}

impl Store {
    /// Claims up to `limit` due mails for `worker` for `lease`: each
    /// returned mail is this worker's alone until the lease ends.
    pub async fn claim_mail(
        &self,
        worker: Uuid,
        lease: std::time::Duration,
        limit: u64,
    ) -> StoreResult<Vec<OutMail>> {
        let now = Utc::now();
        let until = now + Duration::from_std(lease).unwrap_or(Duration::minutes(5));
        let candidates = entry::Entity::find()
            .filter(due(now))
            .order_by_asc(entry::Column::NextAt)
            .limit(limit)
            .all(self.conn())
            .await?;
        let mut claimed = Vec::with_capacity(candidates.len());
        for mut m in candidates {
            let taken = entry::Entity::update_many()
                .col_expr(entry::Column::LeaseUntil, Expr::value(Some(until)))
                .col_expr(entry::Column::LeaseOwner, Expr::value(Some(worker)))
                .col_expr(
                    entry::Column::Attempts,
                    Expr::col(entry::Column::Attempts).add(1),
                )
                .filter(entry::Column::Id.eq(m.id))
                .filter(due(now))
                .exec(&self.writer)
                .await?;
            if taken.rows_affected == 1 {
                m.attempts += 1;
                claimed.push(OutMail::from(m));
            }
        }
        Ok(claimed)
    }

    /// Records that `worker` delivered `id`.
    pub async fn mail_sent(&self, id: Uuid, worker: Uuid) -> StoreResult<()> {
        entry::Entity::update_many()
            .col_expr(
                entry::Column::Status,
                Expr::value(MailStatus::Sent.as_str()),
            )
            .col_expr(entry::Column::SentAt, Expr::value(Some(Utc::now())))
            .col_expr(entry::Column::LastError, Expr::value(None::<String>))
            .col_expr(
                entry::Column::LeaseUntil,
                Expr::value(None::<DateTime<Utc>>),
            )
            .filter(entry::Column::Id.eq(id))
            .filter(entry::Column::LeaseOwner.eq(worker))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// Records that `worker` could not deliver `id` (`why`: a kind of
    /// failure): tried again at `retry_at`, or given up when `None`.
    pub async fn mail_not_sent(
        &self,
        id: Uuid,
        worker: Uuid,
        why: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> StoreResult<()> {
        let status = if retry_at.is_some() {
            MailStatus::Pending
        } else {
            MailStatus::Failed
        };
        let mut update = entry::Entity::update_many()
            .col_expr(entry::Column::Status, Expr::value(status.as_str()))
            .col_expr(entry::Column::LastError, Expr::value(Some(why.to_owned())))
            .col_expr(
                entry::Column::LeaseUntil,
                Expr::value(None::<DateTime<Utc>>),
            );
        if let Some(at) = retry_at {
            update = update.col_expr(entry::Column::NextAt, Expr::value(at));
        }
        update
            .filter(entry::Column::Id.eq(id))
            .filter(entry::Column::LeaseOwner.eq(worker))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// The mail not delivered (pending, then failed), oldest first, for the
    /// administrator.
    pub async fn undelivered_mail(&self, limit: u64) -> StoreResult<Vec<OutMail>> {
        Ok(entry::Entity::find()
            .filter(entry::Column::Status.ne(MailStatus::Sent.as_str()))
            .order_by_asc(entry::Column::CreatedAt)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(OutMail::from)
            .collect())
    }

    /// One queued mail.
    pub async fn queued_mail(&self, id: Uuid) -> StoreResult<Option<OutMail>> {
        Ok(entry::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(OutMail::from))
    }

    /// How many mails are pending, failed and sent in the last day.
    pub async fn mail_counts(&self) -> StoreResult<MailCounts> {
        let count = |status: MailStatus| {
            entry::Entity::find().filter(entry::Column::Status.eq(status.as_str()))
        };
        Ok(MailCounts {
            pending: count(MailStatus::Pending).count(self.conn()).await?,
            failed: count(MailStatus::Failed).count(self.conn()).await?,
            sent_today: count(MailStatus::Sent)
                .filter(entry::Column::SentAt.gte(Utc::now() - Duration::days(1)))
                .count(self.conn())
                .await?,
        })
    }

    /// Puts a failed mail back in the queue, due now (in the transaction
    /// of its audit entry); false when it is not a failed one.
    pub async fn retry_mail(&self, id: Uuid, trail: &crate::act::Trail) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let done = entry::Entity::update_many()
            .col_expr(
                entry::Column::Status,
                Expr::value(MailStatus::Pending.as_str()),
            )
            .col_expr(entry::Column::NextAt, Expr::value(Utc::now()))
            .col_expr(entry::Column::Attempts, Expr::value(0))
            .filter(entry::Column::Id.eq(id))
            .filter(entry::Column::Status.eq(MailStatus::Failed.as_str()))
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            return Ok(false);
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Deletes delivered mail older than `before` (the row says who was
    /// mailed about what; it is not kept longer than needed).
    pub async fn purge_sent_mail(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        Ok(entry::Entity::delete_many()
            .filter(entry::Column::Status.eq(MailStatus::Sent.as_str()))
            .filter(entry::Column::SentAt.lt(before))
            .exec(&self.writer)
            .await?
            .rows_affected)
    }
}
