//! Building the read model from a snapshot, whole or after a write: only the
//! listings a write touched are derived again from their records; the
//! others are kept.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crocevia_domain::directory::hours::{Hours, ScheduleInput};
use crocevia_domain::directory::{Point, taxonomy};
use serde_json::{Map, Value};

use super::{
    Listing, ReadModel, ServiceInfo, Snapshot, categories, category_bit, cell, is_free, languages,
    schedules, str_of,
};
use crate::directory::hsds::Kind;

/// The ids of the records a write changed since the model's version.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Organizations.
    pub organizations: BTreeSet<String>,
    /// Services.
    pub services: BTreeSet<String>,
    /// Locations.
    pub locations: BTreeSet<String>,
    /// Services at locations.
    pub service_at_locations: BTreeSet<String>,
}

/// What listings take from their service, computed once per service (the
/// parsed records are not kept: a large directory would not fit).
struct FromService {
    categories: Vec<&'static str>,
    languages: BTreeSet<String>,
    free: bool,
    schedules: Vec<ScheduleInput>,
    description: String,
}

impl FromService {
    fn of(service: &Map<String, Value>) -> FromService {
        let mut langs = BTreeSet::new();
        languages(service, &mut langs);
        FromService {
            categories: categories(service),
            languages: langs,
            free: is_free(service),
            schedules: schedules(service),
            description: str_of(service, "description")
                .unwrap_or_default()
                .to_lowercase(),
        }
    }
}

fn service_info(service: &Map<String, Value>, organization: Option<&str>) -> ServiceInfo {
    ServiceInfo {
        name: str_of(service, "name").unwrap_or_default().to_owned(),
        organization: organization.unwrap_or_default().to_owned(),
        status: str_of(service, "status").unwrap_or("active").to_owned(),
    }
}

/// The languages of a location (empty when it names none).
fn location_languages(snapshot: &Snapshot, id: &str) -> BTreeSet<String> {
    let mut langs = BTreeSet::new();
    if let Some(r) = snapshot.locations.get(id) {
        languages(&snapshot.parsed(r), &mut langs);
    }
    langs
}

/// A listing before its languages are interned.
struct Draft {
    listing: Listing,
    languages: BTreeSet<String>,
}

/// The listing of one service at a location; `None` when the service is
/// missing.
fn draft(
    snapshot: &Snapshot,
    sal_id: &str,
    service: &FromService,
    info: &ServiceInfo,
    location_langs: impl FnOnce(&str) -> BTreeSet<String>,
) -> Option<Draft> {
    let sal = snapshot.parsed(snapshot.service_at_locations.get(sal_id)?);
    let service_id = str_of(&sal, "service_id")?;
    let location_id = str_of(&sal, "location_id").map(str::to_owned);
    let (point, municipality) = location_id
        .as_deref()
        .and_then(|l| snapshot.places.get(l))
        .cloned()
        .unwrap_or_default();
    let mut langs = service.languages.clone();
    if let Some(l) = location_id.as_deref() {
        langs.extend(location_langs(l));
    }
    // The most specific hours: this service here, else the place, else the service.
    let mut hours_from = schedules(&sal);
    if hours_from.is_empty() {
        hours_from = location_id
            .as_deref()
            .and_then(|l| snapshot.locations.get(l))
            .map(|l| schedules(&snapshot.parsed(l)))
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
    Some(Draft {
        listing: Listing {
            sal_id: sal_id.to_owned(),
            service_id: service_id.to_owned(),
            location_id,
            point: point.and_then(|(lat, lon)| Point::new(lat, lon)),
            municipality,
            categories: service
                .categories
                .iter()
                .filter_map(|c| category_bit(c))
                .fold(0, |a, b| a | b),
            languages: Box::default(),
            free: service.free,
            hours: Hours::parse_lenient(&hours_from),
            active: info.status == "active",
            haystack: haystack.into_boxed_str(),
        },
        languages: langs,
    })
}

/// Interns a draft's languages into `spoken` (sorted); `None` when one is
/// not there.
fn intern(draft: Draft, spoken: &[String]) -> Option<Listing> {
    let mut listing = draft.listing;
    let langs: Option<Vec<u16>> = draft
        .languages
        .iter()
        .map(|code| {
            spoken
                .binary_search_by(|c| c.as_str().cmp(code))
                .ok()
                .and_then(|i| u16::try_from(i).ok())
        })
        .collect();
    listing.languages = langs?.into_boxed_slice();
    Some(listing)
}

impl ReadModel {
    /// Builds the listings from a snapshot.
    #[must_use]
    pub fn build(snapshot: Snapshot) -> ReadModel {
        let organizations: BTreeMap<&str, String> = snapshot
            .organizations
            .iter()
            .map(|(id, r)| {
                let name = str_of(&snapshot.parsed(r), "name")
                    .unwrap_or_default()
                    .to_owned();
                (id.as_str(), name)
            })
            .collect();
        let mut services = BTreeMap::new();
        let mut derived: BTreeMap<&str, FromService> = BTreeMap::new();
        for (id, r) in &snapshot.services {
            let service = snapshot.parsed(r);
            derived.insert(id.as_str(), FromService::of(&service));
            let organization = str_of(&service, "organization_id")
                .and_then(|o| organizations.get(o))
                .map(String::as_str);
            services.insert(id.clone(), service_info(&service, organization));
        }
        let mut by_location: HashMap<&str, BTreeSet<String>> = HashMap::new();
        for id in snapshot.locations.keys() {
            let langs = location_languages(&snapshot, id);
            if !langs.is_empty() {
                by_location.insert(id.as_str(), langs);
            }
        }
        let drafts: Vec<Draft> = snapshot
            .service_at_locations
            .keys()
            .filter_map(|sal_id| {
                let sal = snapshot.parsed(&snapshot.service_at_locations[sal_id]);
                let service_id = str_of(&sal, "service_id")?;
                let (service, info) = (derived.get(service_id)?, services.get(service_id)?);
                draft(&snapshot, sal_id, service, info, |l| {
                    by_location.get(l).cloned().unwrap_or_default()
                })
            })
            .collect();
        drop(derived);
        drop(by_location);
        // Languages are interned: a listing keeps indexes into the sorted table.
        let spoken: Vec<String> = drafts
            .iter()
            .flat_map(|d| d.languages.iter().cloned())
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        let listings = drafts
            .into_iter()
            .filter_map(|d| intern(d, &spoken))
            .collect();
        ReadModel::assemble(snapshot, services, spoken, listings)
    }

    /// The model of `snapshot`, which is this model's snapshot with the
    /// records named in `changes` written since: the listings of those
    /// records (a service's, a location's, an organization's services') are
    /// derived again, the others kept. A whole build when the languages
    /// spoken change (listings keep indexes into their table).
    #[must_use]
    pub fn update(&self, snapshot: Snapshot, changes: &Changes) -> ReadModel {
        let mut touched: HashSet<&str> = changes.services.iter().map(String::as_str).collect();
        for org in &changes.organizations {
            touched.extend(
                snapshot
                    .services_by_organization
                    .get(org)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
        }
        let mut services = self.services.clone();
        let mut derived: HashMap<&str, FromService> = HashMap::new();
        for id in &touched {
            let Some(service) = snapshot.record(Kind::Service, id) else {
                continue;
            };
            let organization = str_of(&service, "organization_id")
                .and_then(|o| snapshot.record(Kind::Organization, o))
                .and_then(|o| str_of(&o, "name").map(str::to_owned));
            services.insert(
                (*id).to_owned(),
                service_info(&service, organization.as_deref()),
            );
            derived.insert(*id, FromService::of(&service));
        }
        let mut sals: BTreeSet<&str> = changes
            .service_at_locations
            .iter()
            .map(String::as_str)
            .collect();
        for id in &touched {
            sals.extend(
                snapshot
                    .sals_by_service
                    .get(*id)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
        }
        let located = |l: &Listing| {
            l.location_id
                .as_ref()
                .is_some_and(|id| changes.locations.contains(id))
        };
        sals.extend(
            self.listings
                .iter()
                .filter(|l| located(l))
                .map(|l| l.sal_id.as_str()),
        );
        let mut drafts = Vec::with_capacity(sals.len());
        for sal_id in &sals {
            let Some(sal) = snapshot
                .service_at_locations
                .get(*sal_id)
                .map(|r| snapshot.parsed(r))
            else {
                continue;
            };
            let Some(service_id) = str_of(&sal, "service_id") else {
                continue;
            };
            if !derived.contains_key(service_id)
                && let Some((key, record)) = snapshot.services.get_key_value(service_id)
            {
                derived.insert(key.as_str(), FromService::of(&snapshot.parsed(record)));
            }
            let (Some(service), Some(info)) = (derived.get(service_id), services.get(service_id))
            else {
                continue;
            };
            drafts.extend(draft(&snapshot, sal_id, service, info, |l| {
                location_languages(&snapshot, l)
            }));
        }
        let mut listings: Vec<Listing> = self
            .listings
            .iter()
            .filter(|l| !sals.contains(l.sal_id.as_str()))
            .cloned()
            .collect();
        for d in drafts {
            match intern(d, &self.spoken) {
                Some(listing) => listings.push(listing),
                None => return ReadModel::build(snapshot),
            }
        }
        let model = ReadModel::assemble(snapshot, services, self.spoken.clone(), listings);
        if model.by_language.iter().any(Vec::is_empty) {
            // A language nobody speaks any more: the filter must not offer it.
            return ReadModel::build(model.snapshot);
        }
        model
    }

    /// Sorts the listings and indexes them.
    fn assemble(
        snapshot: Snapshot,
        services: BTreeMap<String, ServiceInfo>,
        spoken: Vec<String>,
        mut listings: Vec<Listing>,
    ) -> ReadModel {
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
}
