//! Self check-in by QR: the trainer's screen shows a code of the session
//! that changes every [`PERIOD_SECONDS`]; an enrolled operator scans it
//! while signed in. The code is a keyed MAC of the session and the time
//! window, so nobody can make one without the installation's key, and a
//! code photographed and sent away stops working once it rotates (a few
//! seconds of grace cover a scan at the turn).

use chrono::{DateTime, Utc};
use hmac::Mac;

use super::verification::crockford;

/// How long one code lasts.
pub const PERIOD_SECONDS: i64 = 30;
/// How long the previous code is still taken after the turn.
pub const GRACE_SECONDS: i64 = 5;
/// How far back an old code is recognised as this session's (to say
/// "expired" rather than "not this session's").
const RECOGNISED_WINDOWS: i64 = 120;

/// Why a scanned code is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckinRefusal {
    /// It was this session's code, but it has rotated since.
    Expired,
    /// It is not a code of this session (another session's, mistyped or
    /// made up).
    Foreign,
}

impl CheckinRefusal {
    /// Its code, in message keys (`training-checkin-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            CheckinRefusal::Expired => "expired",
            CheckinRefusal::Foreign => "foreign",
        }
    }
}

/// The time window of `at`.
#[must_use]
pub fn window_of(at: DateTime<Utc>) -> i64 {
    at.timestamp().div_euclid(PERIOD_SECONDS)
}

/// The code of `session` in `window`: 8 characters of Crockford base32.
#[must_use]
pub fn code(key: &[u8; 32], session: &str, window: i64) -> String {
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(b"crocevia.training.checkin.v1\0");
    mac.update(session.as_bytes());
    mac.update(b"\0");
    mac.update(&window.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    crockford(&digest[..5])
}

/// The code shown at `now`, and the seconds until it rotates.
#[must_use]
pub fn current(key: &[u8; 32], session: &str, now: DateTime<Utc>) -> (String, i64) {
    let window = window_of(now);
    let left = (window + 1) * PERIOD_SECONDS - now.timestamp();
    (code(key, session, window), left)
}

/// Checks a scanned `scanned` code of `session` at `now`.
///
/// # Errors
/// [`CheckinRefusal::Expired`] for an old code of this session,
/// [`CheckinRefusal::Foreign`] for anything else.
pub fn verify(
    key: &[u8; 32],
    session: &str,
    scanned: &str,
    now: DateTime<Utc>,
) -> Result<(), CheckinRefusal> {
    let scanned: String = scanned
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if scanned.len() != 8 {
        return Err(CheckinRefusal::Foreign);
    }
    let window = window_of(now);
    let same = |w: i64| constant_time_eq(code(key, session, w).as_bytes(), scanned.as_bytes());
    let into_window = now.timestamp() - window * PERIOD_SECONDS;
    if same(window) || (into_window < GRACE_SECONDS && same(window - 1)) {
        return Ok(());
    }
    if (1..=RECOGNISED_WINDOWS).any(|back| same(window - back)) {
        return Err(CheckinRefusal::Expired);
    }
    Err(CheckinRefusal::Foreign)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    const KEY: [u8; 32] = [7; 32];

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_800_000_000 + seconds, 0)
            .single()
            .expect("time")
    }

    #[test]
    fn a_code_works_until_it_rotates_then_says_expired() {
        let start = at(0) - Duration::seconds(at(0).timestamp().rem_euclid(PERIOD_SECONDS));
        let (shown, left) = current(&KEY, "s1", start);
        assert_eq!(left, PERIOD_SECONDS);
        assert_eq!(shown.len(), 8);
        assert_eq!(verify(&KEY, "s1", &shown, start), Ok(()));
        assert_eq!(
            verify(
                &KEY,
                "s1",
                &shown.to_lowercase(),
                start + Duration::seconds(29)
            ),
            Ok(())
        );
        // A scan at the turn still counts, for a few seconds.
        assert_eq!(
            verify(&KEY, "s1", &shown, start + Duration::seconds(32)),
            Ok(())
        );
        assert_eq!(
            verify(&KEY, "s1", &shown, start + Duration::seconds(36)),
            Err(CheckinRefusal::Expired)
        );
        assert_eq!(
            verify(&KEY, "s2", &shown, start),
            Err(CheckinRefusal::Foreign),
            "another session's code"
        );
        assert_eq!(
            verify(&KEY, "s1", "ABC", start),
            Err(CheckinRefusal::Foreign)
        );
        assert_eq!(
            verify(&[8; 32], "s1", &shown, start),
            Err(CheckinRefusal::Foreign),
            "another installation's key"
        );
    }

    proptest! {
        /// Whatever the moment, the code shown is accepted, and the code of
        /// two windows before is not.
        #[test]
        fn the_shown_code_is_taken_and_an_old_one_is_not(
            seconds in 0i64..10_000_000,
            session in "[a-z0-9-]{1,36}",
        ) {
            let now = at(seconds);
            let (shown, _) = current(&KEY, &session, now);
            prop_assert_eq!(verify(&KEY, &session, &shown, now), Ok(()));
            let old = code(&KEY, &session, window_of(now) - 2);
            prop_assert_ne!(verify(&KEY, &session, &old, now), Ok(()));
        }
    }
}
