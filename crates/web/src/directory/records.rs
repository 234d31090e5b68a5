//! Editors' pages for the directory's organizations and locations
//! (`/app/directory/organizations…`, `/app/directory/locations/{id}`): each
//! with its own form, checked field by field, linked to the services and
//! places it has. Also the checks the service form shares with them.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::{Target, perm};
use crocevia_store::act::Trail;
use crocevia_store::directory::hsds::{Kind, Records};
use crocevia_store::identity::audit::AuditEvent;
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crate::security::CsrfToken;
use crocevia_store::directory::edit::{
    LocationEdit, OrganizationEdit, location_record, organization_record,
};
pub(super) use crocevia_store::directory::edit::{first_of, new_id, str_of};

use super::checks::{Errors, value};
use super::checks::{check_contacts, check_languages, check_place};
use super::record_views::Links;
use super::record_views::{fields, location_form, location_lists, org_form, org_lists};
use super::scope::{self, Owners, authorize_record};
use crocevia_store::directory::owners::Owner;

/// A posted form: trimmed values by name (the last one wins).
fn parse_form(body: &[u8]) -> BTreeMap<String, String> {
    crate::form::Posted::parse(body).values()
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
pub async fn organizations(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
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
    ctx: Ctx,
    Path(id): Path<String>,
    uri: axum::http::Uri,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = (Kind::Organization, id.as_str());
    stored_form(&state, &operator, (&headers, &csrf), what, uri.query()).await
}

/// The form of a new organization.
pub async fn new_organization_form(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
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
    ctx: Ctx,
    Path(id): Path<String>,
    uri: axum::http::Uri,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = (Kind::Location, id.as_str());
    stored_form(&state, &operator, (&headers, &csrf), what, uri.query()).await
}

/// The form of a new location of an organization.
pub async fn new_location_form(ctx: Ctx, Path(org): Path<String>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
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
pub async fn create_organization(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = Submit {
        kind: Kind::Organization,
        id: None,
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Saves an organization.
pub async fn update_organization(
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = Submit {
        kind: Kind::Organization,
        id: Some(&id),
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Creates a location of an organization.
pub async fn create_location(
    ctx: Ctx,
    Path(org): Path<String>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = Submit {
        kind: Kind::Location,
        id: None,
        parent: Some(&org),
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}

/// Saves a location.
pub async fn update_location(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let what = Submit {
        kind: Kind::Location,
        id: Some(&id),
        parent: None,
    };
    submit(&state, &operator, (&headers, &csrf), what, &body).await
}
