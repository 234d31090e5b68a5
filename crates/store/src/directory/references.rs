//! The records an import names must exist: a service's organization, a
//! service at a location's service and location (refused when missing: the
//! pages join on them, and the record silently went missing from them); a
//! location's organization, a term's taxonomy and parent (a warning: HSDS's
//! own examples name such records kept elsewhere).

use std::collections::{BTreeSet, HashSet};

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DatabaseTransaction};
use serde_json::{Map, Value};

use super::hsds::{Kind, RecordError, Records};
use crate::{StoreError, StoreResult};

/// A field of records of one kind naming a record of another.
struct Reference<'a> {
    from: Kind,
    records: &'a [Map<String, Value>],
    field: &'static str,
    to: Kind,
    table: &'static str,
    /// Refused when dangling (else a warning).
    required: bool,
}

fn ids(records: &[Map<String, Value>]) -> HashSet<&str> {
    records
        .iter()
        .filter_map(|r| r.get("id").and_then(Value::as_str))
        .collect()
}

/// Refuses the batch when a record names, where it must, an id that is
/// neither in the batch nor stored (the first such record, with its kind, id
/// and field); returns a warning for each other dangling id.
pub(super) async fn check(
    txn: &DatabaseTransaction,
    records: &Records,
) -> StoreResult<Vec<String>> {
    let mut warnings = Vec::new();
    let references = [
        Reference {
            from: Kind::Service,
            records: &records.services,
            field: "organization_id",
            to: Kind::Organization,
            table: "dir_organizations",
            required: true,
        },
        Reference {
            from: Kind::Location,
            records: &records.locations,
            field: "organization_id",
            to: Kind::Organization,
            table: "dir_organizations",
            required: false,
        },
        Reference {
            from: Kind::ServiceAtLocation,
            records: &records.service_at_locations,
            field: "service_id",
            to: Kind::Service,
            table: "dir_services",
            required: true,
        },
        Reference {
            from: Kind::ServiceAtLocation,
            records: &records.service_at_locations,
            field: "location_id",
            to: Kind::Location,
            table: "dir_locations",
            required: true,
        },
        Reference {
            from: Kind::TaxonomyTerm,
            records: &records.taxonomy_terms,
            field: "taxonomy_id",
            to: Kind::Taxonomy,
            table: "dir_taxonomies",
            required: false,
        },
        Reference {
            from: Kind::TaxonomyTerm,
            records: &records.taxonomy_terms,
            field: "parent_id",
            to: Kind::TaxonomyTerm,
            table: "dir_taxonomy_terms",
            required: false,
        },
    ];
    for r in references {
        let batch = ids(match r.to {
            Kind::Organization => &records.organizations,
            Kind::Service => &records.services,
            Kind::Location => &records.locations,
            Kind::ServiceAtLocation => &records.service_at_locations,
            Kind::Taxonomy => &records.taxonomies,
            Kind::TaxonomyTerm => &records.taxonomy_terms,
        });
        let named: BTreeSet<&str> = r
            .records
            .iter()
            .filter_map(|rec| rec.get(r.field).and_then(Value::as_str))
            .filter(|id| !id.is_empty() && !batch.contains(id))
            .collect();
        if named.is_empty() {
            continue;
        }
        let stored = stored_ids(txn, r.table, &named).await?;
        for rec in r.records {
            let Some(target) = rec.get(r.field).and_then(Value::as_str) else {
                continue;
            };
            if !named.contains(target) || stored.contains(target) {
                continue;
            }
            let id = rec.get("id").and_then(Value::as_str).unwrap_or_default();
            let problem = RecordError {
                place: format!("{} {id:?}", r.from.as_str()),
                field: r.field.to_owned(),
                message: format!(
                    "no {} with id {target:?} in the files or the directory",
                    r.to.as_str()
                ),
            };
            if r.required {
                return Err(StoreError::Refused(problem));
            }
            warnings.push(format!("{problem}: kept"));
        }
    }
    Ok(warnings)
}

/// Which of `ids` are stored in `table`.
async fn stored_ids(
    txn: &DatabaseTransaction,
    table: &str,
    ids: &BTreeSet<&str>,
) -> StoreResult<HashSet<String>> {
    let mut found = HashSet::new();
    let ids: Vec<&str> = ids.iter().copied().collect();
    for chunk in ids.chunks(500) {
        let query = Query::select()
            .column(Alias::new("id"))
            .from(Alias::new(table))
            .and_where(Expr::col(Alias::new("id")).is_in(chunk.iter().map(|s| (*s).to_owned())))
            .to_owned();
        let backend = txn.get_database_backend();
        for row in txn.query_all_raw(backend.build(&query)).await? {
            found.insert(row.try_get_by_index::<String>(0)?);
        }
    }
    Ok(found)
}
