//! The projects that fund the programme (SOFIA2 in Piemonte, SOG.NI in
//! Liguria), each with its target of operators trained and the funding
//! statement and EU emblem its certificates carry; an edition names the
//! project it is delivered under. The single target row of migration 000025
//! becomes the first project, and every edition already planned is its.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{boolean, integer, integer_null, string_len, string_len_null};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum TrainingProjects {
    Table,
    Code,
    Name,
    People,
    Funding,
    Emblem,
    Position,
}

#[derive(DeriveIden)]
enum TrainingEditions {
    Table,
    ProjectCode,
}

#[derive(DeriveIden)]
enum TrainingTarget {
    Table,
    Id,
    Project,
    People,
}

/// A code for a project known only by its name (`SOG.NI` → `sog-ni`).
fn code_of(name: &str) -> String {
    let mut code = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            code.push(c);
        } else if !code.ends_with('-') && !code.is_empty() {
            code.push('-');
        }
    }
    let code: String = code.trim_end_matches('-').chars().take(40).collect();
    if code.len() >= 2 && code.starts_with(|c: char| c.is_ascii_lowercase()) {
        code
    } else {
        "progetto".to_owned()
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrainingProjects::Table)
                    .if_not_exists()
                    .col(string_len(TrainingProjects::Code, 40).primary_key())
                    .col(string_len(TrainingProjects::Name, 200))
                    .col(integer_null(TrainingProjects::People))
                    .col(string_len(TrainingProjects::Funding, 1000))
                    .col(boolean(TrainingProjects::Emblem))
                    .col(integer(TrainingProjects::Position))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(TrainingEditions::Table)
                    .add_column(string_len_null(TrainingEditions::ProjectCode, 40))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("training_editions_project")
                    .table(TrainingEditions::Table)
                    .col(TrainingEditions::ProjectCode)
                    .to_owned(),
            )
            .await?;
        let old = manager
            .get_connection()
            .query_one(
                Query::select()
                    .columns([TrainingTarget::Project, TrainingTarget::People])
                    .from(TrainingTarget::Table)
                    .and_where(Expr::col(TrainingTarget::Id).eq(1)),
            )
            .await?;
        if let Some(row) = old {
            let name: String = row.try_get("", "project")?;
            let people: i32 = row.try_get("", "people")?;
            let code = code_of(&name);
            manager
                .exec_stmt(
                    Query::insert()
                        .into_table(TrainingProjects::Table)
                        .columns([
                            TrainingProjects::Code,
                            TrainingProjects::Name,
                            TrainingProjects::People,
                            TrainingProjects::Funding,
                            TrainingProjects::Emblem,
                            TrainingProjects::Position,
                        ])
                        .values_panic([
                            code.clone().into(),
                            name.into(),
                            people.into(),
                            String::new().into(),
                            false.into(),
                            0.into(),
                        ])
                        .to_owned(),
                )
                .await?;
            manager
                .exec_stmt(
                    Query::update()
                        .table(TrainingEditions::Table)
                        .value(TrainingEditions::ProjectCode, code)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(TrainingTarget::Table).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TrainingTarget::Table)
                    .if_not_exists()
                    .col(integer(TrainingTarget::Id).primary_key())
                    .col(string_len(TrainingTarget::Project, 200))
                    .col(integer(TrainingTarget::People))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("training_editions_project")
                    .table(TrainingEditions::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(TrainingEditions::Table)
                    .drop_column(TrainingEditions::ProjectCode)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(TrainingProjects::Table).to_owned())
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::code_of;

    #[test]
    fn a_project_name_becomes_a_code() {
        assert_eq!(code_of("SOG.NI"), "sog-ni");
        assert_eq!(code_of(" SOFIA2 "), "sofia2");
        assert_eq!(code_of("2030"), "progetto");
        assert_eq!(code_of("Città aperta"), "citt-aperta");
    }
}
