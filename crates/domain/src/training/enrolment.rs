//! Enrolment in an edition: within its window, a seat while there is one,
//! else a place on the waiting list; a cancellation moves the first waiting
//! operator up. One rule for self-enrolment and for a coordinator's.

use chrono::{DateTime, Utc};

/// When an edition takes enrolments, and how many seats it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Opens at.
    pub opens: DateTime<Utc>,
    /// Closes at (exclusive).
    pub closes: DateTime<Utc>,
    /// Seats (at least one).
    pub seats: u32,
}

impl Window {
    /// Whether it takes enrolments at `now`.
    #[must_use]
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.opens <= now && now < self.closes
    }
}

/// Where an enrolment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EnrolmentStatus {
    /// Has a seat.
    Enrolled,
    /// Waits for a seat, in order of request.
    Waiting,
    /// Cancelled (by the operator or their coordinator).
    Cancelled,
}

impl EnrolmentStatus {
    /// Its code, as stored.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EnrolmentStatus::Enrolled => "enrolled",
            EnrolmentStatus::Waiting => "waiting",
            EnrolmentStatus::Cancelled => "cancelled",
        }
    }

    /// The status of a code.
    #[must_use]
    pub fn parse(code: &str) -> Option<EnrolmentStatus> {
        [
            EnrolmentStatus::Enrolled,
            EnrolmentStatus::Waiting,
            EnrolmentStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == code)
    }
}

/// Why an enrolment is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The window has not opened yet.
    NotOpen,
    /// The window has closed.
    Closed,
    /// The operator is already enrolled or waiting.
    AlreadyIn,
}

impl Refusal {
    /// Its code, in message keys (`training-refused-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::NotOpen => "not-open",
            Refusal::Closed => "closed",
            Refusal::AlreadyIn => "already-in",
        }
    }
}

/// The place an enrolment request gets at `now`, given the seats taken and
/// whether the operator already holds a seat or a place in the queue.
///
/// # Errors
/// The [`Refusal`] saying why, when outside the window or already in.
pub fn place(
    window: &Window,
    now: DateTime<Utc>,
    taken: u32,
    already_in: bool,
) -> Result<EnrolmentStatus, Refusal> {
    if now < window.opens {
        return Err(Refusal::NotOpen);
    }
    if now >= window.closes {
        return Err(Refusal::Closed);
    }
    if already_in {
        return Err(Refusal::AlreadyIn);
    }
    Ok(if taken < window.seats {
        EnrolmentStatus::Enrolled
    } else {
        EnrolmentStatus::Waiting
    })
}

/// How many of the waiting (in their order) move up to a seat when `taken`
/// seats of `seats` are held: the seats free, at most the queue.
#[must_use]
pub fn promotions(seats: u32, taken: u32, waiting: usize) -> usize {
    let free = seats.saturating_sub(taken) as usize;
    free.min(waiting)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    fn window(seats: u32) -> Window {
        let opens = Utc
            .with_ymd_and_hms(2027, 1, 10, 8, 0, 0)
            .single()
            .expect("date");
        Window {
            opens,
            closes: opens + Duration::days(20),
            seats,
        }
    }

    #[test]
    fn the_window_and_a_second_request_are_refused_with_the_reason() {
        let w = window(2);
        let before = w.opens - Duration::seconds(1);
        assert_eq!(place(&w, before, 0, false), Err(Refusal::NotOpen));
        assert_eq!(place(&w, w.closes, 0, false), Err(Refusal::Closed));
        assert_eq!(place(&w, w.opens, 0, true), Err(Refusal::AlreadyIn));
        assert_eq!(place(&w, w.opens, 1, false), Ok(EnrolmentStatus::Enrolled));
        assert_eq!(place(&w, w.opens, 2, false), Ok(EnrolmentStatus::Waiting));
        for s in [
            EnrolmentStatus::Enrolled,
            EnrolmentStatus::Waiting,
            EnrolmentStatus::Cancelled,
        ] {
            assert_eq!(EnrolmentStatus::parse(s.as_str()), Some(s));
        }
    }

    proptest! {
        /// Requests and cancellations in any order never seat more than
        /// the seats, never leave a seat free while someone waits, and move
        /// the waiting up in the order they asked.
        #[test]
        fn seats_are_never_exceeded_and_the_queue_moves_in_order(
            seats in 1u32..6,
            steps in prop::collection::vec((any::<bool>(), 0usize..8), 1..60),
        ) {
            let w = window(seats);
            let mut enrolled: Vec<usize> = Vec::new();
            let mut waiting: Vec<usize> = Vec::new();
            let mut next = 0usize;
            for (request, pick) in steps {
                if request {
                    let taken = u32::try_from(enrolled.len()).expect("small");
                    match place(&w, w.opens, taken, false).expect("in the window") {
                        EnrolmentStatus::Enrolled => enrolled.push(next),
                        EnrolmentStatus::Waiting => waiting.push(next),
                        EnrolmentStatus::Cancelled => unreachable!(),
                    }
                    next += 1;
                } else if !enrolled.is_empty() {
                    enrolled.remove(pick % enrolled.len());
                    let taken = u32::try_from(enrolled.len()).expect("small");
                    let n = promotions(seats, taken, waiting.len());
                    let moved: Vec<usize> = waiting.drain(..n).collect();
                    let first = moved.first().copied();
                    enrolled.extend(moved);
                    // The first to move up is the one who asked first.
                    if let Some(first) = first {
                        prop_assert!(waiting.iter().all(|w| *w > first));
                    }
                }
                prop_assert!(enrolled.len() <= seats as usize);
                prop_assert!(waiting.is_empty() || enrolled.len() == seats as usize);
            }
        }
    }
}
