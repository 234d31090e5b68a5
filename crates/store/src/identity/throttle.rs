//! Login throttling stored in the database, so every app server sees it: after
//! [`MAX_FAILURES`] wrong passwords within [`WINDOW`], the account (or the
//! email, whether or not an account exists) is locked for [`LOCKOUT`]. Second
//! factor codes have a counter of their own per operator, which a right
//! password does not reset (else knowing the password would give unlimited
//! code guesses, a few per login).
//!
//! Every attempt is counted *before* it is checked, by one atomic statement
//! (an upsert that increments and returns the count), so parallel guesses can
//! neither lose updates nor get more than [`MAX_FAILURES`] checks: the
//! attempt that gets count `n` is checked only when `n <= MAX_FAILURES`. A
//! success clears the counter.

use chrono::{DateTime, Duration, Utc};
use crocevia_domain::identity::Email;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Cond, Expr, ExprTrait, OnConflict, Query};
use sha2::{Digest, Sha256};

use crate::{Store, StoreError, StoreResult};

/// Row of `login_throttle`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_throttle")]
pub struct Model {
    /// SHA-256 of what is counted (the normalised email, or the operator's
    /// second factor).
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// Attempts in the current window.
    pub failures: i32,
    /// Start of the current window.
    pub window_started_at: DateTimeUtc,
    /// Locked until this time.
    pub locked_until: Option<DateTimeUtc>,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Wrong passwords that trigger a lockout.
pub const MAX_FAILURES: i32 = 10;
/// Window in which failures are counted.
pub const WINDOW: Duration = Duration::minutes(15);
/// Length of a lockout.
pub const LOCKOUT: Duration = Duration::minutes(15);

/// What is counted.
#[derive(Debug, Clone, Copy)]
pub enum Throttled<'a> {
    /// Passwords typed for this email (existing account or not) from one
    /// client address: a stranger's guesses lock the account for their
    /// address, never for the operator at their desk.
    Login(&'a Email, &'a str),
    /// Second factor codes (TOTP or recovery) of this operator.
    SecondFactor(Uuid),
}

impl Throttled<'_> {
    fn key(self) -> String {
        let counted = match self {
            Throttled::Login(email, from) => format!("login:{email}\0{from}"),
            Throttled::SecondFactor(user) => format!("second-factor:{user}"),
        };
        hex::encode(Sha256::digest(counted.as_bytes()))
    }
}

/// The answer to one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Check it. `last`: it is the last one before the lockout, so if it
    /// fails the account is now locked.
    Check {
        /// The last attempt of the window.
        last: bool,
    },
    /// Locked: do not check it.
    Locked,
}

impl Store {
    /// Counts one attempt at `what`, atomically, and says whether it may be
    /// checked. Call it *before* checking, and [`Store::clear_attempts`] after
    /// a success.
    pub async fn take_attempt(&self, what: Throttled<'_>) -> StoreResult<Attempt> {
        let now = Utc::now();
        let col = |c: Column| Expr::col((Entity, c));
        // A window that is over and not under lockout starts again at one.
        let over = Cond::all()
            .add(col(Column::WindowStartedAt).lte(Expr::val(now - WINDOW)))
            .add(
                Cond::any()
                    .add(col(Column::LockedUntil).is_null())
                    .add(col(Column::LockedUntil).lte(Expr::val(now))),
            );
        let lock_at_max = |count: Expr| {
            Cond::all()
                .add(count.gte(Expr::val(MAX_FAILURES)))
                .add(col(Column::LockedUntil).is_null())
        };
        let no_lock: Option<DateTime<Utc>> = None;
        // SET expressions read the row as it was (both backends).
        let failures = Expr::case(over.clone(), Expr::val(1)).finally(col(Column::Failures).add(1));
        let window = Expr::case(over.clone(), Expr::val(now)).finally(col(Column::WindowStartedAt));
        let locked = Expr::case(over, Expr::val(no_lock))
            .case(
                lock_at_max(col(Column::Failures).add(1)),
                Expr::val(now + LOCKOUT),
            )
            .finally(col(Column::LockedUntil));
        let first_lock = (MAX_FAILURES <= 1).then(|| now + LOCKOUT);
        let statement = Query::insert()
            .into_table(Entity)
            .columns([
                Column::Key,
                Column::Failures,
                Column::WindowStartedAt,
                Column::LockedUntil,
            ])
            .values_panic([
                Expr::val(what.key()),
                Expr::val(1),
                Expr::val(now),
                Expr::val(first_lock),
            ])
            .on_conflict(
                OnConflict::column(Column::Key)
                    .value(Column::Failures, failures)
                    .value(Column::WindowStartedAt, window)
                    .value(Column::LockedUntil, locked)
                    .to_owned(),
            )
            .returning(Query::returning().column(Column::Failures))
            .to_owned();
        let backend = self.conn().get_database_backend();
        let row = self
            .conn()
            .query_one_raw(backend.build(&statement))
            .await?
            .ok_or_else(|| StoreError::Db(DbErr::RecordNotInserted))?;
        let count: i32 = row.try_get("", "failures")?;
        Ok(match count {
            n if n > MAX_FAILURES => Attempt::Locked,
            n => Attempt::Check {
                last: n >= MAX_FAILURES,
            },
        })
    }

    /// When attempts at `what` are locked, until when.
    pub async fn locked_until(&self, what: Throttled<'_>) -> StoreResult<Option<DateTime<Utc>>> {
        let now = Utc::now();
        Ok(Entity::find_by_id(what.key())
            .one(self.conn())
            .await?
            .and_then(|r| r.locked_until)
            .filter(|until| *until > now))
    }

    /// Forgets the attempts at `what` after a success.
    pub async fn clear_attempts(&self, what: Throttled<'_>) -> StoreResult<()> {
        Entity::delete_by_id(what.key()).exec(self.conn()).await?;
        Ok(())
    }
}
