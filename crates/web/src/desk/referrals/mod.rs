//! Referrals between agencies, in two halves: what the owning agency
//! [`send`]s (a referral with its minimal package, or the transfer of the
//! whole record) and what the receiving agency [`receive`]s (the list, one
//! referral's page, the decision, the outcome, the JSON API and the notice
//! that an access ends soon). The person's sharing page, with the legal
//! bases and the forms that send, is [`super::sharing`].

pub(crate) mod receive;
pub(super) mod send;

pub use receive::notice_ending_access;
