//! When the participants of a training session were reminded of it (the
//! day before, once): `training_sessions.reminded_at`.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("training_sessions"))
                    .add_column(
                        ColumnDef::new(Alias::new("reminded_at"))
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("training_sessions"))
                    .drop_column(Alias::new("reminded_at"))
                    .to_owned(),
            )
            .await
    }
}
