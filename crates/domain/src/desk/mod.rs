//! The one-stop desk: people, visits and cases ("presa in carico"), with the
//! rules that need no database — identifiers, partial dates, finding people
//! again despite spelling and script, and who may read which notes.

pub mod access;
pub mod calendar;
pub mod dates;
pub mod documents;
pub mod identifiers;
pub mod labels;
pub mod names;

use crate::identity::Profession;

pub use dates::{DateError, PartialDate};
pub use names::{
    ALIKE, Likeness, MatchReason, compare, latin, name_keys, pair_keys, query_pair_keys, sound_key,
};

macro_rules! stable_enum {
    ($(#[$doc:meta])* $name:ident { $( $(#[$vdoc:meta])* $variant:ident = $id:literal ),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vdoc])* #[serde(rename = $id)] $variant, )*
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),*];

            /// Stable identifier (database, API, message keys).
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $id, )* }
            }

            /// The value named `s`.
            #[must_use]
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }
    };
}

// After the macro, which it uses.
pub mod sharing;

stable_enum! {
    /// Sex as registered (documents may say "unknown").
    Sex {
        /// Female.
        Female = "female",
        /// Male.
        Male = "male",
        /// Other or not stated.
        Other = "other",
    }
}

stable_enum! {
    /// How well a person speaks a language (CEFR bands, or mother tongue).
    LanguageLevel {
        /// Mother tongue.
        Native = "native",
        /// C1–C2.
        Fluent = "fluent",
        /// B1–B2.
        Intermediate = "intermediate",
        /// A1–A2.
        Basic = "basic",
    }
}

stable_enum! {
    /// How a visit happened.
    Channel {
        /// At the desk.
        Desk = "desk",
        /// At an outreach desk (school, peripheral area).
        Outreach = "outreach",
        /// By telephone.
        Phone = "phone",
        /// Online (video call, messaging).
        Online = "online",
    }
}

stable_enum! {
    /// What came of a visit.
    Outcome {
        /// Information given.
        Information = "information",
        /// A guide handed over (the visit names it).
        Guide = "guide",
        /// An appointment booked.
        Appointment = "appointment",
        /// Referred to another service.
        Referral = "referral",
        /// Taken in charge: a case is opened.
        TakenInCharge = "taken_in_charge",
    }
}

stable_enum! {
    /// The dimensions a case is assessed by.
    Dimension {
        /// Legal status (permit, asylum, citizenship).
        Legal = "legal",
        /// Housing.
        Housing = "housing",
        /// Health.
        Health = "health",
        /// Work.
        Work = "work",
        /// Education and Italian language.
        Education = "education",
        /// Family.
        Family = "family",
        /// Income.
        Income = "income",
        /// Social network.
        Social = "social",
    }
}

stable_enum! {
    /// How pressing a need is.
    NeedLevel {
        /// No need.
        None = "none",
        /// Low.
        Low = "low",
        /// Medium.
        Medium = "medium",
        /// High.
        High = "high",
        /// Urgent.
        Urgent = "urgent",
    }
}

stable_enum! {
    /// Where a case stands.
    CaseStatus {
        /// Opened, not yet worked on.
        Open = "open",
        /// Being worked on.
        Active = "active",
        /// Paused.
        Suspended = "suspended",
        /// Closed (with a reason and an outcome).
        Closed = "closed",
    }
}

stable_enum! {
    /// How a closed case ended.
    CloseOutcome {
        /// The plan's goals were reached.
        GoalsMet = "goals_met",
        /// Some goals were reached.
        PartlyMet = "partly_met",
        /// Transferred to another service.
        Transferred = "transferred",
        /// The person moved away.
        MovedAway = "moved_away",
        /// The person stopped coming.
        DroppedOut = "dropped_out",
        /// Another ending.
        Other = "other",
    }
}

stable_enum! {
    /// Who may read a case note.
    NoteClass {
        /// The whole team.
        General = "general",
        /// Health operators (and the social workers who coordinate care).
        Health = "health",
        /// Legal operators.
        Legal = "legal",
        /// Penal matters: legal operators only.
        Penal = "penal",
    }
}

impl NoteClass {
    /// Whether someone of `profession` may read notes of this class. The
    /// one rule for pages, API and exports.
    #[must_use]
    pub fn readable_by(self, profession: Profession) -> bool {
        use Profession as P;
        match self {
            NoteClass::General => matches!(
                profession,
                P::FrontOffice
                    | P::SocialWorker
                    | P::LegalOperator
                    | P::HealthOperator
                    | P::Mediator
                    | P::Coordinator
            ),
            NoteClass::Health => matches!(profession, P::HealthOperator | P::SocialWorker),
            NoteClass::Legal => matches!(profession, P::LegalOperator | P::SocialWorker),
            NoteClass::Penal => matches!(profession, P::LegalOperator),
        }
    }
}

stable_enum! {
    /// Special-category facts about a person (GDPR art. 9 and 10), stored
    /// encrypted and shown only to whoever may read the person.
    Vulnerability {
        /// Unaccompanied foreign minor (MSNA).
        Msna = "msna",
        /// Victim of violence.
        ViolenceVictim = "violence_victim",
        /// Victim of trafficking.
        TraffickingVictim = "trafficking_victim",
        /// Disability.
        Disability = "disability",
        /// Asylum seeker or refugee.
        InternationalProtection = "international_protection",
    }
}

stable_enum! {
    /// What a line of a case's plan is.
    TaskKind {
        /// A goal of the plan.
        Goal = "goal",
        /// An action towards a goal.
        Action = "action",
        /// A task or reminder outside the plan (call back, bring a document).
        Task = "task",
    }
}

stable_enum! {
    /// Where a goal, action or task stands.
    TaskStatus {
        /// Not started.
        Todo = "todo",
        /// Under way.
        Doing = "doing",
        /// Done.
        Done = "done",
        /// Given up.
        Dropped = "dropped",
    }
}

impl TaskStatus {
    /// Whether nothing more is expected of it.
    #[must_use]
    pub fn is_finished(self) -> bool {
        matches!(self, TaskStatus::Done | TaskStatus::Dropped)
    }
}

stable_enum! {
    /// How two people of a household are related (read from the first).
    Relation {
        /// Spouse or civil partner.
        Spouse = "spouse",
        /// Child.
        Child = "child",
        /// Parent.
        Parent = "parent",
        /// Brother or sister.
        Sibling = "sibling",
        /// Other relative or cohabitant.
        Other = "other",
    }
}

impl Relation {
    /// The same link read from the other person.
    #[must_use]
    pub fn inverse(self) -> Relation {
        match self {
            Relation::Child => Relation::Parent,
            Relation::Parent => Relation::Child,
            other => other,
        }
    }
}

stable_enum! {
    /// Where an appointment stands.
    AppointmentStatus {
        /// Booked.
        Booked = "booked",
        /// The person came.
        Done = "done",
        /// The person did not come.
        Missed = "missed",
        /// Cancelled.
        Cancelled = "cancelled",
    }
}

/// How many days before a permit expires the renewal should be sent (the
/// Questura accepts applications from 60 days before expiry).
pub const PERMIT_RENEWAL_DAYS: i64 = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_notes_only_for_health_and_social_work() {
        assert!(NoteClass::Health.readable_by(Profession::HealthOperator));
        assert!(NoteClass::Health.readable_by(Profession::SocialWorker));
        assert!(!NoteClass::Health.readable_by(Profession::FrontOffice));
        assert!(!NoteClass::Health.readable_by(Profession::LegalOperator));
        assert!(!NoteClass::Penal.readable_by(Profession::SocialWorker));
        assert!(!NoteClass::General.readable_by(Profession::Analyst));
        assert_eq!(Relation::Child.inverse(), Relation::Parent);
        assert_eq!(Relation::Spouse.inverse(), Relation::Spouse);
        assert!(TaskStatus::Dropped.is_finished() && !TaskStatus::Doing.is_finished());
        for d in Dimension::ALL {
            assert_eq!(Dimension::parse(d.as_str()), Some(*d));
        }
    }
}
