//! Checks of the directory's forms shared by services, organizations and locations: place, contacts, languages.

use std::collections::BTreeMap;

use crate::i18n::Tr;
use crocevia_domain::directory::{Point, valid_language_code, valid_phone};
use crocevia_domain::territories::{fold_name, territories};

/// The municipality typed by name (its ISTAT code) and the coordinates, each
/// checked; errors under `city`, `latitude`, `longitude`.
pub(super) fn check_place(
    (city, latitude, longitude): (&str, &str, &str),
    tr: Tr,
    errors: &mut Errors,
) -> (Option<Point>, Option<String>) {
    let municipality = if city.is_empty() {
        None
    } else {
        let found = territories()
            .search_municipalities(city, 5)
            .into_iter()
            .find(|m| m.folded == fold_name(city))
            .map(|m| m.code.clone());
        if found.is_none() {
            errors.insert("city".to_owned(), tr.t("appdir-error-city"));
        }
        found
    };
    let mut number = |k: &str, v: &str, range: f64, key: &str| {
        if v.is_empty() {
            return None;
        }
        match v.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() && n.abs() <= range => Some(n),
            _ => {
                errors.insert(k.to_owned(), tr.t(key));
                None
            }
        }
    };
    let lat = number("latitude", latitude, 90.0, "appdir-error-latitude");
    let lon = number("longitude", longitude, 180.0, "appdir-error-longitude");
    let point = match (lat, lon) {
        (Some(a), Some(b)) => Point::new(a, b),
        (None, None) => None,
        _ => {
            if !errors.contains_key("latitude") && !errors.contains_key("longitude") {
                errors.insert("latitude".to_owned(), tr.t("appdir-error-coordinates"));
            }
            None
        }
    };
    (point, municipality)
}

/// Phone, email and website, each checked when given.
pub(super) fn check_contacts((phone, email, url): (&str, &str, &str), tr: Tr, errors: &mut Errors) {
    if !phone.is_empty() && !valid_phone(phone) {
        errors.insert("phone".to_owned(), tr.t("appdir-error-phone"));
    }
    if !email.is_empty() && crocevia_domain::identity::Email::parse(email).is_err() {
        errors.insert("email".to_owned(), tr.t("login-email-invalid"));
    }
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        errors.insert("url".to_owned(), tr.t("appdir-error-url"));
    }
}

/// Language codes typed with commas, checked.
pub(super) fn check_languages(typed: &str, tr: Tr, errors: &mut Errors) -> Vec<String> {
    let languages: Vec<String> = typed
        .split(',')
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(wrong) = languages.iter().find(|l| !valid_language_code(l)) {
        errors.insert(
            "languages".to_owned(),
            tr.t1("appdir-error-languages", "wrong", wrong),
        );
    }
    languages
}

pub(super) fn value<'a>(form: &'a BTreeMap<String, String>, k: &str) -> &'a str {
    form.get(k).map_or("", String::as_str)
}

/// Errors by field name.
pub(super) type Errors = BTreeMap<String, String>;
