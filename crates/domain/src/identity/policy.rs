//! The one policy function: given who acts ([`Subject`]), what they want to do
//! ([`Permission`]) and on what ([`Target`]), allow or deny.

use std::collections::BTreeSet;

use super::{Permission, TerritoryCode};

/// Where a grant applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Objects owned by the grant's agency.
    OwnAgency,
    /// Objects located in this territory, whatever agency owns them.
    Territory(TerritoryCode),
    /// The whole network.
    Network,
}

/// A role's permissions given to a user for one agency, within a scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The agency the user acts for under this grant.
    pub agency: AgencyKey,
    /// The role's permissions.
    pub permissions: BTreeSet<Permission>,
    /// Where it applies.
    pub scope: Scope,
}

/// An agency's identifier as the policy sees it: opaque and only compared.
pub type AgencyKey = String;

/// The person acting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subject {
    /// Their grants.
    pub grants: Vec<Grant>,
    /// Whether this session passed the second factor.
    pub second_factor: bool,
}

/// What is acted upon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Something not owned by an agency (the catalogue, network settings).
    Network,
    /// A list whose items are filtered one by one afterwards: any grant that
    /// carries the permission, whatever its scope, opens the list.
    Listing,
    /// An object owned by an agency and located in a territory.
    Owned {
        /// Owning agency.
        agency: AgencyKey,
        /// Where it is (the owning agency's territory when it has no own place).
        territory: TerritoryCode,
    },
}

/// Why access was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenyReason {
    /// No grant carries the permission at all.
    NoPermission,
    /// A grant carries it, but not for this object.
    OutOfScope,
    /// The permission touches personal data or administers the network, and
    /// the session has no second factor.
    SecondFactorRequired,
}

/// The policy's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Refuse, saying so (403).
    Deny(DenyReason),
    /// Refuse as if the object did not exist (404): its existence is sensitive
    /// and the subject has no scope over it.
    NotFound,
}

/// Whether the permission needs a session that passed the second factor: it
/// touches personal data, or it administers who may do what.
fn needs_second_factor(permission: Permission) -> bool {
    permission
        .definition()
        .is_some_and(|d| d.personal_data || d.admin)
}

/// Whether the subject's grants touch personal data or administer the network
/// anywhere, so the second factor is mandatory for them.
#[must_use]
pub fn requires_second_factor(subject: &Subject) -> bool {
    subject
        .grants
        .iter()
        .any(|g| g.permissions.iter().copied().any(needs_second_factor))
}

fn grant_covers(grant: &Grant, target: &Target) -> bool {
    match (&grant.scope, target) {
        (Scope::Network, _) | (_, Target::Listing) => true,
        (_, Target::Network) => false,
        (Scope::OwnAgency, Target::Owned { agency, .. }) => &grant.agency == agency,
        (Scope::Territory(t), Target::Owned { territory, .. }) => t.contains(territory),
    }
}

/// Decides one access. Unknown permissions are denied.
#[must_use]
pub fn decide(subject: &Subject, permission: Permission, target: &Target) -> Decision {
    let Some(def) = permission.definition() else {
        return Decision::Deny(DenyReason::NoPermission);
    };
    let second_factor_needed = needs_second_factor(permission);
    let holding: Vec<&Grant> = subject
        .grants
        .iter()
        .filter(|g| g.permissions.contains(&permission))
        .collect();
    let in_scope = holding.iter().any(|g| grant_covers(g, target));
    match (holding.is_empty(), in_scope) {
        (_, true) if second_factor_needed && !subject.second_factor => {
            Decision::Deny(DenyReason::SecondFactorRequired)
        }
        (_, true) => Decision::Allow,
        _ if def.existence_sensitive => Decision::NotFound,
        (true, false) => Decision::Deny(DenyReason::NoPermission),
        (false, false) => Decision::Deny(DenyReason::OutOfScope),
    }
}

/// Whether some grant lets the subject do `permission` somewhere (the
/// second factor counted): what opens a list, a section of the workspace or
/// a button, whose items are then checked one by one.
#[must_use]
pub fn holds(subject: &Subject, permission: Permission) -> bool {
    decide(subject, permission, &Target::Listing) == Decision::Allow
}

/// Whether `subject` may do `permission` on `target`: the question every
/// rule below and every guard asks, as a yes or no.
#[must_use]
pub fn allows(subject: &Subject, permission: Permission, target: &Target) -> bool {
    decide(subject, permission, target) == Decision::Allow
}

/// Whether `subject` may do `permission` on at least one of `targets`
/// (an operator belonging to several agencies).
#[must_use]
pub fn allows_any(subject: &Subject, permission: Permission, targets: &[Target]) -> bool {
    targets.iter().any(|t| allows(subject, permission, t))
}

/// The agencies (any items owned by one) on which `subject` may do
/// `permission`, in their order: the one rule behind every "agencies where
/// this operator may do P" list. `target` says what owns each item.
pub fn allowed_agencies<'a, T>(
    subject: &Subject,
    permission: Permission,
    agencies: impl IntoIterator<Item = &'a T>,
    target: impl Fn(&T) -> Target,
) -> Vec<&'a T>
where
    T: 'a,
{
    agencies
        .into_iter()
        .filter(|a| allows(subject, permission, &target(a)))
        .collect()
}

/// The readers' reports an operator handles in the feedback queue: a
/// guide's for those who edit guides, a service's for those who edit the
/// directory. Empty: the queue is not theirs.
#[must_use]
pub fn feedback_kinds(subject: &Subject) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    if decide(subject, super::perm::GUIDES_EDIT, &Target::Network) == Decision::Allow {
        kinds.push("guide");
    }
    if decide(subject, super::perm::DIRECTORY_EDIT, &Target::Listing) == Decision::Allow {
        kinds.push("service");
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::perm;
    use proptest::prelude::*;

    fn torino() -> TerritoryCode {
        TerritoryCode::municipality("01", "001272").expect("valid")
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
    fn subject(perms: &[Permission], agency: &str, scope: Scope, mfa: bool) -> Subject {
        Subject {
            grants: vec![Grant {
                agency: agency.to_owned(),
                permissions: perms.iter().copied().collect(),
                scope,
            }],
            second_factor: mfa,
        }
    }

    #[test]
    fn the_feedback_queue_follows_what_one_edits() {
        let guides = subject(&[perm::GUIDES_EDIT], "a", Scope::Network, true);
        let directory = subject(&[perm::DIRECTORY_EDIT], "a", Scope::Network, true);
        let both = subject(
            &[perm::GUIDES_EDIT, perm::DIRECTORY_EDIT],
            "a",
            Scope::Network,
            true,
        );
        let neither = subject(&[perm::DESK_PERSON_READ], "a", Scope::Network, true);
        assert_eq!(feedback_kinds(&guides), ["guide"]);
        assert_eq!(feedback_kinds(&directory), ["service"]);
        assert_eq!(feedback_kinds(&both), ["guide", "service"]);
        assert!(feedback_kinds(&neither).is_empty());
    }

    #[test]
    fn own_agency_scope_stops_at_the_agency() {
        let s = subject(&[perm::DESK_CASE_READ], "A", Scope::OwnAgency, true);
        assert_eq!(
            decide(&s, perm::DESK_CASE_READ, &owned("A", torino())),
            Decision::Allow
        );
        assert_eq!(
            decide(&s, perm::DESK_CASE_READ, &owned("B", torino())),
            Decision::NotFound,
            "another agency's case does not even exist for this user"
        );
        assert_eq!(
            decide(&s, perm::DESK_CASE_WRITE, &owned("A", torino())),
            Decision::NotFound
        );
    }

    #[test]
    fn territory_scope_covers_what_lies_inside() {
        let piemonte = TerritoryCode::region("01").expect("valid");
        let s = subject(
            &[perm::MEDIATION_MANAGE],
            "A",
            Scope::Territory(piemonte),
            true,
        );
        assert_eq!(
            decide(&s, perm::MEDIATION_MANAGE, &owned("B", torino())),
            Decision::Allow
        );
        assert_eq!(
            decide(&s, perm::MEDIATION_MANAGE, &owned("B", genova())),
            Decision::Deny(DenyReason::OutOfScope)
        );
        assert_eq!(
            decide(&s, perm::MEDIATION_MANAGE, &Target::Network),
            Decision::Deny(DenyReason::OutOfScope)
        );
    }

    #[test]
    fn personal_data_needs_a_second_factor() {
        let s = subject(&[perm::DESK_PERSON_READ], "A", Scope::OwnAgency, false);
        assert_eq!(
            decide(&s, perm::DESK_PERSON_READ, &owned("A", torino())),
            Decision::Deny(DenyReason::SecondFactorRequired)
        );
        let s = subject(&[perm::MONITORING_READ], "A", Scope::Network, false);
        assert_eq!(
            decide(&s, perm::MONITORING_READ, &Target::Network),
            Decision::Allow
        );
    }

    #[test]
    fn administration_needs_a_second_factor() {
        for p in [perm::ADMIN_AGENCIES, perm::ADMIN_USERS, perm::ADMIN_ROLES] {
            let without = subject(&[p], "A", Scope::Network, false);
            assert!(requires_second_factor(&without), "{p:?}");
            for target in [Target::Network, Target::Listing, owned("A", torino())] {
                assert_eq!(
                    decide(&without, p, &target),
                    Decision::Deny(DenyReason::SecondFactorRequired),
                    "{p:?}"
                );
            }
            let with = subject(&[p], "A", Scope::Network, true);
            assert_eq!(decide(&with, p, &Target::Network), Decision::Allow);
        }
    }

    #[test]
    fn no_grant_no_access() {
        let s = Subject::default();
        assert_eq!(
            decide(&s, perm::DIRECTORY_EDIT, &Target::Network),
            Decision::Deny(DenyReason::NoPermission)
        );
        assert_eq!(
            decide(&s, perm::DESK_PERSON_READ, &owned("A", torino())),
            Decision::NotFound
        );
    }

    fn any_permission() -> impl Strategy<Value = Permission> {
        prop::sample::select(
            crate::identity::catalogue()
                .iter()
                .map(|d| d.permission)
                .collect::<Vec<_>>(),
        )
    }

    fn any_scope() -> impl Strategy<Value = Scope> {
        prop_oneof![
            Just(Scope::OwnAgency),
            Just(Scope::Network),
            Just(Scope::Territory(torino())),
            Just(Scope::Territory(genova())),
        ]
    }

    fn any_target() -> impl Strategy<Value = Target> {
        prop_oneof![
            Just(Target::Network),
            Just(Target::Listing),
            Just(owned("A", torino())),
            Just(owned("B", torino())),
            Just(owned("C", genova())),
        ]
    }

    prop_compose! {
        fn any_subject()(
            grants in prop::collection::vec(
                (prop::collection::btree_set(any_permission(), 0..4), any_scope(), 0..3usize),
                0..3,
            ),
            second_factor in any::<bool>(),
        ) -> Subject {
            Subject {
                grants: grants
                    .into_iter()
                    .map(|(permissions, scope, agency)| Grant {
                        agency: ["A", "B", "C"][agency].to_owned(),
                        permissions,
                        scope,
                    })
                    .collect(),
                second_factor,
            }
        }
    }

    proptest! {
        /// `allows` is `decide` saying Allow; `allows_any` is some target
        /// allowed; `allowed_agencies` keeps exactly the allowed ones, in order.
        #[test]
        fn the_yes_or_no_rules_follow_decide(
            s in any_subject(),
            p in any_permission(),
            targets in prop::collection::vec(any_target(), 0..5),
        ) {
            for t in &targets {
                prop_assert_eq!(allows(&s, p, t), decide(&s, p, t) == Decision::Allow);
            }
            prop_assert_eq!(
                allows_any(&s, p, &targets),
                targets.iter().any(|t| decide(&s, p, t) == Decision::Allow)
            );
            let kept = allowed_agencies(&s, p, &targets, Clone::clone);
            let expected: Vec<&Target> = targets.iter().filter(|t| allows(&s, p, t)).collect();
            prop_assert_eq!(kept, expected);
        }

        /// Adding grants never removes access (monotonic), and a subject without
        /// the permission is never allowed.
        #[test]
        fn policy_is_monotonic(
            p in any_permission(),
            q in any_permission(),
            own in any::<bool>(),
            mfa in any::<bool>(),
        ) {
            let target = owned(if own { "A" } else { "B" }, torino());
            let base = subject(&[p], "A", Scope::OwnAgency, mfa);
            let mut more = base.clone();
            more.grants.push(Grant {
                agency: "C".to_owned(),
                permissions: [q].into_iter().collect(),
                scope: Scope::Territory(genova()),
            });
            if decide(&base, p, &target) == Decision::Allow {
                prop_assert_eq!(decide(&more, p, &target), Decision::Allow);
            }
            let none = Subject { grants: vec![], second_factor: mfa };
            prop_assert_ne!(decide(&none, p, &target), Decision::Allow);
        }
    }
}
