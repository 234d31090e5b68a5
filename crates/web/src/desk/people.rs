//! People at the desk: finding a person again despite spelling and script
//! (the search box itself is the desk's home, in `home`), the person's page,
//! and the authorized merge of two records (registration is in `register`).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::desk::access::{needs_break_glass, record_allows};
use crocevia_domain::desk::identifiers::{CodiceFiscale, PermitNumber, StpEniCode};
use crocevia_domain::desk::{ALIKE, Likeness, MatchReason, PartialDate, Relation, compare};
use crocevia_domain::identity::perm;
use crocevia_store::desk::{NameLookup, Person, PersonInput};
use crocevia_store::identity::audit::{AuditEvent, AuditQuery};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    audit, audit_search, choices, cipher, full_name, outreach_choices, person_owned, person_record,
    readable_agencies, sees_vulnerabilities,
};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::Choice;
use crate::form::Posted;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, subject};
use crate::security::CsrfToken;

/// Candidates scored at least this much are proposed as the same person.
pub(super) const LIKELY: f64 = 0.6;

/// A person as a line of a list.
pub(super) struct PersonRow {
    pub(super) id: Uuid,
    pub(super) name: String,
    /// The Latin form, when it adds to the name as written.
    pub(super) latin: Option<String>,
    pub(super) birth: String,
    pub(super) citizenships: String,
    /// Why they look like the person searched for (translated).
    pub(super) reasons: Vec<String>,
    pub(super) score: u32,
}

pub(super) fn row(tr: Tr, p: &Person, reasons: &[MatchReason], score: f64) -> PersonRow {
    PersonRow {
        id: p.id,
        name: full_name(p),
        latin: super::shown_latin(&p.input),
        birth: p.input.birth.map(|b| b.to_string()).unwrap_or_default(),
        citizenships: super::labels::country_names(&p.input.citizenships, tr.0),
        reasons: reasons
            .iter()
            .map(|r| tr.t(&format!("desk-reason-{}", r.as_str())))
            .collect(),
        score: percent(score),
    }
}

fn percent(score: f64) -> u32 {
    // 0..=100 by construction.
    (0..=100u32)
        .rev()
        .find(|p| f64::from(*p) <= score * 100.0)
        .unwrap_or(0)
}

/// What a search box holds, read into names, identifiers and a date.
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub(super) names: String,
    pub(super) identifiers: Vec<String>,
    pub(super) birth: Option<PartialDate>,
}

/// Reads what was typed: words that are a tax code, STP/ENI code or permit
/// number are identifiers, a date is the date of birth, the rest is names.
pub(super) fn parse_query(q: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut names = Vec::new();
    for word in q.split_whitespace() {
        if let Ok(cf) = CodiceFiscale::parse(word) {
            parsed.identifiers.push(cf.as_str().to_owned());
        } else if let Ok(code) = StpEniCode::parse(word) {
            parsed.identifiers.push(code.as_str().to_owned());
        } else if let Ok(date) = PartialDate::parse(word)
            && word.chars().any(|c| c.is_ascii_digit())
        {
            parsed.birth = Some(date);
        } else if word.chars().any(|c| c.is_ascii_digit())
            && let Ok(permit) = PermitNumber::parse(word)
        {
            parsed.identifiers.push(permit.as_str().to_owned());
        } else {
            names.push(word);
        }
    }
    parsed.names = names.join(" ");
    parsed
}

/// What a [`Likeness`] of a registered (or typed) person borrows: their
/// other names, the Latin form first, and their identifier values.
pub(super) struct Comparable {
    aliases: Vec<String>,
    identifiers: Vec<String>,
}

impl Comparable {
    pub(super) fn of(p: &PersonInput) -> Comparable {
        Comparable {
            aliases: std::iter::once(p.latin_name.clone())
                .chain(p.aliases.iter().cloned())
                .collect(),
            identifiers: p.identifiers.iter().map(|(_, v)| v.clone()).collect(),
        }
    }

    pub(super) fn likeness<'a>(&'a self, p: &'a PersonInput) -> Likeness<'a> {
        Likeness {
            given: &p.given_name,
            family: &p.family_name,
            aliases: &self.aliases,
            birth: p.birth,
            citizenships: &p.citizenships,
            identifiers: &self.identifiers,
        }
    }
}

/// People who may be the one described, best first, with why.
pub(super) async fn find(
    state: &AppState,
    agencies: &[Uuid],
    query: &Likeness<'_>,
    limit: usize,
) -> WebResult<Vec<(Person, f64, Vec<MatchReason>)>> {
    // The name as one sequence (a compound may be split across the two
    // boxes), and the other names.
    let full = format!("{} {}", query.given, query.family);
    let mut names: Vec<&str> = vec![full.trim()];
    names.retain(|n| !n.is_empty());
    names.extend(query.aliases.iter().map(String::as_str));
    let score = |candidates: Vec<Person>| -> Vec<(Person, f64, Vec<MatchReason>)> {
        candidates
            .into_iter()
            .filter_map(|p| {
                let them = Comparable::of(&p.input);
                let (score, reasons) = compare(query, &them.likeness(&p.input));
                (score >= ALIKE).then(|| (p, score, reasons.into_iter().collect()))
            })
            .collect()
    };
    // From the narrowest lookup to the broadest, until someone is alike.
    // With a year of birth: two names in that year, any one name in that
    // year (one name may be spelled past its key: more candidates), two
    // names in any year (people registered without a date). Without: two
    // names, any one name.
    let stages: Vec<(NameLookup, u64)> = match query.birth.map(PartialDate::year) {
        Some(year) => vec![
            (NameLookup::PairsInYear(year), 200),
            (NameLookup::SinglesInYear(year), 1000),
            (NameLookup::Pairs, 200),
        ],
        None => vec![(NameLookup::Pairs, 200), (NameLookup::Singles, 200)],
    };
    let mut scored = Vec::new();
    for (lookup, limit) in stages {
        let alike = |sketch: &PersonInput| {
            let them = Comparable::of(sketch);
            compare(query, &them.likeness(sketch)).0 >= ALIKE
        };
        scored = score(
            state
                .store()
                .person_candidates(
                    agencies,
                    &names,
                    query.identifiers,
                    (lookup, limit),
                    &alike,
                    &cipher(state),
                )
                .await?,
        );
        if !scored.is_empty() || names.is_empty() {
            break;
        }
    }
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.id.cmp(&b.0.id)));
    scored.truncate(limit);
    Ok(scored)
}

/// One line of the access log shown on a person's page.
pub(super) struct AccessRow {
    at: String,
    who: String,
    action: String,
}

#[derive(Template)]
#[template(path = "app_desk_person.html")]
struct PersonPage {
    app: AppChrome,
    notice: Option<String>,
    person: Person,
    sex: String,
    permit_type: String,
    permit_days: Option<i64>,
    languages: Vec<String>,
    /// Citizenships named in the operator's language.
    citizenships: String,
    /// The Latin form of the name, when it adds to it.
    latin: Option<String>,
    vulnerabilities: Option<Vec<String>>,
    visits: Vec<super::cases::VisitRow>,
    cases: Vec<super::cases::CaseRow>,
    visit_form: super::cases::VisitForm,
    can_open_case: bool,
    duplicates: Vec<PersonRow>,
    access: Option<Vec<AccessRow>>,
    can_edit: bool,
    /// The operator handles the person's data-subject rights.
    can_rights: bool,
    /// The record is read through break-glass until then.
    glass_until: Option<String>,
    /// The sharing page (bases, referrals, transfer) is open to the operator.
    can_share: bool,
    /// The relatives, each with the relation.
    household: Vec<super::RecordLine>,
    /// People found to link to the household, with what was searched.
    link_q: String,
    link_candidates: Vec<PersonRow>,
    relation_options: Vec<Choice>,
    household_error: bool,
    appointments: Vec<super::calendar::AppointmentRow>,
    form: super::calendar::BookingForm,
    booking_person: Option<String>,
    booking_error: Option<String>,
    /// A refused form as typed (visit, household, appointment).
    kept: Posted,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct PersonNotice {
    registered: Option<String>,
    visit: Option<String>,
    merged: Option<String>,
    /// A visit form that did not validate: `reason` or `choice`.
    visit_error: Option<String>,
    updated: Option<String>,
    saved: Option<String>,
    household_error: Option<String>,
    /// A booking that did not validate (`when`, `purpose`, `choice`).
    error: Option<String>,
    /// Words to find someone to link to the household.
    #[serde(default)]
    link_q: String,
}

impl PersonNotice {
    /// A visit refused: `reason` (none chosen) or `choice`.
    pub(super) fn visit_refused(code: &str) -> PersonNotice {
        PersonNotice {
            visit_error: Some(code.to_owned()),
            ..PersonNotice::default()
        }
    }

    /// A household link refused (a relation not offered), the people found
    /// by `link_q` offered again.
    pub(super) fn household_refused(link_q: &str) -> PersonNotice {
        PersonNotice {
            household_error: Some("choice".to_owned()),
            link_q: link_q.to_owned(),
            ..PersonNotice::default()
        }
    }

    /// An appointment refused: `when`, `purpose` or `choice`.
    pub(super) fn booking_refused(code: &str) -> PersonNotice {
        PersonNotice {
            error: Some(code.to_owned()),
            ..PersonNotice::default()
        }
    }
}

/// A person's page: who they are, their visits and cases, the visit form,
/// likely duplicates, and who accessed the record (for those allowed).
pub(super) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(notice): Query<PersonNotice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_person((&state, &operator), (&headers, &csrf), id, notice, None).await
}

/// The person's page again (422): the refused form (visit, household or
/// appointment) filled in as `form` was typed, and the reason in `notice`.
pub(super) async fn refuse_person(
    actor: (&AppState, &Operator),
    request: (&HeaderMap, &CsrfToken),
    id: Uuid,
    form: Posted,
    notice: PersonNotice,
) -> WebResult<Response> {
    render_person(actor, request, id, notice, Some(form)).await
}

/// The person's page; with `kept`, a refused form as typed.
async fn render_person(
    (state, operator): (&AppState, &Operator),
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Uuid,
    notice: PersonNotice,
    kept: Option<Posted>,
) -> WebResult<Response> {
    let refused = kept.is_some();
    let kept = kept.unwrap_or_default();
    let (state, operator, headers) = (state.clone(), operator.clone(), headers.clone());
    let (person, agency) = person_record(&state, &operator, id).await?;
    if let Some(kept) = person.merged_into {
        return Ok(Redirect::to(&format!("/app/desk/people/{kept}?merged=1")).into_response());
    }
    audit(
        &state,
        &operator,
        &headers,
        "desk.person.read",
        ("person", id),
    )
    .await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(
        &state,
        lang,
        "desk-person-title",
        Some(&operator.user),
        csrf,
    )
    .await?;
    let subject = subject(&state, &operator).await?;
    let target = crate::identity::owned_by(&agency);
    // Read through break-glass: the cases too, nothing else.
    let glass = if needs_break_glass(subject, &target) {
        super::glass_until(&state, &operator, id, perm::DESK_PERSON_READ).await?
    } else {
        None
    };
    let allowed = |p| record_allows(subject, p, &target, glass.is_some());
    let reasons = state.store().visit_reasons().await?;
    let visits = super::cases::visit_rows(&state, tr, id, &reasons).await?;
    let cases = if allowed(perm::DESK_CASE_READ) {
        super::cases::case_rows(&state, tr, id).await?
    } else {
        Vec::new()
    };
    let can_merge = allowed(perm::DESK_PERSON_WRITE);
    let duplicates = if can_merge {
        let agencies = vec![person.agency_id];
        let comparable = Comparable::of(&person.input);
        find(&state, &agencies, &comparable.likeness(&person.input), 6)
            .await?
            .iter()
            .filter(|(p, s, _)| p.id != id && *s >= LIKELY)
            .map(|(p, s, r)| row(tr, p, r, *s))
            .collect()
    } else {
        Vec::new()
    };
    // The owning agency's team (who may write its cases) and auditors see
    // who accessed the record.
    let access = if allowed(perm::AUDIT_READ) || allowed(perm::DESK_CASE_WRITE) {
        Some(access_log(&state, tr, id).await?)
    } else {
        None
    };
    let today = crocevia_domain::desk::calendar::rome_today();
    let can_edit = allowed(perm::DESK_PERSON_WRITE);
    let link_q: String = notice.link_q.trim().chars().take(200).collect();
    let link_candidates = if can_edit && !link_q.is_empty() {
        let parsed = parse_query(&link_q);
        let likeness = Likeness {
            given: &parsed.names,
            birth: parsed.birth,
            identifiers: &parsed.identifiers,
            ..Likeness::default()
        };
        let found: Vec<PersonRow> = find(&state, &[person.agency_id], &likeness, 10)
            .await?
            .iter()
            .filter(|(p, _, _)| p.id != id)
            .map(|(p, s, r)| row(tr, p, r, *s))
            .collect();
        audit_search(&state, &operator, &headers, found.len()).await?;
        found
    } else {
        Vec::new()
    };
    let appointments = state
        .store()
        .appointments(
            crocevia_store::desk::Calendar::Person(id),
            today,
            today + chrono::Duration::days(366),
            20,
            &cipher(&state),
        )
        .await?;
    // The desks this operator registers visits and appointments for, read
    // once for both forms.
    let desks = readable_agencies(&state, &operator, perm::DESK_VISIT_WRITE).await?;
    let outreach = outreach_choices(&state, &desks).await?;
    let readable = readable_agencies(&state, &operator, perm::DESK_PERSON_READ).await?;
    let page = PersonPage {
        can_edit,
        can_share: glass.is_none(),
        can_rights: glass.is_none() && allowed(perm::DESK_SUBJECT_RIGHTS),
        glass_until: glass.map(super::local_time),
        household: super::household::rows(&state, tr, id, &readable).await?,
        link_candidates,
        link_q,
        relation_options: choices(
            tr,
            "desk-relation",
            Relation::ALL.iter().map(|r| r.as_str()),
        ),
        household_error: notice.household_error.is_some(),
        appointments: super::calendar::appointment_rows(&state, tr, &appointments, &readable)
            .await?,
        form: super::calendar::BookingForm::new(
            &state,
            &operator,
            (&desks, outreach.clone()),
            today,
        )
        .await?,
        booking_person: Some(id.to_string()),
        booking_error: notice
            .error
            .as_deref()
            .map(|e| super::calendar::booking_error(tr, e)),
        app,
        notice: if notice.registered.is_some() {
            Some(tr.t("desk-registered"))
        } else if notice.visit.is_some() {
            Some(tr.t("desk-visit-recorded"))
        } else if notice.merged.is_some() {
            Some(tr.t("desk-merged"))
        } else if notice.updated.is_some() {
            Some(tr.t("desk-updated"))
        } else if notice.saved.is_some() {
            Some(tr.t("desk-saved"))
        } else {
            None
        },
        sex: person
            .input
            .sex
            .as_deref()
            .map(|s| tr.t(&format!("desk-sex-{s}")))
            .unwrap_or_default(),
        permit_type: person
            .input
            .permit_type
            .as_deref()
            .map(|t| tr.t(&format!("desk-permit-{t}")))
            .unwrap_or_default(),
        permit_days: person.input.permit_expiry.map(|d| (d - today).num_days()),
        citizenships: super::labels::country_names(&person.input.citizenships, tr.0),
        latin: super::shown_latin(&person.input),
        languages: person
            .input
            .languages
            .iter()
            .map(|(l, level)| {
                format!(
                    "{} ({})",
                    super::labels::language_name(l, tr.0),
                    tr.t(&format!("desk-level-{level}"))
                )
            })
            .collect(),
        vulnerabilities: sees_vulnerabilities(operator.user.profession).then(|| {
            person
                .input
                .sensitive
                .vulnerabilities
                .iter()
                .map(|v| tr.t(&format!("desk-vulnerability-{}", v.as_str())))
                .collect()
        }),
        visit_form: super::cases::VisitForm::new(&state, tr, &reasons, outreach)
            .await?
            .with_error(notice.visit_error.as_deref().map(|e| {
                tr.t(if e == "reason" {
                    "desk-error-reason"
                } else {
                    "desk-error-choice"
                })
            })),
        can_open_case: allowed(perm::DESK_CASE_WRITE),
        duplicates,
        access,
        visits,
        cases,
        person,
        kept,
    };
    Ok(render_form(&page, refused))
}

/// Who read or changed a person's record, latest first.
async fn access_log(state: &AppState, tr: Tr, id: Uuid) -> WebResult<Vec<AccessRow>> {
    let entries = state
        .store()
        .search_audit(
            &AuditQuery {
                object_type: Some("person".to_owned()),
                object_id: Some(id.to_string()),
                ..AuditQuery::default()
            },
            50,
        )
        .await?;
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut rows = Vec::new();
    for e in entries {
        let who = match &e.actor_user {
            Some(u) => {
                if !names.contains_key(u) {
                    let name = match u.parse::<Uuid>() {
                        Ok(uid) => state
                            .store()
                            .user(uid)
                            .await?
                            .map(|u| u.display_name)
                            .unwrap_or_default(),
                        Err(_) => String::new(),
                    };
                    names.insert(u.clone(), name);
                }
                names.get(u).cloned().unwrap_or_default()
            }
            None => String::new(),
        };
        // Local time, as every other time on the page; the action in words
        // (an action without a label keeps its code).
        let at = chrono::DateTime::parse_from_rfc3339(&e.at).map_or_else(
            |_| e.at.chars().take(16).collect::<String>().replace('T', " "),
            |t| super::local_time(t.with_timezone(&chrono::Utc)),
        );
        let key = format!("audit-action-{}", e.action.replace(['.', '_'], "-"));
        let label = tr.t(&key);
        let action = if label == key { e.action } else { label };
        rows.push(AccessRow { at, who, action });
    }
    Ok(rows)
}

#[derive(Debug, Deserialize)]
pub(super) struct MergeForm {
    other: Uuid,
}

/// Merges a duplicate into this record (both histories kept; audited on
/// both records).
pub(super) async fn merge(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    axum::Form(form): axum::Form<MergeForm>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let (keep, _) = person_owned(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    let (other, _) = person_owned(&state, &operator, form.other, perm::DESK_PERSON_WRITE).await?;
    if keep.id == other.id {
        return Err(WebError::NotFound);
    }
    let done = super::trail(
        &operator,
        &headers,
        "desk.person.merge",
        ("person", keep.id),
        None,
    )
    .and(crate::identity::acted(
        &operator,
        &headers,
        AuditEvent::new(
            "desk.person.merged_into",
            "person",
            Some(other.id.to_string()),
        ),
    ));
    state
        .store()
        .merge_people(keep.id, other.id, &cipher(&state), &done)
        .await?;
    Ok(Redirect::to(&format!("/app/desk/people/{id}?merged=1")).into_response())
}
