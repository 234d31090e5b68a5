//! Field-level encryption of special-category data and secrets
//! (XChaCha20-Poly1305): random 192-bit nonces, and associated data that binds
//! a ciphertext to its row and column so it cannot be moved elsewhere.
//!
//! A sealed value cannot be looked up; where a lookup needs one (a person
//! by identifier), a *blind index* stands beside it: a keyed hash
//! (HMAC-SHA256 under a key derived from the field key), equal for equal
//! values and useless without the key. An unkeyed hash would not do: an
//! STP code has a few billion values, tried in minutes.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;

/// Nonce length.
const NONCE: usize = 24;

/// Encrypts and decrypts fields with the installation's field key, and
/// computes their blind indexes.
pub struct FieldCipher(XChaCha20Poly1305, [u8; 32]);

impl std::fmt::Debug for FieldCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FieldCipher(***)")
    }
}

/// A ciphertext that does not open: wrong key, wrong context or altered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("encrypted field cannot be decrypted (wrong key or context, or altered)")]
pub struct OpenError;

impl FieldCipher {
    /// A cipher with a 256-bit key.
    #[must_use]
    pub fn new(key: &[u8; 32]) -> FieldCipher {
        FieldCipher(
            XChaCha20Poly1305::new(Key::from_slice(key)),
            hmac(key, b"crocevia/field-blind-index"),
        )
    }

    /// The blind index of `value` (already normalized): 128 bits of
    /// HMAC-SHA256 under the index key, as 32 lower-case hex digits. Equal
    /// values give equal indexes; without the key nothing can be learnt
    /// from it, not even by trying every value.
    #[must_use]
    pub fn blind_index(&self, value: &str) -> String {
        use std::fmt::Write;
        hmac(&self.1, value.as_bytes())[..16].iter().fold(
            String::with_capacity(32),
            |mut hex, b| {
                let _ = write!(hex, "{b:02x}");
                hex
            },
        )
    }

    /// Encrypts `plaintext` bound to `context` (e.g. `users.totp_secret:<id>`);
    /// the result is nonce ‖ ciphertext ‖ tag.
    #[must_use]
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .0
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            // Encryption fails only for inputs beyond 256 GiB.
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        out
    }

    /// Decrypts what [`FieldCipher::seal`] produced for the same `context`.
    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, OpenError> {
        if sealed.len() < NONCE + 16 {
            return Err(OpenError);
        }
        let (nonce, body) = sealed.split_at(NONCE);
        self.0
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| OpenError)
    }
}

/// HMAC-SHA256 of `message` under `key`.
/// A key for one purpose derived from an installation key: HMAC-SHA256 of
/// `label` (e.g. `crocevia/training-checkin`) under it, so one secret in the
/// data directory serves several uses without one revealing another.
#[must_use]
pub fn derive_key(key: &[u8; 32], label: &str) -> [u8; 32] {
    hmac(key, label.as_bytes())
}

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    use hmac::Mac;
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC-SHA256 accepts any key length"));
    mac.update(message);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_only_with_the_same_key_context_and_bytes() {
        let c = FieldCipher::new(&[1; 32]);
        let sealed = c.seal(b"vittima di tratta", "people.vulnerability:42");
        assert!(!sealed.windows(7).any(|w| w == b"vittima"));
        assert_eq!(
            c.open(&sealed, "people.vulnerability:42"),
            Ok(b"vittima di tratta".to_vec())
        );
        assert_eq!(c.open(&sealed, "people.vulnerability:43"), Err(OpenError));
        assert_eq!(
            FieldCipher::new(&[2; 32]).open(&sealed, "people.vulnerability:42"),
            Err(OpenError)
        );
        let mut altered = sealed.clone();
        let last = altered.len() - 1;
        altered[last] ^= 1;
        assert_eq!(c.open(&altered, "people.vulnerability:42"), Err(OpenError));
        assert_eq!(c.open(&[0; 10], "x"), Err(OpenError));
        assert_ne!(
            sealed,
            c.seal(b"vittima di tratta", "people.vulnerability:42"),
            "fresh nonce"
        );
    }

    #[test]
    fn blind_index_is_keyed_stable_and_hides_the_value() {
        let c = FieldCipher::new(&[1; 32]);
        let index = c.blind_index("STP0100011234567");
        assert_eq!(index.len(), 32);
        assert!(index.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(index, c.blind_index("STP0100011234567"), "stable");
        assert_ne!(index, c.blind_index("STP0100011234568"));
        assert_ne!(
            index,
            FieldCipher::new(&[2; 32]).blind_index("STP0100011234567"),
            "another key, another index"
        );
        assert!(!index.contains("0100011234567"));
    }
}
