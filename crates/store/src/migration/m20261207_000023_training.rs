//! Training the operators: territorial areas made of provinces, thematic
//! lines, courses with their trainers, editions of a course in an area with
//! their sessions, enrolments with a waiting list, attendance per session
//! and certificates with their public verification code.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, integer, integer_null, string_len, string_len_null, text, text_null,
    timestamp_with_time_zone, timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum TrainingAreas {
    Table,
    Code,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum TrainingAreaProvinces {
    Table,
    AreaCode,
    Province,
}

#[derive(DeriveIden)]
enum TrainingLines {
    Table,
    Code,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum TrainingCourses {
    Table,
    Id,
    Title,
    LineCode,
    Format,
    Minutes,
    Professions,
    Description,
    CompletionPercent,
    CompletionMark,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TrainingCourseTrainers {
    Table,
    Id,
    CourseId,
    UserId,
    ExternalName,
}

#[derive(DeriveIden)]
enum TrainingEditions {
    Table,
    Id,
    CourseId,
    AreaCode,
    Seats,
    EnrolOpens,
    EnrolCloses,
    StartsOn,
    EndsOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrainingSessions {
    Table,
    Id,
    EditionId,
    StartsAt,
    Minutes,
    LocationId,
    Place,
    OnlineUrl,
}

#[derive(DeriveIden)]
enum TrainingEnrolments {
    Table,
    Id,
    EditionId,
    UserId,
    Status,
    RequestedAt,
    EnrolledBy,
    Marked,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TrainingAttendance {
    Table,
    SessionId,
    UserId,
    Mark,
    Minutes,
    Source,
    RecordedAt,
    RecordedBy,
}

#[derive(DeriveIden)]
enum TrainingCertificates {
    Table,
    Id,
    Code,
    EditionId,
    UserId,
    HolderName,
    CourseTitle,
    HalfHours,
    IssuedAt,
    RevokedAt,
    RevokedReason,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrainingAreas::Table)
                    .if_not_exists()
                    .col(string_len(TrainingAreas::Code, 40).primary_key())
                    .col(string_len(TrainingAreas::Name, 200))
                    .col(integer(TrainingAreas::Position))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingAreaProvinces::Table)
                    .if_not_exists()
                    .col(string_len(TrainingAreaProvinces::AreaCode, 40))
                    .col(string_len(TrainingAreaProvinces::Province, 8))
                    .primary_key(
                        Index::create()
                            .col(TrainingAreaProvinces::AreaCode)
                            .col(TrainingAreaProvinces::Province),
                    )
                    .foreign_key(&mut fk(
                        "training_area_provinces_area",
                        (
                            TrainingAreaProvinces::Table,
                            TrainingAreaProvinces::AreaCode,
                        ),
                        (TrainingAreas::Table, TrainingAreas::Code),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingLines::Table)
                    .if_not_exists()
                    .col(string_len(TrainingLines::Code, 40).primary_key())
                    .col(string_len(TrainingLines::Name, 200))
                    .col(integer(TrainingLines::Position))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingCourses::Table)
                    .if_not_exists()
                    .col(uuid(TrainingCourses::Id).primary_key())
                    .col(string_len(TrainingCourses::Title, 300))
                    .col(string_len(TrainingCourses::LineCode, 40))
                    .col(string_len(TrainingCourses::Format, 16))
                    .col(integer(TrainingCourses::Minutes))
                    .col(text(TrainingCourses::Professions))
                    .col(text(TrainingCourses::Description))
                    .col(integer_null(TrainingCourses::CompletionPercent))
                    .col(boolean(TrainingCourses::CompletionMark))
                    .col(uuid_null(TrainingCourses::CreatedBy))
                    .col(timestamp_with_time_zone(TrainingCourses::CreatedAt))
                    .col(timestamp_with_time_zone(TrainingCourses::UpdatedAt))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .name("training_courses_line")
                            .from(TrainingCourses::Table, TrainingCourses::LineCode)
                            .to(TrainingLines::Table, TrainingLines::Code)
                            .on_delete(ForeignKeyAction::Restrict)
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingCourseTrainers::Table)
                    .if_not_exists()
                    .col(uuid(TrainingCourseTrainers::Id).primary_key())
                    .col(uuid(TrainingCourseTrainers::CourseId))
                    .col(uuid_null(TrainingCourseTrainers::UserId))
                    .col(string_len_null(TrainingCourseTrainers::ExternalName, 200))
                    .foreign_key(&mut fk(
                        "training_course_trainers_course",
                        (
                            TrainingCourseTrainers::Table,
                            TrainingCourseTrainers::CourseId,
                        ),
                        (TrainingCourses::Table, TrainingCourses::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingEditions::Table)
                    .if_not_exists()
                    .col(uuid(TrainingEditions::Id).primary_key())
                    .col(uuid(TrainingEditions::CourseId))
                    .col(string_len(TrainingEditions::AreaCode, 40))
                    .col(integer(TrainingEditions::Seats))
                    .col(timestamp_with_time_zone(TrainingEditions::EnrolOpens))
                    .col(timestamp_with_time_zone(TrainingEditions::EnrolCloses))
                    .col(string_len(TrainingEditions::StartsOn, 10))
                    .col(string_len(TrainingEditions::EndsOn, 10))
                    .col(timestamp_with_time_zone(TrainingEditions::CreatedAt))
                    .foreign_key(&mut fk(
                        "training_editions_course",
                        (TrainingEditions::Table, TrainingEditions::CourseId),
                        (TrainingCourses::Table, TrainingCourses::Id),
                    ))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .name("training_editions_area")
                            .from(TrainingEditions::Table, TrainingEditions::AreaCode)
                            .to(TrainingAreas::Table, TrainingAreas::Code)
                            .on_delete(ForeignKeyAction::Restrict)
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSessions::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSessions::Id).primary_key())
                    .col(uuid(TrainingSessions::EditionId))
                    .col(timestamp_with_time_zone(TrainingSessions::StartsAt))
                    .col(integer(TrainingSessions::Minutes))
                    .col(string_len_null(TrainingSessions::LocationId, 64))
                    .col(text_null(TrainingSessions::Place))
                    .col(string_len_null(TrainingSessions::OnlineUrl, 500))
                    .foreign_key(&mut fk(
                        "training_sessions_edition",
                        (TrainingSessions::Table, TrainingSessions::EditionId),
                        (TrainingEditions::Table, TrainingEditions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingEnrolments::Table)
                    .if_not_exists()
                    .col(uuid(TrainingEnrolments::Id).primary_key())
                    .col(uuid(TrainingEnrolments::EditionId))
                    .col(uuid(TrainingEnrolments::UserId))
                    .col(string_len(TrainingEnrolments::Status, 16))
                    .col(timestamp_with_time_zone(TrainingEnrolments::RequestedAt))
                    .col(uuid_null(TrainingEnrolments::EnrolledBy))
                    .col(boolean(TrainingEnrolments::Marked))
                    .col(timestamp_with_time_zone(TrainingEnrolments::UpdatedAt))
                    .foreign_key(&mut fk(
                        "training_enrolments_edition",
                        (TrainingEnrolments::Table, TrainingEnrolments::EditionId),
                        (TrainingEditions::Table, TrainingEditions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingAttendance::Table)
                    .if_not_exists()
                    .col(uuid(TrainingAttendance::SessionId))
                    .col(uuid(TrainingAttendance::UserId))
                    .col(string_len(TrainingAttendance::Mark, 16))
                    .col(integer_null(TrainingAttendance::Minutes))
                    .col(string_len(TrainingAttendance::Source, 16))
                    .col(timestamp_with_time_zone(TrainingAttendance::RecordedAt))
                    .col(uuid_null(TrainingAttendance::RecordedBy))
                    .primary_key(
                        Index::create()
                            .col(TrainingAttendance::SessionId)
                            .col(TrainingAttendance::UserId),
                    )
                    .foreign_key(&mut fk(
                        "training_attendance_session",
                        (TrainingAttendance::Table, TrainingAttendance::SessionId),
                        (TrainingSessions::Table, TrainingSessions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingCertificates::Table)
                    .if_not_exists()
                    .col(uuid(TrainingCertificates::Id).primary_key())
                    .col(string_len(TrainingCertificates::Code, 10))
                    .col(uuid(TrainingCertificates::EditionId))
                    .col(uuid(TrainingCertificates::UserId))
                    .col(string_len(TrainingCertificates::HolderName, 200))
                    .col(string_len(TrainingCertificates::CourseTitle, 300))
                    .col(integer(TrainingCertificates::HalfHours))
                    .col(timestamp_with_time_zone(TrainingCertificates::IssuedAt))
                    .col(timestamp_with_time_zone_null(
                        TrainingCertificates::RevokedAt,
                    ))
                    .col(string_len_null(TrainingCertificates::RevokedReason, 500))
                    .foreign_key(&mut fk(
                        "training_certificates_edition",
                        (TrainingCertificates::Table, TrainingCertificates::EditionId),
                        (TrainingEditions::Table, TrainingEditions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, table, cols, unique) in [
            (
                "training_enrolments_one",
                TrainingEnrolments::Table.into_iden(),
                vec![
                    TrainingEnrolments::EditionId.into_iden(),
                    TrainingEnrolments::UserId.into_iden(),
                ],
                true,
            ),
            (
                "training_enrolments_user",
                TrainingEnrolments::Table.into_iden(),
                vec![TrainingEnrolments::UserId.into_iden()],
                false,
            ),
            (
                "training_sessions_edition_start",
                TrainingSessions::Table.into_iden(),
                vec![
                    TrainingSessions::EditionId.into_iden(),
                    TrainingSessions::StartsAt.into_iden(),
                ],
                false,
            ),
            (
                "training_editions_course",
                TrainingEditions::Table.into_iden(),
                vec![TrainingEditions::CourseId.into_iden()],
                false,
            ),
            (
                "training_attendance_user",
                TrainingAttendance::Table.into_iden(),
                vec![TrainingAttendance::UserId.into_iden()],
                false,
            ),
            (
                "training_certificates_code",
                TrainingCertificates::Table.into_iden(),
                vec![TrainingCertificates::Code.into_iden()],
                true,
            ),
            (
                "training_certificates_holder",
                TrainingCertificates::Table.into_iden(),
                vec![TrainingCertificates::UserId.into_iden()],
                false,
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(table);
            for c in cols {
                index.col(c);
            }
            if unique {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TrainingCertificates::Table.into_iden(),
            TrainingAttendance::Table.into_iden(),
            TrainingEnrolments::Table.into_iden(),
            TrainingSessions::Table.into_iden(),
            TrainingEditions::Table.into_iden(),
            TrainingCourseTrainers::Table.into_iden(),
            TrainingCourses::Table.into_iden(),
            TrainingLines::Table.into_iden(),
            TrainingAreaProvinces::Table.into_iden(),
            TrainingAreas::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
