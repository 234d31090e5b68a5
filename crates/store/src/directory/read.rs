//! The directory's read model: every service at a location reduced to what the
//! public filters need (place, categories, languages, cost, hours), held in
//! memory and rebuilt when the directory version changes. Public pages and the
//! HSDS API query it without touching the database.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDateTime;
use crocevia_domain::directory::hours::{Hours, OpenState, ScheduleInput};
use crocevia_domain::directory::{Point, taxonomy};
use serde_json::{Map, Value};

use super::Snapshot;

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
    /// Builds the listings from a snapshot.
    #[must_use]
    pub fn build(snapshot: Snapshot) -> ReadModel {
        let parse = |r| snapshot.parsed(r);
        let organizations: BTreeMap<&str, String> = snapshot
            .organizations
            .iter()
            .map(|(id, r)| {
                let name = str_of(&parse(r), "name").unwrap_or_default().to_owned();
                (id.as_str(), name)
            })
            .collect();
        // What listings take from their service, computed once per service (the
        // parsed records are not kept: a large directory would not fit).
        struct FromService {
            categories: Vec<&'static str>,
            languages: BTreeSet<String>,
            free: bool,
            schedules: Vec<ScheduleInput>,
            description: String,
        }
        let mut services = BTreeMap::new();
        let mut derived: BTreeMap<&str, FromService> = BTreeMap::new();
        for (id, r) in &snapshot.services {
            let service = parse(r);
            let mut langs = BTreeSet::new();
            languages(&service, &mut langs);
            derived.insert(
                id.as_str(),
                FromService {
                    categories: categories(&service),
                    languages: langs,
                    free: is_free(&service),
                    schedules: schedules(&service),
                    description: str_of(&service, "description")
                        .unwrap_or_default()
                        .to_lowercase(),
                },
            );
            services.insert(
                id.clone(),
                ServiceInfo {
                    name: str_of(&service, "name").unwrap_or_default().to_owned(),
                    organization: str_of(&service, "organization_id")
                        .and_then(|o| organizations.get(o))
                        .cloned()
                        .unwrap_or_default(),
                    status: str_of(&service, "status").unwrap_or("active").to_owned(),
                },
            );
        }
        // Languages are interned: a listing keeps indexes into the sorted table.
        let mut location_languages: HashMap<&str, BTreeSet<String>> = HashMap::new();
        for (id, r) in &snapshot.locations {
            let mut langs = BTreeSet::new();
            languages(&parse(r), &mut langs);
            if !langs.is_empty() {
                location_languages.insert(id.as_str(), langs);
            }
        }
        let spoken: Vec<String> = derived
            .values()
            .flat_map(|s| s.languages.iter())
            .chain(location_languages.values().flatten())
            .cloned()
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        let index_of = |code: &str| {
            spoken
                .binary_search_by(|c| c.as_str().cmp(code))
                .ok()
                .and_then(|i| u16::try_from(i).ok())
        };
        let mut listings = Vec::with_capacity(snapshot.service_at_locations.len());
        for (sal_id, sal) in &snapshot.service_at_locations {
            let sal = parse(sal);
            let Some(service_id) = str_of(&sal, "service_id") else {
                continue;
            };
            let (Some(service), Some(info)) = (derived.get(service_id), services.get(service_id))
            else {
                continue;
            };
            let location_id = str_of(&sal, "location_id").map(str::to_owned);
            let (point, municipality) = location_id
                .as_deref()
                .and_then(|l| snapshot.places.get(l))
                .cloned()
                .unwrap_or_default();
            let mut langs: Vec<u16> = service
                .languages
                .iter()
                .chain(
                    location_id
                        .as_deref()
                        .and_then(|l| location_languages.get(l))
                        .into_iter()
                        .flatten(),
                )
                .filter_map(|c| index_of(c))
                .collect();
            langs.sort_unstable();
            langs.dedup();
            // The most specific hours: this service here, else the place, else the service.
            let mut hours_from = schedules(&sal);
            if hours_from.is_empty() {
                hours_from = location_id
                    .as_deref()
                    .and_then(|l| snapshot.locations.get(l))
                    .map(|l| schedules(&parse(l)))
                    .unwrap_or_default();
            }
            if hours_from.is_empty() {
                hours_from.clone_from(&service.schedules);
            }
            let haystack = format!(
                "{} {} {}",
                info.name.to_lowercase(),
                service.description,
                info.organization.to_lowercase()
            );
            listings.push(Listing {
                sal_id: sal_id.clone(),
                service_id: service_id.to_owned(),
                location_id,
                point: point.and_then(|(lat, lon)| Point::new(lat, lon)),
                municipality,
                categories: service
                    .categories
                    .iter()
                    .filter_map(|c| category_bit(c))
                    .fold(0, |a, b| a | b),
                languages: langs.into_boxed_slice(),
                free: service.free,
                hours: Hours::parse_lenient(&hours_from),
                active: info.status == "active",
                haystack: haystack.into_boxed_str(),
            });
        }
        drop(derived);
        drop(location_languages);
        // Kept in the default order (by name) so that lists without a point need
        // no sorting.
        {
            let key = |l: &Listing| {
                services
                    .get(&l.service_id)
                    .map(|i| i.name.to_lowercase())
                    .unwrap_or_default()
            };
            let mut keyed: Vec<(String, Listing)> =
                listings.into_iter().map(|l| (key(&l), l)).collect();
            keyed.sort_by(|a, b| (&a.0, &a.1.sal_id).cmp(&(&b.0, &b.1.sal_id)));
            listings = keyed.into_iter().map(|(_, l)| l).collect();
        }
        let mut model = ReadModel {
            snapshot,
            services,
            by_category: vec![Vec::new(); taxonomy::TERMS.len()],
            by_language: vec![Vec::new(); spoken.len()],
            spoken,
            ..ReadModel::default()
        };
        let mut sums: HashMap<String, (f64, f64, f64)> = HashMap::new();
        for (i, l) in listings.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            if let Some(p) = l.point {
                model.grid.entry(cell(p)).or_default().push(i);
            }
            for (bit, list) in model.by_category.iter_mut().enumerate() {
                if l.categories & (1 << bit) != 0 {
                    list.push(i);
                }
            }
            for lang in &l.languages {
                model.by_language[usize::from(*lang)].push(i);
            }
            if let Some(m) = &l.municipality {
                model.by_municipality.entry(m.clone()).or_default().push(i);
                let province = &m[..3.min(m.len())];
                model
                    .by_province
                    .entry(province.to_owned())
                    .or_default()
                    .push(i);
                if let Some(p) = l.point {
                    for key in [m.clone(), format!("p{province}")] {
                        let e = sums.entry(key).or_default();
                        *e = (e.0 + p.lat, e.1 + p.lon, e.2 + 1.0);
                    }
                }
            }
            model
                .by_service
                .entry(l.service_id.clone())
                .or_default()
                .push(i);
        }
        model.centres = sums
            .into_iter()
            .map(|(k, (lat, lon, n))| {
                (
                    k,
                    Point {
                        lat: lat / n,
                        lon: lon / n,
                    },
                )
            })
            .collect();
        model.listings = listings;
        model
    }

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
    ) -> Option<(String, &'static str)> {
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
            str_of(&record, field).unwrap_or_default(),
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
    ) -> Option<(String, &'static str)> {
        let t = self.snapshot.translations.get(&(
            entity.to_owned(),
            id.to_owned(),
            field.to_owned(),
            lang.to_owned(),
        ))?;
        let status = if super::source_hash(source.trim()) != t.source_hash {
            "outdated"
        } else if t.status == "reviewed" {
            "reviewed"
        } else {
            "machine"
        };
        Some((t.text.clone(), status))
    }
}
