//! Sharing with need-to-know: the legal bases recorded per person, referrals
//! to other agencies (with their sealed package), break-glass accesses, and
//! the operators' in-app notifications. Rows about a person go with the
//! person (foreign keys cascade), so erasure leaves no orphan.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, string_len, string_len_null, text, text_null, timestamp_with_time_zone,
    timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskPeople {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DeskLegalBases {
    Table,
    Id,
    PersonId,
    AgencyId,
    RecipientAgencyId,
    RecipientKind,
    Purpose,
    Basis,
    Special,
    Evidence,
    Lang,
    Reference,
    GivenOn,
    ExpiresOn,
    WithdrawnAt,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum DeskReferrals {
    Table,
    Id,
    PersonId,
    CaseId,
    FromAgencyId,
    ToAgencyId,
    BasisId,
    Purpose,
    Urgency,
    Reason,
    Parts,
    Package,
    Status,
    CreatedBy,
    CreatedAt,
    AccessUntil,
    DecidedBy,
    DecidedAt,
    Decision,
    Outcome,
    ClosedAt,
    ExpiryNoticed,
}

#[derive(DeriveIden)]
enum DeskBreakGlass {
    Table,
    Id,
    UserId,
    PersonId,
    AgencyId,
    Reason,
    StartedAt,
    EndsAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    ObjectType,
    ObjectId,
    CreatedAt,
    ReadAt,
}

fn person_fk(table: DynIden, name: &str, col: DynIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, col)
        .to(DeskPeople::Table, DeskPeople::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn index(name: &str, table: impl IntoIden, cols: Vec<DynIden>) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(c);
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DeskLegalBases::Table)
                    .if_not_exists()
                    .col(uuid(DeskLegalBases::Id).primary_key())
                    .col(uuid(DeskLegalBases::PersonId))
                    .col(uuid(DeskLegalBases::AgencyId))
                    .col(uuid_null(DeskLegalBases::RecipientAgencyId))
                    .col(string_len_null(DeskLegalBases::RecipientKind, 32))
                    .col(string_len(DeskLegalBases::Purpose, 32))
                    .col(string_len(DeskLegalBases::Basis, 32))
                    .col(boolean(DeskLegalBases::Special))
                    .col(string_len(DeskLegalBases::Evidence, 32))
                    .col(string_len_null(DeskLegalBases::Lang, 16))
                    .col(text_null(DeskLegalBases::Reference))
                    .col(string_len(DeskLegalBases::GivenOn, 10))
                    .col(string_len_null(DeskLegalBases::ExpiresOn, 10))
                    .col(timestamp_with_time_zone_null(DeskLegalBases::WithdrawnAt))
                    .col(uuid(DeskLegalBases::RecordedBy))
                    .col(timestamp_with_time_zone(DeskLegalBases::RecordedAt))
                    .foreign_key(&mut person_fk(
                        DeskLegalBases::Table.into_iden(),
                        "desk_legal_bases_person",
                        DeskLegalBases::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_legal_bases_person",
                DeskLegalBases::Table,
                vec![DeskLegalBases::PersonId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskReferrals::Table)
                    .if_not_exists()
                    .col(uuid(DeskReferrals::Id).primary_key())
                    .col(uuid(DeskReferrals::PersonId))
                    .col(uuid_null(DeskReferrals::CaseId))
                    .col(uuid(DeskReferrals::FromAgencyId))
                    .col(uuid(DeskReferrals::ToAgencyId))
                    .col(uuid(DeskReferrals::BasisId))
                    .col(string_len(DeskReferrals::Purpose, 32))
                    .col(string_len(DeskReferrals::Urgency, 16))
                    // Sealed: the reason, the package, the decision's reason
                    // and the outcome may all name the person.
                    .col(text(DeskReferrals::Reason))
                    .col(string_len(DeskReferrals::Parts, 255))
                    .col(text(DeskReferrals::Package))
                    .col(string_len(DeskReferrals::Status, 16))
                    .col(uuid(DeskReferrals::CreatedBy))
                    .col(timestamp_with_time_zone(DeskReferrals::CreatedAt))
                    .col(timestamp_with_time_zone(DeskReferrals::AccessUntil))
                    .col(uuid_null(DeskReferrals::DecidedBy))
                    .col(timestamp_with_time_zone_null(DeskReferrals::DecidedAt))
                    .col(text_null(DeskReferrals::Decision))
                    .col(text_null(DeskReferrals::Outcome))
                    .col(timestamp_with_time_zone_null(DeskReferrals::ClosedAt))
                    .col(boolean(DeskReferrals::ExpiryNoticed).default(false))
                    .foreign_key(&mut person_fk(
                        DeskReferrals::Table.into_iden(),
                        "desk_referrals_person",
                        DeskReferrals::PersonId.into_iden(),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("desk_referrals_basis")
                            .from(DeskReferrals::Table, DeskReferrals::BasisId)
                            .to(DeskLegalBases::Table, DeskLegalBases::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("desk_referrals_person", DeskReferrals::PersonId),
            ("desk_referrals_to", DeskReferrals::ToAgencyId),
            ("desk_referrals_from", DeskReferrals::FromAgencyId),
        ] {
            manager
                .create_index(index(
                    name,
                    DeskReferrals::Table,
                    vec![col.into_iden(), DeskReferrals::CreatedAt.into_iden()],
                ))
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(DeskBreakGlass::Table)
                    .if_not_exists()
                    .col(uuid(DeskBreakGlass::Id).primary_key())
                    .col(uuid(DeskBreakGlass::UserId))
                    .col(uuid(DeskBreakGlass::PersonId))
                    .col(uuid(DeskBreakGlass::AgencyId))
                    .col(text(DeskBreakGlass::Reason))
                    .col(timestamp_with_time_zone(DeskBreakGlass::StartedAt))
                    .col(timestamp_with_time_zone(DeskBreakGlass::EndsAt))
                    .foreign_key(&mut person_fk(
                        DeskBreakGlass::Table.into_iden(),
                        "desk_break_glass_person",
                        DeskBreakGlass::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_break_glass_user_person",
                DeskBreakGlass::Table,
                vec![
                    DeskBreakGlass::UserId.into_iden(),
                    DeskBreakGlass::PersonId.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .if_not_exists()
                    .col(uuid(Notifications::Id).primary_key())
                    .col(uuid(Notifications::UserId))
                    .col(string_len(Notifications::Kind, 48))
                    .col(string_len(Notifications::ObjectType, 32))
                    .col(uuid(Notifications::ObjectId))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "notifications_user",
                Notifications::Table,
                vec![
                    Notifications::UserId.into_iden(),
                    Notifications::CreatedAt.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "notifications_object",
                Notifications::Table,
                vec![Notifications::ObjectId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Notifications::Table.into_iden(),
            DeskBreakGlass::Table.into_iden(),
            DeskReferrals::Table.into_iden(),
            DeskLegalBases::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
