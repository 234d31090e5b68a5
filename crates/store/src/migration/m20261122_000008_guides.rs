//! Procedure guides and the glossary: each guide's structure (category,
//! permit types, steps with their "where to go" categories and official links,
//! editorial status and review dates), each glossary concept (related
//! concepts, source), every text field of both per language with a
//! translation status, and the revisions of each guide.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, string_len, string_len_null, text, timestamp_with_time_zone, uuid_null,
};

#[derive(DeriveMigrationName)]
pub(super) struct Migration;

#[derive(DeriveIden)]
enum Guides {
    Table,
    Id,
    Slug,
    Category,
    PermitTypes,
    Steps,
    Status,
    ReviewedOn,
    ReviewedBy,
    ReviewEveryMonths,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum GlossaryConcepts {
    Table,
    Id,
    Slug,
    Related,
    Source,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ContentTexts {
    Table,
    Entity,
    EntityId,
    Field,
    Lang,
    Text,
    Status,
    SourceHash,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum GuideRevisions {
    Table,
    Id,
    GuideId,
    Number,
    Status,
    Content,
    CreatedAt,
    CreatedBy,
}

const ID_LEN: u32 = 64;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Guides::Table)
                    .if_not_exists()
                    .col(string_len(Guides::Id, ID_LEN).primary_key())
                    .col(string_len(Guides::Slug, 128).unique_key())
                    .col(string_len(Guides::Category, 32))
                    .col(text(Guides::PermitTypes))
                    .col(text(Guides::Steps))
                    .col(string_len(Guides::Status, 16))
                    .col(string_len_null(Guides::ReviewedOn, 10))
                    .col(string_len_null(Guides::ReviewedBy, 200))
                    .col(integer(Guides::ReviewEveryMonths))
                    .col(timestamp_with_time_zone(Guides::UpdatedAt))
                    .col(uuid_null(Guides::UpdatedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GlossaryConcepts::Table)
                    .if_not_exists()
                    .col(string_len(GlossaryConcepts::Id, ID_LEN).primary_key())
                    .col(string_len(GlossaryConcepts::Slug, 128).unique_key())
                    .col(text(GlossaryConcepts::Related))
                    .col(text(GlossaryConcepts::Source))
                    .col(timestamp_with_time_zone(GlossaryConcepts::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ContentTexts::Table)
                    .if_not_exists()
                    .col(string_len(ContentTexts::Entity, 16))
                    .col(string_len(ContentTexts::EntityId, ID_LEN))
                    .col(string_len(ContentTexts::Field, 64))
                    .col(string_len(ContentTexts::Lang, 16))
                    .col(text(ContentTexts::Text))
                    .col(string_len(ContentTexts::Status, 16))
                    .col(string_len(ContentTexts::SourceHash, 64))
                    .col(timestamp_with_time_zone(ContentTexts::UpdatedAt))
                    .col(uuid_null(ContentTexts::UpdatedBy))
                    .primary_key(
                        Index::create()
                            .col(ContentTexts::Entity)
                            .col(ContentTexts::EntityId)
                            .col(ContentTexts::Field)
                            .col(ContentTexts::Lang),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("content_texts_lang")
                    .table(ContentTexts::Table)
                    .col(ContentTexts::Lang)
                    .col(ContentTexts::Entity)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GuideRevisions::Table)
                    .if_not_exists()
                    .col(string_len(GuideRevisions::Id, ID_LEN).primary_key())
                    .col(string_len(GuideRevisions::GuideId, ID_LEN))
                    .col(integer(GuideRevisions::Number))
                    .col(string_len(GuideRevisions::Status, 16))
                    .col(text(GuideRevisions::Content))
                    .col(timestamp_with_time_zone(GuideRevisions::CreatedAt))
                    .col(uuid_null(GuideRevisions::CreatedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("guide_revisions_number")
                    .table(GuideRevisions::Table)
                    .col(GuideRevisions::GuideId)
                    .col(GuideRevisions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            GuideRevisions::Table.into_iden(),
            ContentTexts::Table.into_iden(),
            GlossaryConcepts::Table.into_iden(),
            Guides::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
