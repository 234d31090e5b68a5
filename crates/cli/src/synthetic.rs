//! `crocevia gen desk --people N`: realistic synthetic desk data for tests
//! and benchmarks. People come from the countries most represented among
//! third-country nationals in Italy, with names written in their own script
//! when it has one and in the spellings different offices produce
//! (Mohamed, Muhammad, Mohammed, محمد; Olena, Elena, Олена), partial dates of
//! birth, identifiers, permits, languages, and about twenty visits and case
//! events each. Deterministic for a given seed; labelled as generated.
//!
//! Alongside, `desk-bench.json` in the data directory lists search queries
//! typed with another spelling than the one registered, and cases, for
//! `crocevia bench desk`.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, Result};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use crocevia_domain::Lang;
use crocevia_domain::crypto::FieldCipher;
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::desk::identifiers::CodiceFiscale;
use crocevia_domain::desk::{
    CaseStatus, Channel, Dimension, NeedLevel, Outcome, PartialDate, TaskKind, TaskStatus,
};
use crocevia_domain::identity::{Email, Profession, Scope};
use crocevia_store::Store;
use crocevia_store::desk::{
    DEFAULT_REASONS, PersonInput, SyntheticCase, SyntheticPerson, TaskInput, VisitInput,
};
use crocevia_store::identity::users::NewUser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;
mod names;
pub mod training;

use self::names::{Name, ORIGINS};

const PERMIT_TYPES: [&str; 6] = [
    "lavoro_subordinato",
    "famiglia",
    "protezione_internazionale",
    "protezione_speciale",
    "studio",
    "soggiornante_lungo_periodo",
];

const GOALS: [&str; 5] = [
    "Rinnovare il permesso di soggiorno",
    "Trovare un alloggio stabile",
    "Iscrizione al Servizio sanitario nazionale",
    "Corso di italiano A2",
    "Iscrizione al centro per l'impiego",
];

const PURPOSES: [&str; 4] = [
    "Colloquio di presa in carico",
    "Rinnovo permesso: documenti",
    "Orientamento al lavoro",
    "Consulenza legale",
];

/// People followed per operator of a desk.
const OPERATOR_LOAD: u64 = 1000;

/// Operators of a desk agency: (id, profession).
struct Desk {
    agency: Uuid,
    operators: Vec<(Uuid, Profession)>,
    weight: u32,
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A valid codice fiscale for a person born abroad (country code Z…), the
/// check character computed by trying each letter.
fn codice_fiscale(rng: &mut StdRng, latin: &str, birth: NaiveDate, female: bool) -> Option<String> {
    let letters: String = latin
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .chain("XXXXXX".chars())
        .take(6)
        .collect();
    let months = "ABCDEHLMPRST";
    let month = months
        .chars()
        .nth(usize::try_from(chrono::Datelike::month0(&birth)).ok()?)?;
    let day = chrono::Datelike::day(&birth) + if female { 40 } else { 0 };
    let year = chrono::Datelike::year(&birth) % 100;
    let country = rng.random_range(100..400);
    let body = format!("{letters}{year:02}{month}{day:02}Z{country}");
    ('A'..='Z')
        .map(|c| format!("{body}{c}"))
        .find(|cf| CodiceFiscale::parse(cf).is_ok())
}

fn when(rng: &mut StdRng, now: DateTime<Utc>, max_days_ago: i64) -> DateTime<Utc> {
    now - Duration::minutes(rng.random_range(0..max_days_ago * 24 * 60))
}

/// One generated person (index `i`), and the query a desk operator would
/// type for them with another spelling.
fn person(
    rng: &mut StdRng,
    i: u64,
    desk: &Desk,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> (SyntheticPerson, String) {
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut roll = rng.random_range(0..total);
    let origin = ORIGINS
        .iter()
        .find(|o| {
            if roll < o.weight {
                true
            } else {
                roll -= o.weight;
                false
            }
        })
        .unwrap_or(&ORIGINS[0]);
    let given = pick(rng, origin.given);
    let family = pick(rng, origin.family);
    let spelled = |rng: &mut StdRng, name: &Name| *pick(rng, name.spellings);
    let (g_latin, f_latin) = (spelled(rng, given), spelled(rng, family));
    let in_script = given.script.is_some() && family.script.is_some() && rng.random_bool(0.5);
    let (given_name, family_name) = if in_script {
        (
            given.script.unwrap_or(g_latin).to_owned(),
            family.script.unwrap_or(f_latin).to_owned(),
        )
    } else {
        (g_latin.to_owned(), f_latin.to_owned())
    };
    let latin_name = format!("{g_latin} {f_latin}");
    let mut aliases = Vec::new();
    if rng.random_bool(0.3) {
        let alias = format!("{} {}", spelled(rng, given), spelled(rng, family));
        if alias != latin_name {
            aliases.push(alias);
        }
    }
    let born = today - Duration::days(rng.random_range(18 * 365..70 * 365));
    let birth = match rng.random_range(0..10) {
        0 => PartialDate::parse(&chrono::Datelike::year(&born).to_string()).ok(),
        1 | 2 => PartialDate::parse(&born.format("%m/%Y").to_string()).ok(),
        _ => PartialDate::parse(&born.format("%d/%m/%Y").to_string()).ok(),
    };
    let female = rng.random_bool(0.45);
    let mut identifiers = Vec::new();
    if rng.random_bool(0.6)
        && let Some(cf) = codice_fiscale(rng, &latin_name, born, female)
    {
        identifiers.push(("cf".to_owned(), cf));
    }
    if rng.random_bool(0.15) {
        identifiers.push(("stp".to_owned(), format!("STP{:013}", 10_000_000_000 + i)));
    }
    let has_permit = rng.random_bool(0.7);
    if has_permit {
        identifiers.push(("permit".to_owned(), format!("I{:08}", i % 100_000_000)));
    }
    let mut languages = vec![(origin.lang.to_owned(), "native".to_owned())];
    if origin.lang != "it" {
        languages.push((
            "it".to_owned(),
            pick(rng, &["basic", "intermediate", "fluent"]).to_string(),
        ));
    }
    let input = PersonInput {
        given_name,
        family_name,
        latin_name: latin_name.clone(),
        aliases,
        birth,
        sex: Some(if female { "female" } else { "male" }.to_owned()),
        citizenships: vec![origin.country.to_owned()],
        identifiers,
        languages,
        permit_type: has_permit.then(|| pick(rng, &PERMIT_TYPES).to_string()),
        permit_expiry: has_permit.then(|| today + Duration::days(rng.random_range(-60..730))),
        phone: rng
            .random_bool(0.8)
            .then(|| format!("+39 3{:09}", rng.random_range(0..1_000_000_000u64))),
        email: None,
        address: None,
        sensitive: Default::default(),
    };
    let id = Uuid::now_v7();
    let created_at = when(rng, now, 3 * 365);
    let operator = |rng: &mut StdRng| *pick(rng, &desk.operators);
    let visits = (0..rng.random_range(8..25))
        .map(|_| {
            let reasons = vec![pick(rng, &DEFAULT_REASONS).0.to_owned()];
            let channel = *pick(
                rng,
                &[
                    Channel::Desk,
                    Channel::Desk,
                    Channel::Desk,
                    Channel::Phone,
                    Channel::Outreach,
                    Channel::Online,
                ],
            );
            (
                when(rng, now, 3 * 365),
                operator(rng).0,
                VisitInput {
                    channel,
                    lang: Some(origin.lang.to_owned()),
                    mediator: rng.random_bool(0.4),
                    reasons,
                    outcomes: vec![*pick(rng, Outcome::ALL)],
                    guide_slug: None,
                    outreach_id: None,
                },
            )
        })
        .collect();
    let cases = (0..rng.random_range(1..4))
        .map(|_| {
            let by = operator(rng);
            let status = *pick(
                rng,
                &[
                    CaseStatus::Active,
                    CaseStatus::Active,
                    CaseStatus::Open,
                    CaseStatus::Suspended,
                    CaseStatus::Closed,
                ],
            );
            let assessments = (0..2)
                .map(|_| {
                    (
                        *pick(rng, Dimension::ALL),
                        *pick(rng, NeedLevel::ALL),
                        "Valutazione al primo colloquio (dati generati).".to_owned(),
                    )
                })
                .collect();
            let due = today + Duration::days(rng.random_range(-30..90));
            let tasks = vec![(
                TaskInput {
                    kind: TaskKind::Task,
                    goal_id: None,
                    title: pick(rng, &GOALS).to_string(),
                    owner_id: Some(by.0),
                    due: Some(due),
                    remind_on: None,
                },
                *pick(
                    rng,
                    &[TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Done],
                ),
            )];
            SyntheticCase {
                id: Uuid::now_v7(),
                status,
                opened_at: when(rng, now, 2 * 365),
                opened_by: (by.0, by.1.as_str().to_owned()),
                assessments,
                tasks,
            }
        })
        .collect();
    let appointments = if rng.random_bool(0.05) {
        let day = today + Duration::days(rng.random_range(-3..30));
        let time = NaiveTime::from_hms_opt(rng.random_range(9..17), 0, 0).unwrap_or_default();
        vec![(
            day.and_time(time),
            operator(rng).0,
            pick(rng, &PURPOSES).to_string(),
        )]
    } else {
        Vec::new()
    };
    // What an operator types: another spelling, sometimes swapped, with the
    // year of birth when known.
    let mut query = format!("{} {}", spelled(rng, given), spelled(rng, family));
    if rng.random_bool(0.2) {
        query = format!("{} {}", spelled(rng, family), spelled(rng, given));
    }
    if let Some(b) = birth {
        query.push_str(&format!(" {}", b.year()));
    }
    (
        SyntheticPerson {
            id,
            agency: desk.agency,
            by: desk.operators[0].0,
            created_at,
            input,
            visits,
            cases,
            appointments,
        },
        query,
    )
}

/// What `crocevia bench desk` reads.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct BenchSample {
    /// The agency whose front office runs the benchmark.
    pub agency: Uuid,
    /// Person searches typed with another spelling.
    pub queries: Vec<String>,
    /// Cases of that agency.
    pub cases: Vec<Uuid>,
}

/// Generates `count` people (and their history) for the demo desks.
pub async fn desk(
    store: &Store,
    cipher: &FieldCipher,
    count: u64,
    seed: u64,
    sample_file: &Path,
) -> Result<()> {
    // Desks: agencies with desk operators (the demo's, created if needed).
    let mut desks = Vec::new();
    for agency in store.agencies().await? {
        let operators: Vec<(Uuid, Profession)> = store
            .agency_users(agency.id)
            .await?
            .into_iter()
            .filter(|u| {
                matches!(
                    u.profession,
                    Profession::FrontOffice
                        | Profession::SocialWorker
                        | Profession::LegalOperator
                        | Profession::HealthOperator
                )
            })
            .map(|u| (u.id, u.profession))
            .collect();
        if !operators.is_empty() {
            let weight = if operators.iter().any(|o| o.1 == Profession::FrontOffice) {
                3
            } else {
                1
            };
            desks.push(Desk {
                agency: agency.id,
                operators,
                weight,
            });
        }
    }
    anyhow::ensure!(
        !desks.is_empty(),
        "no agency has desk operators: load the demo data first (crocevia demo load)"
    );
    // A real desk has about one operator per thousand people it follows:
    // add labelled synthetic operators (no password: they cannot sign in)
    // so that one operator's dashboard holds a realistic share.
    let total_weight: u32 = desks.iter().map(|d| d.weight).sum();
    for desk in &mut desks {
        let share = count * u64::from(desk.weight) / u64::from(total_weight);
        let wanted = usize::try_from(share / OPERATOR_LOAD)?;
        let mut k = desk.operators.len();
        while desk.operators.len() < wanted {
            k += 1;
            let (profession, role) = [
                (Profession::FrontOffice, "front_office"),
                (Profession::SocialWorker, "case_worker"),
                (Profession::LegalOperator, "case_worker"),
            ][k % 3];
            let email = Email::parse(&format!(
                "op{k}.{}@synthetic.crocevia.example",
                &desk.agency.simple().to_string()[..12]
            ))?;
            let user = match store.user_by_email(&email).await? {
                Some(u) => u,
                None => {
                    let user = store
                        .create_user(&NewUser {
                            email,
                            display_name: format!("Operatore {k} (generato)"),
                            profession,
                            ui_lang: Lang::It,
                            password_hash: None,
                        })
                        .await?
                        .context("a synthetic operator exists")?;
                    let role = store
                        .role_id(role)
                        .await?
                        .with_context(|| format!("no role {role}"))?;
                    store
                        .grant(
                            user.id,
                            role,
                            desk.agency,
                            &Scope::OwnAgency,
                            &crocevia_store::act::Trail::unrecorded(),
                        )
                        .await?;
                    user
                }
            };
            desk.operators.push((user.id, profession));
        }
    }
    let main = desks
        .iter()
        .find(|d| d.weight > 1)
        .map_or(desks[0].agency, |d| d.agency);
    let mut rng = StdRng::seed_from_u64(seed);
    let now = Utc::now();
    let today = rome_today();
    let started = Instant::now();
    let mut sample = BenchSample {
        agency: main,
        queries: Vec::new(),
        cases: Vec::new(),
    };
    let every = (count / 500).max(1);
    let (mut visits, mut events, mut cases) = (0u64, 0u64, 0u64);
    let batch = 500;
    let mut i = 0;
    while i < count {
        let n = batch.min(count - i);
        let mut people = Vec::with_capacity(usize::try_from(n)?);
        for k in 0..n {
            let mut roll = rng.random_range(0..total_weight);
            let desk = desks
                .iter()
                .find(|d| {
                    if roll < d.weight {
                        true
                    } else {
                        roll -= d.weight;
                        false
                    }
                })
                .unwrap_or(&desks[0]);
            let (p, query) = person(&mut rng, i + k, desk, now, today);
            if (i + k) % every == 0 && p.agency == main {
                sample.queries.push(query);
                sample.cases.extend(p.cases.iter().map(|c| c.id));
            }
            visits += p.visits.len() as u64;
            cases += p.cases.len() as u64;
            events += p
                .cases
                .iter()
                .map(|c| (c.assessments.len() + c.tasks.len()) as u64)
                .sum::<u64>()
                + p.appointments.len() as u64;
            people.push(p);
        }
        store.insert_synthetic(&people, cipher).await?;
        i += n;
        if i % 50_000 == 0 || i == count {
            eprintln!(
                "gen desk: {i}/{count} people, {visits} visits, {events} other events, {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    // The planner's statistics, as after any bulk load.
    store.analyze().await?;
    std::fs::write(sample_file, serde_json::to_vec_pretty(&sample)?)
        .with_context(|| format!("cannot write {}", sample_file.display()))?;
    println!(
        "generated {count} people, {cases} cases, {visits} visits and {events} other events in {:.1} s (sample for `crocevia bench desk`: {})",
        started.elapsed().as_secs_f64(),
        sample_file.display()
    );
    Ok(())
}
