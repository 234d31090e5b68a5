//! Identifiers and citizenships sealed.
//!
//! A person's tax code, STP/ENI code and permit number, and their
//! citizenships, tell a legal status: they are sealed from now on, as the
//! other special fields are. `desk_person_identifiers.value` becomes the
//! identifier's blind index (a keyed hash: the lookups by identifier, the
//! duplicate check and break-glass, compare indexes), and the new
//! `sealed_value` holds the identifier itself, sealed. Citizenships are
//! sealed in place, so their column becomes unbounded text. The server
//! converts the rows written before when it starts (a migration does not
//! see the field key); a row whose `sealed_value` is empty is one it has
//! not converted yet.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::text_null;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskPersonIdentifiers {
    Table,
    SealedValue,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DeskPersonIdentifiers::Table)
                    .add_column(text_null(DeskPersonIdentifiers::SealedValue))
                    .to_owned(),
            )
            .await?;
        // SQLite does not enforce a VARCHAR's length: nothing to change there.
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("ALTER TABLE desk_people ALTER COLUMN citizenships TYPE TEXT")
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DeskPersonIdentifiers::Table)
                    .drop_column(DeskPersonIdentifiers::SealedValue)
                    .to_owned(),
            )
            .await
    }
}
