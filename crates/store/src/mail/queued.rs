//! The rows of the mail outbox and how a use case queues them (in its own
//! transaction, through [`crate::act`]): what to send and to whom, never
//! the text.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;

use crate::StoreResult;

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

    pub(crate) fn parse(s: &str) -> MailStatus {
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
