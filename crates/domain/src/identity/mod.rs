//! Who may do what: professions, the permission catalogue, territories, grants
//! and the one policy function that decides every access ([`decide`]).
//!
//! Capabilities declare their permissions in [`catalogue`]; roles are named sets
//! of permissions stored in the database; a [`Grant`] gives a role's
//! permissions to a user for one agency, with a [`Scope`]. The web layer asks
//! [`decide`] and enforces the answer in one guard.

mod email;
pub mod password;
mod policy;
mod territory;

pub use email::{Email, InvalidEmail};
pub use policy::{AgencyKey, Decision, DenyReason, Grant, Scope, Subject, Target, decide};
pub use territory::{InvalidTerritoryCode, TerritoryCode};

/// An operator's profession, which also drives which confidential notes they may
/// read (later capabilities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profession {
    /// Front-office operator at a desk.
    FrontOffice,
    /// Social worker.
    SocialWorker,
    /// Legal operator.
    LegalOperator,
    /// Health operator.
    HealthOperator,
    /// Intercultural mediator.
    Mediator,
    /// Coordinator of a service or territory.
    Coordinator,
    /// Trainer.
    Trainer,
    /// Content editor.
    Editor,
    /// Translator.
    Translator,
    /// Analyst or evaluator (aggregate data only).
    Analyst,
    /// Administrator.
    Administrator,
}

impl Profession {
    /// Every profession.
    pub const ALL: [Profession; 11] = [
        Profession::FrontOffice,
        Profession::SocialWorker,
        Profession::LegalOperator,
        Profession::HealthOperator,
        Profession::Mediator,
        Profession::Coordinator,
        Profession::Trainer,
        Profession::Editor,
        Profession::Translator,
        Profession::Analyst,
        Profession::Administrator,
    ];

    /// Stable identifier stored in the database.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FrontOffice => "front_office",
            Self::SocialWorker => "social_worker",
            Self::LegalOperator => "legal_operator",
            Self::HealthOperator => "health_operator",
            Self::Mediator => "mediator",
            Self::Coordinator => "coordinator",
            Self::Trainer => "trainer",
            Self::Editor => "editor",
            Self::Translator => "translator",
            Self::Analyst => "analyst",
            Self::Administrator => "administrator",
        }
    }

    /// Parses a stored identifier.
    #[must_use]
    pub fn parse(s: &str) -> Option<Profession> {
        Profession::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A permission of the catalogue, e.g. `desk.person.read`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Permission(&'static str);

impl Permission {
    /// Its identifier.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The catalogue entry, if the permission exists.
    #[must_use]
    pub fn definition(self) -> Option<&'static PermissionDef> {
        catalogue().iter().find(|d| d.permission == self)
    }

    /// Looks a stored identifier up in the catalogue.
    #[must_use]
    pub fn parse(s: &str) -> Option<Permission> {
        catalogue()
            .iter()
            .map(|d| d.permission)
            .find(|p| p.as_str() == s)
    }
}

/// One entry of the permission catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionDef {
    /// The permission.
    pub permission: Permission,
    /// Capability that declares it.
    pub capability: &'static str,
    /// Whether it reads or writes personal data: holders need a second factor.
    pub personal_data: bool,
    /// Whether the mere existence of the objects it covers is sensitive: a
    /// denial then looks like "not found".
    pub existence_sensitive: bool,
}

macro_rules! permissions {
    ($( $konst:ident = $id:literal, $cap:literal, personal: $pd:literal, hidden: $hidden:literal; )*) => {
        /// Permissions declared by the capabilities.
        pub mod perm {
            use super::Permission;
            $(
                #[doc = concat!("`", $id, "`")]
                pub const $konst: Permission = Permission($id);
            )*
        }

        static CATALOGUE: &[PermissionDef] = &[
            $( PermissionDef {
                permission: perm::$konst,
                capability: $cap,
                personal_data: $pd,
                existence_sensitive: $hidden,
            }, )*
        ];
    };
}

permissions! {
    ADMIN_AGENCIES = "identity.agencies.manage", "identity", personal: false, hidden: false;
    ADMIN_USERS = "identity.users.manage", "identity", personal: true, hidden: false;
    ADMIN_ROLES = "identity.roles.manage", "identity", personal: false, hidden: false;
    AUDIT_READ = "identity.audit.read", "identity", personal: true, hidden: false;
    DIRECTORY_EDIT = "directory.edit", "directory", personal: false, hidden: false;
    GUIDES_EDIT = "guides.edit", "guides", personal: false, hidden: false;
    GUIDES_TRANSLATE = "guides.translate", "guides", personal: false, hidden: false;
    DESK_PERSON_READ = "desk.person.read", "desk", personal: true, hidden: true;
    DESK_PERSON_WRITE = "desk.person.write", "desk", personal: true, hidden: true;
    DESK_VISIT_WRITE = "desk.visit.write", "desk", personal: true, hidden: true;
    DESK_CASE_READ = "desk.case.read", "desk", personal: true, hidden: true;
    DESK_CASE_WRITE = "desk.case.write", "desk", personal: true, hidden: true;
    MEDIATION_REQUEST = "mediation.request", "mediation", personal: false, hidden: false;
    MEDIATION_MANAGE = "mediation.manage", "mediation", personal: true, hidden: false;
    TRAINING_MANAGE = "training.manage", "training", personal: true, hidden: false;
    FORUM_MODERATE = "forum.moderate", "forum", personal: false, hidden: false;
    MONITORING_READ = "monitoring.read", "monitoring", personal: false, hidden: false;
}

/// The whole permission catalogue.
#[must_use]
pub fn catalogue() -> &'static [PermissionDef] {
    CATALOGUE
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn catalogue_ids_are_unique_and_parse_back() {
        let ids: BTreeSet<_> = catalogue().iter().map(|d| d.permission.as_str()).collect();
        assert_eq!(ids.len(), catalogue().len());
        for d in catalogue() {
            assert_eq!(Permission::parse(d.permission.as_str()), Some(d.permission));
            assert!(d.permission.as_str().starts_with(d.capability));
        }
        assert_eq!(Permission::parse("desk.everything"), None);
    }

    #[test]
    fn hidden_permissions_are_personal() {
        for d in catalogue() {
            assert!(
                !d.existence_sensitive || d.personal_data,
                "{:?}",
                d.permission
            );
        }
    }

    #[test]
    fn professions_round_trip() {
        for p in Profession::ALL {
            assert_eq!(Profession::parse(p.as_str()), Some(p));
        }
        assert_eq!(Profession::parse("wizard"), None);
    }
}
