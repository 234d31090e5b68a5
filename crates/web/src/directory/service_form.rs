//! The service form of the directory's editors: its fields as typed, the weekly hours and exceptions, and every field checked on its own.

use super::checks::Errors;
use super::checks::{check_contacts, check_languages, check_place};
use super::records::{first_of, str_of};
use super::scope::{self};
use crate::i18n::Tr;
use crocevia_domain::directory::hours::{Hours, ScheduleInput};
use crocevia_domain::directory::{Point, taxonomy};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The form's values, as typed.
#[derive(Debug, Default, Clone)]
pub(super) struct ServiceForm {
    pub(super) fields: BTreeMap<&'static str, String>,
    pub(super) categories: Vec<String>,
    /// Opening and closing per weekday (Monday first), morning and afternoon.
    pub(super) hours: [[(String, String); SPANS]; 7],
    /// Dated exceptions: from, to, opens, closes (no hours: closed).
    pub(super) exceptions: Vec<[String; 4]>,
}

/// Opening spans per day in the form.
pub(super) const SPANS: usize = 2;
/// Blank exception rows offered below the stored ones.
pub(super) const BLANK_EXCEPTIONS: usize = 2;
/// Form names of an exception's parts.
pub(super) const EXCEPTION_PARTS: [&str; 4] = ["from", "to", "opens", "closes"];

pub(super) const TEXT_FIELDS: [&str; 14] = [
    "name",
    "organization",
    "status",
    "description",
    "address",
    "city",
    "postal_code",
    "latitude",
    "longitude",
    "phone",
    "email",
    "url",
    "languages",
    "documents",
];
pub(super) const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

impl ServiceForm {
    pub(super) fn parse(body: &[u8]) -> ServiceForm {
        let mut form = ServiceForm::default();
        for (k, v) in crate::form::Posted::parse(body).pairs() {
            if k == "category" {
                form.categories.push(v.to_owned());
            } else if let Some(f) = TEXT_FIELDS.iter().find(|f| **f == k) {
                form.fields.insert(f, v.trim().to_owned());
            } else if k == "free" {
                form.fields.insert("free", v.to_owned());
            } else if k == scope::FIELD {
                form.fields.insert(scope::FIELD, v.to_owned());
            } else if let Some((part, day, span)) = hour_field(k)
                && let Some(h) = form.hours.get_mut(day).and_then(|d| d.get_mut(span))
            {
                *(if part == "opens" { &mut h.0 } else { &mut h.1 }) = v.trim().to_owned();
            } else if let Some((part, row)) = exception_field(k)
                && row < 50
            {
                if form.exceptions.len() <= row {
                    form.exceptions.resize(row + 1, Default::default());
                }
                form.exceptions[row][part] = v.trim().to_owned();
            }
        }
        form.exceptions.retain(|e| e.iter().any(|p| !p.is_empty()));
        form
    }

    pub(super) fn get(&self, k: &str) -> &str {
        self.fields.get(k).map_or("", String::as_str)
    }

    /// The form showing a stored service and its first location.
    pub(super) fn of(
        service: &Map<String, Value>,
        organization: Option<&Map<String, Value>>,
        location: Option<&Map<String, Value>>,
        schedules: &[ScheduleInput],
    ) -> ServiceForm {
        let mut f = ServiceForm::default();
        let mut set = |k: &'static str, v: Option<String>| {
            f.fields.insert(k, v.unwrap_or_default());
        };
        let s = |k: &str| str_of(service, k).map(str::to_owned);
        set("name", s("name"));
        set("status", s("status"));
        set("description", s("description"));
        set("email", s("email"));
        set("url", s("url"));
        set(
            "organization",
            organization
                .and_then(|o| str_of(o, "name"))
                .map(str::to_owned),
        );
        let first = |r: &Map<String, Value>, list: &str, k: &str| Some(first_of(r, list, k));
        set("phone", first(service, "phones", "number"));
        let codes: Vec<&str> = service
            .get("languages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|l| l.get("code").and_then(Value::as_str))
            .collect();
        set("languages", Some(codes.join(", ")));
        let docs: Vec<&str> = service
            .get("required_documents")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|d| d.get("document").and_then(Value::as_str))
            .collect();
        set("documents", Some(docs.join("\n")));
        f.categories = crocevia_store::directory::read::categories(service)
            .iter()
            .map(|c| (*c).to_owned())
            .collect();
        let is_free = service
            .get("cost_options")
            .and_then(Value::as_array)
            .is_some_and(|a| {
                !a.is_empty()
                    && a.iter()
                        .all(|o| o.get("amount").and_then(Value::as_f64) == Some(0.0))
            });
        f.fields
            .insert("free", if is_free { "yes" } else { "no" }.to_owned());
        if let Some(l) = location {
            f.fields.insert(
                "address",
                first(l, "addresses", "address_1").unwrap_or_default(),
            );
            f.fields
                .insert("city", first(l, "addresses", "city").unwrap_or_default());
            f.fields.insert(
                "postal_code",
                first(l, "addresses", "postal_code").unwrap_or_default(),
            );
            for k in ["latitude", "longitude"] {
                f.fields.insert(
                    k,
                    l.get(k)
                        .and_then(Value::as_f64)
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                );
            }
        }
        let hhmm = |t: &Option<String>| t.as_deref().unwrap_or_default().chars().take(5).collect();
        for (i, day) in DAYS.iter().enumerate() {
            let mut spans: Vec<(String, String)> = schedules
                .iter()
                .filter(|s| s.freq.is_some())
                .filter(|s| {
                    s.byday
                        .as_deref()
                        .is_some_and(|b| b.split(',').any(|d| d.trim().eq_ignore_ascii_case(day)))
                })
                .map(|s| (hhmm(&s.opens_at), hhmm(&s.closes_at)))
                .collect();
            spans.sort();
            for (slot, span) in f.hours[i].iter_mut().zip(spans) {
                *slot = span;
            }
        }
        f.exceptions = schedules
            .iter()
            .filter(|s| s.freq.is_none())
            .map(|s| {
                [
                    s.valid_from.clone().unwrap_or_default(),
                    s.valid_to.clone().unwrap_or_default(),
                    hhmm(&s.opens_at),
                    hhmm(&s.closes_at),
                ]
            })
            .collect();
        f
    }
}

/// `opens-3` (Thursday, first span), `closes2-0` (Monday, second span).
pub(super) fn hour_field(name: &str) -> Option<(&'static str, usize, usize)> {
    let (part, rest) = name.split_once('-')?;
    let (part, span) = match part {
        "opens" => ("opens", 0),
        "closes" => ("closes", 0),
        "opens2" => ("opens", 1),
        "closes2" => ("closes", 1),
        _ => return None,
    };
    Some((part, rest.parse().ok()?, span))
}

/// `exc-from-2` (third exception's first date).
pub(super) fn exception_field(name: &str) -> Option<(usize, usize)> {
    let rest = name.strip_prefix("exc-")?;
    let (part, row) = rest.split_once('-')?;
    let part = EXCEPTION_PARTS.iter().position(|p| *p == part)?;
    Some((part, row.parse().ok()?))
}

impl ServiceForm {
    /// The weekly schedules and exceptions typed, each checked; errors by
    /// field key (`hours-3`, `exception-1`).
    pub(super) fn schedules(
        &self,
        tr: Tr,
        errors: &mut BTreeMap<String, String>,
    ) -> Vec<ScheduleInput> {
        let mut out = Vec::new();
        for (i, spans) in self.hours.iter().enumerate() {
            let mut day: Vec<ScheduleInput> = Vec::new();
            for (opens, closes) in spans {
                if opens.is_empty() && closes.is_empty() {
                    continue;
                }
                day.push(ScheduleInput {
                    freq: Some("WEEKLY".to_owned()),
                    byday: Some(DAYS[i].to_owned()),
                    opens_at: Some(opens.clone()).filter(|o| !o.is_empty()),
                    closes_at: Some(closes.clone()).filter(|c| !c.is_empty()),
                    ..ScheduleInput::default()
                });
            }
            let problem = match Hours::parse(&day) {
                Err(e) => Some(tr.t1("appdir-error-hours", "reason", &e.to_string())),
                Ok(_) if day.len() == SPANS && spans_overlap(&day) => {
                    Some(tr.t("appdir-error-hours-overlap"))
                }
                Ok(_) => None,
            };
            match problem {
                Some(message) => {
                    errors.insert(format!("hours-{i}"), message);
                }
                None => out.extend(day),
            }
        }
        for (row, [from, to, opens, closes]) in self.exceptions.iter().enumerate() {
            let s = ScheduleInput {
                valid_from: Some(from.clone()).filter(|v| !v.is_empty()),
                valid_to: Some(if to.is_empty() { from } else { to }.clone())
                    .filter(|v| !v.is_empty()),
                opens_at: Some(opens.clone()).filter(|v| !v.is_empty()),
                closes_at: Some(closes.clone()).filter(|v| !v.is_empty()),
                ..ScheduleInput::default()
            };
            let dates = [&s.valid_from, &s.valid_to].map(|d| {
                d.as_deref()
                    .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            });
            let problem = match dates {
                [None, _] | [_, None] => Some(tr.t("appdir-error-exception-dates")),
                [Some(a), Some(b)] if b < a => Some(tr.t("appdir-error-exception-order")),
                _ if s.opens_at.is_some() != s.closes_at.is_some() => {
                    Some(tr.t("appdir-error-exception-times"))
                }
                _ => Hours::parse(std::slice::from_ref(&s))
                    .err()
                    .map(|e| tr.t1("appdir-error-hours", "reason", &e.to_string())),
            };
            match problem {
                Some(message) => {
                    errors.insert(format!("exception-{row}"), message);
                }
                None => out.push(s),
            }
        }
        out
    }
}

/// Whether a day's two spans overlap (the second must start after the first closes).
pub(super) fn spans_overlap(day: &[ScheduleInput]) -> bool {
    let mut spans: Vec<(&str, &str)> = day
        .iter()
        .map(|s| {
            (
                s.opens_at.as_deref().unwrap_or_default(),
                s.closes_at.as_deref().unwrap_or_default(),
            )
        })
        .collect();
    spans.sort_unstable();
    spans.windows(2).any(|w| w[1].0 < w[0].1)
}

/// What a valid form becomes.
pub(super) struct Checked {
    pub(super) point: Option<Point>,
    pub(super) municipality: Option<String>,
    pub(super) languages: Vec<String>,
    pub(super) schedules: Vec<ScheduleInput>,
}

/// Every field checked on its own; the errors by field name.
pub(super) fn check(form: &ServiceForm, tr: Tr) -> Result<Checked, Errors> {
    let mut errors = Errors::new();
    for k in ["name", "organization", "city"] {
        if form.get(k).is_empty() {
            errors.insert(k.to_owned(), tr.t("appdir-error-required"));
        }
    }
    let (point, municipality) = check_place(
        (
            form.get("city"),
            form.get("latitude"),
            form.get("longitude"),
        ),
        tr,
        &mut errors,
    );
    check_contacts(
        (form.get("phone"), form.get("email"), form.get("url")),
        tr,
        &mut errors,
    );
    let languages = check_languages(form.get("languages"), tr, &mut errors);
    if form.categories.is_empty() || form.categories.iter().any(|c| taxonomy::id_of(c).is_none()) {
        errors.insert("category".to_owned(), tr.t("appdir-error-category"));
    }
    let schedules = form.schedules(tr, &mut errors);
    if errors.is_empty() {
        Ok(Checked {
            point,
            municipality,
            languages,
            schedules,
        })
    } else {
        Err(errors)
    }
}
