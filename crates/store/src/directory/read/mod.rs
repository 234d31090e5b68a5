//! The directory's read model: every service at a location reduced to what the
//! public filters need (place, categories, languages, cost, hours), held in
//! memory and rebuilt when the directory version changes. Public pages and the
//! HSDS API query it without touching the database.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDateTime;
use crocevia_domain::directory::hours::{Hours, OpenState, ScheduleInput};
use crocevia_domain::directory::{Point, taxonomy};
use crocevia_domain::translation::TranslationStatus;
use serde_json::{Map, Value};

use super::Snapshot;

mod build;

pub use build::Changes;

/// One service at one location, ready to filter.
#[derive(Debug, Clone)]
pub struct Listing {
    /// Service at location id.
    pub sal_id: String,
    /// Service id.
    pub service_id: String,
    /// Location id.
    pub location_id: Option<String>,
    /// Where, when known.
    pub point: Option<Point>,
    /// ISTAT municipality.
    pub municipality: Option<String>,
    /// Categories of the default taxonomy: bit `i` is `taxonomy::TERMS[i]`.
    categories: u16,
    /// Languages spoken: indexes into [`ReadModel::spoken`], ascending.
    languages: Box<[u16]>,
    /// Free of charge.
    pub free: bool,
    /// Opening hours.
    pub hours: Hours,
    /// HSDS status is `active`.
    pub active: bool,
    /// Lower-cased service name, description and organization name, for `q`.
    haystack: Box<str>,
}

impl Listing {
    /// ISTAT province (first three digits of the municipality).
    #[must_use]
    pub fn province(&self) -> Option<&str> {
        self.municipality.as_deref().map(|m| &m[..3.min(m.len())])
    }

    /// Category codes of the default taxonomy, in the taxonomy's order.
    pub fn categories(&self) -> impl Iterator<Item = &'static str> + '_ {
        taxonomy::TERMS
            .iter()
            .enumerate()
            .filter(|(i, _)| self.categories & (1 << i) != 0)
            .map(|(_, (_, code))| *code)
    }
}

/// The bit of a category code in [`Listing`]'s set.
fn category_bit(code: &str) -> Option<u16> {
    taxonomy::TERMS
        .iter()
        .position(|(_, c)| *c == code)
        .map(|i| 1 << i)
}

/// What lists show of a service without reading its record.
#[derive(Debug, Clone)]
pub struct ServiceInfo {
    /// Name (Italian).
    pub name: String,
    /// Organization name.
    pub organization: String,
    /// HSDS status.
    pub status: String,
}

/// What a person or a client asks for.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// A category code (`health`).
    pub category: Option<String>,
    /// A municipality ISTAT code.
    pub municipality: Option<String>,
    /// A province ISTAT code.
    pub province: Option<String>,
    /// A language code.
    pub language: Option<String>,
    /// Open at this Italian local time.
    pub open_at: Option<NaiveDateTime>,
    /// Only free services.
    pub free: bool,
    /// Sort by distance from here.
    pub near: Option<Point>,
    /// Only within this radius of `near`.
    pub radius_km: Option<f64>,
    /// Words that must all appear in the name, description or organization.
    pub text: Option<String>,
    /// Include services that are not active (editors).
    pub any_status: bool,
}

/// A match: the listing and its distance from the query point.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    /// The listing.
    pub listing: &'a Listing,
    /// Kilometres from the query point.
    pub km: Option<f64>,
}

/// The read model.
#[derive(Debug, Default)]
pub struct ReadModel {
    /// Every record (as compact JSON), for pages and the HSDS API.
    pub snapshot: Snapshot,
    /// One entry per service at location, by service name.
    pub listings: Vec<Listing>,
    /// Per service: what lists show.
    pub services: BTreeMap<String, ServiceInfo>,
    /// Listings by grid cell of 0.1° (about 11 × 8 km), for radius queries.
    grid: HashMap<(i32, i32), Vec<u32>>,
    /// Every language spoken somewhere, sorted (for the filter); listings
    /// refer to it by index.
    pub spoken: Vec<String>,
    /// Listings per category bit, per language index, per municipality, per
    /// province and per service, in name order: a query scans the shortest list
    /// its filters allow.
    by_category: Vec<Vec<u32>>,
    by_language: Vec<Vec<u32>>,
    by_municipality: HashMap<String, Vec<u32>>,
    by_province: HashMap<String, Vec<u32>>,
    by_service: HashMap<String, Vec<u32>>,
    /// Mean position of the listings per municipality code, and per province
    /// (`p` + its code).
    centres: HashMap<String, Point>,
}

/// The grid cell of a point.
fn cell(p: Point) -> (i32, i32) {
    ((p.lat * 10.0).floor() as i32, (p.lon * 10.0).floor() as i32)
}

fn str_of<'a>(record: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    record.get(key).and_then(Value::as_str)
}

fn array<'a>(
    record: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    record
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

fn schedules(record: &Map<String, Value>) -> Vec<ScheduleInput> {
    array(record, "schedules")
        .filter_map(|s| serde_json::from_value(Value::Object(s.clone())).ok())
        .collect()
}

/// Language codes of `languages` entries (code, else nothing).
fn languages(record: &Map<String, Value>, out: &mut BTreeSet<String>) {
    for l in array(record, "languages") {
        if let Some(code) = str_of(l, "code") {
            out.insert(code.trim().to_lowercase());
        }
    }
}

/// Free when every cost option says so (amount 0, or no amount and a
/// "free"/"gratuito" option); unknown (not free) without cost options.
fn is_free(service: &Map<String, Value>) -> bool {
    let options: Vec<&Map<String, Value>> = array(service, "cost_options").collect();
    !options.is_empty()
        && options
            .iter()
            .all(|o| match o.get("amount").and_then(Value::as_f64) {
                Some(a) => a == 0.0,
                None => str_of(o, "option").is_some_and(|t| {
                    let t = t.to_lowercase();
                    t.contains("gratuit") || t.contains("free")
                }),
            })
}

/// Category codes of the default taxonomy linked by the service's attributes.
#[must_use]
pub fn categories(service: &Map<String, Value>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = array(service, "attributes")
        .filter_map(|a| str_of(a, "taxonomy_term_id"))
        .filter_map(taxonomy::code_of)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl ReadModel {
    /// The listing indexes a query must look at: the grid cells around the
    /// point when a radius is given, else the shortest list of a filter, else
    /// all; `None` when a filter matches nothing at all.
    fn candidates(&self, q: &Query, language: Option<u16>) -> Option<Vec<u32>> {
        if let (Some(p), Some(r)) = (q.near, q.radius_km) {
            let dlat = r / 111.0;
            let dlon = r / (111.0 * p.lat.to_radians().cos().max(0.01));
            let (lat0, lon0) = cell(Point {
                lat: p.lat - dlat,
                lon: p.lon - dlon,
            });
            let (lat1, lon1) = cell(Point {
                lat: p.lat + dlat,
                lon: p.lon + dlon,
            });
            let mut out = Vec::new();
            for la in lat0..=lat1 {
                for lo in lon0..=lon1 {
                    if let Some(ids) = self.grid.get(&(la, lo)) {
                        out.extend_from_slice(ids);
                    }
                }
            }
            return Some(out);
        }
        let empty = Vec::new();
        let mut lists: Vec<&Vec<u32>> = Vec::new();
        if let Some(c) = q.category.as_deref() {
            let bit = taxonomy::TERMS.iter().position(|(_, x)| *x == c)?;
            lists.push(&self.by_category[bit]);
        }
        if let Some(l) = language {
            lists.push(&self.by_language[usize::from(l)]);
        }
        if let Some(m) = q.municipality.as_deref() {
            lists.push(self.by_municipality.get(m).unwrap_or(&empty));
        }
        if let Some(p) = q.province.as_deref() {
            lists.push(self.by_province.get(p).unwrap_or(&empty));
        }
        Some(match lists.into_iter().min_by_key(|l| l.len()) {
            Some(list) => list.clone(),
            None => (0..u32::try_from(self.listings.len()).unwrap_or(u32::MAX)).collect(),
        })
    }

    /// The directory version this model was built from.
    #[must_use]
    pub fn version(&self) -> i64 {
        self.snapshot.version
    }

    /// Listings matching `q`, nearest first when a point is given, else by
    /// service name (the order they are kept in).
    #[must_use]
    pub fn search(&self, q: &Query) -> Vec<Hit<'_>> {
        let language = match q.language.as_deref() {
            Some(code) => match self.spoken.binary_search_by(|c| c.as_str().cmp(code)) {
                Ok(i) => u16::try_from(i).ok(),
                Err(_) => return Vec::new(),
            },
            None => None,
        };
        let category = match q.category.as_deref() {
            Some(c) => match category_bit(c) {
                Some(bit) => bit,
                None => return Vec::new(),
            },
            None => 0,
        };
        let Some(candidates) = self.candidates(q, language) else {
            return Vec::new();
        };
        let words: Vec<String> = q
            .text
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut hits: Vec<Hit<'_>> = candidates
            .into_iter()
            .filter_map(|i| self.listings.get(i as usize))
            .filter(|l| {
                (q.any_status || l.active)
                    && l.categories & category == category
                    && language.is_none_or(|x| l.languages.binary_search(&x).is_ok())
                    && (!q.free || l.free)
                    && q.municipality
                        .as_deref()
                        .is_none_or(|m| l.municipality.as_deref() == Some(m))
                    && q.province
                        .as_deref()
                        .is_none_or(|p| l.province() == Some(p))
                    && words.iter().all(|w| l.haystack.contains(w.as_str()))
            })
            .filter_map(|l| {
                let km = q.near.zip(l.point).map(|(a, b)| a.km_to(b));
                match (q.radius_km, km) {
                    (Some(r), Some(d)) if d > r => None,
                    (Some(_), None) => None,
                    _ => Some(Hit { listing: l, km }),
                }
            })
            .filter(|h| {
                q.open_at
                    .is_none_or(|t| matches!(h.listing.hours.state_at(t), OpenState::OpenUntil(_)))
            })
            .collect();
        if q.near.is_some() {
            hits.sort_by(|a, b| {
                a.km.unwrap_or(f64::MAX)
                    .total_cmp(&b.km.unwrap_or(f64::MAX))
                    .then_with(|| a.listing.sal_id.cmp(&b.listing.sal_id))
            });
        }
        // Without a point the candidates are in name order already.
        hits
    }

    /// Language codes of a listing.
    pub fn languages_of<'a>(&'a self, l: &'a Listing) -> impl Iterator<Item = &'a str> + 'a {
        l.languages
            .iter()
            .filter_map(|i| self.spoken.get(usize::from(*i)))
            .map(String::as_str)
    }

    /// One hit per service (its nearest or first location), in order.
    #[must_use]
    pub fn by_service<'a>(hits: &[Hit<'a>]) -> Vec<Hit<'a>> {
        let mut seen = std::collections::HashSet::with_capacity(hits.len());
        hits.iter()
            .filter(|h| seen.insert(h.listing.service_id.as_str()))
            .copied()
            .collect()
    }

    /// Where to measure distances from for a municipality: the mean of its
    /// listings, else of its province's.
    #[must_use]
    pub fn centre_of(&self, municipality: &str) -> Option<Point> {
        self.centres.get(municipality).copied().or_else(|| {
            self.centres
                .get(&format!("p{}", &municipality[..3.min(municipality.len())]))
                .copied()
        })
    }

    /// The listings of one service.
    #[must_use]
    pub fn of_service(&self, service: &str) -> Vec<&Listing> {
        self.by_service
            .get(service)
            .into_iter()
            .flatten()
            .filter_map(|i| self.listings.get(*i as usize))
            .collect()
    }

    /// A translated field of a record, with its status, when one exists and
    /// was made from the current Italian text (else `outdated` is reported).
    /// Reads the record for the source; callers holding it use
    /// [`ReadModel::translation_from`].
    #[must_use]
    pub fn translation(
        &self,
        entity: &str,
        id: &str,
        field: &str,
        lang: &str,
    ) -> Option<(String, TranslationStatus)> {
        let key = (
            entity.to_owned(),
            id.to_owned(),
            field.to_owned(),
            lang.to_owned(),
        );
        if !self.snapshot.translations.contains_key(&key) {
            return None;
        }
        let kind = match entity {
            "service" => super::hsds::Kind::Service,
            "organization" => super::hsds::Kind::Organization,
            _ => super::hsds::Kind::Location,
        };
        let record = self.snapshot.record(kind, id).unwrap_or_default();
        self.translation_from(
            entity,
            id,
            field,
            lang,
            super::field_text(&record, field)
                .as_deref()
                .unwrap_or_default(),
        )
    }

    /// [`ReadModel::translation`] given the field's current Italian `source`.
    #[must_use]
    pub fn translation_from(
        &self,
        entity: &str,
        id: &str,
        field: &str,
        lang: &str,
        source: &str,
    ) -> Option<(String, TranslationStatus)> {
        let t = self.snapshot.translations.get(&(
            entity.to_owned(),
            id.to_owned(),
            field.to_owned(),
            lang.to_owned(),
        ))?;
        let status = TranslationStatus::of(&t.status, &t.source_hash, source);
        Some((t.text.clone(), status))
    }
}
