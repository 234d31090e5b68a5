//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), the second
//! factor of operators, and single-use recovery codes.

use rand::RngCore;
use totp_rs::{Algorithm, Secret, TOTP};

/// Steps of clock drift tolerated on each side.
const SKEW: u8 = 1;
/// Step length in seconds.
const STEP: u64 = 30;

/// A TOTP secret (20 random bytes); never shown in `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(***)")
    }
}

impl TotpSecret {
    /// A fresh random secret.
    #[must_use]
    pub fn generate() -> TotpSecret {
        let mut bytes = vec![0u8; 20];
        rand::rng().fill_bytes(&mut bytes);
        TotpSecret(bytes)
    }

    /// From stored bytes.
    #[must_use]
    pub fn from_bytes(bytes: Vec<u8>) -> TotpSecret {
        TotpSecret(bytes)
    }

    /// From the base32 form shown for manual entry (spaces ignored).
    #[must_use]
    pub fn from_base32(text: &str) -> Option<TotpSecret> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        Secret::Encoded(compact).to_bytes().ok().map(TotpSecret)
    }

    /// The bytes to store (encrypted).
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Base32 for manual entry in an authenticator app, in groups of four.
    #[must_use]
    pub fn base32_grouped(&self) -> String {
        let b32 = Secret::Raw(self.0.clone()).to_encoded().to_string();
        b32.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn totp(&self, issuer: &str, account: &str) -> Option<TOTP> {
        TOTP::new(
            Algorithm::SHA1,
            6,
            SKEW,
            STEP,
            self.0.clone(),
            Some(issuer.to_owned()),
            account.to_owned(),
        )
        .ok()
    }

    /// The `otpauth://` URL an authenticator app reads from the QR code.
    #[must_use]
    pub fn otpauth_url(&self, issuer: &str, account: &str) -> Option<String> {
        // totp-rs refuses ':' in issuer or account.
        let issuer = issuer.replace(':', " ");
        self.totp(&issuer, &account.replace(':', " "))
            .map(|t| t.get_url())
    }

    /// The code of `unix_time` (for tests and tools).
    #[must_use]
    pub fn code_at(&self, unix_time: u64) -> String {
        self.totp("crocevia", "x")
            .map(|t| t.generate(unix_time))
            .unwrap_or_default()
    }

    /// The time step `code` belongs to, if it is valid at `unix_time` (one step
    /// of drift either side) and later than `last_used_step` (no replay).
    #[must_use]
    pub fn verify(&self, code: &str, unix_time: u64, last_used_step: Option<u64>) -> Option<u64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now_step = unix_time / STEP;
        let candidates = [now_step.saturating_sub(1), now_step, now_step + 1];
        candidates
            .into_iter()
            .filter(|step| last_used_step.is_none_or(|last| *step > last))
            .find(|step| {
                let expected = self.code_at(step * STEP);
                // Constant-time comparison of two 6-digit strings.
                expected.len() == code.len()
                    && expected
                        .bytes()
                        .zip(code.bytes())
                        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                        == 0
            })
    }
}

/// Ten recovery codes of 10 characters (`xxxxx-xxxxx`, no look-alike letters).
#[must_use]
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..10)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rng().fill_bytes(&mut bytes);
            let chars: String = bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// A recovery code as typed, normalised for comparison.
#[must_use]
pub fn normalise_recovery_code(input: &str) -> String {
    input
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 (8 digits there; the last 6 here).
    #[test]
    fn matches_the_rfc_test_vectors() {
        let s = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(s.code_at(59), "287082");
        assert_eq!(s.code_at(1_111_111_109), "081804");
        assert_eq!(s.code_at(1_234_567_890), "005924");
    }

    #[test]
    fn accepts_one_step_of_drift_and_never_a_replay() {
        let s = TotpSecret::generate();
        let t = 1_800_000_000;
        let code = s.code_at(t);
        let step = s.verify(&code, t, None).expect("valid now");
        assert_eq!(step, t / 30);
        assert_eq!(
            s.verify(&code, t + 30, None),
            Some(step),
            "30 s later still valid"
        );
        assert_eq!(s.verify(&code, t + 90, None), None, "too late");
        assert_eq!(s.verify(&code, t, Some(step)), None, "replay refused");
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(s.verify(&spaced, t, None), Some(step));
        assert_eq!(s.verify("12345", t, None), None);
        assert_eq!(s.verify("abcdef", t, None), None);
    }

    #[test]
    fn urls_and_codes_are_well_formed() {
        let s = TotpSecret::generate();
        let url = s.otpauth_url("Rete Crocevia", "op@comune.it").expect("url");
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert_eq!(s.base32_grouped().replace(' ', "").len(), 32);
        assert_eq!(
            TotpSecret::from_base32(&s.base32_grouped()),
            Some(s.clone())
        );
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
        );
        assert_eq!(normalise_recovery_code(" ABCDE-fghjk "), "abcdefghjk");
    }
}
