//! What leaves the owning agency: a referral with its minimal package, or
//! the transfer of the whole record. Nothing leaves without a basis that
//! holds for that recipient and purpose today ([`check_basis`]);
//! special-category parts need a basis that covers them, and an operator
//! can only send what their profession may read.

use std::collections::{BTreeMap, BTreeSet};

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::desk::sharing::{
    PackagePart, Purpose, REFERRAL_ACCESS_MAX_DAYS, Urgency, check_basis,
};
use crocevia_domain::identity::perm;
use crocevia_store::desk::sharing::{LegalBasis, NewReferral};
use crocevia_store::identity::access::Agency;
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::desk::sharing::{owned_person, render};
use crate::desk::{cipher, trail};
use crate::error::{WebError, WebResult};
use crate::form::Posted;
use crate::guard::staff;
use crate::i18n::Tr;

/// The basis a disclosure to `to` rests on, or the field error saying why
/// there is none.
async fn basis_for(
    state: &AppState,
    tr: Tr,
    person: Uuid,
    to: &Agency,
    (purpose, special): (Purpose, bool),
) -> WebResult<Result<Uuid, String>> {
    let bases = state.store().legal_bases(person).await?;
    let terms: Vec<_> = bases.iter().map(LegalBasis::terms).collect();
    Ok(
        match check_basis(
            &terms,
            (&to.id.to_string(), to.kind),
            purpose,
            special,
            rome_today(),
        ) {
            Ok(i) => Ok(bases[i].id),
            Err(problem) => Err(tr.t_args(
                &format!("sharing-error-basis-{}", problem.as_str()),
                &[
                    ("agency", &to.name),
                    (
                        "purpose",
                        &tr.t(&format!("sharing-purpose-{}", purpose.as_str())),
                    ),
                ],
            )),
        },
    )
}

/// Sends a referral: the basis is checked for this recipient, purpose and
/// (when special parts are chosen) special categories; the package holds
/// only the parts chosen, read from the record now.
pub(crate) async fn refer(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    let (person, agency) = owned_person(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let tr = Tr(lang);
    let mut typed = Posted::parse(&body);
    let choose = tr.t("desk-error-choice");
    let to = receiving_agency(&state, typed.get("to"), &agency).await?;
    let purpose = Purpose::parse(typed.get("referral_purpose"));
    let urgency = Urgency::parse(typed.get("urgency"));
    let parts: Option<BTreeSet<PackagePart>> = typed.all("part").map(PackagePart::parse).collect();
    let cases = state.store().cases_of(person.id, &cipher(&state)).await?;
    let case = match typed.get("case") {
        "" => Ok(None),
        c => c
            .parse::<Uuid>()
            .ok()
            .filter(|c| cases.iter().any(|k| k.id == *c))
            .map(Some)
            .ok_or(()),
    };
    let days = typed
        .get("days")
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=REFERRAL_ACCESS_MAX_DAYS).contains(d));
    let reason: String = typed.get("reason").chars().take(2000).collect();
    let mut errors = BTreeMap::new();
    for (name, ok) in [
        ("to", to.is_some()),
        ("referral_purpose", purpose.is_some()),
        ("urgency", urgency.is_some()),
        ("case", case.is_ok()),
    ] {
        if !ok {
            errors.insert(name.to_owned(), choose.clone());
        }
    }
    if days.is_none() {
        errors.insert(
            "days".to_owned(),
            tr.t1(
                "sharing-error-days",
                "max",
                &REFERRAL_ACCESS_MAX_DAYS.to_string(),
            ),
        );
    }
    if reason.is_empty() {
        errors.insert("reason".to_owned(), tr.t("sharing-error-reason"));
    }
    let profession = operator.user.profession;
    match &parts {
        None => {
            errors.insert("part".to_owned(), choose.clone());
        }
        Some(p) if p.is_empty() => {
            errors.insert("part".to_owned(), tr.t("sharing-error-parts"));
        }
        Some(p) => {
            if p.iter().any(|p| p.needs_case()) && !matches!(case, Ok(Some(_))) {
                errors.insert("case".to_owned(), tr.t("sharing-error-case"));
            }
            let unreadable = p.iter().any(|p| !p.readable_by(profession));
            if unreadable {
                errors.insert("part".to_owned(), tr.t("sharing-error-unreadable"));
            }
        }
    }
    let basis = match (&to, purpose, &parts) {
        (Some(to), Some(purpose), Some(parts)) if errors.is_empty() => {
            let special = parts.iter().any(|p| p.is_special());
            match basis_for(&state, tr, person.id, to, (purpose, special)).await? {
                Ok(b) => Some(b),
                Err(message) => {
                    errors.insert("to".to_owned(), message);
                    None
                }
            }
        }
        _ => None,
    };
    typed.errors = errors;
    let (Some(to), Some(purpose), Some(urgency), Some(parts), Ok(case), Some(days), Some(basis)) =
        (to, purpose, urgency, parts, case, days, basis)
    else {
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
    let package = crate::desk::package::assemble(&state, &person, case, &parts).await?;
    let receivers = staff(&state, to.id, perm::DESK_CASE_WRITE, None).await?;
    let referral = state
        .store()
        .create_referral(
            &NewReferral {
                person_id: person.id,
                case_id: case,
                from: agency.id,
                to: to.id,
                basis_id: basis,
                purpose,
                urgency,
                reason,
                parts,
                package: serde_json::to_string(&package)
                    .map_err(|e| WebError::Internal(e.into()))?,
                access_until: Utc::now() + chrono::Duration::days(days),
            },
            operator.user.id,
            &cipher(&state),
            |referral| {
                trail(
                    &operator,
                    &headers,
                    "desk.referral.send",
                    ("person", person.id),
                    Some(format!("referral {referral} to agency {}", to.id)),
                )
                .notify(receivers, "referral.received", ("referral", referral))
            },
        )
        .await?;
    state.mail_queued();
    tracing::info!(referral = %referral, "referral sent");
    Ok(Redirect::to(&format!("/app/desk/referrals/{referral}?sent=1")).into_response())
}

/// Transfers the person's record (with its cases) to another agency: an
/// explicit act, on a basis that holds for that agency and purpose.
pub(crate) async fn transfer(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
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
    let to = receiving_agency(&state, typed.get("transfer_to"), &agency).await?;
    let purpose = Purpose::parse(typed.get("transfer_purpose"));
    let (Some(to), Some(purpose)) = (to.clone(), purpose) else {
        for (name, ok) in [
            ("transfer_to", to.is_some()),
            ("transfer_purpose", purpose.is_some()),
        ] {
            if !ok {
                typed
                    .errors
                    .insert(name.to_owned(), tr.t("desk-error-choice"));
            }
        }
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
    // The whole record goes, special categories included when recorded.
    let special = !person.input.sensitive.is_empty();
    if let Err(message) = basis_for(&state, tr, person.id, &to, (purpose, special)).await? {
        typed.errors.insert("transfer_to".to_owned(), message);
        return render(
            &state,
            &operator,
            (&headers, &csrf),
            (&person, &agency),
            &typed,
            None,
        )
        .await;
    }
    let receivers = staff(&state, to.id, perm::DESK_CASE_WRITE, None).await?;
    let done = trail(
        &operator,
        &headers,
        "desk.person.transfer",
        ("person", person.id),
        Some(format!("from agency {} to agency {}", agency.id, to.id)),
    )
    .notify(receivers, "person.transferred", ("person", person.id));
    state
        .store()
        .transfer_person(person.id, to.id, &done)
        .await?;
    state.mail_queued();
    Ok(Redirect::to("/app/desk?transferred=1").into_response())
}

/// The active agency chosen (by id) to receive the data, other than the
/// owner; `None` when the choice is not one.
async fn receiving_agency(
    state: &AppState,
    chosen: &str,
    owner: &Agency,
) -> WebResult<Option<Agency>> {
    match chosen.parse::<Uuid>() {
        Ok(to) if to != owner.id => Ok(state.store().agency(to).await?.filter(|a| a.active)),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crocevia_domain::desk::sharing::BasisProblem;

    #[test]
    fn a_problem_has_a_message_in_both_workspace_languages() {
        for lang in [crocevia_domain::Lang::It, crocevia_domain::Lang::En] {
            for p in [
                BasisProblem::Missing,
                BasisProblem::Withdrawn,
                BasisProblem::Expired,
                BasisProblem::SpecialNotCovered,
            ] {
                let key = format!("sharing-error-basis-{}", p.as_str());
                let text = Tr(lang).t_args(&key, &[("agency", "X"), ("purpose", "Y")]);
                assert!(!text.contains(&key), "{key} in {lang:?}");
                assert!(text.contains('X'), "{key} names the agency");
            }
        }
    }
}
