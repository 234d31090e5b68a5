//! Demonstration data, clearly labelled as such: a plausible network in Piemonte.
//! Loading is idempotent, so `serve --demo` can run it at every start.

mod owners;

use crocevia_domain::Lang;
use crocevia_domain::identity::password::PasswordHash;
use crocevia_domain::identity::{AgencyKind, Email, Profession, Scope, TerritoryCode};

use crate::identity::access::NewAgency;
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

    /// Loads (or refreshes: upsert by id) the demo services directory: about
    /// 160 services in nine cities, all named "(demo)", in Italian with English
    /// and some Arabic, French and Ukrainian translations.
    pub async fn load_demo_directory(&self) -> StoreResult<crate::directory::ImportReport> {
        let mut records = crate::directory::hsds::Records::default();
        let organizations: serde_json::Value = serde_json::from_str(DEMO_DIRECTORY)
            .map_err(|e| demo_error(format!("demo directory: {e}")))?;
        let serde_json::Value::Array(organizations) = organizations else {
            return Err(demo_error("demo directory: not an array"));
        };
        for (i, o) in organizations.into_iter().enumerate() {
            crate::directory::hsds::flatten(
                o,
                Some(crate::directory::hsds::Kind::Organization),
                &format!("demo directory record {}", i + 1),
                &mut records,
            )
            .map_err(demo_error)?;
        }
        let translations: Vec<crate::directory::Translation> =
            serde_json::from_str(DEMO_TRANSLATIONS)
                .map_err(|e| demo_error(format!("demo translations: {e}")))?;
        let report = self
            .write_directory(&records, &translations, &crate::act::Trail::unrecorded())
            .await?;
        self.assign_demo_owners().await?;
        Ok(report)
    }
}

/// The demo directory (HSDS 3.0 organizations with their services), made by
/// `demo/directory/generate.py`.
const DEMO_DIRECTORY: &str = include_str!("directory/hsds.json");
/// Its translations.
const DEMO_TRANSLATIONS: &str = include_str!("directory/translations.json");

/// A demo agency: name, kind, ISTAT region, province and municipality codes.
type DemoAgency = (
    &'static str,
    AgencyKind,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

/// Demo agencies in the cities of the seed projects.
const AGENCIES: [DemoAgency; 7] = [
    (
        "Comune di Torino – Spazio Comune (demo)",
        AgencyKind::Comune,
        "01",
        None,
        Some("001272"),
    ),
    (
        "Consorzio socio-assistenziale del Cuneese (demo)",
        AgencyKind::EnteGestore,
        "01",
        Some("004"),
        None,
    ),
    (
        "ASL Novara (demo)",
        AgencyKind::Asl,
        "01",
        None,
        Some("003106"),
    ),
    (
        "Centro per l'impiego di Genova (demo)",
        AgencyKind::Cpi,
        "07",
        None,
        Some("010025"),
    ),
    (
        "CPIA La Spezia (demo)",
        AgencyKind::Cpia,
        "07",
        None,
        Some("011015"),
    ),
    (
        "Prefettura di Grosseto (demo)",
        AgencyKind::Prefettura,
        "09",
        None,
        Some("053011"),
    ),
    (
        "Regione Piemonte (demo)",
        AgencyKind::Region,
        "01",
        None,
        None,
    ),
];

/// How a demo operator's grant is scoped.
#[derive(Clone, Copy)]
enum DemoScope {
    Agency,
    Region,
    Network,
}

/// One demo operator per profession: email local part, name, profession, role,
/// agency (index in [`AGENCIES`]) and scope.
const OPERATORS: [(&str, &str, Profession, &str, usize, DemoScope); 13] = [
    (
        "frontoffice",
        "Sara Bianchi (demo)",
        Profession::FrontOffice,
        "front_office",
        0,
        DemoScope::Agency,
    ),
    (
        "sociale",
        "Luca Ferrero (demo)",
        Profession::SocialWorker,
        "case_worker",
        0,
        DemoScope::Agency,
    ),
    (
        "legale",
        "Aisha Benali (demo)",
        Profession::LegalOperator,
        "case_worker",
        0,
        DemoScope::Agency,
    ),
    (
        "sanitario",
        "Marco Gallo (demo)",
        Profession::HealthOperator,
        "case_worker",
        2,
        DemoScope::Agency,
    ),
    (
        "mediazione",
        "Olena Kovalenko (demo)",
        Profession::Mediator,
        "mediator",
        0,
        DemoScope::Region,
    ),
    (
        "coordinamento",
        "Paola Conti (demo)",
        Profession::Coordinator,
        "coordinator",
        6,
        DemoScope::Region,
    ),
    (
        "formazione",
        "Davide Rinaldi (demo)",
        Profession::Trainer,
        "trainer",
        6,
        DemoScope::Network,
    ),
    (
        "redazione",
        "Chiara Moretti (demo)",
        Profession::Editor,
        "editor",
        6,
        DemoScope::Network,
    ),
    (
        "traduzioni",
        "Youssef El Amrani (demo)",
        Profession::Translator,
        "translator",
        6,
        DemoScope::Network,
    ),
    (
        "analisi",
        "Elena Greco (demo)",
        Profession::Analyst,
        "analyst",
        6,
        DemoScope::Network,
    ),
    (
        "admin",
        "Amministrazione (demo)",
        Profession::Administrator,
        "administrator",
        6,
        DemoScope::Network,
    ),
    // The job centre that the municipal desk refers people to.
    (
        "lavoro",
        "Giorgio Ricci (demo)",
        Profession::SocialWorker,
        "case_worker",
        3,
        DemoScope::Agency,
    ),
    // The municipality's data-protection officer (subject rights).
    (
        "privacy",
        "Giulia Marino (demo)",
        Profession::Administrator,
        "data_protection_officer",
        0,
        DemoScope::Agency,
    ),
];

/// A demo data file that does not read (a bug of ours, reported as a store error).
pub(crate) fn demo_error(e: impl std::fmt::Display) -> crate::StoreError {
    crate::StoreError::Corrupt(format!("demo data: {e}"))
}

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
        let existing = self.agencies().await?;
        let mut agencies = Vec::with_capacity(AGENCIES.len());
        for (name, kind, region, province, municipality) in AGENCIES {
            let territory =
                TerritoryCode::from_parts(region, province, municipality).map_err(demo_error)?;
            let agency = match existing.iter().find(|a| a.name == name) {
                Some(a) => a.clone(),
                None => {
                    self.create_agency(
                        &NewAgency {
                            name: name.to_owned(),
                            kind,
                            territory,
                            email: None,
                            phone: None,
                        },
                        |_| crate::act::Trail::unrecorded(),
                    )
                    .await?
                }
            };
            agencies.push(agency);
        }
        self.assign_demo_owners().await?;
        let mut logins = Vec::new();
        for (local, name, profession, role, agency, scope) in OPERATORS {
            let email =
                Email::parse(&format!("{local}@demo.crocevia.example")).map_err(demo_error)?;
            let password = password_for(&email);
            if self.user_by_email(&email).await?.is_none() {
                let hash = PasswordHash::new(&password).map_err(demo_error)?;
                let user = self
                    .create_user(&NewUser {
                        email: email.clone(),
                        display_name: name.to_owned(),
                        profession,
                        ui_lang: Lang::It,
                        password_hash: Some(hash),
                    })
                    .await?
                    .ok_or_else(|| demo_error(format!("{email} exists")))?;
                let agency = &agencies[agency];
                let scope = match scope {
                    DemoScope::Agency => Scope::OwnAgency,
                    DemoScope::Region => Scope::Territory(
                        TerritoryCode::region(agency.territory.parts().0).map_err(demo_error)?,
                    ),
                    DemoScope::Network => Scope::Network,
                };
                let role = self
                    .role_id(role)
                    .await?
                    .ok_or_else(|| demo_error(format!("no role {role}")))?;
                self.grant(
                    user.id,
                    role,
                    agency.id,
                    &scope,
                    &crate::act::Trail::unrecorded(),
                )
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
