//! Data-subject rights on a person's record (`/app/desk/people/{id}/rights`,
//! permission `desk.subject_rights`): the export of everything about them
//! (JSON, and a PDF in Italian and their language, with who accessed and who
//! received their data), rectification (the record's edit form), and erasure
//! that cascades to every table and file, leaving only anonymous activity.
//! Also the printable bilingual consent form of a recorded legal basis.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::Lang;
use crocevia_domain::desk::sharing::Basis;
use crocevia_domain::identity::perm;
use crocevia_store::desk::Person;
use crocevia_store::desk::sharing::RecipientInput;
use crocevia_store::identity::access::Agency;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{audit, cipher, full_name, person_record};
use crate::AppState;
use crate::error::{WebError, WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, authorize, owned_by};
use crate::security::CsrfToken;

/// The template of the person's documents.
const PERSON_DOC_TYP: &str = include_str!("../../templates/person_doc.typ");

/// A person of the operator's scope for subject rights, not merged away.
async fn subject_record(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
) -> WebResult<(Person, Agency)> {
    let (person, agency) = person_record(state, operator, id, perm::DESK_SUBJECT_RIGHTS).await?;
    // Not through break-glass: rights are exercised by the owning agency.
    authorize(
        state,
        operator,
        perm::DESK_SUBJECT_RIGHTS,
        &owned_by(&agency),
    )
    .await?;
    if person.merged_into.is_some() {
        return Err(WebError::NotFound);
    }
    Ok((person, agency))
}

/// The language of the person's documents besides Italian: the one asked,
/// else the first they speak that the documents are written in, else English.
fn person_lang(person: &Person, asked: Option<&str>) -> Lang {
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
    lang: Option<String>,
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
                let name = super::register::LANGUAGES
                    .iter()
                    .find(|(c, _)| *c == code || code.starts_with(&format!("{c}-")))
                    .map_or(code, |(_, n)| n);
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
async fn everything(state: &AppState, person: &Person) -> WebResult<serde_json::Value> {
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
    for c in store.cases_of(person.id).await? {
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
            .tasks_of(c.id)
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
            10_000,
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

/// A column of a person's document.
#[derive(Debug, Serialize)]
struct Column {
    lang: &'static str,
    typst_lang: &'static str,
    rtl: bool,
    fonts: Vec<&'static str>,
}

fn column(lang: Lang) -> Column {
    Column {
        lang: lang.as_str(),
        typst_lang: lang.as_str().split('-').next().unwrap_or("it"),
        rtl: lang.direction().as_str() == "rtl",
        fonts: crate::pdf::fonts_for(lang),
    }
}

/// A section of a person's document: a heading in each language, data lines.
#[derive(Debug, Serialize)]
struct DocSection {
    heading: Vec<String>,
    lines: Vec<String>,
}

#[derive(Debug, Serialize)]
struct PersonDoc {
    title: String,
    footer: String,
    columns: Vec<Column>,
    heading: Vec<String>,
    paragraphs: Vec<Vec<String>>,
    sections: Vec<DocSection>,
    none: Vec<String>,
    signatures: Vec<Vec<String>>,
}

/// The same message in each language.
fn both(langs: &[Lang], f: impl Fn(Tr) -> String) -> Vec<String> {
    langs.iter().map(|l| f(Tr(*l))).collect()
}

async fn pdf_response(doc: PersonDoc, filename: &str) -> WebResult<Response> {
    let bytes = tokio::task::spawn_blocking(move || {
        let json = serde_json::to_value(&doc).map_err(|e| crate::pdf::PdfError::new(&e))?;
        crate::pdf::layout(PERSON_DOC_TYP, &json, Vec::new()).and_then(|d| crate::pdf::pdf(&d))
    })
    .await
    .map_err(|e| WebError::Internal(e.into()))?
    .map_err(|e| WebError::Internal(e.into()))?;
    let disposition = HeaderValue::from_str(&format!("inline; filename=\"{filename}\""))
        .map_err(|e| WebError::Internal(e.into()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

fn langs_for(lang: Lang) -> Vec<Lang> {
    if lang == Lang::It {
        vec![Lang::It]
    } else {
        vec![Lang::It, lang]
    }
}

/// `GET …/export.pdf?lang=`: the readable copy, in Italian and the person's
/// language.
pub(super) async fn export_pdf(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
    let (person, agency) = subject_record(&state, &operator, id).await?;
    let data = everything(&state, &person).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.rights.export",
        ("person", id),
    )
    .await?;
    let langs = langs_for(person_lang(&person, query.lang.as_deref()));
    let today = crocevia_domain::desk::calendar::rome_today().to_string();
    let lines = |v: &serde_json::Value, f: &dyn Fn(&serde_json::Value) -> String| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(f).collect())
            .unwrap_or_default()
    };
    let s = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    let p = &data["person"];
    let mut identity = vec![
        format!(
            "{} {} ({})",
            s(&p["given_name"]),
            s(&p["family_name"]),
            s(&p["latin_name"])
        ),
        [
            s(&p["birth"]),
            s(&p["sex"]),
            lines(&p["citizenships"], &s).join(", "),
        ]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" · "),
    ];
    identity.extend(lines(&p["identifiers"], &|i| {
        format!("{}: {}", s(&i["kind"]), s(&i["value"]))
    }));
    identity.extend(lines(&p["languages"], &|l| {
        format!("{} ({})", s(&l["language"]), s(&l["level"]))
    }));
    for key in ["phone", "email", "address"] {
        let v = s(&p["contacts"][key]);
        if !v.is_empty() {
            identity.push(v);
        }
    }
    let permit = s(&p["permit"]["type"]);
    if !permit.is_empty() {
        identity.push(format!("{permit} · {}", s(&p["permit"]["expiry"])));
    }
    identity.extend(lines(&p["special_categories"]["vulnerabilities"], &s));
    for key in ["health", "penal"] {
        let v = s(&p["special_categories"][key]);
        if !v.is_empty() {
            identity.push(v);
        }
    }
    let mut cases = Vec::new();
    for c in data["cases"].as_array().into_iter().flatten() {
        cases.push(format!(
            "{} · {} · {}",
            s(&c["opened_at"]).chars().take(10).collect::<String>(),
            s(&c["agency"]),
            s(&c["status"])
        ));
        cases.extend(lines(&c["assessments"], &|a| {
            format!(
                "  {} · {} · {}",
                s(&a["dimension"]),
                s(&a["need"]),
                s(&a["notes"])
            )
        }));
        cases.extend(lines(&c["notes"], &|n| {
            format!("  {} · {}", s(&n["class"]), s(&n["text"]))
        }));
        cases.extend(lines(&c["plan"], &|t| {
            format!(
                "  {} · {} · {}",
                s(&t["title"]),
                s(&t["due"]),
                s(&t["status"])
            )
        }));
        cases.extend(lines(&c["documents"], &|d| format!("  {}", s(&d["name"]))));
    }
    let doc = PersonDoc {
        title: Tr(Lang::It).t("dsr-title"),
        footer: agency.name.clone(),
        heading: both(&langs, |tr| tr.t("dsr-title")),
        paragraphs: vec![both(&langs, |tr| {
            tr.t_args("dsr-intro", &[("agency", &agency.name), ("date", &today)])
        })],
        sections: vec![
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-identity")),
                lines: identity,
            },
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-visits")),
                lines: lines(&data["visits"], &|v| {
                    format!(
                        "{} · {} · {}",
                        s(&v["at"]).chars().take(10).collect::<String>(),
                        s(&v["desk"]),
                        lines(&v["reasons"], &s).join(", ")
                    )
                }),
            },
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-cases")),
                lines: cases,
            },
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-bases")),
                lines: lines(&data["legal_bases"], &|b| {
                    format!(
                        "{} · {} · {} · {} – {}",
                        s(&b["recipient"]),
                        s(&b["purpose"]),
                        s(&b["basis"]),
                        s(&b["from"]),
                        s(&b["until"])
                    )
                }),
            },
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-recipients")),
                lines: lines(&data["recipients"], &|r| {
                    format!(
                        "{} · {} · {} · {}",
                        s(&r["at"]).chars().take(10).collect::<String>(),
                        s(&r["agency"]),
                        s(&r["purpose"]),
                        lines(&r["parts"], &s).join(", ")
                    )
                }),
            },
            DocSection {
                heading: both(&langs, |tr| tr.t("dsr-access")),
                lines: lines(&data["access_log"], &|a| {
                    format!(
                        "{} · {} · {} · {}",
                        s(&a["at"]),
                        s(&a["who"]),
                        s(&a["agency"]),
                        s(&a["action"])
                    )
                }),
            },
        ],
        none: both(&langs, |tr| tr.t("dsr-none")),
        signatures: Vec::new(),
        columns: langs.iter().map(|l| column(*l)).collect(),
    };
    pdf_response(doc, "dati-personali.pdf").await
}

/// `GET /app/desk/bases/{id}/consent.pdf?lang=`: the consent form of a
/// recorded basis, to print and sign, in Italian and the person's language.
pub(super) async fn consent_pdf(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
    let basis = state
        .store()
        .legal_basis(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (person, agency) =
        person_record(&state, &operator, basis.person_id, perm::DESK_PERSON_READ).await?;
    authorize(
        &state,
        &operator,
        perm::DESK_PERSON_READ,
        &owned_by(&agency),
    )
    .await?;
    if basis.input.basis != Basis::Consent {
        return Err(WebError::NotFound);
    }
    audit(
        &state,
        &operator,
        &headers,
        "desk.basis.print",
        ("person", person.id),
    )
    .await?;
    let lang = person_lang(
        &person,
        query.lang.as_deref().or(basis.input.lang.as_deref()),
    );
    let langs = langs_for(lang);
    let agencies = state.store().agencies().await?;
    let recipient = |tr: Tr| match &basis.input.recipient {
        RecipientInput::Agency(a) => agencies
            .iter()
            .find(|x| x.id == *a)
            .map(|x| x.name.clone())
            .unwrap_or_default(),
        RecipientInput::Kind(k) => tr.t1(
            "consent-any",
            "kind",
            &tr.t(&format!("consent-kind-{}", k.as_str())),
        ),
    };
    let name = format!("{} ({})", full_name(&person), person.input.latin_name);
    let from = basis.input.given_on.to_string();
    let mut paragraphs = vec![
        both(&langs, |tr| {
            tr.t_args(
                "consent-intro",
                &[
                    ("name", &name),
                    ("agency", &agency.name),
                    ("recipient", &recipient(tr)),
                    (
                        "purpose",
                        &tr.t(&format!("consent-purpose-{}", basis.input.purpose.as_str())),
                    ),
                ],
            )
        }),
        both(&langs, |tr| match basis.input.expires_on {
            Some(until) => tr.t_args(
                "consent-period",
                &[("from", &from), ("until", &until.to_string())],
            ),
            None => tr.t1("consent-period-open", "from", &from),
        }),
    ];
    if basis.input.special {
        paragraphs.push(both(&langs, |tr| tr.t("consent-special")));
    }
    paragraphs.push(both(&langs, |tr| {
        tr.t1("consent-withdraw", "agency", &agency.name)
    }));
    paragraphs.push(both(&langs, |tr| tr.t("consent-rights")));
    let doc = PersonDoc {
        title: Tr(Lang::It).t("consent-title"),
        footer: format!(
            "{} · {}",
            agency.name,
            basis
                .input
                .reference
                .clone()
                .unwrap_or_else(|| id.to_string())
        ),
        heading: both(&langs, |tr| tr.t("consent-title")),
        paragraphs,
        sections: Vec::new(),
        none: both(&langs, |tr| tr.t("dsr-none")),
        signatures: [
            "consent-place-date",
            "consent-signature",
            "consent-operator",
            "consent-mediator",
        ]
        .iter()
        .map(|k| both(&langs, |tr| tr.t(k)))
        .collect(),
        columns: langs.iter().map(|l| column(*l)).collect(),
    };
    pdf_response(doc, "consenso.pdf").await
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
    let Some(erased) = state.store().erase_person(id).await? else {
        return Err(WebError::NotFound);
    };
    let mut event = crocevia_store::identity::audit::AuditEvent::new(
        "desk.rights.erase",
        "person",
        Some(id.to_string()),
    );
    // The request's reference (a protocol number), never the person's name.
    event.purpose = Some(format!(
        "request {request}: {} records, {} visits and {} cases kept as anonymous activity",
        erased.people, erased.visits, erased.cases
    ));
    crate::identity::audit_by(&state, &operator, &headers, event).await?;
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
