//! The network profile: the name, region and public contacts of the network that
//! runs this deployment, shown in the portal's header, home page and footer.
//! One row (`id = "default"`); absent until an administrator or `demo load` sets it.

use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, sea_query::OnConflict};

use crate::{Store, StoreResult};

/// Row of `network_profile`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_profile")]
pub struct Model {
    /// Always `"default"` for now; the key leaves room for per-territory profiles.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Public name of the network, e.g. "Rete Crocevia Piemonte".
    pub name: String,
    /// Region served.
    pub region: Option<String>,
    /// Public contact address of the network (an office mailbox, not a person's).
    pub contact_email: Option<String>,
    /// Public telephone number.
    pub phone: Option<String>,
    /// Postal address of the main one-stop desk.
    pub address: Option<String>,
    /// Opening hours of the main desk, as written by the administrator.
    pub opening_hours: Option<String>,
    /// Whether this profile is demonstration data.
    pub is_demo: bool,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The profile's public fields, as written by an administrator or the demo loader.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct NetworkProfile {
    /// Public name.
    pub name: String,
    /// Region served.
    pub region: Option<String>,
    /// Public contact email.
    pub contact_email: Option<String>,
    /// Public telephone.
    pub phone: Option<String>,
    /// Main desk address.
    pub address: Option<String>,
    /// Main desk opening hours.
    pub opening_hours: Option<String>,
    /// Whether it is demonstration data.
    pub is_demo: bool,
}

impl NetworkProfile {
    /// Whether any public contact is known.
    #[must_use]
    pub fn has_contacts(&self) -> bool {
        self.contact_email.is_some()
            || self.phone.is_some()
            || self.address.is_some()
            || self.opening_hours.is_some()
    }
}

const DEFAULT_ID: &str = "default";

impl From<Model> for NetworkProfile {
    fn from(m: Model) -> Self {
        NetworkProfile {
            name: m.name,
            region: m.region,
            contact_email: m.contact_email,
            phone: m.phone,
            address: m.address,
            opening_hours: m.opening_hours,
            is_demo: m.is_demo,
        }
    }
}

impl Store {
    /// The network profile, if one was set.
    pub async fn network_profile(&self) -> StoreResult<Option<NetworkProfile>> {
        Ok(Entity::find_by_id(DEFAULT_ID)
            .one(self.conn())
            .await?
            .map(Into::into))
    }

    /// Creates or replaces the network profile (idempotent).
    pub async fn put_network_profile(&self, profile: &NetworkProfile) -> StoreResult<()> {
        let row = ActiveModel {
            id: Set(DEFAULT_ID.to_owned()),
            name: Set(profile.name.clone()),
            region: Set(profile.region.clone()),
            contact_email: Set(profile.contact_email.clone()),
            phone: Set(profile.phone.clone()),
            address: Set(profile.address.clone()),
            opening_hours: Set(profile.opening_hours.clone()),
            is_demo: Set(profile.is_demo),
            updated_at: Set(chrono::Utc::now()),
        };
        Entity::insert(row)
            .on_conflict(
                OnConflict::column(Column::Id)
                    .update_columns([
                        Column::Name,
                        Column::Region,
                        Column::ContactEmail,
                        Column::Phone,
                        Column::Address,
                        Column::OpeningHours,
                        Column::IsDemo,
                        Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
