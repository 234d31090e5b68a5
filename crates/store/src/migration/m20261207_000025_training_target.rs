//! The programme's target: how many operators the project commits to train
//! (SOFIA: 800), against which the Region's totals are read. One row.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, string_len};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum TrainingTarget {
    Table,
    Id,
    Project,
    People,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrainingTarget::Table)
                    .if_not_exists()
                    .col(integer(TrainingTarget::Id).primary_key())
                    .col(string_len(TrainingTarget::Project, 200))
                    .col(integer(TrainingTarget::People))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TrainingTarget::Table).to_owned())
            .await
    }
}
