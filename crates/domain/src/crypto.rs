//! Field-level encryption of special-category data and secrets
//! (XChaCha20-Poly1305): random 192-bit nonces, and associated data that binds
//! a ciphertext to its row and column so it cannot be moved elsewhere.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;

/// Nonce length.
const NONCE: usize = 24;

/// Encrypts and decrypts fields with the installation's field key.
pub struct FieldCipher(XChaCha20Poly1305);

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
        FieldCipher(XChaCha20Poly1305::new(Key::from_slice(key)))
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
}
