//! The programme's totals for the Region: operators trained (unique people
//! holding a certificate not revoked, never enrolments), certified hours,
//! and both by agency kind, profession, area and thematic line; against the
//! project's target. The certificates that count are read once with what
//! they are grouped by (one scan, three joins by primary key) and counted
//! here: six `GROUP BY` queries redid the scan and its joins six times (see
//! BENCHMARKS.md, training at scale).

use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::OnConflict;
use std::collections::{HashMap, HashSet};

use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, Statement};
use uuid::Uuid;

use super::entities::target;
use crate::{Store, StoreResult};

/// How many operators a project commits to train.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The project (`SOFIA2`).
    pub project: String,
    /// Operators to train.
    pub people: u32,
}

/// One line of a breakdown: its key (a code), the unique people and the
/// certified half hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The agency kind, profession, area or line code.
    pub key: String,
    /// Unique people trained.
    pub people: u64,
    /// Certified half hours.
    pub half_hours: u64,
}

/// The programme's totals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    /// Unique people trained.
    pub people: u64,
    /// Certified half hours.
    pub half_hours: u64,
    /// Unique people holding a seat or certificate anywhere (enrolled).
    pub enrolled: u64,
    /// By the kind of the agencies the people work for (someone working for
    /// two kinds counts in both).
    pub by_agency_kind: Vec<Count>,
    /// By profession.
    pub by_profession: Vec<Count>,
    /// By the area of the edition.
    pub by_area: Vec<Count>,
    /// By the thematic line of the course.
    pub by_line: Vec<Count>,
}

/// A certificate that counts, with what it is grouped by.
#[derive(Debug, FromQueryResult)]
struct Held {
    user_id: Uuid,
    half_hours: i32,
    profession: String,
    area_code: String,
    line_code: String,
}

/// Unique people and half hours of one group, while counting.
#[derive(Default)]
struct Tally {
    people: HashSet<Uuid>,
    half_hours: u64,
}

impl Tally {
    fn add(&mut self, user: Uuid, half_hours: u64) {
        self.people.insert(user);
        self.half_hours += half_hours;
    }
}

/// Replaces the target inside `txn` (none: removed).
pub(super) async fn write_target(
    txn: &impl ConnectionTrait,
    target: Option<&Target>,
) -> StoreResult<()> {
    target::Entity::delete_many().exec(txn).await?;
    if let Some(t) = target {
        target::Entity::insert(target::ActiveModel {
            id: Set(1),
            project: Set(t.project.trim().chars().take(200).collect()),
            people: Set(i32::try_from(t.people).unwrap_or(i32::MAX)),
        })
        .on_conflict(
            OnConflict::column(target::Column::Id)
                .update_columns([target::Column::Project, target::Column::People])
                .to_owned(),
        )
        .exec(txn)
        .await?;
    }
    Ok(())
}

/// The groups as counts, most people first.
fn counts(groups: HashMap<String, Tally>) -> Vec<Count> {
    let mut out: Vec<Count> = groups
        .into_iter()
        .map(|(key, t)| Count {
            key,
            people: t.people.len() as u64,
            half_hours: t.half_hours,
        })
        .collect();
    out.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.key.cmp(&b.key)));
    out
}

impl Store {
    /// The project's target, if one is set.
    pub async fn training_target(&self) -> StoreResult<Option<Target>> {
        Ok(target::Entity::find_by_id(1)
            .one(self.conn())
            .await?
            .map(|t| Target {
                project: t.project,
                people: u32::try_from(t.people).unwrap_or(0),
            }))
    }

    /// The programme's totals.
    pub async fn training_totals(&self) -> StoreResult<Totals> {
        let backend = self.conn().get_database_backend();
        let held = Held::find_by_statement(Statement::from_string(
            backend,
            "SELECT t.user_id, t.half_hours, u.profession, e.area_code, c.line_code \
             FROM training_certificates t \
             JOIN training_editions e ON e.id = t.edition_id \
             JOIN training_courses c ON c.id = e.course_id \
             JOIN users u ON u.id = t.user_id \
             WHERE t.revoked_at IS NULL",
        ))
        .all(self.conn());
        // Everyone's agency kinds (a person working for two kinds counts in
        // both) and who holds a seat anywhere, side by side on the pool.
        let kinds = self.conn().query_all_raw(Statement::from_string(
            backend,
            "SELECT DISTINCT g.user_id, a.kind FROM grants g JOIN agencies a ON a.id = g.agency_id",
        ));
        let enrolled = self.conn().query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(DISTINCT user_id) FROM training_enrolments WHERE status <> 'cancelled'",
        ));
        let (held, kinds, enrolled) = tokio::try_join!(held, kinds, enrolled)?;
        let mut kinds_of: HashMap<Uuid, Vec<String>> = HashMap::new();
        for row in kinds {
            kinds_of
                .entry(row.try_get_by_index::<Uuid>(0)?)
                .or_default()
                .push(row.try_get_by_index::<String>(1)?);
        }
        let mut all = Tally::default();
        let mut by: [HashMap<String, Tally>; 4] = Default::default();
        for h in held {
            let half_hours = u64::try_from(h.half_hours).unwrap_or(0);
            all.add(h.user_id, half_hours);
            for kind in kinds_of.get(&h.user_id).into_iter().flatten() {
                by[0]
                    .entry(kind.clone())
                    .or_default()
                    .add(h.user_id, half_hours);
            }
            by[1]
                .entry(h.profession)
                .or_default()
                .add(h.user_id, half_hours);
            by[2]
                .entry(h.area_code)
                .or_default()
                .add(h.user_id, half_hours);
            by[3]
                .entry(h.line_code)
                .or_default()
                .add(h.user_id, half_hours);
        }
        let enrolled = match enrolled {
            Some(row) => row.try_get_by_index::<i64>(0)?,
            None => 0,
        };
        let [by_agency_kind, by_profession, by_area, by_line] = by;
        Ok(Totals {
            people: all.people.len() as u64,
            half_hours: all.half_hours,
            enrolled: u64::try_from(enrolled).unwrap_or(0),
            by_agency_kind: counts(by_agency_kind),
            by_profession: counts(by_profession),
            by_area: counts(by_area),
            by_line: counts(by_line),
        })
    }
}
