//! The one-stop desk in the operator workspace (`/app/desk/…`) and the JSON
//! API (`/api/v1/desk/…`): finding a person again despite spelling and
//! script, registering them, recording visits, opening cases, assessing them
//! by dimension and keeping notes readable only by the professions allowed.
//!
//! Every read and write of a person or case is audited ([`audit`]); who may
//! act on which record is the policy's answer for the record's agency.

pub(crate) mod api;
mod break_glass;
mod calendar;
mod calendar_feed;
mod cases;
mod deadlines;
mod home;
mod household;
mod labels;
mod package;
mod people;
mod person_actions;
mod person_form;
mod person_pdf;
pub(crate) mod referrals;
mod register;
mod rights;
mod sharing;
mod work;
mod work_actions;

pub use referrals::notice_ending_access;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use crocevia_domain::crypto::FieldCipher;
pub(crate) use crocevia_domain::desk::access::sees_vulnerabilities;
use crocevia_domain::desk::access::{Clearance, clearance};
use crocevia_domain::identity::{Permission, Target, perm};
use crocevia_store::act::Trail;
use crocevia_store::desk::{Case, Person};
use crocevia_store::identity::access::Agency;
use crocevia_store::identity::audit::AuditEvent;
use uuid::Uuid;

use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::Choice;
use crate::identity::{Operator, audit_by, authorize, owned_by, subject};
use crate::upload::MAX_UPLOAD_BYTES;

/// The desk's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/app/desk", get(home::home))
        .route("/app/desk/search", post(home::search))
        .route("/app/desk/people", post(register::create))
        .route("/app/desk/people/new", get(register::new_form))
        .route("/app/desk/people/{id}/merge", post(people::merge))
        .route(
            "/app/desk/people/{id}/visits",
            post(person_actions::record_visit),
        )
        .route("/app/desk/people/{id}/cases", post(cases::open))
        .route("/app/desk/deadlines", get(deadlines::list))
        .route("/app/desk/cases/{id}", get(cases::show))
        .route("/app/desk/cases/{id}/status", post(cases::set_status))
        .route("/app/desk/cases/{id}/assessments", post(cases::assess))
        .route("/app/desk/cases/{id}/notes", post(cases::add_note))
        .route("/app/desk/cases/{id}/team", post(work_actions::team))
        .route("/app/desk/cases/{id}/export", get(api::case_export))
        .route("/app/desk/cases/{id}/tasks", post(work_actions::add_task))
        .route(
            "/app/desk/tasks/{id}/status",
            post(work_actions::task_status),
        )
        .route(
            "/app/desk/cases/{id}/documents",
            post(work_actions::upload).layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/app/desk/documents/{id}", get(work_actions::download))
        .route(
            "/app/desk/documents/{id}/delete",
            post(work_actions::delete_document),
        )
        .route(
            "/app/desk/people/{id}",
            get(people::show).post(register::update),
        )
        .route("/app/desk/people/{id}/edit", get(register::edit_form))
        .route(
            "/app/desk/people/{id}/household",
            post(person_actions::link),
        )
        .route("/app/desk/calendar", get(calendar::page))
        .route("/app/desk/calendar/feed", post(calendar_feed::issue_feed))
        .route(
            "/app/desk/calendar/feed/revoke",
            post(calendar_feed::revoke_feed),
        )
        .route("/calendar/{file}", get(calendar_feed::feed))
        .route("/app/desk/appointments", post(person_actions::book))
        .route(
            "/app/desk/appointments/{id}/status",
            post(calendar::set_status),
        )
        .route(
            "/app/desk/outreach",
            get(calendar::outreach_list).post(calendar::outreach_create),
        )
        .route(
            "/app/desk/outreach/{id}/active",
            post(calendar::outreach_active),
        )
        .route("/app/desk/people/{id}/sharing", get(sharing::page))
        .route("/app/desk/people/{id}/bases", post(sharing::record_basis))
        .route(
            "/app/desk/bases/{id}/withdraw",
            post(sharing::withdraw_basis),
        )
        .route(
            "/app/desk/people/{id}/referrals",
            post(referrals::send::refer),
        )
        .route(
            "/app/desk/people/{id}/transfer",
            post(referrals::send::transfer),
        )
        .route("/app/desk/referrals", get(referrals::receive::list))
        .route("/app/desk/referrals/{id}", get(referrals::receive::show))
        .route(
            "/app/desk/referrals/{id}/decision",
            post(referrals::receive::decide_referral),
        )
        .route(
            "/app/desk/referrals/{id}/close",
            post(referrals::receive::close),
        )
        .route(
            "/app/desk/emergency",
            get(break_glass::form).post(break_glass::open),
        )
        .route("/app/desk/break-glass/{id}", get(break_glass::review))
        .route("/api/v1/desk/referrals/{id}", get(referrals::receive::api))
        .route("/app/desk/people/{id}/rights", get(rights::page))
        .route(
            "/app/desk/people/{id}/export.json",
            get(rights::export_json),
        )
        .route(
            "/app/desk/people/{id}/export.pdf",
            get(person_pdf::export_pdf),
        )
        .route("/app/desk/people/{id}/erase", post(rights::erase))
        .route(
            "/app/desk/bases/{id}/consent.pdf",
            get(person_pdf::consent_pdf),
        )
        .route("/app/desk/retention", get(rights::retention))
        .route("/api/v1/desk/people/search", post(api::search))
        .route("/api/v1/desk/people/{id}", get(api::person))
        .route("/api/v1/desk/cases/{id}", get(api::case))
}

/// Seals the free-text values written in plain text before they were sealed
/// (appointment purposes, task titles, case closing reasons); the server
/// runs it at start, before it listens. Idempotent; returns how many.
pub async fn seal_at_start(state: &AppState) -> WebResult<usize> {
    Ok(state.store().seal_plain_text(&cipher(state)).await?)
}

/// The cipher of special-category fields.
fn cipher(state: &AppState) -> FieldCipher {
    FieldCipher::new(state.settings().field_key.expose())
}

/// The choices of a select: each code with its label, the message
/// `{prefix}-{code}`.
/// A line naming a record of the desk (a person, a case, an operator) with
/// its id for the link and one detail beside it: a relation, a profession,
/// a status.
#[derive(Debug, Clone)]
pub(super) struct RecordLine {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) detail: String,
}

fn choices<'a>(
    tr: crate::i18n::Tr,
    prefix: &str,
    codes: impl IntoIterator<Item = &'a str>,
) -> Vec<Choice> {
    codes
        .into_iter()
        .map(|code| Choice::new(code.to_owned(), tr.t(&format!("{prefix}-{code}"))))
        .collect()
}

/// Records one access to a person or case: what and which.
async fn audit(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    action: &str,
    object: (&str, Uuid),
) -> WebResult<()> {
    audit_why(state, operator, headers, action, object, None).await
}

/// Records one access to a person or case with its purpose (ids and
/// references only, never a name).
async fn audit_why(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    action: &str,
    (object_type, id): (&str, Uuid),
    purpose: Option<String>,
) -> WebResult<()> {
    let mut event = AuditEvent::new(action, object_type, Some(id.to_string()));
    event.purpose = purpose;
    audit_by(state, operator, headers, event).await
}

/// The trail of a desk action by `operator` in this request: its audit
/// entry, with the purpose when given (ids and references only, never a
/// name). The use case writes it in the transaction of its change.
fn trail(
    operator: &Operator,
    headers: &HeaderMap,
    action: &str,
    (object_type, id): (&str, Uuid),
    purpose: Option<String>,
) -> Trail {
    let mut event = AuditEvent::new(action, object_type, Some(id.to_string()));
    event.purpose = purpose;
    Trail::new(crate::identity::acted(operator, headers, event))
}

/// Records a search of people: who searched and how many records it showed
/// (the words searched are personal data and stay out of the log).
async fn audit_search(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    shown: usize,
) -> WebResult<()> {
    let mut event = AuditEvent::new("desk.person.search", "person", None);
    event.purpose = Some(format!("{shown} shown"));
    audit_by(state, operator, headers, event).await
}

/// The agency an operator registers people and visits for: the first of
/// their agencies whose grant carries `permission` (403 when none does).
async fn acting_agency(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
) -> WebResult<Agency> {
    let subject = subject(state, operator).await?;
    for grant in &subject.grants {
        if !grant.permissions.contains(&permission) {
            continue;
        }
        if let Ok(id) = grant.agency.parse::<Uuid>()
            && let Some(agency) = state.store().agency(id).await?
            && agency.active
        {
            authorize(state, operator, permission, &owned_by(&agency)).await?;
            return Ok(agency);
        }
    }
    authorize(state, operator, permission, &Target::Network).await?;
    Err(WebError::NotPermitted(
        "the operator acts for no agency with this permission",
    ))
}

/// The agencies whose records `permission` opens to this operator.
async fn readable_agencies(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
) -> WebResult<Vec<Uuid>> {
    Ok(crate::guard::allowed_agencies(state, operator, permission)
        .await?
        .iter()
        .map(|a| a.id)
        .collect())
}

/// The guard for a record owned by `agency` (404 when the agency is gone);
/// the agency when allowed.
async fn authorize_record(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
    agency: Uuid,
) -> WebResult<Agency> {
    let agency = state
        .store()
        .agency(agency)
        .await?
        .ok_or(WebError::NotFound)?;
    authorize(state, operator, permission, &owned_by(&agency)).await?;
    Ok(agency)
}

/// The agency owning a record and the clearance to do `permission` on its
/// records by the operator's grants; 404 when the agency is gone, the
/// guard's refusal otherwise.
async fn clear_record(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
    agency: Uuid,
) -> WebResult<(Agency, Clearance)> {
    let agency = authorize_record(state, operator, permission, agency).await?;
    let subject = subject(state, operator).await?;
    let cleared =
        clearance(subject, permission, &owned_by(&agency), false).ok_or(WebError::NotFound)?;
    Ok((agency, cleared))
}

/// A person to read (sealed facts opened) whose agency `desk.person.read`
/// covers, or that the operator reads through an open break-glass access,
/// with the person's agency; 404 otherwise. Reading only: a write or another
/// act of the owning agency goes through [`person_owned`].
async fn person_record(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
) -> WebResult<(Person, Agency)> {
    let permission = perm::DESK_PERSON_READ;
    let owner = state
        .store()
        .person_owner(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (agency, cleared) = match clear_record(state, operator, permission, owner).await {
        Ok(cleared) => cleared,
        Err(denied) => through_glass(state, operator, (id, owner), permission, ("person", id))
            .await?
            .ok_or(denied)?,
    };
    let person = state
        .store()
        .person(id, &cleared, &cipher(state))
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((person, agency))
}

/// Until when `operator` reads a person through break-glass, when
/// `permission` is one such access allows (reading the person and their
/// cases) and one is open now.
async fn glass_until(
    state: &AppState,
    operator: &Operator,
    person: Uuid,
    permission: Permission,
) -> WebResult<Option<chrono::DateTime<chrono::Utc>>> {
    if !crocevia_domain::desk::access::break_glass_covers(permission) {
        return Ok(None);
    }
    Ok(state
        .store()
        .break_glass_until(operator.user.id, person, chrono::Utc::now())
        .await?)
}

/// The record's agency and a clearance to read it when the operator reads
/// a person's record (`person` of `agency`) through an open break-glass
/// access with `permission` (the read is flagged in the audit log); `None`
/// otherwise.
async fn through_glass(
    state: &AppState,
    operator: &Operator,
    (person, agency): (Uuid, Uuid),
    permission: Permission,
    object: (&str, Uuid),
) -> WebResult<Option<(Agency, Clearance)>> {
    if glass_until(state, operator, person, permission)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let Some(agency) = state.store().agency(agency).await? else {
        return Ok(None);
    };
    let subject = subject(state, operator).await?;
    let Some(cleared) = clearance(subject, permission, &owned_by(&agency), true) else {
        return Ok(None);
    };
    audit(
        state,
        operator,
        &HeaderMap::new(),
        "desk.break_glass.read",
        object,
    )
    .await?;
    Ok(Some((agency, cleared)))
}

/// A person (sealed facts opened) for a write or another act of the owning
/// agency: `permission` must cover the person's OWNING agency, never through
/// break-glass or a referral; merged records are 404. Whatever the act
/// creates about the person is filed under the agency returned (the
/// person's own), so reading it never reaches further than reading the
/// person.
async fn person_owned(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
    permission: Permission,
) -> WebResult<(Person, Agency)> {
    let owner = state
        .store()
        .person_owner(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (agency, cleared) = clear_record(state, operator, permission, owner).await?;
    let person = state
        .store()
        .person(id, &cleared, &cipher(state))
        .await?
        .ok_or(WebError::NotFound)?;
    if person.merged_into.is_some() {
        return Err(WebError::NotFound);
    }
    Ok((person, agency))
}

/// A case to read, whose agency `desk.case.read` covers, or that the
/// operator reads through an open break-glass access on its person; 404
/// otherwise. Reading only: writes go through [`case_owned`].
async fn case_in_scope(state: &AppState, operator: &Operator, id: Uuid) -> WebResult<Case> {
    Ok(case_cleared(state, operator, id).await?.0)
}

/// [`case_in_scope`], with the clearance that opened it (which also opens
/// its person, filed under the same agency).
async fn case_cleared(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
) -> WebResult<(Case, Clearance)> {
    let permission = perm::DESK_CASE_READ;
    let (owner, person) = state
        .store()
        .case_owner(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (_, cleared) = match clear_record(state, operator, permission, owner).await {
        Ok(cleared) => cleared,
        Err(denied) => through_glass(state, operator, (person, owner), permission, ("case", id))
            .await?
            .ok_or(denied)?,
    };
    let case = state
        .store()
        .case(id, &cleared, &cipher(state))
        .await?
        .ok_or(WebError::NotFound)?;
    Ok((case, cleared))
}

/// A case to write to (or its documents, tasks, team): `permission` must
/// cover the case's agency itself, never through break-glass; 404
/// otherwise.
async fn case_owned(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
    permission: Permission,
) -> WebResult<Case> {
    let (owner, _) = state
        .store()
        .case_owner(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (_, cleared) = clear_record(state, operator, permission, owner).await?;
    state
        .store()
        .case(id, &cleared, &cipher(state))
        .await?
        .ok_or(WebError::NotFound)
}

/// The start of every desk listing page: the operator may read people
/// somewhere, the page's language and chrome, and the agencies whose people
/// they may read.
async fn listing_page(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &crate::security::CsrfToken),
    title_key: &str,
) -> WebResult<(crate::i18n::Tr, crate::identity::AppChrome, Vec<Uuid>)> {
    authorize(state, operator, perm::DESK_PERSON_READ, &Target::Listing).await?;
    let lang = crate::identity::app_lang(headers, Some(&operator.user));
    let app =
        crate::identity::app_chrome(state, lang, title_key, Some(&operator.user), csrf).await?;
    let agencies = readable_agencies(state, operator, perm::DESK_PERSON_READ).await?;
    Ok((crate::i18n::Tr(lang), app, agencies))
}

/// When something happened, in Italian time (`YYYY-MM-DD HH:MM`), as the
/// desk's calendar shows appointments.
pub(crate) fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    crocevia_domain::desk::calendar::rome(at)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The Italian day of an instant (`YYYY-MM-DD`).
pub(crate) fn local_day(at: chrono::DateTime<chrono::Utc>) -> String {
    crocevia_domain::desk::calendar::rome(at)
        .format("%Y-%m-%d")
        .to_string()
}

/// The running outreach desks of `agencies`, as choices ("name — place").
async fn outreach_choices(state: &AppState, agencies: &[Uuid]) -> WebResult<Vec<Choice>> {
    Ok(state
        .store()
        .outreach_desks(agencies, false)
        .await?
        .into_iter()
        .map(|o| {
            (
                o.id.to_string(),
                format!("{} — {}", o.input.name, o.input.place),
            )
        })
        .map(Choice::from)
        .collect())
}

/// A person's name as written ("given family").
fn full_name(p: &Person) -> String {
    format!("{} {}", p.input.given_name, p.input.family_name)
}

/// The Latin form of a person's name worth showing beside it: none when it
/// only repeats the name as written (Mohamed Benali), otherwise as typed,
/// or with capitals when it was derived in lower case (يوسف → Yusf).
pub(crate) fn shown_latin(p: &crocevia_store::desk::PersonInput) -> Option<String> {
    use crocevia_domain::desk::latin;
    let written = format!("{} {}", p.given_name, p.family_name);
    let form = p.latin_name.trim();
    let in_latin_letters = written
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| u32::from(c) <= 0x24F || (0x1E00..=0x1EFF).contains(&u32::from(c)));
    if form.is_empty() || (in_latin_letters && latin(form) == latin(&written)) {
        return None;
    }
    if form.chars().any(char::is_uppercase) {
        return Some(form.to_owned());
    }
    let capitalised: Vec<String> = form
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(capitalised.join(" "))
}

/// The names of these people as written, by id, of those whose records are
/// owned by `readable` (the agencies whose people the reader may read): an
/// appointment, task or link never names someone the reader may not read.
async fn names_of(
    state: &AppState,
    ids: &[Uuid],
    readable: &[Uuid],
) -> WebResult<std::collections::HashMap<Uuid, String>> {
    Ok(state
        .store()
        .person_names(ids, readable)
        .await?
        .into_iter()
        .map(|(id, given, family)| (id, format!("{given} {family}")))
        .collect())
}

/// Looks each distinct key up once (names of operators, places, people
/// shown next to many rows).
async fn lookup<K, V, Fut>(
    keys: impl IntoIterator<Item = K>,
    f: impl Fn(K) -> Fut,
) -> WebResult<std::collections::BTreeMap<K, V>>
where
    K: Ord + Copy,
    Fut: Future<Output = WebResult<V>>,
{
    let keys: std::collections::BTreeSet<K> = keys.into_iter().collect();
    let mut out = std::collections::BTreeMap::new();
    for k in keys {
        out.insert(k, f(k).await?);
    }
    Ok(out)
}
