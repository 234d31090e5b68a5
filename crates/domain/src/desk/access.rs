//! How far a person's record reaches beyond the policy's grants: what an
//! emergency (break-glass) access opens, and which special-category facts a
//! profession may see (need-to-know). One rule for the owning agency's
//! pages, the API, exports and a referral's receiving side.

use crate::identity::{Permission, Profession, Subject, Target, allows, perm};

/// Which side of a referral an operator is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The sending agency (owner of the record).
    Sender,
    /// The receiving agency, while its access lasts.
    Receiver,
}

/// The side of a referral from agency `from` to agency `to` on which
/// `subject` may do `permission`: the sender's whenever the sending agency
/// allows it; the receiver's only while the referral is `open_to_receiver`
/// (its package is still open to it). `None`: the referral is not theirs.
#[must_use]
pub fn referral_side(
    subject: &Subject,
    permission: Permission,
    (from, to): (&Target, &Target),
    open_to_receiver: bool,
) -> Option<Side> {
    if allows(subject, permission, from) {
        Some(Side::Sender)
    } else if open_to_receiver && allows(subject, permission, to) {
        Some(Side::Receiver)
    } else {
        None
    }
}

/// Whether `subject`, of `profession`, may do `permission` on a record
/// owned by `owner` when they hold an open break-glass access to it
/// (`glass_open`): their grants, or the emergency read it covers.
#[must_use]
pub fn record_allows(
    subject: &Subject,
    permission: Permission,
    owner: &Target,
    glass_open: bool,
) -> bool {
    allows(subject, permission, owner) || (glass_open && break_glass_covers(permission))
}

/// Whether reading a record owned by `owner` needs a break-glass access:
/// only when the grants do not already open it.
#[must_use]
pub fn needs_break_glass(subject: &Subject, owner: &Target) -> bool {
    !allows(subject, perm::DESK_PERSON_READ, owner)
}

/// Who reviews a break-glass access to a record of `owner`: its
/// coordinators (who read its cases) and those who audit it.
#[must_use]
pub fn reviews_break_glass(subject: &Subject, profession: Profession, owner: &Target) -> bool {
    (profession == Profession::Coordinator && allows(subject, perm::DESK_CASE_READ, owner))
        || allows(subject, perm::AUDIT_READ, owner)
}

/// Proof that the rules let someone open the records of one agency (a
/// person, a case): the store opens a person or a case only with the
/// clearance of the agency that owns it, so code that skipped the guard
/// does not compile. Only [`clearance`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clearance {
    agency: String,
}

impl Clearance {
    /// The agency whose records it opens.
    #[must_use]
    pub fn agency(&self) -> &str {
        &self.agency
    }

    /// Whether it opens a record owned by `agency` (an id as written in
    /// targets).
    #[must_use]
    pub fn opens(&self, agency: &str) -> bool {
        self.agency == agency
    }
}

/// The clearance to do `permission` on the records owned by `owner`, when
/// [`record_allows`] it (grants, or an open break-glass for reads); `None`
/// otherwise, and for a target that is not one agency's.
#[must_use]
pub fn clearance(
    subject: &Subject,
    permission: Permission,
    owner: &Target,
    glass_open: bool,
) -> Option<Clearance> {
    let Target::Owned { agency, .. } = owner else {
        return None;
    };
    record_allows(subject, permission, owner, glass_open).then(|| Clearance {
        agency: agency.clone(),
    })
}

/// Whether `subject` may send a person of `owner` elsewhere (refer,
/// transfer, record a legal basis): writing the owner's cases.
#[must_use]
pub fn may_share(subject: &Subject, owner: &Target) -> bool {
    allows(subject, perm::DESK_CASE_WRITE, owner)
}

/// Whether an open break-glass access satisfies a check of `permission`:
/// reading the person and their cases, nothing else. No write, no sharing,
/// no subject rights: an emergency read must never turn into lasting access
/// (an object created through it would outlive the emergency window).
#[must_use]
pub fn break_glass_covers(permission: Permission) -> bool {
    permission == perm::DESK_PERSON_READ || permission == perm::DESK_CASE_READ
}

/// Whether someone of `profession` may see a person's special-category
/// facts (vulnerabilities): the professions that take charge of people.
#[must_use]
pub fn sees_vulnerabilities(profession: Profession) -> bool {
    matches!(
        profession,
        Profession::SocialWorker
            | Profession::LegalOperator
            | Profession::HealthOperator
            | Profession::Coordinator
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{Grant, Scope, TerritoryCode, catalogue};
    use proptest::prelude::*;

    fn owner(agency: &str) -> Target {
        Target::Owned {
            agency: agency.to_owned(),
            territory: TerritoryCode::province("01", "001").expect("Torino"),
        }
    }

    fn any_permission() -> impl Strategy<Value = Permission> {
        prop::sample::select(catalogue().iter().map(|d| d.permission).collect::<Vec<_>>())
    }

    fn any_profession() -> impl Strategy<Value = Profession> {
        prop::sample::select(Profession::ALL.to_vec())
    }

    prop_compose! {
        fn any_subject()(
            grants in prop::collection::vec(
                (prop::collection::btree_set(any_permission(), 0..5), 0..2usize, any::<bool>()),
                0..3,
            ),
            second_factor in any::<bool>(),
        ) -> Subject {
            Subject {
                grants: grants
                    .into_iter()
                    .map(|(permissions, agency, network)| Grant {
                        agency: ["A", "B"][agency].to_owned(),
                        permissions,
                        scope: if network { Scope::Network } else { Scope::OwnAgency },
                    })
                    .collect(),
                second_factor,
            }
        }
    }

    proptest! {
        /// A side is never given without the permission on that side's
        /// agency; the receiver's side needs the referral open to it, and
        /// whoever may act for the sender is the sender.
        #[test]
        fn a_referral_side_needs_that_agency(
            s in any_subject(),
            p in any_permission(),
            open in any::<bool>(),
        ) {
            let (from, to) = (owner("A"), owner("B"));
            match referral_side(&s, p, (&from, &to), open) {
                Some(Side::Sender) => prop_assert!(allows(&s, p, &from)),
                Some(Side::Receiver) => {
                    prop_assert!(open && allows(&s, p, &to) && !allows(&s, p, &from));
                }
                None => {
                    prop_assert!(!allows(&s, p, &from));
                    prop_assert!(!open || !allows(&s, p, &to));
                }
            }
        }

        /// Break-glass adds reads only: without it a record allows exactly
        /// what the grants allow, with it never a write.
        #[test]
        fn break_glass_adds_reads_only(s in any_subject(), p in any_permission()) {
            let target = owner("A");
            prop_assert_eq!(record_allows(&s, p, &target, false), allows(&s, p, &target));
            if record_allows(&s, p, &target, true) && !allows(&s, p, &target) {
                prop_assert!(break_glass_covers(p));
            }
            prop_assert_eq!(needs_break_glass(&s, &target), !allows(&s, perm::DESK_PERSON_READ, &target));
        }

        /// A clearance exists exactly when the record rule allows, and opens
        /// the owner's records only.
        #[test]
        fn a_clearance_is_the_record_rule(
            s in any_subject(),
            p in any_permission(),
            glass in any::<bool>(),
        ) {
            let target = owner("A");
            let cleared = clearance(&s, p, &target, glass);
            prop_assert_eq!(cleared.is_some(), record_allows(&s, p, &target, glass));
            if let Some(c) = cleared {
                prop_assert!(c.opens("A") && !c.opens("B"));
            }
            prop_assert!(clearance(&s, p, &Target::Network, glass).is_none());
        }

        /// A reviewer of a break-glass is a coordinator who reads the
        /// agency's cases or someone who audits it; nobody without grants.
        #[test]
        fn reviewers_coordinate_or_audit(s in any_subject(), who in any_profession()) {
            let target = owner("A");
            if reviews_break_glass(&s, who, &target) {
                prop_assert!(
                    (who == Profession::Coordinator && allows(&s, perm::DESK_CASE_READ, &target))
                        || allows(&s, perm::AUDIT_READ, &target)
                );
            }
            let nobody = Subject { grants: vec![], second_factor: true };
            prop_assert!(!reviews_break_glass(&nobody, who, &target));
            prop_assert!(!may_share(&nobody, &target));
        }
    }

    #[test]
    fn break_glass_covers_reads_only() {
        let covered: Vec<&str> = catalogue()
            .iter()
            .map(|d| d.permission)
            .filter(|p| break_glass_covers(*p))
            .map(|p| p.as_str())
            .collect();
        assert_eq!(covered, ["desk.person.read", "desk.case.read"]);
        for p in covered {
            assert!(p.ends_with(".read"), "{p}");
        }
    }

    #[test]
    fn front_office_sees_no_vulnerabilities() {
        assert!(!sees_vulnerabilities(Profession::FrontOffice));
        assert!(!sees_vulnerabilities(Profession::Mediator));
        assert!(sees_vulnerabilities(Profession::SocialWorker));
    }
}
