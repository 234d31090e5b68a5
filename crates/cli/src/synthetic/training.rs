//! `crocevia gen training`: a capacity-building programme at the scale of a
//! Region for benchmarks. On top of the demo programme: labelled synthetic
//! operators spread over the demo agencies, courses over the four lines,
//! editions in the nine areas (nine in ten past, with ten sessions each,
//! attendance and certificates; the rest planned, with enrolments), and
//! responses to the demo needs survey. Deterministic for a given seed.
//!
//! Alongside, `training-bench.json` in the data directory names what
//! `crocevia bench training` asks for: operators with the most
//! enrolments, past sessions (registers), certificates with their holders,
//! and a planned session with 300 enrolled operators (the check-ins).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, Result};
use chrono::{Duration, NaiveTime, Utc};
use crocevia_domain::Lang;
use crocevia_domain::desk::calendar::{from_rome, rome_today};
use crocevia_domain::identity::{Email, Profession, Scope};
use crocevia_domain::training::completion::Condition;
use crocevia_domain::training::enrolment::EnrolmentStatus;
use crocevia_domain::training::survey::{Answer, QuestionKind};
use crocevia_domain::training::verification::new_code;
use crocevia_domain::training::{Attendance, CourseFormat};
use crocevia_store::Store;
use crocevia_store::identity::users::NewUser;
use crocevia_store::training::CourseInput;
use crocevia_store::training::surveys::{Respondent, Via};
use crocevia_store::training::synthetic::{SyntheticEdition, SyntheticParticipant};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom as _, SliceRandom as _};
use rand::{Rng, SeedableRng};
use uuid::Uuid;

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    /// Operators (besides the demo's).
    pub operators: usize,
    /// Editions.
    pub editions: usize,
    /// Sessions per edition.
    pub sessions: usize,
    /// Survey answer rows (one per choice, point or text).
    pub answers: usize,
}

/// What `crocevia bench training` reads.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct TrainingSample {
    /// Operators with the most enrolments ("my training").
    pub operators: Vec<Uuid>,
    /// Past sessions (the trainer's register).
    pub sessions: Vec<Uuid>,
    /// Certificates and their holders (the PDF).
    pub certificates: Vec<(Uuid, Uuid)>,
    /// A planned session and its 300 enrolled operators (check-ins).
    pub live: (Uuid, Vec<Uuid>),
}

const PARTICIPANTS: usize = 22;
const LIVE: usize = 300;

/// Creates the synthetic operators (no password: they cannot sign in).
async fn operators(store: &Store, rng: &mut StdRng, count: usize) -> Result<Vec<(Uuid, String)>> {
    let agencies = store.agencies().await?;
    anyhow::ensure!(!agencies.is_empty(), "no agency: load the demo data first");
    let kinds = [
        (Profession::FrontOffice, "front_office"),
        (Profession::SocialWorker, "case_worker"),
        (Profession::HealthOperator, "case_worker"),
        (Profession::LegalOperator, "case_worker"),
        (Profession::Mediator, "mediator"),
    ];
    let mut roles = BTreeMap::new();
    for (_, role) in kinds {
        roles.insert(
            role,
            store
                .role_id(role)
                .await?
                .with_context(|| format!("no role {role}"))?,
        );
    }
    let mut out = Vec::with_capacity(count);
    let started = Instant::now();
    for k in 0..count {
        let (profession, role) = kinds[rng.random_range(0..kinds.len())];
        let agency = &agencies[rng.random_range(0..agencies.len())];
        let email = Email::parse(&format!("formazione{k}@synthetic.crocevia.example"))?;
        let name = format!("Operatrice o operatore {k} (generato)");
        let user = match store.user_by_email(&email).await? {
            Some(u) => u,
            None => {
                let user = store
                    .create_user(&NewUser {
                        email,
                        display_name: name.clone(),
                        profession,
                        ui_lang: Lang::It,
                        password_hash: None,
                    })
                    .await?
                    .context("a synthetic operator exists")?;
                store
                    .grant(
                        user.id,
                        roles[role],
                        agency.id,
                        &Scope::OwnAgency,
                        &crocevia_store::act::Trail::unrecorded(),
                    )
                    .await?;
                user
            }
        };
        out.push((user.id, name));
        if (k + 1) % 5_000 == 0 {
            eprintln!(
                "gen training: {} operators, {:.0} s",
                k + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(out)
}

/// Thirty more courses, over the demo's lines.
async fn courses(store: &Store, by: Uuid) -> Result<Vec<(Uuid, String, u32)>> {
    let lines = store.training_lines().await?;
    anyhow::ensure!(
        !lines.is_empty(),
        "no thematic line: load the demo data first"
    );
    let mut out: Vec<(Uuid, String, u32)> = store
        .courses()
        .await?
        .into_iter()
        .map(|c| (c.id, c.input.title, c.input.minutes))
        .collect();
    for k in 0..30 {
        let line = &lines[k % lines.len()];
        let title = format!("{} – modulo {} (generato)", line.name, k + 1);
        let input = CourseInput {
            title: title.clone(),
            line: line.code.clone(),
            format: CourseFormat::ALL[k % CourseFormat::ALL.len()],
            minutes: 30 * 60,
            professions: Vec::new(),
            description: "Corso generato per le misure di prestazione.".to_owned(),
            completion: vec![
                Condition::Attendance { percent: 75 },
                Condition::TrainerMark,
            ],
            trainers: Vec::new(),
            needs: Vec::new(),
        };
        let id = store
            .create_course(&input, by, |_| crocevia_store::act::Trail::unrecorded())
            .await?;
        out.push((id, title, input.minutes));
    }
    Ok(out)
}

/// Generates the programme described in the module's documentation.
pub async fn training(store: &Store, size: Size, seed: u64, sample_file: &Path) -> Result<()> {
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(seed);
    let by = store
        .users()
        .await?
        .into_iter()
        .find(|u| u.profession == Profession::Trainer)
        .context("no trainer: load the demo operators first")?
        .id;
    let operators = operators(store, &mut rng, size.operators).await?;
    let courses = courses(store, by).await?;
    let areas: Vec<String> = store
        .training_areas()
        .await?
        .into_iter()
        .map(|a| a.code)
        .collect();
    let today = rome_today();
    let mut editions = Vec::with_capacity(size.editions);
    let mut participants: Vec<SyntheticParticipant> = Vec::new();
    let mut sample = TrainingSample {
        operators: Vec::new(),
        sessions: Vec::new(),
        certificates: Vec::new(),
        live: (Uuid::nil(), Vec::new()),
    };
    let mut enrolments: BTreeMap<Uuid, usize> = BTreeMap::new();
    let mut attendance_rows = 0usize;
    for e in 0..size.editions {
        let (course, title, minutes) = &courses[rng.random_range(0..courses.len())];
        let past = e % 10 != 0;
        let starts = if past {
            today - Duration::days(rng.random_range(70..730))
        } else {
            today + Duration::days(rng.random_range(14..200))
        };
        let id = Uuid::now_v7();
        let session_minutes = (*minutes / u32::try_from(size.sessions).unwrap_or(1)).max(60);
        let sessions: Vec<(Uuid, chrono::DateTime<Utc>, u32)> = (0..size.sessions)
            .map(|s| {
                let day = starts + Duration::days(7 * i64::try_from(s).unwrap_or(0));
                (
                    Uuid::now_v7(),
                    from_rome(day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default())),
                    session_minutes,
                )
            })
            .collect();
        let live = e == 0;
        let seats = if live { LIVE } else { 25 };
        let enrolled = if live {
            LIVE
        } else if past {
            PARTICIPANTS
        } else {
            15
        };
        let opens = from_rome((starts - Duration::days(45)).and_time(NaiveTime::MIN));
        let closes = from_rome((starts - Duration::days(3)).and_time(NaiveTime::MIN));
        let mut people: Vec<&(Uuid, String)> =
            operators.choose_multiple(&mut rng, enrolled).collect();
        people.sort_by_key(|p| p.0);
        for (user, name) in people {
            *enrolments.entry(*user).or_default() += 1;
            let attendance: Vec<(Uuid, Attendance)> = if past {
                sessions
                    .iter()
                    .map(|(s, ..)| {
                        let roll = rng.random_range(0..100);
                        let mark = match roll {
                            0..88 => Attendance::Present,
                            88..93 => Attendance::Excused,
                            _ => Attendance::Absent,
                        };
                        (*s, mark)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            attendance_rows += attendance.len();
            let present = attendance
                .iter()
                .filter(|(_, a)| *a == Attendance::Present)
                .count();
            let certified = past && present * 4 >= sessions.len() * 3;
            let certificate = certified.then(|| {
                let mut random = [0u8; 7];
                rng.fill(&mut random);
                (
                    new_code(random),
                    name.clone(),
                    title.clone(),
                    session_minutes * u32::try_from(sessions.len()).unwrap_or(0) / 30,
                )
            });
            if live {
                sample.live.1.push(*user);
            }
            participants.push(SyntheticParticipant {
                edition: id,
                user: *user,
                status: EnrolmentStatus::Enrolled,
                at: opens + Duration::days(1),
                attendance,
                certificate,
            });
        }
        if live {
            sample.live.0 = sessions[0].0;
        } else if past && sample.sessions.len() < 50 {
            sample.sessions.push(sessions[sessions.len() / 2].0);
        }
        editions.push(SyntheticEdition {
            id,
            course: *course,
            area: areas[rng.random_range(0..areas.len())].clone(),
            seats: u32::try_from(seats).unwrap_or(u32::MAX),
            window: (opens, closes),
            days: (
                starts,
                starts + Duration::days(7 * i64::try_from(size.sessions - 1).unwrap_or(0)),
            ),
            sessions,
        });
        if editions.len() == 100 {
            store.insert_synthetic_editions(&editions).await?;
            store.insert_synthetic_participants(&participants).await?;
            editions.clear();
            participants.clear();
        }
    }
    store.insert_synthetic_editions(&editions).await?;
    store.insert_synthetic_participants(&participants).await?;
    eprintln!(
        "gen training: {} editions, {attendance_rows} attendance rows, {:.0} s",
        size.editions,
        started.elapsed().as_secs_f64()
    );
    let answers = responses(store, &mut rng, size.answers).await?;
    // The operators with the most enrolments, and certificates of some.
    let mut busiest: Vec<(usize, Uuid)> = enrolments.iter().map(|(u, n)| (*n, *u)).collect();
    busiest.sort_by(|a, b| b.cmp(a));
    sample.operators = busiest.iter().take(50).map(|(_, u)| *u).collect();
    for user in sample.operators.iter().take(20) {
        if let Some(c) = store.certificates_of(*user).await?.first() {
            sample.certificates.push((c.id, *user));
        }
    }
    store.analyze().await?;
    std::fs::write(sample_file, serde_json::to_vec_pretty(&sample)?)
        .with_context(|| format!("cannot write {}", sample_file.display()))?;
    println!(
        "generated {} operators, {} editions with {} sessions each, {attendance_rows} attendance rows and {answers} survey answer rows in {:.1} s (sample for `crocevia bench training`: {})",
        operators.len(),
        size.editions,
        size.sessions,
        started.elapsed().as_secs_f64(),
        sample_file.display()
    );
    Ok(())
}

/// Responses to the demo needs survey until `rows` answer rows are written;
/// returns how many were.
async fn responses(store: &Store, rng: &mut StdRng, rows: usize) -> Result<usize> {
    let survey = store
        .surveys()
        .await?
        .into_iter()
        .min_by_key(|s| s.id)
        .context("no survey: load the demo programme first")?;
    let provinces: Vec<String> = store
        .training_areas()
        .await?
        .into_iter()
        .flat_map(|a| a.provinces)
        .collect();
    let kinds = [
        "comune",
        "ente_gestore",
        "asl",
        "cpi",
        "school",
        "third_sector",
    ];
    let mut written = 0;
    let mut batch = Vec::new();
    while written < rows {
        let mut given = Vec::new();
        for q in &survey.input.form.questions {
            let names: Vec<String> = q.choices.iter().map(|c| c.name.clone()).collect();
            let answer = match q.kind {
                QuestionKind::Single => {
                    Answer::Single(names[rng.random_range(0..names.len())].clone())
                }
                QuestionKind::Multiple => {
                    let n = rng.random_range(1..=names.len());
                    Answer::Multiple(names.choose_multiple(rng, n).cloned().collect())
                }
                QuestionKind::Scale => Answer::Scale(rng.random_range(1..=5)),
                QuestionKind::Ranking => {
                    let mut order = names.clone();
                    order.shuffle(rng);
                    Answer::Ranking(order)
                }
                QuestionKind::Text if rng.random_range(0..10) == 0 => {
                    Answer::Text("Risposta generata".to_owned())
                }
                QuestionKind::Text => continue,
            };
            written += match &answer {
                Answer::Multiple(c) | Answer::Ranking(c) => c.len(),
                _ => 1,
            };
            given.push((q.name.clone(), answer));
        }
        batch.push((
            Respondent {
                user: None,
                agency_kind: kinds[rng.random_range(0..kinds.len())].to_owned(),
                profession: Profession::ALL[rng.random_range(0..5)].as_str().to_owned(),
                province: provinces[rng.random_range(0..provinces.len())].clone(),
                via: Via::Public,
            },
            given,
        ));
        if batch.len() == 2_000 {
            store
                .insert_synthetic_responses(survey.id, rome_today(), &batch)
                .await?;
            batch.clear();
        }
    }
    store
        .insert_synthetic_responses(survey.id, rome_today(), &batch)
        .await?;
    Ok(written)
}
