//! Security fixes of the desk's data.
//!
//! Cases and booked appointments about a person are re-filed under the
//! person's own agency: before, a case could be opened (and an appointment
//! booked) by another agency's operator reading the person through an
//! emergency access, and the case then stayed readable by that agency after
//! the access ended. From now on the store files them under the person's
//! agency; this aligns the rows written before.
//!
//! Appointment purposes, task titles and a person's permit type and expiry
//! are sealed from now on (they tell health or legal facts): their columns
//! become unbounded text, as a sealed value is longer than the text. The
//! server seals the rows written before when it starts (a migration does
//! not see the field key). The permit's expiry month stays unsealed, for
//! the deadlines list.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_len_null;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum DeskPeople {
    Table,
    AgencyId,
    PermitExpiryMonth,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Correlated subqueries: the same SQL on SQLite and PostgreSQL.
        db.execute_unprepared(
            "UPDATE desk_cases SET agency_id = \
               (SELECT p.agency_id FROM desk_people p WHERE p.id = desk_cases.person_id) \
             WHERE agency_id <> \
               (SELECT p.agency_id FROM desk_people p WHERE p.id = desk_cases.person_id)",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE desk_appointments SET agency_id = \
               (SELECT p.agency_id FROM desk_people p WHERE p.id = desk_appointments.person_id) \
             WHERE person_id IS NOT NULL AND status = 'booked' AND agency_id <> \
               (SELECT p.agency_id FROM desk_people p WHERE p.id = desk_appointments.person_id)",
        )
        .await?;
        // SQLite does not enforce a VARCHAR's length: nothing to change there.
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
            for (table, column) in [
                ("desk_appointments", "purpose"),
                ("desk_tasks", "title"),
                ("desk_people", "permit_type"),
                ("desk_people", "permit_expiry"),
            ] {
                db.execute_unprepared(&format!(
                    "ALTER TABLE {table} ALTER COLUMN {column} TYPE TEXT"
                ))
                .await?;
            }
        }
        // The permit's expiry is sealed; the deadlines list finds the rows by
        // the month alone (see Store::permits_expiring for why the month).
        manager
            .alter_table(
                Table::alter()
                    .table(DeskPeople::Table)
                    .add_column(string_len_null(DeskPeople::PermitExpiryMonth, 7))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "UPDATE desk_people SET permit_expiry_month = SUBSTR(permit_expiry, 1, 7) \
             WHERE permit_expiry IS NOT NULL",
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("desk_people_permit_expiry")
                    .table(DeskPeople::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("desk_people_permit_expiry_month")
                    .table(DeskPeople::Table)
                    .col(DeskPeople::AgencyId)
                    .col(DeskPeople::PermitExpiryMonth)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Which agency filed a row before is not kept: nothing to undo.
        Ok(())
    }
}
