//! Which agency of the network keeps a directory record current.
//!
//! Organizations and services carry an owning agency (`agency_id`); a
//! location belongs to its organization's. Editors scoped to an agency or a
//! territory edit what such agencies own; a record without an owner is left
//! to network-wide editors. HSDS has no such field: imports and exports leave
//! it alone.

use std::collections::HashMap;

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, QuerySelect};

use super::hsds::Kind;
use super::{location, organization, service};
use crate::{Store, StoreResult};

/// An owner to set: the record (organization or service) and its agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    /// [`Kind::Organization`] or [`Kind::Service`]; other kinds are ignored.
    pub kind: Kind,
    /// Record id.
    pub id: String,
    /// The owning agency (`None`: network editors only).
    pub agency: Option<Uuid>,
}

/// Sets owners inside a directory write's transaction.
pub(super) async fn set(txn: &impl ConnectionTrait, owners: &[Owner]) -> StoreResult<()> {
    for o in owners {
        match o.kind {
            Kind::Organization => {
                organization::Entity::update_many()
                    .col_expr(organization::Column::AgencyId, Expr::value(o.agency))
                    .filter(organization::Column::Id.eq(o.id.as_str()))
                    .exec(txn)
                    .await?;
            }
            Kind::Service => {
                service::Entity::update_many()
                    .col_expr(service::Column::AgencyId, Expr::value(o.agency))
                    .filter(service::Column::Id.eq(o.id.as_str()))
                    .exec(txn)
                    .await?;
            }
            _ => {}
        }
    }
    Ok(())
}

impl Store {
    /// The owning agency of a record: `None` when the record does not exist,
    /// `Some(None)` when nobody owns it. A location answers for its
    /// organization; other kinds have no owner.
    pub async fn directory_owner(&self, kind: Kind, id: &str) -> StoreResult<Option<Option<Uuid>>> {
        Ok(match kind {
            Kind::Organization => {
                organization::Entity::find_by_id(id)
                    .select_only()
                    .column(organization::Column::AgencyId)
                    .into_tuple::<Option<Uuid>>()
                    .one(self.conn())
                    .await?
            }
            Kind::Service => {
                service::Entity::find_by_id(id)
                    .select_only()
                    .column(service::Column::AgencyId)
                    .into_tuple::<Option<Uuid>>()
                    .one(self.conn())
                    .await?
            }
            Kind::Location => {
                let org = location::Entity::find_by_id(id)
                    .select_only()
                    .column(location::Column::OrganizationId)
                    .into_tuple::<Option<String>>()
                    .one(self.conn())
                    .await?;
                match org {
                    None => None,
                    Some(None) => Some(None),
                    Some(Some(org)) => Some(
                        organization::Entity::find_by_id(org)
                            .select_only()
                            .column(organization::Column::AgencyId)
                            .into_tuple::<Option<Uuid>>()
                            .one(self.conn())
                            .await?
                            .flatten(),
                    ),
                }
            }
            _ => Some(None),
        })
    }

    /// The owners of every owned organization or service, by record id.
    pub async fn directory_owners(&self, kind: Kind) -> StoreResult<HashMap<String, Uuid>> {
        let rows: Vec<(String, Option<Uuid>)> = match kind {
            Kind::Organization => {
                organization::Entity::find()
                    .select_only()
                    .column(organization::Column::Id)
                    .column(organization::Column::AgencyId)
                    .filter(organization::Column::AgencyId.is_not_null())
                    .into_tuple()
                    .all(self.conn())
                    .await?
            }
            Kind::Service => {
                service::Entity::find()
                    .select_only()
                    .column(service::Column::Id)
                    .column(service::Column::AgencyId)
                    .filter(service::Column::AgencyId.is_not_null())
                    .into_tuple()
                    .all(self.conn())
                    .await?
            }
            _ => Vec::new(),
        };
        Ok(rows
            .into_iter()
            .filter_map(|(id, agency)| agency.map(|a| (id, a)))
            .collect())
    }
}
