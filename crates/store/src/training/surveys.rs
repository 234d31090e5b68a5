//! Needs surveys: written and opened by the programme's coordinators,
//! answered once by each operator asked (or by anyone holding the public
//! link), read back as counts per question, choice and group of
//! respondents. An answer is stored with the respondent's agency kind,
//! profession and province and the day, never with who they are: the list
//! of who answered (to answer once) is a separate table, never joined to
//! the answers, and responses have random ids.

use chrono::{DateTime, Utc};
use crocevia_domain::training::survey::{Answer, Audience, FormError, SurveyForm, is_open};
use rand::RngCore;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query};
use sea_orm::{QueryOrder, QuerySelect};

use super::entities::{answer, audience, respondent, response, survey};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// A survey as a coordinator writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyInput {
    /// Title.
    pub title: String,
    /// What it is for.
    pub description: String,
    /// The questions.
    pub form: SurveyForm,
}

/// When and to whom a survey is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// Opens.
    pub opens: DateTime<Utc>,
    /// Closes (exclusive).
    pub closes: DateTime<Utc>,
    /// Who is asked in the workspace.
    pub audience: Audience,
    /// Whether a public link takes answers too.
    pub public: bool,
}

/// A stored survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    /// Id.
    pub id: Uuid,
    /// As written.
    pub input: SurveyInput,
    /// Open from (none: a draft).
    pub opens: Option<DateTime<Utc>>,
    /// Closed from.
    pub closes: Option<DateTime<Utc>>,
    /// Who is asked.
    pub audience: Audience,
    /// The public link's token.
    pub public_token: Option<String>,
    /// How many answered.
    pub responses: u64,
}

impl Survey {
    /// Whether it takes answers at `now`.
    #[must_use]
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        is_open(self.opens, self.closes, &now)
    }
}

/// How a response came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// An operator in the workspace.
    Workspace,
    /// The public link.
    Public,
}

impl Via {
    fn as_str(self) -> &'static str {
        match self {
            Via::Workspace => "workspace",
            Via::Public => "public",
        }
    }
}

/// Who answers, as far as the answers keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Respondent {
    /// The operator (to answer once; never stored with the answers).
    pub user: Option<Uuid>,
    /// Their agency's kind.
    pub agency_kind: String,
    /// Their profession.
    pub profession: String,
    /// Their province (ISTAT code; empty when unknown).
    pub province: String,
    /// How.
    pub via: Via,
}

fn survey_of(
    m: survey::Model,
    audience: &[audience::Model],
    responses: u64,
) -> StoreResult<Survey> {
    let form: SurveyForm = serde_json::from_str(&m.definition)
        .map_err(|_| StoreError::Corrupt(format!("survey {}", m.id)))?;
    let codes = |scope: &str| {
        audience
            .iter()
            .filter(|a| a.survey_id == m.id && a.scope == scope)
            .map(|a| a.code.clone())
            .collect()
    };
    Ok(Survey {
        id: m.id,
        audience: Audience {
            agencies: codes("agency"),
            provinces: codes("province"),
        },
        input: SurveyInput {
            title: m.title,
            description: m.description,
            form,
        },
        opens: m.opens_at,
        closes: m.closes_at,
        public_token: m.public_token,
        responses,
    })
}

fn check(input: &SurveyInput) -> StoreResult<String> {
    if input.title.trim().is_empty() || input.title.chars().count() > 300 {
        return Err(StoreError::Invalid("a survey needs a title"));
    }
    // A draft may have no question yet; it opens with one at least.
    match input.form.check() {
        Ok(()) | Err(FormError::Empty) => {}
        Err(_) => return Err(StoreError::Invalid("the survey's questions are not valid")),
    }
    serde_json::to_string(&input.form).map_err(|_| StoreError::Invalid("unwritable form"))
}

/// The answer's rows of one question.
pub(super) fn rows_of(
    response: Uuid,
    survey: Uuid,
    question: &str,
    a: &Answer,
) -> Vec<answer::ActiveModel> {
    // Random ids, like the response's: a time-ordered id would date the
    // answer to the millisecond, next to the audit entry of who answered.
    let row = |choice: Option<&str>, value: Option<i32>, words: Option<&str>| answer::ActiveModel {
        id: Set(Uuid::new_v4()),
        response_id: Set(response),
        survey_id: Set(survey),
        question: Set(question.to_owned()),
        choice: Set(choice.map(str::to_owned)),
        value: Set(value),
        words: Set(words.map(str::to_owned)),
    };
    match a {
        Answer::Single(c) => vec![row(Some(c), None, None)],
        Answer::Multiple(cs) => cs.iter().map(|c| row(Some(c), None, None)).collect(),
        Answer::Scale(p) => vec![row(None, Some(i32::from(*p)), None)],
        Answer::Ranking(cs) => cs
            .iter()
            .zip(1..)
            .map(|(c, place)| row(Some(c), Some(place), None))
            .collect(),
        Answer::Text(w) => vec![row(None, None, Some(w))],
    }
}

impl Store {
    /// Creates a survey (a draft); `trail` is given its id. `Invalid` when
    /// the title or the form is.
    pub async fn create_survey(
        &self,
        input: &SurveyInput,
        by: Uuid,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let definition = check(input)?;
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        let now = Utc::now();
        survey::ActiveModel {
            id: Set(id),
            title: Set(input.title.trim().to_owned()),
            description: Set(input.description.trim().to_owned()),
            definition: Set(definition),
            opens_at: Set(None),
            closes_at: Set(None),
            public_token: Set(None),
            created_by: Set(Some(by)),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Rewrites a survey's title, description and questions: `Conflict
    /// ("answered")` once anyone answered (the answers would no longer
    /// match), `NotFound` for no survey.
    pub async fn change_survey(
        &self,
        id: Uuid,
        input: &SurveyInput,
        trail: &Trail,
    ) -> StoreResult<()> {
        let definition = check(input)?;
        let txn = self.begin_write().await?;
        let Some(m) = survey::Entity::find_by_id(id).one(&txn).await? else {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("survey {id}")));
        };
        let answered = response::Entity::find()
            .filter(response::Column::SurveyId.eq(id))
            .one(&txn)
            .await?
            .is_some();
        if answered {
            txn.rollback().await?;
            return Err(StoreError::Conflict("answered"));
        }
        let mut row: survey::ActiveModel = m.into();
        row.title = Set(input.title.trim().to_owned());
        row.description = Set(input.description.trim().to_owned());
        row.definition = Set(definition);
        row.updated_at = Set(Utc::now());
        row.update(&txn).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Opens a survey for a period to an audience, with or without a public
    /// link (kept when it had one). `notice` is given the operators asked
    /// when the survey was a draft until now (told once), nobody otherwise.
    /// `Invalid` for a period that ends before it starts.
    pub async fn open_survey(
        &self,
        id: Uuid,
        opening: &Opening,
        notice: impl FnOnce(Vec<Uuid>) -> Trail,
    ) -> StoreResult<()> {
        if opening.closes <= opening.opens {
            return Err(StoreError::Invalid("a survey closes after it opens"));
        }
        let txn = self.begin_write().await?;
        let Some(m) = survey::Entity::find_by_id(id).one(&txn).await? else {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("survey {id}")));
        };
        let empty = serde_json::from_str::<SurveyForm>(&m.definition)
            .map_or(true, |f| f.questions.is_empty());
        if empty {
            txn.rollback().await?;
            return Err(StoreError::Invalid(
                "a survey opens with one question at least",
            ));
        }
        let first = m.opens_at.is_none();
        let token = match (opening.public, m.public_token.clone()) {
            (false, _) => None,
            (true, Some(kept)) => Some(kept),
            (true, None) => {
                let mut bytes = [0u8; 18];
                rand::rng().fill_bytes(&mut bytes);
                Some(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
            }
        };
        let mut row: survey::ActiveModel = m.into();
        row.opens_at = Set(Some(opening.opens));
        row.closes_at = Set(Some(opening.closes));
        row.public_token = Set(token);
        row.updated_at = Set(Utc::now());
        row.update(&txn).await?;
        audience::Entity::delete_many()
            .filter(audience::Column::SurveyId.eq(id))
            .exec(&txn)
            .await?;
        let scoped = opening
            .audience
            .agencies
            .iter()
            .map(|a| ("agency", a))
            .chain(opening.audience.provinces.iter().map(|p| ("province", p)));
        for (scope, code) in scoped {
            audience::ActiveModel {
                survey_id: Set(id),
                scope: Set(scope.to_owned()),
                code: Set(code.clone()),
            }
            .insert(&txn)
            .await?;
        }
        let asked = if first {
            self.operators_asked(&txn, &opening.audience).await?
        } else {
            Vec::new()
        };
        self.settle(&txn, &notice(asked)).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The active operators an audience asks (inside `txn`).
    async fn operators_asked(
        &self,
        txn: &impl ConnectionTrait,
        who: &Audience,
    ) -> StoreResult<Vec<Uuid>> {
        let mut query = Query::select()
            .distinct()
            .column((Alias::new("g"), Alias::new("user_id")))
            .from_as(Alias::new("grants"), Alias::new("g"))
            .join_as(
                JoinType::InnerJoin,
                Alias::new("agencies"),
                Alias::new("a"),
                Expr::col((Alias::new("a"), Alias::new("id")))
                    .equals((Alias::new("g"), Alias::new("agency_id"))),
            )
            .join_as(
                JoinType::InnerJoin,
                Alias::new("users"),
                Alias::new("u"),
                Expr::col((Alias::new("u"), Alias::new("id")))
                    .equals((Alias::new("g"), Alias::new("user_id"))),
            )
            .and_where(Expr::col((Alias::new("u"), Alias::new("active"))).eq(true))
            .to_owned();
        if !(who.agencies.is_empty() && who.provinces.is_empty()) {
            let agencies: Vec<Uuid> = who
                .agencies
                .iter()
                .filter_map(|a| Uuid::parse_str(a).ok())
                .collect();
            query.cond_where(
                sea_orm::Condition::any()
                    .add(Expr::col((Alias::new("a"), Alias::new("id"))).is_in(agencies))
                    .add(
                        Expr::col((Alias::new("a"), Alias::new("territory_province")))
                            .is_in(who.provinces.clone()),
                    ),
            );
        }
        let backend = txn.get_database_backend();
        let mut users = Vec::new();
        for row in txn.query_all_raw(backend.build(&query)).await? {
            users.push(row.try_get_by_index::<Uuid>(0)?);
        }
        Ok(users)
    }

    /// Closes a survey now (it stays readable).
    pub async fn close_survey(&self, id: Uuid, trail: &Trail) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let changed = survey::Entity::update_many()
            .col_expr(survey::Column::ClosesAt, Expr::value(Utc::now()))
            .col_expr(survey::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(survey::Column::Id.eq(id))
            .filter(survey::Column::OpensAt.is_not_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if changed == 0 {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("open survey {id}")));
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    async fn response_counts(&self) -> StoreResult<Vec<(Uuid, i64)>> {
        Ok(response::Entity::find()
            .select_only()
            .column(response::Column::SurveyId)
            .column_as(response::Column::Id.count(), "n")
            .group_by(response::Column::SurveyId)
            .into_tuple()
            .all(self.conn())
            .await?)
    }

    /// Every survey, newest first, with how many answered.
    pub async fn surveys(&self) -> StoreResult<Vec<Survey>> {
        let audience = audience::Entity::find().all(self.conn()).await?;
        let counts = self.response_counts().await?;
        survey::Entity::find()
            .order_by_desc(survey::Column::CreatedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                let n = counts.iter().find(|(s, _)| *s == m.id).map_or(0, |c| c.1);
                survey_of(m, &audience, u64::try_from(n).unwrap_or(0))
            })
            .collect()
    }

    async fn survey_where(&self, filter: sea_orm::Condition) -> StoreResult<Option<Survey>> {
        let Some(m) = survey::Entity::find()
            .filter(filter)
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let audience = audience::Entity::find()
            .filter(audience::Column::SurveyId.eq(m.id))
            .all(self.conn())
            .await?;
        let n = response::Entity::find()
            .filter(response::Column::SurveyId.eq(m.id))
            .count(self.conn())
            .await?;
        survey_of(m, &audience, n).map(Some)
    }

    /// One survey.
    pub async fn survey(&self, id: Uuid) -> StoreResult<Option<Survey>> {
        self.survey_where(sea_orm::Condition::all().add(survey::Column::Id.eq(id)))
            .await
    }

    /// The survey of a public link's token.
    pub async fn survey_by_token(&self, token: &str) -> StoreResult<Option<Survey>> {
        if token.is_empty() || token.len() > 64 {
            return Ok(None);
        }
        self.survey_where(sea_orm::Condition::all().add(survey::Column::PublicToken.eq(token)))
            .await
    }

    /// Whether `user` answered `survey`.
    pub async fn answered_survey(&self, survey: Uuid, user: Uuid) -> StoreResult<bool> {
        Ok(respondent::Entity::find_by_id((survey, user))
            .one(self.conn())
            .await?
            .is_some())
    }

    /// Which of `surveys` `user` answered.
    pub async fn surveys_answered_by(&self, user: Uuid) -> StoreResult<Vec<Uuid>> {
        Ok(respondent::Entity::find()
            .filter(respondent::Column::UserId.eq(user))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|r| r.survey_id)
            .collect())
    }

    /// Stores one person's answers (read against the form by the domain):
    /// `Conflict("answered")` when the operator already answered,
    /// `Conflict("closed")` when the survey takes no answers now, `NotFound`
    /// for no survey. The answers carry the day, never the time or the
    /// person.
    pub async fn answer_survey(
        &self,
        id: Uuid,
        who: &Respondent,
        answers: &[(String, Answer)],
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let Some(m) = survey::Entity::find_by_id(id).one(&txn).await? else {
            txn.rollback().await?;
            return Err(StoreError::NotFound(format!("survey {id}")));
        };
        let now = Utc::now();
        if !is_open(m.opens_at, m.closes_at, &now) {
            txn.rollback().await?;
            return Err(StoreError::Conflict("closed"));
        }
        if let Some(user) = who.user {
            let inserted = respondent::Entity::insert(respondent::ActiveModel {
                survey_id: Set(id),
                user_id: Set(user),
            })
            .on_conflict_do_nothing()
            .exec(&txn)
            .await;
            if matches!(inserted, Ok(sea_orm::TryInsertResult::Conflicted)) {
                txn.rollback().await?;
                return Err(StoreError::Conflict("answered"));
            }
            inserted?;
        }
        let response_id = Uuid::new_v4();
        response::ActiveModel {
            id: Set(response_id),
            survey_id: Set(id),
            agency_kind: Set(who.agency_kind.clone()),
            profession: Set(who.profession.clone()),
            province: Set(who.province.clone()),
            via: Set(who.via.as_str().to_owned()),
            submitted_on: Set(crocevia_domain::desk::calendar::rome(now)
                .date()
                .to_string()),
        }
        .insert(&txn)
        .await?;
        let rows: Vec<answer::ActiveModel> = answers
            .iter()
            .flat_map(|(q, a)| rows_of(response_id, id, q, a))
            .collect();
        for chunk in rows.chunks(200) {
            answer::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
