//! Readers' feedback on guides and services: "was this useful?" and reports
//! of wrong information, anonymous (no account, no address, no cookie
//! identifier), for the editors' queue and the satisfaction indicator.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean_null, string_len, text_null, timestamp_with_time_zone, timestamp_with_time_zone_null,
    uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum PortalFeedback {
    Table,
    Id,
    CreatedAt,
    Lang,
    Kind,
    Target,
    Useful,
    Report,
    HandledAt,
    HandledBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PortalFeedback::Table)
                    .if_not_exists()
                    .col(uuid(PortalFeedback::Id).primary_key())
                    .col(timestamp_with_time_zone(PortalFeedback::CreatedAt))
                    .col(string_len(PortalFeedback::Lang, 16))
                    .col(string_len(PortalFeedback::Kind, 16))
                    .col(string_len(PortalFeedback::Target, 128))
                    .col(boolean_null(PortalFeedback::Useful))
                    .col(text_null(PortalFeedback::Report))
                    .col(timestamp_with_time_zone_null(PortalFeedback::HandledAt))
                    .col(uuid_null(PortalFeedback::HandledBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("portal_feedback_target")
                    .table(PortalFeedback::Table)
                    .col(PortalFeedback::Kind)
                    .col(PortalFeedback::Target)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("portal_feedback_created")
                    .table(PortalFeedback::Table)
                    .col(PortalFeedback::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PortalFeedback::Table).to_owned())
            .await
    }
}
