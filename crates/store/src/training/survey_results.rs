//! A survey's results, counted by the database: the respondents per group,
//! each choice's (or point's, or place's) count per group, the free texts in
//! alphabetical order; and every response for the exports, in random order.

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, JoinType, Query};
use sea_orm::{FromQueryResult, QueryOrder, QuerySelect};

use super::entities::{answer, response};
use crate::{Store, StoreResult};

/// What respondents are grouped or filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The province.
    Province,
    /// The profession.
    Profession,
    /// The agency's kind.
    AgencyKind,
}

impl Group {
    fn column(self) -> &'static str {
        match self {
            Group::Province => "province",
            Group::Profession => "profession",
            Group::AgencyKind => "agency_kind",
        }
    }
}

/// A count of the results: how many gave `choice` (or `value`) to
/// `question`, among the respondents of `group`.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Tally {
    /// The question's name.
    pub question: String,
    /// The choice's name.
    pub choice: Option<String>,
    /// The scale's point, or the choice's place in a ranking.
    pub value: Option<i32>,
    /// The group's code (province, profession or agency kind).
    pub grp: String,
    /// How many.
    pub n: i64,
}

/// A survey's results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Respondents (after the filter), by group.
    pub respondents: Vec<(String, u64)>,
    /// The counts.
    pub tallies: Vec<Tally>,
    /// Free-text answers by question, in alphabetical order (never in the
    /// order given, never with who gave them).
    pub texts: Vec<(String, String)>,
}

/// One response as exported: who in general, when, and the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRow {
    /// Agency kind.
    pub agency_kind: String,
    /// Profession.
    pub profession: String,
    /// Province.
    pub province: String,
    /// The day.
    pub submitted_on: String,
    /// Per question's name, the answer's cells.
    pub answers: Vec<answer::Model>,
}

impl Store {
    /// A survey's results: the respondents per group and the counts of
    /// every choice and point per group, among the respondents of
    /// `filter` (a group and its code each); the free-text answers.
    pub async fn survey_results(
        &self,
        id: Uuid,
        by: Group,
        filter: &[(Group, String)],
    ) -> StoreResult<Results> {
        let r = Alias::new("r");
        let a = Alias::new("a");
        let mut narrowed =
            sea_orm::Condition::all().add(Expr::col((r.clone(), Alias::new("survey_id"))).eq(id));
        for (group, code) in filter {
            narrowed = narrowed.add(Expr::col((r.clone(), Alias::new(group.column()))).eq(code));
        }
        let grp = Expr::col((r.clone(), Alias::new(by.column())));
        let respondents_q = Query::select()
            .expr_as(grp.clone(), Alias::new("grp"))
            .expr_as(
                Func::count(Expr::col((r.clone(), Alias::new("id")))),
                Alias::new("n"),
            )
            .from_as(Alias::new("training_survey_responses"), r.clone())
            .cond_where(narrowed.clone())
            .group_by_col((r.clone(), Alias::new(by.column())))
            .to_owned();
        let joined = |q: &mut sea_orm::sea_query::SelectStatement| {
            q.from_as(Alias::new("training_survey_answers"), a.clone())
                .join_as(
                    JoinType::InnerJoin,
                    Alias::new("training_survey_responses"),
                    r.clone(),
                    Expr::col((r.clone(), Alias::new("id")))
                        .equals((a.clone(), Alias::new("response_id"))),
                )
                .cond_where(narrowed.clone());
        };
        let mut tallies_q = Query::select()
            .column((a.clone(), Alias::new("question")))
            .column((a.clone(), Alias::new("choice")))
            .column((a.clone(), Alias::new("value")))
            .expr_as(grp, Alias::new("grp"))
            .expr_as(
                Func::count(Expr::col((a.clone(), Alias::new("id")))),
                Alias::new("n"),
            )
            .to_owned();
        joined(&mut tallies_q);
        tallies_q
            .and_where(Expr::col((a.clone(), Alias::new("words"))).is_null())
            .group_by_col((a.clone(), Alias::new("question")))
            .group_by_col((a.clone(), Alias::new("choice")))
            .group_by_col((a.clone(), Alias::new("value")))
            .group_by_col((r.clone(), Alias::new(by.column())));
        let mut texts_q = Query::select()
            .column((a.clone(), Alias::new("question")))
            .column((a.clone(), Alias::new("words")))
            .to_owned();
        joined(&mut texts_q);
        texts_q
            .and_where(Expr::col((a.clone(), Alias::new("words"))).is_not_null())
            .order_by((a.clone(), Alias::new("words")), sea_orm::Order::Asc);
        let backend = self.conn().get_database_backend();
        #[derive(FromQueryResult)]
        struct Group {
            grp: String,
            n: i64,
        }
        let respondents = Group::find_by_statement(backend.build(&respondents_q))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|g| (g.grp, u64::try_from(g.n).unwrap_or(0)))
            .collect();
        let tallies = Tally::find_by_statement(backend.build(&tallies_q))
            .all(self.conn())
            .await?;
        let mut texts = Vec::new();
        for row in self.conn().query_all_raw(backend.build(&texts_q)).await? {
            texts.push((
                row.try_get_by_index::<String>(0)?,
                row.try_get_by_index::<String>(1)?,
            ));
        }
        Ok(Results {
            respondents,
            tallies,
            texts,
        })
    }

    /// A survey's respondents per group (the codes a filter may take).
    pub async fn survey_respondents(&self, id: Uuid, by: Group) -> StoreResult<Vec<(String, u64)>> {
        let rows: Vec<(String, i64)> = response::Entity::find()
            .select_only()
            .column_as(Expr::col(Alias::new(by.column())), "grp")
            .column_as(response::Column::Id.count(), "n")
            .filter(response::Column::SurveyId.eq(id))
            .group_by(Expr::col(Alias::new(by.column())))
            .into_tuple()
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(g, n)| (g, u64::try_from(n).unwrap_or(0)))
            .collect())
    }

    /// Every response of a survey with its answers, in random order (for
    /// the CSV and XLSX exports).
    pub async fn survey_responses(&self, id: Uuid) -> StoreResult<Vec<ResponseRow>> {
        let responses = response::Entity::find()
            .filter(response::Column::SurveyId.eq(id))
            .order_by_asc(response::Column::Id)
            .all(self.conn())
            .await?;
        let mut answers = answer::Entity::find()
            .filter(answer::Column::SurveyId.eq(id))
            .order_by_asc(answer::Column::ResponseId)
            .order_by_asc(answer::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .peekable();
        let mut out = Vec::with_capacity(responses.len());
        for r in responses {
            let mut mine = Vec::new();
            while let Some(a) = answers.next_if(|a| a.response_id <= r.id) {
                if a.response_id == r.id {
                    mine.push(a);
                }
            }
            out.push(ResponseRow {
                agency_kind: r.agency_kind,
                profession: r.profession,
                province: r.province,
                submitted_on: r.submitted_on,
                answers: mine,
            });
        }
        Ok(out)
    }
}
