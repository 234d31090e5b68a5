//! HSDS 3.0 JSON in and out: nested documents (a service with its organization
//! and locations, an organization with its services, paged lists) are split
//! into flat records by kind, each kept whole; export puts them back together
//! in the shapes of the HSDS API.
//!
//! Records stay as the JSON objects they came in, so every field survives a
//! round trip; nested objects that are entities of their own (organization,
//! service, location, service at location, taxonomy term and taxonomy) are
//! stored once, by id, and linked by their `*_id` fields.

use serde_json::{Map, Value};

/// The kinds of record the directory stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `organization`.
    Organization,
    /// `service`.
    Service,
    /// `location`.
    Location,
    /// `service_at_location`.
    ServiceAtLocation,
    /// `taxonomy`.
    Taxonomy,
    /// `taxonomy_term`.
    TaxonomyTerm,
}

impl Kind {
    /// The HSDS name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Service => "service",
            Kind::Location => "location",
            Kind::ServiceAtLocation => "service_at_location",
            Kind::Taxonomy => "taxonomy",
            Kind::TaxonomyTerm => "taxonomy_term",
        }
    }
}

/// A record that cannot be taken in, said with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {field}: {message}")]
pub struct RecordError {
    /// Where: `file.json record 3 > services[1] > service_at_locations[0]`.
    pub place: String,
    /// The field (`id`, `latitude`, …).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// Flat records by kind, in the order they were found (later ones win on
/// equal ids, as an upsert would).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Records {
    /// Organizations.
    pub organizations: Vec<Map<String, Value>>,
    /// Services.
    pub services: Vec<Map<String, Value>>,
    /// Locations.
    pub locations: Vec<Map<String, Value>>,
    /// Services at locations.
    pub service_at_locations: Vec<Map<String, Value>>,
    /// Taxonomies.
    pub taxonomies: Vec<Map<String, Value>>,
    /// Taxonomy terms.
    pub taxonomy_terms: Vec<Map<String, Value>>,
    /// What was read but not taken as it was, with its place (e.g. a
    /// child's link to a record that is not in the files).
    pub warnings: Vec<String>,
}

impl Records {
    fn push(&mut self, kind: Kind, record: Map<String, Value>) {
        match kind {
            Kind::Organization => self.organizations.push(record),
            Kind::Service => self.services.push(record),
            Kind::Location => self.locations.push(record),
            Kind::ServiceAtLocation => self.service_at_locations.push(record),
            Kind::Taxonomy => self.taxonomies.push(record),
            Kind::TaxonomyTerm => self.taxonomy_terms.push(record),
        }
    }
}

/// Guesses what an HSDS object is from its fields.
#[must_use]
pub fn guess_kind(object: &Map<String, Value>) -> Kind {
    let has = |k: &str| object.contains_key(k);
    if has("status") || has("service_at_locations") {
        Kind::Service
    } else if has("location_type") {
        Kind::Location
    } else if object.get("location").is_some_and(Value::is_object)
        || object.get("service").is_some_and(Value::is_object)
        || (has("service_id") && has("location_id"))
    {
        Kind::ServiceAtLocation
    } else if has("taxonomy_detail")
        || has("taxonomy_id")
        || has("parent_id")
        || has("term_uri")
        || has("code")
    {
        Kind::TaxonomyTerm
    } else if has("version")
        || (has("uri")
            && ![
                "email",
                "website",
                "services",
                "legal_status",
                "tax_status",
                "phones",
            ]
            .iter()
            .any(|k| has(k)))
    {
        Kind::Taxonomy
    } else {
        Kind::Organization
    }
}

fn err(place: &str, field: &str, message: impl Into<String>) -> RecordError {
    RecordError {
        place: place.to_owned(),
        field: field.to_owned(),
        message: message.into(),
    }
}

/// The record's id: a non-empty string of at most 64 characters.
fn id_of(record: &Map<String, Value>, place: &str) -> Result<String, RecordError> {
    match record.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() && s.len() <= 64 => Ok(s.clone()),
        Some(Value::String(_)) => Err(err(place, "id", "must be 1 to 64 characters")),
        Some(_) => Err(err(place, "id", "must be a string")),
        None => Err(err(place, "id", "is required")),
    }
}

fn required_text(record: &Map<String, Value>, field: &str, place: &str) -> Result<(), RecordError> {
    match record.get(field) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(()),
        Some(Value::String(_)) | None => Err(err(place, field, "is required")),
        Some(_) => Err(err(place, field, "must be a string")),
    }
}

/// A nested object (`null` or absent: none); anything else is refused,
/// not kept aside.
fn take_object(
    record: &mut Map<String, Value>,
    key: &str,
    place: &str,
) -> Result<Option<Map<String, Value>>, RecordError> {
    match record.remove(key) {
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(Value::Null) | None => Ok(None),
        Some(_) => Err(err(place, key, "must be an object")),
    }
}

/// A nested list (`null` or absent: empty); anything else is refused.
fn take_array(
    record: &mut Map<String, Value>,
    key: &str,
    place: &str,
) -> Result<Vec<Value>, RecordError> {
    match record.remove(key) {
        Some(Value::Array(a)) => Ok(a),
        Some(Value::Null) | None => Ok(Vec::new()),
        Some(_) => Err(err(place, key, "must be a list")),
    }
}

/// The lists of child objects an HSDS record may hold (kept inside it).
const CHILD_LISTS: [&str; 14] = [
    "phones",
    "schedules",
    "languages",
    "addresses",
    "accessibility",
    "cost_options",
    "required_documents",
    "service_areas",
    "contacts",
    "funding",
    "attributes",
    "metadata",
    "organization_identifiers",
    "capacities",
];

/// What stays nested in a record: each child list a list of objects (a
/// wrong type was dropped by the pages before, silently), each schedule
/// one the hours understand, and no NUL character anywhere (PostgreSQL
/// refuses it, SQLite would store it).
fn check_nested(record: &Map<String, Value>, place: &str) -> Result<(), RecordError> {
    for (key, value) in record {
        match value {
            Value::String(text) if text.contains('\0') => {
                return Err(err(place, key, "contains a NUL character"));
            }
            Value::Array(items) if CHILD_LISTS.contains(&key.as_str()) => {
                for (i, item) in items.iter().enumerate() {
                    let here = format!("{place} > {key}[{i}]");
                    let Value::Object(child) = item else {
                        return Err(err(&here, "(record)", "must be an object"));
                    };
                    if key == "schedules" {
                        check_schedule(child, &here)?;
                    }
                    check_nested(child, &here)?;
                }
            }
            Value::Null | Value::Array(_) if CHILD_LISTS.contains(&key.as_str()) => {}
            _ if CHILD_LISTS.contains(&key.as_str()) => {
                return Err(err(place, key, "must be a list"));
            }
            Value::Object(child) => check_nested(child, &format!("{place} > {key}"))?,
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(text) if text.contains('\0') => {
                            return Err(err(
                                place,
                                &format!("{key}[{i}]"),
                                "contains a NUL character",
                            ));
                        }
                        Value::Object(child) => {
                            check_nested(child, &format!("{place} > {key}[{i}]"))?;
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A schedule the opening hours can use: times, days, dates and recurrence
/// as HSDS (RFC 5545's subset) has them.
fn check_schedule(schedule: &Map<String, Value>, place: &str) -> Result<(), RecordError> {
    use crocevia_domain::directory::hours::{HoursError, ScheduleInput, check_schedule};
    let input: ScheduleInput = serde_json::from_value(Value::Object(schedule.clone()))
        .map_err(|e| err(place, "(schedule)", e.to_string()))?;
    check_schedule(&input).map_err(|e| {
        let field = match &e {
            HoursError::Time(t) if input.opens_at.as_deref() == Some(t) => "opens_at",
            HoursError::Time(_) | HoursError::Order { .. } => "closes_at",
            HoursError::Day(_) | HoursError::Ordinal(_) => "byday",
            HoursError::Date(d) if input.valid_from.as_deref() == Some(d) => "valid_from",
            HoursError::Date(d) if input.valid_to.as_deref() == Some(d) => "valid_to",
            HoursError::Date(d) if input.until.as_deref() == Some(d) => "until",
            HoursError::Date(_) => "dtstart",
            HoursError::Freq(_) | HoursError::Incomplete => "freq",
            HoursError::MonthDay(_) => "bymonthday",
            HoursError::Interval(_) | HoursError::Anchor => "interval",
        };
        err(place, field, e.to_string())
    })
}

/// Splits one HSDS object (of the given or guessed kind) and what it nests.
pub fn flatten(
    value: Value,
    kind: Option<Kind>,
    place: &str,
    out: &mut Records,
) -> Result<(), RecordError> {
    let Value::Object(mut record) = value else {
        return Err(err(place, "(record)", "must be a JSON object"));
    };
    if let Some(Value::Array(items)) = record.get("contents").cloned() {
        // A paged list of the HSDS API.
        for (i, item) in items.into_iter().enumerate() {
            flatten(item, kind, &format!("{place} > contents[{i}]"), out)?;
        }
        return Ok(());
    }
    let kind = kind.unwrap_or_else(|| guess_kind(&record));
    let id = id_of(&record, place)?;
    match kind {
        Kind::Organization => {
            required_text(&record, "name", place)?;
            for (i, s) in take_array(&mut record, "services", place)?
                .into_iter()
                .enumerate()
            {
                let place = format!("{place} > services[{i}]");
                let s = with_default(s, "organization_id", &id, &place)?;
                flatten(s, Some(Kind::Service), &place, out)?;
            }
            for (i, l) in take_array(&mut record, "locations", place)?
                .into_iter()
                .enumerate()
            {
                let place = format!("{place} > locations[{i}]");
                let l = with_default(l, "organization_id", &id, &place)?;
                flatten(l, Some(Kind::Location), &place, out)?;
            }
        }
        Kind::Service => {
            required_text(&record, "name", place)?;
            required_text(&record, "status", place)?;
            if let Some(org) = take_object(&mut record, "organization", place)? {
                let org_id = id_of(&org, &format!("{place} > organization"))?;
                link(&mut record, "organization_id", &org_id);
                flatten(
                    Value::Object(org),
                    Some(Kind::Organization),
                    &format!("{place} > organization"),
                    out,
                )?;
            }
            for (i, sal) in take_array(&mut record, "service_at_locations", place)?
                .into_iter()
                .enumerate()
            {
                let place = format!("{place} > service_at_locations[{i}]");
                let sal = with_default(sal, "service_id", &id, &place)?;
                flatten(sal, Some(Kind::ServiceAtLocation), &place, out)?;
            }
            split_attribute_terms(&mut record, place, out)?;
        }
        Kind::Location => {
            split_attribute_terms(&mut record, place, out)?;
        }
        Kind::ServiceAtLocation => {
            if let Some(location) = take_object(&mut record, "location", place)? {
                let lid = id_of(&location, &format!("{place} > location"))?;
                link(&mut record, "location_id", &lid);
                flatten(
                    Value::Object(location),
                    Some(Kind::Location),
                    &format!("{place} > location"),
                    out,
                )?;
            }
            if let Some(service) = take_object(&mut record, "service", place)? {
                let sid = id_of(&service, &format!("{place} > service"))?;
                link(&mut record, "service_id", &sid);
                flatten(
                    Value::Object(service),
                    Some(Kind::Service),
                    &format!("{place} > service"),
                    out,
                )?;
            }
            match record.get("service_id") {
                Some(Value::String(s)) if !s.is_empty() => {}
                _ => return Err(err(place, "service_id", "is required")),
            }
        }
        Kind::Taxonomy => {
            required_text(&record, "name", place)?;
        }
        Kind::TaxonomyTerm => {
            required_text(&record, "name", place)?;
            if let Some(taxonomy) = take_object(&mut record, "taxonomy_detail", place)? {
                let tid = id_of(&taxonomy, &format!("{place} > taxonomy_detail"))?;
                link(&mut record, "taxonomy_id", &tid);
                flatten(
                    Value::Object(taxonomy),
                    Some(Kind::Taxonomy),
                    &format!("{place} > taxonomy_detail"),
                    out,
                )?;
            }
        }
    }
    web_links_only(&record, place)?;
    check_nested(&record, place)?;
    out.push(kind, record);
    Ok(())
}

/// Fields holding links shown to the public: only `http(s)` addresses, never
/// `javascript:`, `data:` or `file:` ones.
fn web_links_only(record: &Map<String, Value>, place: &str) -> Result<(), RecordError> {
    for field in ["url", "website", "logo"] {
        if let Some(Value::String(link)) = record.get(field) {
            let link = link.trim();
            let scheme = link.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
            if !link.is_empty() && !matches!(scheme.as_deref(), Some("http" | "https")) {
                return Err(err(place, field, "must be an http:// or https:// address"));
            }
        }
    }
    Ok(())
}

/// Bookkeeping field of stored records: the link fields import added (they
/// were implied by nesting), so export can nest again and drop them.
const LINKS: &str = "x_crocevia_links";

/// Sets `key` to `id` when absent, remembering that import added it.
fn link(record: &mut Map<String, Value>, key: &str, id: &str) {
    if record.contains_key(key) {
        return;
    }
    record.insert(key.to_owned(), Value::String(id.to_owned()));
    let links = record
        .entry(LINKS.to_owned())
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(a) = links {
        a.push(Value::String(key.to_owned()));
    }
}

/// Merges a later copy of the same record into `into`: its fields win, the
/// link bookkeeping is the union, and a link field import added never
/// replaces one that came in the data.
pub fn merge(into: &mut Map<String, Value>, later: &Map<String, Value>) {
    for (k, v) in later {
        if k == LINKS {
            continue;
        }
        if added(later, k) && into.contains_key(k) {
            continue;
        }
        into.insert(k.clone(), v.clone());
    }
    if let Some(Value::Array(links)) = later.get(LINKS) {
        for l in links.iter().filter_map(Value::as_str) {
            if into.contains_key(l) && !added(into, l) && !later.contains_key(l) {
                continue;
            }
            let list = into
                .entry(LINKS.to_owned())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(a) = list
                && !a.iter().any(|x| x.as_str() == Some(l))
            {
                a.push(Value::String(l.to_owned()));
            }
        }
    }
}

/// Whether import added `key`.
fn added(record: &Map<String, Value>, key: &str) -> bool {
    record
        .get(LINKS)
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(key)))
}

/// Drops the link fields import added, and the bookkeeping itself.
fn strip_links(record: &mut Map<String, Value>) {
    if let Some(Value::Array(links)) = record.remove(LINKS) {
        for l in links.iter().filter_map(Value::as_str) {
            record.remove(l);
        }
    }
}

fn with_default(value: Value, key: &str, parent: &str, place: &str) -> Result<Value, RecordError> {
    let Value::Object(mut o) = value else {
        return Err(err(place, "(record)", "must be a JSON object"));
    };
    link(&mut o, key, parent);
    Ok(Value::Object(o))
}

/// Attributes may nest their taxonomy term: store the term once and keep the
/// link by id (export nests it again).
fn split_attribute_terms(
    record: &mut Map<String, Value>,
    place: &str,
    out: &mut Records,
) -> Result<(), RecordError> {
    let Some(Value::Array(attributes)) = record.get_mut("attributes") else {
        return Ok(());
    };
    for (i, attribute) in attributes.iter_mut().enumerate() {
        let Value::Object(a) = attribute else {
            continue;
        };
        let here = format!("{place} > attributes[{i}]");
        if let Some(term) = take_object(a, "taxonomy_term", &here)? {
            let place = format!("{here} > taxonomy_term");
            let tid = id_of(&term, &place)?;
            link(a, "taxonomy_term_id", &tid);
            flatten(Value::Object(term), Some(Kind::TaxonomyTerm), &place, out)?;
        }
    }
    Ok(())
}

mod nest;
pub use self::nest::{
    Lookup, flat, location_full, organization_full, service_at_location_full,
    service_at_location_item, service_brief, service_full, term_full,
};

#[cfg(test)]
mod tests;
