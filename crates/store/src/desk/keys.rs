//! The sound keys stored beside a person to find them by name, and their
//! computation anew for every person when the rules that derive them
//! change (a migration calls [`rekey_all`]).

use std::collections::{BTreeSet, HashMap};

use crocevia_domain::desk::{name_keys, pair_keys};
use sea_orm::ActiveValue::Set;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, QuerySelect};

use super::entities::{person, person_key, person_name};

/// A key qualified by a year of birth.
pub(super) fn in_year(key: &str, year: i32) -> String {
    format!("{key}@{year}")
}

/// The keys stored beside a person to find them by name: the sound key of
/// each word and of each pair of words of a name (see
/// [`crocevia_domain::desk::pair_keys`]), and each of these with the year
/// of birth when it is known.
pub(crate) fn stored_keys<S: AsRef<str>>(names: &[S], birth_year: Option<i32>) -> BTreeSet<String> {
    let mut keys = name_keys(names);
    keys.extend(pair_keys(names));
    if let Some(year) = birth_year {
        let in_years: Vec<String> = keys.iter().map(|k| in_year(k, year)).collect();
        keys.extend(in_years);
    }
    keys.retain(|k| k.len() <= 64);
    keys
}

/// Computes the name keys of every person again from their names as
/// written: given and family names, the Latin form, other names, and the
/// names of the records merged into them (as `merge_people` adds them),
/// with their year of birth. Returns how many people were rekeyed.
///
/// # Errors
/// A database error.
pub(crate) async fn rekey_all(db: &impl ConnectionTrait) -> Result<usize, DbErr> {
    /// Id, given, family, Latin name, year of birth, merged into.
    type Row = (Uuid, String, String, String, Option<i32>, Option<Uuid>);
    let people: Vec<Row> = person::Entity::find()
        .select_only()
        .columns([
            person::Column::Id,
            person::Column::GivenName,
            person::Column::FamilyName,
            person::Column::LatinName,
            person::Column::BirthYear,
            person::Column::MergedInto,
        ])
        .into_tuple()
        .all(db)
        .await?;
    let mut names: HashMap<Uuid, Vec<String>> = HashMap::with_capacity(people.len());
    for (id, given, family, latin, _, merged_into) in &people {
        let own = [format!("{given} {family}"), latin.clone()];
        names.entry(*id).or_default().extend(own.iter().cloned());
        if let Some(keep) = merged_into {
            names.entry(*keep).or_default().extend(own);
        }
    }
    let aliases: Vec<(Uuid, String)> = person_name::Entity::find()
        .select_only()
        .columns([person_name::Column::PersonId, person_name::Column::Name])
        .into_tuple()
        .all(db)
        .await?;
    for (id, alias) in aliases {
        names.entry(id).or_default().push(alias);
    }
    person_key::Entity::delete_many().exec(db).await?;
    let rows: Vec<person_key::ActiveModel> = people
        .iter()
        .flat_map(|(id, _, _, _, year, _)| {
            let keys = stored_keys(names.get(id).map_or(&[][..], Vec::as_slice), *year);
            keys.into_iter().map(|key| person_key::ActiveModel {
                key: Set(key),
                person_id: Set(*id),
            })
        })
        .collect();
    // Bounded statements: PostgreSQL takes at most 65,535 parameters.
    for chunk in rows.chunks(5_000) {
        person_key::Entity::insert_many(chunk.to_vec())
            .on_conflict(
                OnConflict::columns([person_key::Column::Key, person_key::Column::PersonId])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
    }
    Ok(people.len())
}
