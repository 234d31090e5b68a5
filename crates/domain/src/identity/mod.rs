//! Who may do what: professions, the permission catalogue, territories, grants
//! and the one policy function that decides every access ([`decide`]).
//!
//! Capabilities declare their permissions in [`catalogue`]; roles are named sets
//! of permissions stored in the database; a [`Grant`] gives a role's
//! permissions to a user for one agency, with a [`Scope`]. The web layer asks
//! [`decide`] and enforces the answer in one guard.

mod email;
pub mod grants;
pub mod password;
mod policy;
mod territory;
pub mod totp;

pub use email::{Email, InvalidEmail};
pub use policy::{
    AgencyKey, Decision, DenyReason, Grant, Scope, Subject, Target, allowed_agencies, allows,
    allows_any, decide, feedback_kinds, holds, requires_second_factor,
};
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

/// The kind of institution an agency is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgencyKind {
    /// Municipality.
    Comune,
    /// Consortium running social services for several municipalities.
    EnteGestore,
    /// Local health authority.
    Asl,
    /// Job centre.
    Cpi,
    /// Adult education centre.
    Cpia,
    /// Prefecture.
    Prefettura,
    /// Police headquarters (permits).
    Questura,
    /// School.
    School,
    /// Third-sector organisation.
    ThirdSector,
    /// Region.
    Region,
    /// University or research institute.
    ResearchInstitute,
}

impl AgencyKind {
    /// Every kind.
    pub const ALL: [AgencyKind; 11] = [
        AgencyKind::Comune,
        AgencyKind::EnteGestore,
        AgencyKind::Asl,
        AgencyKind::Cpi,
        AgencyKind::Cpia,
        AgencyKind::Prefettura,
        AgencyKind::Questura,
        AgencyKind::School,
        AgencyKind::ThirdSector,
        AgencyKind::Region,
        AgencyKind::ResearchInstitute,
    ];

    /// Stable identifier stored in the database.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Comune => "comune",
            Self::EnteGestore => "ente_gestore",
            Self::Asl => "asl",
            Self::Cpi => "cpi",
            Self::Cpia => "cpia",
            Self::Prefettura => "prefettura",
            Self::Questura => "questura",
            Self::School => "school",
            Self::ThirdSector => "third_sector",
            Self::Region => "region",
            Self::ResearchInstitute => "research_institute",
        }
    }

    /// Parses a stored identifier.
    #[must_use]
    pub fn parse(s: &str) -> Option<AgencyKind> {
        AgencyKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The roles every deployment starts with (administrators may add more): name
/// and permissions.
#[must_use]
pub fn builtin_roles() -> Vec<(&'static str, Vec<Permission>)> {
    use perm::*;
    vec![
        (
            "front_office",
            // The front office takes a person in charge and makes the first
            // assessment (the Spazio Comune model); notes stay need-to-know
            // by profession.
            vec![
                DESK_PERSON_READ,
                DESK_PERSON_WRITE,
                DESK_VISIT_WRITE,
                DESK_CASE_READ,
                DESK_CASE_WRITE,
                MEDIATION_REQUEST,
            ],
        ),
        (
            "case_worker",
            // Case workers may open a record outside their agency in an
            // emergency (break-glass), with a reason, for a short time.
            vec![
                DESK_PERSON_READ,
                DESK_PERSON_WRITE,
                DESK_VISIT_WRITE,
                DESK_CASE_READ,
                DESK_CASE_WRITE,
                DESK_BREAK_GLASS,
                MEDIATION_REQUEST,
            ],
        ),
        ("mediator", vec![DESK_VISIT_WRITE, MEDIATION_REQUEST]),
        (
            "coordinator",
            vec![
                DESK_CASE_READ,
                MEDIATION_MANAGE,
                MONITORING_READ,
                TRAINING_ENROL,
            ],
        ),
        ("trainer", vec![TRAINING_MANAGE, FORUM_MODERATE]),
        ("editor", vec![DIRECTORY_EDIT, GUIDES_EDIT]),
        ("translator", vec![GUIDES_TRANSLATE]),
        ("analyst", vec![MONITORING_READ]),
        (
            "administrator",
            vec![ADMIN_AGENCIES, ADMIN_USERS, ADMIN_ROLES, AUDIT_READ],
        ),
        // Subject-access requests, rectification and erasure of the
        // agency's records.
        (
            "data_protection_officer",
            vec![AUDIT_READ, DESK_PERSON_READ, DESK_SUBJECT_RIGHTS],
        ),
    ]
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
    /// Whether it administers the network (who may do what, agencies): holders
    /// need a second factor, whether or not it touches personal data, since it
    /// opens every other permission.
    pub admin: bool,
}

macro_rules! permissions {
    ($( $konst:ident = $id:literal, $cap:literal, personal: $pd:literal, hidden: $hidden:literal, admin: $admin:literal; )*) => {
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
                admin: $admin,
            }, )*
        ];
    };
}

permissions! {
    ADMIN_AGENCIES = "identity.agencies.manage", "identity", personal: false, hidden: false, admin: true;
    ADMIN_USERS = "identity.users.manage", "identity", personal: true, hidden: false, admin: true;
    ADMIN_ROLES = "identity.roles.manage", "identity", personal: false, hidden: false, admin: true;
    AUDIT_READ = "identity.audit.read", "identity", personal: true, hidden: false, admin: false;
    DIRECTORY_EDIT = "directory.edit", "directory", personal: false, hidden: false, admin: false;
    GUIDES_EDIT = "guides.edit", "guides", personal: false, hidden: false, admin: false;
    GUIDES_TRANSLATE = "guides.translate", "guides", personal: false, hidden: false, admin: false;
    DESK_PERSON_READ = "desk.person.read", "desk", personal: true, hidden: true, admin: false;
    DESK_PERSON_WRITE = "desk.person.write", "desk", personal: true, hidden: true, admin: false;
    DESK_VISIT_WRITE = "desk.visit.write", "desk", personal: true, hidden: true, admin: false;
    DESK_CASE_READ = "desk.case.read", "desk", personal: true, hidden: true, admin: false;
    DESK_CASE_WRITE = "desk.case.write", "desk", personal: true, hidden: true, admin: false;
    DESK_BREAK_GLASS = "desk.break_glass", "desk", personal: true, hidden: false, admin: false;
    DESK_SUBJECT_RIGHTS = "desk.subject_rights", "desk", personal: true, hidden: true, admin: false;
    MEDIATION_REQUEST = "mediation.request", "mediation", personal: false, hidden: false, admin: false;
    MEDIATION_MANAGE = "mediation.manage", "mediation", personal: true, hidden: false, admin: false;
    TRAINING_MANAGE = "training.manage", "training", personal: true, hidden: false, admin: false;
    TRAINING_ENROL = "training.enrol", "training", personal: true, hidden: false, admin: false;
    FORUM_MODERATE = "forum.moderate", "forum", personal: false, hidden: false, admin: false;
    MONITORING_READ = "monitoring.read", "monitoring", personal: false, hidden: false, admin: false;
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
    fn every_identity_manage_permission_is_administration() {
        for d in catalogue() {
            let manage = d.permission.as_str().starts_with("identity.")
                && d.permission.as_str().ends_with(".manage");
            assert_eq!(d.admin, manage, "{:?}", d.permission);
        }
        assert!(perm::ADMIN_ROLES.definition().is_some_and(|d| d.admin));
    }

    #[test]
    fn professions_round_trip() {
        for p in Profession::ALL {
            assert_eq!(Profession::parse(p.as_str()), Some(p));
        }
        assert_eq!(Profession::parse("wizard"), None);
    }
}
