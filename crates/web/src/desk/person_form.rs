//! The registration form of a person as typed, read and checked field by
//! field (names as written, Latin transliteration, partial date of birth,
//! identifiers, permit, contacts, languages, special-category facts), and
//! the record it makes.

use std::collections::BTreeMap;

use super::labels::country_names;
use super::labels::parse_countries;
use crocevia_domain::Lang;
use crocevia_domain::desk::identifiers::{CodiceFiscale, PermitNumber, StpEniCode};
use crocevia_domain::desk::{LanguageLevel, PartialDate, Sex, Vulnerability, latin};
use crocevia_store::desk::{PersonInput, Sensitive};

use crate::i18n::Tr;

/// The registration form as typed.
#[derive(Debug, Default, Clone)]
pub(super) struct PersonForm {
    pub(super) values: BTreeMap<String, String>,
    pub(super) vulnerabilities: Vec<String>,
}

pub(super) const TEXT_FIELDS: [&str; 19] = [
    "given_name",
    "family_name",
    "latin_name",
    "aliases",
    "birth",
    "sex",
    "citizenships",
    "cf",
    "stp",
    "permit_number",
    "permit_type",
    "permit_expiry",
    "phone",
    "email",
    "address",
    "lang1",
    "level1",
    "lang2",
    "level2",
];

/// The form field of an identifier kind.
pub(super) fn identifier_field(kind: &str) -> &str {
    if kind == "permit" {
        "permit_number"
    } else {
        kind
    }
}

/// The fields with a line saying how to fill them in (`desk-hint-…`).
pub(super) const HINTED: [&str; 6] = [
    "given_name",
    "family_name",
    "latin_name",
    "aliases",
    "birth",
    "citizenships",
];

/// Permit types offered in the form (the common ones in Italy).
pub(super) const PERMIT_TYPES: [&str; 10] = [
    "lavoro_subordinato",
    "lavoro_autonomo",
    "famiglia",
    "studio",
    "protezione_internazionale",
    "protezione_speciale",
    "richiesta_asilo",
    "cure_mediche",
    "soggiornante_lungo_periodo",
    "attesa_occupazione",
];

impl PersonForm {
    pub(super) fn parse(body: &[u8]) -> PersonForm {
        let mut form = PersonForm::default();
        for (k, v) in crate::form::Posted::parse(body).pairs() {
            if k == "vulnerability" {
                form.vulnerabilities.push(v.to_owned());
            } else {
                form.values.insert(k.to_owned(), v.trim().to_owned());
            }
        }
        form
    }

    pub(super) fn get(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }

    /// The person, or the errors per field (translated).
    pub(super) fn check(
        &self,
        tr: Tr,
        sensitive: Sensitive,
    ) -> Result<PersonInput, BTreeMap<String, String>> {
        let mut errors = BTreeMap::new();
        let mut err = |field: &str, key: &str| {
            errors.insert(field.to_owned(), tr.t(key));
        };
        let text = |name: &str, max: usize| -> Option<String> {
            let v = self.get(name);
            (!v.is_empty()).then(|| v.chars().take(max).collect())
        };
        let given = self.get("given_name");
        let family = self.get("family_name");
        if given.is_empty() {
            err("given_name", "desk-error-required");
        }
        if family.is_empty() {
            err("family_name", "desk-error-required");
        }
        for (field, value) in [("given_name", given), ("family_name", family)] {
            if value.chars().count() > 200 {
                err(field, "desk-error-too-long");
            }
        }
        let birth = match self.get("birth") {
            "" => None,
            b => match PartialDate::parse(b) {
                Ok(d) => Some(d),
                Err(e) => {
                    err("birth", &format!("desk-error-{}", e.key()));
                    None
                }
            },
        };
        let sex = match self.get("sex") {
            "" => None,
            s if Sex::parse(s).is_some() => Some(s.to_owned()),
            _ => {
                err("sex", "desk-error-choice");
                None
            }
        };
        let (citizenships, unknown) = parse_countries(self.get("citizenships"));
        // Stored as one short list (at most eight countries).
        if citizenships.len() > 8 {
            err("citizenships", "desk-error-too-many");
        }
        let mut identifiers = Vec::new();
        if !self.get("cf").is_empty() {
            match CodiceFiscale::parse(self.get("cf")) {
                Ok(cf) => identifiers.push(("cf".to_owned(), cf.as_str().to_owned())),
                Err(e) => err("cf", &format!("desk-error-{}", e.key())),
            }
        }
        if !self.get("stp").is_empty() {
            match StpEniCode::parse(self.get("stp")) {
                Ok(code) => identifiers.push(("stp".to_owned(), code.as_str().to_owned())),
                Err(e) => err("stp", &format!("desk-error-{}", e.key())),
            }
        }
        if !self.get("permit_number").is_empty() {
            match PermitNumber::parse(self.get("permit_number")) {
                Ok(n) => identifiers.push(("permit".to_owned(), n.as_str().to_owned())),
                Err(e) => err("permit_number", &format!("desk-error-{}", e.key())),
            }
        }
        let permit_type = match self.get("permit_type") {
            "" => None,
            t if PERMIT_TYPES.contains(&t) => Some(t.to_owned()),
            _ => {
                err("permit_type", "desk-error-choice");
                None
            }
        };
        let permit_expiry = match self.get("permit_expiry") {
            "" => None,
            d => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    err("permit_expiry", "desk-error-date-day");
                    None
                }
            },
        };
        let email = text("email", 254);
        if let Some(e) = &email
            && crocevia_domain::identity::Email::parse(e).is_err()
        {
            err("email", "desk-error-email");
        }
        let phone = text("phone", 32);
        if let Some(p) = &phone
            && !p
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
        {
            err("phone", "desk-error-phone");
        }
        let mut languages = Vec::new();
        for i in 1..=2 {
            let (lang, level) = (
                self.get(&format!("lang{i}")),
                self.get(&format!("level{i}")),
            );
            if lang.is_empty() {
                continue;
            }
            let valid_lang =
                lang.len() <= 8 && lang.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
            let level = if level.is_empty() { "basic" } else { level };
            if !valid_lang {
                err(&format!("lang{i}"), "desk-error-choice");
            } else if LanguageLevel::parse(level).is_none() {
                err(&format!("level{i}"), "desk-error-choice");
            } else {
                languages.push((lang.to_ascii_lowercase(), level.to_owned()));
            }
        }
        if !unknown.is_empty() {
            errors.insert(
                "citizenships".to_owned(),
                tr.t1("desk-error-citizenship", "countries", &unknown.join(", ")),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let latin_name = match self.get("latin_name") {
            "" => latin(&format!("{given} {family}")),
            l => l.chars().take(400).collect(),
        };
        Ok(PersonInput {
            given_name: given.to_owned(),
            family_name: family.to_owned(),
            latin_name,
            aliases: self
                .get("aliases")
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| a.chars().take(200).collect())
                .collect(),
            birth,
            sex,
            citizenships,
            identifiers,
            languages,
            permit_type,
            permit_expiry,
            phone,
            email,
            address: text("address", 500),
            sensitive,
        })
    }

    /// The form holding a registered person's fields (countries named in
    /// the operator's language).
    pub(super) fn of(p: &PersonInput, lang: Lang) -> PersonForm {
        let mut form = PersonForm::default();
        let mut set = |k: &str, v: String| {
            if !v.is_empty() {
                form.values.insert(k.to_owned(), v);
            }
        };
        set("given_name", p.given_name.clone());
        set("family_name", p.family_name.clone());
        set("latin_name", p.latin_name.clone());
        set("aliases", p.aliases.join(", "));
        set("birth", p.birth.map(|b| b.to_string()).unwrap_or_default());
        set("sex", p.sex.clone().unwrap_or_default());
        set("citizenships", country_names(&p.citizenships, lang));
        for (kind, value) in &p.identifiers {
            set(identifier_field(kind), value.clone());
        }
        set("permit_type", p.permit_type.clone().unwrap_or_default());
        set(
            "permit_expiry",
            p.permit_expiry.map(|d| d.to_string()).unwrap_or_default(),
        );
        set("phone", p.phone.clone().unwrap_or_default());
        set("email", p.email.clone().unwrap_or_default());
        set("address", p.address.clone().unwrap_or_default());
        for (i, (lang, level)) in p.languages.iter().take(2).enumerate() {
            set(&format!("lang{}", i + 1), lang.clone());
            set(&format!("level{}", i + 1), level.clone());
        }
        form.vulnerabilities = p
            .sensitive
            .vulnerabilities
            .iter()
            .map(|v| v.as_str().to_owned())
            .collect();
        form
    }

    pub(super) fn sensitive(&self) -> Sensitive {
        Sensitive {
            vulnerabilities: self
                .vulnerabilities
                .iter()
                .filter_map(|v| Vulnerability::parse(v))
                .collect(),
            health: self.get("health").chars().take(4000).collect(),
            penal: self.get("penal").chars().take(4000).collect(),
        }
    }
}
