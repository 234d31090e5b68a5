//! Visits, cases, assessments and notes.

use std::collections::BTreeMap;

use chrono::Utc;
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::access::Clearance;
use crocevia_domain::desk::{
    CaseStatus, Channel, CloseOutcome, Dimension, NeedLevel, NoteClass, Outcome,
};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QueryOrder, QuerySelect};

use super::entities::{assessment, case, case_note, visit};
use super::{
    Assessment, Case, Note, Visit, VisitInput, corrupt, csv, open, open_text, seal, seal_text,
    split,
};
use crate::act::Trail;
use crate::{Store, StoreResult};

impl Store {
    /// Records a visit; returns its id.
    pub async fn record_visit(
        &self,
        person_id: Uuid,
        agency: Uuid,
        input: &VisitInput,
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        visit::ActiveModel {
            id: Set(id),
            person_id: Set(person_id),
            agency_id: Set(agency),
            at: Set(Utc::now()),
            channel: Set(input.channel.as_str().to_owned()),
            lang: Set(input.lang.clone()),
            mediator: Set(input.mediator),
            reasons: Set(csv(&input.reasons)),
            outcomes: Set(csv(input.outcomes.iter().map(|o| o.as_str()))),
            guide_slug: Set(input.guide_slug.clone()),
            operator_id: Set(by),
            outreach_id: Set(input.outreach_id),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// A person's visits, latest first.
    pub async fn visits_of(&self, person_id: Uuid, limit: u64) -> StoreResult<Vec<Visit>> {
        visit::Entity::find()
            .filter(visit::Column::PersonId.eq(person_id))
            .order_by_desc(visit::Column::At)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|v| {
                Ok(Visit {
                    id: v.id,
                    person_id: v.person_id,
                    agency_id: v.agency_id,
                    at: v.at,
                    operator_id: v.operator_id,
                    input: VisitInput {
                        channel: Channel::parse(&v.channel)
                            .ok_or_else(|| corrupt("visit", v.id))?,
                        lang: v.lang,
                        mediator: v.mediator,
                        reasons: split(&v.reasons),
                        outcomes: split(&v.outcomes)
                            .iter()
                            .map(|o| Outcome::parse(o).ok_or_else(|| corrupt("visit", v.id)))
                            .collect::<StoreResult<_>>()?,
                        guide_slug: v.guide_slug,
                        outreach_id: v.outreach_id,
                    },
                })
            })
            .collect()
    }

    /// Opens a case for a person, filed under the person's own agency (a
    /// case never reaches readers the person does not); returns its id.
    pub async fn open_case(
        &self,
        person_id: Uuid,
        by: Uuid,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        let now = Utc::now();
        let agency = super::person_agency(&txn, person_id).await?;
        case::ActiveModel {
            id: Set(id),
            person_id: Set(person_id),
            agency_id: Set(agency),
            status: Set(CaseStatus::Open.as_str().to_owned()),
            opened_at: Set(now),
            opened_by: Set(by),
            closed_at: Set(None),
            close_reason: Set(None),
            close_outcome: Set(None),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Moves a case to `status`; closing records when, why and how it
    /// ended (the caller checks both are given), reopening clears them.
    pub async fn set_case_status(
        &self,
        id: Uuid,
        status: CaseStatus,
        closing: Option<(&str, CloseOutcome)>,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let closed = status == CaseStatus::Closed;
        case::Entity::update_many()
            .col_expr(case::Column::Status, Expr::value(status.as_str()))
            .col_expr(case::Column::UpdatedAt, Expr::value(now))
            .col_expr(case::Column::ClosedAt, Expr::value(closed.then_some(now)))
            .col_expr(
                case::Column::CloseReason,
                Expr::value(
                    closing.map(|(reason, _)| seal_text(cipher, reason, &close_reason_context(id))),
                ),
            )
            .col_expr(
                case::Column::CloseOutcome,
                Expr::value(closing.map(|(_, outcome)| outcome.as_str().to_owned())),
            )
            .filter(case::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A case, given the clearance of the agency that owns it (`None` for
    /// another agency's case).
    pub async fn case(
        &self,
        id: Uuid,
        clearance: &Clearance,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<Case>> {
        case::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .filter(|c| clearance.opens(&c.agency_id.to_string()))
            .map(|c| case_of(c, cipher))
            .transpose()
    }

    /// The agency that owns a case and the case's person (no personal
    /// data): what a guard needs to decide before the case is opened.
    pub async fn case_owner(&self, id: Uuid) -> StoreResult<Option<(Uuid, Uuid)>> {
        Ok(case::Entity::find_by_id(id)
            .select_only()
            .column(case::Column::AgencyId)
            .column(case::Column::PersonId)
            .into_tuple::<(Uuid, Uuid)>()
            .one(self.conn())
            .await?)
    }

    /// Cases by id, in no particular order.
    pub async fn cases(&self, ids: &[Uuid], cipher: &FieldCipher) -> StoreResult<Vec<Case>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        case::Entity::find()
            .filter(case::Column::Id.is_in(ids.to_vec()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| case_of(c, cipher))
            .collect()
    }

    /// A person's cases, latest first.
    pub async fn cases_of(&self, person_id: Uuid, cipher: &FieldCipher) -> StoreResult<Vec<Case>> {
        case::Entity::find()
            .filter(case::Column::PersonId.eq(person_id))
            .order_by_desc(case::Column::OpenedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| case_of(c, cipher))
            .collect()
    }

    /// Records the assessment of several dimensions of a case at once (the
    /// form shows them all), with its audit entry, in one transaction; an
    /// open case becomes active.
    pub async fn assess(
        &self,
        case_id: Uuid,
        items: &[(Dimension, NeedLevel, String)],
        cipher: &FieldCipher,
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<()> {
        let now = Utc::now();
        let txn = self.begin_write().await?;
        for (dimension, level, notes) in items {
            let id = Uuid::now_v7();
            assessment::ActiveModel {
                id: Set(id),
                case_id: Set(case_id),
                dimension: Set(dimension.as_str().to_owned()),
                need_level: Set(level.as_str().to_owned()),
                notes: Set(seal(cipher, notes, &format!("desk_assessments.notes:{id}"))),
                assessed_at: Set(now),
                assessed_by: Set(by),
            }
            .insert(&txn)
            .await?;
        }
        case::Entity::update_many()
            .col_expr(
                case::Column::Status,
                Expr::value(CaseStatus::Active.as_str()),
            )
            .col_expr(case::Column::UpdatedAt, Expr::value(now))
            .filter(case::Column::Id.eq(case_id))
            .filter(case::Column::Status.eq(CaseStatus::Open.as_str()))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The latest assessment of each dimension of a case.
    pub async fn assessments(
        &self,
        case_id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<BTreeMap<Dimension, Assessment>> {
        let mut out = BTreeMap::new();
        for a in assessment::Entity::find()
            .filter(assessment::Column::CaseId.eq(case_id))
            .order_by_asc(assessment::Column::AssessedAt)
            .order_by_asc(assessment::Column::Id)
            .all(self.conn())
            .await?
        {
            let dimension =
                Dimension::parse(&a.dimension).ok_or_else(|| corrupt("assessment", a.id))?;
            out.insert(
                dimension,
                Assessment {
                    dimension,
                    level: NeedLevel::parse(&a.need_level)
                        .ok_or_else(|| corrupt("assessment", a.id))?,
                    notes: open(
                        cipher,
                        &a.notes,
                        &format!("desk_assessments.notes:{}", a.id),
                    )?,
                    at: a.assessed_at,
                    by: a.assessed_by,
                },
            );
        }
        Ok(out)
    }

    /// Adds a note to a case.
    pub async fn add_note(
        &self,
        case_id: Uuid,
        class: NoteClass,
        body: &str,
        cipher: &FieldCipher,
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        case_note::ActiveModel {
            id: Set(id),
            case_id: Set(case_id),
            class: Set(class.as_str().to_owned()),
            body: Set(seal(cipher, body, &format!("desk_case_notes.body:{id}"))),
            author_id: Set(by),
            created_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// A case's notes of the classes `readable` allows, oldest first. Notes
    /// of other classes are not even opened.
    pub async fn notes(
        &self,
        case_id: Uuid,
        readable: impl Fn(NoteClass) -> bool,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Note>> {
        let classes: Vec<&str> = NoteClass::ALL
            .iter()
            .filter(|c| readable(**c))
            .map(|c| c.as_str())
            .collect();
        case_note::Entity::find()
            .filter(case_note::Column::CaseId.eq(case_id))
            .filter(case_note::Column::Class.is_in(classes))
            .order_by_asc(case_note::Column::CreatedAt)
            .order_by_asc(case_note::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|n| {
                Ok(Note {
                    id: n.id,
                    class: NoteClass::parse(&n.class).ok_or_else(|| corrupt("note", n.id))?,
                    body: open(cipher, &n.body, &format!("desk_case_notes.body:{}", n.id))?,
                    author_id: n.author_id,
                    at: n.created_at,
                })
            })
            .collect()
    }
}

/// The sealing context of a case's closing reason.
pub(super) fn close_reason_context(id: Uuid) -> String {
    format!("desk_cases.close_reason:{id}")
}

pub(super) fn case_of(c: case::Model, cipher: &FieldCipher) -> StoreResult<Case> {
    let reason = c
        .close_reason
        .as_deref()
        .map(|r| open_text(cipher, r, &close_reason_context(c.id)))
        .transpose()?;
    Ok(Case {
        id: c.id,
        person_id: c.person_id,
        agency_id: c.agency_id,
        status: CaseStatus::parse(&c.status).ok_or_else(|| corrupt("case", c.id))?,
        opened_at: c.opened_at,
        closing: match (
            reason,
            c.close_outcome.as_deref().and_then(CloseOutcome::parse),
        ) {
            (Some(reason), Some(outcome)) => Some((reason, outcome)),
            _ => None,
        },
    })
}
