//! The programme's totals for the Region: operators trained (unique people
//! holding a certificate not revoked, never enrolments), certified hours,
//! and both by agency kind, profession, area, thematic line and project
//! (against each project's target). Counted by the database (`GROUP BY`), so the page does
//! not grow with the number of certificates: seven counts side by side on the
//! read pool, each joining only what it groups by, reading the certificates
//! through the covering index `training_certificates_counted` (migration
//! 000027). Reading the certificates out to count them here was slower on
//! SQLite (35,000 rows through the driver's channel; BENCHMARKS.md).

use sea_orm::{FromQueryResult, Statement};

use crate::{Store, StoreResult};

/// One line of a breakdown: its key (a code), the unique people and the
/// certified half hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The agency kind, profession, area, line or project code.
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
    /// By the project the edition was delivered under (an empty key: none).
    pub by_project: Vec<Count>,
}

#[derive(Debug, FromQueryResult)]
struct Row {
    key: Option<String>,
    people: i64,
    half_hours: Option<i64>,
}

/// The certificates that count.
const VALID: &str = "t.revoked_at IS NULL";

fn counts(rows: Vec<Row>) -> Vec<Count> {
    let mut out: Vec<Count> = rows
        .into_iter()
        .map(|r| Count {
            key: r.key.unwrap_or_default(),
            people: u64::try_from(r.people).unwrap_or(0),
            half_hours: u64::try_from(r.half_hours.unwrap_or(0)).unwrap_or(0),
        })
        .collect();
    out.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| a.key.cmp(&b.key)));
    out
}

impl Store {
    async fn grouped(&self, sql: String) -> StoreResult<Vec<Row>> {
        let backend = self.conn().get_database_backend();
        Ok(Row::find_by_statement(Statement::from_string(backend, sql))
            .all(self.conn())
            .await?)
    }

    /// The programme's totals.
    pub async fn training_totals(&self) -> StoreResult<Totals> {
        let by = |column: &str, joins: &str| {
            format!(
                "SELECT {column} AS key, COUNT(DISTINCT t.user_id) AS people, \
                 SUM(t.half_hours) AS half_hours FROM training_certificates t {joins} \
                 WHERE {VALID} GROUP BY {column}"
            )
        };
        let edition = "JOIN training_editions e ON e.id = t.edition_id";
        // Seven independent counts side by side on the read pool (each its
        // own connection): the page waits for the slowest, not the sum.
        let (all, enrolled, by_agency_kind, by_profession, by_area, by_line, by_project) = tokio::try_join!(
            self.grouped(format!(
                "SELECT NULL AS key, COUNT(DISTINCT t.user_id) AS people, \
                 SUM(t.half_hours) AS half_hours FROM training_certificates t WHERE {VALID}"
            )),
            self.grouped(
                "SELECT NULL AS key, COUNT(DISTINCT user_id) AS people, NULL AS half_hours \
                 FROM training_enrolments WHERE status <> 'cancelled'"
                    .to_owned(),
            ),
            // Each certificate once per kind of agency its holder works for
            // (the holder's distinct kinds, then their certificates).
            self.grouped(format!(
                "SELECT k.kind AS key, COUNT(DISTINCT t.user_id) AS people, \
                 SUM(t.half_hours) AS half_hours FROM (\
                   SELECT DISTINCT g.user_id, a.kind FROM grants g \
                   JOIN agencies a ON a.id = g.agency_id\
                 ) k JOIN training_certificates t ON t.user_id = k.user_id AND {VALID} \
                 GROUP BY k.kind"
            )),
            self.grouped(by("u.profession", "JOIN users u ON u.id = t.user_id")),
            self.grouped(by("e.area_code", edition)),
            self.grouped(by(
                "c.line_code",
                &format!("{edition} JOIN training_courses c ON c.id = e.course_id"),
            )),
            self.grouped(by("e.project_code", edition)),
        )?;
        let first = all.first();
        Ok(Totals {
            people: first.map_or(0, |r| u64::try_from(r.people).unwrap_or(0)),
            half_hours: first
                .and_then(|r| r.half_hours)
                .map_or(0, |h| u64::try_from(h).unwrap_or(0)),
            enrolled: enrolled
                .first()
                .map_or(0, |r| u64::try_from(r.people).unwrap_or(0)),
            by_agency_kind: counts(by_agency_kind),
            by_profession: counts(by_profession),
            by_area: counts(by_area),
            by_line: counts(by_line),
            by_project: counts(by_project),
        })
    }
}
