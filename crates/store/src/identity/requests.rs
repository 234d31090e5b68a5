//! Grants waiting for a second administrator's approval ("four eyes"): a
//! grant wider than its granter's own permissions is stored here, gives
//! nothing while it waits (it is not in `grants`, which is all that
//! [`Store::subject`] reads), and becomes a grant only when approved.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use crocevia_domain::identity::{Permission, Scope};
use sea_orm::ActiveValue::Set;

use sea_orm::entity::prelude::*;

use super::access::{Agency, grant, permissions_of, role, scope_columns, scope_of};
pub use super::entities::grant_request;
use crate::act::Trail;
use crate::{Store, StoreResult};

/// A grant waiting for approval, as administrators see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingGrant {
    /// Request id.
    pub id: Uuid,
    /// Would-be grantee.
    pub user: Uuid,
    /// Role name.
    pub role: String,
    /// The role's permissions now (a custom role may have changed since the
    /// request: approval judges what it would give today).
    pub permissions: BTreeSet<Permission>,
    /// Agency.
    pub agency: Agency,
    /// Scope.
    pub scope: Scope,
    /// The administrator who asked for it.
    pub requested_by: Uuid,
    /// When.
    pub requested_at: DateTime<Utc>,
}

impl Store {
    /// The permissions of a role; `None` when there is no such role.
    pub async fn role_permissions(&self, role: Uuid) -> StoreResult<Option<BTreeSet<Permission>>> {
        Ok(role::Entity::find_by_id(role)
            .one(self.conn())
            .await?
            .map(|r| permissions_of(&r.permissions)))
    }

    /// Stores a grant of `role` to `user` for `agency` within `scope`, asked
    /// by `requested_by`, as waiting for approval; returns the request's id.
    pub async fn request_grant(
        &self,
        user: Uuid,
        role: Uuid,
        agency: Uuid,
        scope: &Scope,
        requested_by: Uuid,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        let id = insert_request(&txn, (user, role, agency, scope), requested_by).await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The grants waiting for approval for `user`, oldest first.
    pub async fn pending_grants_of(&self, user: Uuid) -> StoreResult<Vec<PendingGrant>> {
        let rows = grant_request::Entity::find()
            .filter(grant_request::Column::UserId.eq(user))
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (Some(agency), Some(role)) = (
                self.agency(r.agency_id).await?,
                role::Entity::find_by_id(r.role_id).one(self.conn()).await?,
            ) else {
                continue;
            };
            let scope = scope_of(&grant_of(&r))?;
            out.push(PendingGrant {
                id: r.id,
                user: r.user_id,
                permissions: permissions_of(&role.permissions),
                role: role.name,
                agency,
                scope,
                requested_by: r.requested_by,
                requested_at: r.requested_at,
            });
        }
        out.sort_by_key(|p| p.requested_at);
        Ok(out)
    }

    /// For every user with grants waiting, the agencies of those grants: an
    /// operator invited with a pending role belongs to that agency's
    /// administrators, who must see them to approve it.
    pub async fn pending_agencies_by_user(&self) -> StoreResult<BTreeMap<Uuid, Vec<Agency>>> {
        let agencies: BTreeMap<Uuid, Agency> = self
            .agencies()
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let mut out: BTreeMap<Uuid, Vec<Agency>> = BTreeMap::new();
        for r in grant_request::Entity::find().all(self.conn()).await? {
            if let Some(a) = agencies.get(&r.agency_id) {
                out.entry(r.user_id).or_default().push(a.clone());
            }
        }
        Ok(out)
    }

    /// Turns the pending grant `request` of `user` into a grant, in one
    /// transaction; `false` when there is no such request (already approved
    /// or rejected by someone else: only one of two racing approvals wins).
    pub async fn approve_grant_request(
        &self,
        user: Uuid,
        request: Uuid,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let Some(row) = grant_request::Entity::find_by_id(request)
            .filter(grant_request::Column::UserId.eq(user))
            .one(&txn)
            .await?
        else {
            txn.rollback().await?;
            return Ok(false);
        };
        let deleted = grant_request::Entity::delete_many()
            .filter(grant_request::Column::Id.eq(request))
            .exec(&txn)
            .await?;
        if deleted.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        grant::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(row.user_id),
            role_id: Set(row.role_id),
            agency_id: Set(row.agency_id),
            scope_kind: Set(row.scope_kind),
            scope_region: Set(row.scope_region),
            scope_province: Set(row.scope_province),
            scope_municipality: Set(row.scope_municipality),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Drops the pending grant `request` of `user`; `false` when there is no
    /// such request.
    pub async fn reject_grant_request(
        &self,
        user: Uuid,
        request: Uuid,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let deleted = grant_request::Entity::delete_many()
            .filter(grant_request::Column::Id.eq(request))
            .filter(grant_request::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        self.settle_if(txn, deleted.rows_affected == 1, trail).await
    }
}

/// The grant a request would become, to read its scope (the id is the
/// request's).
fn grant_of(r: &grant_request::Model) -> grant::Model {
    grant::Model {
        id: r.id,
        user_id: r.user_id,
        role_id: r.role_id,
        agency_id: r.agency_id,
        scope_kind: r.scope_kind.clone(),
        scope_region: r.scope_region.clone(),
        scope_province: r.scope_province.clone(),
        scope_municipality: r.scope_municipality.clone(),
    }
}

/// Writes a grant request (`user`, `role`, `agency`, `scope`) made by
/// `requested_by`, inside `txn`; returns its id.
pub(crate) async fn insert_request(
    txn: &impl ConnectionTrait,
    (user, role, agency, scope): (Uuid, Uuid, Uuid, &Scope),
    requested_by: Uuid,
) -> StoreResult<Uuid> {
    let (kind, region, province, municipality) = scope_columns(scope);
    let id = Uuid::now_v7();
    grant_request::ActiveModel {
        id: Set(id),
        user_id: Set(user),
        role_id: Set(role),
        agency_id: Set(agency),
        scope_kind: Set(kind.to_owned()),
        scope_region: Set(region),
        scope_province: Set(province),
        scope_municipality: Set(municipality),
        requested_by: Set(requested_by),
        requested_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    Ok(id)
}
