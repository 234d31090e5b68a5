//! Owners of the demo directory: each demo service and organization is kept
//! by the demo agency of its place, so agency-scoped editors have something
//! of their own (and, elsewhere, something that is not).

use std::collections::{BTreeSet, HashMap};

use sea_orm::EntityTrait;

use super::AGENCIES;
use crate::directory::hsds::{Kind, Records};
use crate::directory::owners::Owner;
use crate::directory::{location, service, service_at_location};
use crate::identity::access::Agency;
use crate::{Store, StoreResult};

/// Whether `agency` serves the municipality `code` (ISTAT, 6 digits): its
/// own municipality, or one of its province. Regions are too wide to keep a
/// city's records: their services stay with network editors.
fn serves(agency: &Agency, code: &str) -> bool {
    match agency.territory.parts() {
        (_, _, Some(m)) => m == code,
        (_, Some(p), None) => code.starts_with(p),
        _ => false,
    }
}

impl Store {
    /// Gives every demo service (named "(demo)") without an owner to the demo
    /// agency that serves the municipality of its first place, and a demo
    /// organization to that agency when all its services went to it. Runs
    /// when either the demo directory or the demo agencies are loaded, after
    /// both; never changes an owner already set.
    pub(crate) async fn assign_demo_owners(&self) -> StoreResult<()> {
        let agencies: Vec<Agency> = self
            .agencies()
            .await?
            .into_iter()
            .filter(|a| AGENCIES.iter().any(|d| d.0 == a.name))
            .collect();
        if agencies.is_empty() {
            return Ok(());
        }
        let places: HashMap<String, String> = location::Entity::find()
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|l| l.municipality.map(|m| (l.id, m)))
            .collect();
        let mut first_place: HashMap<String, String> = HashMap::new();
        let mut links = service_at_location::Entity::find().all(self.conn()).await?;
        links.sort_by(|a, b| a.id.cmp(&b.id));
        for link in links {
            if let Some(m) = link.location_id.and_then(|l| places.get(&l)) {
                first_place
                    .entry(link.service_id)
                    .or_insert_with(|| m.clone());
            }
        }
        let mut owners = Vec::new();
        let mut by_org: HashMap<String, BTreeSet<Option<uuid::Uuid>>> = HashMap::new();
        for s in service::Entity::find().all(self.conn()).await? {
            if !s.name.ends_with("(demo)") {
                continue;
            }
            let agency = s.agency_id.or_else(|| {
                first_place
                    .get(&s.id)
                    .and_then(|m| agencies.iter().find(|a| serves(a, m)))
                    .map(|a| a.id)
            });
            if let Some(org) = &s.organization_id {
                by_org.entry(org.clone()).or_default().insert(agency);
            }
            if s.agency_id.is_none() && agency.is_some() {
                owners.push(Owner {
                    kind: Kind::Service,
                    id: s.id,
                    agency,
                });
            }
        }
        let owned_orgs = self.directory_owners(Kind::Organization).await?;
        for (org, agencies) in by_org {
            if let [Some(agency)] = agencies.into_iter().collect::<Vec<_>>()[..]
                && !owned_orgs.contains_key(&org)
            {
                owners.push(Owner {
                    kind: Kind::Organization,
                    id: org,
                    agency: Some(agency),
                });
            }
        }
        if !owners.is_empty() {
            self.write_directory_owned(
                &Records::default(),
                &[],
                &owners,
                &crate::act::Trail::unrecorded(),
            )
            .await?;
        }
        Ok(())
    }
}
