//! The desk's JSON API: person search with the reasons of each match, a
//! person, and a case with its assessment and the notes the caller's
//! profession may read. Same session, guard and audit as the pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use crocevia_domain::desk::Likeness;
use crocevia_domain::identity::{Target, perm};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::people::{find, parse_query, readable_classes};
use super::{
    audit, audit_search, case_in_scope, cipher, person_record, readable_agencies,
    sees_vulnerabilities,
};
use crate::AppState;
use crate::error::WebResult;
use crate::identity::{Operator, authorize};

/// A person.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonJson {
    /// Id.
    pub id: Uuid,
    /// Owning agency.
    pub agency_id: Uuid,
    /// Given names as written.
    pub given_name: String,
    /// Family names as written.
    pub family_name: String,
    /// Latin transliteration.
    pub latin_name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Date of birth as far as known (`1990`, `1990-05`, `1990-05-17`).
    pub birth_date: Option<String>,
    /// `female`, `male`, `other`.
    pub sex: Option<String>,
    /// ISO 3166 alpha-2.
    pub citizenships: Vec<String>,
    /// Languages with level.
    pub languages: Vec<LanguageJson>,
    /// Permit type.
    pub permit_type: Option<String>,
    /// Permit expiry (`YYYY-MM-DD`).
    pub permit_expiry: Option<String>,
    /// Vulnerabilities, for the professions that take charge of people
    /// (absent for others).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vulnerabilities: Option<Vec<String>>,
}

/// A language a person speaks.
#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageJson {
    /// Language tag.
    pub lang: String,
    /// `native`, `fluent`, `intermediate`, `basic`.
    pub level: String,
}

/// A person found by a search, with how alike and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonMatchJson {
    /// The person.
    pub person: PersonJson,
    /// 0 to 1.
    pub score: f64,
    /// Why: `same-identifier`, `same-name`, `similar-spelling`,
    /// `other-script`, `swapped-order`, `same-birth-date`,
    /// `compatible-birth-date`, `same-citizenship`.
    pub reasons: Vec<String>,
}

/// A case.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseJson {
    /// Id.
    pub id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// Owning agency.
    pub agency_id: Uuid,
    /// `open`, `active`, `suspended`, `closed`.
    pub status: String,
    /// Opened (RFC 3339).
    pub opened_at: String,
    /// Latest assessment per dimension.
    pub assessments: Vec<AssessmentJson>,
    /// The notes the caller may read.
    pub notes: Vec<NoteJson>,
}

/// The assessment of one dimension.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentJson {
    /// Dimension.
    pub dimension: String,
    /// Need level.
    pub need_level: String,
    /// Notes.
    pub notes: String,
    /// When (RFC 3339).
    pub assessed_at: String,
}

/// A case note.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteJson {
    /// Id.
    pub id: Uuid,
    /// `general`, `health`, `legal`, `penal`.
    pub class: String,
    /// Text.
    pub body: String,
    /// Written (RFC 3339).
    pub created_at: String,
}

fn person_json(p: &crocevia_store::desk::Person, vulnerabilities: bool) -> PersonJson {
    PersonJson {
        id: p.id,
        agency_id: p.agency_id,
        given_name: p.input.given_name.clone(),
        family_name: p.input.family_name.clone(),
        latin_name: p.input.latin_name.clone(),
        aliases: p.input.aliases.clone(),
        birth_date: p.input.birth.map(|b| b.to_string()),
        sex: p.input.sex.clone(),
        citizenships: p.input.citizenships.clone(),
        languages: p
            .input
            .languages
            .iter()
            .map(|(lang, level)| LanguageJson {
                lang: lang.clone(),
                level: level.clone(),
            })
            .collect(),
        permit_type: p.input.permit_type.clone(),
        permit_expiry: p.input.permit_expiry.map(|d| d.to_string()),
        vulnerabilities: vulnerabilities.then(|| {
            p.input
                .sensitive
                .vulnerabilities
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect()
        }),
    }
}

/// Search parameters.
#[derive(Debug, Deserialize, IntoParams)]
pub struct PersonSearch {
    /// Names in any spelling or script, tax code, STP/ENI code, permit
    /// number and/or date of birth.
    q: String,
}

/// Finds people despite spelling and script variants.
#[utoipa::path(
    get,
    path = "/api/v1/desk/people",
    tag = "desk",
    params(PersonSearch),
    responses(
        (status = 200, description = "Likely matches, best first", body = [PersonMatchJson]),
        (status = 401, description = "Not signed in", content_type = "application/problem+json"),
        (status = 403, description = "Not permitted", content_type = "application/problem+json"),
    )
)]
pub(crate) async fn search(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Query(params): Query<PersonSearch>,
) -> WebResult<Json<Vec<PersonMatchJson>>> {
    authorize(&state, &operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    let q: String = params.q.trim().chars().take(200).collect();
    if q.is_empty() {
        return Ok(Json(Vec::new()));
    }
    let parsed = parse_query(&q);
    let agencies = readable_agencies(&state, &operator, perm::DESK_PERSON_READ).await?;
    let likeness = Likeness {
        given: &parsed.names,
        birth: parsed.birth,
        identifiers: &parsed.identifiers,
        ..Likeness::default()
    };
    let found: Vec<PersonMatchJson> = find(&state, &agencies, &likeness, 20)
        .await?
        .iter()
        .map(|(p, score, reasons)| PersonMatchJson {
            person: person_json(p, false),
            score: (score * 100.0).round() / 100.0,
            reasons: reasons.iter().map(|r| r.as_str().to_owned()).collect(),
        })
        .collect();
    audit_search(&state, &operator, &headers, found.len()).await?;
    Ok(Json(found))
}

/// A person (audited).
#[utoipa::path(
    get,
    path = "/api/v1/desk/people/{id}",
    tag = "desk",
    params(("id" = Uuid, Path, description = "Person id")),
    responses(
        (status = 200, description = "The person", body = PersonJson),
        (status = 404, description = "No such person in your scope", content_type = "application/problem+json"),
    )
)]
pub(crate) async fn person(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
) -> WebResult<Json<PersonJson>> {
    let (p, _) = person_record(&state, &operator, id, perm::DESK_PERSON_READ).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.person.read",
        ("person", id),
    )
    .await?;
    Ok(Json(person_json(
        &p,
        sees_vulnerabilities(operator.user.profession),
    )))
}

/// A case with its assessment and the notes the caller may read (audited).
#[utoipa::path(
    get,
    path = "/api/v1/desk/cases/{id}",
    tag = "desk",
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case", body = CaseJson),
        (status = 404, description = "No such case in your scope", content_type = "application/problem+json"),
    )
)]
pub(crate) async fn case(
    State(state): State<AppState>,
    operator: Operator,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
) -> WebResult<Json<CaseJson>> {
    let c = case_in_scope(&state, &operator, id, perm::DESK_CASE_READ).await?;
    audit(&state, &operator, &headers, "desk.case.read", ("case", id)).await?;
    let cipher = cipher(&state);
    let assessments = state.store().assessments(id, &cipher).await?;
    let notes = state
        .store()
        .notes(id, readable_classes(operator.user.profession), &cipher)
        .await?;
    Ok(Json(CaseJson {
        id: c.id,
        person_id: c.person_id,
        agency_id: c.agency_id,
        status: c.status.as_str().to_owned(),
        opened_at: c.opened_at.to_rfc3339(),
        assessments: assessments
            .values()
            .map(|a| AssessmentJson {
                dimension: a.dimension.as_str().to_owned(),
                need_level: a.level.as_str().to_owned(),
                notes: a.notes.clone(),
                assessed_at: a.at.to_rfc3339(),
            })
            .collect(),
        notes: notes
            .into_iter()
            .map(|n| NoteJson {
                id: n.id,
                class: n.class.as_str().to_owned(),
                body: n.body,
                created_at: n.at.to_rfc3339(),
            })
            .collect(),
    }))
}
