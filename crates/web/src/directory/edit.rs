//! Editors' pages of the services directory (`/app/directory/…`): the list
//! with services not checked for 12 months flagged, a form per service (with
//! its first location and weekly hours) validated field by field, the
//! "checked today" action, and translations side by side with the Italian.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use crocevia_domain::Lang;
use crocevia_domain::directory::hours::{Hours, ScheduleInput};
use crocevia_domain::directory::{Point, taxonomy};
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::territories::territories;
use crocevia_store::directory::Translation;
use crocevia_store::directory::edit::ServiceEdit;
use crocevia_store::directory::hsds::{Kind, Records};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::AppState;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crocevia_store::act::Trail;

use super::records::{Errors, check_contacts, check_languages, check_place, first_of, str_of};
use super::scope::{self, Owners, authorize_record};
use crate::security::CsrfToken;

/// Services not checked for this long are flagged.
const STALE_DAYS: i64 = 365;

struct Row {
    id: String,
    name: String,
    organization: String,
    municipality: String,
    status: String,
    verified: String,
    stale: bool,
}

#[derive(Template)]
#[template(path = "app_directory.html")]
struct ListPage {
    app: AppChrome,
    notice: Option<String>,
    stale_summary: String,
    only_stale: bool,
    rows: Vec<Row>,
}

/// Query of the editors' list.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    stale: Option<String>,
    saved: Option<String>,
}

fn status_label(tr: Tr, status: &str) -> String {
    tr.t(match status {
        "active" => "appdir-status-active",
        "temporarily closed" => "appdir-status-closed",
        _ => "appdir-status-inactive",
    })
}

/// The editors' list.
pub async fn list(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let model = state.directory().await?;
    let cutoff = Utc::now() - Duration::days(STALE_DAYS);
    // Only the services this editor may change.
    let owners = Owners::of(&state, &operator).await?;
    let owned = state.store().directory_owners(Kind::Service).await?;
    let mut rows: Vec<Row> = model
        .services
        .iter()
        .filter(|(id, _)| owners.covers(owned.get(*id).copied()))
        .map(|(id, info)| {
            let verified_at = model.snapshot.verified.get(id).copied().flatten();
            let municipality = model
                .of_service(id)
                .first()
                .and_then(|l| l.municipality.as_deref())
                .and_then(|m| territories().municipality(m))
                .map(|m| m.name.clone())
                .unwrap_or_default();
            Row {
                id: id.clone(),
                name: info.name.clone(),
                organization: info.organization.clone(),
                municipality,
                status: status_label(tr, &info.status),
                verified: verified_at.map_or_else(
                    || tr.t("appdir-never"),
                    |at| at.format("%Y-%m-%d").to_string(),
                ),
                stale: verified_at.is_none_or(|at| at < cutoff),
            }
        })
        .collect();
    let stale_count = rows.iter().filter(|r| r.stale).count();
    let only_stale = q.stale.is_some();
    if only_stale {
        rows.retain(|r| r.stale);
    }
    rows.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    let app = app_chrome(&state, lang, "appdir-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&ListPage {
        app,
        notice: q.saved.map(|_| tr.t("appdir-saved")),
        stale_summary: tr.t_args("appdir-stale", &[("count", &stale_count.to_string())]),
        only_stale,
        rows,
    }))
}

/// The form's values, as typed.
#[derive(Debug, Default, Clone)]
struct ServiceForm {
    fields: BTreeMap<&'static str, String>,
    categories: Vec<String>,
    /// Opening and closing per weekday (Monday first), morning and afternoon.
    hours: [[(String, String); SPANS]; 7],
    /// Dated exceptions: from, to, opens, closes (no hours: closed).
    exceptions: Vec<[String; 4]>,
}

/// Opening spans per day in the form.
const SPANS: usize = 2;
/// Blank exception rows offered below the stored ones.
const BLANK_EXCEPTIONS: usize = 2;
/// Form names of an exception's parts.
const EXCEPTION_PARTS: [&str; 4] = ["from", "to", "opens", "closes"];

const TEXT_FIELDS: [&str; 14] = [
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
const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

impl ServiceForm {
    fn parse(body: &[u8]) -> ServiceForm {
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

    fn get(&self, k: &str) -> &str {
        self.fields.get(k).map_or("", String::as_str)
    }

    /// The form showing a stored service and its first location.
    fn of(
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
fn hour_field(name: &str) -> Option<(&'static str, usize, usize)> {
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
fn exception_field(name: &str) -> Option<(usize, usize)> {
    let rest = name.strip_prefix("exc-")?;
    let (part, row) = rest.split_once('-')?;
    let part = EXCEPTION_PARTS.iter().position(|p| *p == part)?;
    Some((part, row.parse().ok()?))
}

impl ServiceForm {
    /// The weekly schedules and exceptions typed, each checked; errors by
    /// field key (`hours-3`, `exception-1`).
    fn schedules(&self, tr: Tr, errors: &mut BTreeMap<String, String>) -> Vec<ScheduleInput> {
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
fn spans_overlap(day: &[ScheduleInput]) -> bool {
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
struct Checked {
    point: Option<Point>,
    municipality: Option<String>,
    languages: Vec<String>,
    schedules: Vec<ScheduleInput>,
}

/// Every field checked on its own; the errors by field name.
fn check(form: &ServiceForm, tr: Tr) -> Result<Checked, Errors> {
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

struct HourRow {
    day: usize,
    label: String,
    /// Opens and closes, morning then afternoon.
    cells: Vec<Cell>,
    error: Option<String>,
}

/// One input of the hours tables.
struct Cell {
    name: String,
    value: String,
    label: String,
    date: bool,
}

struct ExceptionRow {
    row: usize,
    /// From, to, opens, closes.
    cells: Vec<Cell>,
    error: Option<String>,
}

struct TrField {
    field: &'static str,
    label: String,
    source: String,
    text: String,
    status: String,
}

struct TrBlock {
    lang: &'static str,
    language: String,
    dir: &'static str,
    reviewed: bool,
    fields: Vec<TrField>,
}

#[derive(Template)]
#[template(path = "app_service.html")]
struct EditPage {
    app: AppChrome,
    heading: String,
    id: Option<String>,
    action: String,
    notice: Option<String>,
    verified: Option<String>,
    fields: Vec<Field>,
    categories: Vec<(String, String, bool)>,
    categories_error: Option<String>,
    hours: Vec<HourRow>,
    exceptions: Vec<ExceptionRow>,
    translations: Vec<TrBlock>,
}

/// Notices after a save.
#[derive(Debug, Deserialize)]
pub struct EditQuery {
    saved: Option<String>,
    verified: Option<String>,
    translated: Option<String>,
}

async fn render_edit(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Option<&str>,
    form: &ServiceForm,
    errors: &BTreeMap<String, String>,
    notice: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let model = state.directory().await?;
    let labels = |k: &str| tr.t(&format!("appdir-{}", k.replace('_', "-")));
    let statuses: Vec<(String, String)> = ["active", "temporarily closed", "inactive"]
        .iter()
        .map(|s| ((*s).to_owned(), status_label(tr, s)))
        .collect();
    let free = vec![
        ("yes".to_owned(), tr.t("appdir-free-yes")),
        ("no".to_owned(), tr.t("appdir-free-no")),
    ];
    let mut fields = Vec::new();
    for k in TEXT_FIELDS {
        let options = if k == "status" {
            statuses.clone()
        } else {
            Vec::new()
        };
        let field = Field::new(k, labels(k), form.get(k), options, errors);
        fields.push(if k == "description" || k == "documents" {
            field.multiline()
        } else {
            field
        });
    }
    fields.push(Field::new(
        "free",
        tr.t("appdir-free"),
        form.get("free"),
        free,
        errors,
    ));
    // Who keeps it current, next to the organization.
    let owners = Owners::of(state, operator).await?;
    fields.insert(2, owners.field(tr, form.get(scope::FIELD), errors));
    let categories = taxonomy::TERMS
        .iter()
        .map(|(_, c)| {
            (
                (*c).to_owned(),
                crate::i18n::Tr(lang).t(&format!("category-{c}")),
                form.categories.iter().any(|x| x == c),
            )
        })
        .collect();
    let hours = (0..7)
        .map(|i| HourRow {
            day: i,
            label: tr.t(&format!("day-{}", i + 1)),
            cells: form.hours[i]
                .iter()
                .enumerate()
                .flat_map(|(span, (opens, closes))| {
                    let part = tr.t(["appdir-morning", "appdir-afternoon"][span]);
                    let day = tr.t(&format!("day-{}", i + 1));
                    let suffix = if span == 0 { "" } else { "2" };
                    [("opens", opens), ("closes", closes)].map(|(k, v)| Cell {
                        name: format!("{k}{suffix}-{i}"),
                        value: v.clone(),
                        label: format!("{day}, {part}: {}", tr.t(&format!("appdir-{k}"))),
                        date: false,
                    })
                })
                .collect(),
            error: errors.get(&format!("hours-{i}")).cloned(),
        })
        .collect();
    let exceptions = form
        .exceptions
        .iter()
        .cloned()
        .chain(std::iter::repeat_n(Default::default(), BLANK_EXCEPTIONS))
        .enumerate()
        .map(|(row, values): (usize, [String; 4])| ExceptionRow {
            row,
            cells: EXCEPTION_PARTS
                .iter()
                .zip(values)
                .enumerate()
                .map(|(i, (part, value))| Cell {
                    name: format!("exc-{part}-{row}"),
                    value,
                    label: format!(
                        "{}: {}",
                        tr.t1("appdir-exception-row", "row", &(row + 1).to_string()),
                        tr.t(&format!("appdir-exception-{part}"))
                    ),
                    date: i < 2,
                })
                .collect(),
            error: errors.get(&format!("exception-{row}")).cloned(),
        })
        .collect();
    let mut translations = Vec::new();
    let mut verified = None;
    if let Some(id) = id
        && let Some(service) = model.snapshot.record(Kind::Service, id)
    {
        let service = &service;
        verified = Some(
            model
                .snapshot
                .verified
                .get(id)
                .copied()
                .flatten()
                .map_or_else(
                    || tr.t("appdir-not-verified"),
                    |at| {
                        tr.t1(
                            "appdir-verified-on",
                            "date",
                            &at.format("%Y-%m-%d").to_string(),
                        )
                    },
                ),
        );
        for l in state.target_langs() {
            let mut reviewed = true;
            let fields = ["name", "description"]
                .into_iter()
                .map(|field| {
                    let source = str_of(service, field).unwrap_or_default();
                    let existing = model.translation_from("service", id, field, l.as_str(), source);
                    let status = existing.as_ref().map_or("missing", |(_, s)| *s);
                    reviewed &= status == "reviewed";
                    TrField {
                        field,
                        label: tr.t(if field == "name" {
                            "appdir-name"
                        } else {
                            "appdir-description"
                        }),
                        source: str_of(service, field).unwrap_or_default().to_owned(),
                        text: existing.map(|(t, _)| t).unwrap_or_default(),
                        status: tr.t(&format!("appdir-tr-{status}")),
                    }
                })
                .collect();
            translations.push(TrBlock {
                lang: l.as_str(),
                language: Tr(l).t("language-name"),
                dir: l.direction().as_str(),
                reviewed,
                fields,
            });
        }
    }
    let title = if id.is_some() {
        "appdir-edit-title"
    } else {
        "appdir-new-title"
    };
    let app = app_chrome(state, lang, title, Some(&operator.user), csrf).await?;
    Ok(render_form(
        &EditPage {
            heading: if id.is_some() && !form.get("name").is_empty() {
                form.get("name").to_owned()
            } else {
                tr.t(title)
            },
            action: id.map_or_else(
                || "/app/directory/services/new".to_owned(),
                |id| format!("/app/directory/services/{id}"),
            ),
            id: id.map(str::to_owned),
            notice,
            verified,
            fields,
            categories,
            categories_error: errors.get("category").cloned(),
            hours,
            exceptions,
            translations,
            app,
        },
        !errors.is_empty(),
    ))
}

/// The form for a new service.
pub async fn new_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let mut form = ServiceForm::default();
    form.fields.insert("status", "active".to_owned());
    form.fields.insert("free", "no".to_owned());
    let owners = Owners::of(&state, &operator).await?;
    form.fields.insert(scope::FIELD, owners.default_value());
    let empty = BTreeMap::new();
    render_edit(
        &state,
        &operator,
        (&headers, &csrf),
        None,
        &form,
        &empty,
        None,
    )
    .await
}

/// One service's edit page.
pub async fn edit_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let what = (Kind::Service, id.as_str());
    let owner = authorize_record(&state, &operator, perm::DIRECTORY_EDIT, what).await?;
    let model = state.directory().await?;
    let service = model
        .snapshot
        .record(Kind::Service, &id)
        .ok_or(WebError::NotFound)?;
    let service = &service;
    let listing = model.of_service(&id).into_iter().next();
    let location = listing
        .and_then(|l| l.location_id.as_deref())
        .and_then(|l| model.snapshot.record(Kind::Location, l));
    let location = location.as_ref();
    let sal = listing.and_then(|l| model.snapshot.record(Kind::ServiceAtLocation, &l.sal_id));
    let sal = sal.as_ref();
    let schedules: Vec<ScheduleInput> = sal
        .and_then(|s| s.get("schedules"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| serde_json::from_value(s.clone()).ok())
        .collect();
    let organization = str_of(service, "organization_id")
        .and_then(|o| model.snapshot.record(Kind::Organization, o));
    let organization = organization.as_ref();
    let mut form = ServiceForm::of(service, organization, location, &schedules);
    form.fields.insert(scope::FIELD, Owners::value(owner));
    let tr = Tr(app_lang(&headers, Some(&operator.user)));
    let notice = q
        .saved
        .map(|_| tr.t("appdir-saved"))
        .or(q.verified.map(|_| tr.t("appdir-verified-now")))
        .or(q.translated.map(|_| tr.t("appdir-translation-saved")));
    let empty = BTreeMap::new();
    render_edit(
        &state,
        &operator,
        (&headers, &csrf),
        Some(&id),
        &form,
        &empty,
        notice,
    )
    .await
}

/// Saves a checked form into the service's HSDS records, with its audit
/// entry: the building of the records is the store's.
async fn save(
    state: &AppState,
    (id, owner): (Option<&str>, Option<uuid::Uuid>),
    form: &ServiceForm,
    checked: Checked,
    event: impl FnOnce(&str) -> AuditEvent,
) -> WebResult<String> {
    let edit = ServiceEdit {
        name: form.get("name"),
        status: form.get("status"),
        description: form.get("description"),
        email: form.get("email"),
        url: form.get("url"),
        phone: form.get("phone"),
        organization: form.get("organization"),
        languages: &checked.languages,
        documents: form.get("documents"),
        free: form.get("free") == "yes",
        categories: &form.categories,
        place: (checked.point, checked.municipality.as_deref()),
        address: (
            form.get("address"),
            form.get("postal_code"),
            form.get("city"),
        ),
        schedules: &checked.schedules,
    };
    let saved = state
        .store()
        .save_service((id, owner), &edit, |saved| Trail::new(event(saved)))
        .await?
        .ok_or(WebError::NotFound)?;
    state.directory_changed();
    Ok(saved)
}

/// The trail of a change to service `id`.
fn trail(operator: &Operator, headers: &HeaderMap, action: &str, id: &str) -> Trail {
    Trail::new(acted(
        operator,
        headers,
        AuditEvent::new(action, "service", Some(id.to_owned())),
    ))
}

/// Creates a service.
pub async fn create(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    submit(&state, &operator, (&headers, &csrf), None, &body).await
}

/// Saves a service.
pub async fn update(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    submit(&state, &operator, (&headers, &csrf), Some(&id), &body).await
}

/// Checks the posted form and saves the service (`id`: an existing one), or
/// shows the form again with every error.
async fn submit(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Option<&str>,
    body: &[u8],
) -> WebResult<Response> {
    authorize(state, operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let current = match id {
        Some(id) => Some(
            authorize_record(state, operator, perm::DIRECTORY_EDIT, (Kind::Service, id)).await?,
        ),
        None => None,
    };
    let tr = Tr(app_lang(headers, Some(&operator.user)));
    let form = ServiceForm::parse(body);
    // The owner given must be one this editor may give records to.
    let owner = Owners::of(state, operator)
        .await?
        .chosen(form.fields.get(scope::FIELD).map(String::as_str), current);
    let checked = match (check(&form, tr), owner) {
        (Ok(checked), Some(_)) => Ok(checked),
        (checked, owner) => {
            let mut errors = checked.err().unwrap_or_default();
            if owner.is_none() {
                errors.insert(scope::FIELD.to_owned(), tr.t("scope-owner-invalid"));
            }
            Err(errors)
        }
    };
    match checked {
        Ok(checked) => {
            let owner = owner.flatten();
            let action = if id.is_some() {
                "directory.service.update"
            } else {
                "directory.service.create"
            };
            let event = |saved: &str| {
                let event = AuditEvent::new(action, "service", Some(saved.to_owned()));
                acted(operator, headers, event)
            };
            let saved = save(state, (id, owner), &form, checked, event).await?;
            Ok(Redirect::to(&format!("/app/directory/services/{saved}?saved=1")).into_response())
        }
        Err(errors) => {
            render_edit(state, operator, (headers, csrf), id, &form, &errors, None).await
        }
    }
}

/// Marks a service as checked today.
pub async fn verify(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let what = (Kind::Service, id.as_str());
    authorize_record(&state, &operator, perm::DIRECTORY_EDIT, what).await?;
    let done = trail(&operator, &headers, "directory.service.verify", &id);
    if !state
        .store()
        .verify_service(&id, operator.user.id, &done)
        .await?
    {
        return Err(WebError::NotFound);
    }
    state.directory_changed();
    Ok(Redirect::to(&format!("/app/directory/services/{id}?verified=1")).into_response())
}

/// Saves one language's translation of a service's name and description.
pub async fn translate(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> WebResult<Response> {
    // Translators and editors both may translate, within their scope.
    let what = (Kind::Service, id.as_str());
    match authorize_record(&state, &operator, perm::GUIDES_TRANSLATE, what).await {
        Ok(_) => {}
        Err(WebError::NotFound) => return Err(WebError::NotFound),
        Err(_) => {
            authorize_record(&state, &operator, perm::DIRECTORY_EDIT, what).await?;
        }
    }
    let mut lang = None;
    let mut texts = Vec::new();
    let mut reviewed = false;
    for (k, v) in crate::form::Posted::parse(&body).pairs() {
        match k {
            "lang" => lang = Lang::from_url_segment(v).filter(|l| state.target_langs().contains(l)),
            "name" | "description" if !v.trim().is_empty() => {
                texts.push((k.to_owned(), v.trim().to_owned()));
            }
            "reviewed" => reviewed = true,
            _ => {}
        }
    }
    let lang = lang.ok_or(WebError::NotFound)?;
    let translations: Vec<Translation> = texts
        .into_iter()
        .map(|(field, text)| Translation {
            entity: "service".to_owned(),
            id: id.clone(),
            field,
            lang: lang.as_str().to_owned(),
            text,
            status: if reviewed { "reviewed" } else { "machine" }.to_owned(),
        })
        .collect();
    let done = trail(&operator, &headers, "directory.service.translate", &id);
    state
        .store()
        .write_directory(&Records::default(), &translations, &done)
        .await?;
    state.directory_changed();
    Ok(Redirect::to(&format!(
        "/app/directory/services/{id}?translated=1#tr-{lang}"
    ))
    .into_response())
}
