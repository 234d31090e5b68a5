//! The one-stop desk: people, visits, cases, assessments and notes.
//!
//! Special-category facts, assessment notes and case notes are sealed with
//! the installation's field key before they reach the database, each bound to
//! its table, column and row (see [`crocevia_domain::crypto`]). Finding a
//! person reads the sound keys of their names (`desk_person_keys`) and their
//! identifiers, never the public search index.

pub mod break_glass;
mod calendar;
mod cases;
pub mod entities;
mod households;
pub(crate) mod keys;
mod model;
mod person_rows;
pub mod rights;
mod sealing;
pub mod sharing;
pub(crate) mod synthetic;
mod work;

pub use calendar::{Appointment, AppointmentInput, Calendar, Outreach, OutreachInput};
pub use synthetic::{SyntheticCase, SyntheticPerson};
pub use work::{DocumentMeta, Member, Task, TaskInput};

use std::collections::HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::Utc;
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::access::Clearance;
use crocevia_domain::desk::{PartialDate, name_keys, query_pair_keys};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{QueryOrder, QuerySelect};

use self::entities::{
    case, person, person_identifier, person_key, person_language, person_name, visit, visit_reason,
};
use self::keys::{in_year, stored_keys};
pub(crate) use self::model::Redacted;
pub use self::model::{
    Assessment, Case, DEFAULT_REASONS, NameLookup, Note, Person, PersonInput, Sensitive, Visit,
    VisitInput, VisitReason,
};
use self::person_rows::{insert_names_keys_ids, person_model, write_person_parts};
use self::sealing::{
    open_citizenships, open_identifier, open_text, open_text_if, permit_expiry_context,
    permit_type_context, seal_text,
};
use crate::act::Trail;
use crate::{Store, StoreError, StoreResult};

fn seal(cipher: &FieldCipher, text: &str, context: &str) -> String {
    STANDARD.encode(cipher.seal(text.as_bytes(), context))
}

fn open(cipher: &FieldCipher, sealed: &str, context: &str) -> StoreResult<String> {
    let corrupt = || StoreError::Corrupt(format!("{context}: sealed field does not open"));
    let bytes = STANDARD.decode(sealed).map_err(|_| corrupt())?;
    let plain = cipher.open(&bytes, context).map_err(|_| corrupt())?;
    String::from_utf8(plain).map_err(|_| corrupt())
}

fn csv(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(",")
}

/// A person's stored date of birth, read back.
fn stored_birth(id: Uuid, birth: Option<&str>) -> StoreResult<Option<PartialDate>> {
    birth
        .map(|b| PartialDate::parse(b).map_err(|_| corrupt("person", id)))
        .transpose()
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn sensitive_context(id: Uuid) -> String {
    format!("desk_people.sensitive:{id}")
}

fn corrupt(what: &str, id: Uuid) -> StoreError {
    StoreError::Corrupt(format!("{what} {id}"))
}

/// The agency that owns a person's record (objects about the person are
/// filed under it).
async fn person_agency(conn: &impl ConnectionTrait, person_id: Uuid) -> StoreResult<Uuid> {
    person::Entity::find_by_id(person_id)
        .select_only()
        .column(person::Column::AgencyId)
        .into_tuple::<Uuid>()
        .one(conn)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("person {person_id}")))
}

impl Store {
    /// The configured visit reasons, in order (the defaults when none are
    /// configured yet).
    pub async fn visit_reasons(&self) -> StoreResult<Vec<VisitReason>> {
        let rows = visit_reason::Entity::find()
            .filter(visit_reason::Column::Active.eq(true))
            .order_by_asc(visit_reason::Column::Position)
            .all(self.conn())
            .await?;
        if rows.is_empty() {
            let mut position = 0;
            let defaults: Vec<visit_reason::ActiveModel> = DEFAULT_REASONS
                .iter()
                .map(|(code, it, en)| {
                    position += 1;
                    visit_reason::ActiveModel {
                        code: Set((*code).to_owned()),
                        label_it: Set((*it).to_owned()),
                        label_en: Set((*en).to_owned()),
                        active: Set(true),
                        position: Set(position),
                    }
                })
                .collect();
            visit_reason::Entity::insert_many(defaults)
                .on_conflict(
                    OnConflict::column(visit_reason::Column::Code)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(self.conn())
                .await?;
            return Box::pin(self.visit_reasons()).await;
        }
        Ok(rows
            .into_iter()
            .map(|r| VisitReason {
                code: r.code,
                label_it: r.label_it,
                label_en: r.label_en,
            })
            .collect())
    }

    /// Registers a person for `agency`; returns the new id.
    pub async fn register_person(
        &self,
        agency: Uuid,
        input: &PersonInput,
        cipher: &FieldCipher,
        by: Uuid,
        trail: impl FnOnce(Uuid) -> Trail,
    ) -> StoreResult<Uuid> {
        let id = Uuid::now_v7();
        let now = Utc::now();
        let txn = self.begin_write().await?;
        person::ActiveModel {
            id: Set(id),
            agency_id: Set(agency),
            created_at: Set(now),
            created_by: Set(by),
            ..person_model(id, input, cipher, now)
        }
        .insert(&txn)
        .await?;
        write_person_parts(&txn, id, input, cipher).await?;
        self.settle(&txn, &trail(id)).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The agency that owns a person's record (no personal data): what a
    /// guard needs to decide before the person is opened.
    pub async fn person_owner(&self, id: Uuid) -> StoreResult<Option<Uuid>> {
        Ok(person::Entity::find_by_id(id)
            .select_only()
            .column(person::Column::AgencyId)
            .into_tuple::<Uuid>()
            .one(self.conn())
            .await?)
    }

    /// A person, with the sealed facts opened, given the clearance of the
    /// agency that owns the record (`None` for another agency's person).
    pub async fn person(
        &self,
        id: Uuid,
        clearance: &Clearance,
        cipher: &FieldCipher,
    ) -> StoreResult<Option<Person>> {
        let Some(row) = person::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .filter(|r| clearance.opens(&r.agency_id.to_string()))
        else {
            return Ok(None);
        };
        let mut people = self.assemble_people(vec![row], cipher, true).await?;
        Ok(people.pop())
    }

    /// Edits a person: the fields, other names, identifiers and languages
    /// become those of `input`; the sound keys are computed again from every
    /// name, including those of records merged into this one.
    pub async fn update_person(
        &self,
        id: Uuid,
        input: &PersonInput,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let row = person_model(id, input, cipher, Utc::now());
        person::Entity::update_many()
            .set(person::ActiveModel {
                merged_into: sea_orm::ActiveValue::NotSet,
                ..row
            })
            .filter(person::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        person_name::Entity::delete_many()
            .filter(person_name::Column::PersonId.eq(id))
            .exec(&txn)
            .await?;
        person_key::Entity::delete_many()
            .filter(person_key::Column::PersonId.eq(id))
            .exec(&txn)
            .await?;
        person_identifier::Entity::delete_many()
            .filter(person_identifier::Column::PersonId.eq(id))
            .exec(&txn)
            .await?;
        person_language::Entity::delete_many()
            .filter(person_language::Column::PersonId.eq(id))
            .exec(&txn)
            .await?;
        write_person_parts(&txn, id, input, cipher).await?;
        let merged: Vec<String> = person::Entity::find()
            .filter(person::Column::MergedInto.eq(id))
            .all(&txn)
            .await?
            .into_iter()
            .flat_map(|m| [format!("{} {}", m.given_name, m.family_name), m.latin_name])
            .collect();
        insert_names_keys_ids(
            &txn,
            id,
            (&merged, input.birth.map(PartialDate::year)),
            &[],
            cipher,
        )
        .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The names of people as written (given, family), by id, of those
    /// whose record one of `agencies` owns: what lists show beside
    /// appointments, actions and household links (a row about someone the
    /// reader may not read shows no name).
    pub async fn person_names(
        &self,
        ids: &[Uuid],
        agencies: &[Uuid],
    ) -> StoreResult<Vec<(Uuid, String, String)>> {
        if ids.is_empty() || agencies.is_empty() {
            return Ok(Vec::new());
        }
        Ok(person::Entity::find()
            .select_only()
            .columns([
                person::Column::Id,
                person::Column::GivenName,
                person::Column::FamilyName,
            ])
            .filter(person::Column::Id.is_in(ids.to_vec()))
            .filter(person::Column::AgencyId.is_in(agencies.to_vec()))
            .into_tuple()
            .all(self.conn())
            .await?)
    }

    /// People from their rows: identifiers and citizenships opened, the
    /// special-category facts (`sensitive`, the permit) only when
    /// `open_facts` (left empty otherwise).
    async fn assemble_people(
        &self,
        rows: Vec<person::Model>,
        cipher: &FieldCipher,
        open_facts: bool,
    ) -> StoreResult<Vec<Person>> {
        let facts = open_facts.then_some(cipher);
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut aliases: HashMap<Uuid, Vec<String>> = HashMap::new();
        for n in person_name::Entity::find()
            .filter(person_name::Column::PersonId.is_in(ids.clone()))
            .all(self.conn())
            .await?
        {
            aliases.entry(n.person_id).or_default().push(n.name);
        }
        let mut identifiers: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
        for i in person_identifier::Entity::find()
            .filter(person_identifier::Column::PersonId.is_in(ids.clone()))
            .all(self.conn())
            .await?
        {
            identifiers
                .entry(i.person_id)
                .or_default()
                .push(open_identifier(cipher, i)?);
        }
        let mut languages: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
        for l in person_language::Entity::find()
            .filter(person_language::Column::PersonId.is_in(ids))
            .all(self.conn())
            .await?
        {
            languages
                .entry(l.person_id)
                .or_default()
                .push((l.lang, l.level));
        }
        rows.into_iter()
            .map(|r| {
                let sensitive = match (facts, &r.sensitive) {
                    (Some(c), Some(sealed)) => {
                        serde_json::from_str(&open(c, sealed, &sensitive_context(r.id))?)
                            .map_err(|_| corrupt("person", r.id))?
                    }
                    _ => Sensitive::default(),
                };
                let birth = stored_birth(r.id, r.birth_date.as_deref())?;
                let permit_type =
                    open_text_if(facts, r.permit_type.as_deref(), &permit_type_context(r.id))?;
                let expiry = match open_text_if(
                    facts,
                    r.permit_expiry.as_deref(),
                    &permit_expiry_context(r.id),
                )? {
                    Some(d) => Some(
                        chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                            .map_err(|_| corrupt("person", r.id))?,
                    ),
                    None => None,
                };
                Ok(Person {
                    id: r.id,
                    agency_id: r.agency_id,
                    merged_into: r.merged_into,
                    created_at: r.created_at,
                    input: PersonInput {
                        given_name: r.given_name,
                        family_name: r.family_name,
                        latin_name: r.latin_name,
                        aliases: aliases.remove(&r.id).unwrap_or_default(),
                        birth,
                        sex: r.sex,
                        citizenships: open_citizenships(cipher, r.id, &r.citizenships)?,
                        identifiers: identifiers.remove(&r.id).unwrap_or_default(),
                        languages: languages.remove(&r.id).unwrap_or_default(),
                        permit_type,
                        permit_expiry: expiry,
                        phone: r.phone,
                        email: r.email,
                        address: r.address,
                        sensitive,
                    },
                })
            })
            .collect()
    }

    /// Candidates for "is this someone we know?": people (not merged away)
    /// of `agencies` sharing an identifier, or a sound key of their names
    /// with the words typed (each key typed counts; the best-matching first,
    /// at most `limit`), looked up as `lookup` says (identifiers by their
    /// blind index). Sealed facts stay closed. The caller scores them
    /// ([`crocevia_domain::desk::compare`]).
    ///
    /// Those found by name are first read as a sketch (names, other names,
    /// birth and citizenships only, the rest empty) and kept only when
    /// `alike` says so: a wide lookup reads a thousand sketches, and whole
    /// records only for the few that may be the person.
    pub async fn person_candidates(
        &self,
        agencies: &[Uuid],
        names: &[&str],
        identifiers: &[String],
        (lookup, limit): (NameLookup, u64),
        alike: &(dyn Fn(&PersonInput) -> bool + Sync),
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Person>> {
        let mut ids: Vec<Uuid> = Vec::new();
        if !identifiers.is_empty() {
            ids.extend(
                person_identifier::Entity::find()
                    .select_only()
                    .column(person_identifier::Column::PersonId)
                    .filter(
                        person_identifier::Column::Value
                            .is_in(identifiers.iter().map(|v| cipher.blind_index(v))),
                    )
                    .into_tuple::<Uuid>()
                    .all(self.conn())
                    .await?,
            );
        }
        let pairs = query_pair_keys(names);
        let keys: Vec<String> = match lookup {
            NameLookup::PairsInYear(year) => pairs.iter().map(|p| in_year(p, year)).collect(),
            NameLookup::SinglesInYear(year) => {
                name_keys(names).iter().map(|k| in_year(k, year)).collect()
            }
            NameLookup::Pairs => pairs.into_iter().collect(),
            NameLookup::Singles => name_keys(names).into_iter().collect(),
        };
        let alike_by_name: Vec<Uuid> = self
            .sketches_by_keys(agencies, keys, limit, cipher)
            .await?
            .into_iter()
            .filter(|(id, sketch)| !ids.contains(id) && alike(sketch))
            .map(|(id, _)| id)
            .collect();
        ids.extend(alike_by_name);
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = person::Entity::find()
            .filter(person::Column::Id.is_in(ids))
            .filter(person::Column::AgencyId.is_in(agencies.to_vec()))
            .filter(person::Column::MergedInto.is_null())
            .all(self.conn())
            .await?;
        self.assemble_people(rows, cipher, false).await
    }

    /// Names, other names, birth and citizenships (as inputs with nothing
    /// else) of the people of `agencies` (not merged away) among the `limit`
    /// with most of `keys`, in one query: on SQLite every row crosses a
    /// thread boundary, so the key lookup and the sketch are one read.
    async fn sketches_by_keys(
        &self,
        agencies: &[Uuid],
        keys: Vec<String>,
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<(Uuid, PersonInput)>> {
        use sea_orm::QueryTrait;
        use sea_orm::sea_query::{Func, JoinType, Order, Query};
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let best = Query::select()
            .column(person_key::Column::PersonId)
            .from(person_key::Entity)
            .and_where(Expr::col(person_key::Column::Key).is_in(keys))
            .group_by_col(person_key::Column::PersonId)
            .order_by_expr(
                Func::count(Expr::col(person_key::Column::Key)).into(),
                Order::Desc,
            )
            .limit(limit)
            .to_owned();
        let mut select = person::Entity::find()
            .select_only()
            .columns([
                person::Column::Id,
                person::Column::GivenName,
                person::Column::FamilyName,
                person::Column::LatinName,
                person::Column::BirthDate,
                person::Column::Citizenships,
            ])
            .filter(person::Column::AgencyId.is_in(agencies.to_vec()))
            .filter(person::Column::MergedInto.is_null());
        QueryTrait::query(&mut select).join_subquery(
            JoinType::InnerJoin,
            best,
            "best",
            Expr::col((person::Entity, person::Column::Id))
                .equals(("best", person_key::Column::PersonId)),
        );
        type Row = (Uuid, String, String, String, Option<String>, String);
        let rows: Vec<Row> = select.into_tuple().all(self.conn()).await?;
        let mut aliases: HashMap<Uuid, Vec<String>> = HashMap::new();
        if !rows.is_empty() {
            for (id, name) in person_name::Entity::find()
                .select_only()
                .columns([person_name::Column::PersonId, person_name::Column::Name])
                .filter(person_name::Column::PersonId.is_in(rows.iter().map(|r| r.0)))
                .into_tuple::<(Uuid, String)>()
                .all(self.conn())
                .await?
            {
                aliases.entry(id).or_default().push(name);
            }
        }
        rows.into_iter()
            .map(
                |(id, given_name, family_name, latin_name, birth, citizenships)| {
                    let birth = stored_birth(id, birth.as_deref())?;
                    let input = PersonInput {
                        given_name,
                        family_name,
                        latin_name,
                        aliases: aliases.remove(&id).unwrap_or_default(),
                        birth,
                        citizenships: open_citizenships(cipher, id, &citizenships)?,
                        ..PersonInput::default()
                    };
                    Ok((id, input))
                },
            )
            .collect()
    }

    /// People of `agencies` whose permit expires between `from` and `until`
    /// (inclusive), soonest first (their sealed facts opened).
    ///
    /// The expiry is sealed (it tells a legal status); the rows are found by
    /// the unsealed month of expiry, then opened and filtered to the exact
    /// days. The month is the least a lookup needs: a due-date column would
    /// keep the exact day in clear (the expiry shifted by a constant), and
    /// scanning every sealed row would not scale; the deadlines list spans
    /// two or three months, so a few more rows are opened than shown.
    pub async fn permits_expiring(
        &self,
        agencies: &[Uuid],
        (from, until): (chrono::NaiveDate, chrono::NaiveDate),
        limit: u64,
        cipher: &FieldCipher,
    ) -> StoreResult<Vec<Person>> {
        let month = |d: chrono::NaiveDate| d.format("%Y-%m").to_string();
        let rows = person::Entity::find()
            .filter(person::Column::AgencyId.is_in(agencies.to_vec()))
            .filter(person::Column::MergedInto.is_null())
            .filter(person::Column::PermitExpiryMonth.gte(month(from)))
            .filter(person::Column::PermitExpiryMonth.lte(month(until)))
            .all(self.conn())
            .await?;
        let mut people: Vec<Person> = self
            .assemble_people(rows, cipher, true)
            .await?
            .into_iter()
            .filter(|p| {
                p.input
                    .permit_expiry
                    .is_some_and(|d| d >= from && d <= until)
            })
            .collect();
        people.sort_by_key(|p| (p.input.permit_expiry, p.id));
        people.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(people)
    }

    /// Merges `other` into `keep`: visits and cases move to `keep`, names
    /// and identifiers are added to it, and `other` stays as a record that
    /// points to `keep` (both histories are kept).
    pub async fn merge_people(
        &self,
        keep: Uuid,
        other: Uuid,
        cipher: &FieldCipher,
        trail: &Trail,
    ) -> StoreResult<()> {
        let txn = self.begin_write().await?;
        let Some(merged) = person::Entity::find_by_id(other).one(&txn).await? else {
            return Err(StoreError::NotFound(format!("person {other}")));
        };
        visit::Entity::update_many()
            .col_expr(visit::Column::PersonId, Expr::value(keep))
            .filter(visit::Column::PersonId.eq(other))
            .exec(&txn)
            .await?;
        case::Entity::update_many()
            .col_expr(case::Column::PersonId, Expr::value(keep))
            .filter(case::Column::PersonId.eq(other))
            .exec(&txn)
            .await?;
        sharing::merge_into(&txn, keep, other).await?;
        let names = [
            merged.given_name.clone() + " " + &merged.family_name,
            merged.latin_name.clone(),
        ];
        let idents: Vec<(String, String)> = person_identifier::Entity::find()
            .filter(person_identifier::Column::PersonId.eq(other))
            .all(&txn)
            .await?
            .into_iter()
            .map(|i| open_identifier(cipher, i))
            .collect::<StoreResult<_>>()?;
        let kept_year = person::Entity::find_by_id(keep)
            .one(&txn)
            .await?
            .and_then(|k| k.birth_year);
        insert_names_keys_ids(&txn, keep, (&names, kept_year), &idents, cipher).await?;
        person::Entity::update_many()
            .col_expr(person::Column::MergedInto, Expr::value(Some(keep)))
            .col_expr(person::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(person::Column::Id.eq(other))
            .exec(&txn)
            .await?;
        self.settle(&txn, trail).await?;
        txn.commit().await?;
        Ok(())
    }
}
