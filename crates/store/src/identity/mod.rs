//! Persistence of the identity capability: the audit log (agencies, users,
//! roles and sessions follow).

pub mod audit;
