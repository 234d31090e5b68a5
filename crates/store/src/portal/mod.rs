//! Persistence of the public portal's own data.

pub mod feedback;
pub mod network;
