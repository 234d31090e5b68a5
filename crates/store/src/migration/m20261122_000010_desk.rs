//! The one-stop desk: people (names as written and their sound keys,
//! identifiers, languages, household), the configurable visit reasons,
//! visits, cases with their assessments by dimension and their notes.
//!
//! Special-category data (vulnerabilities, health and penal facts) and every
//! case note and assessment text are stored sealed (XChaCha20-Poly1305,
//! base64), bound to their row.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, integer_null, string_len, string_len_null, text, text_null, timestamp_with_time_zone,
    timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskPeople {
    Table,
    Id,
    AgencyId,
    GivenName,
    FamilyName,
    LatinName,
    BirthDate,
    BirthYear,
    Sex,
    Citizenships,
    PermitType,
    PermitExpiry,
    Phone,
    Email,
    Address,
    Sensitive,
    MergedInto,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DeskPersonNames {
    Table,
    PersonId,
    Name,
}

#[derive(DeriveIden)]
enum DeskPersonKeys {
    Table,
    PersonId,
    Key,
}

#[derive(DeriveIden)]
enum DeskPersonIdentifiers {
    Table,
    PersonId,
    Kind,
    Value,
}

#[derive(DeriveIden)]
enum DeskPersonLanguages {
    Table,
    PersonId,
    Lang,
    Level,
}

#[derive(DeriveIden)]
enum DeskHousehold {
    Table,
    PersonId,
    OtherId,
    Relation,
}

#[derive(DeriveIden)]
enum DeskVisitReasons {
    Table,
    Code,
    LabelIt,
    LabelEn,
    Active,
    Position,
}

#[derive(DeriveIden)]
enum DeskVisits {
    Table,
    Id,
    PersonId,
    AgencyId,
    At,
    Channel,
    Lang,
    Mediator,
    Reasons,
    Outcomes,
    GuideSlug,
    OperatorId,
}

#[derive(DeriveIden)]
enum DeskCases {
    Table,
    Id,
    PersonId,
    AgencyId,
    Status,
    OpenedAt,
    OpenedBy,
    ClosedAt,
    CloseReason,
    CloseOutcome,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DeskAssessments {
    Table,
    Id,
    CaseId,
    Dimension,
    NeedLevel,
    Notes,
    AssessedAt,
    AssessedBy,
}

#[derive(DeriveIden)]
enum DeskCaseNotes {
    Table,
    Id,
    CaseId,
    Class,
    Body,
    AuthorId,
    CreatedAt,
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
                    .table(DeskPeople::Table)
                    .if_not_exists()
                    .col(uuid(DeskPeople::Id).primary_key())
                    .col(uuid(DeskPeople::AgencyId))
                    .col(string_len(DeskPeople::GivenName, 200))
                    .col(string_len(DeskPeople::FamilyName, 200))
                    .col(string_len(DeskPeople::LatinName, 400))
                    .col(string_len_null(DeskPeople::BirthDate, 10))
                    .col(integer_null(DeskPeople::BirthYear))
                    .col(string_len_null(DeskPeople::Sex, 8))
                    .col(string_len(DeskPeople::Citizenships, 64))
                    .col(string_len_null(DeskPeople::PermitType, 64))
                    .col(string_len_null(DeskPeople::PermitExpiry, 10))
                    .col(string_len_null(DeskPeople::Phone, 32))
                    .col(string_len_null(DeskPeople::Email, 254))
                    .col(text_null(DeskPeople::Address))
                    .col(text_null(DeskPeople::Sensitive))
                    .col(uuid_null(DeskPeople::MergedInto))
                    .col(timestamp_with_time_zone(DeskPeople::CreatedAt))
                    .col(uuid(DeskPeople::CreatedBy))
                    .col(timestamp_with_time_zone(DeskPeople::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_people_agency",
                DeskPeople::Table,
                vec![DeskPeople::AgencyId.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "desk_people_permit_expiry",
                DeskPeople::Table,
                vec![DeskPeople::PermitExpiry.into_iden()],
            ))
            .await?;
        let person_fk = |table: DynIden, name: &str, col: DynIden| {
            ForeignKey::create()
                .name(name)
                .from(table, col)
                .to(DeskPeople::Table, DeskPeople::Id)
                .on_delete(ForeignKeyAction::Cascade)
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(DeskPersonNames::Table)
                    .if_not_exists()
                    .col(uuid(DeskPersonNames::PersonId))
                    .col(string_len(DeskPersonNames::Name, 200))
                    .primary_key(
                        Index::create()
                            .col(DeskPersonNames::PersonId)
                            .col(DeskPersonNames::Name),
                    )
                    .foreign_key(&mut person_fk(
                        DeskPersonNames::Table.into_iden(),
                        "desk_person_names_person",
                        DeskPersonNames::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskPersonKeys::Table)
                    .if_not_exists()
                    .col(string_len(DeskPersonKeys::Key, 64))
                    .col(uuid(DeskPersonKeys::PersonId))
                    .primary_key(
                        Index::create()
                            .col(DeskPersonKeys::Key)
                            .col(DeskPersonKeys::PersonId),
                    )
                    .foreign_key(&mut person_fk(
                        DeskPersonKeys::Table.into_iden(),
                        "desk_person_keys_person",
                        DeskPersonKeys::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_person_keys_person",
                DeskPersonKeys::Table,
                vec![DeskPersonKeys::PersonId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskPersonIdentifiers::Table)
                    .if_not_exists()
                    .col(string_len(DeskPersonIdentifiers::Kind, 16))
                    .col(string_len(DeskPersonIdentifiers::Value, 32))
                    .col(uuid(DeskPersonIdentifiers::PersonId))
                    .primary_key(
                        Index::create()
                            .col(DeskPersonIdentifiers::Kind)
                            .col(DeskPersonIdentifiers::Value)
                            .col(DeskPersonIdentifiers::PersonId),
                    )
                    .foreign_key(&mut person_fk(
                        DeskPersonIdentifiers::Table.into_iden(),
                        "desk_person_identifiers_person",
                        DeskPersonIdentifiers::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_person_identifiers_person",
                DeskPersonIdentifiers::Table,
                vec![DeskPersonIdentifiers::PersonId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskPersonLanguages::Table)
                    .if_not_exists()
                    .col(uuid(DeskPersonLanguages::PersonId))
                    .col(string_len(DeskPersonLanguages::Lang, 16))
                    .col(string_len(DeskPersonLanguages::Level, 16))
                    .primary_key(
                        Index::create()
                            .col(DeskPersonLanguages::PersonId)
                            .col(DeskPersonLanguages::Lang),
                    )
                    .foreign_key(&mut person_fk(
                        DeskPersonLanguages::Table.into_iden(),
                        "desk_person_languages_person",
                        DeskPersonLanguages::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskHousehold::Table)
                    .if_not_exists()
                    .col(uuid(DeskHousehold::PersonId))
                    .col(uuid(DeskHousehold::OtherId))
                    .col(string_len(DeskHousehold::Relation, 16))
                    .primary_key(
                        Index::create()
                            .col(DeskHousehold::PersonId)
                            .col(DeskHousehold::OtherId),
                    )
                    .foreign_key(&mut person_fk(
                        DeskHousehold::Table.into_iden(),
                        "desk_household_person",
                        DeskHousehold::PersonId.into_iden(),
                    ))
                    .foreign_key(&mut person_fk(
                        DeskHousehold::Table.into_iden(),
                        "desk_household_other",
                        DeskHousehold::OtherId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskVisitReasons::Table)
                    .if_not_exists()
                    .col(string_len(DeskVisitReasons::Code, 32).primary_key())
                    .col(string_len(DeskVisitReasons::LabelIt, 120))
                    .col(string_len(DeskVisitReasons::LabelEn, 120))
                    .col(boolean(DeskVisitReasons::Active))
                    .col(sea_orm_migration::schema::integer(
                        DeskVisitReasons::Position,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskVisits::Table)
                    .if_not_exists()
                    .col(uuid(DeskVisits::Id).primary_key())
                    .col(uuid(DeskVisits::PersonId))
                    .col(uuid(DeskVisits::AgencyId))
                    .col(timestamp_with_time_zone(DeskVisits::At))
                    .col(string_len(DeskVisits::Channel, 16))
                    .col(string_len_null(DeskVisits::Lang, 16))
                    .col(boolean(DeskVisits::Mediator))
                    .col(string_len(DeskVisits::Reasons, 400))
                    .col(string_len(DeskVisits::Outcomes, 200))
                    .col(string_len_null(DeskVisits::GuideSlug, 120))
                    .col(uuid(DeskVisits::OperatorId))
                    .foreign_key(&mut person_fk(
                        DeskVisits::Table.into_iden(),
                        "desk_visits_person",
                        DeskVisits::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_visits_person_at",
                DeskVisits::Table,
                vec![DeskVisits::PersonId.into_iden(), DeskVisits::At.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "desk_visits_agency_at",
                DeskVisits::Table,
                vec![DeskVisits::AgencyId.into_iden(), DeskVisits::At.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskCases::Table)
                    .if_not_exists()
                    .col(uuid(DeskCases::Id).primary_key())
                    .col(uuid(DeskCases::PersonId))
                    .col(uuid(DeskCases::AgencyId))
                    .col(string_len(DeskCases::Status, 16))
                    .col(timestamp_with_time_zone(DeskCases::OpenedAt))
                    .col(uuid(DeskCases::OpenedBy))
                    .col(timestamp_with_time_zone_null(DeskCases::ClosedAt))
                    .col(text_null(DeskCases::CloseReason))
                    .col(string_len_null(DeskCases::CloseOutcome, 32))
                    .col(timestamp_with_time_zone(DeskCases::UpdatedAt))
                    .foreign_key(&mut person_fk(
                        DeskCases::Table.into_iden(),
                        "desk_cases_person",
                        DeskCases::PersonId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_cases_person",
                DeskCases::Table,
                vec![DeskCases::PersonId.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "desk_cases_agency_status",
                DeskCases::Table,
                vec![
                    DeskCases::AgencyId.into_iden(),
                    DeskCases::Status.into_iden(),
                ],
            ))
            .await?;
        let case_fk = |table: DynIden, name: &str, col: DynIden| {
            ForeignKey::create()
                .name(name)
                .from(table, col)
                .to(DeskCases::Table, DeskCases::Id)
                .on_delete(ForeignKeyAction::Cascade)
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(DeskAssessments::Table)
                    .if_not_exists()
                    .col(uuid(DeskAssessments::Id).primary_key())
                    .col(uuid(DeskAssessments::CaseId))
                    .col(string_len(DeskAssessments::Dimension, 16))
                    .col(string_len(DeskAssessments::NeedLevel, 16))
                    .col(text(DeskAssessments::Notes))
                    .col(timestamp_with_time_zone(DeskAssessments::AssessedAt))
                    .col(uuid(DeskAssessments::AssessedBy))
                    .foreign_key(&mut case_fk(
                        DeskAssessments::Table.into_iden(),
                        "desk_assessments_case",
                        DeskAssessments::CaseId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_assessments_case",
                DeskAssessments::Table,
                vec![DeskAssessments::CaseId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskCaseNotes::Table)
                    .if_not_exists()
                    .col(uuid(DeskCaseNotes::Id).primary_key())
                    .col(uuid(DeskCaseNotes::CaseId))
                    .col(string_len(DeskCaseNotes::Class, 16))
                    .col(text(DeskCaseNotes::Body))
                    .col(uuid(DeskCaseNotes::AuthorId))
                    .col(timestamp_with_time_zone(DeskCaseNotes::CreatedAt))
                    .foreign_key(&mut case_fk(
                        DeskCaseNotes::Table.into_iden(),
                        "desk_case_notes_case",
                        DeskCaseNotes::CaseId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_case_notes_case",
                DeskCaseNotes::Table,
                vec![DeskCaseNotes::CaseId.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DeskCaseNotes::Table.into_iden(),
            DeskAssessments::Table.into_iden(),
            DeskCases::Table.into_iden(),
            DeskVisits::Table.into_iden(),
            DeskVisitReasons::Table.into_iden(),
            DeskHousehold::Table.into_iden(),
            DeskPersonLanguages::Table.into_iden(),
            DeskPersonIdentifiers::Table.into_iden(),
            DeskPersonKeys::Table.into_iden(),
            DeskPersonNames::Table.into_iden(),
            DeskPeople::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
