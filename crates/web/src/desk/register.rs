//! Registering a person: the form (names as written, Latin transliteration,
//! partial date of birth, identifiers checked, permit, contacts, languages,
//! and the special-category facts for the professions that see them), with
//! the likely duplicates proposed before a new record is written.

use std::collections::BTreeMap;

use super::labels::language_choices;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::desk::{LanguageLevel, MatchReason, Sex, Vulnerability};
use crocevia_domain::identity::perm;
use crocevia_store::desk::Sensitive;
use serde::Deserialize;

use super::people::{Comparable, LIKELY, PersonRow, find, parse_query, row};
use super::person_form::{HINTED, PERMIT_TYPES, PersonForm, TEXT_FIELDS, identifier_field};
use super::{
    acting_agency, audit, choices, cipher, person_owned, readable_agencies, sees_vulnerabilities,
    trail,
};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::Check;
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang};
use crate::security::CsrfToken;

#[derive(Template)]
#[template(path = "app_desk_person_form.html")]
struct PersonFormPage {
    app: AppChrome,
    /// Where the form posts: registration, or the person being edited.
    action: String,
    /// Editing a registered person.
    editing: bool,
    fields: Vec<Field>,
    /// Likely the same person: proposed before registering.
    duplicates: Vec<PersonRow>,
    /// Submitted values to resend with "register anyway".
    hidden: Vec<(String, String)>,
    vulnerabilities: Vec<Check>,
}

fn fields(tr: Tr, form: &PersonForm, errors: &BTreeMap<String, String>) -> Vec<Field> {
    let choice = |prefix: &str, values: &[&str]| choices(tr, prefix, values.iter().copied());
    let sexes: Vec<&str> = Sex::ALL.iter().map(|s| s.as_str()).collect();
    let levels: Vec<&str> = LanguageLevel::ALL.iter().map(|l| l.as_str()).collect();
    let langs = language_choices(tr.0);
    let mut out = Vec::new();
    for name in TEXT_FIELDS {
        let opts = match name {
            "sex" => choice("desk-sex", &sexes),
            "permit_type" => choice("desk-permit", &PERMIT_TYPES),
            "level1" | "level2" => choice("desk-level", &levels),
            "lang1" | "lang2" => langs.clone(),
            _ => Vec::new(),
        };
        let mut f = Field::new(
            name,
            tr.t(&format!("desk-field-{}", name.replace('_', "-"))),
            form.get(name),
            opts,
            errors,
        );
        if name == "address" {
            f = f.multiline();
        }
        if HINTED.contains(&name) {
            f = f.hint(tr.t(&format!("desk-hint-{}", name.replace('_', "-"))));
        }
        if name == "permit_expiry" {
            f = f.date();
        }
        out.push(f);
    }
    out
}

fn vulnerability_choices(tr: Tr, form: &PersonForm) -> Vec<Check> {
    Vulnerability::ALL
        .iter()
        .map(|v| {
            Check::new(
                v.as_str(),
                tr.t(&format!("desk-vulnerability-{}", v.as_str())),
                form.vulnerabilities.iter().any(|x| x == v.as_str()),
            )
        })
        .collect()
}

async fn render_person_form(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    form: &PersonForm,
    errors: &BTreeMap<String, String>,
    duplicates: Vec<PersonRow>,
) -> WebResult<Response> {
    render_form_for(
        state,
        operator,
        (headers, csrf),
        None,
        form,
        errors,
        duplicates,
    )
    .await
}

/// The person form: registering (`editing` none) or editing a person.
async fn render_form_for(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    editing: Option<uuid::Uuid>,
    form: &PersonForm,
    errors: &BTreeMap<String, String>,
    duplicates: Vec<PersonRow>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let title = if editing.is_some() {
        "desk-edit-title"
    } else {
        "desk-register-title"
    };
    let app = app_chrome(state, lang, title, Some(&operator.user), csrf).await?;
    let hidden = if duplicates.is_empty() {
        Vec::new()
    } else {
        form.values
            .iter()
            .filter(|(k, _)| k.as_str() != "csrf_token" && k.as_str() != "confirm")
            .map(|(k, v)| (k.clone(), v.clone()))
            .chain(
                form.vulnerabilities
                    .iter()
                    .map(|v| ("vulnerability".to_owned(), v.clone())),
            )
            .collect()
    };
    let vulnerabilities = if sees_vulnerabilities(operator.user.profession) {
        vulnerability_choices(tr, form)
    } else {
        Vec::new()
    };
    let page = PersonFormPage {
        app,
        action: editing.map_or_else(
            || "/app/desk/people".to_owned(),
            |id| format!("/app/desk/people/{id}"),
        ),
        editing: editing.is_some(),
        fields: fields(tr, form, errors),
        duplicates,
        hidden,
        vulnerabilities,
    };
    Ok(render_form(&page, !errors.is_empty()))
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Prefill {
    #[serde(default)]
    q: String,
}

/// The registration form, prefilled from what was searched.
pub(super) async fn new_form(ctx: Ctx, Query(prefill): Query<Prefill>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    acting_agency(&state, &operator, perm::DESK_PERSON_WRITE).await?;
    let parsed = parse_query(&prefill.q);
    let mut form = PersonForm::default();
    let mut words = parsed.names.split_whitespace();
    if let Some(first) = words.next() {
        form.values.insert("given_name".into(), first.to_owned());
        form.values
            .insert("family_name".into(), words.collect::<Vec<_>>().join(" "));
    }
    if let Some(b) = parsed.birth {
        form.values.insert("birth".into(), b.to_string());
    }
    render_person_form(
        &state,
        &operator,
        (&headers, &csrf),
        &form,
        &BTreeMap::new(),
        Vec::new(),
    )
    .await
}

/// Registers a person; proposes the likely duplicates first (unless the
/// operator confirmed none of them is the person).
pub(super) async fn create(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let agency = acting_agency(&state, &operator, perm::DESK_PERSON_WRITE).await?;
    let tr = Tr(lang);
    let form = PersonForm::parse(&body);
    let sensitive = if sees_vulnerabilities(operator.user.profession) {
        form.sensitive()
    } else {
        Sensitive::default()
    };
    let input = match form.check(tr, sensitive) {
        Ok(input) => input,
        Err(errors) => {
            return render_person_form(
                &state,
                &operator,
                (&headers, &csrf),
                &form,
                &errors,
                Vec::new(),
            )
            .await;
        }
    };
    let agencies = readable_agencies(&state, &operator, perm::DESK_PERSON_READ).await?;
    let comparable = Comparable::of(&input);
    let found = find(&state, &agencies, &comparable.likeness(&input), 10).await?;
    // The same identifier is never registered twice.
    if let Some((p, _, _)) = found
        .iter()
        .find(|(_, _, r)| r.contains(&MatchReason::SameIdentifier))
    {
        let mut errors = BTreeMap::new();
        for (kind, _) in &input.identifiers {
            errors.insert(
                identifier_field(kind).to_owned(),
                tr.t("desk-error-identifier-taken"),
            );
        }
        let rows = vec![row(tr, p, &[MatchReason::SameIdentifier], 1.0)];
        return render_person_form(&state, &operator, (&headers, &csrf), &form, &errors, rows)
            .await;
    }
    let likely: Vec<PersonRow> = found
        .iter()
        .filter(|(_, s, _)| *s >= LIKELY)
        .map(|(p, s, r)| row(tr, p, r, *s))
        .collect();
    if !likely.is_empty() && form.get("confirm") != "new" {
        return render_person_form(
            &state,
            &operator,
            (&headers, &csrf),
            &form,
            &BTreeMap::new(),
            likely,
        )
        .await;
    }
    let id = state
        .store()
        .register_person(agency.id, &input, &cipher(&state), operator.user.id, |id| {
            trail(
                &operator,
                &headers,
                "desk.person.create",
                ("person", id),
                None,
            )
        })
        .await?;
    Ok(Redirect::to(&format!("/app/desk/people/{id}?registered=1")).into_response())
}

/// The form to edit a registered person, filled with what is recorded.
pub(super) async fn edit_form(ctx: Ctx, Path(id): Path<uuid::Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.person.read",
        ("person", id),
    )
    .await?;
    let mut form = PersonForm::of(&person.input, lang);
    if !sees_vulnerabilities(operator.user.profession) {
        form.vulnerabilities.clear();
    }
    render_form_for(
        &state,
        &operator,
        (&headers, &csrf),
        Some(id),
        &form,
        &BTreeMap::new(),
        Vec::new(),
    )
    .await
}

/// Saves an edited person. An identifier another record holds is refused on
/// its field; special-category facts change only for the professions that
/// see them, and health and penal facts (not on this form) are kept.
pub(super) async fn update(
    ctx: Ctx,
    Path(id): Path<uuid::Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    let tr = Tr(lang);
    let form = PersonForm::parse(&body);
    let mut sensitive = person.input.sensitive.clone();
    if sees_vulnerabilities(operator.user.profession) {
        sensitive.vulnerabilities = form.sensitive().vulnerabilities;
    }
    let mut errors = BTreeMap::new();
    match form.check(tr, sensitive) {
        Ok(input) => {
            let agencies = readable_agencies(&state, &operator, perm::DESK_PERSON_READ).await?;
            let mut taken = Vec::new();
            if !input.identifiers.is_empty() {
                for p in state
                    .store()
                    .person_candidates(
                        &agencies,
                        &[],
                        &input
                            .identifiers
                            .iter()
                            .map(|(_, v)| v.clone())
                            .collect::<Vec<_>>(),
                        (crocevia_store::desk::NameLookup::Pairs, 20),
                        // By identifier only (no names are given).
                        &|_| false,
                        &cipher(&state),
                    )
                    .await?
                    .into_iter()
                    .filter(|p| p.id != id)
                {
                    taken.extend(p.input.identifiers);
                }
            }
            for (kind, value) in &input.identifiers {
                if taken.iter().any(|(_, v)| v == value) {
                    errors.insert(
                        identifier_field(kind).to_owned(),
                        tr.t("desk-error-identifier-taken"),
                    );
                }
            }
            if errors.is_empty() {
                let done = trail(
                    &operator,
                    &headers,
                    "desk.person.update",
                    ("person", id),
                    None,
                );
                state
                    .store()
                    .update_person(id, &input, &cipher(&state), &done)
                    .await?;
                return Ok(
                    Redirect::to(&format!("/app/desk/people/{id}?updated=1")).into_response()
                );
            }
        }
        Err(e) => errors = e,
    }
    render_form_for(
        &state,
        &operator,
        (&headers, &csrf),
        Some(id),
        &form,
        &errors,
        Vec::new(),
    )
    .await
}
