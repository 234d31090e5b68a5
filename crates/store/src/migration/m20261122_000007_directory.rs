//! The services directory: Open Referral HSDS 3.0 records (organizations,
//! services, locations, services at locations, taxonomies and terms), each kept
//! whole as its HSDS JSON with the columns queries need beside it; per-language
//! translations of their text fields with a status; a version counter that
//! tells every server when its in-memory read model is stale.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, double_null, integer, string, string_len, string_len_null, string_null, text,
    timestamp_with_time_zone, timestamp_with_time_zone_null, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DirOrganizations {
    Table,
    Id,
    Name,
    Record,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirServices {
    Table,
    Id,
    OrganizationId,
    Name,
    Status,
    Record,
    LastVerifiedAt,
    VerifiedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirLocations {
    Table,
    Id,
    OrganizationId,
    Name,
    Latitude,
    Longitude,
    Municipality,
    Record,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirServiceAtLocations {
    Table,
    Id,
    ServiceId,
    LocationId,
    Record,
}

#[derive(DeriveIden)]
enum DirTaxonomies {
    Table,
    Id,
    Name,
    Record,
}

#[derive(DeriveIden)]
enum DirTaxonomyTerms {
    Table,
    Id,
    TaxonomyId,
    Code,
    Name,
    ParentId,
    Record,
}

#[derive(DeriveIden)]
enum DirTranslations {
    Table,
    Entity,
    EntityId,
    Field,
    Lang,
    Text,
    Status,
    SourceHash,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirState {
    Table,
    Id,
    Version,
}

/// HSDS ids are UUIDs in canonical text form; 64 leaves room for other ids.
const ID_LEN: u32 = 64;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DirOrganizations::Table)
                    .if_not_exists()
                    .col(string_len(DirOrganizations::Id, ID_LEN).primary_key())
                    .col(string(DirOrganizations::Name))
                    .col(text(DirOrganizations::Record))
                    .col(timestamp_with_time_zone(DirOrganizations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirServices::Table)
                    .if_not_exists()
                    .col(string_len(DirServices::Id, ID_LEN).primary_key())
                    .col(string_len_null(DirServices::OrganizationId, ID_LEN))
                    .col(string(DirServices::Name))
                    .col(string(DirServices::Status))
                    .col(text(DirServices::Record))
                    .col(timestamp_with_time_zone_null(DirServices::LastVerifiedAt))
                    .col(uuid_null(DirServices::VerifiedBy))
                    .col(timestamp_with_time_zone(DirServices::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("dir_services_organization")
                    .table(DirServices::Table)
                    .col(DirServices::OrganizationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirLocations::Table)
                    .if_not_exists()
                    .col(string_len(DirLocations::Id, ID_LEN).primary_key())
                    .col(string_len_null(DirLocations::OrganizationId, ID_LEN))
                    .col(string_null(DirLocations::Name))
                    .col(double_null(DirLocations::Latitude))
                    .col(double_null(DirLocations::Longitude))
                    .col(string_len_null(DirLocations::Municipality, 6))
                    .col(text(DirLocations::Record))
                    .col(timestamp_with_time_zone(DirLocations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirServiceAtLocations::Table)
                    .if_not_exists()
                    .col(string_len(DirServiceAtLocations::Id, ID_LEN).primary_key())
                    .col(string_len(DirServiceAtLocations::ServiceId, ID_LEN))
                    .col(string_len_null(DirServiceAtLocations::LocationId, ID_LEN))
                    .col(text(DirServiceAtLocations::Record))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("dir_sal_service")
                    .table(DirServiceAtLocations::Table)
                    .col(DirServiceAtLocations::ServiceId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirTaxonomies::Table)
                    .if_not_exists()
                    .col(string_len(DirTaxonomies::Id, ID_LEN).primary_key())
                    .col(string(DirTaxonomies::Name))
                    .col(text(DirTaxonomies::Record))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirTaxonomyTerms::Table)
                    .if_not_exists()
                    .col(string_len(DirTaxonomyTerms::Id, ID_LEN).primary_key())
                    .col(string_len_null(DirTaxonomyTerms::TaxonomyId, ID_LEN))
                    .col(string_null(DirTaxonomyTerms::Code))
                    .col(string(DirTaxonomyTerms::Name))
                    .col(string_len_null(DirTaxonomyTerms::ParentId, ID_LEN))
                    .col(text(DirTaxonomyTerms::Record))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirTranslations::Table)
                    .if_not_exists()
                    .col(string_len(DirTranslations::Entity, 32))
                    .col(string_len(DirTranslations::EntityId, ID_LEN))
                    .col(string_len(DirTranslations::Field, 64))
                    .col(string_len(DirTranslations::Lang, 16))
                    .col(text(DirTranslations::Text))
                    .col(string_len(DirTranslations::Status, 16))
                    .col(string_len(DirTranslations::SourceHash, 64))
                    .col(timestamp_with_time_zone(DirTranslations::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(DirTranslations::Entity)
                            .col(DirTranslations::EntityId)
                            .col(DirTranslations::Field)
                            .col(DirTranslations::Lang),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DirState::Table)
                    .if_not_exists()
                    .col(integer(DirState::Id).primary_key())
                    .col(big_integer(DirState::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(DirState::Table)
                    .columns([DirState::Id, DirState::Version])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DirState::Table.into_iden(),
            DirTranslations::Table.into_iden(),
            DirTaxonomyTerms::Table.into_iden(),
            DirTaxonomies::Table.into_iden(),
            DirServiceAtLocations::Table.into_iden(),
            DirLocations::Table.into_iden(),
            DirServices::Table.into_iden(),
            DirOrganizations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
