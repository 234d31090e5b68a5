//! Identifiers a desk operator records for a person: the Italian tax code
//! (codice fiscale, including its provisional numeric form), the STP and ENI
//! codes that give foreigners without a health-service registration access to
//! care, and residence permit numbers.
//!
//! The checks are offline and structural. They catch typing mistakes at the
//! desk; they do not prove that an identifier was ever issued, and a failed
//! check is a prompt to re-read the document, never a reason to turn someone
//! away.

use std::fmt;
use std::str::FromStr;

/// Why a typed identifier is not valid.
///
/// Variants carry enough for the interface to say what is wrong and where. The
/// English messages are for logs; the interface translates [`IdentifierError::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierError {
    /// The tax code has neither 16 characters nor 11 digits.
    #[error("the tax code must have {expected}; it has {found}")]
    Length {
        /// What was expected, in words.
        expected: &'static str,
        /// How many characters were given, spaces excluded.
        found: usize,
    },
    /// A character of the tax code is not allowed where it stands.
    #[error("the tax code has an unexpected character at position {position}")]
    Character {
        /// 1-based position of the first invalid character in the code
        /// without spaces (as shown back to the operator).
        position: usize,
    },
    /// The 9th character of the tax code is not a month letter.
    #[error("the 9th character of the tax code must be a month letter: A B C D E H L M P R S T")]
    Month,
    /// The 10th and 11th characters of the tax code are not a day of that month.
    #[error("the 10th and 11th characters of the tax code are not a day of the birth month")]
    Day,
    /// The last character does not match the rest: something was mistyped.
    #[error(
        "the tax code's last character should be {expected}: part of the code was probably mistyped"
    )]
    CheckCharacter {
        /// The check character the rest of the code calls for.
        expected: char,
    },
    /// Not an STP or ENI code.
    #[error("an STP or ENI code is STP or ENI followed by 13 digits")]
    StpFormat,
    /// Not a residence permit number.
    #[error("a residence permit number is 1 to 3 letters followed by 6 to 9 digits")]
    PermitFormat,
}

impl IdentifierError {
    /// A stable key for the localized message; the prefix names the identifier.
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            IdentifierError::Length { .. } => "cf-length",
            IdentifierError::Character { .. } => "cf-character",
            IdentifierError::Month => "cf-month",
            IdentifierError::Day => "cf-day",
            IdentifierError::CheckCharacter { .. } => "cf-check",
            IdentifierError::StpFormat => "stp-format",
            IdentifierError::PermitFormat => "permit-format",
        }
    }
}

/// Length of a personal tax code.
const PERSONAL_LEN: usize = 16;
/// Length of a provisional (numeric) tax code.
const PROVISIONAL_LEN: usize = 11;
/// What [`IdentifierError::Length`] says was expected of a tax code.
const LENGTH_EXPECTED: &str = "16 characters (or 11 digits if provisional)";
/// Month letters, January first: the letters skip those easily misread.
const MONTHS: &str = "ABCDEHLMPRST";
/// Longest day of each month; February allows 29 because the code's two-digit
/// year cannot tell leap years apart.
const MAX_DAY: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/// Omocodia letters: the letter at index `d` replaces the digit `d`.
const OMOCODIA: &str = "LMNPQRSTUV";
/// Positions (0-based) that hold digits, which omocodia may replace by letters.
const DIGIT_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
/// Check-character weights of characters at odd 1-based positions, indexed by
/// letter (A = 0); a digit `d` weighs as the `d`-th letter.
const ODD_VALUES: [u8; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
/// Check characters by remainder.
const ALPHABET: &[u8; 26] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// Check digits by value.
const DIGITS: &[u8; 10] = b"0123456789";

/// An Italian tax code (codice fiscale), uppercase and without spaces.
///
/// Either the 16-character personal code, possibly in its omocode form (digits
/// replaced by letters to tell apart people whose data would give the same
/// code), or the 11-digit provisional code given to people awaiting a
/// definitive one. The provisional form shares its check digit with the
/// Partita IVA, so a company's VAT number also passes: the desk only records
/// people, and the operator reads the number off their document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodiceFiscale(String);

/// The sex a personal tax code encodes (women have 40 added to the birth day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CfSex {
    /// Birth day written as 41 to 71.
    Female,
    /// Birth day written as 1 to 31.
    Male,
}

impl CodiceFiscale {
    /// Parses a tax code, ignoring spaces and case.
    ///
    /// Eleven characters starting with a digit are read as a provisional code;
    /// anything else must be a 16-character personal code.
    ///
    /// # Errors
    ///
    /// [`IdentifierError::Length`] for the wrong number of characters,
    /// [`IdentifierError::Character`] for a letter where a digit belongs or the
    /// reverse, [`IdentifierError::Month`] and [`IdentifierError::Day`] for an
    /// impossible birth date, [`IdentifierError::CheckCharacter`] when the last
    /// character does not match the rest.
    pub fn parse(input: &str) -> Result<CodiceFiscale, IdentifierError> {
        let code = compact(input, &[]);
        let found = code.chars().count();
        // A leading digit says the person meant a provisional code; a truncated
        // personal code starts with a letter and gets the clearer length error.
        let provisional =
            found == PROVISIONAL_LEN && code.starts_with(|c: char| c.is_ascii_digit());
        if provisional {
            check_provisional(&code)?;
        } else if found == PERSONAL_LEN {
            check_personal(&code)?;
        } else {
            return Err(IdentifierError::Length {
                expected: LENGTH_EXPECTED,
                found,
            });
        }
        Ok(CodiceFiscale(code))
    }

    /// The normalised code, as written (omocode letters kept).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is an 11-digit provisional code, which encodes no
    /// personal data.
    #[must_use]
    pub fn is_provisional(&self) -> bool {
        self.0.len() == PROVISIONAL_LEN
    }

    /// Whether some digits are written as omocodia letters.
    #[must_use]
    pub fn is_omocode(&self) -> bool {
        self.personal_bytes()
            .is_some_and(|bytes| DIGIT_POSITIONS.iter().any(|&i| !bytes[i].is_ascii_digit()))
    }

    /// The encoded sex; `None` for a provisional code.
    #[must_use]
    pub fn sex(&self) -> Option<CfSex> {
        let bytes = self.personal_bytes()?;
        split_day(two_digits(bytes, 9)?).map(|(_, sex)| sex)
    }

    /// The birth day of the month, 1 to 31; `None` for a provisional code.
    #[must_use]
    pub fn birth_day(&self) -> Option<u32> {
        let bytes = self.personal_bytes()?;
        split_day(two_digits(bytes, 9)?).map(|(day, _)| day)
    }

    /// The birth month, 1 to 12; `None` for a provisional code.
    #[must_use]
    pub fn birth_month(&self) -> Option<u32> {
        let bytes = self.personal_bytes()?;
        month_index(bytes[8]).and_then(|index| u32::try_from(index + 1).ok())
    }

    /// The last two digits of the birth year, 0 to 99; `None` for a
    /// provisional code. The century is not encoded.
    #[must_use]
    pub fn birth_year_2(&self) -> Option<u32> {
        two_digits(self.personal_bytes()?, 6)
    }

    /// Whether the person was born abroad (the birthplace is a `Z` country
    /// code rather than an Italian municipality); `None` for a provisional code.
    #[must_use]
    pub fn foreign_born(&self) -> Option<bool> {
        Some(self.personal_bytes()?[11] == b'Z')
    }

    /// The Belfiore code of the birthplace with omocodia undone, such as
    /// `"H501"` (Rome) or `"Z330"` (Morocco); `None` for a provisional code.
    #[must_use]
    pub fn belfiore(&self) -> Option<String> {
        let bytes = self.personal_bytes()?;
        let mut code = String::with_capacity(4);
        code.push(char::from(bytes[11]));
        for &byte in &bytes[12..15] {
            code.push(char::from(b'0' + digit_value(byte)?));
        }
        Some(code)
    }

    /// The bytes of a personal code; parsing guarantees they are 16 ASCII
    /// characters in the right classes.
    fn personal_bytes(&self) -> Option<&[u8]> {
        if self.is_provisional() {
            None
        } else {
            Some(self.0.as_bytes())
        }
    }
}

/// Validates a 16-character personal code, already compacted and uppercased.
fn check_personal(code: &str) -> Result<(), IdentifierError> {
    for (index, c) in code.chars().enumerate() {
        let allowed = if DIGIT_POSITIONS.contains(&index) {
            c.is_ascii_digit() || OMOCODIA.contains(c)
        } else {
            c.is_ascii_uppercase()
        };
        if !allowed {
            return Err(IdentifierError::Character {
                position: index + 1,
            });
        }
    }
    // Every character is ASCII now, so byte indices are character positions.
    let bytes = code.as_bytes();
    let month = month_index(bytes[8]).ok_or(IdentifierError::Month)?;
    let (day, _) = two_digits(bytes, 9)
        .and_then(split_day)
        .ok_or(IdentifierError::Day)?;
    if day > MAX_DAY[month] {
        return Err(IdentifierError::Day);
    }
    // The check runs on the code as written: omocode letters have their own
    // weights, they are not decoded first.
    let expected = check_character(&bytes[..15]);
    if char::from(bytes[15]) == expected {
        Ok(())
    } else {
        Err(IdentifierError::CheckCharacter { expected })
    }
}

/// Validates an 11-character provisional code, already compacted.
fn check_provisional(code: &str) -> Result<(), IdentifierError> {
    if let Some(index) = code.chars().position(|c| !c.is_ascii_digit()) {
        return Err(IdentifierError::Character {
            position: index + 1,
        });
    }
    let bytes = code.as_bytes();
    let expected = numeric_check_digit(&bytes[..10]);
    if char::from(bytes[10]) == expected {
        Ok(())
    } else {
        Err(IdentifierError::CheckCharacter { expected })
    }
}

/// The check character of the first 15 characters of a personal code.
///
/// Callers pass validated uppercase letters and digits only.
fn check_character(body: &[u8]) -> char {
    let sum: usize = body
        .iter()
        .enumerate()
        .map(|(index, &byte)| {
            let value = if byte.is_ascii_digit() {
                usize::from(byte - b'0')
            } else {
                usize::from(byte - b'A')
            };
            // Even 0-based index is an odd 1-based position: the odd table.
            if index.is_multiple_of(2) {
                usize::from(ODD_VALUES[value])
            } else {
                value
            }
        })
        .sum();
    char::from(ALPHABET[sum % 26])
}

/// The check digit of the first 10 digits of a provisional code (the Partita
/// IVA algorithm). Callers pass validated digits only.
fn numeric_check_digit(body: &[u8]) -> char {
    let sum: usize = body
        .iter()
        .enumerate()
        .map(|(index, &byte)| {
            let digit = usize::from(byte - b'0');
            if index.is_multiple_of(2) {
                digit
            } else {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            }
        })
        .sum();
    char::from(DIGITS[(10 - sum % 10) % 10])
}

/// The value of a digit or of the omocodia letter standing for it.
fn digit_value(byte: u8) -> Option<u8> {
    if byte.is_ascii_digit() {
        Some(byte - b'0')
    } else {
        OMOCODIA
            .bytes()
            .position(|letter| letter == byte)
            .and_then(|position| u8::try_from(position).ok())
    }
}

/// The two-digit number at `at` and `at + 1`, omocodia decoded.
fn two_digits(bytes: &[u8], at: usize) -> Option<u32> {
    let tens = digit_value(*bytes.get(at)?)?;
    let units = digit_value(*bytes.get(at + 1)?)?;
    Some(u32::from(tens) * 10 + u32::from(units))
}

/// The 0-based month of a month letter.
fn month_index(letter: u8) -> Option<usize> {
    MONTHS.bytes().position(|month| month == letter)
}

/// The day of the month and the sex encoded in a raw day number.
fn split_day(raw: u32) -> Option<(u32, CfSex)> {
    match raw {
        1..=31 => Some((raw, CfSex::Male)),
        41..=71 => Some((raw - 40, CfSex::Female)),
        _ => None,
    }
}

/// The input without whitespace and the `extra` separators, ASCII-uppercased.
///
/// Other non-ASCII characters are kept so that validation reports them where
/// they stand instead of silently dropping them.
fn compact(input: &str, extra: &[char]) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && !extra.contains(c))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// An STP (Straniero Temporaneamente Presente) or ENI (Europeo Non Iscritto)
/// code, which gives access to health care to foreigners who cannot register
/// with the national health service: `STP` or `ENI`, the 3-digit region code,
/// the 3-digit ASL code and a 7-digit progressive number.
///
/// Region and ASL codes are checked as digits only, so a reorganisation of the
/// ASLs never makes a valid card unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StpEniCode(String);

/// Which of the two health-care codes a [`StpEniCode`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StpEniKind {
    /// Straniero Temporaneamente Presente: non-EU foreigner without a permit.
    Stp,
    /// Europeo Non Iscritto: EU citizen without a health card or registration.
    Eni,
}

impl StpEniCode {
    /// Parses an STP or ENI code, ignoring spaces and case.
    ///
    /// # Errors
    ///
    /// [`IdentifierError::StpFormat`] unless the code is `STP` or `ENI`
    /// followed by exactly 13 digits.
    pub fn parse(input: &str) -> Result<StpEniCode, IdentifierError> {
        let code = compact(input, &[]);
        let prefixed = code.starts_with("STP") || code.starts_with("ENI");
        // Byte length suffices: the prefix and the digits are all ASCII.
        if prefixed && code.len() == 16 && code.bytes().skip(3).all(|b| b.is_ascii_digit()) {
            Ok(StpEniCode(code))
        } else {
            Err(IdentifierError::StpFormat)
        }
    }

    /// The normalised code.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// STP or ENI.
    #[must_use]
    pub fn kind(&self) -> StpEniKind {
        if self.0.starts_with("ENI") {
            StpEniKind::Eni
        } else {
            StpEniKind::Stp
        }
    }

    /// The 3-digit code of the region that issued the code.
    #[must_use]
    pub fn region_code(&self) -> &str {
        &self.0[3..6]
    }

    /// The 3-digit code of the issuing ASL (local health authority).
    #[must_use]
    pub fn asl_code(&self) -> &str {
        &self.0[6..9]
    }

    /// The 7-digit progressive number.
    #[must_use]
    pub fn progressive(&self) -> &str {
        &self.0[9..]
    }
}

/// The number of a residence permit (permesso di soggiorno).
///
/// The format is checked structurally only: 1 to 3 letters followed by 6 to 9
/// digits, 8 to 12 characters in all, after removing spaces and dashes.
/// Numbering differs between the old paper permits and the electronic card
/// (PSE) and has changed over the years, so a stricter pattern would reject
/// genuine documents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PermitNumber(String);

impl PermitNumber {
    /// Parses a permit number, ignoring spaces, dashes and case.
    ///
    /// # Errors
    ///
    /// [`IdentifierError::PermitFormat`] unless the number is 1 to 3 letters
    /// followed by 6 to 9 digits, 8 to 12 characters in all.
    pub fn parse(input: &str) -> Result<PermitNumber, IdentifierError> {
        let number = compact(input, &['-']);
        let letters = number.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = number.len() - letters;
        let well_formed = (1..=3).contains(&letters)
            && (6..=9).contains(&digits)
            && (8..=12).contains(&number.len())
            && number.bytes().skip(letters).all(|b| b.is_ascii_digit());
        if well_formed {
            Ok(PermitNumber(number))
        } else {
            Err(IdentifierError::PermitFormat)
        }
    }

    /// The normalised number.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Display, parsing and serde go through the normalised string for all three
// types; one macro keeps them from drifting apart. Deserializing validates, so
// a form or a stored record can never smuggle in an unchecked identifier.
macro_rules! string_identifier {
    ($name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = IdentifierError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = <String as serde::Deserialize>::deserialize(deserializer)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

string_identifier!(CodiceFiscale);
string_identifier!(StpEniCode);
string_identifier!(PermitNumber);

#[cfg(test)]
mod tests;
