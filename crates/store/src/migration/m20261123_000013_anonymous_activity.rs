//! What remains of an erased person: their visits and cases as anonymous
//! activity of the desk (agency, day, codes), for the statistics.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{string_len, uuid};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskAnonymousActivity {
    Table,
    Id,
    AgencyId,
    Kind,
    Day,
    Codes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DeskAnonymousActivity::Table)
                    .if_not_exists()
                    .col(uuid(DeskAnonymousActivity::Id).primary_key())
                    .col(uuid(DeskAnonymousActivity::AgencyId))
                    .col(string_len(DeskAnonymousActivity::Kind, 16))
                    .col(string_len(DeskAnonymousActivity::Day, 10))
                    .col(string_len(DeskAnonymousActivity::Codes, 255))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("desk_anonymous_activity_agency")
                    .table(DeskAnonymousActivity::Table)
                    .col(DeskAnonymousActivity::AgencyId)
                    .col(DeskAnonymousActivity::Day)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeskAnonymousActivity::Table).to_owned())
            .await
    }
}
