//! Which directory records an editor may change: those owned by an agency
//! their grants cover (own agency, or one located in their territory), and
//! records without an owner only with a network-wide grant. Every answer
//! comes from the one guard ([`authorize`]) with the record's owner as target.

use crocevia_domain::identity::{Permission, Target, perm};
use crocevia_store::directory::hsds::Kind;
use crocevia_store::identity::access::Agency;
use uuid::Uuid;

use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::Choice;
use crate::form::Field;
use crate::i18n::Tr;
use crate::identity::{Operator, authorize, owned_by};

/// Form value of "no owning agency: network editors".
pub(super) const NETWORK: &str = "network";
/// Form field of the owning agency.
pub(super) const FIELD: &str = "agency";

/// The guard's target for a record owned by `owner`.
async fn target_of(state: &AppState, owner: Option<Uuid>) -> WebResult<Target> {
    Ok(match owner {
        Some(id) => state
            .store()
            .agency(id)
            .await?
            .map_or(Target::Network, |a| owned_by(&a)),
        None => Target::Network,
    })
}

/// Lets `operator` do `permission` on the stored record, or refuses: 404
/// when it does not exist, 403 when its owner is outside their grants.
/// Returns its owner.
pub(super) async fn authorize_record(
    state: &AppState,
    operator: &Operator,
    permission: Permission,
    (kind, id): (Kind, &str),
) -> WebResult<Option<Uuid>> {
    // Without the permission at all: refused before saying whether it exists.
    authorize(state, operator, permission, &Target::Listing).await?;
    let owner = state
        .store()
        .directory_owner(kind, id)
        .await?
        .ok_or(WebError::NotFound)?;
    authorize(state, operator, permission, &target_of(state, owner).await?).await?;
    Ok(owner)
}

/// The owners an editor may give records to, asked of the guard.
#[derive(Debug, Clone)]
pub(super) struct Owners {
    /// Whether they edit network-wide (records without an owner included).
    pub(super) network: bool,
    /// The agencies whose records they edit.
    pub(super) agencies: Vec<Agency>,
}

impl Owners {
    /// What `operator` may own with `directory.edit`.
    pub(super) async fn of(state: &AppState, operator: &Operator) -> WebResult<Owners> {
        let network = authorize(state, operator, perm::DIRECTORY_EDIT, &Target::Network)
            .await
            .is_ok();
        let mut agencies = Vec::new();
        for a in state.store().agencies().await? {
            if network
                || authorize(state, operator, perm::DIRECTORY_EDIT, &owned_by(&a))
                    .await
                    .is_ok()
            {
                agencies.push(a);
            }
        }
        agencies.sort_by_cached_key(|a| a.name.to_lowercase());
        Ok(Owners { network, agencies })
    }

    /// Whether a record owned by `owner` is theirs to edit.
    pub(super) fn covers(&self, owner: Option<Uuid>) -> bool {
        self.network || owner.is_some_and(|o| self.agencies.iter().any(|a| a.id == o))
    }

    /// The form value of an owner.
    pub(super) fn value(owner: Option<Uuid>) -> String {
        owner.map_or_else(|| NETWORK.to_owned(), |o| o.to_string())
    }

    /// The owner a new record gets when none is chosen: their only agency,
    /// or none for a network editor; `None` when they must choose.
    pub(super) fn default_owner(&self) -> Option<Option<Uuid>> {
        match &self.agencies[..] {
            _ if self.network => Some(None),
            [only] => Some(Some(only.id)),
            _ => None,
        }
    }

    /// The form value of [`Owners::default_owner`] (empty: choose).
    pub(super) fn default_value(&self) -> String {
        self.default_owner().map(Owners::value).unwrap_or_default()
    }

    /// The owner given by a form: the posted one if it is one they may give
    /// records to; when the form has no such field at all (an older client),
    /// `current` (the record's owner), else the default.
    pub(super) fn chosen(
        &self,
        posted: Option<&str>,
        current: Option<Option<Uuid>>,
    ) -> Option<Option<Uuid>> {
        match posted {
            Some(posted) => self.parse(posted),
            None => current.or_else(|| self.default_owner()),
        }
    }

    /// The posted owner, if it is one they may give a record to.
    fn parse(&self, posted: &str) -> Option<Option<Uuid>> {
        if posted == NETWORK {
            return self.network.then_some(None);
        }
        let id = Uuid::parse_str(posted).ok()?;
        self.agencies.iter().any(|a| a.id == id).then_some(Some(id))
    }

    /// The select of the owning agency, showing `value`.
    pub(super) fn field(
        &self,
        tr: Tr,
        value: &str,
        errors: &std::collections::BTreeMap<String, String>,
    ) -> Field {
        let mut options: Vec<Choice> = self
            .agencies
            .iter()
            .map(|a| Choice::new(a.id.to_string(), a.name.clone()))
            .collect();
        if self.network {
            options.push(Choice::new(NETWORK, tr.t("scope-owner-network")));
        }
        Field::new(FIELD, tr.t("scope-owner"), value, options, errors)
    }
}
