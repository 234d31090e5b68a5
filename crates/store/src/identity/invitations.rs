//! Inviting an operator: the account, its role and the link to set a
//! password, in one transaction.

use crocevia_domain::identity::Scope;
use sea_orm::entity::prelude::*;
use uuid::Uuid;

use super::tokens::TokenPurpose;
use super::users::{Column, Entity, NewUser, User, new_row};
use super::{access, requests, tokens};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// An invitation: who, and the role they get at which agency.
#[derive(Debug)]
pub struct Invitation<'a> {
    /// The account (without a password).
    pub user: &'a NewUser,
    /// The role given.
    pub role: Uuid,
    /// At this agency.
    pub agency: Uuid,
    /// Over this scope.
    pub scope: &'a Scope,
    /// `None` when the role takes effect now; the inviter when it waits for
    /// a second administrator.
    pub pending_by: Option<Uuid>,
}

impl Store {
    /// Invites an operator in one transaction: the account without a
    /// password, the role at the agency (effective, or waiting for a second
    /// administrator when `pending_by` names the inviter), the single-use
    /// link to set a password, queued to be mailed sealed by `seal`, and the
    /// audit entries of `trail` (given the new user and the grant request's
    /// id when one waits). `Conflict("email")` when the email is taken;
    /// nothing is written then.
    pub async fn invite_user(
        &self,
        invitation: &Invitation<'_>,
        seal: impl FnOnce(&str) -> String,
        trail: impl FnOnce(&User, Option<Uuid>) -> Trail,
    ) -> StoreResult<User> {
        let new = invitation.user;
        let txn = self.begin_write().await?;
        let taken = Entity::find()
            .filter(Column::Email.eq(new.email.as_str()))
            .one(&txn)
            .await?
            .is_some();
        if taken {
            txn.rollback().await?;
            return Err(StoreError::Conflict("email"));
        }
        let user: User = Entity::insert(new_row(new))
            .exec_with_returning(&txn)
            .await?
            .try_into()?;
        let (role, agency, scope) = (invitation.role, invitation.agency, invitation.scope);
        let request = match invitation.pending_by {
            None => {
                access::insert_grant(&txn, user.id, role, agency, scope).await?;
                None
            }
            Some(by) => {
                let what = (user.id, role, agency, scope);
                Some(requests::insert_request(&txn, what, by).await?)
            }
        };
        let purpose = TokenPurpose::Invite;
        let token = tokens::insert_token(&txn, user.id, purpose).await?;
        let trail = trail(&user, request).mail_link(user.id, purpose.as_str(), seal(&token));
        self.settle(&txn, &trail).await?;
        txn.commit().await?;
        Ok(user)
    }
}
