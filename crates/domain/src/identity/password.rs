//! Operator passwords: the strength policy and argon2id hashing.
//!
//! The policy refuses passwords that are short or easy to guess. "Easy to
//! guess" is zxcvbn's estimate, whose dictionaries include the most frequent
//! passwords of public breaches, so breached passwords are refused without any
//! network lookup.

use argon2::password_hash::{PasswordHash as Phc, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;

/// Shortest password accepted (NIST SP 800-63B asks at least 8; these accounts
/// read special-category personal data).
pub const MIN_LENGTH: usize = 12;
/// Longest password accepted (hashing cost stays bounded).
pub const MAX_LENGTH: usize = 256;

/// Why a new password was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LENGTH`] characters.
    #[error("the password must have at least {MIN_LENGTH} characters")]
    TooShort,
    /// More than [`MAX_LENGTH`] characters.
    #[error("the password must have at most {MAX_LENGTH} characters")]
    TooLong,
    /// Found in common or breached password lists, or built on a predictable
    /// pattern or on the person's own name or email.
    #[error("the password is too easy to guess")]
    TooGuessable,
}

/// Checks a new password; `context` holds the person's name and email so they
/// cannot be the password.
pub fn check_policy(password: &str, context: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let entropy = zxcvbn::zxcvbn(password, context);
    if (entropy.score() as u8) < 3 {
        return Err(PasswordProblem::TooGuessable);
    }
    Ok(())
}

/// A stored password hash (PHC string, argon2id).
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(***)")
    }
}

/// Hashing failed (only on invalid parameters: a bug, not user input).
#[derive(Debug, Clone, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

/// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

impl PasswordHash {
    /// Hashes a password with a fresh random salt.
    pub fn new(password: &str) -> Result<PasswordHash, HashError> {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|e| HashError(e.to_string()))?;
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| PasswordHash(h.to_string()))
            .map_err(|e| HashError(e.to_string()))
    }

    /// Wraps a stored PHC string.
    #[must_use]
    pub fn from_stored(phc: String) -> PasswordHash {
        PasswordHash(phc)
    }

    /// The PHC string to store.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `password` matches.
    #[must_use]
    pub fn verify(&self, password: &str) -> bool {
        Phc::new(&self.0)
            .is_ok_and(|phc| hasher().verify_password(password.as_bytes(), &phc).is_ok())
    }
}

/// Spends the time of one verification without an account, so a login for an
/// unknown email takes as long as one with a wrong password.
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::LazyLock<Option<PasswordHash>> =
        std::sync::LazyLock::new(|| PasswordHash::new("crocevia-timing-equaliser").ok());
    if let Some(hash) = DUMMY.as_ref() {
        let _ = hash.verify(password);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_refuses_short_common_and_personal_passwords() {
        assert_eq!(check_policy("short1!", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(
            check_policy(&"x".repeat(300), &[]),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(
            check_policy("password1234", &[]),
            Err(PasswordProblem::TooGuessable)
        );
        assert_eq!(
            check_policy("qwertyuiop123", &[]),
            Err(PasswordProblem::TooGuessable)
        );
        assert_eq!(
            check_policy(
                "maria.rossi@comune.it",
                &["maria rossi", "maria.rossi@comune.it"]
            ),
            Err(PasswordProblem::TooGuessable)
        );
        assert_eq!(
            check_policy("correct horse battery staple ottobre", &[]),
            Ok(())
        );
    }

    #[test]
    fn hashes_verify_only_their_password_and_hide_in_debug() {
        let h = PasswordHash::new("Sportello-Unico-2026!").expect("hash");
        assert!(h.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(h.verify("Sportello-Unico-2026!"));
        assert!(!h.verify("sportello-unico-2026!"));
        assert!(!PasswordHash::from_stored("garbage".into()).verify("x"));
        assert_eq!(format!("{h:?}"), "PasswordHash(***)");
        let again = PasswordHash::new("Sportello-Unico-2026!").expect("hash");
        assert_ne!(h, again, "salted");
    }
}
