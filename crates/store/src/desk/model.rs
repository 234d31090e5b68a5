//! What the desk records and reads: people and their sensitive facts, visits, cases, assessments and notes.

use chrono::{DateTime, Utc};
use crocevia_domain::desk::{
    CaseStatus, Channel, CloseOutcome, Dimension, NeedLevel, NoteClass, Outcome, PartialDate,
    Vulnerability,
};
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How names are looked up, from the narrowest (fewest rows read) to the
/// broadest; a caller tries the next when the previous finds nobody alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLookup {
    /// Two of the names together, with this year of birth.
    PairsInYear(i32),
    /// Any one name, with this year of birth.
    SinglesInYear(i32),
    /// Two of the names together.
    Pairs,
    /// Any one name (may read many rows: every Mohamed).
    Singles,
}

/// Special-category facts about a person, sealed as one JSON document.
/// `Debug` shows only whether each is recorded.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sensitive {
    /// Vulnerabilities (MSNA, victim of violence or trafficking, disability…).
    #[serde(default)]
    pub vulnerabilities: BTreeSet<Vulnerability>,
    /// Health facts the person agreed to record.
    #[serde(default)]
    pub health: String,
    /// Penal matters.
    #[serde(default)]
    pub penal: String,
}

impl std::fmt::Debug for Sensitive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sensitive")
            .field("vulnerabilities", &Redacted(self.vulnerabilities.len()))
            .field("health", &Redacted(self.health.len()))
            .field("penal", &Redacted(self.penal.len()))
            .finish()
    }
}

/// Stands in `Debug` output for a special-category value: its size only.
pub(crate) struct Redacted(pub(crate) usize);

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<redacted: {}>", self.0)
    }
}

impl Sensitive {
    /// Whether nothing is recorded.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.vulnerabilities.is_empty()
            && self.health.trim().is_empty()
            && self.penal.trim().is_empty()
    }
}

/// A person as registered or edited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonInput {
    /// Given names as written.
    pub given_name: String,
    /// Family names as written.
    pub family_name: String,
    /// Latin transliteration (computed when not given).
    pub latin_name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Date of birth, as far as known.
    pub birth: Option<PartialDate>,
    /// `female`, `male`, `other`.
    pub sex: Option<String>,
    /// ISO 3166 alpha-2, upper case.
    pub citizenships: Vec<String>,
    /// (kind, normalized value): `cf`, `stp`, `permit`.
    pub identifiers: Vec<(String, String)>,
    /// (language tag, level).
    pub languages: Vec<(String, String)>,
    /// Permit type.
    pub permit_type: Option<String>,
    /// Permit expiry.
    pub permit_expiry: Option<chrono::NaiveDate>,
    /// Telephone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Special-category facts.
    pub sensitive: Sensitive,
}

/// A stored person, with what is sealed opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Id.
    pub id: Uuid,
    /// Owning agency.
    pub agency_id: Uuid,
    /// The fields.
    pub input: PersonInput,
    /// Merged into another record.
    pub merged_into: Option<Uuid>,
    /// Registered.
    pub created_at: DateTime<Utc>,
}

/// A visit as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitInput {
    /// How.
    pub channel: Channel,
    /// Language used.
    pub lang: Option<String>,
    /// A mediator was present.
    pub mediator: bool,
    /// Reason codes.
    pub reasons: Vec<String>,
    /// Outcomes.
    pub outcomes: Vec<Outcome>,
    /// The guide handed over.
    pub guide_slug: Option<String>,
    /// The outreach desk it happened at.
    pub outreach_id: Option<Uuid>,
}

/// A stored visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    /// Id.
    pub id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// Agency.
    pub agency_id: Uuid,
    /// When.
    pub at: DateTime<Utc>,
    /// Operator.
    pub operator_id: Uuid,
    /// What was recorded.
    pub input: VisitInput,
}

/// A reason for a visit, from the configurable list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitReason {
    /// Code.
    pub code: String,
    /// Italian label.
    pub label_it: String,
    /// English label.
    pub label_en: String,
}

/// A case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Id.
    pub id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// Owning agency.
    pub agency_id: Uuid,
    /// Status.
    pub status: CaseStatus,
    /// Opened.
    pub opened_at: DateTime<Utc>,
    /// Why and how it was closed.
    pub closing: Option<(String, CloseOutcome)>,
}

/// The latest assessment of one dimension (`Debug` hides the notes).
#[derive(Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Dimension.
    pub dimension: Dimension,
    /// Need level.
    pub level: NeedLevel,
    /// Notes (opened).
    pub notes: String,
    /// When.
    pub at: DateTime<Utc>,
    /// By.
    pub by: Uuid,
}

/// A case note (opened; `Debug` hides the text).
#[derive(Clone, PartialEq, Eq)]
pub struct Note {
    /// Id.
    pub id: Uuid,
    /// Class.
    pub class: NoteClass,
    /// Text.
    pub body: String,
    /// Author.
    pub author_id: Uuid,
    /// Written.
    pub at: DateTime<Utc>,
}

impl std::fmt::Debug for Assessment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Assessment")
            .field("dimension", &self.dimension)
            .field("level", &self.level)
            .field("notes", &Redacted(self.notes.len()))
            .field("at", &self.at)
            .field("by", &self.by)
            .finish()
    }
}

impl std::fmt::Debug for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Note")
            .field("id", &self.id)
            .field("class", &self.class)
            .field("body", &Redacted(self.body.len()))
            .field("author_id", &self.author_id)
            .field("at", &self.at)
            .finish()
    }
}

/// The visit reasons every installation starts with (editable later).
pub const DEFAULT_REASONS: [(&str, &str, &str); 12] = [
    ("permit", "Permesso di soggiorno", "Residence permit"),
    ("residence", "Residenza anagrafica", "Registered residence"),
    (
        "health",
        "Salute e iscrizione al SSN",
        "Health and NHS registration",
    ),
    (
        "work",
        "Lavoro e centro per l'impiego",
        "Work and job centre",
    ),
    ("housing", "Casa", "Housing"),
    ("school", "Scuola e formazione", "School and training"),
    ("italian", "Corsi di italiano", "Italian courses"),
    (
        "family",
        "Ricongiungimento familiare",
        "Family reunification",
    ),
    ("citizenship", "Cittadinanza", "Citizenship"),
    (
        "asylum",
        "Protezione internazionale",
        "International protection",
    ),
    ("legal", "Consulenza legale", "Legal advice"),
    ("other", "Altro", "Other"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use crocevia_domain::desk::NoteClass;
    use std::collections::BTreeSet;
    use uuid::Uuid;

    #[test]
    fn debug_output_never_shows_special_categories() {
        let sensitive = Sensitive {
            vulnerabilities: BTreeSet::new(),
            health: "HIV-positive".to_owned(),
            penal: "pending-trial".to_owned(),
        };
        let note = Note {
            id: Uuid::nil(),
            class: NoteClass::Health,
            body: "psychiatric-followup".to_owned(),
            author_id: Uuid::nil(),
            at: Utc::now(),
        };
        let shown = format!("{sensitive:?} {note:?}");
        for secret in ["HIV", "pending", "psychiatric"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(shown.contains("<redacted: 12>"), "sizes stay: {shown}");
    }
}
