//! The official list of Italian regions, provinces and municipalities with their
//! ISTAT codes, embedded in the binary from `data/istat-municipalities.csv`
//! (vendored by `scripts/vendor-territories` from a package generated from
//! ISTAT's "Elenco comuni italiani").
//!
//! Reference data versioned with the code: no table to migrate, no network at
//! run time; agencies, grants, desks and reports store [`TerritoryCode`]s and
//! ask this registry for names and for validation.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::identity::TerritoryCode;

const CSV: &str = include_str!("../data/istat-municipalities.csv");

/// A region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// ISTAT code, 2 digits.
    pub code: String,
    /// Official name.
    pub name: String,
}

/// A province (or metropolitan city, free consortium, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Province {
    /// ISTAT code, 3 digits.
    pub code: String,
    /// Vehicle registration abbreviation ("TO").
    pub abbr: String,
    /// Name.
    pub name: String,
    /// ISTAT code of its region.
    pub region: String,
}

/// A municipality (comune).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// ISTAT code, 6 digits (province code + progressive number).
    pub code: String,
    /// Official Italian name.
    pub name: String,
    /// ISTAT code of its province.
    pub province: String,
    /// ISTAT code of its region.
    pub region: String,
    /// The name folded for matching (see [`fold_name`]).
    pub folded: String,
}

/// The whole list, indexed by code.
#[derive(Debug, Default)]
pub struct Territories {
    regions: BTreeMap<String, Region>,
    provinces: BTreeMap<String, Province>,
    municipalities: BTreeMap<String, Municipality>,
}

/// Splits one CSV record (RFC 4180 quoting, no embedded newlines).
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Lowercase without accents or punctuation, for matching typed names
/// ("forli" finds "Forlì", "sant angelo" finds "Sant'Angelo").
#[must_use]
pub fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ß' => 's',
            '\'' | '’' | '-' | '/' | '.' | ',' => ' ',
            c => c,
        };
        if base == ' ' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !base.is_whitespace() {
            out.push(base);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

impl Territories {
    fn parse(csv: &str) -> Territories {
        let mut t = Territories::default();
        for line in csv.lines().skip(1).filter(|l| !l.is_empty()) {
            let f = fields(line);
            let [
                code,
                name,
                province,
                abbr,
                province_name,
                region,
                region_name,
            ] = &f[..]
            else {
                continue;
            };
            t.regions.entry(region.clone()).or_insert_with(|| Region {
                code: region.clone(),
                name: region_name.clone(),
            });
            t.provinces
                .entry(province.clone())
                .or_insert_with(|| Province {
                    code: province.clone(),
                    abbr: abbr.clone(),
                    name: province_name.clone(),
                    region: region.clone(),
                });
            t.municipalities.insert(
                code.clone(),
                Municipality {
                    code: code.clone(),
                    name: name.clone(),
                    province: province.clone(),
                    region: region.clone(),
                    folded: fold_name(name),
                },
            );
        }
        t
    }

    /// Every region, by code.
    pub fn regions(&self) -> impl Iterator<Item = &Region> {
        self.regions.values()
    }

    /// Every province, by code.
    pub fn provinces(&self) -> impl Iterator<Item = &Province> {
        self.provinces.values()
    }

    /// The provinces of a region.
    pub fn provinces_of<'a>(
        &'a self,
        region: &str,
    ) -> impl Iterator<Item = &'a Province> + use<'a> {
        let region = region.to_owned();
        self.provinces.values().filter(move |p| p.region == region)
    }

    /// The municipalities of a province.
    pub fn municipalities_of<'a>(
        &'a self,
        province: &str,
    ) -> impl Iterator<Item = &'a Municipality> + use<'a> {
        let province = province.to_owned();
        self.municipalities
            .range(province.clone()..)
            .map(|(_, m)| m)
            .take_while(move |m| m.province == province)
    }

    /// How many municipalities the list has.
    #[must_use]
    pub fn municipality_count(&self) -> usize {
        self.municipalities.len()
    }

    /// A region by code.
    #[must_use]
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.get(code)
    }

    /// A province by code.
    #[must_use]
    pub fn province(&self, code: &str) -> Option<&Province> {
        self.provinces.get(code)
    }

    /// A municipality by code.
    #[must_use]
    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        self.municipalities.get(code)
    }

    /// Whether every part of `code` is in the list and the parts agree (the
    /// province is in the region, the municipality in the province).
    #[must_use]
    pub fn exists(&self, code: &TerritoryCode) -> bool {
        let (region, province, municipality) = code.parts();
        self.region(region).is_some()
            && province.is_none_or(|p| self.province(p).is_some_and(|p| p.region == region))
            && municipality.is_none_or(|m| self.municipality(m).is_some_and(|m| m.region == region))
    }

    /// A municipality of `province` by ISTAT code or by name, ignoring case,
    /// accents and punctuation.
    #[must_use]
    pub fn find_municipality(&self, province: &str, typed: &str) -> Option<&Municipality> {
        let typed = typed.trim();
        if let Some(m) = self.municipality(typed) {
            return Some(m).filter(|m| m.province == province);
        }
        let folded = fold_name(typed);
        self.municipalities_of(province)
            .find(|m| m.folded == folded)
    }

    /// Municipalities anywhere whose name starts with what was typed (folded),
    /// exact matches first, then by name; at most `limit`.
    #[must_use]
    pub fn search_municipalities(&self, typed: &str, limit: usize) -> Vec<&Municipality> {
        let folded = fold_name(typed);
        if folded.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(bool, &str, &Municipality)> = self
            .municipalities
            .values()
            .filter(|m| m.folded.starts_with(&folded))
            .map(|m| (m.folded != folded, m.folded.as_str(), m))
            .collect();
        hits.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        hits.into_iter().take(limit).map(|(_, _, m)| m).collect()
    }

    /// A human label for a territory code: "Torino (TO)", "Provincia di Cuneo",
    /// "Piemonte"; the raw code when it is not (or no longer) in the list.
    #[must_use]
    pub fn label(&self, code: &TerritoryCode) -> String {
        match code.parts() {
            (_, _, Some(m)) => self.municipality(m).map_or_else(
                || code.to_string(),
                |m| {
                    let abbr = self.province(&m.province).map_or("", |p| p.abbr.as_str());
                    format!("{} ({abbr})", m.name)
                },
            ),
            (_, Some(p), None) => self
                .province(p)
                .map_or_else(|| code.to_string(), |p| format!("{} ({})", p.name, p.abbr)),
            (r, None, None) => self
                .region(r)
                .map_or_else(|| code.to_string(), |r| r.name.clone()),
        }
    }
}

/// The embedded list, parsed once.
#[must_use]
pub fn territories() -> &'static Territories {
    static LIST: OnceLock<Territories> = OnceLock::new();
    LIST.get_or_init(|| Territories::parse(CSV))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_list_is_loaded() {
        let t = territories();
        assert_eq!(t.regions().count(), 20);
        assert!(t.provinces().count() >= 107, "{}", t.provinces().count());
        assert!(t.municipality_count() > 7800, "{}", t.municipality_count());
        // The demo territories.
        for (code, name, province, region) in [
            ("001272", "Torino", "001", "01"),
            ("004078", "Cuneo", "004", "01"),
            ("003106", "Novara", "003", "01"),
            ("010025", "Genova", "010", "07"),
            ("011015", "La Spezia", "011", "07"),
            ("053011", "Grosseto", "053", "09"),
        ] {
            let m = t.municipality(code).expect(code);
            assert_eq!(
                (m.name.as_str(), m.province.as_str(), m.region.as_str()),
                (name, province, region)
            );
        }
        assert_eq!(t.region("09").map(|r| r.name.as_str()), Some("Toscana"));
        assert_eq!(t.province("011").map(|p| p.abbr.as_str()), Some("SP"));
        assert_eq!(t.provinces_of("07").count(), 4);
        assert_eq!(t.municipalities_of("011").count(), 32);
    }

    #[test]
    fn codes_are_validated_against_the_list() {
        let t = territories();
        let ok = |r, p: Option<&str>, m: Option<&str>| {
            t.exists(&TerritoryCode::from_parts(r, p, m).expect("well-formed"))
        };
        assert!(ok("01", None, None));
        assert!(ok("01", Some("004"), None));
        assert!(ok("01", Some("001"), Some("001272")));
        assert!(!ok("07", Some("001"), None), "Torino is not in Liguria");
        assert!(!ok("07", None, Some("001272")), "Torino is not in Liguria");
        assert!(
            !ok("01", Some("001"), Some("001999")),
            "no such municipality"
        );
        assert!(!ok("01", Some("999"), None), "no such province");
    }

    #[test]
    fn names_are_found_despite_accents_and_case() {
        let t = territories();
        assert_eq!(
            t.find_municipality("040", "forli").map(|m| m.code.as_str()),
            Some("040012")
        );
        assert_eq!(
            t.find_municipality("001", "TORINO")
                .map(|m| m.code.as_str()),
            Some("001272")
        );
        assert_eq!(
            t.find_municipality("001", "001272")
                .map(|m| m.name.as_str()),
            Some("Torino")
        );
        assert!(
            t.find_municipality("004", "Torino").is_none(),
            "not in Cuneo"
        );
        let hits = t.search_municipalities("genova", 5);
        assert_eq!(hits.first().map(|m| m.code.as_str()), Some("010025"));
        assert!(t.search_municipalities("  ", 5).is_empty());
        assert_eq!(fold_name("Sant'Angelo  Lodigiano"), "sant angelo lodigiano");
    }

    #[test]
    fn labels_are_human() {
        let t = territories();
        let label = |r, p: Option<&str>, m: Option<&str>| {
            t.label(&TerritoryCode::from_parts(r, p, m).expect("well-formed"))
        };
        assert_eq!(label("01", None, Some("001272")), "Torino (TO)");
        assert_eq!(label("01", Some("004"), None), "Cuneo (CN)");
        assert_eq!(label("09", None, None), "Toscana");
        assert_eq!(label("01", Some("001"), Some("001999")), "01/001999");
    }
}
