//! Email addresses of operators, normalised so one person has one account.

use std::fmt;

/// A syntactically plausible email address, trimmed and lowercased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

/// Why a string is not an email address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidEmail {
    /// Nothing was given.
    #[error("the email address is empty")]
    Empty,
    /// Longer than RFC 5321 allows.
    #[error("the email address is longer than 254 characters")]
    TooLong,
    /// Not of the form `name@domain.tld`.
    #[error("the email address must look like name@example.org")]
    Malformed,
}

impl Email {
    /// Parses and normalises an address.
    pub fn parse(input: &str) -> Result<Email, InvalidEmail> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err(InvalidEmail::Empty);
        }
        if s.len() > 254 {
            return Err(InvalidEmail::TooLong);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(InvalidEmail::Malformed)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        let chars_ok =
            s.chars().all(|c| !c.is_whitespace() && !c.is_control()) && !local.contains('@');
        if local.is_empty() || local.len() > 64 || !domain_ok || !chars_ok {
            return Err(InvalidEmail::Malformed);
        }
        Ok(Email(s))
    }

    /// The normalised address.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalises_and_validates() {
        assert_eq!(
            Email::parse("  Maria.Rossi@Comune.Torino.IT ").map(|e| e.to_string()),
            Ok("maria.rossi@comune.torino.it".to_owned())
        );
        assert_eq!(Email::parse(""), Err(InvalidEmail::Empty));
        for bad in [
            "no-at", "a@b", "a@.b.c", "a@b..c", "@b.c", "a b@c.d", "a@b.c.",
        ] {
            assert_eq!(Email::parse(bad), Err(InvalidEmail::Malformed), "{bad}");
        }
        assert_eq!(
            Email::parse(&format!("{}@x.it", "a".repeat(260))),
            Err(InvalidEmail::TooLong)
        );
    }

    proptest! {
        #[test]
        fn parsing_is_idempotent(s in ".{0,80}") {
            if let Ok(e) = Email::parse(&s) {
                prop_assert_eq!(Email::parse(e.as_str()), Ok(e));
            }
        }
    }
}
