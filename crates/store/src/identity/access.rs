//! Agencies, roles and grants: what the policy needs to decide for a user.

use std::collections::BTreeSet;

use crocevia_domain::identity::{
    AgencyKind, Grant as PolicyGrant, Permission, Scope, Subject, TerritoryCode, builtin_roles,
};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::{PaginatorTrait, QueryOrder, sea_query::OnConflict};

pub use super::entities::{agency, grant, role};
use super::users::User;
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// An agency of the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agency {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: AgencyKind,
    /// Territory served.
    pub territory: TerritoryCode,
    /// Office email.
    pub email: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
    /// Active.
    pub active: bool,
}

/// A grant as administrators see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantView {
    /// Grant id.
    pub id: Uuid,
    /// Role name.
    pub role: String,
    /// Agency.
    pub agency: Agency,
    /// Scope.
    pub scope: Scope,
}

/// A role as administrators see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleView {
    /// Id.
    pub id: Uuid,
    /// Name: an identifier for built-in roles (translated by the interface),
    /// free text for the roles administrators add.
    pub name: String,
    /// Shipped with Crocevia: its permissions follow the code.
    pub builtin: bool,
    /// Its permissions, in catalogue order.
    pub permissions: Vec<Permission>,
    /// How many grants use it.
    pub grants: u64,
}

/// Why a custom role could not be changed or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleChange {
    /// Done.
    Done,
    /// No such role.
    NotFound,
    /// Built-in roles follow the code.
    Builtin,
    /// The name is taken (by any role, built-in or not).
    NameTaken,
    /// Still granted to someone, or waiting for approval: revoke or reject
    /// those first.
    InUse,
}

/// A new agency.
#[derive(Clone, Debug)]
pub struct NewAgency {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: AgencyKind,
    /// Territory served.
    pub territory: TerritoryCode,
    /// Office email.
    pub email: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
}

pub(crate) fn permissions_of(listed: &str) -> BTreeSet<Permission> {
    listed.lines().filter_map(Permission::parse).collect()
}

fn listed(permissions: &BTreeSet<Permission>) -> String {
    permissions
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn corrupt(what: String) -> StoreError {
    StoreError::Corrupt(what)
}

impl TryFrom<agency::Model> for Agency {
    type Error = StoreError;

    fn try_from(m: agency::Model) -> Result<Self, Self::Error> {
        Ok(Agency {
            id: m.id,
            kind: AgencyKind::parse(&m.kind)
                .ok_or_else(|| corrupt(format!("agency {}: invalid kind", m.id)))?,
            territory: TerritoryCode::from_parts(
                &m.territory_region,
                m.territory_province.as_deref(),
                m.territory_municipality.as_deref(),
            )
            .map_err(|e| corrupt(format!("agency {}: {e}", m.id)))?,
            name: m.name,
            email: m.email,
            phone: m.phone,
            active: m.active,
        })
    }
}

/// Writes a grant of `role` at `agency` to `user`, inside `txn`.
pub(crate) async fn insert_grant(
    txn: &impl ConnectionTrait,
    user: Uuid,
    role: Uuid,
    agency: Uuid,
    scope: &Scope,
) -> StoreResult<()> {
    let (kind, region, province, municipality) = scope_columns(scope);
    grant::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user),
        role_id: Set(role),
        agency_id: Set(agency),
        scope_kind: Set(kind.to_owned()),
        scope_region: Set(region),
        scope_province: Set(province),
        scope_municipality: Set(municipality),
    }
    .insert(txn)
    .await?;
    Ok(())
}

pub(crate) fn scope_columns(
    scope: &Scope,
) -> (&'static str, Option<String>, Option<String>, Option<String>) {
    match scope {
        Scope::OwnAgency => ("agency", None, None, None),
        Scope::Network => ("network", None, None, None),
        Scope::Territory(t) => {
            let (r, p, m) = t.parts();
            (
                "territory",
                Some(r.to_owned()),
                p.map(str::to_owned),
                m.map(str::to_owned),
            )
        }
    }
}

pub(crate) fn scope_of(g: &grant::Model) -> StoreResult<Scope> {
    match g.scope_kind.as_str() {
        "agency" => Ok(Scope::OwnAgency),
        "network" => Ok(Scope::Network),
        "territory" => TerritoryCode::from_parts(
            g.scope_region.as_deref().unwrap_or_default(),
            g.scope_province.as_deref(),
            g.scope_municipality.as_deref(),
        )
        .map(Scope::Territory)
        .map_err(|e| corrupt(format!("grant {}: {e}", g.id))),
        other => Err(corrupt(format!("grant {}: unknown scope {other:?}", g.id))),
    }
}

impl Store {
    /// Creates an agency, with `trail(id)` in the same transaction.
    pub async fn create_agency(
        &self,
        new: &NewAgency,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Agency> {
        let (r, p, m) = new.territory.parts();
        let id = Uuid::now_v7();
        let row = agency::ActiveModel {
            id: Set(id),
            name: Set(new.name.clone()),
            kind: Set(new.kind.as_str().to_owned()),
            territory_region: Set(r.to_owned()),
            territory_province: Set(p.map(str::to_owned)),
            territory_municipality: Set(m.map(str::to_owned)),
            email: Set(new.email.clone()),
            phone: Set(new.phone.clone()),
            active: Set(true),
            created_at: Set(chrono::Utc::now()),
        };
        let txn = self.begin_write().await?;
        let agency = agency::Entity::insert(row)
            .exec_with_returning(&txn)
            .await?
            .try_into()?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(agency)
    }

    /// Changes an agency's name, kind, territory and contacts; `false` when it
    /// does not exist (nothing written).
    pub async fn update_agency(
        &self,
        id: Uuid,
        new: &NewAgency,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let (r, p, m) = new.territory.parts();
        let row = agency::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(id),
            name: Set(new.name.clone()),
            kind: Set(new.kind.as_str().to_owned()),
            territory_region: Set(r.to_owned()),
            territory_province: Set(p.map(str::to_owned)),
            territory_municipality: Set(m.map(str::to_owned)),
            email: Set(new.email.clone()),
            phone: Set(new.phone.clone()),
            ..Default::default()
        };
        let txn = self.begin_write().await?;
        let updated = match agency::Entity::update(row).exec(&txn).await {
            Ok(_) => true,
            Err(DbErr::RecordNotUpdated) => false,
            Err(e) => return Err(e.into()),
        };
        self.settle_if(txn, updated, trail).await
    }

    /// Activates or deactivates an agency; `false` when it does not exist. The
    /// grants of an inactive agency give nothing (see [`Store::subject`]).
    pub async fn set_agency_active(
        &self,
        id: Uuid,
        active: bool,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let result = agency::Entity::update_many()
            .col_expr(
                agency::Column::Active,
                sea_orm::sea_query::Expr::value(active),
            )
            .filter(agency::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected == 1, trail).await
    }

    /// Every agency, by name.
    pub async fn agencies(&self) -> StoreResult<Vec<Agency>> {
        agency::Entity::find()
            .order_by_asc(agency::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(Agency::try_from)
            .collect()
    }

    /// One agency.
    pub async fn agency(&self, id: Uuid) -> StoreResult<Option<Agency>> {
        agency::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(Agency::try_from)
            .transpose()
    }

    /// Creates the built-in roles or brings their permissions up to date; returns
    /// nothing but is safe to run at every start.
    pub async fn ensure_builtin_roles(&self) -> StoreResult<()> {
        for (name, permissions) in builtin_roles() {
            let row = role::ActiveModel {
                id: Set(Uuid::now_v7()),
                name: Set(name.to_owned()),
                permissions: Set(listed(&permissions.into_iter().collect())),
                builtin: Set(true),
            };
            role::Entity::insert(row)
                .on_conflict(
                    OnConflict::column(role::Column::Name)
                        .update_columns([role::Column::Permissions, role::Column::Builtin])
                        .to_owned(),
                )
                .exec(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Every role: id and name, by name.
    pub async fn roles(&self) -> StoreResult<Vec<(Uuid, String)>> {
        Ok(role::Entity::find()
            .order_by_asc(role::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|r| (r.id, r.name))
            .collect())
    }

    /// The id of the role named `name`.
    pub async fn role_id(&self, name: &str) -> StoreResult<Option<Uuid>> {
        Ok(role::Entity::find()
            .filter(role::Column::Name.eq(name))
            .one(self.conn())
            .await?
            .map(|r| r.id))
    }

    /// Grants `role` to `user` for `agency` within `scope`.
    pub async fn grant(
        &self,
        user: Uuid,
        role: Uuid,
        agency: Uuid,
        scope: &Scope,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        insert_grant(&txn, user, role, agency, scope).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The grants of `user`, with role names and agencies.
    pub async fn grants_of(&self, user: Uuid) -> StoreResult<Vec<GrantView>> {
        let rows = grant::Entity::find()
            .filter(grant::Column::UserId.eq(user))
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for g in rows {
            let (Some(agency), Some(role)) = (
                self.agency(g.agency_id).await?,
                role::Entity::find_by_id(g.role_id).one(self.conn()).await?,
            ) else {
                continue;
            };
            out.push(GrantView {
                id: g.id,
                role: role.name,
                agency,
                scope: scope_of(&g)?,
            });
        }
        Ok(out)
    }

    /// For every user with grants, the agencies they act for (two queries).
    pub async fn agencies_by_user(
        &self,
    ) -> StoreResult<std::collections::BTreeMap<Uuid, Vec<Agency>>> {
        let agencies: std::collections::BTreeMap<Uuid, Agency> = self
            .agencies()
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let mut out: std::collections::BTreeMap<Uuid, Vec<Agency>> = Default::default();
        for g in grant::Entity::find().all(self.conn()).await? {
            if let Some(a) = agencies.get(&g.agency_id) {
                out.entry(g.user_id).or_default().push(a.clone());
            }
        }
        Ok(out)
    }

    /// Removes one of `user`'s grants; `false` when it is not theirs.
    pub async fn revoke_grant(
        &self,
        user: Uuid,
        grant_id: Uuid,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let result = grant::Entity::delete_many()
            .filter(grant::Column::Id.eq(grant_id))
            .filter(grant::Column::UserId.eq(user))
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected == 1, trail).await
    }

    /// Every role with its permissions and how many grants use it, by name.
    pub async fn role_views(&self) -> StoreResult<Vec<RoleView>> {
        let grants = grant::Entity::find().all(self.conn()).await?;
        Ok(role::Entity::find()
            .order_by_asc(role::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|r| {
                let held = permissions_of(&r.permissions);
                RoleView {
                    grants: grants.iter().filter(|g| g.role_id == r.id).count() as u64,
                    id: r.id,
                    name: r.name,
                    builtin: r.builtin,
                    permissions: crocevia_domain::identity::catalogue()
                        .iter()
                        .map(|d| d.permission)
                        .filter(|p| held.contains(p))
                        .collect(),
                }
            })
            .collect())
    }

    /// Adds a role of the administrators; `None` when the name is taken.
    pub async fn create_role(
        &self,
        name: &str,
        permissions: &BTreeSet<Permission>,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Option<Uuid>> {
        if self.role_id(name).await?.is_some() || builtin_roles().iter().any(|(b, _)| *b == name) {
            return Ok(None);
        }
        let id = Uuid::now_v7();
        let row = role::ActiveModel {
            id: Set(id),
            name: Set(name.to_owned()),
            permissions: Set(listed(permissions)),
            builtin: Set(false),
        };
        self.insert_with(row, &trail(id)).await?;
        Ok(Some(id))
    }

    /// Renames an administrators' role and sets its permissions; the grants
    /// that use it change with it.
    pub async fn update_role(
        &self,
        id: Uuid,
        name: &str,
        permissions: &BTreeSet<Permission>,
        trail: &Trail,
    ) -> StoreResult<RoleChange> {
        let Some(role) = role::Entity::find_by_id(id).one(self.conn()).await? else {
            return Ok(RoleChange::NotFound);
        };
        if role.builtin {
            return Ok(RoleChange::Builtin);
        }
        if self.role_id(name).await?.is_some_and(|other| other != id)
            || builtin_roles().iter().any(|(b, _)| *b == name)
        {
            return Ok(RoleChange::NameTaken);
        }
        let txn = self.begin_write().await?;
        role::ActiveModel {
            id: sea_orm::ActiveValue::Unchanged(id),
            name: Set(name.to_owned()),
            permissions: Set(listed(permissions)),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(RoleChange::Done)
    }

    /// Deletes an administrators' role that nobody holds.
    pub async fn delete_role(&self, id: Uuid, trail: &Trail) -> StoreResult<RoleChange> {
        let txn = self.begin_write().await?;
        let Some(role) = role::Entity::find_by_id(id).one(&txn).await? else {
            txn.rollback().await?;
            return Ok(RoleChange::NotFound);
        };
        if role.builtin {
            txn.rollback().await?;
            return Ok(RoleChange::Builtin);
        }
        let held = grant::Entity::find()
            .filter(grant::Column::RoleId.eq(id))
            .count(&txn)
            .await?
            + super::entities::grant_request::Entity::find()
                .filter(super::entities::grant_request::Column::RoleId.eq(id))
                .count(&txn)
                .await?;
        if held > 0 {
            txn.rollback().await?;
            return Ok(RoleChange::InUse);
        }
        role::Entity::delete_by_id(id).exec(&txn).await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(RoleChange::Done)
    }

    /// The users holding `permission` through some grant, each with what the
    /// policy knows about them (as with a second factor): who to tell about
    /// something an agency must act on. Inactive users are left out.
    pub async fn holders(&self, permission: Permission) -> StoreResult<Vec<(User, Subject)>> {
        let roles: Vec<Uuid> = role::Entity::find()
            .all(self.conn())
            .await?
            .into_iter()
            .filter(|r| permissions_of(&r.permissions).contains(&permission))
            .map(|r| r.id)
            .collect();
        let users: BTreeSet<Uuid> = grant::Entity::find()
            .filter(grant::Column::RoleId.is_in(roles))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|g| g.user_id)
            .collect();
        let mut out = Vec::with_capacity(users.len());
        for id in users {
            if let Some(user) = self.user(id).await?.filter(|u| u.active) {
                out.push((user, self.subject(id, true).await?));
            }
        }
        Ok(out)
    }

    /// Everything the policy needs about `user` in a session that did or did not
    /// pass the second factor. Grants of inactive agencies give nothing. Three
    /// queries whatever the number of grants.
    pub async fn subject(&self, user: Uuid, second_factor: bool) -> StoreResult<Subject> {
        let grants = grant::Entity::find()
            .filter(grant::Column::UserId.eq(user))
            .all(self.conn())
            .await?;
        if grants.is_empty() {
            return Ok(Subject {
                grants: Vec::new(),
                second_factor,
            });
        }
        let active: BTreeSet<Uuid> = agency::Entity::find()
            .filter(agency::Column::Id.is_in(grants.iter().map(|g| g.agency_id)))
            .filter(agency::Column::Active.eq(true))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        let roles: std::collections::BTreeMap<Uuid, BTreeSet<Permission>> = role::Entity::find()
            .filter(role::Column::Id.is_in(grants.iter().map(|g| g.role_id)))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|r| (r.id, permissions_of(&r.permissions)))
            .collect();
        let mut out = Vec::with_capacity(grants.len());
        for g in &grants {
            let (true, Some(permissions)) = (active.contains(&g.agency_id), roles.get(&g.role_id))
            else {
                continue;
            };
            out.push(PolicyGrant {
                agency: g.agency_id.to_string(),
                permissions: permissions.clone(),
                scope: scope_of(g)?,
            });
        }
        Ok(Subject {
            grants: out,
            second_factor,
        })
    }
}
