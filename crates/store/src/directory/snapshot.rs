//! The directory held in memory: every record (compact, parsed when used)
//! and translation by id, read whole or, after writes, only the rows changed
//! since the version a snapshot was read at.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::entity::prelude::*;
use sea_orm::{PaginatorTrait, QueryOrder, QuerySelect};
use serde_json::{Map, Value};

use super::hsds::{Kind, Lookup};
use super::packed::{self, Codec, Packed};
use super::read::Changes;
use super::{
    location, organization, service, service_at_location, taxonomy, taxonomy_term, translation,
};
use crate::{Store, StoreResult};

/// The most rows [`Store::directory_since`] reads.
const DELTA_ROWS: u64 = 5_000;

/// The id of a record's parent (`service_id`, `organization_id`).
fn parent(record: &str, key: &str) -> Option<String> {
    serde_json::from_str::<Map<String, Value>>(record)
        .ok()
        .and_then(|r| r.get(key).and_then(Value::as_str).map(str::to_owned))
}

/// Moves `id` from its `before` parent's list to its `after` parent's (kept
/// in id order, as a whole read builds them).
fn move_child(
    index: &mut BTreeMap<String, Vec<String>>,
    before: Option<String>,
    after: Option<String>,
    id: &str,
) {
    if let Some(p) = before
        && let Some(list) = index.get_mut(&p)
    {
        list.retain(|c| c != id);
        if list.is_empty() {
            index.remove(&p);
        }
    }
    if let Some(list) = after.map(|p| index.entry(p).or_default())
        && let Err(at) = list.binary_search_by(|c| c.as_str().cmp(id))
    {
        list.insert(at, id.to_owned());
    }
}

impl Store {
    /// Everything stored, for export and for the read model.
    pub async fn directory_snapshot(&self) -> StoreResult<Snapshot> {
        let codec = std::sync::Arc::new(self.directory_codec().await?);
        let parse = |text| codec.pack(text);
        let mut snap = Snapshot {
            version: self.directory_version().await?,
            codec: codec.clone(),
            ..Snapshot::default()
        };
        self.each_row::<organization::Entity>(organization::Column::Id, |m| {
            snap.organizations.insert(m.id.clone(), parse(m.record));
            m.id
        })
        .await?;
        self.each_row::<service::Entity>(service::Column::Id, |m| {
            snap.verified.insert(m.id.clone(), m.last_verified_at);
            snap.services.insert(m.id.clone(), parse(m.record));
            m.id
        })
        .await?;
        self.each_row::<location::Entity>(location::Column::Id, |m| {
            snap.places.insert(
                m.id.clone(),
                (m.latitude.zip(m.longitude), m.municipality.clone()),
            );
            snap.locations.insert(m.id.clone(), parse(m.record));
            m.id
        })
        .await?;
        self.each_row::<service_at_location::Entity>(service_at_location::Column::Id, |m| {
            snap.service_at_locations
                .insert(m.id.clone(), parse(m.record));
            m.id
        })
        .await?;
        for m in taxonomy::Entity::find().all(self.conn()).await? {
            snap.taxonomies.insert(m.id, parse(m.record));
        }
        for m in taxonomy_term::Entity::find().all(self.conn()).await? {
            snap.taxonomy_terms.insert(m.id, parse(m.record));
        }
        for t in translation::Entity::find().all(self.conn()).await? {
            snap.translations.insert(
                (
                    t.entity.clone(),
                    t.entity_id.clone(),
                    t.field.clone(),
                    t.lang.clone(),
                ),
                t,
            );
        }
        snap.index();
        Ok(snap)
    }

    /// How to keep the directory's records in memory: a large directory gets
    /// a dictionary trained on a sample of its records, so that each record is
    /// compressed as it is read (a plain copy of everything is never held).
    async fn directory_codec(&self) -> StoreResult<Codec> {
        const SAMPLE: u64 = 2_000;
        let count = organization::Entity::find().count(self.conn()).await?
            + service::Entity::find().count(self.conn()).await?
            + location::Entity::find().count(self.conn()).await?
            + service_at_location::Entity::find()
                .count(self.conn())
                .await?;
        if count < packed::MIN_RECORDS {
            return Ok(Codec::default());
        }
        let mut samples: Vec<String> = Vec::new();
        macro_rules! sample {
            ($entity:ident) => {
                samples.extend(
                    $entity::Entity::find()
                        .order_by_asc($entity::Column::Id)
                        .limit(SAMPLE)
                        .all(self.conn())
                        .await?
                        .into_iter()
                        .map(|m| m.record),
                );
            };
        }
        sample!(organization);
        sample!(service);
        sample!(location);
        sample!(service_at_location);
        Ok(Codec::train(&samples))
    }

    /// Reads a table in pages of rows by id (so a large directory is never
    /// held twice in memory), handing each row to `take`, which returns its id.
    async fn each_row<E>(
        &self,
        id: E::Column,
        mut take: impl FnMut(E::Model) -> String,
    ) -> StoreResult<()>
    where
        E: EntityTrait,
    {
        const PAGE: u64 = 2_000;
        let mut after: Option<String> = None;
        loop {
            let mut query = E::find().order_by_asc(id);
            if let Some(a) = after.take() {
                query = query.filter(id.gt(a));
            }
            let rows = query.limit(PAGE).all(self.conn()).await?;
            let full = rows.len() as u64 == PAGE;
            for row in rows {
                after = Some(take(row));
            }
            if !full {
                return Ok(());
            }
        }
    }

    /// `old` brought up to the current version with the rows written since
    /// it was read, and the ids of the records they changed; `None` when
    /// more than [`DELTA_ROWS`] rows changed (a whole read costs about the
    /// same then). The version is read first: a row written after it is read
    /// again at the next update, which changes nothing.
    pub async fn directory_since(
        &self,
        old: &Snapshot,
    ) -> StoreResult<Option<(Snapshot, Changes)>> {
        let version = self.directory_version().await?;
        let since = old.version;
        let mut snap = old.clone();
        snap.version = version;
        let mut changes = Changes::default();
        macro_rules! changed {
            ($entity:ident) => {
                $entity::Entity::find()
                    .filter($entity::Column::ChangedVersion.gt(since))
                    .limit(DELTA_ROWS + 1)
                    .all(self.conn())
                    .await?
            };
        }
        let organizations = changed!(organization);
        let services = changed!(service);
        let locations = changed!(location);
        let service_at_locations = changed!(service_at_location);
        let taxonomies = changed!(taxonomy);
        let taxonomy_terms = changed!(taxonomy_term);
        let translations = changed!(translation);
        let rows = organizations.len()
            + services.len()
            + locations.len()
            + service_at_locations.len()
            + taxonomies.len()
            + taxonomy_terms.len()
            + translations.len();
        if rows as u64 > DELTA_ROWS {
            return Ok(None);
        }
        for m in organizations {
            let packed = snap.codec.pack(m.record);
            snap.organizations.insert(m.id.clone(), packed);
            changes.organizations.insert(m.id);
        }
        for m in services {
            let before = snap
                .services
                .get(&m.id)
                .and_then(|r| parent(&snap.text(r), "organization_id"));
            let after = parent(&m.record, "organization_id");
            move_child(&mut snap.services_by_organization, before, after, &m.id);
            snap.verified.insert(m.id.clone(), m.last_verified_at);
            let packed = snap.codec.pack(m.record);
            snap.services.insert(m.id.clone(), packed);
            changes.services.insert(m.id);
        }
        for m in locations {
            let before = snap
                .locations
                .get(&m.id)
                .and_then(|r| parent(&snap.text(r), "organization_id"));
            let after = parent(&m.record, "organization_id");
            move_child(&mut snap.locations_by_organization, before, after, &m.id);
            snap.places
                .insert(m.id.clone(), (m.latitude.zip(m.longitude), m.municipality));
            let packed = snap.codec.pack(m.record);
            snap.locations.insert(m.id.clone(), packed);
            changes.locations.insert(m.id);
        }
        for m in service_at_locations {
            let before = snap
                .service_at_locations
                .get(&m.id)
                .and_then(|r| parent(&snap.text(r), "service_id"));
            let after = parent(&m.record, "service_id");
            move_child(&mut snap.sals_by_service, before, after, &m.id);
            let packed = snap.codec.pack(m.record);
            snap.service_at_locations.insert(m.id.clone(), packed);
            changes.service_at_locations.insert(m.id);
        }
        for m in taxonomies {
            let packed = snap.codec.pack(m.record);
            snap.taxonomies.insert(m.id, packed);
        }
        for m in taxonomy_terms {
            let packed = snap.codec.pack(m.record);
            snap.taxonomy_terms.insert(m.id, packed);
        }
        for t in translations {
            snap.translations.insert(
                (
                    t.entity.clone(),
                    t.entity_id.clone(),
                    t.field.clone(),
                    t.lang.clone(),
                ),
                t,
            );
        }
        Ok(Some((snap, changes)))
    }
}

/// A location's valid coordinates (latitude, longitude) and ISTAT municipality.
pub type Place = (Option<(f64, f64)>, Option<String>);

/// Every record and translation, by id: what export and the read model use.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    /// The directory version it was read at.
    pub version: i64,
    /// Organizations (records as compact JSON text: parsed when used, so
    /// a large directory stays small in memory).
    pub organizations: BTreeMap<String, Packed>,
    /// Services.
    pub services: BTreeMap<String, Packed>,
    /// When each service was last verified.
    pub verified: BTreeMap<String, Option<chrono::DateTime<Utc>>>,
    /// Locations.
    pub locations: BTreeMap<String, Packed>,
    /// Valid coordinates and ISTAT municipality of each location.
    pub places: BTreeMap<String, Place>,
    /// Services at locations.
    pub service_at_locations: BTreeMap<String, Packed>,
    /// Taxonomies.
    pub taxonomies: BTreeMap<String, Packed>,
    /// Taxonomy terms.
    pub taxonomy_terms: BTreeMap<String, Packed>,
    /// Translations by (entity, id, field, lang).
    pub translations: BTreeMap<(String, String, String, String), translation::Model>,
    /// Services at locations by service id.
    pub sals_by_service: BTreeMap<String, Vec<String>>,
    /// Services by organization id.
    pub services_by_organization: BTreeMap<String, Vec<String>>,
    /// Locations by organization id.
    pub locations_by_organization: BTreeMap<String, Vec<String>>,
    /// How the record texts are compressed.
    codec: std::sync::Arc<Codec>,
}

impl Snapshot {
    /// Builds the indexes by parent id.
    fn index(&mut self) {
        for (id, r) in &self.service_at_locations {
            if let Some(s) = parent(&self.codec.text(r), "service_id") {
                self.sals_by_service.entry(s).or_default().push(id.clone());
            }
        }
        for (id, r) in &self.services {
            if let Some(o) = parent(&self.codec.text(r), "organization_id") {
                self.services_by_organization
                    .entry(o)
                    .or_default()
                    .push(id.clone());
            }
        }
        for (id, r) in &self.locations {
            if let Some(o) = parent(&self.codec.text(r), "organization_id") {
                self.locations_by_organization
                    .entry(o)
                    .or_default()
                    .push(id.clone());
            }
        }
    }

    fn children(
        &self,
        index: &BTreeMap<String, Vec<String>>,
        parent: &str,
        kind: Kind,
    ) -> Vec<Map<String, Value>> {
        index
            .get(parent)
            .into_iter()
            .flatten()
            .filter_map(|id| self.get(kind, id))
            .collect()
    }
}

impl Snapshot {
    /// The JSON text of a record.
    #[must_use]
    pub fn text<'a>(&self, record: &'a Packed) -> std::borrow::Cow<'a, str> {
        self.codec.text(record)
    }

    /// A record, parsed (empty when it is not an object).
    #[must_use]
    pub fn parsed(&self, record: &Packed) -> Map<String, Value> {
        serde_json::from_str(&self.text(record)).unwrap_or_default()
    }

    /// A record, parsed.
    #[must_use]
    pub fn record(&self, kind: Kind, id: &str) -> Option<Map<String, Value>> {
        Lookup::get(self, kind, id)
    }

    /// One page of the ids of a kind, in order, and how many there are.
    #[must_use]
    pub fn page_ids(&self, kind: Kind, offset: usize, limit: usize) -> (Vec<String>, usize) {
        let map = self.map(kind);
        (
            map.keys().skip(offset).take(limit).cloned().collect(),
            map.len(),
        )
    }

    /// The ids of every record of a kind, in order.
    #[must_use]
    pub fn ids(&self, kind: Kind) -> Vec<String> {
        self.map(kind).keys().cloned().collect()
    }

    fn map(&self, kind: Kind) -> &BTreeMap<String, Packed> {
        match kind {
            Kind::Organization => &self.organizations,
            Kind::Service => &self.services,
            Kind::Location => &self.locations,
            Kind::ServiceAtLocation => &self.service_at_locations,
            Kind::Taxonomy => &self.taxonomies,
            Kind::TaxonomyTerm => &self.taxonomy_terms,
        }
    }
}

impl Lookup for Snapshot {
    fn get(&self, kind: Kind, id: &str) -> Option<Map<String, Value>> {
        self.map(kind)
            .get(id)
            .and_then(|r| serde_json::from_str(&self.text(r)).ok())
    }

    fn sals_of_service(&self, service: &str) -> Vec<Map<String, Value>> {
        self.children(&self.sals_by_service, service, Kind::ServiceAtLocation)
    }

    fn services_of(&self, organization: &str) -> Vec<Map<String, Value>> {
        self.children(&self.services_by_organization, organization, Kind::Service)
    }

    fn locations_of(&self, organization: &str) -> Vec<Map<String, Value>> {
        self.children(
            &self.locations_by_organization,
            organization,
            Kind::Location,
        )
    }
}
