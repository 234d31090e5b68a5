//! The mail outbox: mail is recorded in the transaction of the change that
//! causes it and delivered after commit by a background worker, with retries
//! and backoff. A row holds what to send and to whom, never the text: the
//! worker writes the text in the recipient's language when it sends, and a
//! link carrying a secret is kept sealed under the field key.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, string_len, string_len_null, text_null, timestamp_with_time_zone,
    timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    UserId,
    Kind,
    Topic,
    ObjectType,
    ObjectId,
    Sealed,
    Status,
    Attempts,
    NextAt,
    LeaseUntil,
    LeaseOwner,
    LastError,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .if_not_exists()
                    .col(uuid(MailOutbox::Id).primary_key())
                    .col(uuid(MailOutbox::UserId))
                    .col(string_len(MailOutbox::Kind, 16))
                    .col(string_len(MailOutbox::Topic, 64))
                    .col(string_len_null(MailOutbox::ObjectType, 32))
                    .col(uuid_null(MailOutbox::ObjectId))
                    .col(text_null(MailOutbox::Sealed))
                    .col(string_len(MailOutbox::Status, 16))
                    .col(integer(MailOutbox::Attempts))
                    .col(timestamp_with_time_zone(MailOutbox::NextAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::LeaseUntil))
                    .col(uuid_null(MailOutbox::LeaseOwner))
                    .col(string_len_null(MailOutbox::LastError, 64))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("mail_outbox_due")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::Status)
                    .col(MailOutbox::NextAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MailOutbox::Table).to_owned())
            .await
    }
}
