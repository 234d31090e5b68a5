//! The certificates the programme's totals count, read through one narrow
//! index (whether revoked, holder, edition, hours) instead of their whole
//! rows (names, titles, codes): the six counts of the totals page scan it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum TrainingCertificates {
    Table,
    RevokedAt,
    UserId,
    EditionId,
    HalfHours,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("training_certificates_counted")
                    .table(TrainingCertificates::Table)
                    .col(TrainingCertificates::RevokedAt)
                    .col(TrainingCertificates::UserId)
                    .col(TrainingCertificates::EditionId)
                    .col(TrainingCertificates::HalfHours)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("training_certificates_counted")
                    .table(TrainingCertificates::Table)
                    .to_owned(),
            )
            .await
    }
}
