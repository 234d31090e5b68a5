//! Editors' pages for the directory's organizations and locations
//! (`/app/directory/organizations…`, `/app/directory/locations/{id}`): each
//! with its own form, checked field by field, linked to the services and
//! places it has. Also the checks the service form shares with them.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::directory::{Point, valid_language_code, valid_phone};
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::territories::{fold_name, territories};
use crocevia_store::act::Trail;
use crocevia_store::directory::hsds::{Kind, Records};
use crocevia_store::directory::read::ReadModel;
use crocevia_store::identity::audit::AuditEvent;
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;
use crocevia_store::directory::edit::{
    LocationEdit, OrganizationEdit, location_record, organization_record,
};
pub(super) use crocevia_store::directory::edit::{all_of, first_of, new_id, str_of};

use super::scope::{self, Owners, authorize_record};
use crocevia_store::directory::owners::Owner;

/// Errors by field name.
pub(super) type Errors = BTreeMap<String, String>;

/// A posted form: trimmed values by name (the last one wins).
fn parse_form(body: &[u8]) -> BTreeMap<String, String> {
    crate::form::Posted::parse(body).values()
}

fn value<'a>(form: &'a BTreeMap<String, String>, k: &str) -> &'a str {
    form.get(k).map_or("", String::as_str)
}

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

struct OrgRow {
    id: String,
    name: String,
    services: usize,
    locations: usize,
}

#[derive(Template)]
#[template(path = "app_organizations.html")]
struct OrgListPage {
    app: AppChrome,
    rows: Vec<OrgRow>,
}

/// A list of links on a record's page.
pub(crate) struct Links {
    pub(crate) title: String,
    pub(crate) links: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "app_record.html")]
pub(crate) struct RecordPage {
    pub(crate) app: AppChrome,
    pub(crate) back: (String, String),
    pub(crate) heading: String,
    pub(crate) notice: Option<String>,
    pub(crate) action: String,
    pub(crate) submit: String,
    pub(crate) fields: Vec<Field>,
    pub(crate) lists: Vec<Links>,
    pub(crate) add: Option<(String, String)>,
}

/// The organizations, by name.
pub async fn organizations(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let model = state.directory().await?;
    let snapshot = &model.snapshot;
    // Only the organizations this editor may change.
    let owners = Owners::of(&state, &operator).await?;
    let owned = state.store().directory_owners(Kind::Organization).await?;
    let mut rows: Vec<OrgRow> = snapshot
        .ids(Kind::Organization)
        .into_iter()
        .filter(|id| owners.covers(owned.get(id).copied()))
        .map(|id| OrgRow {
            name: snapshot
                .record(Kind::Organization, &id)
                .and_then(|o| str_of(&o, "name").map(str::to_owned))
                .unwrap_or_default(),
            services: snapshot
                .services_by_organization
                .get(&id)
                .map_or(0, Vec::len),
            locations: snapshot
                .locations_by_organization
                .get(&id)
                .map_or(0, Vec::len),
            id,
        })
        .collect();
    rows.sort_by_cached_key(|r| (r.name.to_lowercase(), r.id.clone()));
    let app = app_chrome(&state, lang, "apporg-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&OrgListPage { app, rows }))
}

const ORG_FIELDS: [&str; 5] = ["name", "description", "email", "url", "phone"];
const LOCATION_FIELDS: [&str; 8] = [
    "name",
    "address",
    "city",
    "postal_code",
    "latitude",
    "longitude",
    "languages",
    "accessibility",
];

fn labels(tr: Tr, kind: Kind, k: &str) -> String {
    match (kind, k) {
        (Kind::Organization, "name") => tr.t("apporg-name"),
        (Kind::Organization, "description") => tr.t("apporg-description"),
        (Kind::Location, "name") => tr.t("apploc-name"),
        (Kind::Location, "accessibility") => tr.t("apploc-accessibility"),
        _ => tr.t(&format!("appdir-{}", k.replace('_', "-"))),
    }
}

fn fields(tr: Tr, kind: Kind, form: &BTreeMap<String, String>, errors: &Errors) -> Vec<Field> {
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
fn org_form(org: &Map<String, Value>) -> BTreeMap<String, String> {
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
fn location_form(l: &Map<String, Value>) -> BTreeMap<String, String> {
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

fn location_label(l: &Map<String, Value>) -> String {
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
fn org_lists(model: &ReadModel, tr: Tr, id: &str) -> Vec<Links> {
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
fn location_lists(model: &ReadModel, tr: Tr, id: &str, org: Option<&str>) -> Vec<Links> {
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

/// Where a record's form goes and what it shows around the fields.
struct Page<'a> {
    kind: Kind,
    /// The stored record's id (`None`: a new one).
    id: Option<&'a str>,
    /// The organization of a new location.
    parent: Option<&'a str>,
    notice: Option<String>,
}

async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    page: Page<'_>,
    form: &BTreeMap<String, String>,
    errors: &Errors,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let model = state.directory().await?;
    let (title_key, heading, action, submit, lists, add, back) = match (page.kind, page.id) {
        (Kind::Organization, Some(id)) => (
            "apporg-edit-title",
            tr.t("apporg-edit-title"),
            format!("/app/directory/organizations/{id}"),
            tr.t("apporg-save"),
            org_lists(&model, tr, id),
            Some((
                format!("/app/directory/organizations/{id}/locations/new"),
                tr.t("apporg-add-location"),
            )),
            (
                "/app/directory/organizations".to_owned(),
                tr.t("apporg-back"),
            ),
        ),
        (Kind::Organization, None) => (
            "apporg-new-title",
            tr.t("apporg-new-title"),
            "/app/directory/organizations/new".to_owned(),
            tr.t("apporg-save"),
            Vec::new(),
            None,
            (
                "/app/directory/organizations".to_owned(),
                tr.t("apporg-back"),
            ),
        ),
        (_, id) => {
            let org = page.parent.map(str::to_owned).or_else(|| {
                id.and_then(|id| model.snapshot.record(Kind::Location, id))
                    .and_then(|l| str_of(&l, "organization_id").map(str::to_owned))
            });
            let back = org.as_deref().map_or_else(
                || ("/app/directory".to_owned(), tr.t("appdir-back")),
                |o| {
                    (
                        format!("/app/directory/organizations/{o}"),
                        tr.t("apploc-back"),
                    )
                },
            );
            match id {
                Some(id) => (
                    "apploc-edit-title",
                    tr.t("apploc-edit-title"),
                    format!("/app/directory/locations/{id}"),
                    tr.t("apploc-save"),
                    location_lists(&model, tr, id, org.as_deref()),
                    None,
                    back,
                ),
                None => (
                    "apploc-new-title",
                    tr.t("apploc-new-title"),
                    format!(
                        "/app/directory/organizations/{}/locations/new",
                        org.unwrap_or_default()
                    ),
                    tr.t("apploc-save"),
                    Vec::new(),
                    None,
                    back,
                ),
            }
        }
    };
    let app = app_chrome(state, lang, title_key, Some(&operator.user), csrf).await?;
    let mut fields = fields(tr, page.kind, form, errors);
    if page.kind == Kind::Organization {
        let owners = Owners::of(state, operator).await?;
        fields.insert(1, owners.field(tr, value(form, scope::FIELD), errors));
    }
    let template = RecordPage {
        app,
        back,
        heading,
        notice: page.notice,
        action,
        submit,
        fields,
        lists,
        add,
    };
    Ok(render_form(&template, !errors.is_empty()))
}

fn saved_notice(tr: Tr, kind: Kind, query: Option<&str>) -> Option<String> {
    query.filter(|q| q.contains("saved=1")).map(|_| {
        tr.t(if kind == Kind::Organization {
            "apporg-saved"
        } else {
            "apploc-saved"
        })
    })
}

/// A stored record's form (organization or location).
async fn stored_form(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    (kind, id): (Kind, &str),
    query: Option<&str>,
) -> WebResult<Response> {
    let owner = authorize_record(state, operator, perm::DIRECTORY_EDIT, (kind, id)).await?;
    let model = state.directory().await?;
    let record = model.snapshot.record(kind, id).ok_or(WebError::NotFound)?;
    let form = if kind == Kind::Organization {
        let mut form = org_form(&record);
        form.insert(scope::FIELD.to_owned(), Owners::value(owner));
        form
    } else {
        location_form(&record)
    };
    let tr = Tr(app_lang(headers, Some(&operator.user)));
    let page = Page {
        kind,
        id: Some(id),
        parent: None,
        notice: saved_notice(tr, kind, query),
    };
    render(
        state,
        operator,
        (headers, csrf),
        page,
        &form,
        &Errors::new(),
    )
    .await
}

/// A stored organization's form.
pub async fn organization_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    uri: axum::http::Uri,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let what = (Kind::Organization, id.as_str());
    stored_form(&state, &operator, (&headers, &csrf), what, uri.query()).await
}

/// The form of a new organization.
pub async fn new_organization_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let page = Page {
        kind: Kind::Organization,
        id: None,
        parent: None,
        notice: None,
    };
    let owners = Owners::of(&state, &operator).await?;
    let form = BTreeMap::from([(scope::FIELD.to_owned(), owners.default_value())]);
    render(
        &state,
        &operator,
        (&headers, &csrf),
        page,
        &form,
        &Errors::new(),
    )
    .await
}

/// A stored location's form.
pub async fn location_form_page(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    uri: axum::http::Uri,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let what = (Kind::Location, id.as_str());
    stored_form(&state, &operator, (&headers, &csrf), what, uri.query()).await
}

/// The form of a new location of an organization.
pub async fn new_location_form(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(org): Path<String>,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let parent = (Kind::Organization, org.as_str());
    authorize_record(&state, &operator, perm::DIRECTORY_EDIT, parent).await?;
    let page = Page {
        kind: Kind::Location,
        id: None,
        parent: Some(&org),
        notice: None,
    };
    render(
        &state,
        &operator,
        (&headers, &csrf),
        page,
        &BTreeMap::new(),
        &Errors::new(),
    )
    .await
}

/// Checks an organization's form and builds its record.
fn checked_organization(
    form: &BTreeMap<String, String>,
    org: Map<String, Value>,
    tr: Tr,
) -> Result<Map<String, Value>, Errors> {
    let mut errors = Errors::new();
    if value(form, "name").is_empty() {
        errors.insert("name".to_owned(), tr.t("appdir-error-required"));
    }
    let (phone, email, url) = (
        value(form, "phone"),
        value(form, "email"),
        value(form, "url"),
    );
    check_contacts((phone, email, url), tr, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(organization_record(
        org,
        &OrganizationEdit {
            name: value(form, "name"),
            description: value(form, "description"),
            email,
            url,
            phone,
        },
    ))
}

/// Checks a location's form and builds its record.
fn checked_location(
    form: &BTreeMap<String, String>,
    location: Map<String, Value>,
    tr: Tr,
) -> Result<Map<String, Value>, Errors> {
    let mut errors = Errors::new();
    if value(form, "city").is_empty() {
        errors.insert("city".to_owned(), tr.t("appdir-error-required"));
    }
    let place = check_place(
        (
            value(form, "city"),
            value(form, "latitude"),
            value(form, "longitude"),
        ),
        tr,
        &mut errors,
    );
    let languages = check_languages(value(form, "languages"), tr, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(location_record(
        location,
        &LocationEdit {
            name: value(form, "name"),
            place: (place.0, place.1.as_deref()),
            address: (
                value(form, "address"),
                value(form, "postal_code"),
                value(form, "city"),
            ),
            languages: &languages,
            accessibility: value(form, "accessibility"),
        },
    ))
}

/// What a posted record form saves.
struct Submit<'a> {
    kind: Kind,
    id: Option<&'a str>,
    parent: Option<&'a str>,
}

async fn submit(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    what: Submit<'_>,
    body: &[u8],
) -> WebResult<Response> {
    authorize(state, operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let store = state.store();
    // Within the editor's scope: the record's owner, a new location's
    // organization's.
    let current = match what.id {
        Some(id) => {
            Some(authorize_record(state, operator, perm::DIRECTORY_EDIT, (what.kind, id)).await?)
        }
        None => None,
    };
    if let Some(org) = what.parent {
        authorize_record(
            state,
            operator,
            perm::DIRECTORY_EDIT,
            (Kind::Organization, org),
        )
        .await?;
    }
    let stored = match what.id {
        Some(id) => Some(
            store
                .directory_record(what.kind, id)
                .await?
                .ok_or(WebError::NotFound)?,
        ),
        None => None,
    };
    let tr = Tr(app_lang(headers, Some(&operator.user)));
    let form = parse_form(body);
    let record = stored.unwrap_or_else(|| {
        let mut r = Map::new();
        r.insert("id".to_owned(), json!(new_id()));
        if what.kind == Kind::Location {
            r.insert("location_type".to_owned(), json!("physical"));
            r.insert("organization_id".to_owned(), json!(what.parent));
        }
        r
    });
    let mut owners = Vec::new();
    let checked = if what.kind == Kind::Organization {
        // The owner given must be one this editor may give records to.
        let owner = Owners::of(state, operator)
            .await?
            .chosen(form.get(scope::FIELD).map(String::as_str), current);
        let id = str_of(&record, "id").unwrap_or_default().to_owned();
        match (checked_organization(&form, record, tr), owner) {
            (Ok(org), Some(agency)) => {
                owners.push(Owner {
                    kind: Kind::Organization,
                    id,
                    agency,
                });
                Ok(org)
            }
            (checked, owner) => {
                let mut errors = checked.err().unwrap_or_default();
                if owner.is_none() {
                    errors.insert(scope::FIELD.to_owned(), tr.t("scope-owner-invalid"));
                }
                Err(errors)
            }
        }
    } else {
        checked_location(&form, record, tr)
    };
    let record = match checked {
        Ok(r) => r,
        Err(errors) => {
            let page = Page {
                kind: what.kind,
                id: what.id,
                parent: what.parent,
                notice: None,
            };
            return render(state, operator, (headers, csrf), page, &form, &errors).await;
        }
    };
    let id = str_of(&record, "id").unwrap_or_default().to_owned();
    let mut records = Records::default();
    let (entity, path) = if what.kind == Kind::Organization {
        records.organizations.push(record);
        ("organization", "organizations")
    } else {
        records.locations.push(record);
        ("location", "locations")
    };
    let action = format!(
        "directory.{entity}.{}",
        if what.id.is_some() {
            "update"
        } else {
            "create"
        }
    );
    let event = AuditEvent::new(&action, entity, Some(id.clone()));
    store
        .write_directory_owned(
            &records,
            &[],
            &owners,
            &Trail::new(acted(operator, headers, event)),
        )
        .await?;
    state.directory_changed();
    Ok(Redirect::to(&format!("/app/directory/{path}/{id}?saved=1")).into_response())
}

/// Creates an organization.
pub async fn create_organization(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    let what = Submit {
        kind: Kind::Organization,
        id: None,
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Saves an organization.
pub async fn update_organization(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    let what = Submit {
        kind: Kind::Organization,
        id: Some(&id),
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Creates a location of an organization.
pub async fn create_location(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(org): Path<String>,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    let what = Submit {
        kind: Kind::Location,
        id: None,
        parent: Some(&org),
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Saves a location.
pub async fn update_location(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<String>,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    let what = Submit {
        kind: Kind::Location,
        id: Some(&id),
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}
