//! How audit entries are chained and checked, without the database.
//!
//! Two ways of chaining, marked on every row (`chain`):
//!
//! - [`Chain::Sha256`] (1), the original: SHA-256 over the entry and the
//!   previous link. It detects edits by someone who does not recompute the
//!   hashes, but whoever can write the database can rewrite the chain from any
//!   row on and still verify.
//! - [`Chain::HmacSha256`] (2): HMAC-SHA-256 under an [`AuditKey`] kept outside
//!   the database (`keys/audit.key` or `CROCEVIA_AUDIT_KEY`). Without the key
//!   no entry can be forged or re-linked.
//!
//! Old rows keep their mark and verify as written; the first keyed entry links
//! to the last of them, so they are sealed by it. A plain entry after a keyed
//! one, or past the last position known to be plain ([`Verifier::legacy_until`],
//! recorded outside the database when the key is first used), is refused by
//! [`Verifier`] as a downgrade: else a forger could cut the keyed entries and
//! rewrite the rest as "old". What a key cannot show is a cut tail: for that,
//! the head ([`AuditHead`]) is published elsewhere and checked later
//! ([`Verifier::new`] with the published heads).

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};

use super::{AuditEvent, Model};

/// The link before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The 256-bit key of the audit chain; its `Debug` never shows the bytes.
pub struct AuditKey(SecretBox<[u8; 32]>);

impl AuditKey {
    /// Wraps key material.
    #[must_use]
    pub fn new(bytes: [u8; 32]) -> AuditKey {
        AuditKey(SecretBox::new(Box::new(bytes)))
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC takes keys of any length: this cannot fail.
        <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .unwrap_or_else(|_| unreachable!("HMAC accepts 32-byte keys"))
    }
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(***)")
    }
}

/// How an entry is chained (the `chain` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    /// Plain SHA-256: entries written before the audit key existed.
    Sha256,
    /// HMAC-SHA-256 under the audit key.
    HmacSha256,
}

impl Chain {
    /// The stored mark.
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            Chain::Sha256 => 1,
            Chain::HmacSha256 => 2,
        }
    }

    /// The chain of a stored mark.
    #[must_use]
    pub fn of(code: i32) -> Option<Chain> {
        match code {
            1 => Some(Chain::Sha256),
            2 => Some(Chain::HmacSha256),
            _ => None,
        }
    }
}

/// Feeds a length-prefixed encoding of every field (so no two different
/// entries encode alike) and the previous link to `sink`.
fn encode(tag: &str, seq: i64, at: &str, e: &AuditEvent, prev: &str, sink: &mut dyn FnMut(&[u8])) {
    let mut field = |value: Option<&str>| match value {
        None => sink(b"-"),
        Some(v) => {
            sink(b"+");
            sink(&(v.len() as u64).to_be_bytes());
            sink(v.as_bytes());
        }
    };
    field(Some(tag));
    field(Some(&seq.to_string()));
    field(Some(at));
    field(e.actor_user.as_deref());
    field(e.actor_agency.as_deref());
    field(Some(&e.action));
    field(Some(&e.object_type));
    field(e.object_id.as_deref());
    field(e.purpose.as_deref());
    field(e.request_id.as_deref());
    field(Some(prev));
}

/// The plain hash of an entry ([`Chain::Sha256`]): SHA-256 over the encoding.
#[must_use]
pub fn entry_hash(seq: i64, at: &str, e: &AuditEvent, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    encode("crocevia-audit-v1", seq, at, e, prev_hash, &mut |b| {
        h.update(b);
    });
    hex::encode(h.finalize())
}

fn keyed(key: &AuditKey, seq: i64, at: &str, e: &AuditEvent, prev: &str) -> Hmac<Sha256> {
    let mut mac = key.mac();
    encode("crocevia-audit-v2", seq, at, e, prev, &mut |b| {
        mac.update(b);
    });
    mac
}

/// The MAC of an entry ([`Chain::HmacSha256`]), hexadecimal.
#[must_use]
pub fn entry_mac(key: &AuditKey, seq: i64, at: &str, e: &AuditEvent, prev: &str) -> String {
    hex::encode(keyed(key, seq, at, e, prev).finalize().into_bytes())
}

/// The newest entry's position and link: what is published to show later
/// that the log was neither cut nor rewritten up to there. Written and read
/// as `SEQ:MAC`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditHead {
    /// Position (0 for an empty log).
    pub seq: i64,
    /// The entry's MAC (or hash, for an entry from before the key).
    pub mac: String,
}

/// A head that does not read as `SEQ:MAC`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid audit head {0:?}: expected SEQ:MAC, e.g. 42:{GENESIS}")]
pub struct InvalidHead(pub String);

impl std::str::FromStr for AuditHead {
    type Err = InvalidHead;

    fn from_str(s: &str) -> Result<AuditHead, InvalidHead> {
        let bad = || InvalidHead(s.chars().take(80).collect());
        let (seq, mac) = s.trim().split_once(':').ok_or_else(bad)?;
        let seq: i64 = seq.parse().map_err(|_| bad())?;
        let mac = mac.to_ascii_lowercase();
        if seq < 0 || mac.len() != 64 || !mac.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        Ok(AuditHead { seq, mac })
    }
}

impl std::fmt::Display for AuditHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.mac)
    }
}

/// The first problem found in the chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// An entry's content no longer matches its hash: it was edited.
    #[error("entry {seq}: its content does not match its hash (the entry was altered)")]
    Altered {
        /// Position of the entry.
        seq: i64,
    },
    /// A keyed entry's MAC does not match: edited, or forged without the key.
    #[error(
        "entry {seq}: its content does not match its MAC (the entry was altered, or this \
         is not the audit key that wrote it)"
    )]
    BadMac {
        /// Position of the entry.
        seq: i64,
    },
    /// A keyed entry, and no key to check it with.
    #[error("entry {seq} is keyed but no audit key was given: it cannot be checked")]
    NoKey {
        /// Position of the entry.
        seq: i64,
    },
    /// A plain entry after a keyed one, or where the log is known to be
    /// keyed: the chain was rewritten without the key from there on.
    #[error(
        "entry {seq}: it is chained with plain SHA-256 where the log is keyed (the log was \
         rewritten from here on)"
    )]
    Downgraded {
        /// Position of the entry.
        seq: i64,
    },
    /// An entry does not link to the one before it.
    #[error(
        "entry {seq}: it does not link to the previous entry (an entry was replaced or removed)"
    )]
    Unlinked {
        /// Position of the entry.
        seq: i64,
    },
    /// Positions are not contiguous.
    #[error("entry {expected} is missing (found entry {found} instead): entries were removed")]
    Missing {
        /// Position expected.
        expected: i64,
        /// Position found.
        found: i64,
    },
    /// The entry at a published head is not the one published.
    #[error("entry {seq} is not the one published as head {seq}: the log was rewritten")]
    HeadMismatch {
        /// Position of the published head.
        seq: i64,
    },
    /// The log ends before a published head.
    #[error("the log ends at entry {last} but entry {seq} was published: the log was cut")]
    Truncated {
        /// Position of the published head.
        seq: i64,
        /// Last entry present.
        last: i64,
    },
}

/// Outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    /// Entries checked.
    pub entries: u64,
    /// Hash or MAC of the last intact entry (the value to anchor elsewhere).
    pub head: String,
    /// Position of the last intact entry (0: none).
    pub head_seq: i64,
    /// Entries chained with plain SHA-256 (from before the audit key).
    pub legacy: u64,
    /// Published heads that were checked and found.
    pub heads_checked: u64,
    /// The first break, if any.
    pub broken: Option<ChainBreak>,
}

impl ChainReport {
    /// The head as published: `SEQ:MAC`.
    #[must_use]
    pub fn head(&self) -> AuditHead {
        AuditHead {
            seq: self.head_seq,
            mac: self.head.clone(),
        }
    }
}

/// Walks entries in order, one at a time, and stops at the first break.
#[derive(Debug)]
pub struct Verifier<'k> {
    key: Option<&'k AuditKey>,
    expected: BTreeMap<i64, String>,
    report: ChainReport,
    keyed_seen: bool,
    legacy_until: Option<i64>,
}

impl<'k> Verifier<'k> {
    /// A walk checking keyed entries with `key` and the position of every
    /// published head in `heads`.
    #[must_use]
    pub fn new(key: Option<&'k AuditKey>, heads: &[AuditHead]) -> Verifier<'k> {
        Verifier {
            key,
            expected: heads
                .iter()
                .filter(|h| h.seq > 0)
                .map(|h| (h.seq, h.mac.clone()))
                .collect(),
            report: ChainReport {
                entries: 0,
                head: GENESIS.to_owned(),
                head_seq: 0,
                legacy: 0,
                heads_checked: 0,
                broken: None,
            },
            keyed_seen: false,
            legacy_until: None,
        }
    }

    /// Entries after position `last` must be keyed: `last` is the last
    /// plain entry when the audit key was first used (0 for a log keyed from
    /// the start), as recorded outside the database.
    #[must_use]
    pub fn legacy_until(mut self, last: Option<i64>) -> Verifier<'k> {
        self.legacy_until = last;
        self
    }

    /// The position expected next.
    #[must_use]
    pub fn next_seq(&self) -> i64 {
        self.report.head_seq + 1
    }

    /// Checks the next entry; `false` once the chain is broken.
    pub fn push(&mut self, row: &Model) -> bool {
        if self.report.broken.is_some() {
            return false;
        }
        let broken = self.check(row);
        if broken.is_some() {
            self.report.broken = broken;
            return false;
        }
        if let Some(mac) = self.expected.remove(&row.seq) {
            if mac != row.hash {
                self.report.broken = Some(ChainBreak::HeadMismatch { seq: row.seq });
                return false;
            }
            self.report.heads_checked += 1;
        }
        self.report.entries += 1;
        self.report.head_seq = row.seq;
        self.report.head.clone_from(&row.hash);
        true
    }

    fn check(&mut self, row: &Model) -> Option<ChainBreak> {
        let seq = row.seq;
        if seq != self.next_seq() {
            return Some(ChainBreak::Missing {
                expected: self.next_seq(),
                found: seq,
            });
        }
        if row.prev_hash != self.report.head {
            return Some(ChainBreak::Unlinked { seq });
        }
        let event = AuditEvent::from(row);
        match Chain::of(row.chain) {
            Some(Chain::Sha256)
                if self.keyed_seen || self.legacy_until.is_some_and(|last| seq > last) =>
            {
                Some(ChainBreak::Downgraded { seq })
            }
            Some(Chain::Sha256) => {
                self.report.legacy += 1;
                (entry_hash(seq, &row.at, &event, &row.prev_hash) != row.hash)
                    .then_some(ChainBreak::Altered { seq })
            }
            Some(Chain::HmacSha256) => {
                self.keyed_seen = true;
                let Some(key) = self.key else {
                    return Some(ChainBreak::NoKey { seq });
                };
                let stored = hex::decode(&row.hash).unwrap_or_default();
                keyed(key, seq, &row.at, &event, &row.prev_hash)
                    .verify_slice(&stored)
                    .is_err()
                    .then_some(ChainBreak::BadMac { seq })
            }
            None => Some(ChainBreak::Altered { seq }),
        }
    }

    /// The report, once every entry was pushed: a published head beyond the
    /// last entry means the log was cut.
    #[must_use]
    pub fn finish(mut self) -> ChainReport {
        if self.report.broken.is_none()
            && let Some((&seq, _)) = self.expected.iter().next()
        {
            self.report.broken = Some(ChainBreak::Truncated {
                seq,
                last: self.report.head_seq,
            });
        }
        self.report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_depend_on_every_field_and_on_field_boundaries() {
        let e = AuditEvent {
            action: "a".into(),
            object_type: "bc".into(),
            ..AuditEvent::default()
        };
        let base = entry_hash(1, "t", &e, GENESIS);
        assert_eq!(base.len(), 64);
        let shifted = AuditEvent {
            action: "ab".into(),
            object_type: "c".into(),
            ..AuditEvent::default()
        };
        assert_ne!(base, entry_hash(1, "t", &shifted, GENESIS));
        let with_none_vs_empty = AuditEvent {
            object_id: Some(String::new()),
            ..e.clone()
        };
        assert_ne!(base, entry_hash(1, "t", &with_none_vs_empty, GENESIS));
        assert_ne!(base, entry_hash(2, "t", &e, GENESIS));
        assert_ne!(base, entry_hash(1, "u", &e, GENESIS));
        assert_ne!(base, entry_hash(1, "t", &e, &"1".repeat(64)));
    }

    #[test]
    fn macs_depend_on_the_key_and_differ_from_the_plain_hash() {
        let e = AuditEvent::new("a", "b", None);
        let (k1, k2) = (AuditKey::new([1; 32]), AuditKey::new([2; 32]));
        let mac = entry_mac(&k1, 1, "t", &e, GENESIS);
        assert_eq!(mac.len(), 64);
        assert_eq!(mac, entry_mac(&k1, 1, "t", &e, GENESIS));
        assert_ne!(mac, entry_mac(&k2, 1, "t", &e, GENESIS));
        assert_ne!(mac, entry_hash(1, "t", &e, GENESIS));
        assert_eq!(format!("{k1:?}"), "AuditKey(***)");
    }

    #[test]
    fn heads_read_back_and_refuse_garbage() {
        let head = AuditHead {
            seq: 42,
            mac: "ab".repeat(32),
        };
        assert_eq!(head.to_string().parse::<AuditHead>(), Ok(head.clone()));
        assert_eq!(
            format!("42:{}", "AB".repeat(32)).parse::<AuditHead>(),
            Ok(head)
        );
        for bad in [
            "",
            "42",
            "x:ab",
            "-1:00",
            "3:abc",
            &format!("3:{}", "g".repeat(64)),
        ] {
            assert!(bad.parse::<AuditHead>().is_err(), "{bad}");
        }
    }
}
