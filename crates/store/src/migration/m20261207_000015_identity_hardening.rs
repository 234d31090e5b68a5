//! Identity hardening: grants waiting for a second administrator's approval
//! ("four eyes") and the binding of an operator to their identity provider's
//! (issuer, subject).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    char_len_null, string, string_null, text_null, timestamp_with_time_zone, uuid,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum GrantRequests {
    Table,
    Id,
    UserId,
    RoleId,
    AgencyId,
    ScopeKind,
    ScopeRegion,
    ScopeProvince,
    ScopeMunicipality,
    RequestedBy,
    RequestedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    OidcIssuer,
    OidcSubject,
}

#[derive(DeriveIden)]
enum Roles {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A pending grant is not a grant: it lives in its own table, so that
        // nothing that reads `grants` (the policy's subject above all) can
        // count it by mistake.
        manager
            .create_table(
                Table::create()
                    .table(GrantRequests::Table)
                    .if_not_exists()
                    .col(uuid(GrantRequests::Id).primary_key())
                    .col(uuid(GrantRequests::UserId))
                    .col(uuid(GrantRequests::RoleId))
                    .col(uuid(GrantRequests::AgencyId))
                    .col(string(GrantRequests::ScopeKind))
                    .col(string_null(GrantRequests::ScopeRegion))
                    .col(char_len_null(GrantRequests::ScopeProvince, 3))
                    .col(char_len_null(GrantRequests::ScopeMunicipality, 6))
                    .col(uuid(GrantRequests::RequestedBy))
                    .col(timestamp_with_time_zone(GrantRequests::RequestedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("grant_requests_user")
                            .from(GrantRequests::Table, GrantRequests::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("grant_requests_role")
                            .from(GrantRequests::Table, GrantRequests::RoleId)
                            .to(Roles::Table, Roles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("grant_requests_agency")
                            .from(GrantRequests::Table, GrantRequests::AgencyId)
                            .to(Agencies::Table, Agencies::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("grant_requests_requested_by")
                            .from(GrantRequests::Table, GrantRequests::RequestedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("grant_requests_user_id")
                    .table(GrantRequests::Table)
                    .col(GrantRequests::UserId)
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for column in [text_null(Users::OidcIssuer), text_null(Users::OidcSubject)] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // One operator per identity at the provider. Unbound operators (both
        // NULL) do not collide: NULLs are distinct in a unique index on both
        // backends.
        manager
            .create_index(
                Index::create()
                    .name("users_oidc_identity")
                    .table(Users::Table)
                    .col(Users::OidcIssuer)
                    .col(Users::OidcSubject)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("users_oidc_identity")
                    .table(Users::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Users::OidcIssuer, Users::OidcSubject] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(GrantRequests::Table).to_owned())
            .await
    }
}
