//! The directory version each record last changed at.
//!
//! Every directory write bumps `dir_state.version`; each row it writes now
//! carries that version in `changed_version`. A server whose read model is at
//! version `v` reads only the rows with `changed_version > v` and updates the
//! model in place of reading (and re-deriving) the whole directory after
//! every save. Rows written before this migration have 0: a model built
//! from the whole directory already holds them.
//!
//! Organizations get an index on their name: the service form names its
//! organization, and a save looks it up by that name.
//!
//! A translation's field may now name a text inside a nested item
//! (`required_documents/<id>/document`): the column grows from 64 to 160
//! characters (a list name, an id of up to 64, a field name). SQLite does
//! not enforce a VARCHAR's length.

use sea_orm_migration::prelude::*;

/// The tables with records the read model holds.
const TABLES: [&str; 7] = [
    "dir_organizations",
    "dir_services",
    "dir_locations",
    "dir_service_at_locations",
    "dir_taxonomies",
    "dir_taxonomy_terms",
    "dir_translations",
];

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(
                            ColumnDef::new(Alias::new("changed_version"))
                                .big_integer()
                                .not_null()
                                .default(0),
                        )
                        .to_owned(),
                )
                .await?;
            manager
                .create_index(
                    Index::create()
                        .name(format!("idx_{table}_changed_version"))
                        .table(Alias::new(table))
                        .col(Alias::new("changed_version"))
                        .to_owned(),
                )
                .await?;
        }
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(
                    "ALTER TABLE dir_translations ALTER COLUMN field TYPE VARCHAR(160)",
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_dir_organizations_name")
                    .table(Alias::new("dir_organizations"))
                    .col(Alias::new("name"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // (The wider translation field stays: shortening it could cut stored rows.)
        manager
            .drop_index(
                Index::drop()
                    .name("idx_dir_organizations_name")
                    .table(Alias::new("dir_organizations"))
                    .to_owned(),
            )
            .await?;
        for table in TABLES {
            manager
                .drop_index(
                    Index::drop()
                        .name(format!("idx_{table}_changed_version"))
                        .table(Alias::new(table))
                        .to_owned(),
                )
                .await?;
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("changed_version"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
