//! Data-subject rights on a person's record (`/app/desk/people/{id}/rights`,
//! permission `desk.subject_rights`): the export of everything about them
//! (JSON here, the readable PDF in [`super::person_pdf`]) with who accessed
//! and who received their data, rectification (the record's edit form), and
//! erasure that cascades to every table and file, leaving only anonymous
//! activity; and the retention dry run.

mod erase;
mod export;

pub(super) use erase::{erase, retention};
pub(super) use export::{everything, export_json};

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::Response;
use crocevia_domain::Lang;
use crocevia_domain::identity::perm;
use crocevia_store::desk::Person;
use crocevia_store::identity::access::Agency;
use serde::Deserialize;
use uuid::Uuid;

use super::{audit, full_name, person_owned};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::Choice;
use crate::form::Posted;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang};
use crate::security::CsrfToken;

/// A person of the operator's scope for subject rights, not merged away.
pub(super) async fn subject_record(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
) -> WebResult<(Person, Agency)> {
    // Not through break-glass: rights are exercised by the owning agency.
    person_owned(state, operator, id, perm::DESK_SUBJECT_RIGHTS).await
}

/// The language of the person's documents besides Italian: the one asked,
/// else the first they speak that the documents are written in, else English.
pub(super) fn person_lang(person: &Person, asked: Option<&str>) -> Lang {
    asked
        .and_then(|l| Lang::from_tag(l).ok())
        .or_else(|| {
            person
                .input
                .languages
                .iter()
                .find_map(|(l, _)| Lang::from_tag(l).ok())
        })
        .unwrap_or(Lang::En)
}

#[derive(Template)]
#[template(path = "app_desk_rights.html")]
struct RightsPage {
    app: AppChrome,
    person_id: Uuid,
    name: String,
    /// (code, name) of the languages of the PDF.
    langs: Vec<Choice>,
    lang: String,
    error: bool,
    /// A refused erasure as typed (the request's reference).
    kept: Posted,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct RightsQuery {
    error: Option<String>,
    pub(super) lang: Option<String>,
}

/// The rights page of a person: export, rectification, erasure.
pub(super) async fn page(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_rights((&state, &operator), (&headers, &csrf), id, &query, None).await
}

/// The rights page; with `kept`, a refused erasure as typed (422).
pub(super) async fn render_rights(
    (state, operator): (&AppState, &Operator),
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Uuid,
    query: &RightsQuery,
    kept: Option<Posted>,
) -> WebResult<Response> {
    let (state, operator, headers) = (state.clone(), operator.clone(), headers.clone());
    let (person, _) = subject_record(&state, &operator, id).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.rights.read",
        ("person", id),
    )
    .await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let app = app_chrome(&state, lang, "rights-title", Some(&operator.user), csrf).await?;
    let page = RightsPage {
        app,
        person_id: id,
        name: full_name(&person),
        langs: Lang::ALL
            .iter()
            .filter(|l| **l != Lang::It)
            .map(|l| {
                let code = l.as_str();
                let name = crocevia_domain::desk::labels::languages()
                    .iter()
                    .find(|l| l.code == code || code.starts_with(&format!("{}-", l.code)))
                    .map_or(code, |l| l.own);
                (code.to_owned(), name.to_owned())
            })
            .map(Choice::from)
            .collect(),
        lang: person_lang(&person, query.lang.as_deref())
            .as_str()
            .to_owned(),
        error: query.error.is_some() || kept.is_some(),
        kept: kept.clone().unwrap_or_default(),
    };
    Ok(render_form(&page, kept.is_some()))
}
