//! Data-subject rights on a person's record (`/app/desk/people/{id}/rights`,
//! permission `desk.subject_rights`): the export of everything about them
//! (JSON here, the readable PDF in [`super::person_pdf`]) with who accessed
//! and who received their data, rectification (the record's edit form), and
//! erasure that cascades to every table and file, leaving only anonymous
//! activity; and the retention dry run.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::Lang;
use crocevia_domain::identity::perm;
use crocevia_store::desk::Person;
use crocevia_store::desk::sharing::RecipientInput;
use crocevia_store::identity::access::Agency;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{audit, cipher, full_name, person_owned};
use crate::AppState;
use crate::error::{WebError, WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, authorize};
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
    langs: Vec<(String, String)>,
    lang: String,
    error: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct RightsQuery {
    error: Option<String>,
    pub(super) lang: Option<String>,
}

/// The rights page of a person: export, rectification, erasure.
pub(super) async fn page(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
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
    let app = app_chrome(&state, lang, "rights-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&RightsPage {
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
            .collect(),
        lang: person_lang(&person, query.lang.as_deref())
            .as_str()
            .to_owned(),
        error: query.error.is_some(),
    }))
}

/// One line of the access log in an export.
#[derive(Debug, Serialize)]
struct AccessLine {
    at: String,
    who: String,
    agency: String,
    action: String,
}

/// Everything about a person, as exported.
pub(super) async fn everything(state: &AppState, person: &Person) -> WebResult<serde_json::Value> {
    let store = state.store();
    let cipher = cipher(state);
    let agencies = store.agencies().await?;
    let agency_name = |id: Uuid| {
        agencies
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let p = &person.input;
    let visits: Vec<_> = store
        .visits_of(person.id, 100_000)
        .await?
        .into_iter()
        .map(|v| {
            json!({
                "at": v.at,
                "desk": agency_name(v.agency_id),
                "channel": v.input.channel.as_str(),
                "language": v.input.lang,
                "mediator": v.input.mediator,
                "reasons": v.input.reasons,
                "outcomes": v.input.outcomes.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
                "guide": v.input.guide_slug,
            })
        })
        .collect();
    let mut cases = Vec::new();
    for c in store.cases_of(person.id, &cipher).await? {
        let assessments: Vec<_> = store
            .assessments(c.id, &cipher)
            .await?
            .into_values()
            .map(|a| {
                json!({"dimension": a.dimension.as_str(), "need": a.level.as_str(), "notes": a.notes, "at": a.at})
            })
            .collect();
        let notes: Vec<_> = store
            .notes(c.id, |_| true, &cipher)
            .await?
            .into_iter()
            .map(|n| json!({"class": n.class.as_str(), "at": n.at, "text": n.body}))
            .collect();
        let plan: Vec<_> = store
            .tasks_of(c.id, &cipher)
            .await?
            .into_iter()
            .map(|t| {
                json!({"kind": t.input.kind.as_str(), "title": t.input.title, "due": t.input.due, "status": t.status.as_str()})
            })
            .collect();
        let documents: Vec<_> = store
            .documents(c.id)
            .await?
            .into_iter()
            .map(|d| json!({"name": d.name, "type": d.content_type, "size": d.size, "at": d.uploaded_at}))
            .collect();
        cases.push(json!({
            "opened_at": c.opened_at,
            "agency": agency_name(c.agency_id),
            "status": c.status.as_str(),
            "closing": c.closing.map(|(why, outcome)| json!({"reason": why, "outcome": outcome.as_str()})),
            "assessments": assessments,
            "notes": notes,
            "plan": plan,
            "documents": documents,
        }));
    }
    let bases: Vec<_> = store
        .legal_bases(person.id)
        .await?
        .into_iter()
        .map(|b| {
            json!({
                "recipient": match &b.input.recipient {
                    RecipientInput::Agency(a) => agency_name(*a),
                    RecipientInput::Kind(k) => k.as_str().to_owned(),
                },
                "purpose": b.input.purpose.as_str(),
                "basis": b.input.basis.as_str(),
                "special_categories": b.input.special,
                "from": b.input.given_on,
                "until": b.input.expires_on,
                "withdrawn_at": b.withdrawn_at,
            })
        })
        .collect();
    let referrals = store.referrals_of(person.id, &cipher).await?;
    let recipients: Vec<_> = referrals
        .iter()
        .map(|r| {
            json!({
                "agency": agency_name(r.to_agency_id),
                "at": r.created_at,
                "purpose": r.purpose.as_str(),
                "parts": r.parts.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
                "status": r.status.as_str(),
                "access_until": r.access_until,
            })
        })
        .collect();
    let appointments: Vec<_> = store
        .appointments(
            crocevia_store::desk::Calendar::Person(person.id),
            chrono::NaiveDate::MIN,
            chrono::NaiveDate::MAX,
            10_000, &cipher,
        )
        .await?
        .into_iter()
        .map(|a| json!({"starts": a.input.starts.to_string(), "purpose": a.input.purpose, "status": a.status.as_str()}))
        .collect();
    Ok(json!({
        "exported_at": Utc::now(),
        "controller": agency_name(person.agency_id),
        "person": {
            "given_name": p.given_name,
            "family_name": p.family_name,
            "latin_name": p.latin_name,
            "other_names": p.aliases,
            "birth": p.birth.map(|b| b.to_string()),
            "sex": p.sex,
            "citizenships": p.citizenships,
            "identifiers": p.identifiers.iter().map(|(k, v)| json!({"kind": k, "value": v})).collect::<Vec<_>>(),
            "languages": p.languages.iter().map(|(l, level)| json!({"language": l, "level": level})).collect::<Vec<_>>(),
            "permit": {"type": p.permit_type, "expiry": p.permit_expiry},
            "contacts": {"phone": p.phone, "email": p.email, "address": p.address},
            "special_categories": {
                "vulnerabilities": p.sensitive.vulnerabilities.iter().map(|v| v.as_str()).collect::<Vec<_>>(),
                "health": p.sensitive.health,
                "penal": p.sensitive.penal,
            },
            "registered_at": person.created_at,
        },
        "household": store.household(person.id).await?.into_iter().map(|(_, r)| r.as_str()).collect::<Vec<_>>(),
        "visits": visits,
        "cases": cases,
        "appointments": appointments,
        "legal_bases": bases,
        "recipients": recipients,
        "access_log": access_lines(state, person.id).await?,
    }))
}

/// Who read or changed the record, oldest first, by name and agency.
async fn access_lines(state: &AppState, person: Uuid) -> WebResult<Vec<AccessLine>> {
    let mut entries = state
        .store()
        .search_audit(
            &crocevia_store::identity::audit::AuditQuery {
                object_type: Some("person".to_owned()),
                object_id: Some(person.to_string()),
                ..Default::default()
            },
            100_000,
        )
        .await?;
    entries.reverse();
    let actor = |e: &crocevia_store::identity::audit::Model| {
        e.actor_user.as_deref().and_then(|u| u.parse::<Uuid>().ok())
    };
    // Each operator's name and (first) agency, read once.
    let names = super::lookup(entries.iter().filter_map(actor), |u| async move {
        let name = state
            .store()
            .user(u)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        let agency = state
            .store()
            .grants_of(u)
            .await?
            .first()
            .map(|g| g.agency.name.clone())
            .unwrap_or_default();
        Ok((name, agency))
    })
    .await?;
    let out = entries
        .iter()
        .map(|e| {
            let (who, agency) = actor(e)
                .and_then(|u| names.get(&u).cloned())
                .unwrap_or_default();
            AccessLine {
                at: e.at.chars().take(19).collect::<String>().replace('T', " "),
                who,
                agency,
                action: e.action.clone(),
            }
        })
        .collect();
    Ok(out)
}

/// `GET …/export.json`: everything about the person.
pub(super) async fn export_json(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
) -> WebResult<Response> {
    let (person, _) = subject_record(&state, &operator, id).await?;
    let data = everything(&state, &person).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.rights.export",
        ("person", id),
    )
    .await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| WebError::Internal(e.into()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"dati-personali.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
pub(super) struct EraseForm {
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    request: String,
}

/// Erases the person: every row about them and their files, leaving only
/// anonymous activity; the audit log keeps that it happened (ids only).
pub(super) async fn erase(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    _csrf: CsrfToken,
    axum::Form(form): axum::Form<EraseForm>,
) -> WebResult<Response> {
    subject_record(&state, &operator, id).await?;
    let request: String = form.request.trim().chars().take(100).collect();
    if form.confirm != "on" || request.is_empty() {
        return Ok(
            Redirect::to(&format!("/app/desk/people/{id}/rights?error=1#erase")).into_response(),
        );
    }
    // The audit log is append-only and read by auditors: the request's
    // reference (free text, which may tell why the person asked) goes in as
    // a keyed fingerprint, which whoever holds the reference can match
    // (`request_fingerprint`) and nobody can read back.
    let fingerprint = request_fingerprint(&state, &request);
    let Some(erased) = state
        .store()
        .erase_person(id, |erased| {
            super::trail(
                &operator,
                &headers,
                "desk.rights.erase",
                ("person", id),
                Some(format!(
                    "request {fingerprint}: {} records, {} visits and {} cases kept as anonymous activity",
                    erased.people, erased.visits, erased.cases
                )),
            )
        })
        .await?
    else {
        return Err(WebError::NotFound);
    };
    tracing::info!(people = erased.people, "person erased");
    Ok(Redirect::to("/app/desk?erased=1").into_response())
}

#[derive(Template)]
#[template(path = "app_desk_retention.html")]
struct RetentionPage {
    app: AppChrome,
    /// (rule, what the next run erases).
    rows: Vec<(String, String)>,
}

/// `GET /app/desk/retention`: the retention rules and what the next daily
/// run would erase (dry run), for those who audit.
pub(super) async fn retention(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    csrf: CsrfToken,
) -> WebResult<Response> {
    authorize(
        &state,
        &operator,
        perm::AUDIT_READ,
        &crocevia_domain::identity::Target::Listing,
    )
    .await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(&state, lang, "retention-title", Some(&operator.user), &csrf).await?;
    let rules = state.settings().retention;
    let report = state.store().retention_report(&rules, Utc::now()).await?;
    let n = |v: usize| v.to_string();
    let rows = vec![
        (
            tr.t1(
                "retention-people",
                "years",
                &rules.inactive_person_years.to_string(),
            ),
            n(report.people.len()),
        ),
        (
            tr.t1(
                "retention-cases",
                "years",
                &rules.closed_case_years.to_string(),
            ),
            n(report.cases.len()),
        ),
        (
            tr.t1(
                "retention-referrals",
                "years",
                &rules.closed_referral_years.to_string(),
            ),
            n(report.referrals.len()),
        ),
        (
            tr.t1(
                "retention-notifications",
                "days",
                &rules.notification_days.to_string(),
            ),
            report.notifications.to_string(),
        ),
    ];
    Ok(render_html(&RetentionPage { app, rows }))
}

/// The keyed fingerprint of an erasure request's reference written to the
/// audit log (`ref:` and 16 characters of an HMAC-SHA256 under the field
/// key, separated from its other uses by a label).
pub(crate) fn request_fingerprint(state: &AppState, reference: &str) -> String {
    let mac = crate::security::sign(
        state.settings().field_key.expose(),
        &format!("crocevia.erasure-request.v1:{}", reference.trim()),
    );
    format!("ref:{}", mac.chars().take(16).collect::<String>())
}
