//! Writing a directory snapshot out as files: HSDS JSON and the tabular
//! (CSV) form, one table per record kind.

use crate::directory::Snapshot;
use crate::directory::hsds::{self, Kind};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;

use super::*;

/// Writes the directory as JSON (`services.json` with every service in full,
/// `organizations.json`, `taxonomies.json`, `taxonomy_terms.json`) and as CSV
/// tables in `dir`.
pub fn export(snapshot: &Snapshot, dir: &Path) -> Result<usize, FileError> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let write_json = |name: &str, items: Vec<Value>| -> Result<(), FileError> {
        let path = dir.join(name);
        let file = File::create(&path).map_err(|e| io_error(&path, e))?;
        serde_json::to_writer_pretty(std::io::BufWriter::new(file), &items)
            .map_err(|e| io_error(&path, e))
    };
    let records = |kind: Kind| {
        snapshot
            .ids(kind)
            .into_iter()
            .filter_map(move |id| snapshot.record(kind, &id))
    };
    let services: Vec<Value> = records(Kind::Service)
        .map(|s| Value::Object(hsds::service_full(s, snapshot, true)))
        .collect();
    let count = services.len();
    write_json("services.json", services)?;
    write_json(
        "organizations.json",
        records(Kind::Organization)
            .map(|o| Value::Object(hsds::organization_full(o, snapshot)))
            .collect(),
    )?;
    write_json(
        "taxonomies.json",
        records(Kind::Taxonomy)
            .map(|t| Value::Object(hsds::flat(t)))
            .collect(),
    )?;
    write_json(
        "taxonomy_terms.json",
        records(Kind::TaxonomyTerm)
            .map(|t| Value::Object(hsds::term_full(t, snapshot)))
            .collect(),
    )?;
    export_tabular(snapshot, &dir.join("csv"))?;
    Ok(count)
}

/// Column order of the tables we write (HSDS 3.0 tabular form).
fn columns(table: &str) -> &'static [&'static str] {
    match table {
        "organizations" => &[
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
        ],
        "services" => &[
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
        ],
        "locations" => &[
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ],
        "service_at_location" => &["id", "service_id", "location_id", "description"],
        "addresses" => &[
            "id",
            "location_id",
            "attention",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
        "phones" => &[
            "id",
            "location_id",
            "service_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
            "number",
            "extension",
            "type",
            "description",
        ],
        "schedules" => &[
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "dtstart",
            "timezone",
            "until",
            "count",
            "wkst",
            "freq",
            "interval",
            "byday",
            "byweekno",
            "bymonthday",
            "byyearday",
            "description",
            "opens_at",
            "closes_at",
            "schedule_link",
            "attending_type",
            "notes",
        ],
        "languages" => &[
            "id",
            "service_id",
            "location_id",
            "phone_id",
            "name",
            "code",
            "note",
        ],
        "accessibility" => &["id", "location_id", "description", "details", "url"],
        "cost_options" => &[
            "id",
            "service_id",
            "valid_from",
            "valid_to",
            "option",
            "currency",
            "amount",
            "amount_description",
        ],
        "required_documents" => &["id", "service_id", "document", "uri"],
        "service_areas" => &[
            "id",
            "service_id",
            "name",
            "description",
            "extent",
            "extent_type",
            "uri",
        ],
        "attributes" => &[
            "id",
            "link_id",
            "taxonomy_term_id",
            "link_type",
            "link_entity",
            "value",
        ],
        "taxonomies" => &["id", "name", "description", "uri", "version"],
        "taxonomy_terms" => &[
            "id",
            "code",
            "name",
            "description",
            "parent_id",
            "taxonomy",
            "language",
            "taxonomy_id",
            "term_uri",
        ],
        _ => &[],
    }
}

/// One CSV table being written: rows by id (a phone shown under several
/// parents is one row).
#[derive(Default)]
struct Table {
    rows: BTreeMap<String, Map<String, Value>>,
}

impl Table {
    fn add(&mut self, mut row: Map<String, Value>, parent: Option<(&str, &str)>) {
        if let Some((key, id)) = parent {
            row.entry(key.to_owned())
                .or_insert_with(|| Value::String(id.to_owned()));
        }
        let id = sid(&row, "id").unwrap_or_default().to_owned();
        match self.rows.get_mut(&id) {
            Some(existing) => {
                for (k, v) in row {
                    existing.entry(k).or_insert(v);
                }
            }
            None => {
                self.rows.insert(id, row);
            }
        }
    }
}

fn children(record: &Map<String, Value>, field: &str) -> Vec<Map<String, Value>> {
    record
        .get(field)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .cloned()
        .collect()
}

/// The tables being written.
#[derive(Default)]
struct Tables(BTreeMap<&'static str, Table>);

impl Tables {
    fn add(&mut self, table: &'static str, row: Map<String, Value>, parent: Option<(&str, &str)>) {
        self.0.entry(table).or_default().add(row, parent);
    }

    /// The children of `record` in `fields` (field, table), linked by `key`.
    fn children_of(
        &mut self,
        record: &Map<String, Value>,
        (key, id): (&str, &str),
        fields: &[(&str, &'static str)],
    ) {
        for phone in children(record, "phones") {
            let pid = sid(&phone, "id").unwrap_or_default().to_owned();
            for l in children(&phone, "languages") {
                self.add("languages", l, Some(("phone_id", &pid)));
            }
            self.add("phones", phone, Some((key, id)));
        }
        for (field, table) in fields {
            for c in children(record, field) {
                self.add(table, c, Some((key, id)));
            }
        }
        for a in children(record, "attributes") {
            self.add("attributes", a, Some(("link_id", id)));
        }
    }
}

/// Writes the tabular form.
pub fn export_tabular(snapshot: &Snapshot, dir: &Path) -> Result<(), FileError> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut tables = Tables::default();
    for id in snapshot.ids(Kind::Organization) {
        let id = &id;
        let o = hsds::flat(snapshot.record(Kind::Organization, id).unwrap_or_default());
        tables.children_of(&o, ("organization_id", id), &[]);
        tables.add("organizations", o, None);
    }
    for id in snapshot.ids(Kind::Service) {
        let id = &id;
        let s = hsds::flat(snapshot.record(Kind::Service, id).unwrap_or_default());
        let fields = [
            ("schedules", "schedules"),
            ("languages", "languages"),
            ("cost_options", "cost_options"),
            ("required_documents", "required_documents"),
            ("service_areas", "service_areas"),
        ];
        tables.children_of(&s, ("service_id", id), &fields);
        tables.add("services", s, None);
    }
    for id in snapshot.ids(Kind::Location) {
        let id = &id;
        let l = hsds::flat(snapshot.record(Kind::Location, id).unwrap_or_default());
        let fields = [
            ("schedules", "schedules"),
            ("languages", "languages"),
            ("addresses", "addresses"),
            ("accessibility", "accessibility"),
        ];
        tables.children_of(&l, ("location_id", id), &fields);
        tables.add("locations", l, None);
    }
    for id in snapshot.ids(Kind::ServiceAtLocation) {
        let id = &id;
        let sal = hsds::flat(
            snapshot
                .record(Kind::ServiceAtLocation, id)
                .unwrap_or_default(),
        );
        tables.children_of(
            &sal,
            ("service_at_location_id", id),
            &[("schedules", "schedules")],
        );
        tables.add("service_at_location", sal, None);
    }
    for id in snapshot.ids(Kind::Taxonomy) {
        let t = snapshot.record(Kind::Taxonomy, &id).unwrap_or_default();
        tables.add("taxonomies", hsds::flat(t), None);
    }
    for id in snapshot.ids(Kind::TaxonomyTerm) {
        let t = snapshot.record(Kind::TaxonomyTerm, &id).unwrap_or_default();
        tables.add("taxonomy_terms", hsds::flat(t), None);
    }
    for (name, table) in tables.0 {
        let path = dir.join(format!("{name}.csv"));
        let mut writer = csv::Writer::from_path(&path).map_err(|e| io_error(&path, e))?;
        let cols = columns(name);
        writer.write_record(cols).map_err(|e| io_error(&path, e))?;
        for row in table.rows.values() {
            let cells = cols.iter().map(|c| match row.get(*c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            });
            writer.write_record(cells).map_err(|e| io_error(&path, e))?;
        }
        writer.flush().map_err(|e| io_error(&path, e))?;
    }
    Ok(())
}
