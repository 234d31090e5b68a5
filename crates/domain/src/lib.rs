//! Crocevia's domain: pure types and rules, no I/O, no async, no database.
//!
//! Every other crate depends on this one; it depends on nothing of ours.

pub mod crypto;
pub mod desk;
pub mod directory;
pub mod guides;
pub mod identity;
pub mod lang;
pub mod readability;
pub mod territories;
pub mod training;
pub mod translation;

pub use lang::{Direction, Lang, LangSet};
