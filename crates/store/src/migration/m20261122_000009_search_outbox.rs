//! The search outbox: every write of public, searchable content (guides,
//! glossary, directory) adds a row naming what changed, in the same
//! transaction; each server applies the rows to its own search index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{string_len, timestamp_with_time_zone};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum SearchOutbox {
    Table,
    Id,
    Kind,
    EntityId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchOutbox::Table)
                    .if_not_exists()
                    .col(string_len(SearchOutbox::Id, 36).primary_key())
                    .col(string_len(SearchOutbox::Kind, 16))
                    .col(string_len(SearchOutbox::EntityId, 64))
                    .col(timestamp_with_time_zone(SearchOutbox::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("search_outbox_created_at")
                    .table(SearchOutbox::Table)
                    .col(SearchOutbox::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SearchOutbox::Table).to_owned())
            .await
    }
}
