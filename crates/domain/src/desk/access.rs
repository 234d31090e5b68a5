//! How far a person's record reaches beyond the policy's grants: what an
//! emergency (break-glass) access opens, and which special-category facts a
//! profession may see (need-to-know). One rule for the owning agency's
//! pages, the API, exports and a referral's receiving side.

use crate::identity::{Permission, Profession, perm};

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
    use crate::identity::catalogue;

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
