//! The desk's JSON API: person search with the reasons of each match, a
//! person, and a case with its assessment and the notes the caller's
//! profession may read. Same session, guard and audit as the pages.

use axum::Json;
use axum::extract::Path;
use crocevia_domain::desk::Likeness;
use crocevia_domain::identity::{Target, perm};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::labels::readable_classes;
use super::people::{find, parse_query};
use super::{
    audit, audit_search, case_in_scope, cipher, person_record, readable_agencies,
    sees_vulnerabilities,
};
use crate::AppState;
use crate::context::Ctx;
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
    /// The team.
    pub team: Vec<MemberJson>,
    /// Goals, actions and reminders.
    pub plan: Vec<TaskJson>,
    /// Documents (their content at `/app/desk/documents/{id}`).
    pub documents: Vec<DocumentJson>,
}

/// A member of a case's team.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberJson {
    /// Operator.
    pub operator_id: Uuid,
    /// Their profession.
    pub profession: String,
}

/// A goal, action or reminder of a case.
#[derive(Debug, Serialize, ToSchema)]
pub struct TaskJson {
    /// Id.
    pub id: Uuid,
    /// `goal`, `action`, `task`.
    pub kind: String,
    /// The goal an action serves.
    pub goal_id: Option<Uuid>,
    /// What.
    pub title: String,
    /// Owner.
    pub owner_id: Option<Uuid>,
    /// Due (`YYYY-MM-DD`).
    pub due: Option<String>,
    /// Remind from (`YYYY-MM-DD`).
    pub remind_on: Option<String>,
    /// `todo`, `doing`, `done`, `dropped`.
    pub status: String,
}

/// A document attached to a case.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentJson {
    /// Id.
    pub id: Uuid,
    /// File name.
    pub name: String,
    /// Media type, read from the content.
    pub content_type: String,
    /// Size in bytes.
    pub size: i32,
    /// Uploaded (RFC 3339).
    pub uploaded_at: String,
}

/// A case exported with its person, as a file.
#[derive(Debug, Serialize)]
pub struct CaseExportJson {
    /// When exported (RFC 3339).
    pub exported_at: String,
    /// The person.
    pub person: PersonJson,
    /// The case (notes filtered by the exporter's profession).
    pub case: CaseJson,
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

/// What to search for: sent in the body, never in the URL (proxies and
/// logs keep URLs).
#[derive(Debug, Deserialize, ToSchema)]
pub struct PersonSearch {
    /// Names in any spelling or script, tax code, STP/ENI code, permit
    /// number and/or date of birth.
    #[schema(max_length = 200)]
    q: String,
}

/// Finds people despite spelling and script variants.
#[utoipa::path(
    post,
    path = "/api/v1/desk/people/search",
    tag = "desk",
    request_body = PersonSearch,
    responses(
        (status = 200, description = "Likely matches, best first", body = [PersonMatchJson]),
        (status = 400, description = "`q` longer than 200 characters", body = crate::error::Problem,
         content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = crate::error::Problem,
         content_type = "application/problem+json"),
        (status = 403, description = "Not permitted", body = crate::error::Problem,
         content_type = "application/problem+json"),
    )
)]
pub(crate) async fn search(
    ctx: Ctx,
    Json(params): Json<PersonSearch>,
) -> WebResult<Json<Vec<PersonMatchJson>>> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    if params.q.chars().count() > 200 {
        return Err(crate::error::WebError::BadRequest(
            "q: at most 200 characters",
        ));
    }
    let q = params.q.trim();
    if q.is_empty() {
        return Ok(Json(Vec::new()));
    }
    let parsed = parse_query(q);
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
        (status = 404, description = "No such person in your scope", body = crate::error::Problem,
         content_type = "application/problem+json"),
    )
)]
pub(crate) async fn person(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Json<PersonJson>> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let (p, _) = person_record(&state, &operator, id).await?;
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
        (status = 404, description = "No such case in your scope", body = crate::error::Problem,
         content_type = "application/problem+json"),
    )
)]
pub(crate) async fn case(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Json<CaseJson>> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let c = case_in_scope(&state, &operator, id).await?;
    audit(&state, &operator, &headers, "desk.case.read", ("case", id)).await?;
    Ok(Json(case_json(&state, &operator, c).await?))
}

/// Downloads a case with its person as a JSON file: the same content as the
/// API (notes filtered by profession), audited as an export.
pub(crate) async fn case_export(
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> WebResult<axum::response::Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse as _;
    let (c, cleared) = super::case_cleared(&state, &operator, id).await?;
    // The case's and the person's access logs both show the export.
    let read = super::trail(&operator, &headers, "desk.case.export", ("case", id), None).and(
        crate::identity::acted(
            &operator,
            &headers,
            crocevia_store::identity::audit::AuditEvent::new(
                "desk.case.export",
                "person",
                Some(c.person_id.to_string()),
            ),
        ),
    );
    state.store().record(&read).await?;
    let p = state
        .store()
        .person(c.person_id, &cleared, &cipher(&state))
        .await?
        .ok_or(crate::error::WebError::NotFound)?;
    let export = CaseExportJson {
        exported_at: chrono::Utc::now().to_rfc3339(),
        person: person_json(&p, sees_vulnerabilities(operator.user.profession)),
        case: case_json(&state, &operator, c).await?,
    };
    let mut response = Json(export).into_response();
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"case-{id}.json\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A case as the API and the export show it to `operator`.
async fn case_json(
    state: &AppState,
    operator: &Operator,
    c: crocevia_store::desk::Case,
) -> WebResult<CaseJson> {
    let id = c.id;
    let cipher = cipher(state);
    let assessments = state.store().assessments(id, &cipher).await?;
    let notes = state
        .store()
        .notes(id, readable_classes(operator.user.profession), &cipher)
        .await?;
    let team = state.store().members(id).await?;
    let plan = state.store().tasks_of(id, &cipher).await?;
    let documents = state.store().documents(id).await?;
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    Ok(CaseJson {
        team: team
            .into_iter()
            .map(|m| MemberJson {
                operator_id: m.operator_id,
                profession: m.profession,
            })
            .collect(),
        plan: plan
            .into_iter()
            .map(|t| TaskJson {
                id: t.id,
                kind: t.input.kind.as_str().to_owned(),
                goal_id: t.input.goal_id,
                title: t.input.title,
                owner_id: t.input.owner_id,
                due: day(t.input.due),
                remind_on: day(t.input.remind_on),
                status: t.status.as_str().to_owned(),
            })
            .collect(),
        documents: documents
            .into_iter()
            .map(|d| DocumentJson {
                id: d.id,
                name: d.name,
                content_type: d.content_type,
                size: d.size,
                uploaded_at: d.uploaded_at.to_rfc3339(),
            })
            .collect(),
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
    })
}
