//! A referral's package: the parts of the record chosen by the sender,
//! assembled when the referral is sent (then sealed with it), and shown to
//! the receiving agency section by section.

use std::collections::BTreeSet;

use crocevia_domain::desk::NoteClass;
use crocevia_domain::desk::sharing::PackagePart;
use crocevia_domain::identity::Profession;
use crocevia_store::desk::Person;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::cipher;
use crate::AppState;
use crate::error::WebResult;
use crate::i18n::Tr;

/// What a referral carries, as the receiving agency reads it. Only the parts
/// chosen are present.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Package {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) identity: Option<PackageIdentity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) contacts: Option<Vec<(String, String)>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) languages: Option<Vec<(String, String)>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) permit: Option<(String, String)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) identifiers: Option<Vec<(String, String)>>,
    /// (day, reasons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) visits: Option<Vec<(String, String)>>,
    /// (dimension, need level, notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) assessment: Option<Vec<(String, String, String)>>,
    /// (title, due, status).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) plan: Option<Vec<(String, String, String)>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) vulnerabilities: Option<Vec<String>>,
    /// (day, text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) health_notes: Option<Vec<(String, String)>>,
}

impl Package {
    /// The package as someone of `profession` may read it: the parts their
    /// profession may not see (need-to-know, the rule of the person's and
    /// the case's pages) left out, and which parts those were. Whoever reads
    /// it, on either side of the referral.
    pub(super) fn for_reader(mut self, profession: Profession) -> (Package, Vec<PackagePart>) {
        let mut withheld = Vec::new();
        if !PackagePart::Vulnerabilities.readable_by(profession)
            && self.vulnerabilities.take().is_some()
        {
            withheld.push(PackagePart::Vulnerabilities);
        }
        if !PackagePart::HealthNotes.readable_by(profession) && self.health_notes.take().is_some() {
            withheld.push(PackagePart::HealthNotes);
        }
        (self, withheld)
    }
}

/// The person's identity in a package.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct PackageIdentity {
    pub(super) given_name: String,
    pub(super) family_name: String,
    pub(super) latin_name: String,
    pub(super) birth: String,
    pub(super) sex: String,
    pub(super) citizenships: Vec<String>,
}

/// Assembles the package of `parts` from the record now (case parts from
/// `case`).
pub(super) async fn assemble(
    state: &AppState,
    person: &Person,
    case: Option<Uuid>,
    parts: &BTreeSet<PackagePart>,
) -> WebResult<Package> {
    let cipher = cipher(state);
    let p = &person.input;
    let mut out = Package::default();
    for part in parts {
        match part {
            PackagePart::Identity => {
                out.identity = Some(PackageIdentity {
                    given_name: p.given_name.clone(),
                    family_name: p.family_name.clone(),
                    latin_name: p.latin_name.clone(),
                    birth: p.birth.map(|b| b.to_string()).unwrap_or_default(),
                    sex: p.sex.clone().unwrap_or_default(),
                    citizenships: p.citizenships.clone(),
                });
            }
            PackagePart::Contacts => {
                out.contacts = Some(
                    [
                        ("phone", &p.phone),
                        ("email", &p.email),
                        ("address", &p.address),
                    ]
                    .into_iter()
                    .filter_map(|(k, v)| v.clone().map(|v| (k.to_owned(), v)))
                    .collect(),
                );
            }
            PackagePart::Languages => out.languages = Some(p.languages.clone()),
            PackagePart::Permit => {
                out.permit = Some((
                    p.permit_type.clone().unwrap_or_default(),
                    p.permit_expiry.map(|d| d.to_string()).unwrap_or_default(),
                ));
            }
            PackagePart::Identifiers => out.identifiers = Some(p.identifiers.clone()),
            PackagePart::Visits => {
                out.visits = Some(
                    state
                        .store()
                        .visits_of(person.id, 50)
                        .await?
                        .into_iter()
                        .map(|v| (super::local_day(v.at), v.input.reasons.join(", ")))
                        .collect(),
                );
            }
            PackagePart::Vulnerabilities => {
                out.vulnerabilities = Some(
                    p.sensitive
                        .vulnerabilities
                        .iter()
                        .map(|v| v.as_str().to_owned())
                        .collect(),
                );
            }
            PackagePart::Assessment | PackagePart::Plan | PackagePart::HealthNotes => {}
        }
    }
    if let Some(case) = case {
        if parts.contains(&PackagePart::Assessment) {
            out.assessment = Some(
                state
                    .store()
                    .assessments(case, &cipher)
                    .await?
                    .into_values()
                    .map(|a| {
                        (
                            a.dimension.as_str().to_owned(),
                            a.level.as_str().to_owned(),
                            a.notes,
                        )
                    })
                    .collect(),
            );
        }
        if parts.contains(&PackagePart::Plan) {
            out.plan = Some(
                state
                    .store()
                    .tasks_of(case, &cipher)
                    .await?
                    .into_iter()
                    .map(|t| {
                        (
                            t.input.title,
                            t.input.due.map(|d| d.to_string()).unwrap_or_default(),
                            t.status.as_str().to_owned(),
                        )
                    })
                    .collect(),
            );
        }
        if parts.contains(&PackagePart::HealthNotes) {
            out.health_notes = Some(
                state
                    .store()
                    .notes(case, |c| c == NoteClass::Health, &cipher)
                    .await?
                    .into_iter()
                    .map(|n| (super::local_day(n.at), n.body))
                    .collect(),
            );
        }
    }
    Ok(out)
}

/// One section of a package as shown: a heading and its lines.
pub(super) struct Section {
    pub(super) title: String,
    pub(super) lines: Vec<String>,
}

/// The sections of a package as shown, those `withheld` from the reader
/// saying so (without their content).
pub(super) fn sections(tr: Tr, package: &Package, withheld: &[PackagePart]) -> Vec<Section> {
    let mut out = Vec::new();
    let mut add = |part: PackagePart, lines: Vec<String>| {
        out.push(Section {
            title: tr.t(&format!("sharing-part-{}", part.as_str())),
            lines,
        });
    };
    if let Some(i) = &package.identity {
        add(
            PackagePart::Identity,
            vec![
                format!("{} {} ({})", i.given_name, i.family_name, i.latin_name),
                [
                    i.birth.as_str(),
                    i.sex.as_str(),
                    &super::labels::country_names(&i.citizenships, tr.0),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            ],
        );
    }
    let pairs = |v: &[(String, String)]| v.iter().map(|(a, b)| format!("{a}: {b}")).collect();
    if let Some(c) = &package.contacts {
        add(PackagePart::Contacts, pairs(c));
    }
    if let Some(l) = &package.languages {
        add(PackagePart::Languages, pairs(l));
    }
    if let Some((kind, expiry)) = &package.permit {
        add(PackagePart::Permit, vec![format!("{kind} · {expiry}")]);
    }
    if let Some(i) = &package.identifiers {
        add(PackagePart::Identifiers, pairs(i));
    }
    if let Some(v) = &package.visits {
        add(PackagePart::Visits, pairs(v));
    }
    let triples = |v: &[(String, String, String)]| {
        v.iter()
            .map(|(a, b, c)| format!("{a} · {b} · {c}"))
            .collect()
    };
    if let Some(a) = &package.assessment {
        add(PackagePart::Assessment, triples(a));
    }
    if let Some(p) = &package.plan {
        add(PackagePart::Plan, triples(p));
    }
    if let Some(v) = &package.vulnerabilities {
        add(
            PackagePart::Vulnerabilities,
            v.iter()
                .map(|v| tr.t(&format!("desk-vulnerability-{v}")))
                .collect(),
        );
    }
    if let Some(n) = &package.health_notes {
        add(PackagePart::HealthNotes, pairs(n));
    }
    for part in withheld {
        add(*part, vec![tr.t("referral-part-withheld")]);
    }
    out
}
