//! Two security fixes' columns.
//!
//! `audit_log.chain`: how an entry is chained. `1` is the original plain
//! SHA-256 (anyone who can write the database can recompute it), `2` is
//! HMAC-SHA-256 under the audit key kept outside the database. Existing rows
//! keep `1` and still verify as they were written; the first keyed entry
//! links to them and so seals them. Rows are never rewritten here: the table
//! stays append-only, which lets a PostgreSQL deployment revoke `UPDATE` and
//! `DELETE` on it from the application's role.
//!
//! `dir_organizations.agency_id`, `dir_services.agency_id`: the agency of the
//! network that keeps the record current. Editors scoped to an agency or a
//! territory edit only what such agencies own; a record without one is
//! edited by network-wide editors only (the safe default for existing data).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, uuid_null};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Chain,
}

#[derive(DeriveIden)]
enum DirOrganizations {
    Table,
    AgencyId,
}

#[derive(DeriveIden)]
enum DirServices {
    Table,
    AgencyId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(integer(AuditLog::Chain).default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DirOrganizations::Table)
                    .add_column(uuid_null(DirOrganizations::AgencyId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DirServices::Table)
                    .add_column(uuid_null(DirServices::AgencyId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DirServices::Table)
                    .drop_column(DirServices::AgencyId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DirOrganizations::Table)
                    .drop_column(DirOrganizations::AgencyId)
                    .to_owned(),
            )
            .await?;
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
