//! Training the operators (capacity building): thematic lines, course
//! formats, editions run in a territorial area, enrolment with a waiting
//! list, attendance, completion and the certificate's verification code.
//! Pure rules, property-tested; the store keeps the data, the web shows it.

pub mod checkin;
pub mod completion;
pub mod enrolment;
pub mod survey;
pub mod verification;
pub mod xlsform;

use crate::identity::{Subject, Target, allows, holds, perm};

/// How a course is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CourseFormat {
    /// A plenary lesson.
    Plenary,
    /// Small-group case supervision.
    Supervision,
    /// A live online lesson.
    Webinar,
    /// Distance learning (FAD), at the learner's pace.
    Distance,
    /// A residential summer school.
    SummerSchool,
}

impl CourseFormat {
    /// Every format, in the order a coordinator chooses from.
    pub const ALL: [CourseFormat; 5] = [
        CourseFormat::Plenary,
        CourseFormat::Supervision,
        CourseFormat::Webinar,
        CourseFormat::Distance,
        CourseFormat::SummerSchool,
    ];

    /// Its code, as stored and in message keys (`training-format-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            CourseFormat::Plenary => "plenary",
            CourseFormat::Supervision => "supervision",
            CourseFormat::Webinar => "webinar",
            CourseFormat::Distance => "distance",
            CourseFormat::SummerSchool => "summer_school",
        }
    }

    /// The format of a code.
    #[must_use]
    pub fn parse(code: &str) -> Option<CourseFormat> {
        CourseFormat::ALL.into_iter().find(|f| f.as_str() == code)
    }

    /// Whether its sessions happen online (a link instead of a place).
    #[must_use]
    pub fn online(self) -> bool {
        matches!(self, CourseFormat::Webinar | CourseFormat::Distance)
    }
}

/// A participant's attendance at one session, as the trainer registers it
/// (or a check-in records it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attendance {
    /// There from the start.
    Present,
    /// Came late (the minutes attended say how much).
    Late,
    /// Absent with a reason accepted by the trainer.
    Excused,
    /// Absent.
    Absent,
}

impl Attendance {
    /// Every mark, in the register's order.
    pub const ALL: [Attendance; 4] = [
        Attendance::Present,
        Attendance::Late,
        Attendance::Excused,
        Attendance::Absent,
    ];

    /// Its code, as stored and in message keys (`training-attendance-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Late => "late",
            Attendance::Excused => "excused",
            Attendance::Absent => "absent",
        }
    }

    /// The mark of a code.
    #[must_use]
    pub fn parse(code: &str) -> Option<Attendance> {
        Attendance::ALL.into_iter().find(|a| a.as_str() == code)
    }

    /// The minutes that count towards completion out of a session of
    /// `session_minutes`, given the `minutes` registered for a late arrival.
    #[must_use]
    pub fn counted_minutes(self, session_minutes: u32, minutes: Option<u32>) -> u32 {
        match self {
            Attendance::Present => session_minutes,
            Attendance::Late => minutes.unwrap_or(0).min(session_minutes),
            Attendance::Excused | Attendance::Absent => 0,
        }
    }
}

/// Who runs a session of a course (its register, its check-in screen, the
/// completion marks): the programme's coordinators (`training.manage` for
/// the whole network), and the course's own trainers (`trainers`, as user
/// ids) when they hold `training.manage` at all, whatever its scope. A
/// trainer of one course does not run another's.
#[must_use]
pub fn may_run(subject: &Subject, user: &str, trainers: &[&str]) -> bool {
    allows(subject, perm::TRAINING_MANAGE, &Target::Network)
        || (trainers.contains(&user) && holds(subject, perm::TRAINING_MANAGE))
}

/// A code of a configurable list (an area, a thematic line): lowercase
/// ASCII letters, digits, `-` and `_`, 2 to 40 characters, starting with a
/// letter. `None` when `code` is not one.
#[must_use]
pub fn valid_code(code: &str) -> Option<&str> {
    let ok = (2..=40).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    ok.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{Grant, Permission, Scope};

    fn subject(permissions: &[Permission], scope: Scope) -> Subject {
        Subject {
            grants: vec![Grant {
                agency: "a".to_owned(),
                permissions: permissions.iter().copied().collect(),
                scope,
            }],
            second_factor: true,
        }
    }

    #[test]
    fn a_session_is_run_by_the_programme_or_by_its_own_trainers() {
        let network = subject(&[perm::TRAINING_MANAGE], Scope::Network);
        let agency = subject(&[perm::TRAINING_MANAGE], Scope::OwnAgency);
        let nothing = subject(&[perm::DESK_PERSON_READ], Scope::Network);
        assert!(may_run(&network, "u", &[]), "the programme's coordinator");
        assert!(may_run(&agency, "u", &["t", "u"]), "the course's trainer");
        assert!(!may_run(&agency, "u", &["t"]), "another course's trainer");
        assert!(
            !may_run(&nothing, "u", &["u"]),
            "named, without the permission"
        );
        let unverified = Subject {
            second_factor: false,
            ..agency.clone()
        };
        assert!(
            !may_run(&unverified, "u", &["u"]),
            "without the second factor"
        );
    }

    #[test]
    fn formats_round_trip_and_online_ones_have_no_place() {
        for f in CourseFormat::ALL {
            assert_eq!(CourseFormat::parse(f.as_str()), Some(f));
        }
        assert!(CourseFormat::Webinar.online() && !CourseFormat::Plenary.online());
        assert_eq!(CourseFormat::parse("lecture"), None);
    }

    #[test]
    fn only_presence_counts_and_never_more_than_the_session() {
        for a in Attendance::ALL {
            assert_eq!(Attendance::parse(a.as_str()), Some(a));
        }
        assert_eq!(Attendance::Present.counted_minutes(120, None), 120);
        assert_eq!(Attendance::Late.counted_minutes(120, Some(90)), 90);
        assert_eq!(Attendance::Late.counted_minutes(120, Some(500)), 120);
        assert_eq!(Attendance::Excused.counted_minutes(120, Some(90)), 0);
        assert_eq!(Attendance::Absent.counted_minutes(120, None), 0);
    }

    #[test]
    fn codes_are_short_lowercase_words() {
        assert_eq!(valid_code("to"), Some("to"));
        assert_eq!(valid_code("at-al"), Some("at-al"));
        assert_eq!(
            valid_code("socio_anthropological"),
            Some("socio_anthropological")
        );
        for bad in ["", "a", "AT", "1to", "to al", "a/b", &"x".repeat(41)] {
            assert_eq!(valid_code(bad), None, "{bad}");
        }
    }
}
