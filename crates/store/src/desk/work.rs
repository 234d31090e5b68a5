//! Working a case: the team, the plan (goals and actions) and tasks, the
//! documents (sealed at rest), and what an operator's dashboard lists —
//! their open cases, their actions due, the desk's latest visits.

use chrono::{NaiveDate, Utc};
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::{CaseStatus, TaskKind, TaskStatus};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{Condition, QueryOrder, QuerySelect};

use super::entities::{case, case_member, document, person, task, visit};
use super::{Case, corrupt, open_text, seal_text};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// A member of a case's team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Operator.
    pub operator_id: Uuid,
    /// Their profession when added.
    pub profession: String,
}

/// A goal, action or task as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskInput {
    /// Goal, action or task.
    pub kind: TaskKind,
    /// The goal an action serves.
    pub goal_id: Option<Uuid>,
    /// What.
    pub title: String,
    /// Who.
    pub owner_id: Option<Uuid>,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Remind from.
    pub remind_on: Option<NaiveDate>,
}

/// A stored goal, action or task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    /// Id.
    pub id: Uuid,
    /// Case.
    pub case_id: Uuid,
    /// What was written.
    pub input: TaskInput,
    /// Where it stands.
    pub status: TaskStatus,
}

/// A document's description (its content is read on its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentMeta {
    /// Id.
    pub id: Uuid,
    /// Case.
    pub case_id: Uuid,
    /// File name.
    pub name: String,
    /// Media type, read from the content.
    pub content_type: String,
    /// Size in bytes.
    pub size: i32,
    /// By.
    pub uploaded_by: Uuid,
    /// When.
    pub uploaded_at: chrono::DateTime<Utc>,
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse_day(s: Option<&str>, id: Uuid) -> StoreResult<Option<NaiveDate>> {
    s.map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| corrupt("task", id)))
        .transpose()
}

/// The sealing context of a task's title.
pub(super) fn title_context(id: Uuid) -> String {
    format!("desk_tasks.title:{id}")
}

fn task_of(t: task::Model, cipher: &FieldCipher) -> StoreResult<Task> {
    let title = open_text(cipher, &t.title, &title_context(t.id))?;
    Ok(Task {
        id: t.id,
        case_id: t.case_id,
        status: TaskStatus::parse(&t.status).ok_or_else(|| corrupt("task", t.id))?,
        input: TaskInput {
            kind: TaskKind::parse(&t.kind).ok_or_else(|| corrupt("task", t.id))?,
            goal_id: t.goal_id,
            due: parse_day(t.due.as_deref(), t.id)?,
            remind_on: parse_day(t.remind_on.as_deref(), t.id)?,
            title,
            owner_id: t.owner_id,
        },
    })
}

fn document_context(id: Uuid) -> String {
    format!("desk_documents.body:{id}")
}

impl Store {
    /// Adds an operator to a case's team (again: nothing changes).
    pub async fn add_member(
        &self,
        case_id: Uuid,
        operator: Uuid,
        profession: &str,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        case_member::Entity::insert(case_member::ActiveModel {
            case_id: Set(case_id),
            operator_id: Set(operator),
            profession: Set(profession.to_owned()),
            added_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([case_member::Column::CaseId, case_member::Column::OperatorId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Removes an operator from a case's team.
    pub async fn remove_member(
        &self,
        case_id: Uuid,
        operator: Uuid,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        case_member::Entity::delete_many()
            .filter(case_member::Column::CaseId.eq(case_id))
            .filter(case_member::Column::OperatorId.eq(operator))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A case's team, in the order they joined.
    pub async fn members(&self, case_id: Uuid) -> StoreResult<Vec<Member>> {
        Ok(case_member::Entity::find()
            .filter(case_member::Column::CaseId.eq(case_id))
            .order_by_asc(case_member::Column::AddedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| Member {
                operator_id: m.operator_id,
                profession: m.profession,
            })
            .collect())
    }

    /// Adds a goal, action or task to a case; returns its id.
    pub async fn add_task(
        &self,
        case_id: Uuid,
        input: &TaskInput,
        by: Uuid,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        let now = Utc::now();
        task::ActiveModel {
            id: Set(id),
            case_id: Set(case_id),
            kind: Set(input.kind.as_str().to_owned()),
            goal_id: Set(input.goal_id),
            title: Set(seal_text(cipher, &input.title, &title_context(id))),
            owner_id: Set(input.owner_id),
            due: Set(input.due.map(day)),
            remind_on: Set(input.remind_on.map(day)),
            status: Set(TaskStatus::Todo.as_str().to_owned()),
            created_by: Set(by),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// A goal, action or task.
    pub async fn task(&self, id: Uuid, cipher: &FieldCipher) -> StoreResult<Option<Task>> {
        task::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(|t| task_of(t, cipher))
            .transpose()
    }

    /// Moves a goal, action or task to `status`.
    pub async fn set_task_status(
        &self,
        id: Uuid,
        status: TaskStatus,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        task::Entity::update_many()
            .col_expr(task::Column::Status, Expr::value(status.as_str()))
            .col_expr(task::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(task::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A case's goals, actions and tasks, in the order written.
    pub async fn tasks_of(&self, case_id: Uuid, cipher: &FieldCipher) -> StoreResult<Vec<Task>> {
        task::Entity::find()
            .filter(task::Column::CaseId.eq(case_id))
            .order_by_asc(task::Column::CreatedAt)
            .order_by_asc(task::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|t| task_of(t, cipher))
            .collect()
    }

    /// Actions and tasks still open that are due by `until`, or ask to be
    /// remembered by `today`: those `operator` owns, or (`None`) those of
    /// every case of `agencies`. Soonest first.
    pub async fn tasks_due(
        &self,
        operator: Option<Uuid>,
        agencies: &[Uuid],
        today: NaiveDate,
        until: NaiveDate,
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Task>> {
        // Each task's case checked by its key (an index on the task's
        // owner or due date drives the query, not the agency's cases).
        let of_agencies = Query::select()
            .expr(Expr::val(1))
            .from(case::Entity)
            .and_where(
                Expr::col((case::Entity, case::Column::Id))
                    .equals((task::Entity, task::Column::CaseId)),
            )
            .and_where(Expr::col((case::Entity, case::Column::AgencyId)).is_in(agencies.to_vec()))
            .to_owned();
        let mut query = task::Entity::find().filter(task::Column::Kind.ne(TaskKind::Goal.as_str()));
        // An operator's own: their index drives, and the agencies of the few
        // cases found are checked after.
        query = match operator {
            Some(operator) => query.filter(task::Column::OwnerId.eq(operator)),
            None => query.filter(Expr::exists(of_agencies)),
        };
        let tasks: Vec<Task> = query
            .filter(
                task::Column::Status.is_in([TaskStatus::Todo.as_str(), TaskStatus::Doing.as_str()]),
            )
            .filter(
                Condition::any()
                    .add(task::Column::Due.lte(day(until)))
                    .add(task::Column::RemindOn.lte(day(today))),
            )
            .order_by_with_nulls(
                task::Column::Due,
                sea_orm::Order::Asc,
                sea_orm::sea_query::NullOrdering::Last,
            )
            .order_by_asc(task::Column::Id)
            .limit(if operator.is_some() { limit * 4 } else { limit })
            .all(self.conn())
            .await?
            .into_iter()
            .map(|t| task_of(t, cipher))
            .collect::<StoreResult<_>>()?;
        if operator.is_none() {
            return Ok(tasks);
        }
        let ids: Vec<Uuid> = tasks.iter().map(|t| t.case_id).collect();
        let readable: std::collections::HashSet<Uuid> = case::Entity::find()
            .select_only()
            .column(case::Column::Id)
            .filter(case::Column::Id.is_in(ids))
            .filter(case::Column::AgencyId.is_in(agencies.to_vec()))
            .into_tuple::<Uuid>()
            .all(self.conn())
            .await?
            .into_iter()
            .collect();
        Ok(tasks
            .into_iter()
            .filter(|t| readable.contains(&t.case_id))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect())
    }

    /// Cases of `agencies` that `operator` opened or is on the team of, not
    /// closed; the latest first.
    pub async fn open_cases_of(
        &self,
        operator: Uuid,
        agencies: &[Uuid],
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Case>> {
        let open = [
            CaseStatus::Open.as_str(),
            CaseStatus::Active.as_str(),
            CaseStatus::Suspended.as_str(),
        ];
        // Two index lookups (cases opened, latest first; teams joined,
        // latest first) rather than one OR that would read every case of
        // the agency.
        let joined: Vec<Uuid> = case_member::Entity::find()
            .select_only()
            .column(case_member::Column::CaseId)
            .filter(case_member::Column::OperatorId.eq(operator))
            .order_by_desc(case_member::Column::AddedAt)
            .limit(limit * 4)
            .into_tuple()
            .all(self.conn())
            .await?;
        let mut cases = Vec::new();
        for mine in [
            case::Column::OpenedBy.eq(operator),
            case::Column::Id.is_in(joined),
        ] {
            cases.extend(
                case::Entity::find()
                    .filter(mine)
                    .filter(case::Column::Status.is_in(open))
                    .filter(case::Column::AgencyId.is_in(agencies.to_vec()))
                    .order_by_desc(case::Column::UpdatedAt)
                    .limit(limit)
                    .all(self.conn())
                    .await?,
            );
        }
        cases.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        cases.dedup_by_key(|c| c.id);
        cases.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        cases
            .into_iter()
            .map(|c| super::cases::case_of(c, cipher))
            .collect()
    }

    /// The latest visits at `agencies` of people whose records `agencies`
    /// own (a visit stays with the desk that recorded it, but never shows
    /// a person the desk no longer reads): (person, when, channel code).
    pub async fn recent_visits(
        &self,
        agencies: &[Uuid],
        limit: u64,
    ) -> StoreResult<Vec<(Uuid, chrono::DateTime<Utc>, String)>> {
        let of_readable = Query::select()
            .expr(Expr::val(1))
            .from(person::Entity)
            .and_where(
                Expr::col((person::Entity, person::Column::Id))
                    .equals((visit::Entity, visit::Column::PersonId)),
            )
            .and_where(
                Expr::col((person::Entity, person::Column::AgencyId)).is_in(agencies.to_vec()),
            )
            .to_owned();
        Ok(visit::Entity::find()
            .select_only()
            .column(visit::Column::PersonId)
            .column(visit::Column::At)
            .column(visit::Column::Channel)
            .filter(visit::Column::AgencyId.is_in(agencies.to_vec()))
            .filter(Expr::exists(of_readable))
            .order_by_desc(visit::Column::At)
            .limit(limit)
            .into_tuple()
            .all(self.conn())
            .await?)
    }

    /// Attaches a document (already checked: type read from its content,
    /// size within the limit) to a case, sealed; returns its id.
    pub async fn add_document(
        &self,
        case_id: Uuid,
        (name, content_type, content): (&str, &str, &[u8]),
        cipher: &FieldCipher,
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = Uuid::now_v7();
        let size = i32::try_from(content.len())
            .map_err(|_| StoreError::Invalid("document larger than 2 GiB"))?;
        document::ActiveModel {
            id: Set(id),
            case_id: Set(case_id),
            name: Set(name.to_owned()),
            content_type: Set(content_type.to_owned()),
            size: Set(size),
            body: Set(cipher.seal(content, &document_context(id))),
            uploaded_by: Set(by),
            uploaded_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// A case's documents (without their content), latest first.
    pub async fn documents(&self, case_id: Uuid) -> StoreResult<Vec<DocumentMeta>> {
        self.document_metas(document::Column::CaseId.eq(case_id))
            .await
    }

    /// One document's description.
    pub async fn documents_meta(&self, id: Uuid) -> StoreResult<Option<DocumentMeta>> {
        Ok(self
            .document_metas(document::Column::Id.eq(id))
            .await?
            .pop())
    }

    async fn document_metas(
        &self,
        filter: sea_orm::sea_query::SimpleExpr,
    ) -> StoreResult<Vec<DocumentMeta>> {
        Ok(document::Entity::find()
            .select_only()
            .columns([
                document::Column::Id,
                document::Column::CaseId,
                document::Column::Name,
                document::Column::ContentType,
                document::Column::Size,
                document::Column::UploadedBy,
                document::Column::UploadedAt,
            ])
            .filter(filter)
            .order_by_desc(document::Column::UploadedAt)
            .into_tuple::<(Uuid, Uuid, String, String, i32, Uuid, chrono::DateTime<Utc>)>()
            .all(self.conn())
            .await?
            .into_iter()
            .map(
                |(id, case_id, name, content_type, size, uploaded_by, uploaded_at)| DocumentMeta {
                    id,
                    case_id,
                    name,
                    content_type,
                    size,
                    uploaded_by,
                    uploaded_at,
                },
            )
            .collect())
    }

    /// A document with its content opened.
    pub async fn document(
        &self,
        id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<(DocumentMeta, Vec<u8>)>> {
        let Some(d) = document::Entity::find_by_id(id).one(self.conn()).await? else {
            return Ok(None);
        };
        let content = cipher
            .open(&d.body, &document_context(d.id))
            .map_err(|_| corrupt("document", d.id))?;
        Ok(Some((
            DocumentMeta {
                id: d.id,
                case_id: d.case_id,
                name: d.name,
                content_type: d.content_type,
                size: d.size,
                uploaded_by: d.uploaded_by,
                uploaded_at: d.uploaded_at,
            },
            content,
        )))
    }

    /// Removes a document.
    pub async fn delete_document(&self, id: Uuid, trail: &Trail) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        document::Entity::delete_by_id(id).exec(&txn).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
