//! Editors' pages of the services directory (`/app/directory/…`): the list
//! with services not checked for 12 months flagged, a form per service (with
//! its first location and weekly hours) validated field by field, the
//! "checked today" action, and translations side by side with the Italian.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::Lang;
use crocevia_domain::directory::hours::ScheduleInput;
use crocevia_domain::directory::taxonomy;
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::translation::TranslationStatus;
use crocevia_store::directory::Translation;
use crocevia_store::directory::edit::ServiceEdit;
use crocevia_store::directory::hsds::{Kind, Records};
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use serde_json::Value;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Check;
use crate::form::Choice;
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, acted, app_chrome, app_lang, authorize};
use crocevia_store::act::Trail;

use super::list::status_label;
use super::records::str_of;
use super::scope::{self, Owners, authorize_record};
use super::service_form::{
    BLANK_EXCEPTIONS, Checked, EXCEPTION_PARTS, ServiceForm, TEXT_FIELDS, check,
};
use crate::security::CsrfToken;

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
    categories: Vec<Check>,
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
    let statuses: Vec<Choice> = ["active", "temporarily closed", "inactive"]
        .iter()
        .map(|s| Choice::new(*s, status_label(tr, s)))
        .collect();
    let free = vec![
        Choice::new("yes", tr.t("appdir-free-yes")),
        Choice::new("no", tr.t("appdir-free-no")),
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
            Check::new(
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
                    let status = existing.as_ref().map_or("missing", |(_, s)| s.as_str());
                    reviewed &= status == TranslationStatus::Reviewed.as_str();
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
pub async fn new_form(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
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
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
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
    let tr = Tr(lang);
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
pub async fn create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    submit(&state, &operator, (&headers, &csrf), None, &body).await
}

/// Saves a service.
pub async fn update(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
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
pub async fn verify(ctx: Ctx, Path(id): Path<String>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
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
pub async fn translate(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
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
            status: TranslationStatus::stored(reviewed).to_owned(),
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
