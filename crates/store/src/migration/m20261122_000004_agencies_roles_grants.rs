//! Agencies of the network, roles (named permission sets) and grants
//! (role x agency x scope for a user).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, char_len_null, string, string_null, string_uniq, text, timestamp_with_time_zone, uuid,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
    Name,
    Kind,
    TerritoryRegion,
    TerritoryProvince,
    TerritoryMunicipality,
    Email,
    Phone,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Roles {
    Table,
    Id,
    Name,
    Permissions,
    Builtin,
}

#[derive(DeriveIden)]
enum Grants {
    Table,
    Id,
    UserId,
    RoleId,
    AgencyId,
    ScopeKind,
    ScopeRegion,
    ScopeProvince,
    ScopeMunicipality,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Agencies::Table)
                    .if_not_exists()
                    .col(uuid(Agencies::Id).primary_key())
                    .col(string(Agencies::Name))
                    .col(string(Agencies::Kind))
                    .col(string(Agencies::TerritoryRegion))
                    .col(char_len_null(Agencies::TerritoryProvince, 3))
                    .col(char_len_null(Agencies::TerritoryMunicipality, 6))
                    .col(string_null(Agencies::Email))
                    .col(string_null(Agencies::Phone))
                    .col(boolean(Agencies::Active).default(true))
                    .col(timestamp_with_time_zone(Agencies::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Roles::Table)
                    .if_not_exists()
                    .col(uuid(Roles::Id).primary_key())
                    .col(string_uniq(Roles::Name))
                    // Permission ids, one per line: an opaque list, parsed in Rust.
                    .col(text(Roles::Permissions))
                    .col(boolean(Roles::Builtin).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Grants::Table)
                    .if_not_exists()
                    .col(uuid(Grants::Id).primary_key())
                    .col(uuid(Grants::UserId))
                    .col(uuid(Grants::RoleId))
                    .col(uuid(Grants::AgencyId))
                    .col(string(Grants::ScopeKind))
                    .col(string_null(Grants::ScopeRegion))
                    .col(char_len_null(Grants::ScopeProvince, 3))
                    .col(char_len_null(Grants::ScopeMunicipality, 6))
                    .foreign_key(
                        ForeignKey::create()
                            .name("grants_user")
                            .from(Grants::Table, Grants::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("grants_role")
                            .from(Grants::Table, Grants::RoleId)
                            .to(Roles::Table, Roles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("grants_agency")
                            .from(Grants::Table, Grants::AgencyId)
                            .to(Agencies::Table, Agencies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("grants_user_id")
                    .table(Grants::Table)
                    .col(Grants::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Grants::Table.into_iden(),
            Roles::Table.into_iden(),
            Agencies::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
