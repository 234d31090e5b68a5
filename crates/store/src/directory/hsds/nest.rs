//! HSDS records in their nested ("full") shapes: a service with its
//! organization, places, hours and terms, read through a [`Lookup`] of
//! the flat records.

use serde_json::{Map, Value};

use super::*;

/// Lookups export needs to put records back together.
pub trait Lookup {
    /// A stored record.
    fn get(&self, kind: Kind, id: &str) -> Option<Map<String, Value>>;
    /// The services at locations of a service.
    fn sals_of_service(&self, service: &str) -> Vec<Map<String, Value>>;
    /// The services of an organization.
    fn services_of(&self, organization: &str) -> Vec<Map<String, Value>>;
    /// The locations of an organization.
    fn locations_of(&self, organization: &str) -> Vec<Map<String, Value>>;
}

fn str_field<'a>(record: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    record.get(key).and_then(Value::as_str)
}

/// Nests the taxonomy term of every attribute (the HSDS API shape).
fn nest_terms(record: &mut Map<String, Value>, lookup: &dyn Lookup) {
    let Some(Value::Array(attributes)) = record.get_mut("attributes") else {
        return;
    };
    for attribute in attributes.iter_mut() {
        let Value::Object(a) = attribute else {
            continue;
        };
        if let Some(term) = str_field(a, "taxonomy_term_id")
            .map(str::to_owned)
            .and_then(|id| lookup.get(Kind::TaxonomyTerm, &id))
        {
            a.insert(
                "taxonomy_term".to_owned(),
                Value::Object(term_full(term, lookup)),
            );
        }
        strip_links(a);
    }
}

/// A taxonomy term with its taxonomy nested.
#[must_use]
pub fn term_full(mut term: Map<String, Value>, lookup: &dyn Lookup) -> Map<String, Value> {
    if let Some(taxonomy) = str_field(&term, "taxonomy_id")
        .map(str::to_owned)
        .and_then(|id| lookup.get(Kind::Taxonomy, &id))
    {
        term.insert("taxonomy_detail".to_owned(), Value::Object(taxonomy));
    }
    strip_links(&mut term);
    term
}

/// A location as the HSDS API shows it.
#[must_use]
pub fn location_full(mut location: Map<String, Value>, lookup: &dyn Lookup) -> Map<String, Value> {
    nest_terms(&mut location, lookup);
    strip_links(&mut location);
    location
}

/// Nests the organization as the HSDS API shows it inside a service: with its
/// locations in a full service, without them in lists.
fn nest_organization(record: &mut Map<String, Value>, lookup: &dyn Lookup, locations: bool) {
    if let Some(mut org) = str_field(record, "organization_id")
        .map(str::to_owned)
        .and_then(|id| lookup.get(Kind::Organization, &id))
    {
        if locations {
            let id = str_field(&org, "id").unwrap_or_default().to_owned();
            let locations: Vec<Value> = lookup
                .locations_of(&id)
                .into_iter()
                .map(|l| Value::Object(location_full(l, lookup)))
                .collect();
            org.insert("locations".to_owned(), Value::Array(locations));
        }
        strip_links(&mut org);
        record.insert("organization".to_owned(), Value::Object(org));
    }
}

fn nest_location(sal: &mut Map<String, Value>, lookup: &dyn Lookup) {
    if let Some(location) = str_field(sal, "location_id")
        .map(str::to_owned)
        .and_then(|id| lookup.get(Kind::Location, &id))
    {
        sal.insert(
            "location".to_owned(),
            Value::Object(location_full(location, lookup)),
        );
    }
}

/// A service with its organization (unless shown inside it) and its services
/// at locations, each with its location: the shape of `/services/{id}`.
#[must_use]
pub fn service_full(
    mut service: Map<String, Value>,
    lookup: &dyn Lookup,
    with_organization: bool,
) -> Map<String, Value> {
    let id = str_field(&service, "id").unwrap_or_default().to_owned();
    nest_terms(&mut service, lookup);
    if with_organization {
        nest_organization(&mut service, lookup, true);
    }
    let sals: Vec<Value> = lookup
        .sals_of_service(&id)
        .into_iter()
        .map(|mut sal| {
            nest_location(&mut sal, lookup);
            strip_links(&mut sal);
            Value::Object(sal)
        })
        .collect();
    service.insert("service_at_locations".to_owned(), Value::Array(sals));
    strip_links(&mut service);
    service
}

/// A service without its locations: its organization nested (with the
/// organization's locations when `organization_locations`, as inside a
/// service at location; without them in the services list).
#[must_use]
pub fn service_brief(
    mut service: Map<String, Value>,
    lookup: &dyn Lookup,
    organization_locations: bool,
) -> Map<String, Value> {
    nest_terms(&mut service, lookup);
    nest_organization(&mut service, lookup, organization_locations);
    strip_links(&mut service);
    service
}

/// An organization with its services and locations: `/organizations/{id}`.
#[must_use]
pub fn organization_full(
    mut organization: Map<String, Value>,
    lookup: &dyn Lookup,
) -> Map<String, Value> {
    let id = str_field(&organization, "id")
        .unwrap_or_default()
        .to_owned();
    let services: Vec<Value> = lookup
        .services_of(&id)
        .into_iter()
        .map(|s| Value::Object(service_full(s, lookup, false)))
        .collect();
    let locations: Vec<Value> = lookup
        .locations_of(&id)
        .into_iter()
        .map(|l| Value::Object(location_full(l, lookup)))
        .collect();
    organization.insert("services".to_owned(), Value::Array(services));
    organization.insert("locations".to_owned(), Value::Array(locations));
    strip_links(&mut organization);
    organization
}

/// A service at location with its service and location: `/service_at_locations/{id}`.
#[must_use]
pub fn service_at_location_full(
    sal: Map<String, Value>,
    lookup: &dyn Lookup,
) -> Map<String, Value> {
    service_at_location(sal, lookup, true)
}

/// A service at location as an item of `/service_at_locations`: the same
/// without the organization's other locations.
#[must_use]
pub fn service_at_location_item(
    sal: Map<String, Value>,
    lookup: &dyn Lookup,
) -> Map<String, Value> {
    service_at_location(sal, lookup, false)
}

fn service_at_location(
    mut sal: Map<String, Value>,
    lookup: &dyn Lookup,
    organization_locations: bool,
) -> Map<String, Value> {
    nest_location(&mut sal, lookup);
    if let Some(service) = str_field(&sal, "service_id")
        .map(str::to_owned)
        .and_then(|id| lookup.get(Kind::Service, &id))
    {
        sal.insert(
            "service".to_owned(),
            Value::Object(service_brief(service, lookup, organization_locations)),
        );
    }
    strip_links(&mut sal);
    sal
}

/// A stored record without our bookkeeping, links kept (the flat, tabular shape).
#[must_use]
pub fn flat(mut record: Map<String, Value>) -> Map<String, Value> {
    record.remove(LINKS);
    if let Some(Value::Array(attributes)) = record.get_mut("attributes") {
        for a in attributes.iter_mut() {
            if let Value::Object(a) = a {
                a.remove(LINKS);
            }
        }
    }
    record
}
