//! A person's sharing page (`/app/desk/people/{id}/sharing`): the legal
//! bases recorded for them (consent and the others) and their withdrawal,
//! the referrals sent, and the forms to refer the person to another agency
//! and to transfer the record (sent by [`super::referrals::send`]).

use std::collections::BTreeSet;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use crocevia_domain::desk::access::may_share;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::desk::sharing::{
    Basis, Evidence, PackagePart, Purpose, REFERRAL_ACCESS_DAYS, Urgency,
};
use crocevia_domain::identity::{AgencyKind, Permission, perm};
use crocevia_store::desk::Person;
use crocevia_store::desk::sharing::{LegalBasis, LegalBasisInput, RecipientInput};
use crocevia_store::identity::access::Agency;
use serde::Deserialize;
use uuid::Uuid;

use super::{audit, choices, cipher, full_name, person_owned};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form};
use crate::form::{Check, Choice, Field, Posted};
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, owned_by, subject};
use crate::security::CsrfToken;

/// One recorded basis as listed.
pub(super) struct BasisRow {
    id: Uuid,
    recipient: String,
    purpose: String,
    basis: String,
    special: bool,
    period: String,
    evidence: String,
    /// "valid", "withdrawn" or "expired", localized.
    state: String,
    withdrawable: bool,
    /// A consent: its form can be printed.
    consent: bool,
}

/// One referral as listed.
pub(super) struct ReferralRow {
    pub(super) id: Uuid,
    pub(super) when: String,
    pub(super) agency: String,
    pub(super) purpose: String,
    pub(super) urgency: String,
    pub(super) status: String,
    pub(super) access_until: String,
}

#[derive(Template)]
#[template(path = "app_desk_sharing.html")]
struct SharingPage {
    app: AppChrome,
    notice: Option<String>,
    person_id: Uuid,
    name: String,
    bases: Vec<BasisRow>,
    referrals: Vec<ReferralRow>,
    can_share: bool,
    basis_fields: Vec<Field>,
    basis_special: bool,
    referral_fields: Vec<Field>,
    reason: String,
    reason_error: Option<String>,
    /// The parts of the package, those of special categories marked.
    parts: Vec<PartCheck>,
    parts_error: Option<String>,
    transfer_fields: Vec<Field>,
}

/// A part of a referral's package to tick.
pub(super) struct PartCheck {
    check: Check,
    /// A special category of data (health, vulnerabilities).
    special: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Notice {
    saved: Option<String>,
    withdrawn: Option<String>,
}

fn recipient_options(tr: Tr, agencies: &[Agency], owner: Uuid) -> Vec<Choice> {
    let mut out: Vec<Choice> = agencies
        .iter()
        .filter(|a| a.active && a.id != owner)
        .map(|a| Choice::new(format!("agency:{}", a.id), a.name.clone()))
        .collect();
    out.extend(AgencyKind::ALL.iter().map(|k| {
        Choice::new(
            format!("kind:{}", k.as_str()),
            tr.t1(
                "sharing-any-agency",
                "kind",
                &tr.t(&format!("kind-{}", k.as_str())),
            ),
        )
    }));
    out
}

fn agency_options(agencies: &[Agency], owner: Uuid) -> Vec<Choice> {
    agencies
        .iter()
        .filter(|a| a.active && a.id != owner)
        .map(|a| Choice::new(a.id.to_string(), a.name.clone()))
        .collect()
}

fn recipient_label(tr: Tr, agencies: &[Agency], r: &RecipientInput) -> String {
    match r {
        RecipientInput::Agency(id) => agencies
            .iter()
            .find(|a| a.id == *id)
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        RecipientInput::Kind(k) => tr.t1(
            "sharing-any-agency",
            "kind",
            &tr.t(&format!("kind-{}", k.as_str())),
        ),
    }
}

fn basis_row(tr: Tr, agencies: &[Agency], b: &LegalBasis, today: NaiveDate) -> BasisRow {
    let terms = b.terms();
    let state = if b.withdrawn_at.is_some() {
        "withdrawn"
    } else if terms.holds_on(today) {
        "valid"
    } else {
        "expired"
    };
    BasisRow {
        id: b.id,
        recipient: recipient_label(tr, agencies, &b.input.recipient),
        purpose: tr.t(&format!("sharing-purpose-{}", b.input.purpose.as_str())),
        basis: tr.t(&format!("sharing-basis-{}", b.input.basis.as_str())),
        special: terms.covers_special(),
        period: match b.input.expires_on {
            Some(e) => format!("{} – {e}", b.input.given_on),
            None => format!("{} –", b.input.given_on),
        },
        evidence: tr.t(&format!("sharing-evidence-{}", b.input.evidence.as_str())),
        state: tr.t(&format!("sharing-state-{state}")),
        withdrawable: b.withdrawn_at.is_none(),
        consent: b.input.basis == Basis::Consent,
    }
}

/// The referrals listed with their receiving (or sending) agency.
pub(super) fn referral_rows(
    tr: Tr,
    agencies: &[Agency],
    referrals: &[crocevia_store::desk::sharing::Referral],
    sent: bool,
) -> Vec<ReferralRow> {
    let name = |id: Uuid| {
        agencies
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    referrals
        .iter()
        .map(|r| ReferralRow {
            id: r.id,
            when: super::local_time(r.created_at),
            agency: name(if sent {
                r.to_agency_id
            } else {
                r.from_agency_id
            }),
            purpose: tr.t(&format!("sharing-purpose-{}", r.purpose.as_str())),
            urgency: tr.t(&format!("sharing-urgency-{}", r.urgency.as_str())),
            status: tr.t(&format!("referral-status-{}", r.status.as_str())),
            access_until: super::local_time(r.access_until),
        })
        .collect()
}

/// Renders the sharing page with what was typed and its errors.
pub(super) async fn render(
    state: &AppState,
    operator: &Operator,
    (headers, csrf): (&HeaderMap, &CsrfToken),
    (person, agency): (&Person, &Agency),
    typed: &Posted,
    notice: Option<String>,
) -> WebResult<Response> {
    let lang = app_lang(headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(state, lang, "sharing-title", Some(&operator.user), csrf).await?;
    let agencies = state.store().agencies().await?;
    let today = rome_today();
    let bases = state
        .store()
        .legal_bases(person.id)
        .await?
        .iter()
        .map(|b| basis_row(tr, &agencies, b, today))
        .collect();
    let referrals = state
        .store()
        .referrals_of(person.id, &cipher(state))
        .await?;
    let subject = subject(state, operator).await?;
    let can_share = may_share(subject, &owned_by(agency));
    let e = &typed.errors;
    let purposes = choices(
        tr,
        "sharing-purpose",
        Purpose::ALL.iter().map(|p| p.as_str()),
    );
    let or = |name: &str, default: String| {
        if typed.has(name) {
            typed.get(name).to_owned()
        } else {
            default
        }
    };
    let basis_fields = vec![
        Field::new(
            "recipient",
            tr.t("sharing-field-recipient"),
            typed.get("recipient"),
            recipient_options(tr, &agencies, agency.id),
            e,
        ),
        Field::new(
            "purpose",
            tr.t("sharing-field-purpose"),
            typed.get("purpose"),
            purposes.clone(),
            e,
        ),
        Field::new(
            "basis",
            tr.t("sharing-field-basis"),
            typed.get("basis"),
            choices(tr, "sharing-basis", Basis::ALL.iter().map(|b| b.as_str())),
            e,
        ),
        Field::new(
            "evidence",
            tr.t("sharing-field-evidence"),
            typed.get("evidence"),
            choices(
                tr,
                "sharing-evidence",
                Evidence::ALL.iter().map(|b| b.as_str()),
            ),
            e,
        ),
        Field::new(
            "given_on",
            tr.t("sharing-field-given-on"),
            &or("given_on", today.to_string()),
            Vec::new(),
            e,
        ),
        Field::new(
            "expires_on",
            tr.t("sharing-field-expires-on"),
            typed.get("expires_on"),
            Vec::new(),
            e,
        ),
        Field::new(
            "lang",
            tr.t("sharing-field-lang"),
            &or(
                "lang",
                person
                    .input
                    .languages
                    .first()
                    .map(|l| l.0.clone())
                    .unwrap_or_default(),
            ),
            super::labels::language_choices(tr.0),
            e,
        ),
        Field::new(
            "reference",
            tr.t("sharing-field-reference"),
            typed.get("reference"),
            Vec::new(),
            e,
        ),
    ];
    let cases: Vec<Choice> = state
        .store()
        .cases_of(person.id, &cipher(state))
        .await?
        .into_iter()
        .map(|c| {
            Choice::new(
                c.id.to_string(),
                tr.t1("sharing-case-of", "date", &super::local_day(c.opened_at)),
            )
        })
        .collect();
    let referral_fields = vec![
        Field::new(
            "to",
            tr.t("sharing-field-to"),
            typed.get("to"),
            agency_options(&agencies, agency.id),
            e,
        ),
        Field::new(
            "referral_purpose",
            tr.t("sharing-field-purpose"),
            typed.get("referral_purpose"),
            purposes.clone(),
            e,
        ),
        Field::new(
            "urgency",
            tr.t("sharing-field-urgency"),
            &or("urgency", Urgency::Routine.as_str().to_owned()),
            choices(
                tr,
                "sharing-urgency",
                Urgency::ALL.iter().map(|u| u.as_str()),
            ),
            e,
        ),
        Field::new(
            "case",
            tr.t("sharing-field-case"),
            typed.get("case"),
            cases,
            e,
        ),
        Field::new(
            "days",
            tr.t("sharing-field-days"),
            &or("days", REFERRAL_ACCESS_DAYS.to_string()),
            Vec::new(),
            e,
        ),
    ];
    let transfer_fields = vec![
        Field::new(
            "transfer_to",
            tr.t("sharing-field-to"),
            typed.get("transfer_to"),
            agency_options(&agencies, agency.id),
            e,
        ),
        Field::new(
            "transfer_purpose",
            tr.t("sharing-field-purpose"),
            typed.get("transfer_purpose"),
            purposes,
            e,
        ),
    ];
    let chosen: BTreeSet<&str> = if typed.pairs().next().is_none() {
        [PackagePart::Identity, PackagePart::Languages]
            .iter()
            .map(|p| p.as_str())
            .collect()
    } else {
        typed.all("part").collect()
    };
    let page = SharingPage {
        notice,
        person_id: person.id,
        name: full_name(person),
        bases,
        referrals: referral_rows(tr, &agencies, &referrals, true),
        can_share,
        basis_fields,
        basis_special: typed.get("special") == "on",
        referral_fields,
        reason: typed.get("reason").to_owned(),
        reason_error: e.get("reason").cloned(),
        parts: PackagePart::ALL
            .iter()
            .map(|p| PartCheck {
                check: Check::new(
                    p.as_str(),
                    tr.t(&format!("sharing-part-{}", p.as_str())),
                    chosen.contains(p.as_str()),
                ),
                special: p.is_special(),
            })
            .collect(),
        parts_error: e.get("part").cloned(),
        transfer_fields,
        app,
    };
    Ok(render_form(&page, !typed.errors.is_empty()))
}

/// The sharing page of a person.
pub(super) async fn page(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(notice): Query<Notice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let (person, agency) = owned_person(&state, &operator, id, perm::DESK_PERSON_READ).await?;
    audit(
        &state,
        &operator,
        &headers,
        "desk.sharing.read",
        ("person", id),
    )
    .await?;
    let tr = Tr(lang);
    let notice = if notice.saved.is_some() {
        Some(tr.t("desk-saved"))
    } else if notice.withdrawn.is_some() {
        Some(tr.t("sharing-withdrawn"))
    } else {
        None
    };
    render(
        &state,
        &operator,
        (&headers, &csrf),
        (&person, &agency),
        &Posted::default(),
        notice,
    )
    .await
}

/// A person of the operator's own scope (not through a referral or
/// break-glass: sharing is the owning agency's act), not merged away.
pub(super) async fn owned_person(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
    permission: Permission,
) -> WebResult<(Person, Agency)> {
    person_owned(state, operator, id, permission).await
}

fn day(s: &str) -> Result<Option<NaiveDate>, ()> {
    match s {
        "" => Ok(None),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ()),
    }
}

/// Reads the basis form; errors by field.
fn parse_basis(tr: Tr, typed: &mut Posted, agencies: &[Agency]) -> Option<LegalBasisInput> {
    let choose = tr.t("desk-error-choice");
    let recipient = match typed.get("recipient").split_once(':') {
        Some(("agency", id)) => id
            .parse::<Uuid>()
            .ok()
            .filter(|id| agencies.iter().any(|a| a.id == *id && a.active))
            .map(RecipientInput::Agency),
        Some(("kind", k)) => AgencyKind::parse(k).map(RecipientInput::Kind),
        _ => None,
    };
    let purpose = Purpose::parse(typed.get("purpose"));
    let basis = Basis::parse(typed.get("basis"));
    let evidence = Evidence::parse(typed.get("evidence"));
    let given_on = day(typed.get("given_on"));
    let expires_on = day(typed.get("expires_on"));
    let lang = typed.get("lang").to_owned();
    let reference: String = typed.get("reference").chars().take(200).collect();
    let e = &mut typed.errors;
    for (name, ok) in [
        ("recipient", recipient.is_some()),
        ("purpose", purpose.is_some()),
        ("basis", basis.is_some()),
        ("evidence", evidence.is_some()),
    ] {
        if !ok {
            e.insert(name.to_owned(), choose.clone());
        }
    }
    let given_on = match given_on {
        Ok(Some(d)) => Some(d),
        _ => {
            e.insert("given_on".into(), tr.t("sharing-error-date"));
            None
        }
    };
    let expires_on = match expires_on {
        Ok(d) if d.is_none_or(|d| given_on.is_none_or(|g| g <= d)) => d,
        _ => {
            e.insert("expires_on".into(), tr.t("sharing-error-expiry"));
            None
        }
    };
    if !lang.is_empty() && crocevia_domain::desk::labels::language(&lang).is_none() {
        e.insert("lang".into(), tr.t("sharing-error-lang"));
    }
    if basis == Some(Basis::Consent) && evidence == Some(Evidence::Act) {
        e.insert("evidence".into(), tr.t("sharing-error-consent-evidence"));
    }
    if !e.is_empty() {
        return None;
    }
    Some(LegalBasisInput {
        recipient: recipient?,
        purpose: purpose?,
        basis: basis?,
        special: typed.get("special") == "on",
        evidence: evidence?,
        lang: (!lang.is_empty()).then(|| lang.to_ascii_lowercase()),
        reference: (!reference.is_empty()).then_some(reference),
        given_on: given_on?,
        expires_on,
    })
}

/// Records a legal basis.
pub(super) async fn record_basis(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let (person, agency) = owned_person(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    let tr = Tr(lang);
    let mut typed = Posted::parse(&body);
    let agencies = state.store().agencies().await?;
    let Some(input) = parse_basis(tr, &mut typed, &agencies) else {
        return render(
            &state,
            &operator,
            (&headers, &csrf),
            (&person, &agency),
            &typed,
            None,
        )
        .await;
    };
    let done = super::trail(
        &operator,
        &headers,
        "desk.basis.record",
        ("person", id),
        None,
    );
    let basis = state
        .store()
        .record_basis(person.id, agency.id, &input, operator.user.id, &done)
        .await?;
    tracing::info!(basis = %basis, "legal basis recorded");
    Ok(Redirect::to(&format!("/app/desk/people/{id}/sharing?saved=1#bases")).into_response())
}

/// Records the person's withdrawal of a basis: the referrals resting on it
/// close, and their receiving agencies are told.
pub(super) async fn withdraw_basis(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        lang,
        ..
    } = ctx;
    let basis = state
        .store()
        .legal_basis(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (person, _) =
        owned_person(&state, &operator, basis.person_id, perm::DESK_PERSON_WRITE).await?;
    let tr = Tr(lang);
    // The receiving agencies of the referrals resting on the basis are told
    // they closed.
    let mut done = super::trail(
        &operator,
        &headers,
        "desk.basis.withdraw",
        ("person", person.id),
        None,
    );
    for r in state
        .store()
        .referrals_of(person.id, &cipher(&state))
        .await?
    {
        if r.basis_id == id && r.status.grants_access() {
            let staff =
                crate::guard::staff(&state, r.to_agency_id, perm::DESK_PERSON_READ, None).await?;
            done = done.notify(staff, "referral.closed", ("referral", r.id));
        }
    }
    state
        .store()
        .withdraw_basis(
            id,
            &cipher(&state),
            &tr.t("sharing-closed-by-withdrawal"),
            &done,
        )
        .await?;
    state.mail_queued();
    Ok(Redirect::to(&format!(
        "/app/desk/people/{}/sharing?withdrawn=1#bases",
        person.id
    ))
    .into_response())
}
