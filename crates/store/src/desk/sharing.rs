//! Sharing with need-to-know: legal bases per person and referrals with
//! their sealed package (break-glass and transfers are in
//! [`super::break_glass`], notifications in [`crate::notifications`]).
//!
//! Free texts that may name the person (a referral's reason, package,
//! decision and outcome; a break-glass reason) are sealed like case notes.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::sharing::{
    Basis, BasisTerms, Evidence, PackagePart, Purpose, Recipient, ReferralStatus, Urgency,
};
use crocevia_domain::identity::AgencyKind;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{QueryOrder, QuerySelect};

use super::entities::{break_glass, legal_basis, referral};
use super::{corrupt, csv, open, seal, split};
use crate::act::Trail;
use crate::{Store, StoreResult};

/// Who a basis is recorded for, as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientInput {
    /// One agency.
    Agency(Uuid),
    /// Any agency of a kind.
    Kind(AgencyKind),
}

/// A legal basis as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBasisInput {
    /// Recipient.
    pub recipient: RecipientInput,
    /// Purpose.
    pub purpose: Purpose,
    /// Basis.
    pub basis: Basis,
    /// Whether it covers special-category data.
    pub special: bool,
    /// How it was given or documented.
    pub evidence: Evidence,
    /// Language of the signed consent text.
    pub lang: Option<String>,
    /// Reference (act, protocol number of the signed form).
    pub reference: Option<String>,
    /// From.
    pub given_on: NaiveDate,
    /// Until (inclusive).
    pub expires_on: Option<NaiveDate>,
}

/// A recorded legal basis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBasis {
    /// Id.
    pub id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// Agency that recorded it.
    pub agency_id: Uuid,
    /// As recorded.
    pub input: LegalBasisInput,
    /// When the person withdrew it.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// Recorded by.
    pub recorded_by: Uuid,
    /// Recorded.
    pub recorded_at: DateTime<Utc>,
}

impl LegalBasis {
    /// The terms the sharing rule reads.
    #[must_use]
    pub fn terms(&self) -> BasisTerms {
        BasisTerms {
            recipient: match &self.input.recipient {
                RecipientInput::Agency(id) => Recipient::Agency(id.to_string()),
                RecipientInput::Kind(k) => Recipient::Kind(*k),
            },
            purpose: self.input.purpose,
            basis: self.input.basis,
            special: self.input.special,
            given_on: self.input.given_on,
            expires_on: self.input.expires_on,
            withdrawn: self.withdrawn_at.is_some(),
        }
    }
}

impl std::fmt::Debug for NewReferral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewReferral")
            .field("person_id", &self.person_id)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("purpose", &self.purpose)
            .field("reason", &super::Redacted(self.reason.len()))
            .field("parts", &self.parts)
            .field("package", &super::Redacted(self.package.len()))
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Referral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Referral")
            .field("id", &self.id)
            .field("person_id", &self.person_id)
            .field("from_agency_id", &self.from_agency_id)
            .field("to_agency_id", &self.to_agency_id)
            .field("purpose", &self.purpose)
            .field("reason", &super::Redacted(self.reason.len()))
            .field("parts", &self.parts)
            .field("status", &self.status)
            .field(
                "outcome",
                &self.outcome.as_ref().map(|o| super::Redacted(o.len())),
            )
            .finish_non_exhaustive()
    }
}

/// A referral to send (`Debug` hides the reason and the package).
#[derive(Clone)]
pub struct NewReferral {
    /// Person.
    pub person_id: Uuid,
    /// Case the case parts come from.
    pub case_id: Option<Uuid>,
    /// Sending agency.
    pub from: Uuid,
    /// Receiving agency.
    pub to: Uuid,
    /// The basis it rests on.
    pub basis_id: Uuid,
    /// Purpose.
    pub purpose: Purpose,
    /// Urgency.
    pub urgency: Urgency,
    /// Why.
    pub reason: String,
    /// The parts chosen.
    pub parts: BTreeSet<PackagePart>,
    /// The package (JSON), as assembled from the record now.
    pub package: String,
    /// Access ends.
    pub access_until: DateTime<Utc>,
}

/// A referral as stored (its package read apart, see
/// [`Store::referral_package`]; `Debug` hides the free texts).
#[derive(Clone, PartialEq, Eq)]
pub struct Referral {
    /// Id.
    pub id: Uuid,
    /// Person.
    pub person_id: Uuid,
    /// Case the case parts come from.
    pub case_id: Option<Uuid>,
    /// Sending agency.
    pub from_agency_id: Uuid,
    /// Receiving agency.
    pub to_agency_id: Uuid,
    /// The basis it rests on.
    pub basis_id: Uuid,
    /// Purpose.
    pub purpose: Purpose,
    /// Urgency.
    pub urgency: Urgency,
    /// Why.
    pub reason: String,
    /// The parts.
    pub parts: Vec<PackagePart>,
    /// Status.
    pub status: ReferralStatus,
    /// Sent by.
    pub created_by: Uuid,
    /// Sent.
    pub created_at: DateTime<Utc>,
    /// Access ends.
    pub access_until: DateTime<Utc>,
    /// Who accepted or declined, when, and why.
    pub decision: Option<(Uuid, DateTime<Utc>, String)>,
    /// Outcome.
    pub outcome: Option<String>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
}

impl Referral {
    /// Whether the receiving agency reads the package at `now`.
    #[must_use]
    pub fn open_to_receiver(&self, now: DateTime<Utc>) -> bool {
        self.status.grants_access() && now < self.access_until
    }
}

fn day(id: Uuid, s: &str) -> StoreResult<NaiveDate> {
    s.parse().map_err(|_| corrupt("legal basis", id))
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl TryFrom<legal_basis::Model> for LegalBasis {
    type Error = crate::StoreError;

    fn try_from(m: legal_basis::Model) -> StoreResult<LegalBasis> {
        let bad = || corrupt("legal basis", m.id);
        let recipient = match (m.recipient_agency_id, m.recipient_kind.as_deref()) {
            (Some(id), _) => RecipientInput::Agency(id),
            (None, Some(k)) => RecipientInput::Kind(AgencyKind::parse(k).ok_or_else(bad)?),
            (None, None) => return Err(bad()),
        };
        Ok(LegalBasis {
            id: m.id,
            person_id: m.person_id,
            agency_id: m.agency_id,
            input: LegalBasisInput {
                recipient,
                purpose: Purpose::parse(&m.purpose).ok_or_else(bad)?,
                basis: Basis::parse(&m.basis).ok_or_else(bad)?,
                special: m.special,
                evidence: Evidence::parse(&m.evidence).ok_or_else(bad)?,
                lang: m.lang,
                reference: m.reference,
                given_on: day(m.id, &m.given_on)?,
                expires_on: m.expires_on.as_deref().map(|e| day(m.id, e)).transpose()?,
            },
            withdrawn_at: m.withdrawn_at,
            recorded_by: m.recorded_by,
            recorded_at: m.recorded_at,
        })
    }
}

fn context(column: &str, id: Uuid) -> String {
    format!("desk_referrals.{column}:{id}")
}

fn referral_of(m: referral::Model, cipher: &FieldCipher) -> StoreResult<Referral> {
    let bad = || corrupt("referral", m.id);
    let parts = split(&m.parts)
        .iter()
        .map(|p| PackagePart::parse(p).ok_or_else(bad))
        .collect::<StoreResult<Vec<_>>>()?;
    let sealed = |column: &str, v: &Option<String>| {
        v.as_deref()
            .map(|s| open(cipher, s, &context(column, m.id)))
            .transpose()
    };
    let decision = match (m.decided_by, m.decided_at) {
        (Some(by), Some(at)) => {
            Some((by, at, sealed("decision", &m.decision)?.unwrap_or_default()))
        }
        _ => None,
    };
    Ok(Referral {
        id: m.id,
        person_id: m.person_id,
        case_id: m.case_id,
        from_agency_id: m.from_agency_id,
        to_agency_id: m.to_agency_id,
        basis_id: m.basis_id,
        purpose: Purpose::parse(&m.purpose).ok_or_else(bad)?,
        urgency: Urgency::parse(&m.urgency).ok_or_else(bad)?,
        reason: open(cipher, &m.reason, &context("reason", m.id))?,
        parts,
        status: ReferralStatus::parse(&m.status).ok_or_else(bad)?,
        created_by: m.created_by,
        created_at: m.created_at,
        access_until: m.access_until,
        decision,
        outcome: sealed("outcome", &m.outcome)?,
        closed_at: m.closed_at,
    })
}

impl Store {
    /// Records a legal basis for sharing a person's data.
    pub async fn record_basis(
        &self,
        person_id: Uuid,
        agency: Uuid,
        input: &LegalBasisInput,
        by: Uuid,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        let (recipient_agency, recipient_kind) = match &input.recipient {
            RecipientInput::Agency(a) => (Some(*a), None),
            RecipientInput::Kind(k) => (None, Some(k.as_str().to_owned())),
        };
        let row = legal_basis::ActiveModel {
            id: Set(id),
            person_id: Set(person_id),
            agency_id: Set(agency),
            recipient_agency_id: Set(recipient_agency),
            recipient_kind: Set(recipient_kind),
            purpose: Set(input.purpose.as_str().to_owned()),
            basis: Set(input.basis.as_str().to_owned()),
            special: Set(input.special),
            evidence: Set(input.evidence.as_str().to_owned()),
            lang: Set(input.lang.clone()),
            reference: Set(input.reference.clone()),
            given_on: Set(ymd(input.given_on)),
            expires_on: Set(input.expires_on.map(ymd)),
            withdrawn_at: Set(None),
            recorded_by: Set(by),
            recorded_at: Set(Utc::now()),
        };
        self.insert_with(row, trail).await?;
        Ok(id)
    }

    /// A person's legal bases, latest first.
    pub async fn legal_bases(&self, person_id: Uuid) -> StoreResult<Vec<LegalBasis>> {
        legal_basis::Entity::find()
            .filter(legal_basis::Column::PersonId.eq(person_id))
            .order_by_desc(legal_basis::Column::RecordedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(LegalBasis::try_from)
            .collect()
    }

    /// One legal basis.
    pub async fn legal_basis(&self, id: Uuid) -> StoreResult<Option<LegalBasis>> {
        legal_basis::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(LegalBasis::try_from)
            .transpose()
    }

    /// Records the person's withdrawal of a basis, with its trail, and
    /// closes the referrals that rest on it (their access ends now). Returns
    /// those referrals; `None` (and nothing written) when the basis was
    /// already withdrawn.
    pub async fn withdraw_basis(
        &self,
        id: Uuid,
        cipher: &FieldCipher,
        outcome: &str,
        trail: &Trail,
    ) -> StoreResult<Option<Vec<Uuid>>> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let changed = legal_basis::Entity::update_many()
            .col_expr(legal_basis::Column::WithdrawnAt, Expr::value(Some(now)))
            .filter(legal_basis::Column::Id.eq(id))
            .filter(legal_basis::Column::WithdrawnAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if changed == 0 {
            txn.rollback().await?;
            return Ok(None);
        }
        let open: Vec<Uuid> = referral::Entity::find()
            .select_only()
            .column(referral::Column::Id)
            .filter(referral::Column::BasisId.eq(id))
            .filter(referral::Column::Status.is_in(open_statuses()))
            .into_tuple()
            .all(&txn)
            .await?;
        for r in &open {
            close_referral_in(&txn, *r, cipher, outcome, now).await?;
        }
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(Some(open))
    }

    /// Sends a referral, with `trail(id)`, its audit entry and notices, in
    /// the same transaction.
    pub async fn create_referral(
        &self,
        new: &NewReferral,
        by: Uuid,
        cipher: &FieldCipher,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        let txn = self.begin_write().await?;
        referral::ActiveModel {
            id: Set(id),
            person_id: Set(new.person_id),
            case_id: Set(new.case_id),
            from_agency_id: Set(new.from),
            to_agency_id: Set(new.to),
            basis_id: Set(new.basis_id),
            purpose: Set(new.purpose.as_str().to_owned()),
            urgency: Set(new.urgency.as_str().to_owned()),
            reason: Set(seal(cipher, &new.reason, &context("reason", id))),
            parts: Set(csv(new.parts.iter().map(|p| p.as_str()))),
            package: Set(seal(cipher, &new.package, &context("package", id))),
            status: Set(ReferralStatus::Sent.as_str().to_owned()),
            created_by: Set(by),
            created_at: Set(Utc::now()),
            access_until: Set(new.access_until),
            decided_by: Set(None),
            decided_at: Set(None),
            decision: Set(None),
            outcome: Set(None),
            closed_at: Set(None),
            expiry_noticed: Set(false),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// One referral.
    pub async fn referral(&self, id: Uuid, cipher: &FieldCipher) -> StoreResult<Option<Referral>> {
        referral::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(|m| referral_of(m, cipher))
            .transpose()
    }

    /// A referral's package (JSON).
    pub async fn referral_package(
        &self,
        id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<String>> {
        let sealed: Option<String> = referral::Entity::find_by_id(id)
            .select_only()
            .column(referral::Column::Package)
            .into_tuple()
            .one(self.conn())
            .await?;
        sealed
            .map(|s| open(cipher, &s, &context("package", id)))
            .transpose()
    }

    /// The referrals of a person, latest first.
    pub async fn referrals_of(
        &self,
        person_id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Referral>> {
        referral::Entity::find()
            .filter(referral::Column::PersonId.eq(person_id))
            .order_by_desc(referral::Column::CreatedAt)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| referral_of(m, cipher))
            .collect()
    }

    /// Referrals received by `agencies` whose package is still open at
    /// `now`, and those they sent, latest first (at most `limit` each).
    pub async fn referral_lists(
        &self,
        agencies: &[Uuid],
        now: DateTime<Utc>,
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<(Vec<Referral>, Vec<Referral>)> {
        let received = referral::Entity::find()
            .filter(referral::Column::ToAgencyId.is_in(agencies.iter().copied()))
            .filter(referral::Column::Status.is_in(open_statuses()))
            .filter(referral::Column::AccessUntil.gt(now))
            .order_by_desc(referral::Column::CreatedAt)
            .limit(limit)
            .all(self.conn())
            .await?;
        let sent = referral::Entity::find()
            .filter(referral::Column::FromAgencyId.is_in(agencies.iter().copied()))
            .order_by_desc(referral::Column::CreatedAt)
            .limit(limit)
            .all(self.conn())
            .await?;
        let read = |rows: Vec<referral::Model>| {
            rows.into_iter()
                .map(|m| referral_of(m, cipher))
                .collect::<StoreResult<Vec<_>>>()
        };
        Ok((read(received)?, read(sent)?))
    }

    /// The receiving agency accepts or declines a sent referral, with a
    /// reason, with its trail; `false` (and nothing written) when it was no
    /// longer waiting.
    pub async fn decide_referral(
        &self,
        id: Uuid,
        (accept, reason): (bool, &str),
        by: Uuid,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let status = if accept {
            ReferralStatus::Accepted
        } else {
            ReferralStatus::Declined
        };
        let txn = self.begin_write().await?;
        let changed = referral::Entity::update_many()
            .col_expr(referral::Column::Status, Expr::value(status.as_str()))
            .col_expr(referral::Column::DecidedBy, Expr::value(Some(by)))
            .col_expr(referral::Column::DecidedAt, Expr::value(Some(Utc::now())))
            .col_expr(
                referral::Column::Decision,
                Expr::value(Some(seal(cipher, reason, &context("decision", id)))),
            )
            .filter(referral::Column::Id.eq(id))
            .filter(referral::Column::Status.eq(ReferralStatus::Sent.as_str()))
            .exec(&txn)
            .await?
            .rows_affected;
        self.settle_if(txn, changed == 1, trail).await
    }

    /// Closes an open referral with its outcome, with its trail: the
    /// receiving agency's access ends. `false` (and nothing written) when
    /// it was not open.
    pub async fn close_referral(
        &self,
        id: Uuid,
        outcome: &str,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let closed = close_referral_in(&txn, id, cipher, outcome, Utc::now()).await?;
        self.settle_if(txn, closed, trail).await
    }

    /// Open referrals whose access ends before `until` and whose receiving
    /// agency was not told yet ([`Store::expiry_noticed`] marks them).
    pub async fn referrals_ending(
        &self,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Referral>> {
        referral::Entity::find()
            .filter(referral::Column::Status.is_in(open_statuses()))
            .filter(referral::Column::AccessUntil.gt(now))
            .filter(referral::Column::AccessUntil.lte(until))
            .filter(referral::Column::ExpiryNoticed.eq(false))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| referral_of(m, cipher))
            .collect()
    }

    /// Marks that the receiving agency of referral `id` was told its access
    /// ends, with the trail that tells it; `false` when another server
    /// already did.
    pub async fn expiry_noticed(&self, id: Uuid, trail: &Trail) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let marked = referral::Entity::update_many()
            .col_expr(referral::Column::ExpiryNoticed, Expr::value(true))
            .filter(referral::Column::Id.eq(id))
            .filter(referral::Column::ExpiryNoticed.eq(false))
            .exec(&txn)
            .await?
            .rows_affected;
        self.settle_if(txn, marked == 1, trail).await
    }
}

fn open_statuses() -> [&'static str; 2] {
    [
        ReferralStatus::Sent.as_str(),
        ReferralStatus::Accepted.as_str(),
    ]
}

async fn close_referral_in(
    conn: &impl ConnectionTrait,
    id: Uuid,
    cipher: &FieldCipher,
    outcome: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let changed = referral::Entity::update_many()
        .col_expr(
            referral::Column::Status,
            Expr::value(ReferralStatus::Closed.as_str()),
        )
        .col_expr(
            referral::Column::Outcome,
            Expr::value(Some(seal(cipher, outcome, &context("outcome", id)))),
        )
        .col_expr(referral::Column::ClosedAt, Expr::value(Some(now)))
        .filter(referral::Column::Id.eq(id))
        .filter(referral::Column::Status.is_in(open_statuses()))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(changed == 1)
}

/// Moves the bases, referrals and break-glass accesses of `other` to `keep`
/// (a merge keeps both histories).
pub(super) async fn merge_into(
    txn: &impl ConnectionTrait,
    keep: Uuid,
    other: Uuid,
) -> StoreResult<()> {
    legal_basis::Entity::update_many()
        .col_expr(legal_basis::Column::PersonId, Expr::value(keep))
        .filter(legal_basis::Column::PersonId.eq(other))
        .exec(txn)
        .await?;
    referral::Entity::update_many()
        .col_expr(referral::Column::PersonId, Expr::value(keep))
        .filter(referral::Column::PersonId.eq(other))
        .exec(txn)
        .await?;
    break_glass::Entity::update_many()
        .col_expr(break_glass::Column::PersonId, Expr::value(keep))
        .filter(break_glass::Column::PersonId.eq(other))
        .exec(txn)
        .await?;
    Ok(())
}
