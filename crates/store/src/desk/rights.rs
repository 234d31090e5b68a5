//! Erasure and retention. Erasing a person deletes every row about them
//! (names, keys, identifiers, languages, household links, visits, cases with
//! their assessments, notes, tasks, documents and team, appointments, legal
//! bases, referrals with their packages, break-glass accesses, the
//! notifications pointing at them) in one transaction; their visits and
//! cases survive only as anonymous activity (agency, day, codes). Records
//! merged into the person go with them. On SQLite, deleted content is
//! overwritten (`secure_delete`) and the write-ahead log truncated, so no
//! file keeps it.
//!
//! Retention applies the same erasure to records past their time: people
//! inactive for years, closed cases, closed referrals, old notifications.
//! [`Store::retention_report`] is the dry run of [`Store::apply_retention`].

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{Condition, QuerySelect};

use super::entities::{
    anonymous_activity, appointment, case, notification, person, referral, visit,
};
use crate::act::Trail;
use crate::dialect::Backend;
use crate::{Store, StoreResult};

/// How much an erasure removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    /// Person records (the person and those merged into them).
    pub people: u64,
    /// Visits kept as anonymous activity.
    pub visits: u64,
    /// Cases kept as anonymous activity.
    pub cases: u64,
}

/// How long records are kept, per type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRules {
    /// A person with no visit, no open case, no case change, no appointment
    /// and no change to the record for this many years is erased.
    pub inactive_person_years: u32,
    /// A case closed this many years ago is erased (kept as anonymous
    /// activity).
    pub closed_case_years: u32,
    /// A referral closed or declined this many years ago is deleted, with
    /// its package.
    pub closed_referral_years: u32,
    /// Notifications older than this many days are deleted.
    pub notification_days: u32,
}

impl Default for RetentionRules {
    fn default() -> Self {
        RetentionRules {
            inactive_person_years: 10,
            closed_case_years: 10,
            closed_referral_years: 5,
            notification_days: 365,
        }
    }
}

/// What retention erases (dry run) or erased.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Inactive people.
    pub people: Vec<Uuid>,
    /// Closed cases (of people who stay).
    pub cases: Vec<Uuid>,
    /// Closed or declined referrals.
    pub referrals: Vec<Uuid>,
    /// Old notifications.
    pub notifications: u64,
}

fn years_before(now: DateTime<Utc>, years: u32) -> DateTime<Utc> {
    now.with_year(now.year() - i32::try_from(years).unwrap_or(i32::MAX / 2))
        .unwrap_or(now - chrono::Duration::days(i64::from(years) * 366))
}

fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

impl Store {
    /// Erases a person and everything about them (see the module's note).
    /// `None` when there is no such person.
    pub async fn erase_person(
        &self,
        id: Uuid,
        trail: impl FnOnce(&Erased) -> Trail,
    ) -> StoreResult<Option<Erased>> {
        let txn = self.begin_write().await?;
        if person::Entity::find_by_id(id).one(&txn).await?.is_none() {
            return Ok(None);
        }
        let erased = erase_in(&txn, &[id]).await?;
        self.settle(&txn, &trail(&erased)).await?;
        txn.commit().await?;
        self.truncate_log().await?;
        Ok(Some(erased))
    }

    /// SQLite: moves the write-ahead log into the database and empties it,
    /// so the old pages of erased rows leave the disk.
    async fn truncate_log(&self) -> StoreResult<()> {
        if self.backend() == Backend::Sqlite {
            self.conn()
                .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await?;
        }
        Ok(())
    }

    /// What [`Store::apply_retention`] would erase at `now`.
    pub async fn retention_report(
        &self,
        rules: &RetentionRules,
        now: DateTime<Utc>,
    ) -> StoreResult<RetentionReport> {
        let person_cutoff = years_before(now, rules.inactive_person_years);
        let recent_visit = about_person(
            visit::Entity,
            visit::Column::PersonId,
            Condition::all().add(Expr::col((visit::Entity, visit::Column::At)).gte(person_cutoff)),
        );
        let live_case = about_person(
            case::Entity,
            case::Column::PersonId,
            Condition::any()
                .add(Expr::col((case::Entity, case::Column::Status)).ne("closed"))
                .add(Expr::col((case::Entity, case::Column::UpdatedAt)).gte(person_cutoff)),
        );
        let coming = about_person(
            appointment::Entity,
            appointment::Column::PersonId,
            Condition::all().add(
                Expr::col((appointment::Entity, appointment::Column::Starts))
                    .gte(day(person_cutoff)),
            ),
        );
        let people: Vec<Uuid> = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .filter(person::Column::MergedInto.is_null())
            .filter(person::Column::UpdatedAt.lt(person_cutoff))
            .filter(Expr::exists(recent_visit).not())
            .filter(Expr::exists(live_case).not())
            .filter(Expr::exists(coming).not())
            .into_tuple()
            .all(self.conn())
            .await?;
        // What goes with an erased person is not counted twice (filtered
        // here: a NOT IN list of every inactive person could pass the
        // databases' limit on bound parameters).
        let erased: HashSet<Uuid> = people.iter().copied().collect();
        let cases: Vec<Uuid> = case::Entity::find()
            .select_only()
            .columns([case::Column::Id, case::Column::PersonId])
            .filter(case::Column::Status.eq("closed"))
            .filter(case::Column::ClosedAt.lt(years_before(now, rules.closed_case_years)))
            .into_tuple::<(Uuid, Uuid)>()
            .all(self.conn())
            .await?
            .into_iter()
            .filter(|(_, person)| !erased.contains(person))
            .map(|(id, _)| id)
            .collect();
        let referral_cutoff = years_before(now, rules.closed_referral_years);
        let referrals: Vec<Uuid> = referral::Entity::find()
            .select_only()
            .columns([referral::Column::Id, referral::Column::PersonId])
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(referral::Column::Status.eq("closed"))
                            .add(referral::Column::ClosedAt.lt(referral_cutoff)),
                    )
                    .add(
                        Condition::all()
                            .add(referral::Column::Status.eq("declined"))
                            .add(referral::Column::DecidedAt.lt(referral_cutoff)),
                    ),
            )
            .into_tuple::<(Uuid, Uuid)>()
            .all(self.conn())
            .await?
            .into_iter()
            .filter(|(_, person)| !erased.contains(person))
            .map(|(id, _)| id)
            .collect();
        let notifications = notification::Entity::find()
            .filter(
                notification::Column::CreatedAt
                    .lt(now - chrono::Duration::days(i64::from(rules.notification_days))),
            )
            .count(self.conn())
            .await?;
        Ok(RetentionReport {
            people,
            cases,
            referrals,
            notifications,
        })
    }

    /// Erases what the retention rules say is past its time at `now`, in one
    /// transaction; returns what was erased.
    pub async fn apply_retention(
        &self,
        rules: &RetentionRules,
        now: DateTime<Utc>,
        trail: impl FnOnce(&RetentionReport) -> Trail,
    ) -> StoreResult<RetentionReport> {
        let report = self.retention_report(rules, now).await?;
        let txn = self.begin_write().await?;
        for chunk in report.people.chunks(500) {
            erase_in(&txn, chunk).await?;
        }
        for chunk in report.cases.chunks(500) {
            anonymise_cases(
                &txn,
                Condition::all().add(case::Column::Id.is_in(chunk.to_vec())),
            )
            .await?;
            notification::Entity::delete_many()
                .filter(notification::Column::ObjectId.is_in(chunk.to_vec()))
                .exec(&txn)
                .await?;
            crate::mail::queued::forget_about(&txn, chunk).await?;
            case::Entity::delete_many()
                .filter(case::Column::Id.is_in(chunk.to_vec()))
                .exec(&txn)
                .await?;
        }
        for chunk in report.referrals.chunks(500) {
            notification::Entity::delete_many()
                .filter(notification::Column::ObjectId.is_in(chunk.to_vec()))
                .exec(&txn)
                .await?;
            crate::mail::queued::forget_about(&txn, chunk).await?;
            referral::Entity::delete_many()
                .filter(referral::Column::Id.is_in(chunk.to_vec()))
                .exec(&txn)
                .await?;
        }
        notification::Entity::delete_many()
            .filter(
                notification::Column::CreatedAt
                    .lt(now - chrono::Duration::days(i64::from(rules.notification_days))),
            )
            .exec(&txn)
            .await?;
        self.settle(&txn, &trail(&report)).await?;
        txn.commit().await?;
        self.truncate_log().await?;
        Ok(report)
    }
}

/// `SELECT 1 FROM table WHERE table.person_id = desk_people.id AND which`:
/// a row of `entity` about the person of the outer query.
fn about_person<E: EntityTrait>(
    entity: E,
    person_id: E::Column,
    which: Condition,
) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .expr(Expr::val(1))
        .from(entity)
        .and_where(Expr::col((entity, person_id)).equals((person::Entity, person::Column::Id)))
        .cond_where(which)
        .to_owned()
}

/// Copies the matching cases into the anonymous activity.
async fn anonymise_cases(txn: &impl ConnectionTrait, which: Condition) -> StoreResult<u64> {
    let cases = case::Entity::find().filter(which).all(txn).await?;
    let n = cases.len() as u64;
    let rows: Vec<anonymous_activity::ActiveModel> = cases
        .into_iter()
        .map(|c| anonymous_activity::ActiveModel {
            id: Set(Uuid::now_v7()),
            agency_id: Set(c.agency_id),
            kind: Set("case".to_owned()),
            day: Set(day(c.opened_at)),
            codes: Set(format!(
                "{},{}",
                c.status,
                c.close_outcome.unwrap_or_default()
            )),
        })
        .collect();
    for chunk in rows.chunks(500) {
        anonymous_activity::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    Ok(n)
}

/// Erases `ids` and the records merged into them, keeping their visits and
/// cases as anonymous activity.
async fn erase_in(txn: &impl ConnectionTrait, ids: &[Uuid]) -> StoreResult<Erased> {
    let mut all: Vec<Uuid> = ids.to_vec();
    let mut frontier = all.clone();
    while !frontier.is_empty() {
        let merged: Vec<Uuid> = person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .filter(person::Column::MergedInto.is_in(frontier))
            .into_tuple()
            .all(txn)
            .await?;
        frontier = merged.into_iter().filter(|m| !all.contains(m)).collect();
        all.extend(frontier.iter().copied());
    }
    let visits = visit::Entity::find()
        .filter(visit::Column::PersonId.is_in(all.clone()))
        .all(txn)
        .await?;
    let visit_count = visits.len() as u64;
    let rows: Vec<anonymous_activity::ActiveModel> = visits
        .into_iter()
        .map(|v| anonymous_activity::ActiveModel {
            id: Set(Uuid::now_v7()),
            agency_id: Set(v.agency_id),
            kind: Set("visit".to_owned()),
            day: Set(day(v.at)),
            codes: Set(format!("{},{}", v.channel, v.reasons)
                .chars()
                .take(255)
                .collect()),
        })
        .collect();
    for chunk in rows.chunks(500) {
        anonymous_activity::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    let cases = anonymise_cases(
        txn,
        Condition::all().add(case::Column::PersonId.is_in(all.clone())),
    )
    .await?;
    // Notifications pointing at the person, their cases or referrals.
    let mut objects = all.clone();
    objects.extend(
        case::Entity::find()
            .select_only()
            .column(case::Column::Id)
            .filter(case::Column::PersonId.is_in(all.clone()))
            .into_tuple::<Uuid>()
            .all(txn)
            .await?,
    );
    objects.extend(
        referral::Entity::find()
            .select_only()
            .column(referral::Column::Id)
            .filter(referral::Column::PersonId.is_in(all.clone()))
            .into_tuple::<Uuid>()
            .all(txn)
            .await?,
    );
    for chunk in objects.chunks(500) {
        notification::Entity::delete_many()
            .filter(notification::Column::ObjectId.is_in(chunk.to_vec()))
            .exec(txn)
            .await?;
        crate::mail::queued::forget_about(txn, chunk).await?;
    }
    // Every other row goes with the person (foreign keys cascade).
    let people = person::Entity::delete_many()
        .filter(person::Column::Id.is_in(all))
        .exec(txn)
        .await?
        .rows_affected;
    Ok(Erased {
        people,
        visits: visit_count,
        cases,
    })
}
