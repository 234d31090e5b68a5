//! Reading and writing HSDS files: JSON (one record, an array of records, a
//! paged list, or a bundle `{"services": [...], ...}`) and the tabular form
//! (a folder of CSV files, one per table, as the HSDS datapackage).
//!
//! Reading is streamed record by record (memory holds the flat records, not
//! the file's text) and reports progress in bytes; any malformed record stops
//! the import with its file, record and field, before anything is written.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::Translation;
use super::hsds::{self, Kind, Records};

/// Files larger than this are refused.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Missing, unreadable or too large.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What happened.
        message: String,
    },
    /// Not valid JSON or CSV.
    #[error("{path}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// Parser message with line and column.
        message: String,
    },
    /// A record that breaks the rules.
    #[error(transparent)]
    Record(#[from] hsds::RecordError),
}

fn io_error(path: &Path, e: impl fmt::Display) -> FileError {
    FileError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// A reader that counts bytes, for progress.
struct Counting<R, F> {
    inner: R,
    read: u64,
    progress: F,
}

impl<R: Read, F: FnMut(u64)> Read for Counting<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        (self.progress)(self.read);
        Ok(n)
    }
}

fn open(path: &Path) -> Result<(File, u64), FileError> {
    let file = File::open(path).map_err(|e| io_error(path, e))?;
    let len = file.metadata().map_err(|e| io_error(path, e))?.len();
    if len > MAX_FILE_BYTES {
        return Err(io_error(
            path,
            format!("{len} bytes is more than the {MAX_FILE_BYTES} allowed"),
        ));
    }
    Ok((file, len))
}

/// What a JSON document turned out to hold.
struct Sink<'a> {
    name: &'a str,
    records: &'a mut Records,
    error: &'a mut Option<hsds::RecordError>,
    count: usize,
}

impl Sink<'_> {
    fn take(&mut self, value: Value, kind: Option<Kind>) {
        self.count += 1;
        if self.error.is_some() {
            return;
        }
        let place = format!("{} record {}", self.name, self.count);
        if let Err(e) = hsds::flatten(value, kind, &place, self.records) {
            *self.error = Some(e);
        }
    }
}

/// Top level: an array (each element a record) or an object (one record, a
/// paged list or a bundle by kind).
struct TopLevel<'a, 'b>(&'b mut Sink<'a>);

impl<'de> DeserializeSeed<'de> for TopLevel<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HSDS record, an array of records or a bundle")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Value>()? {
            self.0.take(value, None);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let kind = match key.as_str() {
                "organizations" => Some(Kind::Organization),
                "services" if object.is_empty() => Some(Kind::Service),
                "locations" if object.is_empty() => Some(Kind::Location),
                "service_at_locations" if object.is_empty() => Some(Kind::ServiceAtLocation),
                "taxonomies" => Some(Kind::Taxonomy),
                "taxonomy_terms" => Some(Kind::TaxonomyTerm),
                _ => None,
            };
            match kind {
                // A bundle: stream the array of that kind.
                Some(kind) if object.is_empty() || object.keys().all(|k| bundle_key(k)) => {
                    map.next_value_seed(Many(self.0, kind))?;
                    object.insert(key, Value::Null);
                }
                _ => {
                    let value: Value = map.next_value()?;
                    object.insert(key, value);
                }
            }
        }
        if object.keys().all(|k| bundle_key(k)) && !object.is_empty() {
            return Ok(());
        }
        self.0.take(Value::Object(object), None);
        Ok(())
    }
}

fn bundle_key(k: &str) -> bool {
    matches!(
        k,
        "organizations"
            | "services"
            | "locations"
            | "service_at_locations"
            | "taxonomies"
            | "taxonomy_terms"
    )
}

/// One array of a bundle, all of one kind.
struct Many<'a, 'b>(&'b mut Sink<'a>, Kind);

impl<'de> DeserializeSeed<'de> for Many<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Many<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Value>()? {
            self.0.take(value, Some(self.1));
        }
        Ok(())
    }
}

/// Reads one JSON file into `records`; `progress` gets the bytes read so far
/// and the file size.
pub fn read_json(
    path: &Path,
    records: &mut Records,
    mut progress: impl FnMut(u64, u64),
) -> Result<usize, FileError> {
    let (file, len) = open(path)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let reader = BufReader::new(Counting {
        inner: file,
        read: 0,
        progress: |n| progress(n, len),
    });
    let mut error = None;
    let mut sink = Sink {
        name: &name,
        records,
        error: &mut error,
        count: 0,
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    TopLevel(&mut sink)
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(|e| FileError::Syntax {
            path: path.display().to_string(),
            message: format!("not valid JSON: {e}"),
        })?;
    let count = sink.count;
    if let Some(e) = error {
        return Err(e.into());
    }
    Ok(count)
}

/// Reads translations: a JSON array of {entity, id, field, lang, text, status}.
pub fn read_translations(path: &Path) -> Result<Vec<Translation>, FileError> {
    let (file, _) = open(path)?;
    serde_json::from_reader(BufReader::new(file)).map_err(|e| FileError::Syntax {
        path: path.display().to_string(),
        message: format!("not a list of translations: {e}"),
    })
}

/// The HSDS tables of the tabular form, in the order they are read.
const TABLES: [&str; 21] = [
    "organizations",
    "programs",
    "services",
    "locations",
    "service_at_location",
    "addresses",
    "phones",
    "schedules",
    "languages",
    "accessibility",
    "cost_options",
    "required_documents",
    "service_areas",
    "contacts",
    "funding",
    "organization_identifiers",
    "attributes",
    "taxonomies",
    "taxonomy_terms",
    "metadata",
    "meta_table_descriptions",
];

/// Columns holding numbers (everything else is text).
const NUMBERS: [&str; 10] = [
    "latitude",
    "longitude",
    "amount",
    "minimum_age",
    "maximum_age",
    "extension",
    "timezone",
    "interval",
    "count",
    "year_incorporated",
];

/// A CSV table's rows as JSON objects (empty cells left out, numbers typed).
/// The header must be HSDS's: comma-separated, lower-case names, an `id`
/// column; a NUL character is refused wherever it is.
fn read_table(path: &Path) -> Result<Vec<Map<String, Value>>, FileError> {
    let (file, _) = open(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(BufReader::new(file));
    let syntax = |message: String| FileError::Syntax {
        path: path.display().to_string(),
        message,
    };
    let headers = reader.headers().map_err(|e| syntax(e.to_string()))?.clone();
    check_header(&headers).map_err(syntax)?;
    let mut rows = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| syntax(e.to_string()))?;
        let line = i + 2;
        let place = || format!("{} line {line}", path.display());
        let mut object = Map::new();
        for (column, cell) in headers.iter().zip(row.iter()) {
            if cell.contains('\0') {
                return Err(hsds::RecordError {
                    place: place(),
                    field: column.to_owned(),
                    message: "contains a NUL character".to_owned(),
                }
                .into());
            }
            if cell.is_empty() {
                continue;
            }
            let value = if NUMBERS.contains(&column) {
                let n: f64 = cell.trim().parse().map_err(|_| {
                    FileError::Record(hsds::RecordError {
                        place: place(),
                        field: column.to_owned(),
                        message: format!("{cell:?} is not a number"),
                    })
                })?;
                serde_json::Number::from_f64(n)
                    .map(|num| {
                        if n.fract() == 0.0 && n.abs() < 9.0e15 {
                            Value::from(n as i64)
                        } else {
                            Value::Number(num)
                        }
                    })
                    .unwrap_or(Value::Null)
            } else {
                Value::String(cell.to_owned())
            };
            object.insert(column.to_owned(), value);
        }
        object.insert("x_line".to_owned(), Value::from(line));
        rows.push(object);
    }
    Ok(rows)
}

/// An HSDS table's header: what is wrong with it, said so that the person
/// who exported the file knows what to change.
fn check_header(headers: &csv::StringRecord) -> Result<(), String> {
    if headers.len() == 1 {
        let only = headers.get(0).unwrap_or_default();
        for (separator, name) in [(';', "semicolons"), ('\t', "tabs")] {
            if only.contains(separator) {
                return Err(format!(
                    "the columns are separated by {name}: HSDS CSV files separate them with commas"
                ));
            }
        }
    }
    if let Some(upper) = headers.iter().find(|h| h.chars().any(char::is_uppercase)) {
        return Err(format!(
            "column {upper:?}: HSDS column names are lower case ({:?})",
            upper.to_lowercase()
        ));
    }
    if !headers.iter().any(|h| h == "id") {
        return Err("no \"id\" column: every HSDS table has one".to_owned());
    }
    Ok(())
}

fn sid<'a>(row: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    row.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// Reads a folder in the tabular form: the child tables are put back inside
/// their parents, so records are the same as from JSON.
pub fn read_tabular(dir: &Path, records: &mut Records) -> Result<usize, FileError> {
    let mut tables: BTreeMap<&str, Vec<Map<String, Value>>> = BTreeMap::new();
    let mut found = 0;
    for table in TABLES {
        let path = dir.join(format!("{table}.csv"));
        if path.exists() {
            found += 1;
            tables.insert(table, read_table(&path)?);
        }
    }
    if found == 0 {
        return Err(io_error(
            dir,
            "no HSDS CSV table (services.csv, …) in this folder",
        ));
    }
    let take = |tables: &mut BTreeMap<&str, Vec<Map<String, Value>>>, t: &str| {
        tables.remove(t).unwrap_or_default()
    };
    let table = |name: &'static str| CsvTable { dir, name };
    // Parents by id, children attached by their *_id columns. A child's
    // parent that is not in the files is a warning (HSDS's own examples
    // have such links), never a silent drop.
    let mut organizations = table("organizations").index(take(&mut tables, "organizations"))?;
    let mut services = table("services").index(take(&mut tables, "services"))?;
    let mut locations = table("locations").index(take(&mut tables, "locations"))?;
    let mut sals = table("service_at_location").index(take(&mut tables, "service_at_location"))?;
    let mut contacts = table("contacts").index(take(&mut tables, "contacts"))?;
    let mut phones = table("phones").index(take(&mut tables, "phones"))?;
    let programs = table("programs").index(take(&mut tables, "programs"))?;
    let taxonomies = take(&mut tables, "taxonomies");
    let terms = take(&mut tables, "taxonomy_terms");
    let mut warnings = Vec::new();
    let w = &mut warnings;

    // Languages belong to services, locations and phones.
    let languages = table("languages");
    for row in take(&mut tables, "languages") {
        let attached = languages.attach(&row, "phone_id", &mut phones, "languages", w)?
            | languages.attach(&row, "service_id", &mut services, "languages", w)?
            | languages.attach(&row, "location_id", &mut locations, "languages", w)?;
        languages.attached(&row, attached, w);
    }
    let phone_table = table("phones");
    let mut with_contact = std::collections::HashSet::new();
    for (id, row) in &phones {
        if phone_table.attach(row, "contact_id", &mut contacts, "phones", w)? {
            with_contact.insert(id.clone());
        }
    }
    for (id, row) in phones {
        let attached = with_contact.contains(&id)
            | phone_table.attach(&row, "service_id", &mut services, "phones", w)?
            | phone_table.attach(&row, "location_id", &mut locations, "phones", w)?
            | phone_table.attach(&row, "organization_id", &mut organizations, "phones", w)?
            | phone_table.attach(&row, "service_at_location_id", &mut sals, "phones", w)?;
        phone_table.attached(&row, attached, w);
    }
    let contact_table = table("contacts");
    for (_, row) in contacts {
        let attached = contact_table.attach(&row, "service_id", &mut services, "contacts", w)?
            | contact_table.attach(&row, "location_id", &mut locations, "contacts", w)?
            | contact_table.attach(&row, "organization_id", &mut organizations, "contacts", w)?
            | contact_table.attach(&row, "service_at_location_id", &mut sals, "contacts", w)?;
        contact_table.attached(&row, attached, w);
    }
    let schedules = table("schedules");
    for row in take(&mut tables, "schedules") {
        let attached = schedules.attach(&row, "service_id", &mut services, "schedules", w)?
            | schedules.attach(&row, "location_id", &mut locations, "schedules", w)?
            | schedules.attach(&row, "service_at_location_id", &mut sals, "schedules", w)?;
        schedules.attached(&row, attached, w);
    }
    for name in ["addresses", "accessibility"] {
        let t = table(name);
        for row in take(&mut tables, name) {
            let attached = t.attach(&row, "location_id", &mut locations, name, w)?;
            t.attached(&row, attached, w);
        }
    }
    for name in ["cost_options", "required_documents", "service_areas"] {
        let t = table(name);
        for row in take(&mut tables, name) {
            let attached = t.attach(&row, "service_id", &mut services, name, w)?;
            t.attached(&row, attached, w);
        }
    }
    let funding = table("funding");
    for row in take(&mut tables, "funding") {
        let attached = funding.attach(&row, "service_id", &mut services, "funding", w)?
            | funding.attach(&row, "organization_id", &mut organizations, "funding", w)?;
        funding.attached(&row, attached, w);
    }
    let identifiers = table("organization_identifiers");
    for row in take(&mut tables, "organization_identifiers") {
        let attached = identifiers.attach(
            &row,
            "organization_id",
            &mut organizations,
            "organization_identifiers",
            w,
        )?;
        identifiers.attached(&row, attached, w);
    }
    // Attributes and metadata name their record by id alone, whatever its table.
    for (name, key) in [("attributes", "link_id"), ("metadata", "resource_id")] {
        let t = table(name);
        for row in take(&mut tables, name) {
            let id = sid(&row, key).unwrap_or_default();
            let parent = [&mut services, &mut locations, &mut organizations, &mut sals]
                .into_iter()
                .find(|map| map.contains_key(id));
            let attached = match parent {
                Some(map) => t.attach(&row, key, map, name, w)?,
                None => false,
            };
            t.attached(&row, attached, w);
        }
    }
    let service_table = table("services");
    for service in services.values_mut() {
        if let Some(program) = sid(service, "program_id") {
            let Some(program) = programs.get(program) else {
                return Err(service_table.missing(service, "program_id", program));
            };
            let mut program = program.clone();
            program.remove("x_line");
            service.insert("program".to_owned(), Value::Object(program));
        }
    }
    let mut count = 0;
    let mut push =
        |kind: Kind, table: &str, rows: Vec<Map<String, Value>>| -> Result<(), FileError> {
            for mut row in rows {
                let line = row.remove("x_line").and_then(|v| v.as_u64()).unwrap_or(0);
                strip_lines(&mut row);
                count += 1;
                let place = format!("{}/{table}.csv line {line}", dir.display());
                hsds::flatten(Value::Object(row), Some(kind), &place, records)?;
            }
            Ok(())
        };
    push(
        Kind::Organization,
        "organizations",
        organizations.into_values().collect(),
    )?;
    push(Kind::Service, "services", services.into_values().collect())?;
    push(
        Kind::Location,
        "locations",
        locations.into_values().collect(),
    )?;
    push(
        Kind::ServiceAtLocation,
        "service_at_location",
        sals.into_values().collect(),
    )?;
    push(Kind::Taxonomy, "taxonomies", taxonomies)?;
    push(Kind::TaxonomyTerm, "taxonomy_terms", terms)?;
    records.warnings.extend(warnings);
    Ok(count)
}

/// A table of a folder read in the tabular form, for errors that name it.
#[derive(Clone, Copy)]
struct CsvTable<'a> {
    dir: &'a Path,
    name: &'static str,
}

impl CsvTable<'_> {
    /// Where a row is: `dir/table.csv line N`.
    fn place(self, row: &Map<String, Value>) -> String {
        let line = row.get("x_line").and_then(Value::as_u64).unwrap_or(0);
        format!("{}/{}.csv line {line}", self.dir.display(), self.name)
    }

    fn error(self, row: &Map<String, Value>, field: &str, message: String) -> FileError {
        FileError::Record(hsds::RecordError {
            place: self.place(row),
            field: field.to_owned(),
            message,
        })
    }

    /// A row naming, in `key`, a record that is in none of the files.
    fn missing(self, row: &Map<String, Value>, key: &str, id: &str) -> FileError {
        self.error(row, key, format!("no record with id {id:?} in these files"))
    }

    /// The rows by id: each has one, and no two the same.
    fn index(
        self,
        rows: Vec<Map<String, Value>>,
    ) -> Result<BTreeMap<String, Map<String, Value>>, FileError> {
        let mut by_id: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        for row in rows {
            let Some(id) = sid(&row, "id").map(str::to_owned) else {
                return Err(self.error(&row, "id", "is required".to_owned()));
            };
            if let Some(first) = by_id.get(&id) {
                let line = first.get("x_line").and_then(Value::as_u64).unwrap_or(0);
                return Err(self.error(
                    &row,
                    "id",
                    format!("{id:?} is already the id of line {line}"),
                ));
            }
            by_id.insert(id, row);
        }
        Ok(by_id)
    }

    /// Puts a child row inside its parent's array `field` when the row names
    /// in `key` a parent that is here (`true`); a parent that is not here is
    /// a warning.
    fn attach(
        self,
        row: &Map<String, Value>,
        key: &str,
        parents: &mut BTreeMap<String, Map<String, Value>>,
        field: &str,
        warnings: &mut Vec<String>,
    ) -> Result<bool, FileError> {
        let Some(id) = sid(row, key) else {
            return Ok(false);
        };
        let Some(parent) = parents.get_mut(id) else {
            warnings.push(format!(
                "{}: {key}: no record with id {id:?} in these files: that link is left out",
                self.place(row)
            ));
            return Ok(false);
        };
        let mut child = row.clone();
        child.remove("x_line");
        let list = parent
            .entry(field.to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            list.push(Value::Object(child));
        }
        Ok(true)
    }

    /// A child row that went into no record is left out, with a warning
    /// (HSDS's own examples hold such rows).
    fn attached(self, row: &Map<String, Value>, attached: bool, warnings: &mut Vec<String>) {
        if !attached {
            warnings.push(format!(
                "{}: belongs to no record of these files: left out",
                self.place(row)
            ));
        }
    }
}

fn strip_lines(value: &mut Map<String, Value>) {
    value.remove("x_line");
    for v in value.values_mut() {
        if let Value::Array(items) = v {
            for item in items {
                if let Value::Object(o) = item {
                    strip_lines(o);
                }
            }
        }
    }
}

/// Reads a path: a JSON file, or a folder holding JSON files or CSV tables.
pub fn read_path(
    path: &Path,
    records: &mut Records,
    mut progress: impl FnMut(&Path, u64, u64),
) -> Result<usize, FileError> {
    if path.is_dir() {
        if path.join("services.csv").exists() || path.join("organizations.csv").exists() {
            return read_tabular(path, records);
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| io_error(path, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(io_error(
                path,
                "no .json file and no CSV tables in this folder",
            ));
        }
        let mut count = 0;
        for file in files {
            count += read_json(&file, records, |n, len| progress(&file, n, len))?;
        }
        return Ok(count);
    }
    read_json(path, records, |n, len| progress(path, n, len))
}

mod export;
pub use self::export::{export, export_tabular};
