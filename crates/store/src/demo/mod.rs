//! Demonstration data, clearly labelled as such: a plausible network in Piemonte.
//! Loading is idempotent, so `serve --demo` can run it at every start.

use crocevia_domain::Lang;
use crocevia_domain::identity::password::PasswordHash;
use crocevia_domain::identity::{Email, Profession};

use crate::identity::audit::AuditEvent;
use crate::identity::users::NewUser;
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

/// One demo operator per profession: (email local part, name, profession).
const OPERATORS: [(&str, &str, Profession); 11] = [
    (
        "frontoffice",
        "Sara Bianchi (demo)",
        Profession::FrontOffice,
    ),
    ("sociale", "Luca Ferrero (demo)", Profession::SocialWorker),
    ("legale", "Aisha Benali (demo)", Profession::LegalOperator),
    (
        "sanitario",
        "Marco Gallo (demo)",
        Profession::HealthOperator,
    ),
    ("mediazione", "Olena Kovalenko (demo)", Profession::Mediator),
    (
        "coordinamento",
        "Paola Conti (demo)",
        Profession::Coordinator,
    ),
    ("formazione", "Davide Rinaldi (demo)", Profession::Trainer),
    ("redazione", "Chiara Moretti (demo)", Profession::Editor),
    (
        "traduzioni",
        "Youssef El Amrani (demo)",
        Profession::Translator,
    ),
    ("analisi", "Elena Greco (demo)", Profession::Analyst),
    ("admin", "Amministrazione (demo)", Profession::Administrator),
];

/// A demo login to print for the person trying the demo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoLogin {
    /// Profession.
    pub profession: Profession,
    /// Email.
    pub email: Email,
    /// Password (derived per installation by the caller).
    pub password: String,
}

impl Store {
    /// Creates the demo operators that do not exist yet, with the passwords
    /// `password_for` gives, and returns every demo login.
    pub async fn load_demo_operators(
        &self,
        password_for: impl Fn(&Email) -> String,
    ) -> StoreResult<Vec<DemoLogin>> {
        let mut logins = Vec::new();
        for (local, name, profession) in OPERATORS {
            let email = Email::parse(&format!("{local}@demo.crocevia.example"))
                .map_err(|e| crate::StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
            let password = password_for(&email);
            if self.user_by_email(&email).await?.is_none() {
                let hash = PasswordHash::new(&password)
                    .map_err(|e| crate::StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
                self.create_user(&NewUser {
                    email: email.clone(),
                    display_name: name.to_owned(),
                    profession,
                    ui_lang: Lang::It,
                    password_hash: Some(hash),
                })
                .await?;
            }
            logins.push(DemoLogin {
                profession,
                email,
                password,
            });
        }
        Ok(logins)
    }
}
