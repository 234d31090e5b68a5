//! Who may give a role to whom: the rule behind the administration of grants
//! and invitations, and behind the approval of the grants that wait for a
//! second administrator ("four eyes").
//!
//! An administrator never grants to themself, only reaches operators inside
//! their own scope, and gives at once only what they hold themselves over that
//! agency and scope. Administrators usually do not hold case-worker
//! permissions (least privilege), so a grant wider than the granter's own is
//! not refused but held *pending* until a second, different administrator of
//! that agency, who is not the grantee either, approves it ([`may_approve`]).

use std::collections::BTreeSet;

use super::{AgencyKey, Decision, Grant, Permission, Scope, Subject, Target, TerritoryCode};
use super::{decide, perm};

/// An operator as these rules see them: opaque and only compared.
pub type UserKey = String;

/// A grant an administrator asks for: a role's permissions for an operator at
/// an agency, within a scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Who would receive it.
    pub grantee: UserKey,
    /// The agencies the grantee acts for (or is being invited to), as targets.
    /// None at all: only network-wide administrators reach them.
    pub grantee_targets: Vec<Target>,
    /// The agency of the grant.
    pub agency: AgencyKey,
    /// That agency's territory.
    pub territory: TerritoryCode,
    /// The role's permissions.
    pub permissions: BTreeSet<Permission>,
    /// The scope asked for.
    pub scope: Scope,
}

impl Proposal {
    /// The agency of the grant as a policy target.
    #[must_use]
    pub fn agency_target(&self) -> Target {
        Target::Owned {
            agency: self.agency.clone(),
            territory: self.territory.clone(),
        }
    }

    /// The grant the grantee would hold once it takes effect.
    #[must_use]
    pub fn grant(&self) -> Grant {
        Grant {
            agency: self.agency.clone(),
            permissions: self.permissions.clone(),
            scope: self.scope.clone(),
        }
    }
}

/// Why a grant (or its approval) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantRefusal {
    /// Nobody grants to themself, nor approves a grant to themself.
    SelfGrant,
    /// The administrator may not administer that agency or scope: the
    /// policy's own answer.
    Denied(Decision),
    /// The grantee works outside the administrator's scope.
    GranteeOutOfScope,
    /// A pending grant is approved by someone other than who asked for it.
    SameAdministrator,
}

/// What becomes of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantVerdict {
    /// Within the granter's own permissions: it takes effect at once.
    Effective,
    /// Wider than the granter's own permissions: it waits, without effect,
    /// for a second administrator's approval.
    NeedsApproval,
    /// Refused; nothing is stored.
    Refused(GrantRefusal),
}

/// Whether `held` (one of the granter's grants) covers everything the
/// proposed grant would cover. An agency's objects may lie outside any
/// territory (a person living elsewhere), so only a grant for the same
/// agency, or a network one, covers an agency-scoped grant.
fn covers(held: &Grant, proposal: &Proposal) -> bool {
    match (&held.scope, &proposal.scope) {
        (Scope::Network, _) => true,
        (_, Scope::Network)
        | (Scope::Territory(_), Scope::OwnAgency)
        | (Scope::OwnAgency, Scope::Territory(_)) => false,
        (Scope::OwnAgency, Scope::OwnAgency) => held.agency == proposal.agency,
        (Scope::Territory(mine), Scope::Territory(theirs)) => mine.contains(theirs),
    }
}

/// Whether `admin` may act with `permission` on the proposal's agency and
/// scope and reaches its grantee.
fn administers(
    admin: &Subject,
    permission: Permission,
    proposal: &Proposal,
) -> Result<(), GrantRefusal> {
    let allowed = |target: &Target| decide(admin, permission, target);
    match allowed(&proposal.agency_target()) {
        Decision::Allow => {}
        other => return Err(GrantRefusal::Denied(other)),
    }
    // A scope wider than the agency reaches other agencies' objects: it takes
    // administering the whole network.
    if proposal.scope != Scope::OwnAgency {
        match allowed(&Target::Network) {
            Decision::Allow => {}
            other => return Err(GrantRefusal::Denied(other)),
        }
    }
    let network = [Target::Network];
    let targets = if proposal.grantee_targets.is_empty() {
        &network[..]
    } else {
        &proposal.grantee_targets[..]
    };
    if targets.iter().any(|t| allowed(t) == Decision::Allow) {
        Ok(())
    } else {
        Err(GrantRefusal::GranteeOutOfScope)
    }
}

/// Decides a grant asked by `granter` (known as `granter_key`) who acts with
/// the administration permission `admin` ([`perm::ADMIN_ROLES`] on an
/// operator's page, [`perm::ADMIN_USERS`] when inviting).
#[must_use]
pub fn may_grant(
    granter: &Subject,
    granter_key: &str,
    admin: Permission,
    proposal: &Proposal,
) -> GrantVerdict {
    if proposal.grantee == granter_key {
        return GrantVerdict::Refused(GrantRefusal::SelfGrant);
    }
    if let Err(refusal) = administers(granter, admin, proposal) {
        return GrantVerdict::Refused(refusal);
    }
    let within_own = proposal.permissions.iter().all(|p| {
        granter
            .grants
            .iter()
            .any(|g| g.permissions.contains(p) && covers(g, proposal))
    });
    // A new administrator always waits for a second one: otherwise one
    // administrator could make a second account of their own administrator
    // at once and approve their own requests with it.
    if within_own && !gives_administration(&proposal.permissions) {
        GrantVerdict::Effective
    } else {
        GrantVerdict::NeedsApproval
    }
}

fn gives_administration(permissions: &BTreeSet<Permission>) -> bool {
    permissions
        .iter()
        .any(|p| p.definition().is_some_and(|d| d.admin))
}

/// Whether `editor` may add the permissions `added` to a custom role that
/// `holders` operators hold: each of them would gain them at once, without
/// the second administrator a grant of them needs. Allowed when nobody holds
/// the role, or when the editor holds each added permission network-wide
/// and none of them is an administration permission.
#[must_use]
pub fn may_extend_role(editor: &Subject, added: &BTreeSet<Permission>, holders: u64) -> bool {
    holders == 0
        || (!gives_administration(added)
            && added.iter().all(|p| {
                editor
                    .grants
                    .iter()
                    .any(|g| g.scope == Scope::Network && g.permissions.contains(p))
            }))
}

/// Whether `approver` (known as `approver_key`) may approve, or reject, the
/// pending `proposal` asked by `requested_by`: a different administrator of
/// roles over that agency (and scope), who is not the grantee.
pub fn may_approve(
    approver: &Subject,
    approver_key: &str,
    requested_by: &str,
    proposal: &Proposal,
) -> Result<(), GrantRefusal> {
    if proposal.grantee == approver_key {
        return Err(GrantRefusal::SelfGrant);
    }
    if requested_by == approver_key {
        return Err(GrantRefusal::SameAdministrator);
    }
    administers(approver, perm::ADMIN_ROLES, proposal)
}

/// Whether `admin` (known as `admin_key`) may reject the pending `proposal`:
/// an administrator of roles over that agency (and scope) who is not the
/// grantee. Its requester may withdraw it this way.
pub fn may_reject(
    admin: &Subject,
    admin_key: &str,
    proposal: &Proposal,
) -> Result<(), GrantRefusal> {
    if proposal.grantee == admin_key {
        return Err(GrantRefusal::SelfGrant);
    }
    administers(admin, perm::ADMIN_ROLES, proposal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn administration_is_never_given_at_once_and_held_roles_grow_only_within_the_editor() {
        let network_admin = Subject {
            grants: vec![Grant {
                agency: "A".to_owned(),
                permissions: [perm::ADMIN_ROLES, perm::ADMIN_USERS, perm::DESK_PERSON_READ]
                    .into_iter()
                    .collect(),
                scope: Scope::Network,
            }],
            second_factor: true,
        };
        let territory = TerritoryCode::region("01").expect("valid");
        let proposal = |permissions: &[Permission]| Proposal {
            grantee: "other".to_owned(),
            grantee_targets: Vec::new(),
            agency: "A".to_owned(),
            territory: territory.clone(),
            permissions: permissions.iter().copied().collect(),
            scope: Scope::OwnAgency,
        };
        assert_eq!(
            may_grant(
                &network_admin,
                "me",
                perm::ADMIN_ROLES,
                &proposal(&[perm::DESK_PERSON_READ])
            ),
            GrantVerdict::Effective
        );
        assert_eq!(
            may_grant(
                &network_admin,
                "me",
                perm::ADMIN_ROLES,
                &proposal(&[perm::ADMIN_ROLES])
            ),
            GrantVerdict::NeedsApproval,
            "a peer administrator waits for a second one"
        );
        let added = |p: &[Permission]| p.iter().copied().collect::<BTreeSet<_>>();
        assert!(may_extend_role(
            &network_admin,
            &added(&[perm::DESK_CASE_WRITE]),
            0
        ));
        assert!(may_extend_role(
            &network_admin,
            &added(&[perm::DESK_PERSON_READ]),
            3
        ));
        assert!(!may_extend_role(
            &network_admin,
            &added(&[perm::DESK_CASE_WRITE]),
            3
        ));
        assert!(!may_extend_role(
            &network_admin,
            &added(&[perm::ADMIN_USERS]),
            3
        ));
    }
    use crate::identity::{DenyReason, catalogue};
    use proptest::prelude::*;

    fn torino() -> TerritoryCode {
        TerritoryCode::municipality("01", "001272").expect("valid")
    }
    fn piemonte() -> TerritoryCode {
        TerritoryCode::region("01").expect("valid")
    }
    fn genova() -> TerritoryCode {
        TerritoryCode::municipality("07", "010025").expect("valid")
    }
    fn owned(agency: &str, territory: TerritoryCode) -> Target {
        Target::Owned {
            agency: agency.to_owned(),
            territory,
        }
    }
    fn admin_of(agency: &str, scope: Scope) -> Subject {
        Subject {
            grants: vec![Grant {
                agency: agency.to_owned(),
                permissions: [
                    perm::ADMIN_USERS,
                    perm::ADMIN_ROLES,
                    perm::ADMIN_AGENCIES,
                    perm::AUDIT_READ,
                ]
                .into_iter()
                .collect(),
                scope,
            }],
            second_factor: true,
        }
    }
    fn proposal(grantee: &str, permissions: &[Permission], scope: Scope) -> Proposal {
        Proposal {
            grantee: grantee.to_owned(),
            grantee_targets: vec![owned("T", torino())],
            agency: "T".to_owned(),
            territory: torino(),
            permissions: permissions.iter().copied().collect(),
            scope,
        }
    }

    #[test]
    fn nobody_grants_to_themself() {
        let torino_admin = admin_of("T", Scope::OwnAgency);
        let p = proposal("me", &[perm::MONITORING_READ], Scope::OwnAgency);
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &p),
            GrantVerdict::Refused(GrantRefusal::SelfGrant)
        );
        assert_eq!(
            may_approve(&torino_admin, "me", "other", &p),
            Err(GrantRefusal::SelfGrant)
        );
    }

    #[test]
    fn what_the_granter_holds_is_effective_the_rest_waits() {
        let torino_admin = admin_of("T", Scope::OwnAgency);
        let analyst = proposal("u", &[perm::AUDIT_READ], Scope::OwnAgency);
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &analyst),
            GrantVerdict::Effective
        );
        // A peer administrator waits for a second one, though held.
        let peer = proposal("u", &[perm::ADMIN_USERS], Scope::OwnAgency);
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &peer),
            GrantVerdict::NeedsApproval
        );
        let case_worker = proposal("u", &[perm::DESK_CASE_READ], Scope::OwnAgency);
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &case_worker),
            GrantVerdict::NeedsApproval
        );
        // The same agency, another agency's operator: out of scope.
        let mut elsewhere = case_worker.clone();
        elsewhere.grantee_targets = vec![owned("G", genova())];
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &elsewhere),
            GrantVerdict::Refused(GrantRefusal::GranteeOutOfScope)
        );
        // Nobody's operator (no grant at all): network administrators only.
        elsewhere.grantee_targets = Vec::new();
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &elsewhere),
            GrantVerdict::Refused(GrantRefusal::GranteeOutOfScope)
        );
        // A regional scope takes administering the network.
        let regional = proposal("u", &[perm::ADMIN_USERS], Scope::Territory(piemonte()));
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &regional),
            GrantVerdict::Refused(GrantRefusal::Denied(Decision::Deny(DenyReason::OutOfScope)))
        );
    }

    #[test]
    fn administration_without_second_factor_is_refused() {
        let mut torino_admin = admin_of("T", Scope::OwnAgency);
        torino_admin.second_factor = false;
        let p = proposal("u", &[perm::ADMIN_USERS], Scope::OwnAgency);
        assert_eq!(
            may_grant(&torino_admin, "me", perm::ADMIN_ROLES, &p),
            GrantVerdict::Refused(GrantRefusal::Denied(Decision::Deny(
                DenyReason::SecondFactorRequired
            )))
        );
    }

    #[test]
    fn approval_takes_a_second_administrator_of_the_agency() {
        let torino_admin = admin_of("T", Scope::OwnAgency);
        let genova_admin = admin_of("G", Scope::OwnAgency);
        let p = proposal("u", &[perm::DESK_CASE_READ], Scope::OwnAgency);
        assert_eq!(
            may_approve(&torino_admin, "me", "me", &p),
            Err(GrantRefusal::SameAdministrator)
        );
        assert_eq!(may_approve(&torino_admin, "second", "me", &p), Ok(()));
        assert!(may_approve(&genova_admin, "third", "me", &p).is_err());
    }

    fn any_permission() -> impl Strategy<Value = Permission> {
        prop::sample::select(catalogue().iter().map(|d| d.permission).collect::<Vec<_>>())
    }
    fn any_territory() -> impl Strategy<Value = TerritoryCode> {
        prop::sample::select(vec![torino(), piemonte(), genova()])
    }
    fn any_scope() -> impl Strategy<Value = Scope> {
        prop_oneof![
            Just(Scope::OwnAgency),
            Just(Scope::Network),
            any_territory().prop_map(Scope::Territory),
        ]
    }
    fn any_agency() -> impl Strategy<Value = AgencyKey> {
        prop::sample::select(vec!["T".to_owned(), "G".to_owned(), "R".to_owned()])
    }
    fn any_grant() -> impl Strategy<Value = Grant> {
        (
            any_agency(),
            prop::collection::btree_set(any_permission(), 0..6),
            any_scope(),
        )
            .prop_map(|(agency, permissions, scope)| Grant {
                agency,
                permissions,
                scope,
            })
    }
    fn any_subject() -> impl Strategy<Value = Subject> {
        (prop::collection::vec(any_grant(), 0..4), any::<bool>()).prop_map(
            |(grants, second_factor)| Subject {
                grants,
                second_factor,
            },
        )
    }
    fn any_user() -> impl Strategy<Value = UserKey> {
        prop::sample::select(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])
    }
    fn any_proposal() -> impl Strategy<Value = Proposal> {
        (
            any_user(),
            prop::collection::vec((any_agency(), any_territory()), 0..3),
            (any_agency(), any_territory()),
            prop::collection::btree_set(any_permission(), 0..5),
            any_scope(),
        )
            .prop_map(
                |(grantee, targets, (agency, territory), permissions, scope)| Proposal {
                    grantee,
                    grantee_targets: targets.into_iter().map(|(a, t)| owned(&a, t)).collect(),
                    agency,
                    territory,
                    permissions,
                    scope,
                },
            )
    }
    fn every_target() -> Vec<Target> {
        let mut targets = vec![Target::Network, Target::Listing];
        for agency in ["T", "G", "R", "X"] {
            for territory in [torino(), piemonte(), genova()] {
                targets.push(owned(agency, territory));
            }
        }
        targets
    }

    proptest! {
        /// Never a self-grant; never anything without administering the
        /// agency; and what takes effect at once never lets the grantee do
        /// anything, anywhere, that the granter could not do themself.
        #[test]
        fn grants_never_escalate(
            granter in any_subject(),
            granter_key in any_user(),
            admin in prop::sample::select(vec![perm::ADMIN_ROLES, perm::ADMIN_USERS]),
            proposal in any_proposal(),
        ) {
            let verdict = may_grant(&granter, &granter_key, admin, &proposal);
            if proposal.grantee == granter_key {
                prop_assert_eq!(verdict, GrantVerdict::Refused(GrantRefusal::SelfGrant));
            }
            if verdict == GrantVerdict::Effective || verdict == GrantVerdict::NeedsApproval {
                prop_assert_ne!(&proposal.grantee, &granter_key);
                prop_assert_eq!(
                    decide(&granter, admin, &proposal.agency_target()),
                    Decision::Allow
                );
            }
            if verdict == GrantVerdict::Effective {
                let grantee = Subject { grants: vec![proposal.grant()], second_factor: true };
                let granter = Subject { second_factor: true, ..granter.clone() };
                for target in every_target() {
                    for p in &proposal.permissions {
                        if decide(&grantee, *p, &target) == Decision::Allow {
                            prop_assert_eq!(
                                decide(&granter, *p, &target),
                                Decision::Allow,
                                "{:?} on {:?}", p, target
                            );
                        }
                    }
                }
            }
        }

        /// A pending grant is never approved by whoever asked for it nor by
        /// its grantee, and only by an administrator of roles over the agency.
        #[test]
        fn approvals_take_four_eyes(
            approver in any_subject(),
            approver_key in any_user(),
            requested_by in any_user(),
            proposal in any_proposal(),
        ) {
            if may_reject(&approver, &approver_key, &proposal).is_ok() {
                prop_assert_ne!(&approver_key, &proposal.grantee);
            }
            let answer = may_approve(&approver, &approver_key, &requested_by, &proposal);
            if answer.is_ok() {
                prop_assert!(may_reject(&approver, &approver_key, &proposal).is_ok());
                prop_assert_ne!(&approver_key, &requested_by);
                prop_assert_ne!(&approver_key, &proposal.grantee);
                prop_assert_eq!(
                    decide(&approver, perm::ADMIN_ROLES, &proposal.agency_target()),
                    Decision::Allow
                );
            }
        }
    }
}
