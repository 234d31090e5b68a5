//! The audit log: append-only, each entry chained to the previous one by hash.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer, char_len, string, string_null, text_null};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Seq,
    At,
    ActorUser,
    ActorAgency,
    Action,
    ObjectType,
    ObjectId,
    Purpose,
    RequestId,
    PrevHash,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .if_not_exists()
                    // Assigned by the appender (previous + 1): the primary key makes a
                    // fork of the chain impossible.
                    .col(big_integer(AuditLog::Seq).primary_key())
                    // RFC 3339 UTC with microseconds, exactly as hashed.
                    .col(string(AuditLog::At))
                    .col(string_null(AuditLog::ActorUser))
                    .col(string_null(AuditLog::ActorAgency))
                    .col(string(AuditLog::Action))
                    .col(string(AuditLog::ObjectType))
                    .col(string_null(AuditLog::ObjectId))
                    .col(text_null(AuditLog::Purpose))
                    .col(string_null(AuditLog::RequestId))
                    .col(char_len(AuditLog::PrevHash, 64))
                    .col(char_len(AuditLog::Hash, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_object")
                    .table(AuditLog::Table)
                    .col(AuditLog::ObjectType)
                    .col(AuditLog::ObjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_actor")
                    .table(AuditLog::Table)
                    .col(AuditLog::ActorUser)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditLog::Table).to_owned())
            .await
    }
}
