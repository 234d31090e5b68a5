//! Needs surveys: a survey's form (JSON of the domain's `SurveyForm`), the
//! period it is open and to whom (agencies, provinces, a public link), who
//! answered (to answer once, never joined to what they answered), the
//! responses with the respondent's agency kind, profession and province,
//! one row per answered choice, point or text, and the needs a course
//! answers.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer_null, string_len, string_len_null, text, text_null, timestamp_with_time_zone,
    timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum TrainingSurveys {
    Table,
    Id,
    Title,
    Description,
    Definition,
    OpensAt,
    ClosesAt,
    PublicToken,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TrainingSurveyAudience {
    Table,
    SurveyId,
    Scope,
    Code,
}

#[derive(DeriveIden)]
enum TrainingSurveyRespondents {
    Table,
    SurveyId,
    UserId,
}

#[derive(DeriveIden)]
enum TrainingSurveyResponses {
    Table,
    Id,
    SurveyId,
    AgencyKind,
    Profession,
    Province,
    Via,
    SubmittedOn,
}

#[derive(DeriveIden)]
enum TrainingSurveyAnswers {
    Table,
    Id,
    ResponseId,
    SurveyId,
    Question,
    Choice,
    Value,
    Words,
}

#[derive(DeriveIden)]
enum TrainingCourseNeeds {
    Table,
    CourseId,
    SurveyId,
    Question,
    Choice,
}

#[derive(DeriveIden)]
enum TrainingCourses {
    Table,
    Id,
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
                    .table(TrainingSurveys::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSurveys::Id).primary_key())
                    .col(string_len(TrainingSurveys::Title, 300))
                    .col(text(TrainingSurveys::Description))
                    .col(text(TrainingSurveys::Definition))
                    .col(timestamp_with_time_zone_null(TrainingSurveys::OpensAt))
                    .col(timestamp_with_time_zone_null(TrainingSurveys::ClosesAt))
                    .col(string_len_null(TrainingSurveys::PublicToken, 64).unique_key())
                    .col(uuid_null(TrainingSurveys::CreatedBy))
                    .col(timestamp_with_time_zone(TrainingSurveys::CreatedAt))
                    .col(timestamp_with_time_zone(TrainingSurveys::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSurveyAudience::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSurveyAudience::SurveyId))
                    .col(string_len(TrainingSurveyAudience::Scope, 16))
                    .col(string_len(TrainingSurveyAudience::Code, 64))
                    .primary_key(
                        Index::create()
                            .col(TrainingSurveyAudience::SurveyId)
                            .col(TrainingSurveyAudience::Scope)
                            .col(TrainingSurveyAudience::Code),
                    )
                    .foreign_key(&mut fk(
                        "training_survey_audience_survey",
                        (
                            TrainingSurveyAudience::Table,
                            TrainingSurveyAudience::SurveyId,
                        ),
                        (TrainingSurveys::Table, TrainingSurveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSurveyRespondents::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSurveyRespondents::SurveyId))
                    .col(uuid(TrainingSurveyRespondents::UserId))
                    .primary_key(
                        Index::create()
                            .col(TrainingSurveyRespondents::SurveyId)
                            .col(TrainingSurveyRespondents::UserId),
                    )
                    .foreign_key(&mut fk(
                        "training_survey_respondents_survey",
                        (
                            TrainingSurveyRespondents::Table,
                            TrainingSurveyRespondents::SurveyId,
                        ),
                        (TrainingSurveys::Table, TrainingSurveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSurveyResponses::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSurveyResponses::Id).primary_key())
                    .col(uuid(TrainingSurveyResponses::SurveyId))
                    .col(string_len(TrainingSurveyResponses::AgencyKind, 40))
                    .col(string_len(TrainingSurveyResponses::Profession, 40))
                    .col(string_len(TrainingSurveyResponses::Province, 8))
                    .col(string_len(TrainingSurveyResponses::Via, 16))
                    .col(string_len(TrainingSurveyResponses::SubmittedOn, 10))
                    .foreign_key(&mut fk(
                        "training_survey_responses_survey",
                        (
                            TrainingSurveyResponses::Table,
                            TrainingSurveyResponses::SurveyId,
                        ),
                        (TrainingSurveys::Table, TrainingSurveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSurveyAnswers::Table)
                    .if_not_exists()
                    .col(uuid(TrainingSurveyAnswers::Id).primary_key())
                    .col(uuid(TrainingSurveyAnswers::ResponseId))
                    .col(uuid(TrainingSurveyAnswers::SurveyId))
                    .col(string_len(TrainingSurveyAnswers::Question, 64))
                    .col(string_len_null(TrainingSurveyAnswers::Choice, 64))
                    .col(integer_null(TrainingSurveyAnswers::Value))
                    .col(text_null(TrainingSurveyAnswers::Words))
                    .foreign_key(&mut fk(
                        "training_survey_answers_response",
                        (
                            TrainingSurveyAnswers::Table,
                            TrainingSurveyAnswers::ResponseId,
                        ),
                        (TrainingSurveyResponses::Table, TrainingSurveyResponses::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingCourseNeeds::Table)
                    .if_not_exists()
                    .col(uuid(TrainingCourseNeeds::CourseId))
                    .col(uuid(TrainingCourseNeeds::SurveyId))
                    .col(string_len(TrainingCourseNeeds::Question, 64))
                    .col(string_len(TrainingCourseNeeds::Choice, 64))
                    .primary_key(
                        Index::create()
                            .col(TrainingCourseNeeds::CourseId)
                            .col(TrainingCourseNeeds::SurveyId)
                            .col(TrainingCourseNeeds::Question)
                            .col(TrainingCourseNeeds::Choice),
                    )
                    .foreign_key(&mut fk(
                        "training_course_needs_course",
                        (TrainingCourseNeeds::Table, TrainingCourseNeeds::CourseId),
                        (TrainingCourses::Table, TrainingCourses::Id),
                    ))
                    .foreign_key(&mut fk(
                        "training_course_needs_survey",
                        (TrainingCourseNeeds::Table, TrainingCourseNeeds::SurveyId),
                        (TrainingSurveys::Table, TrainingSurveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, table, cols) in [
            (
                "training_survey_responses_survey",
                TrainingSurveyResponses::Table.into_iden(),
                vec![TrainingSurveyResponses::SurveyId.into_iden()],
            ),
            (
                "training_survey_answers_question",
                TrainingSurveyAnswers::Table.into_iden(),
                vec![
                    TrainingSurveyAnswers::SurveyId.into_iden(),
                    TrainingSurveyAnswers::Question.into_iden(),
                ],
            ),
            (
                "training_survey_answers_response",
                TrainingSurveyAnswers::Table.into_iden(),
                vec![TrainingSurveyAnswers::ResponseId.into_iden()],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(table);
            for c in cols {
                index.col(c);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TrainingCourseNeeds::Table.into_iden(),
            TrainingSurveyAnswers::Table.into_iden(),
            TrainingSurveyResponses::Table.into_iden(),
            TrainingSurveyRespondents::Table.into_iden(),
            TrainingSurveyAudience::Table.into_iden(),
            TrainingSurveys::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
