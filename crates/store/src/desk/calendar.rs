//! Appointments (the calendars of operators and desks), outreach desks with
//! their weekly sessions, and the private calendar-feed tokens.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use crocevia_domain::desk::AppointmentStatus;
use crocevia_domain::desk::calendar::{WALL_CLOCK, WeeklySession};
use rand::RngCore;
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{QueryOrder, QuerySelect};

use super::entities::{appointment, calendar_token, outreach};
use super::{corrupt, open_text, seal_text};
use crate::act::Trail;
use crate::identity::sessions::token_id;
use crate::{Store, StoreError, StoreResult};
use crocevia_domain::crypto::FieldCipher;

/// An outreach desk as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutreachInput {
    /// Name ("Sportello scuola Manzoni").
    pub name: String,
    /// Place.
    pub place: String,
    /// Address.
    pub address: Option<String>,
    /// Its weekly session.
    pub session: WeeklySession,
}

/// A stored outreach desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outreach {
    /// Id.
    pub id: Uuid,
    /// Agency running it.
    pub agency_id: Uuid,
    /// What was written.
    pub input: OutreachInput,
    /// Running.
    pub active: bool,
}

/// An appointment as booked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentInput {
    /// With whom (an operator), when booked with one.
    pub operator_id: Option<Uuid>,
    /// The person, when known.
    pub person_id: Option<Uuid>,
    /// The outreach desk it is held at.
    pub outreach_id: Option<Uuid>,
    /// Starts, Italian wall-clock time.
    pub starts: NaiveDateTime,
    /// Length in minutes.
    pub minutes: u16,
    /// Purpose.
    pub purpose: String,
}

/// A stored appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    /// Id.
    pub id: Uuid,
    /// Desk (agency).
    pub agency_id: Uuid,
    /// What was booked.
    pub input: AppointmentInput,
    /// Where it stands.
    pub status: AppointmentStatus,
}

/// Whose calendar.
#[derive(Debug, Clone, Copy)]
pub enum Calendar<'a> {
    /// One operator's.
    Operator(Uuid),
    /// The desks of these agencies.
    Desks(&'a [Uuid]),
    /// One person's.
    Person(Uuid),
}

fn outreach_of(o: outreach::Model) -> StoreResult<Outreach> {
    let bad = || corrupt("outreach", o.id);
    let time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| bad());
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad());
    let weekday = u8::try_from(o.weekday)
        .ok()
        .and_then(|d| Weekday::try_from(d.wrapping_sub(1)).ok())
        .ok_or_else(bad)?;
    Ok(Outreach {
        id: o.id,
        agency_id: o.agency_id,
        active: o.active,
        input: OutreachInput {
            session: WeeklySession {
                weekday,
                starts: time(&o.starts)?,
                ends: time(&o.ends)?,
                from: date(&o.valid_from)?,
                until: o.valid_until.as_deref().map(date).transpose()?,
            },
            name: o.name,
            place: o.place,
            address: o.address,
        },
    })
}

/// The sealing context of an appointment's purpose.
pub(super) fn purpose_context(id: Uuid) -> String {
    format!("desk_appointments.purpose:{id}")
}

fn appointment_of(a: appointment::Model, cipher: &FieldCipher) -> StoreResult<Appointment> {
    let purpose = open_text(cipher, &a.purpose, &purpose_context(a.id))?;
    Ok(Appointment {
        id: a.id,
        agency_id: a.agency_id,
        status: AppointmentStatus::parse(&a.status).ok_or_else(|| corrupt("appointment", a.id))?,
        input: AppointmentInput {
            operator_id: a.operator_id,
            person_id: a.person_id,
            outreach_id: a.outreach_id,
            starts: NaiveDateTime::parse_from_str(&a.starts, WALL_CLOCK)
                .map_err(|_| corrupt("appointment", a.id))?,
            minutes: u16::try_from(a.minutes).map_err(|_| corrupt("appointment", a.id))?,
            purpose,
        },
    })
}

impl Store {
    /// Opens an outreach desk for `agency`; returns its id.
    pub async fn create_outreach(&self, agency: Uuid, input: &OutreachInput) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        let s = &input.session;
        outreach::ActiveModel {
            id: Set(id),
            agency_id: Set(agency),
            name: Set(input.name.clone()),
            place: Set(input.place.clone()),
            address: Set(input.address.clone()),
            weekday: Set(i32::from(s.weekday.number_from_monday() as u8)),
            starts: Set(s.starts.format("%H:%M").to_string()),
            ends: Set(s.ends.format("%H:%M").to_string()),
            valid_from: Set(s.from.format("%Y-%m-%d").to_string()),
            valid_until: Set(s.until.map(|d| d.format("%Y-%m-%d").to_string())),
            active: Set(true),
            created_at: Set(Utc::now()),
        }
        .insert(self.conn())
        .await?;
        Ok(id)
    }

    /// An outreach desk.
    pub async fn outreach(&self, id: Uuid) -> StoreResult<Option<Outreach>> {
        outreach::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(outreach_of)
            .transpose()
    }

    /// The outreach desks of `agencies` (closed ones too when `all`), by
    /// name.
    pub async fn outreach_desks(&self, agencies: &[Uuid], all: bool) -> StoreResult<Vec<Outreach>> {
        let mut query = outreach::Entity::find()
            .filter(outreach::Column::AgencyId.is_in(agencies.to_vec()))
            .order_by_asc(outreach::Column::Name)
            .order_by_asc(outreach::Column::Id);
        if !all {
            query = query.filter(outreach::Column::Active.eq(true));
        }
        query
            .all(self.conn())
            .await?
            .into_iter()
            .map(outreach_of)
            .collect()
    }

    /// Closes or reopens an outreach desk.
    pub async fn set_outreach_active(&self, id: Uuid, active: bool) -> StoreResult<()> {
        outreach::Entity::update_many()
            .col_expr(outreach::Column::Active, Expr::value(active))
            .filter(outreach::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Books an appointment at `agency`'s desk; returns its id. One about a
    /// person is refused unless `agency` is the person's own (who sees it is
    /// who sees the person).
    pub async fn book(
        &self,
        agency: Uuid,
        input: &AppointmentInput,
        by: Uuid,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<Uuid> {
        let txn = self.begin_write().await?;
        if let Some(person) = input.person_id
            && super::person_agency(self.conn(), person).await? != agency
        {
            return Err(StoreError::Invalid(
                "appointment outside the person's agency",
            ));
        }
        let id = Uuid::now_v7();
        appointment::ActiveModel {
            id: Set(id),
            agency_id: Set(agency),
            operator_id: Set(input.operator_id),
            person_id: Set(input.person_id),
            outreach_id: Set(input.outreach_id),
            starts: Set(input.starts.format(WALL_CLOCK).to_string()),
            minutes: Set(i32::from(input.minutes)),
            purpose: Set(seal_text(cipher, &input.purpose, &purpose_context(id))),
            status: Set(AppointmentStatus::Booked.as_str().to_owned()),
            created_by: Set(by),
            created_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// An appointment.
    pub async fn appointment(
        &self,
        id: Uuid,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<Appointment>> {
        appointment::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(|a| appointment_of(a, cipher))
            .transpose()
    }

    /// Marks an appointment done, missed or cancelled.
    pub async fn set_appointment_status(
        &self,
        id: Uuid,
        status: AppointmentStatus,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        appointment::Entity::update_many()
            .col_expr(appointment::Column::Status, Expr::value(status.as_str()))
            .filter(appointment::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The appointments of a calendar from `first` to `last` (inclusive
    /// days), in time order.
    pub async fn appointments(
        &self,
        calendar: Calendar<'_>,
        first: NaiveDate,
        last: NaiveDate,
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Appointment>> {
        let query = appointment::Entity::find();
        let query = match calendar {
            Calendar::Operator(id) => query.filter(appointment::Column::OperatorId.eq(id)),
            Calendar::Desks(ids) => query.filter(appointment::Column::AgencyId.is_in(ids.to_vec())),
            Calendar::Person(id) => query.filter(appointment::Column::PersonId.eq(id)),
        };
        query
            .filter(appointment::Column::Starts.gte(format!("{first} 00:00")))
            .filter(appointment::Column::Starts.lte(format!("{last} 23:59")))
            .order_by_asc(appointment::Column::Starts)
            .order_by_asc(appointment::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| appointment_of(a, cipher))
            .collect()
    }

    /// Issues a new calendar-feed token for `operator` (the previous one
    /// stops working); only its hash is kept.
    pub async fn issue_calendar_token(&self, operator: Uuid) -> StoreResult<String> {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        calendar_token::Entity::insert(calendar_token::ActiveModel {
            operator_id: Set(operator),
            token_hash: Set(token_id(&token)),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::column(calendar_token::Column::OperatorId)
                .update_columns([
                    calendar_token::Column::TokenHash,
                    calendar_token::Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(self.conn())
        .await?;
        Ok(token)
    }

    /// Whether `operator` has a calendar-feed token.
    pub async fn has_calendar_token(&self, operator: Uuid) -> StoreResult<bool> {
        Ok(calendar_token::Entity::find_by_id(operator)
            .one(self.conn())
            .await?
            .is_some())
    }

    /// Stops an operator's calendar feed.
    pub async fn revoke_calendar_token(&self, operator: Uuid) -> StoreResult<()> {
        calendar_token::Entity::delete_by_id(operator)
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The operator a calendar-feed token belongs to.
    pub async fn calendar_token_operator(&self, token: &str) -> StoreResult<Option<Uuid>> {
        Ok(calendar_token::Entity::find()
            .select_only()
            .column(calendar_token::Column::OperatorId)
            .filter(calendar_token::Column::TokenHash.eq(token_id(token)))
            .into_tuple()
            .one(self.conn())
            .await?)
    }
}
