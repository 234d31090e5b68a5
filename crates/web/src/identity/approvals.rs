//! The guard of grants and of their "four eyes" approval: every grant made
//! through the administration (on an operator's page or in an invitation) is
//! asked of [`may_grant`], and stored at once or as pending; pending grants are
//! approved or rejected here, on the operator's page, by a second
//! administrator ([`may_approve`], [`may_reject`]). Both are audited.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::Path;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::identity::grants::{
    GrantRefusal, GrantVerdict, Proposal, may_approve, may_grant, may_reject,
};
use crocevia_domain::identity::{Permission, Scope, Target, perm};
use crocevia_store::act::Trail;
use crocevia_store::identity::access::Agency;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::identity::requests::PendingGrant;
use uuid::Uuid;

use super::{Operator, authorize, owned_by, refused, subject};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};

/// What became of an allowed grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Granted {
    /// In force.
    Effective,
    /// Waiting for a second administrator.
    Pending,
}

/// The proposal of giving `permissions` to `user` at `agency` within `scope`,
/// with the agencies `user` already belongs to (by grant or pending grant).
pub(super) async fn proposal(
    state: &AppState,
    user: Uuid,
    agency: &Agency,
    permissions: BTreeSet<Permission>,
    scope: Scope,
) -> WebResult<Proposal> {
    Ok(Proposal {
        grantee: user.to_string(),
        grantee_targets: super::user_targets(state, user).await?,
        agency: agency.id.to_string(),
        territory: agency.territory.clone(),
        permissions,
        scope,
    })
}

/// The domain's refusal as the web's answer.
fn refusal(refusal: GrantRefusal) -> WebError {
    match refusal {
        GrantRefusal::Denied(decision) => refused(decision),
        GrantRefusal::SelfGrant => WebError::NotPermitted("nobody grants a role to themself"),
        GrantRefusal::GranteeOutOfScope => {
            WebError::NotPermitted("this operator is outside the scope of your grants")
        }
        GrantRefusal::SameAdministrator => WebError::NotPermitted(
            "a grant waiting for approval is approved by another administrator",
        ),
    }
}

/// The guard of a grant: may `operator`, acting with the administration
/// permission `admin`, give what `proposal` says? Refusals are errors (403);
/// an allowed grant is in force at once or waits for approval.
pub(super) async fn authorize_grant(
    state: &AppState,
    operator: &Operator,
    admin: Permission,
    proposal: &Proposal,
) -> WebResult<Granted> {
    let me = operator.user.id.to_string();
    match may_grant(subject(state, operator).await?, &me, admin, proposal) {
        GrantVerdict::Effective => Ok(Granted::Effective),
        GrantVerdict::NeedsApproval => Ok(Granted::Pending),
        GrantVerdict::Refused(why) => Err(refusal(why)),
    }
}

/// Stores an allowed grant, in force or pending as `granted` says, and audits
/// it as done by `operator`.
pub(super) async fn store_grant(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    (user, role, agency, scope): (Uuid, Uuid, Uuid, &Scope),
    granted: Granted,
) -> WebResult<()> {
    let store = state.store();
    let trail = |action: &str, purpose: String| {
        Trail::new(super::acted(
            operator,
            headers,
            AuditEvent::new(action, "user", Some(user.to_string()))
                .for_agency(agency)
                .purpose(purpose),
        ))
    };
    match granted {
        Granted::Effective => {
            let done = trail("identity.grant.add", format!("role {role}"));
            store.grant(user, role, agency, scope, &done).await?;
        }
        Granted::Pending => {
            store
                .request_grant(user, role, agency, scope, operator.user.id, |request| {
                    trail(
                        "identity.grant.request",
                        format!("role {role}, request {request}"),
                    )
                })
                .await?;
        }
    }
    Ok(())
}

/// For every operator, the agencies they belong to by grant or by a grant
/// waiting for approval: whom an administrator's lists show.
pub(super) async fn agencies_by_user(state: &AppState) -> WebResult<BTreeMap<Uuid, Vec<Agency>>> {
    let mut by_user = state.store().agencies_by_user().await?;
    for (user, agencies) in state.store().pending_agencies_by_user().await? {
        by_user.entry(user).or_default().extend(agencies);
    }
    Ok(by_user)
}

/// The pending grant `request` of `user`, with its proposal; 404 when there
/// is none (already decided, or another user's).
async fn pending(
    state: &AppState,
    user: Uuid,
    request: Uuid,
) -> WebResult<(PendingGrant, Proposal)> {
    let pending = state
        .store()
        .pending_grants_of(user)
        .await?
        .into_iter()
        .find(|p| p.id == request)
        .ok_or(WebError::NotFound)?;
    let proposal = proposal(
        state,
        user,
        &pending.agency,
        pending.permissions.clone(),
        pending.scope.clone(),
    )
    .await?;
    Ok((pending, proposal))
}

/// A second administrator approves a pending grant: it takes effect.
pub(super) async fn approve(
    ctx: Ctx,
    Path((id, request)): Path<(Uuid, Uuid)>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Listing).await?;
    let (pending, proposal) = pending(&state, id, request).await?;
    let me = operator.user.id.to_string();
    let requested_by = pending.requested_by.to_string();
    may_approve(
        subject(&state, &operator).await?,
        &me,
        &requested_by,
        &proposal,
    )
    .map_err(refusal)?;
    let event = AuditEvent::new("identity.grant.approve", "user", Some(id.to_string()))
        .for_agency(pending.agency.id)
        .purpose(format!("request {request} by {requested_by}"));
    let done = Trail::new(super::acted(&operator, &headers, event));
    if !state
        .store()
        .approve_grant_request(id, request, &done)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/app/admin/users/{id}?approved=1")).into_response())
}

/// An administrator rejects (or its requester withdraws) a pending grant.
pub(super) async fn reject(
    ctx: Ctx,
    Path((id, request)): Path<(Uuid, Uuid)>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    authorize(&state, &operator, perm::ADMIN_ROLES, &Target::Listing).await?;
    let (pending, proposal) = pending(&state, id, request).await?;
    let me = operator.user.id.to_string();
    may_reject(subject(&state, &operator).await?, &me, &proposal).map_err(refusal)?;
    let event = AuditEvent::new("identity.grant.reject", "user", Some(id.to_string()))
        .for_agency(pending.agency.id)
        .purpose(format!("request {request} by {}", pending.requested_by));
    let done = Trail::new(super::acted(&operator, &headers, event));
    if !state
        .store()
        .reject_grant_request(id, request, &done)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/app/admin/users/{id}?rejected=1")).into_response())
}

/// The agency targets of `user`'s pending grants.
pub(crate) async fn pending_targets(state: &AppState, user: Uuid) -> WebResult<Vec<Target>> {
    Ok(state
        .store()
        .pending_grants_of(user)
        .await?
        .iter()
        .map(|p| owned_by(&p.agency))
        .collect())
}
