//! The desk's working tools: the team of a case, its plan (goals, actions)
//! and tasks, its documents (sealed at rest), appointments, outreach desks
//! with their recurring sessions (wall-clock Italian time, as a calendar
//! keeps it: `YYYY-MM-DD HH:MM`), and the private calendar feed tokens. A
//! visit may now name the outreach desk it happened at.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    blob, boolean, integer, string_len, string_len_null, text_null, timestamp_with_time_zone, uuid,
    uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskCases {
    Table,
    Id,
    OpenedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DeskPeople {
    Table,
    Id,
    AgencyId,
    PermitExpiry,
}

#[derive(DeriveIden)]
enum DeskVisits {
    Table,
    OutreachId,
}

#[derive(DeriveIden)]
enum DeskCaseMembers {
    Table,
    CaseId,
    OperatorId,
    Profession,
    AddedAt,
}

#[derive(DeriveIden)]
enum DeskTasks {
    Table,
    Id,
    CaseId,
    Kind,
    GoalId,
    Title,
    OwnerId,
    Due,
    RemindOn,
    Status,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DeskDocuments {
    Table,
    Id,
    CaseId,
    Name,
    ContentType,
    Size,
    Body,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum DeskOutreach {
    Table,
    Id,
    AgencyId,
    Name,
    Place,
    Address,
    Weekday,
    Starts,
    Ends,
    ValidFrom,
    ValidUntil,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DeskAppointments {
    Table,
    Id,
    AgencyId,
    OperatorId,
    PersonId,
    OutreachId,
    Starts,
    Minutes,
    Purpose,
    Status,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DeskCalendarTokens {
    Table,
    OperatorId,
    TokenHash,
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

fn case_fk(table: DynIden, name: &str, col: DynIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, col)
        .to(DeskCases::Table, DeskCases::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DeskVisits::Table)
                    .add_column(uuid_null(DeskVisits::OutreachId))
                    .to_owned(),
            )
            .await?;
        // Permits to renew, per desk, soonest first.
        manager
            .create_index(index(
                "desk_people_agency_permit",
                DeskPeople::Table,
                vec![
                    DeskPeople::AgencyId.into_iden(),
                    DeskPeople::PermitExpiry.into_iden(),
                ],
            ))
            .await?;
        // The dashboard's "my open cases".
        manager
            .create_index(index(
                "desk_cases_opened_by",
                DeskCases::Table,
                vec![
                    DeskCases::OpenedBy.into_iden(),
                    DeskCases::UpdatedAt.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskCaseMembers::Table)
                    .if_not_exists()
                    .col(uuid(DeskCaseMembers::CaseId))
                    .col(uuid(DeskCaseMembers::OperatorId))
                    .col(string_len(DeskCaseMembers::Profession, 32))
                    .col(timestamp_with_time_zone(DeskCaseMembers::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(DeskCaseMembers::CaseId)
                            .col(DeskCaseMembers::OperatorId),
                    )
                    .foreign_key(&mut case_fk(
                        DeskCaseMembers::Table.into_iden(),
                        "desk_case_members_case",
                        DeskCaseMembers::CaseId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_case_members_operator",
                DeskCaseMembers::Table,
                vec![
                    DeskCaseMembers::OperatorId.into_iden(),
                    DeskCaseMembers::AddedAt.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskTasks::Table)
                    .if_not_exists()
                    .col(uuid(DeskTasks::Id).primary_key())
                    .col(uuid(DeskTasks::CaseId))
                    .col(string_len(DeskTasks::Kind, 16))
                    .col(uuid_null(DeskTasks::GoalId))
                    .col(string_len(DeskTasks::Title, 400))
                    .col(uuid_null(DeskTasks::OwnerId))
                    .col(string_len_null(DeskTasks::Due, 10))
                    .col(string_len_null(DeskTasks::RemindOn, 10))
                    .col(string_len(DeskTasks::Status, 16))
                    .col(uuid(DeskTasks::CreatedBy))
                    .col(timestamp_with_time_zone(DeskTasks::CreatedAt))
                    .col(timestamp_with_time_zone(DeskTasks::UpdatedAt))
                    .foreign_key(&mut case_fk(
                        DeskTasks::Table.into_iden(),
                        "desk_tasks_case",
                        DeskTasks::CaseId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_tasks_case",
                DeskTasks::Table,
                vec![DeskTasks::CaseId.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "desk_tasks_owner_status_due",
                DeskTasks::Table,
                vec![
                    DeskTasks::OwnerId.into_iden(),
                    DeskTasks::Status.into_iden(),
                    DeskTasks::Due.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskDocuments::Table)
                    .if_not_exists()
                    .col(uuid(DeskDocuments::Id).primary_key())
                    .col(uuid(DeskDocuments::CaseId))
                    .col(string_len(DeskDocuments::Name, 200))
                    .col(string_len(DeskDocuments::ContentType, 64))
                    .col(integer(DeskDocuments::Size))
                    .col(blob(DeskDocuments::Body))
                    .col(uuid(DeskDocuments::UploadedBy))
                    .col(timestamp_with_time_zone(DeskDocuments::UploadedAt))
                    .foreign_key(&mut case_fk(
                        DeskDocuments::Table.into_iden(),
                        "desk_documents_case",
                        DeskDocuments::CaseId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_documents_case",
                DeskDocuments::Table,
                vec![DeskDocuments::CaseId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskOutreach::Table)
                    .if_not_exists()
                    .col(uuid(DeskOutreach::Id).primary_key())
                    .col(uuid(DeskOutreach::AgencyId))
                    .col(string_len(DeskOutreach::Name, 200))
                    .col(string_len(DeskOutreach::Place, 200))
                    .col(text_null(DeskOutreach::Address))
                    .col(integer(DeskOutreach::Weekday))
                    .col(string_len(DeskOutreach::Starts, 5))
                    .col(string_len(DeskOutreach::Ends, 5))
                    .col(string_len(DeskOutreach::ValidFrom, 10))
                    .col(string_len_null(DeskOutreach::ValidUntil, 10))
                    .col(boolean(DeskOutreach::Active))
                    .col(timestamp_with_time_zone(DeskOutreach::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "desk_outreach_agency",
                DeskOutreach::Table,
                vec![DeskOutreach::AgencyId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskAppointments::Table)
                    .if_not_exists()
                    .col(uuid(DeskAppointments::Id).primary_key())
                    .col(uuid(DeskAppointments::AgencyId))
                    .col(uuid_null(DeskAppointments::OperatorId))
                    .col(uuid_null(DeskAppointments::PersonId))
                    .col(uuid_null(DeskAppointments::OutreachId))
                    .col(string_len(DeskAppointments::Starts, 16))
                    .col(integer(DeskAppointments::Minutes))
                    .col(string_len(DeskAppointments::Purpose, 200))
                    .col(string_len(DeskAppointments::Status, 16))
                    .col(uuid(DeskAppointments::CreatedBy))
                    .col(timestamp_with_time_zone(DeskAppointments::CreatedAt))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .name("desk_appointments_person")
                            .from(DeskAppointments::Table, DeskAppointments::PersonId)
                            .to(DeskPeople::Table, DeskPeople::Id)
                            .on_delete(ForeignKeyAction::Cascade)
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("desk_appointments_operator", DeskAppointments::OperatorId),
            ("desk_appointments_agency", DeskAppointments::AgencyId),
        ] {
            manager
                .create_index(index(
                    name,
                    DeskAppointments::Table,
                    vec![col.into_iden(), DeskAppointments::Starts.into_iden()],
                ))
                .await?;
        }
        manager
            .create_index(index(
                "desk_appointments_person",
                DeskAppointments::Table,
                vec![DeskAppointments::PersonId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeskCalendarTokens::Table)
                    .if_not_exists()
                    .col(uuid(DeskCalendarTokens::OperatorId).primary_key())
                    .col(string_len(DeskCalendarTokens::TokenHash, 64))
                    .col(timestamp_with_time_zone(DeskCalendarTokens::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("desk_calendar_tokens_hash")
                    .table(DeskCalendarTokens::Table)
                    .col(DeskCalendarTokens::TokenHash)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DeskCalendarTokens::Table.into_iden(),
            DeskAppointments::Table.into_iden(),
            DeskOutreach::Table.into_iden(),
            DeskDocuments::Table.into_iden(),
            DeskTasks::Table.into_iden(),
            DeskCaseMembers::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(DeskVisits::Table)
                    .drop_column(DeskVisits::OutreachId)
                    .to_owned(),
            )
            .await
    }
}
