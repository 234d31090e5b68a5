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
use sea_orm::{ActiveValue::Set, Condition, QueryOrder, QuerySelect};

use crate::{Store, StoreResult};

/// Row of `mail_outbox`.
pub mod entry {
    use sea_orm::entity::prelude::*;

    /// A mail to send.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mail_outbox")]
    pub struct Model {
        /// UUIDv7.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Recipient (the address is read when sending).
        pub user_id: Uuid,
        /// `notice` or `link`.
        pub kind: String,
        /// The notification kind or the link's purpose.
        pub topic: String,
        /// Object kind of a notice.
        pub object_type: Option<String>,
        /// Object id of a notice.
        pub object_id: Option<Uuid>,
        /// A link's secret, sealed under the field key.
        pub sealed: Option<String>,
        /// `pending`, `sent` or `failed`.
        pub status: String,
        /// Attempts made.
        pub attempts: i32,
        /// Not before.
        pub next_at: DateTimeUtc,
        /// Claimed until.
        pub lease_until: Option<DateTimeUtc>,
        /// Claimed by.
        pub lease_owner: Option<Uuid>,
        /// Why the last attempt failed (a kind of failure, never a server's
        /// text or an address).
        pub last_error: Option<String>,
        /// Queued.
        pub created_at: DateTimeUtc,
        /// Delivered.
        pub sent_at: Option<DateTimeUtc>,
    }

    /// No relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Where a mail stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    /// Waiting for its (next) attempt.
    Pending,
    /// Delivered.
    Sent,
    /// Given up after the last attempt.
    Failed,
}

impl MailStatus {
    /// The stored code.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }

    fn parse(s: &str) -> MailStatus {
        match s {
            "sent" => MailStatus::Sent,
            "failed" => MailStatus::Failed,
            _ => MailStatus::Pending,
        }
    }
}

/// What a mail says, without its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// "`kind` happened to this object", with a link to it.
    Notice {
        /// Notification kind.
        kind: String,
        /// Object kind.
        object_type: String,
        /// Object id.
        object_id: Uuid,
    },
    /// A link carrying a secret (`topic`: what for), sealed.
    Link {
        /// What the link is for, e.g. `reset`.
        topic: String,
        /// The sealed link.
        sealed: String,
    },
}

/// A mail to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    /// Recipient.
    pub user: Uuid,
    /// What it says.
    pub content: Content,
}

impl Queued {
    pub(crate) fn notice(user: Uuid, kind: &str, (object_type, object_id): (&str, Uuid)) -> Self {
        Queued {
            user,
            content: Content::Notice {
                kind: kind.to_owned(),
                object_type: object_type.to_owned(),
                object_id,
            },
        }
    }

    pub(crate) fn link(user: Uuid, topic: &str, sealed: String) -> Self {
        Queued {
            user,
            content: Content::Link {
                topic: topic.to_owned(),
                sealed,
            },
        }
    }
}

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

/// Queues `mails` in the caller's transaction.
pub(crate) async fn enqueue<C: ConnectionTrait>(conn: &C, mails: &[Queued]) -> StoreResult<()> {
    if mails.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let rows = mails.iter().map(|q| {
        let (kind, topic, object_type, object_id, sealed) = match &q.content {
            Content::Notice {
                kind,
                object_type,
                object_id,
            } => (
                "notice",
                kind.clone(),
                Some(object_type.clone()),
                Some(*object_id),
                None,
            ),
            Content::Link { topic, sealed } => {
                ("link", topic.clone(), None, None, Some(sealed.clone()))
            }
        };
        entry::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(q.user),
            kind: Set(kind.to_owned()),
            topic: Set(topic),
            object_type: Set(object_type),
            object_id: Set(object_id),
            sealed: Set(sealed),
            status: Set(MailStatus::Pending.as_str().to_owned()),
            attempts: Set(0),
            next_at: Set(now),
            lease_until: Set(None),
            lease_owner: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
        }
    });
    entry::Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Deletes the mail about these objects (in the caller's transaction):
/// what is erased is not mailed about afterwards.
pub(crate) async fn forget_about<C: ConnectionTrait>(
    conn: &C,
    objects: &[Uuid],
) -> StoreResult<()> {
    entry::Entity::delete_many()
        .filter(entry::Column::ObjectId.is_in(objects.iter().copied()))
        .exec(conn)
        .await?;
    Ok(())
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
