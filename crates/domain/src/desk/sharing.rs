//! Sharing a person's data outside the owning agency: the legal bases
//! (consent and the others of GDPR art. 6 and 9) recorded per person, the
//! referral package chosen from the record, and the one rule that says
//! whether a basis covers a disclosure ([`check_basis`]).

use chrono::NaiveDate;

use crate::identity::{AgencyKind, Profession};

stable_enum! {
    /// Why a disclosure is lawful (GDPR art. 6(1) and, for special
    /// categories, art. 9(2)).
    Basis {
        /// The person's consent, given for this purpose and recipient.
        Consent = "consent",
        /// A legal obligation of the owning agency.
        LegalObligation = "legal_obligation",
        /// A task in the public interest (a public service's mandate).
        PublicInterest = "public_interest",
        /// The person's vital interest (emergencies).
        VitalInterest = "vital_interest",
    }
}

stable_enum! {
    /// What the data is shared for.
    Purpose {
        /// Job search, training, employment services.
        Employment = "employment",
        /// Health care.
        Health = "health",
        /// Housing.
        Housing = "housing",
        /// Legal aid, permits and procedures.
        Legal = "legal",
        /// School and Italian language courses.
        Education = "education",
        /// Social support and income.
        Social = "social",
    }
}

stable_enum! {
    /// How a consent (or another basis) was obtained or documented.
    Evidence {
        /// A consent form signed on paper, kept by the agency.
        PaperSigned = "paper_signed",
        /// Given orally in the presence of the operator (and a mediator).
        Oral = "oral",
        /// An act or law the agency relies on.
        Act = "act",
    }
}

stable_enum! {
    /// How soon the receiving agency should act.
    Urgency {
        /// Within the usual times.
        Routine = "routine",
        /// Within a few days.
        Priority = "priority",
        /// Today.
        Urgent = "urgent",
    }
}

stable_enum! {
    /// Where a referral stands.
    ReferralStatus {
        /// Sent, waiting for the receiving agency.
        Sent = "sent",
        /// Accepted by the receiving agency.
        Accepted = "accepted",
        /// Declined, with a reason.
        Declined = "declined",
        /// Closed, with an outcome (or withdrawn by the sender).
        Closed = "closed",
    }
}

impl ReferralStatus {
    /// Whether the receiving agency still reads the package in this state
    /// (until the access ends).
    #[must_use]
    pub fn grants_access(self) -> bool {
        matches!(self, ReferralStatus::Sent | ReferralStatus::Accepted)
    }
}

stable_enum! {
    /// A part of the record that a referral package may carry.
    PackagePart {
        /// Names, date of birth, sex, citizenships.
        Identity = "identity",
        /// Telephone, email, address.
        Contacts = "contacts",
        /// Languages spoken.
        Languages = "languages",
        /// Residence permit: type and expiry.
        Permit = "permit",
        /// Identifiers (tax code, STP/ENI, permit number).
        Identifiers = "identifiers",
        /// Visits to the desk (dates, reasons, outcomes).
        Visits = "visits",
        /// The assessment of the chosen case, by dimension.
        Assessment = "assessment",
        /// The plan of the chosen case (goals and actions).
        Plan = "plan",
        /// Vulnerabilities (special category).
        Vulnerabilities = "vulnerabilities",
        /// Health notes of the chosen case (special category).
        HealthNotes = "health_notes",
    }
}

impl PackagePart {
    /// Whether the part holds special-category data (GDPR art. 9), which
    /// only a basis that covers special categories may disclose.
    #[must_use]
    pub fn is_special(self) -> bool {
        matches!(
            self,
            PackagePart::Vulnerabilities | PackagePart::HealthNotes
        )
    }

    /// Whether someone of `profession` may read this part (need-to-know):
    /// vulnerabilities as on the person's page, health notes as the case's
    /// health notes. The same rule for the sender choosing the package and
    /// for every reader of the receiving agency.
    #[must_use]
    pub fn readable_by(self, profession: Profession) -> bool {
        match self {
            PackagePart::Vulnerabilities => super::access::sees_vulnerabilities(profession),
            PackagePart::HealthNotes => super::NoteClass::Health.readable_by(profession),
            _ => true,
        }
    }

    /// Whether the part is read from a case (one must be chosen).
    #[must_use]
    pub fn needs_case(self) -> bool {
        matches!(
            self,
            PackagePart::Assessment | PackagePart::Plan | PackagePart::HealthNotes
        )
    }
}

/// Who a basis lets the data go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// One agency (its id).
    Agency(String),
    /// Any agency of this kind (e.g. every job centre).
    Kind(AgencyKind),
}

/// The terms of one recorded basis, as the rule reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasisTerms {
    /// Recipient.
    pub recipient: Recipient,
    /// Purpose.
    pub purpose: Purpose,
    /// Basis.
    pub basis: Basis,
    /// Whether it covers special-category data.
    pub special: bool,
    /// From when it holds.
    pub given_on: NaiveDate,
    /// Until when it holds (inclusive), if limited.
    pub expires_on: Option<NaiveDate>,
    /// Whether the person withdrew it.
    pub withdrawn: bool,
}

/// Why no recorded basis covers a disclosure, from the most to the least
/// specific: the message tells the operator what to record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisProblem {
    /// Nothing is recorded for this recipient and purpose.
    Missing,
    /// A basis was recorded, but the person withdrew it.
    Withdrawn,
    /// A basis was recorded, but it expired (or does not hold yet).
    Expired,
    /// A basis holds, but not for special-category data.
    SpecialNotCovered,
}

impl BasisProblem {
    /// Stable identifier (message keys, API).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            BasisProblem::Missing => "missing",
            BasisProblem::Withdrawn => "withdrawn",
            BasisProblem::Expired => "expired",
            BasisProblem::SpecialNotCovered => "special",
        }
    }
}

impl BasisTerms {
    /// Whether the basis names this recipient (by id or by kind).
    #[must_use]
    pub fn names(&self, agency: &str, kind: AgencyKind) -> bool {
        match &self.recipient {
            Recipient::Agency(id) => id == agency,
            Recipient::Kind(k) => *k == kind,
        }
    }

    /// Whether it holds on `day`.
    #[must_use]
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        !self.withdrawn && self.given_on <= day && self.expires_on.is_none_or(|e| day <= e)
    }

    /// Whether it covers special-category data: when recorded so, and always
    /// for the person's vital interest (GDPR art. 9(2)(c)).
    #[must_use]
    pub fn covers_special(&self) -> bool {
        self.special || self.basis == Basis::VitalInterest
    }
}

/// The basis (its index in `bases`) that lets data go to `agency` (of
/// `kind`) for `purpose` on `day`, covering special categories when
/// `special`; otherwise why none does.
pub fn check_basis(
    bases: &[BasisTerms],
    (agency, kind): (&str, AgencyKind),
    purpose: Purpose,
    special: bool,
    day: NaiveDate,
) -> Result<usize, BasisProblem> {
    let relevant: Vec<(usize, &BasisTerms)> = bases
        .iter()
        .enumerate()
        .filter(|(_, b)| b.purpose == purpose && b.names(agency, kind))
        .collect();
    if let Some((i, _)) = relevant
        .iter()
        .find(|(_, b)| b.holds_on(day) && (!special || b.covers_special()))
    {
        return Ok(*i);
    }
    if relevant.is_empty() {
        Err(BasisProblem::Missing)
    } else if relevant.iter().any(|(_, b)| b.holds_on(day)) {
        Err(BasisProblem::SpecialNotCovered)
    } else if relevant.iter().all(|(_, b)| b.withdrawn) {
        Err(BasisProblem::Withdrawn)
    } else {
        Err(BasisProblem::Expired)
    }
}

/// Days a referral opens its package to the receiving agency, unless the
/// sender chooses otherwise.
pub const REFERRAL_ACCESS_DAYS: i64 = 30;
/// The longest access a referral may give.
pub const REFERRAL_ACCESS_MAX_DAYS: i64 = 180;
/// The receiving agency is told this many days before its access ends.
pub const ACCESS_EXPIRY_NOTICE_DAYS: i64 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn special_parts_follow_the_professions_need_to_know() {
        for profession in Profession::ALL {
            for part in PackagePart::ALL {
                let expected = match part {
                    PackagePart::Vulnerabilities => {
                        crate::desk::access::sees_vulnerabilities(profession)
                    }
                    PackagePart::HealthNotes => {
                        crate::desk::NoteClass::Health.readable_by(profession)
                    }
                    _ => true,
                };
                assert_eq!(
                    part.readable_by(profession),
                    expected,
                    "{part:?} {profession:?}"
                );
            }
        }
        assert!(!PackagePart::HealthNotes.readable_by(Profession::FrontOffice));
        assert!(!PackagePart::Vulnerabilities.readable_by(Profession::FrontOffice));
        assert!(PackagePart::HealthNotes.readable_by(Profession::HealthOperator));
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn consent(recipient: Recipient, special: bool) -> BasisTerms {
        BasisTerms {
            recipient,
            purpose: Purpose::Employment,
            basis: Basis::Consent,
            special,
            given_on: day("2026-01-10"),
            expires_on: Some(day("2026-12-31")),
            withdrawn: false,
        }
    }

    const CPI: (&str, AgencyKind) = ("cpi-genova", AgencyKind::Cpi);

    #[test]
    fn a_basis_covers_its_recipient_purpose_and_time() {
        let by_kind = [consent(Recipient::Kind(AgencyKind::Cpi), false)];
        let today = day("2026-06-01");
        assert_eq!(
            check_basis(&by_kind, CPI, Purpose::Employment, false, today),
            Ok(0)
        );
        assert_eq!(
            check_basis(
                &by_kind,
                ("asl", AgencyKind::Asl),
                Purpose::Employment,
                false,
                today
            ),
            Err(BasisProblem::Missing)
        );
        assert_eq!(
            check_basis(&by_kind, CPI, Purpose::Health, false, today),
            Err(BasisProblem::Missing)
        );
        assert_eq!(
            check_basis(&by_kind, CPI, Purpose::Employment, true, today),
            Err(BasisProblem::SpecialNotCovered)
        );
        assert_eq!(
            check_basis(&by_kind, CPI, Purpose::Employment, false, day("2027-01-01")),
            Err(BasisProblem::Expired)
        );
        assert_eq!(
            check_basis(&by_kind, CPI, Purpose::Employment, false, day("2026-01-09")),
            Err(BasisProblem::Expired),
            "not yet given"
        );
        let mut withdrawn = by_kind.clone();
        withdrawn[0].withdrawn = true;
        assert_eq!(
            check_basis(&withdrawn, CPI, Purpose::Employment, false, today),
            Err(BasisProblem::Withdrawn)
        );
        let by_id = [consent(Recipient::Agency("cpi-genova".into()), true)];
        assert_eq!(
            check_basis(&by_id, CPI, Purpose::Employment, true, today),
            Ok(0)
        );
        assert_eq!(
            check_basis(
                &by_id,
                ("cpi-torino", AgencyKind::Cpi),
                Purpose::Employment,
                false,
                today
            ),
            Err(BasisProblem::Missing)
        );
    }

    #[test]
    fn vital_interest_covers_special_categories() {
        let mut b = consent(Recipient::Kind(AgencyKind::Cpi), false);
        b.basis = Basis::VitalInterest;
        assert!(b.covers_special());
        assert_eq!(
            check_basis(&[b], CPI, Purpose::Employment, true, day("2026-03-01")),
            Ok(0)
        );
    }

    #[test]
    fn a_valid_basis_wins_over_withdrawn_ones() {
        let mut old = consent(Recipient::Kind(AgencyKind::Cpi), false);
        old.withdrawn = true;
        let new = consent(Recipient::Agency("cpi-genova".into()), false);
        assert_eq!(
            check_basis(
                &[old, new],
                CPI,
                Purpose::Employment,
                false,
                day("2026-03-01")
            ),
            Ok(1)
        );
    }

    #[test]
    fn special_parts_are_the_sensitive_ones() {
        let special: Vec<_> = PackagePart::ALL.iter().filter(|p| p.is_special()).collect();
        assert_eq!(
            special,
            [&PackagePart::Vulnerabilities, &PackagePart::HealthNotes]
        );
        assert!(PackagePart::HealthNotes.needs_case());
        assert!(!PackagePart::Identity.needs_case());
    }

    fn any_terms() -> impl Strategy<Value = BasisTerms> {
        (
            any::<bool>(),
            prop::sample::select(Purpose::ALL.to_vec()),
            prop::sample::select(Basis::ALL.to_vec()),
            any::<bool>(),
            0i64..400,
            prop::option::of(0i64..400),
            any::<bool>(),
        )
            .prop_map(|(by_kind, purpose, basis, special, from, to, withdrawn)| {
                let start = day("2026-01-01");
                BasisTerms {
                    recipient: if by_kind {
                        Recipient::Kind(AgencyKind::Cpi)
                    } else {
                        Recipient::Agency("cpi-genova".into())
                    },
                    purpose,
                    basis,
                    special,
                    given_on: start + chrono::Days::new(from.unsigned_abs()),
                    expires_on: to.map(|t| start + chrono::Days::new(t.unsigned_abs())),
                    withdrawn,
                }
            })
    }

    proptest! {
        /// An accepted disclosure always rests on a basis that holds for
        /// exactly that recipient, purpose, day and sensitivity; a refused
        /// one has no such basis.
        #[test]
        fn check_basis_is_sound_and_complete(
            bases in prop::collection::vec(any_terms(), 0..5),
            purpose in prop::sample::select(Purpose::ALL.to_vec()),
            special in any::<bool>(),
            offset in 0i64..400,
        ) {
            let today = day("2026-01-01") + chrono::Days::new(offset.unsigned_abs());
            let fits = |b: &BasisTerms| b.purpose == purpose
                && b.names(CPI.0, CPI.1)
                && b.holds_on(today)
                && (!special || b.covers_special());
            match check_basis(&bases, CPI, purpose, special, today) {
                Ok(i) => prop_assert!(fits(&bases[i])),
                Err(_) => prop_assert!(!bases.iter().any(fits)),
            }
        }
    }
}
