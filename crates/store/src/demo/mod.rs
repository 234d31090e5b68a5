//! Demonstration data, clearly labelled as such: a plausible network in Piemonte.
//! Loading is idempotent, so `serve --demo` can run it at every start.

use crate::identity::audit::AuditEvent;
use crate::portal::network::NetworkProfile;
use crate::{Store, StoreResult};

/// The demo network profile.
#[must_use]
pub fn network_profile() -> NetworkProfile {
    NetworkProfile {
        name: "Rete Crocevia Piemonte (demo)".to_owned(),
        region: Some("Regione Piemonte".to_owned()),
        contact_email: Some("spaziocomune@demo.crocevia.example".to_owned()),
        phone: Some("+39 011 555 0100".to_owned()),
        address: Some("Via della Consolata 1, 10122 Torino (indirizzo di esempio)".to_owned()),
        opening_hours: Some("lun–ven 9:00–13:00; mar e gio 14:00–17:00".to_owned()),
        is_demo: true,
    }
}

impl Store {
    /// Loads (or refreshes) every demo record.
    pub async fn load_demo(&self) -> StoreResult<()> {
        self.put_network_profile(&network_profile()).await?;
        self.audit(&AuditEvent {
            action: "system.demo.load".to_owned(),
            object_type: "network_profile".to_owned(),
            object_id: Some("default".to_owned()),
            ..AuditEvent::default()
        })
        .await?;
        Ok(())
    }
}
