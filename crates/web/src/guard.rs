//! The guard of the workspace: the only place web code asks the domain
//! policy (`decide`). Handlers obtain an object through a guard or a loader
//! built on it ([`authorize`], [`allowed_agencies`], the desk's scoped
//! loaders), and the rules themselves are pure functions of
//! `crocevia_domain` (identity policy, desk access), property-tested there.

use crocevia_domain::identity::{
    Decision, DenyReason, Permission, Target, allowed_agencies as allowed, allows, decide,
};
use crocevia_store::identity::access::Agency;
use uuid::Uuid;

use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::identity::operator::{Operator, subject};

/// The one guard of the workspace: asks the domain policy about `operator`
/// doing `permission` on `target`, and turns a refusal into a 403 (or a 404
/// where the object's existence is itself sensitive).
pub async fn authorize(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
    target: &Target,
) -> WebResult<()> {
    authorize_any(state, operator, permission, std::slice::from_ref(target)).await
}

/// The guard for an object that belongs to several agencies at once (an
/// operator working for two): allowed when any of them allows it; otherwise
/// the answer for the first. No target at all means the whole network.
pub async fn authorize_any(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
    targets: &[Target],
) -> WebResult<()> {
    let subject = subject(state, operator).await?;
    let network = [Target::Network];
    let targets = if targets.is_empty() {
        &network[..]
    } else {
        targets
    };
    let decisions: Vec<Decision> = targets
        .iter()
        .map(|t| decide(subject, permission, t))
        .collect();
    let decision = decisions
        .iter()
        .find(|d| **d == Decision::Allow)
        .or(decisions.first())
        .copied()
        .unwrap_or(Decision::Deny(DenyReason::NoPermission));
    match decision {
        Decision::Allow => Ok(()),
        refusal => Err(refused(refusal)),
    }
}

/// The answer to a refusal of the policy: 404 where the object's existence is
/// itself sensitive, else 403 saying why (in English, for API clients).
pub(crate) fn refused(decision: Decision) -> WebError {
    match decision {
        Decision::NotFound => WebError::NotFound,
        Decision::Deny(DenyReason::SecondFactorRequired) => WebError::NotPermitted(
            "this needs a session that passed the second authentication factor",
        ),
        Decision::Deny(DenyReason::OutOfScope) => {
            WebError::NotPermitted("this is outside the scope of your grants")
        }
        // Never asked to refuse an allowed access: treat it as the narrowest
        // refusal rather than panic.
        Decision::Deny(DenyReason::NoPermission) | Decision::Allow => {
            WebError::NotPermitted("your roles do not include this permission")
        }
    }
}

/// The target of an object owned by `agency`.
#[must_use]
pub fn owned_by(agency: &Agency) -> Target {
    Target::Owned {
        agency: agency.id.to_string(),
        territory: agency.territory.clone(),
    }
}

/// The agencies (active or not) on which `operator` may do `permission`:
/// the one list behind every "agencies where this operator may do P".
pub(crate) async fn allowed_agencies(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
) -> WebResult<Vec<Agency>> {
    let subject = subject(state, operator).await?;
    let agencies = state.store().agencies().await?;
    Ok(allowed(subject, permission, &agencies, owned_by)
        .into_iter()
        .cloned()
        .collect())
}

/// The users of `agency` holding `permission` there (of `profession`, when
/// given): who is told about what the agency must act on.
pub(crate) async fn staff(
    state: &AppState,
    agency: Uuid,
    permission: Permission,
    profession: Option<crocevia_domain::identity::Profession>,
) -> WebResult<Vec<Uuid>> {
    let Some(agency) = state.store().agency(agency).await? else {
        return Ok(Vec::new());
    };
    let target = owned_by(&agency);
    let mut out = Vec::new();
    for (user, subject) in state.store().holders(permission).await? {
        if allows(&subject, permission, &target) && profession.is_none_or(|p| user.profession == p)
        {
            out.push(user.id);
        }
    }
    Ok(out)
}
