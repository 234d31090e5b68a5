//! `audit_log.chain`: how an entry is chained. `1` is the original plain
//! SHA-256 (anyone who can write the database can recompute it), `2` is
//! HMAC-SHA-256 under the audit key kept outside the database. Existing rows
//! keep `1` and still verify as they were written; the first keyed entry
//! links to them and so seals them. Rows are never rewritten here: the table
//! stays append-only, which lets a PostgreSQL deployment revoke `UPDATE` and
//! `DELETE` on it from the application's role.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::integer;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Chain,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(integer(AuditLog::Chain).default(1))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .drop_column(AuditLog::Chain)
                    .to_owned(),
            )
            .await
    }
}
