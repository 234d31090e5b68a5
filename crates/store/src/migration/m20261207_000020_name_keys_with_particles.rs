//! Name keys computed again with the units of `domain::desk::names`:
//! particles and compounds read as one name (Abd al-Rahman is
//! Abderrahmane, El Idrissi is Idrissi, Ben Ali is Benali), Chinese
//! characters read in pinyin, and the spelling rules dj/j, soft c and a w
//! inside a word. Keys stored before would not meet the keys looked up
//! now.
//!
//! The keys are derived data: this step computes them with the rules of
//! the running version, so a later change of the rules adds another such
//! step, and running this one again later does no harm.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::desk::keys::rekey_all(manager.get_connection()).await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
