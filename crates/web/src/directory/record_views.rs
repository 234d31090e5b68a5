//! What the record pages of the directory show: the fields of an organization's or a location's form, filled from a stored record, and the links around it.

use super::checks::{Errors, value};
use crate::form::Field;
use crate::i18n::Tr;
use crocevia_store::directory::edit::{all_of, first_of, str_of};
use crocevia_store::directory::hsds::Kind;
use crocevia_store::directory::read::ReadModel;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub(super) const ORG_FIELDS: [&str; 5] = ["name", "description", "email", "url", "phone"];
pub(super) const LOCATION_FIELDS: [&str; 8] = [
    "name",
    "address",
    "city",
    "postal_code",
    "latitude",
    "longitude",
    "languages",
    "accessibility",
];

pub(super) fn labels(tr: Tr, kind: Kind, k: &str) -> String {
    match (kind, k) {
        (Kind::Organization, "name") => tr.t("apporg-name"),
        (Kind::Organization, "description") => tr.t("apporg-description"),
        (Kind::Location, "name") => tr.t("apploc-name"),
        (Kind::Location, "accessibility") => tr.t("apploc-accessibility"),
        _ => tr.t(&format!("appdir-{}", k.replace('_', "-"))),
    }
}

pub(super) fn fields(
    tr: Tr,
    kind: Kind,
    form: &BTreeMap<String, String>,
    errors: &Errors,
) -> Vec<Field> {
    let names: &[&'static str] = if kind == Kind::Organization {
        &ORG_FIELDS
    } else {
        &LOCATION_FIELDS
    };
    names
        .iter()
        .map(|k| {
            let f = Field::new(k, labels(tr, kind, k), value(form, k), Vec::new(), errors);
            if matches!(*k, "description" | "accessibility") {
                f.multiline()
            } else {
                f
            }
        })
        .collect()
}

/// What an organization's form shows of a stored one.
pub(super) fn org_form(org: &Map<String, Value>) -> BTreeMap<String, String> {
    let mut f: BTreeMap<String, String> = [
        ("name", "name"),
        ("description", "description"),
        ("email", "email"),
        ("url", "website"),
    ]
    .iter()
    .map(|(k, field)| {
        (
            (*k).to_owned(),
            str_of(org, field).unwrap_or_default().to_owned(),
        )
    })
    .collect();
    f.insert("phone".to_owned(), first_of(org, "phones", "number"));
    f
}

/// What a location's form shows of a stored one.
pub(super) fn location_form(l: &Map<String, Value>) -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    f.insert(
        "name".to_owned(),
        str_of(l, "name").unwrap_or_default().to_owned(),
    );
    f.insert("address".to_owned(), first_of(l, "addresses", "address_1"));
    f.insert("city".to_owned(), first_of(l, "addresses", "city"));
    f.insert(
        "postal_code".to_owned(),
        first_of(l, "addresses", "postal_code"),
    );
    for k in ["latitude", "longitude"] {
        f.insert(
            k.to_owned(),
            l.get(k)
                .and_then(Value::as_f64)
                .map(|v| v.to_string())
                .unwrap_or_default(),
        );
    }
    f.insert(
        "languages".to_owned(),
        all_of(l, "languages", "code").join(", "),
    );
    f.insert(
        "accessibility".to_owned(),
        all_of(l, "accessibility", "description").join("\n"),
    );
    f
}

pub(super) fn location_label(l: &Map<String, Value>) -> String {
    let address = [
        first_of(l, "addresses", "address_1"),
        first_of(l, "addresses", "city"),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    match str_of(l, "name").filter(|n| !n.is_empty()) {
        Some(name) if !address.is_empty() => format!("{name} – {address}"),
        Some(name) => name.to_owned(),
        None => address,
    }
}

/// The services and places of an organization, as links.
pub(super) fn org_lists(model: &ReadModel, tr: Tr, id: &str) -> Vec<Links> {
    let snapshot = &model.snapshot;
    let services = snapshot
        .services_by_organization
        .get(id)
        .into_iter()
        .flatten()
        .map(|s| {
            let name = model
                .services
                .get(s)
                .map(|i| i.name.clone())
                .unwrap_or_default();
            (format!("/app/directory/services/{s}"), name)
        })
        .collect();
    let locations = snapshot
        .locations_by_organization
        .get(id)
        .into_iter()
        .flatten()
        .filter_map(|l| {
            let r = snapshot.record(Kind::Location, l)?;
            Some((format!("/app/directory/locations/{l}"), location_label(&r)))
        })
        .collect();
    vec![
        Links {
            title: tr.t("apporg-services"),
            links: services,
        },
        Links {
            title: tr.t("apporg-locations"),
            links: locations,
        },
    ]
}

/// The services offered at a location, as links.
pub(super) fn location_lists(model: &ReadModel, tr: Tr, id: &str, org: Option<&str>) -> Vec<Links> {
    let mut seen = std::collections::BTreeSet::new();
    let services = model
        .listings
        .iter()
        .filter(|l| l.location_id.as_deref() == Some(id))
        .filter(|l| seen.insert(l.service_id.clone()))
        .map(|l| {
            let name = model
                .services
                .get(&l.service_id)
                .map(|i| i.name.clone())
                .unwrap_or_default();
            (format!("/app/directory/services/{}", l.service_id), name)
        })
        .collect();
    let organization = org
        .and_then(|o| {
            let r = model.snapshot.record(Kind::Organization, o)?;
            Some((
                format!("/app/directory/organizations/{o}"),
                str_of(&r, "name").unwrap_or_default().to_owned(),
            ))
        })
        .into_iter()
        .collect();
    vec![
        Links {
            title: tr.t("apploc-organization"),
            links: organization,
        },
        Links {
            title: tr.t("apploc-services"),
            links: services,
        },
    ]
}

/// A list of links on a record's page.
pub(crate) struct Links {
    pub(crate) title: String,
    pub(crate) links: Vec<(String, String)>,
}
