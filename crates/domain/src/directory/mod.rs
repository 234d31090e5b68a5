//! The services directory's rules: the default taxonomy of integration
//! services, opening hours, distances and the checks an editor's input passes.
//! Records themselves are Open Referral HSDS 3.0 (see `docs/hsds-it-profile.md`).

pub mod hours;

/// The default taxonomy of integration services (HSDS taxonomy and terms).
pub mod taxonomy {
    /// Its id.
    pub const ID: &str = "08c2116a-9b80-5a4a-80cd-68c0b52255e9";
    /// Its name.
    pub const NAME: &str = "Crocevia – servizi per l'integrazione";
    /// Its terms: (id, code). Names are translated messages `category-<code>`.
    pub const TERMS: [(&str, &str); 11] = [
        ("9479120a-7b45-53a0-8a8c-5818fa290780", "legal-permits"),
        ("cec63827-3185-5ed4-b252-19c3adb13061", "health"),
        ("2aa7d6ff-8848-55c5-b44e-d650301245b6", "housing"),
        ("3d0ec347-83a3-5f10-bb4b-59d3e2c978d9", "work-training"),
        ("c342da6d-f6c5-5b1a-b28e-4707984ed42c", "italian-language"),
        ("41b7d60f-b156-5321-a319-dfe396a5b6a5", "school"),
        ("98de6a7d-5ab7-5435-9add-f6b7e11b6377", "social-services"),
        ("d4c11d7e-146b-5615-9449-3119a6ee5127", "mediation"),
        ("bce9399f-67aa-57ce-bcfd-c223481fb0a8", "anti-violence"),
        ("ec4cc9fa-ba9b-563c-989a-a02a2927f449", "asylum"),
        ("317a5706-c6ba-59b3-ac8f-7ddecd46485f", "family"),
    ];

    /// The code of a term id of this taxonomy.
    #[must_use]
    pub fn code_of(id: &str) -> Option<&'static str> {
        TERMS.iter().find(|(i, _)| *i == id).map(|(_, c)| *c)
    }

    /// The id of a term code of this taxonomy.
    #[must_use]
    pub fn id_of(code: &str) -> Option<&'static str> {
        TERMS.iter().find(|(_, c)| *c == code).map(|(i, _)| *i)
    }
}

/// A point on the Earth (WGS84 degrees).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

impl Point {
    /// A point, when both coordinates are in range.
    #[must_use]
    pub fn new(lat: f64, lon: f64) -> Option<Point> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Point { lat, lon })
    }

    /// Great-circle distance in kilometres.
    #[must_use]
    pub fn km_to(self, other: Point) -> f64 {
        const EARTH_KM: f64 = 6371.0088;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_KM * a.sqrt().atan2((1.0 - a).sqrt())
    }
}

/// A telephone number as people write it in Italy: digits and spaces, an
/// optional leading `+`, 6 to 15 digits.
#[must_use]
pub fn valid_phone(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && s.chars().enumerate().all(|(i, c)| {
            c.is_ascii_digit() || c == ' ' || c == '.' || c == '-' || (i == 0 && c == '+')
        })
}

/// An ISO 639-1 (two letters) or ISO 639-3 (three letters) language code, lower case.
#[must_use]
pub fn valid_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_between_cities() {
        let torino = Point::new(45.0703, 7.6869).expect("valid");
        let genova = Point::new(44.4056, 8.9463).expect("valid");
        let d = torino.km_to(genova);
        assert!((d - 122.0).abs() < 3.0, "{d}");
        assert!(torino.km_to(torino) < 1e-9);
        assert!(Point::new(100.0, 101.0).is_none());
        assert!(Point::new(45.0, -181.0).is_none());
    }

    #[test]
    fn phones_and_languages() {
        assert!(valid_phone("+39 011 0000 123"));
        assert!(valid_phone("011.443.2211"));
        assert!(!valid_phone("call me"));
        assert!(!valid_phone("12 34"));
        assert!(!valid_phone("39+011000000"));
        assert!(valid_language_code("ar") && valid_language_code("tir"));
        assert!(!valid_language_code("AR") && !valid_language_code("arabic"));
    }

    #[test]
    fn taxonomy_codes_and_ids_match() {
        for (id, code) in taxonomy::TERMS {
            assert_eq!(taxonomy::code_of(id), Some(code));
            assert_eq!(taxonomy::id_of(code), Some(id));
        }
    }
}
