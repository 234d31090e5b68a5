//! Italian territories by ISTAT code: region (2 digits), province (3 digits) and
//! municipality (6 digits, whose first 3 are the province). A region contains
//! its provinces only through data (the province → region table), so codes
//! carry their parent explicitly.

use std::fmt;

/// A territory: the whole region, one province, or one municipality, each with
/// its ancestors, so containment is a prefix test.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TerritoryCode {
    region: String,
    province: Option<String>,
    municipality: Option<String>,
}

/// A malformed ISTAT code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid ISTAT territory code: {0}")]
pub struct InvalidTerritoryCode(pub String);

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

impl TerritoryCode {
    /// A region (`"01"` is Piemonte).
    pub fn region(region: &str) -> Result<TerritoryCode, InvalidTerritoryCode> {
        if !digits(region, 2) || !(1..=20).contains(&region.parse::<u8>().unwrap_or(0)) {
            return Err(InvalidTerritoryCode(format!(
                "region {region:?} must be an ISTAT region code, 01 to 20"
            )));
        }
        Ok(TerritoryCode {
            region: region.to_owned(),
            province: None,
            municipality: None,
        })
    }

    /// A province of a region (`"01"`, `"001"` is Torino).
    pub fn province(region: &str, province: &str) -> Result<TerritoryCode, InvalidTerritoryCode> {
        let mut t = TerritoryCode::region(region)?;
        if !digits(province, 3) {
            return Err(InvalidTerritoryCode(format!(
                "province {province:?} must be 3 digits"
            )));
        }
        t.province = Some(province.to_owned());
        Ok(t)
    }

    /// A municipality (`"01"`, `"001272"` is Torino); its first three digits must
    /// be its province.
    pub fn municipality(
        region: &str,
        municipality: &str,
    ) -> Result<TerritoryCode, InvalidTerritoryCode> {
        if !digits(municipality, 6) {
            return Err(InvalidTerritoryCode(format!(
                "municipality {municipality:?} must be 6 digits"
            )));
        }
        let mut t = TerritoryCode::province(region, &municipality[..3])?;
        t.municipality = Some(municipality.to_owned());
        Ok(t)
    }

    /// Rebuilds a code from stored parts (region, province, municipality).
    pub fn from_parts(
        region: &str,
        province: Option<&str>,
        municipality: Option<&str>,
    ) -> Result<TerritoryCode, InvalidTerritoryCode> {
        match (province, municipality) {
            (_, Some(m)) => {
                let t = TerritoryCode::municipality(region, m)?;
                if province.is_some_and(|p| Some(p) != t.province.as_deref()) {
                    return Err(InvalidTerritoryCode(format!(
                        "municipality {m} is not in province {}",
                        province.unwrap_or_default()
                    )));
                }
                Ok(t)
            }
            (Some(p), None) => TerritoryCode::province(region, p),
            (None, None) => TerritoryCode::region(region),
        }
    }

    /// The stored parts: region, province, municipality.
    #[must_use]
    pub fn parts(&self) -> (&str, Option<&str>, Option<&str>) {
        (
            &self.region,
            self.province.as_deref(),
            self.municipality.as_deref(),
        )
    }

    /// Whether `other` is this territory or lies inside it.
    #[must_use]
    pub fn contains(&self, other: &TerritoryCode) -> bool {
        self.region == other.region
            && self
                .province
                .as_ref()
                .is_none_or(|p| other.province.as_ref() == Some(p))
            && self
                .municipality
                .as_ref()
                .is_none_or(|m| other.municipality.as_ref() == Some(m))
    }
}

impl fmt::Display for TerritoryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.province, &self.municipality) {
            (_, Some(m)) => write!(f, "{}/{m}", self.region),
            (Some(p), None) => write!(f, "{}/{p}", self.region),
            (None, None) => f.write_str(&self.region),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment_follows_the_hierarchy() {
        let piemonte = TerritoryCode::region("01").expect("valid");
        let torino_prov = TerritoryCode::province("01", "001").expect("valid");
        let torino = TerritoryCode::municipality("01", "001272").expect("valid");
        let cuneo_prov = TerritoryCode::province("01", "004").expect("valid");
        let liguria = TerritoryCode::region("07").expect("valid");
        assert!(piemonte.contains(&torino));
        assert!(piemonte.contains(&torino_prov));
        assert!(torino_prov.contains(&torino));
        assert!(torino.contains(&torino));
        assert!(!torino.contains(&torino_prov));
        assert!(!cuneo_prov.contains(&torino));
        assert!(!liguria.contains(&torino));
        assert_eq!(torino.to_string(), "01/001272");
    }

    #[test]
    fn parts_round_trip() {
        for t in [
            TerritoryCode::region("09").expect("valid"),
            TerritoryCode::province("09", "053").expect("valid"),
            TerritoryCode::municipality("09", "053011").expect("valid"),
        ] {
            let (r, p, m) = t.parts();
            assert_eq!(TerritoryCode::from_parts(r, p, m), Ok(t.clone()));
        }
        assert!(TerritoryCode::from_parts("01", Some("004"), Some("001272")).is_err());
    }

    #[test]
    fn malformed_codes_are_refused() {
        assert!(TerritoryCode::region("1").is_err());
        assert!(TerritoryCode::region("00").is_err());
        assert!(TerritoryCode::region("21").is_err());
        assert!(TerritoryCode::region("20").is_ok());
        assert!(TerritoryCode::province("01", "1").is_err());
        assert!(TerritoryCode::municipality("01", "00127").is_err());
        assert!(TerritoryCode::municipality("01", "00127x").is_err());
    }
}
