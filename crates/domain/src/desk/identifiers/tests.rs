//! Tests of the parent module.

use super::*;
use serde::de::value::{Error as ValueError, StrDeserializer};

const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The check character of a 15-character body, computed independently of
/// the module: the odd weights come from the classic inverse table, where
/// the letter at index `v` has odd weight `v`.
fn check_of(body: &str) -> char {
    const ODD_BY_WEIGHT: &str = "BAKPLCQDREVOSFTGUHMINJWZYX";
    let mut sum = 0;
    for (index, c) in body.chars().enumerate() {
        // A digit weighs as the letter in the same alphabet position.
        let position = "0123456789"
            .find(c)
            .or_else(|| LETTERS.find(c))
            .unwrap_or(0);
        sum += if index.is_multiple_of(2) {
            ODD_BY_WEIGHT
                .find(&LETTERS[position..=position])
                .unwrap_or(0)
        } else {
            position
        };
    }
    LETTERS.chars().nth(sum % 26).unwrap_or('?')
}

// Every vector below was computed with a separate script implementing the
// algorithm and is re-checked here against `check_of`.
const MARIO: &str = "RSSMRA85T10A562S";
const MARIO_OMOCODE_PLACE: &str = "RSSMRA85T10A56NH";
const MARIO_OMOCODE_DAY: &str = "RSSMRA85T1LA562V";
const MARIO_OMOCODE_YEAR: &str = "RSSMRAURT10A562B";
const LAURA: &str = "BNCLRA90A50F205K";
const FATIMA_MOROCCO: &str = "BNNFTM92M41Z330P";
const FEBRUARY_29: &str = "RSSMRA85B29A562Z";
const FEMALE_31: &str = "RSSMRA85T71A562X";

#[test]
fn hand_computed_check_character() {
    // RSSMRA85T10A562, 0-based index: weight (odd table at even index,
    // plain value at odd index):
    //  0 R odd 8 | 1 S 18 | 2 S odd 12 | 3 M 12 | 4 R odd 8 | 5 A 0
    //  6 8 odd (as I) 19 | 7 5 5 | 8 T odd 14 | 9 1 1 | 10 0 odd (as A) 1
    // 11 A 0 | 12 5 odd (as F) 13 | 13 6 6 | 14 2 odd (as C) 5
    // Sum 8+18+12+12+8+0+19+5+14+1+1+0+13+6+5 = 122; 122 mod 26 = 18 = S.
    // Omocode 2 -> N at index 14: N odd 20 instead of 5, sum 137,
    // 137 mod 26 = 7 = H.
    assert_eq!(check_of("RSSMRA85T10A562"), 'S');
    assert_eq!(check_of("RSSMRA85T10A56N"), 'H');
    assert_eq!(check_character(b"RSSMRA85T10A562"), 'S');
    assert_eq!(check_character(b"RSSMRA85T10A56N"), 'H');
}

#[test]
fn vectors_agree_with_the_independent_check() {
    for code in [
        MARIO,
        MARIO_OMOCODE_PLACE,
        MARIO_OMOCODE_DAY,
        MARIO_OMOCODE_YEAR,
        LAURA,
        FATIMA_MOROCCO,
        FEBRUARY_29,
        FEMALE_31,
    ] {
        assert!(code.ends_with(check_of(&code[..15])), "{code}");
        assert!(CodiceFiscale::parse(code).is_ok(), "{code}");
    }
}

#[test]
fn weight_tables_agree_for_every_character_and_position() {
    let base: Vec<char> = "RSSMRA85T10A562".chars().collect();
    for position in 0..15 {
        for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars() {
            let mut chars = base.clone();
            chars[position] = c;
            let body: String = chars.into_iter().collect();
            assert_eq!(check_character(body.as_bytes()), check_of(&body), "{body}");
        }
    }
}

#[test]
fn reads_a_personal_code() {
    let Ok(cf) = CodiceFiscale::parse(MARIO) else {
        panic!("{MARIO} rejected");
    };
    assert_eq!(cf.as_str(), MARIO);
    assert!(!cf.is_provisional());
    assert!(!cf.is_omocode());
    assert_eq!(cf.sex(), Some(CfSex::Male));
    assert_eq!(cf.birth_day(), Some(10));
    assert_eq!(cf.birth_month(), Some(12));
    assert_eq!(cf.birth_year_2(), Some(85));
    assert_eq!(cf.foreign_born(), Some(false));
    assert_eq!(cf.belfiore().as_deref(), Some("A562"));
}

#[test]
fn normalises_spaces_and_case() {
    let parsed = CodiceFiscale::parse("  rss mra 85t10\ta562s ");
    assert_eq!(parsed.map(|cf| cf.to_string()), Ok(MARIO.to_owned()));
    let from_str: Result<CodiceFiscale, _> = "rssmra85t10a562s".parse();
    assert_eq!(
        from_str.ok().map(|cf| cf.as_str().to_owned()),
        Some(MARIO.to_owned())
    );
}

#[test]
fn reads_omocode_variants() {
    let Ok(place) = CodiceFiscale::parse(MARIO_OMOCODE_PLACE) else {
        panic!("{MARIO_OMOCODE_PLACE} rejected");
    };
    assert!(place.is_omocode());
    assert_eq!(place.as_str(), MARIO_OMOCODE_PLACE);
    assert_eq!(place.belfiore().as_deref(), Some("A562"));
    assert_eq!(place.birth_day(), Some(10));

    let Ok(day) = CodiceFiscale::parse(MARIO_OMOCODE_DAY) else {
        panic!("{MARIO_OMOCODE_DAY} rejected");
    };
    assert!(day.is_omocode());
    assert_eq!(day.birth_day(), Some(10));
    assert_eq!(day.birth_month(), Some(12));

    let Ok(year) = CodiceFiscale::parse(MARIO_OMOCODE_YEAR) else {
        panic!("{MARIO_OMOCODE_YEAR} rejected");
    };
    assert!(year.is_omocode());
    assert_eq!(year.birth_year_2(), Some(85));

    // The check runs on the letters as written, not on decoded digits.
    assert_eq!(
        CodiceFiscale::parse("RSSMRA85T10A56NS"),
        Err(IdentifierError::CheckCharacter { expected: 'H' })
    );
}

#[test]
fn reads_a_female_code() {
    let Ok(cf) = CodiceFiscale::parse(LAURA) else {
        panic!("{LAURA} rejected");
    };
    assert_eq!(cf.sex(), Some(CfSex::Female));
    assert_eq!(cf.birth_day(), Some(10));
    assert_eq!(cf.birth_month(), Some(1));
    assert_eq!(cf.birth_year_2(), Some(90));
    assert_eq!(cf.foreign_born(), Some(false));

    let Ok(last) = CodiceFiscale::parse(FEMALE_31) else {
        panic!("{FEMALE_31} rejected");
    };
    assert_eq!(last.birth_day(), Some(31));
    assert_eq!(last.sex(), Some(CfSex::Female));
}

#[test]
fn reads_a_foreign_born_code() {
    let Ok(cf) = CodiceFiscale::parse(FATIMA_MOROCCO) else {
        panic!("{FATIMA_MOROCCO} rejected");
    };
    assert_eq!(cf.foreign_born(), Some(true));
    assert_eq!(cf.belfiore().as_deref(), Some("Z330"));
    assert_eq!(cf.sex(), Some(CfSex::Female));
    assert_eq!(cf.birth_day(), Some(1));
    assert_eq!(cf.birth_month(), Some(8));
    assert_eq!(cf.birth_year_2(), Some(92));
}

#[test]
fn rejects_a_wrong_check_character() {
    assert_eq!(
        CodiceFiscale::parse("RSSMRA85T10A562A"),
        Err(IdentifierError::CheckCharacter { expected: 'S' })
    );
}

#[test]
fn rejects_wrong_lengths() {
    for (input, found) in [
        ("RSSMRA85T10A562", 15),
        ("RSSMRA85T10A562SX", 17),
        ("", 0),
        ("   ", 0),
        // Eleven characters that start with a letter: a truncated personal code.
        ("RSSMRA85T10", 11),
    ] {
        assert!(
            matches!(
                CodiceFiscale::parse(input),
                Err(IdentifierError::Length { found: f, .. }) if f == found
            ),
            "{input}"
        );
    }
}

#[test]
fn rejects_characters_out_of_place() {
    for (input, position) in [
        ("R5SMRA85T10A562S", 2),
        // X is not an omocodia letter.
        ("RSSMRA8XT10A562S", 8),
        ("RSSMRA85510A562S", 9),
        ("RSSMRA85T10A562\u{c9}", 16),
        ("RSSMRA85T10A5625", 16),
        ("RSSMRA85T10A5-2S", 14),
    ] {
        assert_eq!(
            CodiceFiscale::parse(input),
            Err(IdentifierError::Character { position }),
            "{input}"
        );
    }
}

#[test]
fn rejects_impossible_months_and_days() {
    // Each code carries its correct check character, so only the date is wrong.
    assert_eq!(
        CodiceFiscale::parse("RSSMRA85F10A562R"),
        Err(IdentifierError::Month)
    );
    for input in [
        "RSSMRA85T32A562Y", // 32 December
        "RSSMRA85B31A562F", // 31 February
        "RSSMRA85B30A562G", // 30 February
        "RSSMRA85S31A562R", // 31 November
        "RSSMRA85T00A562R", // day 0
        "RSSMRA85T40A562V", // neither a man's nor a woman's day
        "RSSMRA85T72A562C", // 32 for a woman
    ] {
        assert_eq!(
            CodiceFiscale::parse(input),
            Err(IdentifierError::Day),
            "{input}"
        );
    }
    assert!(CodiceFiscale::parse(FEBRUARY_29).is_ok());
}

#[test]
fn reads_provisional_codes() {
    // 1 2 3 4 5 6 7 8 9 0: odd positions add 1+3+5+7+9 = 25, even ones
    // double to 4, 8, 12-9=3, 16-9=7, 0 = 22; sum 47, (10 - 7) % 10 = 3.
    let Ok(cf) = CodiceFiscale::parse(" 123 456 789 03 ") else {
        panic!("provisional code rejected");
    };
    assert_eq!(cf.as_str(), "12345678903");
    assert!(cf.is_provisional());
    assert!(!cf.is_omocode());
    assert_eq!(cf.sex(), None);
    assert_eq!(cf.birth_day(), None);
    assert_eq!(cf.birth_month(), None);
    assert_eq!(cf.birth_year_2(), None);
    assert_eq!(cf.foreign_born(), None);
    assert_eq!(cf.belfiore(), None);
    assert!(CodiceFiscale::parse("00743110157").is_ok());

    assert_eq!(
        CodiceFiscale::parse("12345678904"),
        Err(IdentifierError::CheckCharacter { expected: '3' })
    );
    assert_eq!(
        CodiceFiscale::parse("1234567890A"),
        Err(IdentifierError::Character { position: 11 })
    );
}

#[test]
fn reads_stp_and_eni_codes() {
    let Ok(stp) = StpEniCode::parse("STP0101200000001") else {
        panic!("STP code rejected");
    };
    assert_eq!(stp.kind(), StpEniKind::Stp);
    assert_eq!(stp.region_code(), "010");
    assert_eq!(stp.asl_code(), "120");
    assert_eq!(stp.progressive(), "0000001");

    let Ok(eni) = StpEniCode::parse(" eni 030 101 1234567 ") else {
        panic!("ENI code rejected");
    };
    assert_eq!(eni.as_str(), "ENI0301011234567");
    assert_eq!(eni.to_string(), "ENI0301011234567");
    assert_eq!(eni.kind(), StpEniKind::Eni);
    assert_eq!(eni.region_code(), "030");

    for bad in [
        "",
        "STP",
        "STP010120000001",
        "STP01012000000011",
        "XYZ0101200000001",
        "STP01012000A0001",
        "ST0P101200000001",
        "STP0101200000\u{661}01",
    ] {
        assert_eq!(
            StpEniCode::parse(bad),
            Err(IdentifierError::StpFormat),
            "{bad}"
        );
    }
}

#[test]
fn reads_permit_numbers() {
    for (input, normalised) in [
        ("AB1234567", "AB1234567"),
        ("a-b 123 4567", "AB1234567"),
        ("H1234567", "H1234567"),
        ("I12345678", "I12345678"),
        ("ABC123456789", "ABC123456789"),
    ] {
        assert_eq!(
            PermitNumber::parse(input).map(|p| p.as_str().to_owned()),
            Ok(normalised.to_owned()),
            "{input}"
        );
    }
    for bad in [
        "",
        "A123456",        // 7 characters in all
        "ABCD123456",     // 4 letters
        "AB12345",        // 5 digits
        "AB1234567890",   // 10 digits
        "1234567AB",      // digits first
        "AB123C4567",     // letter among the digits
        "\u{c0}B1234567", // non-ASCII letter
    ] {
        assert_eq!(
            PermitNumber::parse(bad),
            Err(IdentifierError::PermitFormat),
            "{bad}"
        );
    }
}

#[test]
fn keys_name_the_identifier() {
    let cases = [
        (
            IdentifierError::Length {
                expected: LENGTH_EXPECTED,
                found: 3,
            },
            "cf-length",
        ),
        (IdentifierError::Character { position: 1 }, "cf-character"),
        (IdentifierError::Month, "cf-month"),
        (IdentifierError::Day, "cf-day"),
        (
            IdentifierError::CheckCharacter { expected: 'A' },
            "cf-check",
        ),
        (IdentifierError::StpFormat, "stp-format"),
        (IdentifierError::PermitFormat, "permit-format"),
    ];
    for (error, key) in cases {
        assert_eq!(error.key(), key);
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn deserializing_validates_and_normalises() {
    let cf = <CodiceFiscale as serde::Deserialize>::deserialize(
        StrDeserializer::<ValueError>::new(" rssmra85t10a562s"),
    );
    assert_eq!(cf.ok().map(|c| c.to_string()), Some(MARIO.to_owned()));
    let stp =
        <StpEniCode as serde::Deserialize>::deserialize(StrDeserializer::<ValueError>::new("STP1"));
    assert!(stp.is_err());
    let permit = <PermitNumber as serde::Deserialize>::deserialize(
        StrDeserializer::<ValueError>::new("ab-1234567"),
    );
    assert_eq!(
        permit.ok().map(|p| p.to_string()),
        Some("AB1234567".to_owned())
    );
}
