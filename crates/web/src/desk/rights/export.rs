//! The export of everything about a person (JSON; the readable PDF is in
//! [`crate::desk::person_pdf`]) with who accessed and who received their data.

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use crocevia_store::desk::Person;
use crocevia_store::desk::sharing::RecipientInput;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::subject_record;
use crate::AppState;
use crate::context::Ctx;
use crate::desk::{audit, cipher};
use crate::error::{WebError, WebResult};

/// One line of the access log in an export.
#[derive(Debug, Serialize)]
struct AccessLine {
    at: String,
    who: String,
    agency: String,
    action: String,
}

/// Everything about a person, as exported.
pub(crate) async fn everything(state: &AppState, person: &Person) -> WebResult<serde_json::Value> {
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
    let names = crate::desk::lookup(entries.iter().filter_map(actor), |u| async move {
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
pub(crate) async fn export_json(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
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
