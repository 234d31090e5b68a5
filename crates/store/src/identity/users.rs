//! Operators (users of the workspace).

use crocevia_domain::Lang;
use crocevia_domain::identity::password::PasswordHash;
use crocevia_domain::identity::{Email, Profession};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;

use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

/// Row of `users`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Normalised email, unique.
    #[sea_orm(unique)]
    pub email: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// Profession identifier.
    pub profession: String,
    /// Preferred interface language tag.
    pub ui_lang: String,
    /// argon2id PHC string; none until the password is set.
    pub password_hash: Option<String>,
    /// Whether the account may log in.
    pub active: bool,
    /// Encrypted TOTP secret (base64), pending until confirmed.
    pub totp_secret: Option<String>,
    /// Whether the TOTP secret was confirmed with a code.
    pub totp_confirmed: bool,
    /// Last accepted TOTP time step.
    pub totp_last_step: Option<i64>,
    /// The identity provider that vouches for this operator (set at their
    /// first login through it).
    pub oidc_issuer: Option<String>,
    /// Their subject identifier at that provider.
    pub oidc_subject: Option<String>,
    /// Creation time.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// No relations declared (sessions reference users by foreign key).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// An operator as the rest of the code sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// Id.
    pub id: Uuid,
    /// Email.
    pub email: Email,
    /// Display name.
    pub display_name: String,
    /// Profession.
    pub profession: Profession,
    /// Preferred interface language.
    pub ui_lang: Lang,
    /// Password hash, if set.
    pub password_hash: Option<PasswordHash>,
    /// Active.
    pub active: bool,
    /// Whether a confirmed second factor is set up.
    pub totp_enrolled: bool,
}

impl TryFrom<Model> for User {
    type Error = StoreError;

    fn try_from(m: Model) -> Result<Self, Self::Error> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("user {}: {what}", m.id));
        Ok(User {
            id: m.id,
            email: Email::parse(&m.email).map_err(|_| corrupt("email"))?,
            display_name: m.display_name.clone(),
            profession: Profession::parse(&m.profession).ok_or_else(|| corrupt("profession"))?,
            ui_lang: Lang::from_url_segment(&m.ui_lang).unwrap_or(Lang::DEFAULT),
            password_hash: m.password_hash.clone().map(PasswordHash::from_stored),
            active: m.active,
            totp_enrolled: m.totp_confirmed && m.totp_secret.is_some(),
        })
    }
}

/// A new operator.
#[derive(Clone, Debug)]
pub struct NewUser {
    /// Email.
    pub email: Email,
    /// Display name.
    pub display_name: String,
    /// Profession.
    pub profession: Profession,
    /// Interface language.
    pub ui_lang: Lang,
    /// Password hash, if known now.
    pub password_hash: Option<PasswordHash>,
}

impl Store {
    /// Creates an operator; `Ok(None)` when the email is already taken.
    pub async fn create_user(&self, new: &NewUser) -> StoreResult<Option<User>> {
        if self.user_by_email(&new.email).await?.is_some() {
            return Ok(None);
        }
        match Entity::insert(new_row(new))
            .exec_with_returning(self.conn())
            .await
        {
            Ok(m) => Ok(Some(m.try_into()?)),
            // A concurrent creation of the same email lost the race.
            Err(_) if self.user_by_email(&new.email).await?.is_some() => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// The row of a new account.
pub(crate) fn new_row(new: &NewUser) -> ActiveModel {
    let now = chrono::Utc::now();
    ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(new.email.as_str().to_owned()),
        display_name: Set(new.display_name.clone()),
        profession: Set(new.profession.as_str().to_owned()),
        ui_lang: Set(new.ui_lang.as_str().to_owned()),
        password_hash: Set(new.password_hash.as_ref().map(|h| h.as_str().to_owned())),
        active: Set(true),
        totp_secret: Set(None),
        totp_confirmed: Set(false),
        totp_last_step: Set(None),
        oidc_issuer: Set(None),
        oidc_subject: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

impl Store {
    /// The operator with this email.
    pub async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>> {
        Entity::find()
            .filter(Column::Email.eq(email.as_str()))
            .one(self.conn())
            .await?
            .map(User::try_from)
            .transpose()
    }

    /// Every operator, by name.
    pub async fn users(&self) -> StoreResult<Vec<User>> {
        use sea_orm::QueryOrder;
        Entity::find()
            .order_by_asc(Column::DisplayName)
            .all(self.conn())
            .await?
            .into_iter()
            .map(User::try_from)
            .collect()
    }

    /// The display names of these operators (unknown ids are left out).
    pub async fn display_names(
        &self,
        ids: &[Uuid],
    ) -> StoreResult<std::collections::HashMap<Uuid, String>> {
        use sea_orm::QuerySelect;
        let mut names = std::collections::HashMap::new();
        for chunk in ids.chunks(500) {
            let rows: Vec<(Uuid, String)> = Entity::find()
                .select_only()
                .column(Column::Id)
                .column(Column::DisplayName)
                .filter(Column::Id.is_in(chunk.iter().copied()))
                .into_tuple()
                .all(self.conn())
                .await?;
            names.extend(rows);
        }
        Ok(names)
    }

    /// The active operators with a grant at `agency`, by name.
    pub async fn agency_users(&self, agency: Uuid) -> StoreResult<Vec<User>> {
        use sea_orm::{QueryOrder, QuerySelect, QueryTrait};
        let granted = super::entities::grant::Entity::find()
            .select_only()
            .column(super::entities::grant::Column::UserId)
            .filter(super::entities::grant::Column::AgencyId.eq(agency))
            .into_query();
        Entity::find()
            .filter(Column::Active.eq(true))
            .filter(Column::Id.in_subquery(granted))
            .order_by_asc(Column::DisplayName)
            .all(self.conn())
            .await?
            .into_iter()
            .map(User::try_from)
            .collect()
    }

    /// The operator with this id.
    pub async fn user(&self, id: Uuid) -> StoreResult<Option<User>> {
        Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(User::try_from)
            .transpose()
    }

    /// Changes an operator's interface language; `false` when they do not exist.
    pub async fn set_ui_lang(&self, id: Uuid, lang: Lang, trail: &Trail) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        let result = Entity::update_many()
            .col_expr(
                Column::UiLang,
                sea_orm::sea_query::Expr::value(lang.as_str()),
            )
            .filter(Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected == 1, trail).await
    }

    /// The active or inactive operator bound to `subject` at the identity
    /// provider `issuer`.
    pub async fn user_by_oidc(&self, issuer: &str, subject: &str) -> StoreResult<Option<User>> {
        Entity::find()
            .filter(Column::OidcIssuer.eq(issuer))
            .filter(Column::OidcSubject.eq(subject))
            .one(self.conn())
            .await?
            .map(User::try_from)
            .transpose()
    }

    /// Binds operator `id` to `subject` at `issuer`, once: `false` when they
    /// are already bound (to this or another identity) or do not exist. One
    /// conditional statement, so two racing first logins bind one identity
    /// only; the unique index refuses a second operator for one identity.
    pub async fn bind_oidc(
        &self,
        id: Uuid,
        issuer: &str,
        subject: &str,
        trail: &Trail,
    ) -> StoreResult<bool> {
        let txn = self.begin_write().await?;
        use sea_orm::sea_query::Expr;
        let result = Entity::update_many()
            .col_expr(Column::OidcIssuer, Expr::value(issuer))
            .col_expr(Column::OidcSubject, Expr::value(subject))
            .filter(Column::Id.eq(id))
            .filter(Column::OidcIssuer.is_null())
            .filter(Column::OidcSubject.is_null())
            .exec(&txn)
            .await?;
        self.settle_if(txn, result.rows_affected == 1, trail).await
    }
}
