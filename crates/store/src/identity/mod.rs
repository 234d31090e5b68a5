//! Persistence of the identity capability: operators, sessions, login
//! throttling and the audit log (agencies, roles and grants follow).

pub mod access;
pub mod audit;
pub mod entities;
pub mod invitations;
pub mod requests;
pub mod second_factor;
pub mod sessions;
pub mod throttle;
pub mod tokens;
pub mod users;
