//! Demo operator passwords: derived from the installation's session key, so
//! they are stable across restarts (and can be printed at every start) yet
//! differ on every installation.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use crocevia_domain::identity::Email;
use crocevia_store::demo::DemoLogin;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The password derivation for `load_demo_operators`.
pub fn password_for(session_key: &[u8; 32]) -> impl Fn(&Email) -> String + '_ {
    move |email| {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(session_key) else {
            // HMAC takes keys of any length; unreachable in practice.
            return String::new();
        };
        mac.update(b"crocevia-demo-password:");
        mac.update(email.as_str().as_bytes());
        let code = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        let code: String = code
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(15)
            .collect();
        format!("Demo-{}-{}-{}", &code[..5], &code[5..10], &code[10..15])
    }
}

/// Prints the demo logins (stdout, never the log).
pub fn print_logins(logins: &[DemoLogin]) {
    println!(
        "Demo operator logins (demonstration data; passwords are specific to this installation):"
    );
    for l in logins {
        println!(
            "  {:<16} {:<40} {}",
            l.profession.as_str(),
            l.email,
            l.password
        );
    }
}
