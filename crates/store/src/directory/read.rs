//! The directory's read model: every service at a location reduced to what the
//! public filters need (place, categories, languages, cost, hours), held in
//! memory and rebuilt when the directory version changes. Public pages and the
//! HSDS API query it without touching the database.

use std::collections::{BTreeMap, BTreeSet};

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
    /// ISTAT province (first three digits of the municipality).
    pub province: Option<String>,
    /// Category codes of the default taxonomy.
    pub categories: Vec<&'static str>,
    /// Languages spoken (ISO 639 codes, lower case).
    pub languages: BTreeSet<String>,
    /// Free of charge.
    pub free: bool,
    /// Opening hours.
    pub hours: Hours,
    /// HSDS status.
    pub status: String,
    /// Lower-cased service name, description and organization name, for `q`.
    haystack: String,
    /// Lower-cased name, for sorting.
    name_key: String,
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
    /// One entry per service at location.
    pub listings: Vec<Listing>,
    /// Per service: what lists show.
    pub services: BTreeMap<String, ServiceInfo>,
    /// Listings by grid cell of 0.1° (about 11 × 8 km), for radius queries.
    grid: std::collections::HashMap<(i32, i32), Vec<u32>>,
    /// Every language spoken somewhere, sorted (for the filter).
    pub spoken: Vec<String>,
    /// Mean position of the listings per municipality code, and per province
    /// (`p` + its code).
    centres: std::collections::HashMap<String, Point>,
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
        let parse = |r: &str| serde_json::from_str::<Map<String, Value>>(r).unwrap_or_default();
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
            let location = location_id
                .as_deref()
                .and_then(|l| snapshot.locations.get(l))
                .map(|l| parse(l));
            let (point, municipality) = location_id
                .as_deref()
                .and_then(|l| snapshot.places.get(l))
                .cloned()
                .unwrap_or_default();
            let mut langs = service.languages.clone();
            if let Some(l) = &location {
                languages(l, &mut langs);
            }
            // The most specific hours: this service here, else the place, else the service.
            let mut hours_from = schedules(&sal);
            if hours_from.is_empty() {
                hours_from = location.as_ref().map(schedules).unwrap_or_default();
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
                province: municipality
                    .as_ref()
                    .map(|m| m[..3.min(m.len())].to_owned()),
                municipality,
                categories: service.categories.clone(),
                languages: langs,
                free: service.free,
                hours: Hours::parse_lenient(&hours_from),
                status: info.status.clone(),
                haystack,
                name_key: info.name.to_lowercase(),
            });
        }
        // Kept in the default order (by name) so that lists without a point need
        // no sorting.
        listings.sort_by(|a, b| (&a.name_key, &a.sal_id).cmp(&(&b.name_key, &b.sal_id)));
        let mut sums: std::collections::HashMap<String, (f64, f64, f64)> =
            std::collections::HashMap::new();
        for l in &listings {
            if let (Some(p), Some(m)) = (l.point, &l.municipality) {
                for key in [m.clone(), format!("p{}", &m[..3.min(m.len())])] {
                    let e = sums.entry(key).or_default();
                    *e = (e.0 + p.lat, e.1 + p.lon, e.2 + 1.0);
                }
            }
        }
        let centres = sums
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
        let mut grid: std::collections::HashMap<(i32, i32), Vec<u32>> =
            std::collections::HashMap::new();
        for (i, l) in listings.iter().enumerate() {
            if let (Some(p), Ok(i)) = (l.point, u32::try_from(i)) {
                grid.entry(cell(p)).or_default().push(i);
            }
        }
        let spoken: BTreeSet<String> = listings
            .iter()
            .flat_map(|l| l.languages.iter().cloned())
            .collect();
        ReadModel {
            snapshot,
            listings,
            services,
            grid,
            spoken: spoken.into_iter().collect(),
            centres,
        }
    }

    /// The listings a query must look at: those in the grid cells around the
    /// point when a radius is given, else all.
    fn candidates(&self, q: &Query) -> Vec<&Listing> {
        let (Some(p), Some(r)) = (q.near, q.radius_km) else {
            return self.listings.iter().collect();
        };
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
                    out.extend(ids.iter().filter_map(|i| self.listings.get(*i as usize)));
                }
            }
        }
        out
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
        let words: Vec<String> = q
            .text
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut hits: Vec<Hit<'_>> = self
            .candidates(q)
            .into_iter()
            .filter(|l| q.any_status || l.status == "active")
            .filter(|l| {
                q.category
                    .as_deref()
                    .is_none_or(|c| l.categories.contains(&c))
            })
            .filter(|l| {
                q.municipality
                    .as_deref()
                    .is_none_or(|m| l.municipality.as_deref() == Some(m))
            })
            .filter(|l| {
                q.province
                    .as_deref()
                    .is_none_or(|p| l.province.as_deref() == Some(p))
            })
            .filter(|l| {
                q.language
                    .as_deref()
                    .is_none_or(|c| l.languages.contains(c))
            })
            .filter(|l| !q.free || l.free)
            .filter(|l| words.iter().all(|w| l.haystack.contains(w.as_str())))
            .filter(|l| {
                q.open_at
                    .is_none_or(|t| matches!(l.hours.state_at(t), OpenState::OpenUntil(_)))
            })
            .filter_map(|l| {
                let km = q.near.zip(l.point).map(|(a, b)| a.km_to(b));
                match (q.radius_km, km) {
                    (Some(r), Some(d)) if d > r => None,
                    (Some(_), None) => None,
                    _ => Some(Hit { listing: l, km }),
                }
            })
            .collect();
        if q.near.is_some() {
            hits.sort_by(|a, b| {
                a.km.unwrap_or(f64::MAX)
                    .total_cmp(&b.km.unwrap_or(f64::MAX))
                    .then_with(|| a.listing.sal_id.cmp(&b.listing.sal_id))
            });
        }
        // Without a point the candidates are all listings, already in name order.
        hits
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
        self.listings
            .iter()
            .filter(|l| l.service_id == service)
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
