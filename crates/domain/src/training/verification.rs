//! The verification code of a certificate: ten characters of Crockford
//! base32 (50 random bits), shown as `ABCDE-FGHJK` and read back whatever
//! the case, the spaces and hyphens, and the letters taken for digits
//! (`O` for 0, `I` and `L` for 1), so a code typed from paper works.

/// The Crockford base32 alphabet (no I, L, O, U).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `bytes` in Crockford base32, 5 bits per character, the last one padded.
#[must_use]
pub fn crockford(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for b in bytes {
        buffer = (buffer << 8) | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// A new verification code from 7 random bytes (50 bits used), as stored
/// (ten characters, no hyphen).
#[must_use]
pub fn new_code(random: [u8; 7]) -> String {
    crockford(&random).chars().take(10).collect()
}

/// The code as shown: `ABCDE-FGHJK`.
#[must_use]
pub fn display(code: &str) -> String {
    if code.len() == 10 && code.is_ascii() {
        format!("{}-{}", &code[..5], &code[5..])
    } else {
        code.to_owned()
    }
}

/// The stored form of a typed or scanned code, or `None` when it cannot be
/// one.
#[must_use]
pub fn normalise(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(10);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\u{2010}'..='\u{2015}' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        out.push(c);
        if out.len() > 10 {
            return None;
        }
    }
    (out.len() == 10).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn crockford_encodes_five_bits_per_character() {
        assert_eq!(crockford(&[0]), "00");
        assert_eq!(crockford(&[0xff]), "ZW");
        assert_eq!(crockford(&[0xff; 5]), "ZZZZZZZZ");
    }

    #[test]
    fn a_code_typed_from_paper_reads_back() {
        let code = new_code([1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(code.len(), 10);
        let shown = display(&code);
        assert_eq!(normalise(&shown).as_deref(), Some(code.as_str()));
        assert_eq!(normalise(" abcde fghjk ").as_deref(), Some("ABCDEFGHJK"));
        assert_eq!(normalise("OIL00-11111").as_deref(), Some("0110011111"));
        for bad in [
            "",
            "ABCDE",
            "ABCDE-FGHJKX",
            "ABCDE-FGHJ!",
            "ÀBCDE-FGHJK",
            "ABCDU-FGHJK",
        ] {
            assert_eq!(normalise(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn every_new_code_survives_display_and_lowercase(random in any::<[u8; 7]>()) {
            let code = new_code(random);
            prop_assert_eq!(code.len(), 10);
            prop_assert_eq!(normalise(&display(&code).to_lowercase()), Some(code));
        }
    }
}
