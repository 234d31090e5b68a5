//! Security fixes of the desk's data.
//!
//! Cases and booked appointments about a person are re-filed under the
//! person's own agency: before, a case could be opened (and an appointment
//! booked) by another agency's operator reading the person through an
//! emergency access, and the case then stayed readable by that agency after
//! the access ended. From now on the store files them under the person's
//! agency; this aligns the rows written before.
//!
//! Appointment purposes and task titles are sealed from now on (they often
//! tell a health or legal fact): their columns become unbounded text, as a
//! sealed value is longer than the text. The server seals the rows written
//! before when it starts (a migration does not see the field key).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

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
            db.execute_unprepared("ALTER TABLE desk_appointments ALTER COLUMN purpose TYPE TEXT")
                .await?;
            db.execute_unprepared("ALTER TABLE desk_tasks ALTER COLUMN title TYPE TEXT")
                .await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Which agency filed a row before is not kept: nothing to undo.
        Ok(())
    }
}
