//! Completing a course: its rules are a list of conditions, all to be met
//! (attendance of at least a share of the hours, the trainer's mark), so
//! that a later kind of condition (distance modules passed) is one more
//! variant, evaluated beside the others, without changing these.

/// One condition of completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// Attended at least this percentage (1–100) of the scheduled minutes.
    Attendance {
        /// The share required, in percent.
        percent: u8,
    },
    /// The trainer marked the participant as having completed.
    TrainerMark,
}

impl Condition {
    /// Its code, in message keys (`training-condition-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Attendance { .. } => "attendance",
            Condition::TrainerMark => "trainer-mark",
        }
    }
}

/// What is known of one participant in one edition.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Record {
    /// The minutes of the edition's sessions.
    pub scheduled_minutes: u32,
    /// The minutes attended (present or late, as registered).
    pub attended_minutes: u32,
    /// The trainer's completion mark.
    pub marked: bool,
}

/// The conditions of `rules` that `record` does not meet yet; empty when
/// the course is completed.
#[must_use]
pub fn missing(rules: &[Condition], record: &Record) -> Vec<Condition> {
    rules.iter().copied().filter(|c| !met(*c, record)).collect()
}

/// Whether `record` completes a course of `rules` (a course without rules
/// is completed by attending all of it).
#[must_use]
pub fn completed(rules: &[Condition], record: &Record) -> bool {
    if rules.is_empty() {
        return met(Condition::Attendance { percent: 100 }, record);
    }
    missing(rules, record).is_empty()
}

fn met(condition: Condition, record: &Record) -> bool {
    match condition {
        Condition::Attendance { percent } => {
            record.scheduled_minutes > 0
                && u64::from(record.attended_minutes) * 100
                    >= u64::from(record.scheduled_minutes) * u64::from(percent.clamp(1, 100))
        }
        Condition::TrainerMark => record.marked,
    }
}

/// The half hours a certificate states: the attended minutes, to the half
/// hour below.
#[must_use]
pub fn certified_half_hours(attended_minutes: u32) -> u32 {
    attended_minutes / 30
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RULES: [Condition; 2] = [
        Condition::Attendance { percent: 75 },
        Condition::TrainerMark,
    ];

    #[test]
    fn three_quarters_of_the_hours_and_the_mark_complete() {
        let record = |attended, marked| Record {
            scheduled_minutes: 600,
            attended_minutes: attended,
            marked,
        };
        assert!(completed(&RULES, &record(450, true)));
        assert_eq!(missing(&RULES, &record(449, true)), vec![RULES[0]]);
        assert_eq!(
            missing(&RULES, &record(600, false)),
            vec![Condition::TrainerMark]
        );
        assert!(
            !completed(&RULES, &Record::default()),
            "nothing scheduled completes nothing"
        );
        assert!(completed(&[], &record(600, false)));
        assert!(!completed(&[], &record(599, true)));
        assert_eq!(certified_half_hours(449), 14);
        assert_eq!(certified_half_hours(450), 15);
    }

    proptest! {
        /// Attending more never loses a completion; a stricter share never
        /// completes what a looser one does not.
        #[test]
        fn completion_is_monotone(
            scheduled in 1u32..10_000,
            attended in 0u32..10_000,
            more in 0u32..1_000,
            percent in 1u8..=100,
            marked: bool,
        ) {
            let rules = [Condition::Attendance { percent }, Condition::TrainerMark];
            let r = Record { scheduled_minutes: scheduled, attended_minutes: attended, marked };
            let better = Record { attended_minutes: attended + more, ..r };
            if completed(&rules, &r) {
                prop_assert!(completed(&rules, &better));
            }
            let stricter = [Condition::Attendance { percent: percent.saturating_add(1).min(100) }, Condition::TrainerMark];
            if completed(&stricter, &r) {
                prop_assert!(completed(&rules, &r));
            }
        }
    }
}
