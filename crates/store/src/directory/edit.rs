//! Editing the directory from the workspace's forms: a checked, typed edit
//! (a service with its first location and weekly hours, an organization, a
//! location) becomes HSDS records here, keeping every field the form does
//! not show; a service is written with its trail in one transaction.

use crocevia_domain::directory::hours::ScheduleInput;
use crocevia_domain::directory::{Point, taxonomy};
use crocevia_domain::territories::territories;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::hsds::{Kind, Records};
use super::owners::Owner;
use crate::act::Trail;
use crate::{Store, StoreResult};

/// A service as its form sets it: texts as typed (empty: none), the
/// organization by name, the first location's place, the weekly hours.
#[derive(Debug, Clone)]
pub struct ServiceEdit<'a> {
    /// Name.
    pub name: &'a str,
    /// HSDS status (empty: active).
    pub status: &'a str,
    /// Description.
    pub description: &'a str,
    /// Contact email.
    pub email: &'a str,
    /// Web site.
    pub url: &'a str,
    /// Telephone.
    pub phone: &'a str,
    /// The organization's name (an existing one, else a new one).
    pub organization: &'a str,
    /// Languages spoken (codes).
    pub languages: &'a [String],
    /// Required documents, one per line.
    pub documents: &'a str,
    /// Whether it is free.
    pub free: bool,
    /// Categories of the default taxonomy (codes).
    pub categories: &'a [String],
    /// Coordinates and municipality (ISTAT code) of the first location.
    pub place: (Option<Point>, Option<&'a str>),
    /// Its address, postal code and city as typed.
    pub address: (&'a str, &'a str, &'a str),
    /// Weekly hours and exceptions.
    pub schedules: &'a [ScheduleInput],
}

/// An organization as its form sets it.
#[derive(Debug, Clone)]
pub struct OrganizationEdit<'a> {
    /// Name.
    pub name: &'a str,
    /// Description (empty: the name stands in, HSDS requires one).
    pub description: &'a str,
    /// Email.
    pub email: &'a str,
    /// Web site.
    pub url: &'a str,
    /// Telephone.
    pub phone: &'a str,
}

/// A location as its form sets it.
#[derive(Debug, Clone)]
pub struct LocationEdit<'a> {
    /// Name.
    pub name: &'a str,
    /// Coordinates and municipality (ISTAT code).
    pub place: (Option<Point>, Option<&'a str>),
    /// Address, postal code and city as typed.
    pub address: (&'a str, &'a str, &'a str),
    /// Languages spoken (codes).
    pub languages: &'a [String],
    /// Accessibility notes, one per line.
    pub accessibility: &'a str,
}

/// A text field of a record.
#[must_use]
pub fn str_of<'a>(r: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    r.get(k).and_then(Value::as_str)
}

/// A new record id.
#[must_use]
pub fn new_id() -> String {
    Uuid::now_v7().to_string()
}

/// The first item's `key` of a record's list.
#[must_use]
pub fn first_of(r: &Map<String, Value>, list: &str, key: &str) -> String {
    r.get(list)
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(Value::as_object)
        .and_then(|o| str_of(o, key))
        .unwrap_or_default()
        .to_owned()
}

/// Every item's `key` of a record's list.
#[must_use]
pub fn all_of<'a>(r: &'a Map<String, Value>, list: &str, key: &str) -> Vec<&'a str> {
    r.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|o| o.get(key).and_then(Value::as_str))
        .collect()
}

fn set_text(record: &mut Map<String, Value>, k: &str, v: &str) {
    if v.is_empty() {
        record.remove(k);
    } else {
        record.insert(k.to_owned(), json!(v));
    }
}

fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|d| !d.is_empty())
}

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(o) => o,
        _ => Map::new(),
    }
}

/// Writes a checked place into a location record: coordinates, municipality
/// and its one physical address.
pub fn set_place(
    location: &mut Map<String, Value>,
    (point, municipality): (Option<Point>, Option<&str>),
    (address, postal_code, city): (&str, &str, &str),
) {
    let id = str_of(location, "id").unwrap_or_default().to_owned();
    match point {
        Some(p) => {
            location.insert("latitude".to_owned(), json!(p.lat));
            location.insert("longitude".to_owned(), json!(p.lon));
        }
        None => {
            location.remove("latitude");
            location.remove("longitude");
        }
    }
    let m = municipality.and_then(|c| territories().municipality(c));
    if let Some(m) = m {
        location.insert("x_istat_municipality".to_owned(), json!(m.code));
    }
    let abbr = m
        .and_then(|m| territories().province(&m.province))
        .map(|p| p.abbr.clone())
        .unwrap_or_default();
    let address_id = location
        .get("addresses")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(|a| a.get("id"))
        .and_then(Value::as_str)
        .map_or_else(new_id, str::to_owned);
    location.insert(
        "addresses".to_owned(),
        json!([{
            "id": address_id, "location_id": id,
            "address_1": address, "city": m.map_or(city, |m| m.name.as_str()),
            "state_province": abbr, "postal_code": postal_code,
            "country": "IT", "address_type": "physical",
        }]),
    );
}

/// An organization's record with the edit applied.
#[must_use]
pub fn organization_record(
    mut org: Map<String, Value>,
    edit: &OrganizationEdit<'_>,
) -> Map<String, Value> {
    let id = str_of(&org, "id").unwrap_or_default().to_owned();
    set_text(&mut org, "name", edit.name);
    // HSDS requires a description: the name stands in for an empty one.
    let description = Some(edit.description)
        .filter(|d| !d.is_empty())
        .unwrap_or(edit.name);
    set_text(&mut org, "description", description);
    set_text(&mut org, "email", edit.email);
    set_text(&mut org, "website", edit.url);
    let phones: Vec<Value> = if edit.phone.is_empty() {
        Vec::new()
    } else {
        vec![json!({"id": new_id(), "organization_id": id, "number": edit.phone})]
    };
    org.insert("phones".to_owned(), Value::Array(phones));
    org
}

/// A location's record with the edit applied.
#[must_use]
pub fn location_record(
    mut location: Map<String, Value>,
    edit: &LocationEdit<'_>,
) -> Map<String, Value> {
    let id = str_of(&location, "id").unwrap_or_default().to_owned();
    set_text(&mut location, "name", edit.name);
    set_place(&mut location, edit.place, edit.address);
    location.insert(
        "languages".to_owned(),
        Value::Array(
            edit.languages
                .iter()
                .map(|c| json!({"id": new_id(), "location_id": id, "code": c}))
                .collect(),
        ),
    );
    location.insert(
        "accessibility".to_owned(),
        Value::Array(
            lines_of(edit.accessibility)
                .map(|d| json!({"id": new_id(), "location_id": id, "description": d}))
                .collect(),
        ),
    );
    location
}

/// A service's attributes: those of the default taxonomy replaced by
/// `categories`, the others kept.
fn attributes(service: &Map<String, Value>, service_id: &str, categories: &[String]) -> Vec<Value> {
    let mut attributes: Vec<Value> = service
        .get("attributes")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|a| {
            a.get("taxonomy_term_id")
                .and_then(Value::as_str)
                .is_none_or(|t| taxonomy::code_of(t).is_none())
        })
        .collect();
    for c in categories {
        if let Some(term) = taxonomy::id_of(c) {
            attributes.push(json!({
                "id": new_id(), "link_id": service_id, "link_type": "service",
                "link_entity": "service", "taxonomy_term_id": term, "value": "",
            }));
        }
    }
    attributes
}

/// A service record with the edit's own fields applied.
fn service_record(
    mut service: Map<String, Value>,
    (service_id, org_id): (&str, &str),
    edit: &ServiceEdit<'_>,
) -> Map<String, Value> {
    let text = |v: &str| {
        Some(v)
            .filter(|v| !v.is_empty())
            .map(|v| Value::String(v.to_owned()))
    };
    service.insert("id".to_owned(), json!(service_id));
    service.insert("organization_id".to_owned(), json!(org_id));
    for (k, v) in [
        ("name", text(edit.name)),
        ("status", text(edit.status).or(Some(json!("active")))),
        ("description", text(edit.description)),
        ("email", text(edit.email)),
        ("url", text(edit.url)),
    ] {
        match v {
            Some(v) => service.insert(k.to_owned(), v),
            None => service.remove(k),
        };
    }
    let phones: Vec<Value> = if edit.phone.is_empty() {
        Vec::new()
    } else {
        vec![json!({"id": new_id(), "service_id": service_id, "number": edit.phone})]
    };
    service.insert("phones".to_owned(), Value::Array(phones));
    service.insert(
        "languages".to_owned(),
        Value::Array(
            edit.languages
                .iter()
                .map(|c| json!({"id": new_id(), "service_id": service_id, "code": c}))
                .collect(),
        ),
    );
    service.insert(
        "required_documents".to_owned(),
        Value::Array(
            lines_of(edit.documents)
                .map(|d| json!({"id": new_id(), "service_id": service_id, "document": d}))
                .collect(),
        ),
    );
    service.insert(
        "cost_options".to_owned(),
        Value::Array(if edit.free {
            vec![json!({"id": new_id(), "service_id": service_id, "option": "Gratuito", "amount": 0, "currency": "EUR"})]
        } else {
            Vec::new()
        }),
    );
    let attributes = attributes(&service, service_id, edit.categories);
    service.insert("attributes".to_owned(), Value::Array(attributes));
    service
}

/// The schedules of a service at a location.
fn schedules(sal_id: &str, schedules: &[ScheduleInput]) -> Vec<Value> {
    schedules
        .iter()
        .map(|s| {
            let mut schedule = json!({"id": new_id(), "service_at_location_id": sal_id});
            for (k, v) in [
                ("freq", &s.freq),
                ("byday", &s.byday),
                ("opens_at", &s.opens_at),
                ("closes_at", &s.closes_at),
                ("valid_from", &s.valid_from),
                ("valid_to", &s.valid_to),
            ] {
                if let Some(v) = v {
                    schedule[k] = json!(v);
                }
            }
            schedule
        })
        .collect()
}

impl Store {
    /// Saves a service edited in its form (`id`: the service edited, none
    /// for a new one; `owner`: the agency that keeps it) into its HSDS
    /// records: the service, its organization (found by name, else a new one
    /// kept by the same agency), its first location and that location's
    /// hours, with `trail(service id)` in the same transaction. `None` when
    /// the service edited does not exist.
    pub async fn save_service(
        &self,
        (id, owner): (Option<&str>, Option<Uuid>),
        edit: &ServiceEdit<'_>,
        trail: impl FnOnce(&str) -> Trail,
    ) -> StoreResult<Option<String>> {
        let service_id = id.map_or_else(new_id, str::to_owned);
        let service = match id {
            Some(id) => match self.directory_record(Kind::Service, id).await? {
                Some(s) => s,
                None => return Ok(None),
            },
            None => Map::new(),
        };
        let mut records = Records::default();
        let mut owners = vec![Owner {
            kind: Kind::Service,
            id: service_id.clone(),
            agency: owner,
        }];
        let org_id = match self.organization_named(edit.organization).await? {
            Some(id) => id,
            None => {
                // A new organization is kept by whoever keeps the service.
                let id = new_id();
                records.organizations.push(object(json!({
                    "id": id, "name": edit.organization, "description": edit.organization,
                })));
                owners.push(Owner {
                    kind: Kind::Organization,
                    id: id.clone(),
                    agency: owner,
                });
                id
            }
        };
        let service = service_record(service, (&service_id, &org_id), edit);
        // The first location and its service-at-location (hours).
        let first = match id {
            Some(id) => self.first_location_of(id).await?,
            None => None,
        };
        let sal_id = first.as_ref().map_or_else(new_id, |(sal, _)| sal.clone());
        let location_id = first.and_then(|(_, l)| l).unwrap_or_else(new_id);
        let mut location = self
            .directory_record(Kind::Location, &location_id)
            .await?
            .unwrap_or_else(|| object(json!({"id": location_id, "location_type": "physical"})));
        location.insert("organization_id".to_owned(), json!(org_id));
        set_place(&mut location, edit.place, edit.address);
        let mut sal = self
            .directory_record(Kind::ServiceAtLocation, &sal_id)
            .await?
            .unwrap_or_default();
        sal.insert("id".to_owned(), json!(sal_id));
        sal.insert("service_id".to_owned(), json!(service_id));
        sal.insert("location_id".to_owned(), json!(location_id));
        sal.insert(
            "schedules".to_owned(),
            Value::Array(schedules(&sal_id, edit.schedules)),
        );
        records.services.push(service);
        records.locations.push(location);
        records.service_at_locations.push(sal);
        self.write_directory_owned(&records, &[], &owners, &trail(&service_id))
            .await?;
        Ok(Some(service_id))
    }
}
