//! The services directory: HSDS 3.0 records stored whole (JSON) with the
//! columns queries need, translations of their text fields, and the version
//! counter that invalidates every server's read model.

pub mod edit;
pub mod files;
pub mod hsds;
pub mod owners;
pub mod packed;
pub mod read;
mod references;
mod snapshot;
mod translations;

pub use snapshot::{Place, Snapshot};
use translations::write_translations;
pub use translations::{Translation, field_text};

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ConnectionTrait, QueryOrder};
use serde_json::{Map, Value};

use self::hsds::{Kind, Records};
use crate::act::Trail;
use crate::{Store, StoreResult};

macro_rules! record_table {
    ($module:ident, $table:literal, { $( $(#[$meta:meta])* $field:ident : $ty:ty ),* $(,)? }) => {
        #[doc = concat!("The `", $table, "` table.")]
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[doc = concat!("Row of `", $table, "`.")]
            #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                /// HSDS id.
                #[sea_orm(primary_key, auto_increment = false)]
                pub id: String,
                $( $(#[$meta])* pub $field: $ty, )*
                /// The HSDS record, JSON.
                pub record: String,
                /// The directory version of the write that last changed it.
                pub changed_version: i64,
            }

            /// No relations declared.
            #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
            pub enum Relation {}

            impl ActiveModelBehavior for ActiveModel {}
        }
    };
}

record_table!(organization, "dir_organizations", {
    /// Name.
    name: String,
    /// Agency of the network that keeps it current (none: network editors).
    agency_id: Option<Uuid>,
    /// Last change.
    updated_at: DateTimeUtc,
});
record_table!(service, "dir_services", {
    /// Owning organization.
    organization_id: Option<String>,
    /// Name (Italian, the source language).
    name: String,
    /// HSDS status.
    status: String,
    /// When an editor last confirmed the record.
    last_verified_at: Option<DateTimeUtc>,
    /// Who confirmed it.
    verified_by: Option<Uuid>,
    /// Agency of the network that keeps it current (none: network editors).
    agency_id: Option<Uuid>,
    /// Last change.
    updated_at: DateTimeUtc,
});
record_table!(location, "dir_locations", {
    /// Owning organization.
    organization_id: Option<String>,
    /// Name.
    name: Option<String>,
    /// Latitude, when valid.
    latitude: Option<f64>,
    /// Longitude, when valid.
    longitude: Option<f64>,
    /// ISTAT municipality code, when known.
    municipality: Option<String>,
    /// Last change.
    updated_at: DateTimeUtc,
});
record_table!(service_at_location, "dir_service_at_locations", {
    /// Service.
    service_id: String,
    /// Location.
    location_id: Option<String>,
});
record_table!(taxonomy, "dir_taxonomies", {
    /// Name.
    name: String,
});
record_table!(taxonomy_term, "dir_taxonomy_terms", {
    /// Taxonomy.
    taxonomy_id: Option<String>,
    /// Code.
    code: Option<String>,
    /// Name.
    name: String,
    /// Parent term.
    parent_id: Option<String>,
});

/// The `dir_translations` table.
pub mod translation {
    use sea_orm::entity::prelude::*;

    /// Row of `dir_translations`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "dir_translations")]
    pub struct Model {
        /// `service`, `organization`, `location`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub entity: String,
        /// Record id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub entity_id: String,
        /// Field name.
        #[sea_orm(primary_key, auto_increment = false)]
        pub field: String,
        /// Language tag.
        #[sea_orm(primary_key, auto_increment = false)]
        pub lang: String,
        /// The translation.
        pub text: String,
        /// `machine` or `reviewed` (`outdated` is derived from the source hash).
        pub status: String,
        /// SHA-256 of the Italian source when translated.
        pub source_hash: String,
        /// Last change.
        pub updated_at: DateTimeUtc,
        /// The directory version of the write that last changed it.
        pub changed_version: i64,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `dir_state` table (one row).
pub mod state {
    use sea_orm::entity::prelude::*;

    /// Row of `dir_state`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "dir_state")]
    pub struct Model {
        /// Always 1.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        /// Bumped by every write.
        pub version: i64,
    }

    /// No relations declared.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Records written, by kind.
    pub written: BTreeMap<String, usize>,
    /// Warnings (data kept but not usable as is), with their place.
    pub warnings: Vec<String>,
}

fn text_of(record: &Map<String, Value>, key: &str) -> Option<String> {
    record
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn id(record: &Map<String, Value>) -> String {
    text_of(record, "id").unwrap_or_default()
}

/// Coordinates of a location, when both are numbers in range.
fn coordinates(record: &Map<String, Value>) -> Option<(f64, f64)> {
    let lat = record.get("latitude").and_then(Value::as_f64)?;
    let lon = record.get("longitude").and_then(Value::as_f64)?;
    crocevia_domain::directory::Point::new(lat, lon).map(|p| (p.lat, p.lon))
}

/// The ISTAT municipality of a location: our extension field, else the
/// address's city looked up in the official list.
fn municipality(record: &Map<String, Value>) -> Option<String> {
    let list = crocevia_domain::territories::territories();
    if let Some(code) =
        text_of(record, "x_istat_municipality").filter(|c| list.municipality(c).is_some())
    {
        return Some(code);
    }
    let address = record.get("addresses")?.as_array()?.first()?.as_object()?;
    let city = text_of(address, "city")?;
    let abbr = text_of(address, "state_province").unwrap_or_default();
    list.provinces()
        .filter(|p| abbr.is_empty() || p.abbr.eq_ignore_ascii_case(&abbr))
        .find_map(|p| list.find_municipality(&p.code, &city))
        .map(|m| m.code.clone())
}

fn json(record: &Map<String, Value>) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

/// Upserts on the primary key, updating every other column.
macro_rules! upsert {
    ($txn:expr, $module:ident, $model:expr, [$($col:ident),*]) => {
        $module::Entity::insert_many($model)
            .on_conflict(
                OnConflict::column($module::Column::Id)
                    .update_columns([$($module::Column::$col),*])
                    .to_owned(),
            )
            .exec_without_returning($txn)
            .await
    };
}

/// Rows per multi-row insert (SQLite allows 32766 parameters).
const CHUNK: usize = 500;

/// The records with distinct ids: a record found several times in one batch
/// (a location nested under its organization and under a service) is merged,
/// later fields winning, so a multi-row upsert touches each row once.
fn merged_by_id(records: &[Map<String, Value>]) -> Vec<Map<String, Value>> {
    let mut order: Vec<String> = Vec::new();
    let mut merged: std::collections::HashMap<String, Map<String, Value>> =
        std::collections::HashMap::new();
    for r in records {
        let key = id(r);
        match merged.get_mut(&key) {
            Some(existing) => hsds::merge(existing, r),
            None => {
                order.push(key.clone());
                merged.insert(key, r.clone());
            }
        }
    }
    order
        .into_iter()
        .filter_map(|k| merged.remove(&k))
        .collect()
}

impl Store {
    /// Writes records (upsert by id) and translations with their trail in
    /// one transaction, and bumps the directory version. Nothing is written
    /// when anything fails.
    pub async fn write_directory(
        &self,
        records: &Records,
        translations: &[Translation],
        trail: &Trail,
    ) -> StoreResult<ImportReport> {
        self.write_directory_owned(records, translations, &[], trail)
            .await
    }

    /// [`Store::write_directory`], also setting the owning agency of some
    /// organizations and services (`None`: network editors only).
    pub async fn write_directory_owned(
        &self,
        records: &Records,
        translations: &[Translation],
        owners: &[owners::Owner],
        trail: &Trail,
    ) -> StoreResult<ImportReport> {
        let mut report = ImportReport::default();
        let now = Utc::now();
        let txn = self.begin_write().await?;
        // First: the rows below carry the new version, and on PostgreSQL the
        // state row's lock orders concurrent directory writes.
        let version = bump(&txn).await?;
        report.warnings = records.warnings.clone();
        report
            .warnings
            .extend(references::check(&txn, records).await?);
        for chunk in merged_by_id(&records.organizations).chunks(CHUNK) {
            // The owner is not part of HSDS: an import leaves it as it was.
            let rows = chunk.iter().map(|r| organization::ActiveModel {
                id: Set(id(r)),
                name: Set(text_of(r, "name").unwrap_or_default()),
                agency_id: NotSet,
                updated_at: Set(now),
                record: Set(json(r)),
                changed_version: Set(version),
            });
            upsert!(
                &txn,
                organization,
                rows,
                [Name, UpdatedAt, Record, ChangedVersion]
            )?;
        }
        for chunk in merged_by_id(&records.services).chunks(CHUNK) {
            let rows = chunk.iter().map(|r| service::ActiveModel {
                id: Set(id(r)),
                organization_id: Set(text_of(r, "organization_id")),
                name: Set(text_of(r, "name").unwrap_or_default()),
                status: Set(text_of(r, "status").unwrap_or_else(|| "active".to_owned())),
                last_verified_at: Set(None),
                verified_by: Set(None),
                agency_id: NotSet,
                updated_at: Set(now),
                record: Set(json(r)),
                changed_version: Set(version),
            });
            upsert!(
                &txn,
                service,
                rows,
                [
                    OrganizationId,
                    Name,
                    Status,
                    UpdatedAt,
                    Record,
                    ChangedVersion
                ]
            )?;
        }
        let locations = merged_by_id(&records.locations);
        for (i, r) in locations.iter().enumerate() {
            if coordinates(r).is_none()
                && (r.get("latitude").is_some_and(|v| !v.is_null())
                    || r.get("longitude").is_some_and(|v| !v.is_null()))
            {
                report.warnings.push(format!(
                    "location {} (record {}): latitude/longitude out of range or not numbers: kept, not shown on the map",
                    id(r),
                    i + 1
                ));
            }
        }
        for chunk in locations.chunks(CHUNK) {
            let rows = chunk.iter().map(|r| {
                let point = coordinates(r);
                location::ActiveModel {
                    id: Set(id(r)),
                    organization_id: Set(text_of(r, "organization_id")),
                    name: Set(text_of(r, "name")),
                    latitude: Set(point.map(|p| p.0)),
                    longitude: Set(point.map(|p| p.1)),
                    municipality: Set(municipality(r)),
                    updated_at: Set(now),
                    record: Set(json(r)),
                    changed_version: Set(version),
                }
            });
            upsert!(
                &txn,
                location,
                rows,
                [
                    OrganizationId,
                    Name,
                    Latitude,
                    Longitude,
                    Municipality,
                    UpdatedAt,
                    Record,
                    ChangedVersion
                ]
            )?;
        }
        for chunk in merged_by_id(&records.service_at_locations).chunks(CHUNK) {
            let rows = chunk.iter().map(|r| service_at_location::ActiveModel {
                id: Set(id(r)),
                service_id: Set(text_of(r, "service_id").unwrap_or_default()),
                location_id: Set(text_of(r, "location_id")),
                record: Set(json(r)),
                changed_version: Set(version),
            });
            upsert!(
                &txn,
                service_at_location,
                rows,
                [ServiceId, LocationId, Record, ChangedVersion]
            )?;
        }
        for chunk in merged_by_id(&records.taxonomies).chunks(CHUNK) {
            let rows = chunk.iter().map(|r| taxonomy::ActiveModel {
                id: Set(id(r)),
                name: Set(text_of(r, "name").unwrap_or_default()),
                record: Set(json(r)),
                changed_version: Set(version),
            });
            upsert!(&txn, taxonomy, rows, [Name, Record, ChangedVersion])?;
        }
        for chunk in merged_by_id(&records.taxonomy_terms).chunks(CHUNK) {
            let rows = chunk.iter().map(|r| taxonomy_term::ActiveModel {
                id: Set(id(r)),
                taxonomy_id: Set(text_of(r, "taxonomy_id")),
                code: Set(text_of(r, "code")),
                name: Set(text_of(r, "name").unwrap_or_default()),
                parent_id: Set(text_of(r, "parent_id")),
                record: Set(json(r)),
                changed_version: Set(version),
            });
            upsert!(
                &txn,
                taxonomy_term,
                rows,
                [TaxonomyId, Code, Name, ParentId, Record, ChangedVersion]
            )?;
        }
        write_translations(&txn, records, translations, version).await?;
        owners::set(&txn, owners).await?;
        let ids = |kind: &'static str, rs: &[Map<String, Value>]| {
            rs.iter().map(move |r| (kind, id(r))).collect::<Vec<_>>()
        };
        let mut changed = ids("organization", &records.organizations);
        changed.extend(ids("service", &records.services));
        changed.extend(ids("location", &records.locations));
        changed.extend(
            records
                .service_at_locations
                .iter()
                .filter_map(|r| r.get("service_id").and_then(Value::as_str))
                .map(|s| ("service", s.to_owned())),
        );
        changed.extend(translations.iter().map(|t| {
            let kind = match t.entity.as_str() {
                "organization" => "organization",
                "location" => "location",
                _ => "service",
            };
            (kind, t.id.clone())
        }));
        changed.sort();
        changed.dedup();
        crate::outbox::record(&txn, changed.iter().map(|(k, i)| (*k, i.as_str()))).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        // Rows written: a record found twice (nested in two places) is one row.
        let rows = |list: &[Map<String, Value>]| {
            list.iter()
                .map(id)
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        for (kind, n) in [
            (Kind::Organization, rows(&records.organizations)),
            (Kind::Service, rows(&records.services)),
            (Kind::Location, rows(&records.locations)),
            (Kind::ServiceAtLocation, rows(&records.service_at_locations)),
            (Kind::Taxonomy, rows(&records.taxonomies)),
            (Kind::TaxonomyTerm, rows(&records.taxonomy_terms)),
        ] {
            if n > 0 {
                report.written.insert(kind.as_str().to_owned(), n);
            }
        }
        if !translations.is_empty() {
            report
                .written
                .insert("translation".to_owned(), translations.len());
        }
        Ok(report)
    }

    /// Creates the default taxonomy of integration services when missing (its
    /// terms' Italian names; other languages come from the interface messages).
    pub async fn ensure_default_taxonomy(&self) -> StoreResult<()> {
        use crocevia_domain::directory::taxonomy as default;
        if taxonomy::Entity::find_by_id(default::ID)
            .one(self.conn())
            .await?
            .is_some()
        {
            return Ok(());
        }
        const NAMES: [&str; 11] = [
            "Permessi di soggiorno e questioni legali",
            "Salute",
            "Casa",
            "Lavoro e formazione",
            "Corsi di lingua italiana",
            "Scuola",
            "Servizi sociali",
            "Mediazione interculturale",
            "Antiviolenza",
            "Asilo e protezione internazionale",
            "Famiglia",
        ];
        let mut records = Records::default();
        let object = |v: Value| match v {
            Value::Object(o) => o,
            _ => Map::new(),
        };
        records.taxonomies.push(object(serde_json::json!({
            "id": default::ID,
            "name": default::NAME,
            "description": "Categorie dei servizi per l'integrazione dei cittadini di Paesi terzi (profilo HSDS-IT di Crocevia).",
            "version": "1",
        })));
        for ((id, code), name) in default::TERMS.iter().zip(NAMES) {
            records.taxonomy_terms.push(object(serde_json::json!({
                "id": id,
                "code": code,
                "name": name,
                "description": name,
                "taxonomy_id": default::ID,
                "language": "it",
            })));
        }
        self.write_directory(&records, &[], &Trail::unrecorded())
            .await?;
        Ok(())
    }

    /// The directory version (changes at every write).
    pub async fn directory_version(&self) -> StoreResult<i64> {
        Ok(state::Entity::find_by_id(1)
            .one(self.conn())
            .await?
            .map_or(0, |s| s.version))
    }

    /// The id of the organization with this name (the first by id when
    /// several share it).
    pub async fn organization_named(&self, name: &str) -> StoreResult<Option<String>> {
        Ok(organization::Entity::find()
            .filter(organization::Column::Name.eq(name.trim()))
            .order_by_asc(organization::Column::Id)
            .one(self.conn())
            .await?
            .map(|m| m.id))
    }

    /// The named locations of the directory (id, name), by name: the places
    /// a session of training or an appointment can be held at.
    pub async fn directory_locations(&self) -> StoreResult<Vec<(String, String)>> {
        Ok(location::Entity::find()
            .filter(location::Column::Name.is_not_null())
            .order_by_asc(location::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|m| m.name.map(|n| (m.id, n)))
            .collect())
    }

    /// A service's first service-at-location (by id) and its location.
    pub async fn first_location_of(
        &self,
        service: &str,
    ) -> StoreResult<Option<(String, Option<String>)>> {
        Ok(service_at_location::Entity::find()
            .filter(service_at_location::Column::ServiceId.eq(service))
            .order_by_asc(service_at_location::Column::Id)
            .one(self.conn())
            .await?
            .map(|m| (m.id, m.location_id)))
    }

    /// One stored record, as stored (with import bookkeeping).
    pub async fn directory_record(
        &self,
        kind: Kind,
        id: &str,
    ) -> StoreResult<Option<Map<String, Value>>> {
        let record = match kind {
            Kind::Organization => organization::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
            Kind::Service => service::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
            Kind::Location => location::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
            Kind::ServiceAtLocation => service_at_location::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
            Kind::Taxonomy => taxonomy::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
            Kind::TaxonomyTerm => taxonomy_term::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .map(|m| m.record),
        };
        Ok(record.and_then(|r| serde_json::from_str(&r).ok()))
    }

    /// Marks a service as checked now by `who`.
    pub async fn verify_service(&self, id: &str, who: Uuid, trail: &Trail) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let version = bump(&txn).await?;
        let result = service::Entity::update_many()
            .col_expr(service::Column::LastVerifiedAt, Expr::value(Utc::now()))
            .col_expr(service::Column::VerifiedBy, Expr::value(who))
            .col_expr(service::Column::ChangedVersion, Expr::value(version))
            .filter(service::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected == 1, trail).await
    }
}

/// Bumps the directory version; the new version, which the rows of this
/// write carry.
async fn bump(txn: &impl ConnectionTrait) -> StoreResult<i64> {
    state::Entity::update_many()
        .col_expr(
            state::Column::Version,
            Expr::col(state::Column::Version).add(1),
        )
        .filter(state::Column::Id.eq(1))
        .exec(txn)
        .await?;
    Ok(state::Entity::find_by_id(1)
        .one(txn)
        .await?
        .map_or(0, |s| s.version))
}
