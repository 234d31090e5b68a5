//! The network profile: who runs this deployment and how the public reaches them.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, string, string_null, text_null, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum NetworkProfile {
    Table,
    Id,
    Name,
    Region,
    ContactEmail,
    Phone,
    Address,
    OpeningHours,
    IsDemo,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NetworkProfile::Table)
                    .if_not_exists()
                    .col(string(NetworkProfile::Id).primary_key())
                    .col(string(NetworkProfile::Name))
                    .col(string_null(NetworkProfile::Region))
                    .col(string_null(NetworkProfile::ContactEmail))
                    .col(string_null(NetworkProfile::Phone))
                    .col(text_null(NetworkProfile::Address))
                    .col(text_null(NetworkProfile::OpeningHours))
                    .col(boolean(NetworkProfile::IsDemo).default(false))
                    .col(timestamp_with_time_zone(NetworkProfile::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NetworkProfile::Table).to_owned())
            .await
    }
}
