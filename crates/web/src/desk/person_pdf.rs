//! The person's documents as PDF, in Italian and their language side by
//! side (`templates/person_doc.typ`): the readable copy of their data and
//! the consent form of a recorded consent, to print and sign.

use axum::extract::{Path, Query};
use axum::response::Response;
use crocevia_domain::Lang;
use crocevia_domain::desk::sharing::Basis;
use crocevia_domain::identity::perm;
use crocevia_store::desk::sharing::RecipientInput;
use serde::Serialize;
use uuid::Uuid;

use super::rights::{RightsQuery, everything, person_lang, subject_record};
use super::{audit, full_name, person_record};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::identity::{authorize, owned_by};

/// The template of the person's documents.
const PERSON_DOC_TYP: &str = include_str!("../../templates/person_doc.typ");

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

async fn pdf_response(state: &AppState, doc: PersonDoc, filename: &str) -> WebResult<Response> {
    let bytes = crate::pdf::typeset(state, PERSON_DOC_TYP, doc, Vec::new()).await?;
    Ok(crate::pdf::response(bytes, filename, true))
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
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
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
    pdf_response(&state, doc, "dati-personali.pdf").await
}

/// `GET /app/desk/bases/{id}/consent.pdf?lang=`: the consent form of a
/// recorded basis, to print and sign, in Italian and the person's language.
pub(super) async fn consent_pdf(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(query): Query<RightsQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let basis = state
        .store()
        .legal_basis(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (person, agency) = person_record(&state, &operator, basis.person_id).await?;
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
    pdf_response(&state, doc, "consenso.pdf").await
}
