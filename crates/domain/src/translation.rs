//! One translation concept for every translated text: a guide's or a
//! glossary concept's fields (`content_texts`) and a directory record's
//! fields (`dir_translations`). A translation is written against the
//! Italian source as it was ([`source_hash`]); it is `machine` (not yet
//! reviewed: machine, imported or draft) or `reviewed` as stored, and
//! `outdated` when the source changed since, which is derived when read
//! ([`TranslationStatus::of`]), never stored. The rule lives here once.

use sha2::{Digest, Sha256};

/// The status of a text as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranslationStatus {
    /// The Italian source itself.
    Source,
    /// An unreviewed (machine, imported or draft) translation of the current
    /// source: shown with a notice.
    Machine,
    /// A reviewed translation of the current source.
    Reviewed,
    /// A translation of an older source: not shown to the public, listed
    /// for translators.
    Outdated,
}

impl TranslationStatus {
    /// Every status, in the order of a translator's work list.
    pub const ALL: [TranslationStatus; 4] = [
        TranslationStatus::Source,
        TranslationStatus::Machine,
        TranslationStatus::Outdated,
        TranslationStatus::Reviewed,
    ];

    /// Its name (`missing`, the absence of a text, is not a status).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Source => "source",
            TranslationStatus::Machine => "machine",
            TranslationStatus::Reviewed => "reviewed",
            TranslationStatus::Outdated => "outdated",
        }
    }

    /// The status of a stored translation: `stored` is its stored status,
    /// `hash` the [`source_hash`] of the source it translated, `source` the
    /// Italian text now.
    #[must_use]
    pub fn of(stored: &str, hash: &str, source: &str) -> TranslationStatus {
        if source_hash(source) != hash {
            TranslationStatus::Outdated
        } else if stored == TranslationStatus::Reviewed.as_str() {
            TranslationStatus::Reviewed
        } else {
            TranslationStatus::Machine
        }
    }

    /// What is stored for a translation written now: `reviewed` when a
    /// reviewer said so, `machine` otherwise.
    #[must_use]
    pub fn stored(reviewed: bool) -> &'static str {
        if reviewed {
            TranslationStatus::Reviewed.as_str()
        } else {
            TranslationStatus::Machine.as_str()
        }
    }

    /// Whether the public may read a text of this status (an outdated
    /// translation would tell an old procedure).
    #[must_use]
    pub fn is_current(self) -> bool {
        self != TranslationStatus::Outdated
    }
}

/// The fingerprint of an Italian source text (trimmed): SHA-256, hex.
#[must_use]
pub fn source_hash(text: &str) -> String {
    Sha256::digest(text.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_source_makes_any_translation_outdated() {
        let hash = source_hash("Permesso di soggiorno");
        assert_eq!(
            TranslationStatus::of("reviewed", &hash, "Permesso di soggiorno"),
            TranslationStatus::Reviewed
        );
        assert_eq!(
            TranslationStatus::of("machine", &hash, " Permesso di soggiorno\n"),
            TranslationStatus::Machine,
            "whitespace around the source is not a change"
        );
        for stored in ["reviewed", "machine", "anything"] {
            assert_eq!(
                TranslationStatus::of(stored, &hash, "Permesso di soggiorno UE"),
                TranslationStatus::Outdated
            );
        }
        assert_eq!(
            TranslationStatus::of("draft", &hash, "Permesso di soggiorno"),
            TranslationStatus::Machine,
            "anything not reviewed is shown as unreviewed"
        );
    }

    #[test]
    fn the_hash_is_sha256_hex_of_the_trimmed_text() {
        assert_eq!(
            source_hash(" abc "),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(TranslationStatus::stored(true), "reviewed");
        assert_eq!(TranslationStatus::stored(false), "machine");
        assert!(!TranslationStatus::Outdated.is_current());
    }
}
