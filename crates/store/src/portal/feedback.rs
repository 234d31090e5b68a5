//! Readers' feedback on guides and services: a "was this useful?" answer or
//! a report of wrong information, anonymous, kept until an editor marks it
//! handled (the queue) and counted per page (the satisfaction indicator).

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{QueryOrder, QuerySelect};

use crate::{Store, StoreResult};

/// Row of `portal_feedback`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "portal_feedback")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// When it was sent.
    pub created_at: DateTimeUtc,
    /// The page's language.
    pub lang: String,
    /// `guide` or `service`.
    pub kind: String,
    /// The guide's slug or the service's id.
    pub target: String,
    /// The answer to "was this useful?", if given.
    pub useful: Option<bool>,
    /// What the reader says is wrong or missing.
    pub report: Option<String>,
    /// When an editor handled it.
    pub handled_at: Option<DateTimeUtc>,
    /// Who.
    pub handled_by: Option<Uuid>,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What a reader sends.
#[derive(Debug, Clone)]
pub struct FeedbackInput {
    /// The page's language.
    pub lang: String,
    /// `guide` or `service`.
    pub kind: String,
    /// The guide's slug or the service's id.
    pub target: String,
    /// The answer to "was this useful?".
    pub useful: Option<bool>,
    /// A report of wrong information.
    pub report: Option<String>,
}

/// The answers about one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Satisfaction {
    /// "Yes, useful".
    pub useful: u64,
    /// "No".
    pub not_useful: u64,
}

impl Store {
    /// Keeps a reader's feedback.
    pub async fn add_feedback(
        &self,
        input: &FeedbackInput,
        now: DateTime<Utc>,
    ) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        Entity::insert(ActiveModel {
            id: Set(id),
            created_at: Set(now),
            lang: Set(input.lang.clone()),
            kind: Set(input.kind.clone()),
            target: Set(input.target.clone()),
            useful: Set(input.useful),
            report: Set(input.report.clone()),
            handled_at: Set(None),
            handled_by: Set(None),
        })
        .exec_without_returning(self.conn())
        .await?;
        Ok(id)
    }

    /// The reports of wrong information of `kinds` not handled yet, oldest
    /// first (at most `limit`).
    pub async fn open_reports(&self, kinds: &[&str], limit: u64) -> StoreResult<Vec<Model>> {
        Ok(Entity::find()
            .filter(Column::Kind.is_in(kinds.iter().copied()))
            .filter(Column::Report.is_not_null())
            .filter(Column::HandledAt.is_null())
            .order_by_asc(Column::CreatedAt)
            .limit(limit)
            .all(self.conn())
            .await?)
    }

    /// The "was this useful?" answers per page of `kinds`: (kind, target,
    /// counts), the pages with the most "no" first.
    pub async fn satisfaction(
        &self,
        kinds: &[&str],
    ) -> StoreResult<Vec<(String, String, Satisfaction)>> {
        let rows: Vec<(String, String, Option<bool>, i64)> = Entity::find()
            .select_only()
            .column(Column::Kind)
            .column(Column::Target)
            .column(Column::Useful)
            .column_as(Expr::col(Column::Id).count(), "n")
            .filter(Column::Kind.is_in(kinds.iter().copied()))
            .filter(Column::Useful.is_not_null())
            .group_by(Column::Kind)
            .group_by(Column::Target)
            .group_by(Column::Useful)
            .into_tuple()
            .all(self.conn())
            .await?;
        let mut pages: Vec<(String, String, Satisfaction)> = Vec::new();
        for (kind, target, useful, n) in rows {
            let n = u64::try_from(n).unwrap_or(0);
            let i = match pages.iter().position(|p| p.0 == kind && p.1 == target) {
                Some(i) => i,
                None => {
                    pages.push((kind, target, Satisfaction::default()));
                    pages.len() - 1
                }
            };
            if useful == Some(true) {
                pages[i].2.useful += n;
            } else {
                pages[i].2.not_useful += n;
            }
        }
        pages.sort_by(|a, b| {
            b.2.not_useful
                .cmp(&a.2.not_useful)
                .then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1)))
        });
        Ok(pages)
    }

    /// Marks a report handled by `by` among those of `kinds`, with its audit
    /// entry in the same transaction. False when there is no such open
    /// report.
    pub async fn handle_report(
        &self,
        id: Uuid,
        kinds: &[&str],
        by: Uuid,
        trail: &crate::act::Trail,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let done = Entity::update_many()
            .col_expr(Column::HandledAt, Expr::value(Some(now)))
            .col_expr(Column::HandledBy, Expr::value(Some(by)))
            .filter(Column::Id.eq(id))
            .filter(Column::Kind.is_in(kinds.iter().copied()))
            .filter(Column::HandledAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        self.settle_if(txn, done, trail).await
    }
}
